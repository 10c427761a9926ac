#include "protocols/pop3/Pop3Session.h"

namespace postier::protocols {

Pop3Session::Pop3Session(const ServerEndpoint &endpoint, const QString &password,
                         const ConnectionOptions &options)
    : ProtocolSession(endpoint, password, options)
{
}

Pop3Session::~Pop3Session()
{
    disconnect();
}

vmime::shared_ptr<vmime::net::pop3::POP3Store> Pop3Session::store() const
{
    return vmime::dynamicCast<vmime::net::pop3::POP3Store>(service());
}

vmime::shared_ptr<vmime::net::folder> Pop3Session::inbox()
{
    if (!m_inbox || !m_inbox->isOpen()) {
        m_inbox = store()->getDefaultFolder();
        m_inbox->open(vmime::net::folder::MODE_READ_WRITE);
    }
    return m_inbox;
}

vmime::shared_ptr<vmime::net::folder> Pop3Session::freshInbox()
{
    if (m_inbox && m_inbox->isOpen()) {
        disconnect();
        ensureConnected();
    }
    return inbox();
}

void Pop3Session::commitDeletions()
{
    // close(true) skips the RSET that beforeDisconnect() would send; vmime's disconnect() then
    // sends QUIT. It ignores QUIT's answer, so callers verify the result on the new session.
    if (m_inbox && m_inbox->isOpen())
        m_inbox->close(true);
    m_inbox.reset();
    disconnect();
    ensureConnected();
}

vmime::shared_ptr<vmime::net::service> Pop3Session::createService(
    const vmime::shared_ptr<vmime::net::session> &session,
    const vmime::shared_ptr<vmime::security::authenticator> &auth)
{
    const char *scheme = endpoint().security == Security::Tls ? "pop3s" : "pop3";
    return session->getStore(vmime::utility::url(scheme, endpoint().host.toStdString()), auth);
}

void Pop3Session::beforeDisconnect() noexcept
{
    // Closing the folder without expunge: DELE marks are only committed by QUIT, and a job that
    // wants them committed says so explicitly (see Pop3DeleteJob).
    try {
        if (m_inbox && m_inbox->isOpen())
            m_inbox->close(false);
    } catch (...) {
    }
    m_inbox.reset();
}

} // namespace postier::protocols
