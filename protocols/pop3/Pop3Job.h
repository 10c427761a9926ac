#pragma once

#include "protocols/Job.h"

namespace postier::protocols {

class Pop3Session;

/// Base of every POP3 job: routes run() to runPop3() with the typed session.
class Pop3Job : public Job
{
    Q_OBJECT
public:
    using Job::Job;
    [[nodiscard]] Protocol protocol() const final { return Protocol::Pop3; }

protected:
    void run(ProtocolSession &session) final;
    virtual void runPop3(Pop3Session &session) = 0;
};

} // namespace postier::protocols
