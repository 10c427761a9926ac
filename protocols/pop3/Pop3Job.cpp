#include "protocols/pop3/Pop3Job.h"

#include "protocols/pop3/Pop3Session.h"

namespace postier::protocols {

void Pop3Job::run(ProtocolSession &session)
{
    runPop3(static_cast<Pop3Session &>(session));
}

} // namespace postier::protocols
