#pragma once

// Internal to protocols/: the connection-thread side of an SMTP submission connection.

#include "protocols/ProtocolSession.h"

#include <vmime/net/transport.hpp>

namespace postier::protocols {

class SmtpSession : public ProtocolSession
{
public:
    SmtpSession(const ServerEndpoint &endpoint, const QString &password, const ConnectionOptions &options);
    ~SmtpSession() override;

    [[nodiscard]] vmime::shared_ptr<vmime::net::transport> transport() const;

protected:
    vmime::shared_ptr<vmime::net::service> createService(
        const vmime::shared_ptr<vmime::net::session> &session,
        const vmime::shared_ptr<vmime::security::authenticator> &auth) override;
};

} // namespace postier::protocols
