#include "protocols/pop3/Pop3ListJob.h"

#include "protocols/pop3/Pop3Operations.h"
#include "protocols/pop3/Pop3Session.h"

namespace postier::protocols {

QString Pop3ListJob::description() const
{
    return tr("Listing messages on the server");
}

void Pop3ListJob::runPop3(Pop3Session &session)
{
    (void)session.freshInbox();
    m_messages = pop3::list(session);
}

} // namespace postier::protocols
