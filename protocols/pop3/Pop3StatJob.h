#pragma once

#include "protocols/pop3/Pop3Job.h"

namespace postier::protocols {

/// Counts the messages in the POP3 maildrop and their total size (STAT), as the maildrop is now:
/// if this connection already served a job, it logs in afresh, because a POP3 server shows the
/// maildrop as it was at login. Changes nothing on the server.
class Pop3StatJob : public Pop3Job
{
    Q_OBJECT
public:
    using Pop3Job::Pop3Job;
    [[nodiscard]] QString description() const override;

    [[nodiscard]] int messageCount() const { return m_count; }
    /// The server's own count of octets; see Pop3MessageInfo::size about its precision.
    [[nodiscard]] qint64 totalSize() const { return m_totalSize; }

protected:
    void runPop3(Pop3Session &session) override;

private:
    int m_count = 0;
    qint64 m_totalSize = 0;
};

} // namespace postier::protocols
