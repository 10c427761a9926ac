#include "protocols/smtp/SmtpSession.h"

namespace postier::protocols {

SmtpSession::SmtpSession(const ServerEndpoint &endpoint, const QString &password,
                         const ConnectionOptions &options)
    : ProtocolSession(endpoint, password, options)
{
}

SmtpSession::~SmtpSession()
{
    disconnect();
}

vmime::shared_ptr<vmime::net::transport> SmtpSession::transport() const
{
    return vmime::dynamicCast<vmime::net::transport>(service());
}

vmime::shared_ptr<vmime::net::service> SmtpSession::createService(
    const vmime::shared_ptr<vmime::net::session> &session,
    const vmime::shared_ptr<vmime::security::authenticator> &auth)
{
    const char *scheme = endpoint().security == Security::Tls ? "smtps" : "smtp";
    auto transport = session->getTransport(vmime::utility::url(scheme, endpoint().host.toStdString()), auth);
    // Submission always authenticates; vmime would otherwise try to send anonymously.
    transport->setProperty("options.need-authentication", true);
    return transport;
}

} // namespace postier::protocols
