#pragma once

#include "protocols/smtp/SmtpJob.h"

namespace postier::protocols {

/// Checks that the SMTP submission server takes the account's settings and password, and
/// sends nothing.
///
/// Contract: connects (EHLO, STARTTLS when the endpoint asks for it, AUTH), then says QUIT and
/// drops the connection, so a later job on the same Connection logs in afresh. Failures are the
/// usual typed Errors: Auth for a refused password, TlsUntrusted with the certificate,
/// TlsRequired when STARTTLS is missing, Network or Timeout. Changes nothing on the server.
class SmtpLoginJob : public SmtpJob
{
    Q_OBJECT
public:
    using SmtpJob::SmtpJob;
    [[nodiscard]] QString description() const override;
    /// Only logs in: running it again is harmless.
    [[nodiscard]] bool isRetryable() const override { return true; }

protected:
    void runSmtp(SmtpSession &session) override;
};

} // namespace postier::protocols
