#include "protocols/imap/ImapSession.h"

#include "protocols/ExceptionTranslator.h"
#include "protocols/Job.h"

#include <QCoreApplication>
#include <QElapsedTimer>

namespace postier::protocols {

ImapSession::ImapSession(const ServerEndpoint &endpoint, const QString &password,
                         const ConnectionOptions &options)
    : ProtocolSession(endpoint, password, options)
{
}

ImapSession::~ImapSession()
{
    disconnect();
}

vmime::shared_ptr<vmime::net::imap::IMAPStore> ImapSession::store() const
{
    return vmime::dynamicCast<vmime::net::imap::IMAPStore>(service());
}

vmime::shared_ptr<vmime::net::service> ImapSession::createService(
    const vmime::shared_ptr<vmime::net::session> &session,
    const vmime::shared_ptr<vmime::security::authenticator> &auth)
{
    const char *scheme = endpoint().security == Security::Tls ? "imaps" : "imap";
    return session->getStore(vmime::utility::url(scheme, endpoint().host.toStdString()), auth);
}

void ImapSession::afterConnect()
{
    m_buffer = imap::ResponseBuffer();
    m_selected.clear();
    auto connection = store()->getConnection();
    m_capabilities.clear();
    for (const auto &cap : connection->getCapabilities())
        m_capabilities << QByteArray::fromStdString(cap).toUpper();
    const char sep = connection->hierarchySeparator();
    m_separator = sep ? QChar::fromLatin1(sep) : QChar();
}

void ImapSession::beforeDisconnect() noexcept
{
    m_selected.clear();
}

bool ImapSession::hasCapability(const char *name) const
{
    return m_capabilities.contains(QByteArray(name).toUpper());
}

vmime::shared_ptr<vmime::net::socket> ImapSession::socket() const
{
    // vmime hands out the socket as const; the raw channel needs to read and write it. This is
    // the same TLS-wrapped socket vmime itself uses, so encryption is unaffected.
    return vmime::constCast<vmime::net::socket>(store()->getConnection()->getSocket());
}

QByteArray ImapSession::nextTag()
{
    return "p" + QByteArray::number(++m_tagCounter).rightJustified(4, '0');
}

void ImapSession::sendRaw(const QByteArray &bytes)
{
    sendRaw(bytes.constData(), size_t(bytes.size()));
}

void ImapSession::sendRaw(const char *data, size_t size)
{
    throwIfCancelled();
    socket()->sendRaw(reinterpret_cast<const vmime::byte_t *>(data), size);
}

void ImapSession::fill(int waitMs, bool throwOnTimeout)
{
    auto sock = socket();
    // Read what the socket has; for a literal still arriving, ask for all of it at once.
    char chunk[65536];
    QElapsedTimer silence;
    silence.start();
    for (;;) {
        throwIfCancelled();
        const size_t n = sock->receiveRaw(reinterpret_cast<vmime::byte_t *>(chunk), sizeof chunk);
        if (n > 0) {
            m_buffer.append(chunk, n);
            return;
        }
        if (!sock->isConnected())
            throw vmime::exceptions::socket_not_connected_exception();
        if (waitMs >= 0 && silence.elapsed() >= waitMs)
            return;
        if (throwOnTimeout && silence.elapsed() > effectiveTimeoutMs())
            throw vmime::exceptions::operation_timed_out();
        // receiveRaw already waited (vmime polls readiness with a short timeout).
    }
}

std::string_view ImapSession::readResponse()
{
    std::string_view response;
    while (!m_buffer.take(&response))
        fill(-1, true);
    if (options().trace) {
        const size_t shown = std::min<size_t>(response.size(), 300);
        options().trace(false, QByteArray(response.data(), int(shown)).trimmed());
    }
    return response;
}

bool ImapSession::pollResponse(int waitMs, std::string_view *response)
{
    if (m_buffer.take(response))
        return true;
    fill(waitMs, false);
    return m_buffer.take(response);
}

imap::StatusResponse ImapSession::execute(const QByteArray &command, const UntaggedHandler &onUntagged)
{
    const QByteArray tag = nextTag();
    if (options().trace)
        options().trace(true, tag + ' ' + command);
    sendRaw(tag + ' ' + command + "\r\n");
    for (;;) {
        const std::string_view response = readResponse();
        const imap::ResponseKind kind = imap::kindOf(response);
        if (kind == imap::ResponseKind::Tagged) {
            imap::StatusResponse status;
            if (!imap::parseStatus(response, &status))
                throw JobFailure{Error(ErrorKind::Protocol,
                                       QCoreApplication::translate("postier::protocols::Errors",
                                                                   "%1 sent a reply Postier could not understand (“%2”).")
                                           .arg(endpoint().host,
                                                QString::fromLatin1(QByteArray(response.data(), int(std::min<size_t>(response.size(), 200))).trimmed())))};
            if (status.tag != tag)
                continue; // a stray reply to someone else's command; not ours
            return status;
        }
        if (kind == imap::ResponseKind::Untagged) {
            imap::StatusResponse untagged;
            if (imap::parseStatus(response, &untagged) && untagged.status == "BYE")
                throw vmime::exceptions::socket_not_connected_exception();
            if (onUntagged)
                onUntagged(response);
        }
        // Continuations are unexpected here; a command that sends literals drives them itself.
    }
}

imap::StatusResponse ImapSession::executeOk(const QByteArray &command, const QString &what,
                                            const UntaggedHandler &onUntagged)
{
    imap::StatusResponse status = execute(command, onUntagged);
    if (!status.isOk()) {
        QByteArray words = status.text;
        if (!status.code.isEmpty())
            words = '[' + status.code + "] " + words;
        throw JobFailure{serverRefusal(endpoint(), what, QString::fromUtf8(words))};
    }
    return status;
}

const FolderStatus &ImapSession::select(const QByteArray &rawName, bool readOnly)
{
    if (m_selected == rawName && (readOnly || !m_selectedReadOnly))
        return m_selectedStatus;
    QByteArray quoted;
    if (!imap::quoteString(rawName, &quoted))
        quoted = '"' + rawName + '"';
    QByteArray command = (readOnly ? "EXAMINE " : "SELECT ") + quoted;
    if (hasCapability("CONDSTORE"))
        command += " (CONDSTORE)";
    FolderStatus status;
    m_selected.clear();
    executeOk(command,
              QCoreApplication::translate("postier::protocols::Errors", "open the folder “%1”")
                  .arg(imap::decodeMailboxName(rawName)),
              [&status](std::string_view r) { imap::applySelectData(r, &status); });
    m_selected = rawName;
    m_selectedReadOnly = readOnly;
    m_selectedStatus = status;
    return m_selectedStatus;
}

} // namespace postier::protocols
