#include "protocols/imap/ImapJob.h"

#include "protocols/imap/ImapSession.h"

namespace postier::protocols {

void ImapJob::run(ProtocolSession &session)
{
    runImap(static_cast<ImapSession &>(session));
}

} // namespace postier::protocols
