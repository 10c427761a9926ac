#include "protocols/smtp/SmtpLoginJob.h"

#include "protocols/smtp/SmtpSession.h"

namespace postier::protocols {

QString SmtpLoginJob::description() const
{
    return tr("Checking the login to the outgoing mail server");
}

void SmtpLoginJob::runSmtp(SmtpSession &session)
{
    // The worker connected and authenticated before run() (vmime's SMTP transport connect()
    // does EHLO, STARTTLS and AUTH because SmtpSession sets options.need-authentication): what
    // is left is to say QUIT, here on the connection thread rather than when the Connection is
    // destroyed.
    session.disconnect();
}

} // namespace postier::protocols
