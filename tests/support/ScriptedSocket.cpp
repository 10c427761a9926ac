#include "tests/support/ScriptedSocket.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <vmime/exception.hpp>

#include <algorithm>
#include <cstring>
#include <thread>

namespace postier::test {

namespace {

constexpr int kPollStepMs = 10;   // like posixSocket::waitForData
constexpr int kReceiveWaitMs = 50; // like posixSocket::receiveRaw

QByteArray clientLineTerminator(bool withCrlf)
{
    return withCrlf ? QByteArrayLiteral("\r\n") : QByteArray();
}

/// Splits a C: pattern at its {*} wildcards.
QList<QByteArray> wildcardSegments(const QByteArray &pattern)
{
    QList<QByteArray> segments;
    qsizetype from = 0;
    for (;;) {
        const qsizetype at = pattern.indexOf("{*}", from);
        if (at < 0) {
            segments << pattern.mid(from);
            return segments;
        }
        segments << pattern.mid(from, at - from);
        from = at + 3;
    }
}

/// Matches one complete client line against a pattern whose {*} stand for bytes other than CR
/// and LF. Literal segments are matched leftmost, which is enough for scripts.
bool matchesWildcard(const QByteArray &pattern, const QByteArray &line)
{
    const QList<QByteArray> segments = wildcardSegments(pattern);
    if (!line.startsWith(segments.first()))
        return false;
    qsizetype pos = segments.first().size();
    for (qsizetype i = 1; i < segments.size(); ++i) {
        const QByteArray &segment = segments.at(i);
        qsizetype at;
        if (i == segments.size() - 1) {
            // The last segment anchors the end of the line.
            if (!line.endsWith(segment) || line.size() - segment.size() < pos)
                return false;
            at = line.size() - segment.size();
        } else {
            at = line.indexOf(segment, pos);
            if (at < 0)
                return false;
        }
        const QByteArray skipped = line.mid(pos, at - pos);
        if (skipped.contains('\r') || skipped.contains('\n'))
            return false;
        pos = at + segment.size();
    }
    return pos == line.size();
}

} // namespace

QString visible(const QByteArray &bytes)
{
    QByteArray out;
    out.reserve(bytes.size());
    for (const char c : bytes) {
        switch (c) {
        case '\r': out += "\\r"; break;
        case '\n': out += "\\n"; break;
        case '\t': out += "\\t"; break;
        default:
            if (static_cast<unsigned char>(c) < 0x20 || c == 0x7f)
                out += "\\x" + QByteArray::number(static_cast<unsigned char>(c), 16).rightJustified(2, '0');
            else
                out += c; // UTF-8 stays readable
        }
    }
    return QString::fromUtf8(out);
}

// ---------------------------------------------------------------------------------------------
// Script

std::shared_ptr<Script> Script::fromString(const QByteArray &text, const QString &name)
{
    std::shared_ptr<Script> script(new Script(name));
    script->parse(text);
    return script;
}

std::shared_ptr<Script> Script::fromFile(const QString &path)
{
    QString full = path;
    if (QFileInfo(path).isRelative())
        full = QStringLiteral(POSTIER_TEST_DATA "/scripts/") + path;
    QFile file(full);
    std::shared_ptr<Script> script(new Script(QFileInfo(full).fileName()));
    if (!file.open(QIODevice::ReadOnly)) {
        script->m_failure = QStringLiteral("Cannot read the script file %1: %2").arg(full, file.errorString());
        return script;
    }
    script->parse(file.readAll());
    return script;
}

void Script::parse(const QByteArray &text)
{
    const QList<QByteArray> lines = text.split('\n');
    for (qsizetype i = 0; i < lines.size(); ++i) {
        QByteArray line = lines.at(i);
        if (line.endsWith('\r'))
            line.chop(1);
        const int number = int(i) + 1;
        if (line.trimmed().isEmpty() || line.startsWith('#'))
            continue;
        const QByteArray tag = line.left(2);
        // "S:" alone is an empty line; otherwise one space separates the prefix from the data.
        QByteArray data = line.mid(2);
        if (data.startsWith(' '))
            data.remove(0, 1);
        Item item{Kind::Server, {}, number};
        if (tag == "S:" || tag == "S+") {
            item.kind = Kind::Server;
            item.bytes = data + clientLineTerminator(tag == "S:");
        } else if (tag == "C:" || tag == "C+") {
            item.kind = Kind::Client;
            item.bytes = data + clientLineTerminator(tag == "C:");
            item.wildcard = data.contains("{*}");
        } else if (tag == "X:") {
            const QByteArray directive = data.trimmed();
            if (directive == "close") {
                item.kind = Kind::Close;
            } else if (directive == "stall") {
                item.kind = Kind::Stall;
            } else if (directive.startsWith("delay ")) {
                bool ok = false;
                item.kind = Kind::Delay;
                item.delayMs = directive.mid(6).trimmed().toInt(&ok);
                if (!ok || item.delayMs < 0) {
                    m_failure = QStringLiteral("%1 line %2: bad delay “%3”").arg(m_name).arg(number).arg(visible(directive));
                    return;
                }
            } else {
                m_failure = QStringLiteral("%1 line %2: unknown directive “%3” (close, stall, delay <ms>)")
                                .arg(m_name).arg(number).arg(visible(directive));
                return;
            }
        } else {
            m_failure = QStringLiteral("%1 line %2: a line must start with S:, S+, C:, C+, X: or #, not “%3”")
                            .arg(m_name).arg(number).arg(visible(line.left(40)));
            return;
        }
        m_items.push_back(item);
    }
}

QString Script::describe(const Item &item) const
{
    switch (item.kind) {
    case Kind::Server: return QStringLiteral("line %1: S: %2").arg(item.line).arg(visible(item.bytes));
    case Kind::Client: return QStringLiteral("line %1: C: %2").arg(item.line).arg(visible(item.bytes));
    case Kind::Close: return QStringLiteral("line %1: X: close").arg(item.line);
    case Kind::Stall: return QStringLiteral("line %1: X: stall").arg(item.line);
    case Kind::Delay: return QStringLiteral("line %1: X: delay %2").arg(item.line).arg(item.delayMs);
    }
    return {};
}

bool Script::isComplete() const
{
    std::lock_guard lock(m_mutex);
    return m_failure.isEmpty() && !m_mismatch && m_cursor == m_items.size() && m_pending.isEmpty();
}

QString Script::failure() const
{
    std::lock_guard lock(m_mutex);
    if (m_mismatch)
        return QStringLiteral("%1 line %2: the client sent something unexpected: %3")
            .arg(m_name).arg(m_items[m_cursor].line).arg(visible(m_pending));
    return m_failure;
}

QString Script::problem() const
{
    std::lock_guard lock(m_mutex);
    QString problem;
    if (m_mismatch) {
        const Item &item = m_items[m_cursor];
        problem = QStringLiteral("%1 line %2: expected the client to send\n    C: %3\n  but it sent\n    C: %4")
                      .arg(m_name).arg(item.line).arg(visible(item.bytes), visible(m_pending));
    } else if (!m_failure.isEmpty())
        problem = m_failure;
    else if (m_cursor < m_items.size())
        problem = QStringLiteral("%1 was not played to the end; it stopped at %2")
                      .arg(m_name, describe(m_items[m_cursor]));
    else if (!m_pending.isEmpty())
        problem = QStringLiteral("%1: the client sent an incomplete line at the end: %2")
                      .arg(m_name, visible(m_pending));
    if (!problem.isEmpty())
        problem += QStringLiteral("\nTranscript:\n  ") + m_transcript.join(QStringLiteral("\n  "));
    return problem;
}

QByteArray Script::clientBytes() const
{
    std::lock_guard lock(m_mutex);
    return m_clientBytes;
}

QByteArray Script::serverBytes() const
{
    std::lock_guard lock(m_mutex);
    return m_serverBytes;
}

QString Script::transcript() const
{
    std::lock_guard lock(m_mutex);
    return m_transcript.join(QLatin1Char('\n'));
}

bool Script::wasConnected() const
{
    std::lock_guard lock(m_mutex);
    return m_connected;
}

QString Script::connectedTo() const
{
    std::lock_guard lock(m_mutex);
    return m_connectedTo;
}

bool Script::clientDisconnected() const
{
    std::lock_guard lock(m_mutex);
    return m_clientDisconnected;
}

void Script::connected(const QString &address, quint16 port)
{
    std::lock_guard lock(m_mutex);
    m_connected = true;
    m_connectedTo = address + QLatin1Char(':') + QString::number(port);
    m_transcript << QStringLiteral("X: connected to %1").arg(m_connectedTo);
    advanceLocked();
}

void Script::disconnectedByClient()
{
    std::lock_guard lock(m_mutex);
    if (!m_clientDisconnected)
        m_transcript << QStringLiteral("X: the client disconnected");
    m_clientDisconnected = true;
}

bool Script::pollReadable()
{
    std::lock_guard lock(m_mutex);
    finishMismatchLocked();
    advanceLocked();
    return !m_inbound.isEmpty() || m_peerClosed;
}

size_t Script::read(char *buffer, size_t count)
{
    std::lock_guard lock(m_mutex);
    finishMismatchLocked();
    advanceLocked();
    const size_t n = std::min(count, size_t(m_inbound.size()));
    if (n > 0) {
        std::copy_n(m_inbound.constData(), n, buffer);
        m_inbound.remove(0, qsizetype(n));
    }
    return n;
}

bool Script::peerClosed() const
{
    std::lock_guard lock(m_mutex);
    return m_peerClosed;
}

bool Script::atEndOfStream() const
{
    std::lock_guard lock(m_mutex);
    return m_peerClosed && m_inbound.isEmpty();
}

void Script::advanceLocked()
{
    if (m_peerClosed || m_stalled)
        return;
    while (m_cursor < m_items.size()) {
        const Item &item = m_items[m_cursor];
        switch (item.kind) {
        case Kind::Client:
            return;
        case Kind::Server:
            m_inbound += item.bytes;
            m_serverBytes += item.bytes;
            m_transcript << QStringLiteral("S: ") + visible(item.bytes);
            ++m_cursor;
            break;
        case Kind::Delay: {
            const auto now = std::chrono::steady_clock::now();
            if (!m_delayRunning) {
                m_delayRunning = true;
                m_delayUntil = now + std::chrono::milliseconds(item.delayMs);
            }
            if (now < m_delayUntil)
                return;
            m_delayRunning = false;
            m_transcript << QStringLiteral("X: waited %1 ms").arg(item.delayMs);
            ++m_cursor;
            break;
        }
        case Kind::Close:
            m_peerClosed = true;
            m_transcript << QStringLiteral("X: the server closed the connection");
            ++m_cursor;
            return;
        case Kind::Stall:
            m_stalled = true;
            m_transcript << QStringLiteral("X: the server stalls");
            ++m_cursor;
            return;
        }
    }
}

void Script::clientSent(const char *data, size_t size)
{
    std::lock_guard lock(m_mutex);
    const QByteArray bytes(data, qsizetype(size));
    m_clientBytes += bytes;
    if (!m_failure.isEmpty() || m_peerClosed)
        return;
    if (m_stalled) {
        m_transcript << QStringLiteral("C (ignored, server stalled): ") + visible(bytes);
        return;
    }
    m_pending += bytes;
    if (m_mismatch)
        mismatchLocked();
    else
        matchLocked();
}

void Script::matchLocked()
{
    while (!m_pending.isEmpty() && m_failure.isEmpty()) {
        advanceLocked();
        if (m_stalled) {
            m_transcript << QStringLiteral("C (ignored, server stalled): ") + visible(m_pending);
            m_pending.clear();
            return;
        }
        if (m_cursor >= m_items.size() || m_peerClosed) {
            failLocked(QStringLiteral("%1: the script has ended, but the client sent: %2")
                           .arg(m_name, visible(m_pending)));
            return;
        }
        const Item &item = m_items[m_cursor];
        if (item.kind != Kind::Client) {
            failLocked(QStringLiteral("%1 %2 is still due, but the client already sent: %3")
                           .arg(m_name, describe(item), visible(m_pending)));
            return;
        }
        const QByteArray &expected = item.bytes;
        if (!item.wildcard) {
            const qsizetype n = std::min(m_pending.size(), expected.size());
            if (m_pending.left(n) != expected.left(n)) {
                mismatchLocked();
                return;
            }
            if (m_pending.size() < expected.size())
                return; // the rest is still to come
            m_transcript << QStringLiteral("C: ") + visible(expected);
            m_pending.remove(0, expected.size());
        } else {
            // Check the fixed beginning early, then wait for the whole line.
            const QByteArray prefix = wildcardSegments(expected).first();
            const qsizetype n = std::min(m_pending.size(), prefix.size());
            const qsizetype eol = m_pending.indexOf('\n');
            const QByteArray line = eol >= 0 ? m_pending.left(eol + 1) : m_pending;
            if (m_pending.left(n) != prefix.left(n) || (eol >= 0 && !matchesWildcard(expected, line))) {
                mismatchLocked();
                return;
            }
            if (eol < 0)
                return;
            m_transcript << QStringLiteral("C: ") + visible(line);
            m_pending.remove(0, line.size());
        }
        ++m_cursor;
    }
    advanceLocked();
}

void Script::mismatchLocked()
{
    // Report the whole offending line, not just the bytes of the first write: wait for its end,
    // or for the client to wait for an answer (see finishMismatchLocked()).
    m_mismatch = true;
    if (m_pending.contains('\n') || m_pending.size() > 2000)
        finishMismatchLocked();
}

void Script::finishMismatchLocked()
{
    if (!m_mismatch)
        return;
    m_mismatch = false;
    const Item &item = m_items[m_cursor];
    const qsizetype eol = m_pending.indexOf('\n');
    const QByteArray actual = eol >= 0 ? m_pending.left(eol + 1) : m_pending;
    failLocked(QStringLiteral("%1 line %2: expected the client to send\n    C: %3\n  but it sent\n    C: %4")
                   .arg(m_name).arg(item.line).arg(visible(item.bytes), visible(actual)));
}

void Script::fail(const QString &message)
{
    std::lock_guard lock(m_mutex);
    failLocked(message);
}

void Script::failLocked(const QString &message)
{
    if (m_failure.isEmpty())
        m_failure = message;
    m_transcript << QStringLiteral("X: FAILED, the server closes the connection");
    // Like a strict test server: stop talking at once.
    m_peerClosed = true;
    m_inbound.clear();
}

// ---------------------------------------------------------------------------------------------
// ScriptedSocket

ScriptedSocket::ScriptedSocket(std::shared_ptr<Script> script,
                               vmime::shared_ptr<vmime::net::timeoutHandler> handler)
    : m_script(std::move(script))
    , m_timeoutHandler(std::move(handler))
{
}

void ScriptedSocket::connect(const vmime::string &address, const vmime::port_t port)
{
    if (!m_script)
        throw vmime::exceptions::connection_error("Error while connecting socket: no script for this connection.");
    m_address = address;
    m_connected = true;
    m_script->connected(QString::fromStdString(address), quint16(port));
    if (m_timeoutHandler)
        m_timeoutHandler->resetTimeOut();
}

void ScriptedSocket::disconnect()
{
    if (!m_connected)
        return;
    if (m_tracer)
        m_tracer->traceSend("Disconnecting");
    m_connected = false;
    m_script->disconnectedByClient();
}

bool ScriptedSocket::isConnected() const
{
    if (!m_connected)
        return false;
    // Like recv(MSG_PEEK) != 0: connected until the end of the stream has been reached.
    return !m_script->atEndOfStream();
}

void ScriptedSocket::checkTimeout()
{
    if (m_timeoutHandler && m_timeoutHandler->isTimeOut()) {
        if (!m_timeoutHandler->handleTimeOut())
            throw vmime::exceptions::operation_timed_out();
        m_timeoutHandler->resetTimeOut();
    }
}

bool ScriptedSocket::waitForRead(const int msecs)
{
    for (int i = 0; i <= msecs / kPollStepMs; ++i) {
        if (!m_connected || m_script->pollReadable())
            return true;
        std::this_thread::sleep_for(std::chrono::milliseconds(kPollStepMs));
        if (m_script->pollReadable())
            return true;
        checkTimeout();
    }
    return false;
}

bool ScriptedSocket::waitForWrite(const int msecs)
{
    // Writing never blocks here; still honour the timeout handler as a poll would.
    (void)msecs;
    checkTimeout();
    return true;
}

void ScriptedSocket::receive(vmime::string &buffer)
{
    vmime::byte_t chunk[16384];
    const size_t n = receiveRaw(chunk, sizeof chunk);
    buffer.assign(reinterpret_cast<const char *>(chunk), n);
}

size_t ScriptedSocket::receiveRaw(vmime::byte_t *buffer, const size_t count)
{
    m_status &= ~STATUS_WOULDBLOCK;
    if (!m_connected)
        throw vmime::exceptions::socket_exception("EBADF: invalid descriptor");
    if (!waitForRead(kReceiveWaitMs)) {
        m_status |= STATUS_WOULDBLOCK;
        return 0;
    }
    const size_t n = m_script->read(reinterpret_cast<char *>(buffer), count);
    if (n == 0) {
        if (m_script->peerClosed())
            throw vmime::exceptions::socket_exception("ENOTCONN: not connected");
        m_status |= STATUS_WOULDBLOCK;
        return 0;
    }
    if (m_timeoutHandler)
        m_timeoutHandler->resetTimeOut();
    return n;
}

void ScriptedSocket::send(const vmime::string &buffer)
{
    sendRaw(reinterpret_cast<const vmime::byte_t *>(buffer.data()), buffer.size());
}

void ScriptedSocket::send(const char *str)
{
    sendRaw(reinterpret_cast<const vmime::byte_t *>(str), std::strlen(str));
}

void ScriptedSocket::sendRaw(const vmime::byte_t *buffer, const size_t count)
{
    m_status &= ~STATUS_WOULDBLOCK;
    if (!m_connected)
        throw vmime::exceptions::socket_exception("EBADF: invalid descriptor");
    if (m_script->peerClosed())
        throw vmime::exceptions::socket_exception("EPIPE: broken pipe");
    m_script->clientSent(reinterpret_cast<const char *>(buffer), count);
    if (m_timeoutHandler)
        m_timeoutHandler->resetTimeOut();
}

size_t ScriptedSocket::sendRawNonBlocking(const vmime::byte_t *buffer, const size_t count)
{
    sendRaw(buffer, count);
    return count;
}

// ---------------------------------------------------------------------------------------------
// ScriptedSocketFactory

std::shared_ptr<Script> ScriptedSocketFactory::addScript(std::shared_ptr<Script> script)
{
    std::lock_guard lock(m_mutex);
    m_scripts.push_back(script);
    return script;
}

std::shared_ptr<Script> ScriptedSocketFactory::addScriptFile(const QString &path)
{
    return addScript(Script::fromFile(path));
}

int ScriptedSocketFactory::connectionCount() const
{
    std::lock_guard lock(m_mutex);
    return m_connections;
}

QString ScriptedSocketFactory::problem() const
{
    std::vector<std::shared_ptr<Script>> scripts;
    size_t used;
    QStringList problems;
    {
        std::lock_guard lock(m_mutex);
        scripts = m_scripts;
        used = m_next;
        problems = m_extraProblems;
    }
    for (size_t i = 0; i < scripts.size(); ++i) {
        if (i >= used) {
            problems << QStringLiteral("%1 (connection %2) was never used: the client opened only %3 connection(s)")
                            .arg(scripts[i]->name()).arg(i + 1).arg(used);
            continue;
        }
        const QString p = scripts[i]->problem();
        if (!p.isEmpty())
            problems << QStringLiteral("Connection %1: ").arg(i + 1) + p;
    }
    return problems.join(QLatin1Char('\n'));
}

vmime::shared_ptr<vmime::net::socket> ScriptedSocketFactory::create()
{
    return create(nullptr);
}

vmime::shared_ptr<vmime::net::socket> ScriptedSocketFactory::create(
    vmime::shared_ptr<vmime::net::timeoutHandler> handler)
{
    std::shared_ptr<Script> script;
    {
        std::lock_guard lock(m_mutex);
        ++m_connections;
        if (m_next < m_scripts.size())
            script = m_scripts[m_next++];
        else
            m_extraProblems << QStringLiteral("Connection %1 was opened, but there is no script for it.")
                                   .arg(m_connections);
    }
    return vmime::make_shared<ScriptedSocket>(script, handler);
}

} // namespace postier::test
