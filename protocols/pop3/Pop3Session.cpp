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
    // When close() fails (an abandoned session: the RSET answer never comes), vmime 0.9.2 leaves
    // the folder marked open; destroying it then skips POP3Store::unregisterFolder(), and the
    // store's disconnect() writes into the freed folder (valgrind: POP3Folder::onStoreDisconnected,
    // then heap corruption). So keep the folder alive until its store is gone: the store then only
    // resets the folder's weak pointer, and the folder's destructor no longer touches the network.
    m_staleInbox = std::move(m_inbox);
}

} // namespace postier::protocols
