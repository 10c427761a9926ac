#pragma once

#include "protocols/Job.h"

namespace postier::protocols {

class ImapSession;

/// Base of every IMAP job: routes run() to runImap() with the typed session.
class ImapJob : public Job
{
    Q_OBJECT
public:
    using Job::Job;
    [[nodiscard]] Protocol protocol() const final { return Protocol::Imap; }

protected:
    void run(ProtocolSession &session) final;
    virtual void runImap(ImapSession &session) = 0;
};

} // namespace postier::protocols
