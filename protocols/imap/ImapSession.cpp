#include "protocols/imap/ImapSession.h"

#include "protocols/ExceptionTranslator.h"
#include "protocols/Job.h"

#include <QCoreApplication>
#include <QElapsedTimer>

#include <algorithm>
#include <cstring>
#include <typeinfo>

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

namespace {

// vmime's GnuTLS socket catches what its transport callbacks throw and later rethrows a copy
// sliced to plain vmime::exception, so under TLS a cancel or a timeout inside receiveRaw() or
// sendRaw() would reach the job boundary as an "unexpected error". Give it its type back.
void restoreExceptionType(const vmime::exception &ex, const ProtocolSession &session)
{
    if (typeid(ex) != typeid(vmime::exception))
        return;
    session.throwIfCancelled();
    if (std::strcmp(ex.what(), vmime::exceptions::operation_timed_out().what()) == 0)
        throw vmime::exceptions::operation_timed_out();
}

} // namespace

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
    try {
        socket()->sendRaw(reinterpret_cast<const vmime::byte_t *>(data), size);
    } catch (const vmime::exception &ex) {
        restoreExceptionType(ex, *this);
        throw;
    }
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
        size_t n = 0;
        try {
            n = sock->receiveRaw(reinterpret_cast<vmime::byte_t *>(chunk), sizeof chunk);
        } catch (const vmime::exception &ex) {
            restoreExceptionType(ex, *this);
            throw;
        }
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

QByteArray ImapSession::astring(const QByteArray &value) const
{
    QByteArray quoted;
    if (imap::quoteString(value, &quoted))
        return quoted;
    const bool nonSynchronizing = hasCapability("LITERAL+")
        || (hasCapability("LITERAL-") && value.size() <= 4096);
    QByteArray literal;
    literal.reserve(value.size() + 16);
    literal += '{';
    literal += QByteArray::number(value.size());
    literal += nonSynchronizing ? "+}\r\n" : "}\r\n";
    literal += value;
    return literal;
}

QByteArrayList ImapSession::uidSetChunks(QVector<quint32> uids, int maxBytes)
{
    std::sort(uids.begin(), uids.end());
    uids.erase(std::unique(uids.begin(), uids.end()), uids.end());
    uids.removeAll(0);
    QByteArrayList chunks;
    QByteArray set;
    qsizetype i = 0;
    while (i < uids.size()) {
        qsizetype j = i;
        while (j + 1 < uids.size() && uids[j + 1] == uids[j] + 1)
            ++j;
        QByteArray range = QByteArray::number(uids[i]);
        if (j > i)
            range += ':' + QByteArray::number(uids[j]);
        if (!set.isEmpty() && set.size() + 1 + range.size() > maxBytes) {
            chunks.append(set);
            set.clear();
        }
        if (!set.isEmpty())
            set += ',';
        set += range;
        i = j + 1;
    }
    if (!set.isEmpty())
        chunks.append(set);
    return chunks;
}

namespace {

// The literal marker that ends text[0, end): "{12}" or "{12+}". Returns -1 when there is none.
qint64 literalMarkerBefore(const QByteArray &text, qsizetype end, bool *synchronizing)
{
    if (end < 3 || text.at(end - 1) != '}')
        return -1;
    qsizetype p = end - 2;
    *synchronizing = text.at(p) != '+';
    if (!*synchronizing)
        --p;
    const qsizetype lastDigit = p;
    while (p >= 0 && text.at(p) >= '0' && text.at(p) <= '9')
        --p;
    if (p < 0 || p == lastDigit || text.at(p) != '{')
        return -1;
    bool ok = false;
    const qint64 size = text.mid(p + 1, lastDigit - p).toLongLong(&ok);
    return ok ? size : -1;
}

} // namespace

bool ImapSession::sendCommand(const QByteArray &tag, const QByteArray &command,
                              const UntaggedHandler &onOther)
{
    auto waitForContinuation = [&]() {
        for (;;) {
            const std::string_view response = readResponse();
            switch (imap::kindOf(response)) {
            case imap::ResponseKind::Continuation:
                return true;
            case imap::ResponseKind::Tagged: {
                imap::StatusResponse status;
                const bool ours = imap::parseStatus(response, &status) && status.tag == tag;
                if (onOther)
                    onOther(response);
                if (ours)
                    return false;
                break;
            }
            case imap::ResponseKind::Untagged: {
                imap::StatusResponse untagged;
                if (imap::parseStatus(response, &untagged) && untagged.status == "BYE")
                    throw vmime::exceptions::socket_not_connected_exception();
                if (onOther)
                    onOther(response);
                break;
            }
            }
        }
    };

    if (options().trace) {
        const qsizetype firstLine = command.indexOf("\r\n");
        options().trace(true, tag + ' ' + command.left(firstLine < 0 ? 300 : std::min<qsizetype>(firstLine, 300)));
    }
    // Outside its literals, a command holds a CRLF only right after a literal marker, so cutting
    // at each CRLF finds every marker; the literal bytes themselves are skipped by count.
    QByteArray line = tag + ' ';
    qsizetype pos = 0;
    for (;;) {
        const qsizetype eol = command.indexOf("\r\n", pos);
        const qsizetype segmentEnd = eol < 0 ? command.size() : eol;
        bool synchronizing = false;
        const qint64 literalSize = literalMarkerBefore(command, segmentEnd, &synchronizing);
        line.append(command.constData() + pos, segmentEnd - pos);
        line.append("\r\n");
        sendRaw(line);
        line.clear();
        if (literalSize >= 0 && synchronizing && !waitForContinuation())
            return false;
        if (eol < 0)
            return true;
        pos = eol + 2;
        if (literalSize > 0) {
            const qsizetype n = qsizetype(std::min<qint64>(literalSize, command.size() - pos));
            sendRaw(command.constData() + pos, size_t(n));
            pos += n;
        }
    }
}

imap::StatusResponse ImapSession::execute(const QByteArray &command, const UntaggedHandler &onUntagged)
{
    const QByteArray tag = nextTag();
    imap::StatusResponse result;
    bool done = false;
    auto handle = [&](std::string_view response) {
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
                return; // a stray reply to someone else's command; not ours
            result = status;
            done = true;
            return;
        }
        if (kind == imap::ResponseKind::Untagged) {
            imap::StatusResponse untagged;
            if (imap::parseStatus(response, &untagged) && untagged.status == "BYE")
                throw vmime::exceptions::socket_not_connected_exception();
            if (onUntagged)
                onUntagged(response);
        }
        // Continuations are unexpected here: sendCommand() consumes those of our literals.
    };
    sendCommand(tag, command, handle);
    while (!done)
        handle(readResponse());
    return result;
}

imap::StatusResponse ImapSession::executeOk(const QByteArray &command, const QString &what,
                                            const UntaggedHandler &onUntagged)
{
    imap::StatusResponse status = execute(command, onUntagged);
    if (!status.isOk()) {
        throw JobFailure{serverRefusal(endpoint(), what, status.serverWords())};
    }
    return status;
}

const FolderStatus &ImapSession::select(const QByteArray &rawName, bool readOnly)
{
    // Always asked again, even for the folder already selected: the counts, UIDNEXT and
    // HIGHESTMODSEQ must be today's, and another client may have changed the folder since.
    QByteArray command = (readOnly ? "EXAMINE " : "SELECT ") + astring(rawName);
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
