#include "protocols/pop3/Pop3StatJob.h"

#include "protocols/pop3/Pop3Operations.h"
#include "protocols/pop3/Pop3Session.h"

namespace postier::protocols {

QString Pop3StatJob::description() const
{
    return tr("Counting messages on the server");
}

void Pop3StatJob::runPop3(Pop3Session &session)
{
    (void)session.freshInbox();
    const pop3::Stat stat = pop3::stat(session);
    m_count = stat.count;
    m_totalSize = stat.totalSize;
}

} // namespace postier::protocols
