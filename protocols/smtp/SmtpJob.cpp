#include "protocols/smtp/SmtpJob.h"

#include "protocols/smtp/SmtpSession.h"

namespace postier::protocols {

void SmtpJob::run(ProtocolSession &session)
{
    runSmtp(static_cast<SmtpSession &>(session));
}

} // namespace postier::protocols
