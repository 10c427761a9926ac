#pragma once

#include "protocols/Job.h"

namespace postier::protocols {

class SmtpSession;

/// Base of every SMTP job: routes run() to runSmtp() with the typed session. Sending is never
/// retried automatically: a cut after DATA may mean the message did go out.
class SmtpJob : public Job
{
    Q_OBJECT
public:
    using Job::Job;
    [[nodiscard]] Protocol protocol() const final { return Protocol::Smtp; }
    [[nodiscard]] bool isRetryable() const override { return false; }

protected:
    void run(ProtocolSession &session) final;
    virtual void runSmtp(SmtpSession &session) = 0;
};

} // namespace postier::protocols
