#pragma once

// Internal to protocols/: the connection-thread side of a POP3 connection.

#include "protocols/ProtocolSession.h"

#include <vmime/net/pop3/POP3Store.hpp>

namespace postier::protocols {

class Pop3Session : public ProtocolSession
{
public:
    Pop3Session(const ServerEndpoint &endpoint, const QString &password, const ConnectionOptions &options);
    ~Pop3Session() override;

    /// The connected store. Valid between ensureConnected() and disconnect().
    [[nodiscard]] vmime::shared_ptr<vmime::net::pop3::POP3Store> store() const;
    /// The INBOX, opened read-write (POP3 has one folder). Opened lazily, once per connection.
    [[nodiscard]] vmime::shared_ptr<vmime::net::folder> inbox();
    /// The INBOX as it is now. A POP3 server freezes the maildrop at login, so when an earlier job
    /// already opened it on this connection, log out (after RSET, so nothing is deleted) and in
    /// again first. Call it once, at the start of a job that needs current contents.
    [[nodiscard]] vmime::shared_ptr<vmime::net::folder> freshInbox();
    /// Ends the session with QUIT without RSET, which is when a POP3 server really deletes the
    /// messages marked with DELE, then logs in again so the caller can check what is left.
    void commitDeletions();

protected:
    vmime::shared_ptr<vmime::net::service> createService(
        const vmime::shared_ptr<vmime::net::session> &session,
        const vmime::shared_ptr<vmime::security::authenticator> &auth) override;
    void beforeDisconnect() noexcept override;

private:
    vmime::shared_ptr<vmime::net::folder> m_inbox;
    vmime::shared_ptr<vmime::net::folder> m_staleInbox; ///< Outlives its store; see beforeDisconnect().
};

} // namespace postier::protocols
