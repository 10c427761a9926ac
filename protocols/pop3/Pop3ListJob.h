#pragma once

#include "protocols/pop3/Pop3Job.h"
#include "protocols/pop3/Pop3MessageInfo.h"

namespace postier::protocols {

/// Lists every message in the POP3 maildrop with its number, UIDL and size (LIST + UIDL), as the
/// maildrop is now (it logs in afresh if this connection already served a job). The numbers stay
/// valid for a Pop3RetrieveJob by number queued right after on the same Connection; UIDLs stay
/// valid for ever. A server without UIDL gives empty uids. Changes nothing on the server.
class Pop3ListJob : public Pop3Job
{
    Q_OBJECT
public:
    using Pop3Job::Pop3Job;
    [[nodiscard]] QString description() const override;

    [[nodiscard]] const Pop3Listing &messages() const { return m_messages; }

protected:
    void runPop3(Pop3Session &session) override;

private:
    Pop3Listing m_messages;
};

} // namespace postier::protocols
