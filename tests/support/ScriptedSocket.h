#pragma once

// In-process scripted servers for protocol tests (see STYLE.md section 6). No TCP, no ports: the
// vmime socket below plays a C:/S: script, checks every byte the client sends, and fails the
// conversation on the first unexpected one, as KIMAP's and Trojitá's test servers do.
//
// Script format, one item per line (a file's line endings, LF or CRLF, are not part of the data):
//
//   S: <text>      the server sends <text> followed by CRLF
//   S+ <text>      the server sends <text> with no line ending (a partial line or literal)
//   C: <text>      the client must send exactly <text> followed by CRLF
//   C+ <text>      the client must send exactly <text>, with no line ending
//   X: close       the server closes the connection (after everything it sent before)
//   X: stall       the server stops answering; whatever the client sends afterwards is ignored
//   X: delay <ms>  the server waits <ms> milliseconds before its next output
//   # ...          a comment; blank lines are ignored too
//
// In C: lines, `{*}` matches any run of bytes within the line (for values that vary between
// machines, like the host name in EHLO). Everything else is compared byte for byte. Lines are
// taken as raw bytes, with no escapes: a literal's byte count includes the CRLF of each S: line.
//
// A script describes one connection. A ScriptedSocketFactory hands out its scripts in order, one
// per connection vmime opens, so a reconnect plays the next script.

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <QTest>

#include <vmime/net/socket.hpp>
#include <vmime/net/timeoutHandler.hpp>

#include <chrono>
#include <deque>
#include <memory>
#include <mutex>
#include <vector>

namespace postier::test {

/// One scripted server conversation. Thread-safe: the connection thread plays it through a
/// ScriptedSocket while the test thread may read its state.
class Script
{
public:
    /// Parses an inline script. `name` appears in failure messages.
    [[nodiscard]] static std::shared_ptr<Script> fromString(const QByteArray &text,
                                                            const QString &name = QStringLiteral("inline script"));
    /// Loads a script file. A relative path is looked up under POSTIER_TEST_DATA/scripts/. A file
    /// that cannot be read or parsed gives a script whose failure() says why.
    [[nodiscard]] static std::shared_ptr<Script> fromFile(const QString &path);

    [[nodiscard]] QString name() const { return m_name; }

    /// True when every item was played and nothing unexpected happened.
    [[nodiscard]] bool isComplete() const;
    /// The first thing that went wrong, with the script line number, the expected bytes and what
    /// the client actually sent; empty if nothing did.
    [[nodiscard]] QString failure() const;
    /// failure(), or why the script is not complete (the next unplayed line); empty when the
    /// conversation went exactly as scripted.
    [[nodiscard]] QString problem() const;

    /// Everything the client sent, in order, byte for byte.
    [[nodiscard]] QByteArray clientBytes() const;
    /// Everything the server made available to the client.
    [[nodiscard]] QByteArray serverBytes() const;
    /// The conversation as it happened, one "C: ", "S: " or "X: " entry per line, CR/LF shown.
    [[nodiscard]] QString transcript() const;
    /// Whether a socket ever connected with this script, and where it said it connected.
    [[nodiscard]] bool wasConnected() const;
    [[nodiscard]] QString connectedTo() const;
    /// Whether the client closed its side (vmime disconnect()).
    [[nodiscard]] bool clientDisconnected() const;

private:
    friend class ScriptedSocket;
    friend class ScriptedSocketFactory;

    enum class Kind { Server, Client, Close, Stall, Delay };
    struct Item {
        Kind kind;
        QByteArray bytes;        // Server: what to send. Client: expected bytes (with {*}).
        int line = 0;
        int delayMs = 0;
        bool wildcard = false;
    };

    explicit Script(QString name) : m_name(std::move(name)) {}
    void parse(const QByteArray &text);

    // Called by the socket, on the connection thread.
    void connected(const QString &address, quint16 port);
    void disconnectedByClient();
    /// Plays server items up to the next client line or a pending delay. Returns true when the
    /// client has something to read (data or end of stream).
    bool pollReadable();
    /// Takes up to `count` bytes of server data; 0 means none (check peerClosed()).
    size_t read(char *buffer, size_t count);
    [[nodiscard]] bool peerClosed() const;
    /// The server closed and the client has read everything it sent.
    [[nodiscard]] bool atEndOfStream() const;
    void clientSent(const char *data, size_t size);
    /// Fails the script from outside (e.g. a connection for which no script exists).
    void fail(const QString &message);

    void advanceLocked();
    void matchLocked();
    void failLocked(const QString &message);
    void mismatchLocked();
    void finishMismatchLocked();
    [[nodiscard]] QString describe(const Item &item) const;

    QString m_name;
    std::vector<Item> m_items;

    mutable std::mutex m_mutex;
    size_t m_cursor = 0;
    QByteArray m_inbound;        // server bytes not yet read by the client
    QByteArray m_pending;        // client bytes not yet matched
    QByteArray m_clientBytes;
    QByteArray m_serverBytes;
    QStringList m_transcript;
    QString m_failure;
    QString m_connectedTo;
    bool m_connected = false;
    bool m_peerClosed = false;
    bool m_stalled = false;
    bool m_mismatch = false;     // a wrong line is still arriving; see mismatchLocked()
    bool m_clientDisconnected = false;
    bool m_delayRunning = false;
    std::chrono::steady_clock::time_point m_delayUntil;
};

/// A vmime socket that plays a Script, with the read semantics of vmime's posixSocket:
/// receiveRaw() waits up to 50 ms, returns 0 with STATUS_WOULDBLOCK when nothing arrived, and
/// throws socket_exception at the end of the stream; waitForRead()/waitForWrite() poll the
/// timeout handler about every 10 ms and throw operation_timed_out when it says so. That is how
/// a stall ends in a timeout and how a cancel reaches a blocked read.
class ScriptedSocket : public vmime::net::socket
{
public:
    ScriptedSocket(std::shared_ptr<Script> script, vmime::shared_ptr<vmime::net::timeoutHandler> handler);

    void connect(const vmime::string &address, const vmime::port_t port) override;
    void disconnect() override;
    bool isConnected() const override;
    bool waitForRead(const int msecs = 30000) override;
    bool waitForWrite(const int msecs = 30000) override;
    void receive(vmime::string &buffer) override;
    size_t receiveRaw(vmime::byte_t *buffer, const size_t count) override;
    void send(const vmime::string &buffer) override;
    void send(const char *str) override;
    void sendRaw(const vmime::byte_t *buffer, const size_t count) override;
    size_t sendRawNonBlocking(const vmime::byte_t *buffer, const size_t count) override;
    size_t getBlockSize() const override { return 16384; }
    unsigned int getStatus() const override { return m_status; }
    const vmime::string getPeerName() const override { return m_address; }
    const vmime::string getPeerAddress() const override { return "127.0.0.1"; }
    vmime::shared_ptr<vmime::net::timeoutHandler> getTimeoutHandler() override { return m_timeoutHandler; }
    void setTracer(vmime::shared_ptr<vmime::net::tracer> tracer) override { m_tracer = tracer; }
    vmime::shared_ptr<vmime::net::tracer> getTracer() override { return m_tracer; }

private:
    void checkTimeout();

    std::shared_ptr<Script> m_script;
    vmime::shared_ptr<vmime::net::timeoutHandler> m_timeoutHandler;
    vmime::shared_ptr<vmime::net::tracer> m_tracer;
    vmime::string m_address;
    unsigned int m_status = 0;
    bool m_connected = false;
};

/// Hands out one Script per connection, in the order they were added. Set it as
/// ConnectionOptions::socketFactory. A connection beyond the last script fails to connect and
/// is reported by problem().
class ScriptedSocketFactory : public vmime::net::socketFactory
{
public:
    /// Adds a script for the next connection and returns it, for the test to inspect later.
    std::shared_ptr<Script> addScript(std::shared_ptr<Script> script);
    /// Shorthand for addScript(Script::fromFile(path)).
    std::shared_ptr<Script> addScriptFile(const QString &path);

    /// How many sockets vmime asked for so far.
    [[nodiscard]] int connectionCount() const;
    /// Problems across all scripts: a failure, an unplayed script line, a script never used, or
    /// a connection without a script. Empty when every script played exactly as written.
    [[nodiscard]] QString problem() const;

    vmime::shared_ptr<vmime::net::socket> create() override;
    vmime::shared_ptr<vmime::net::socket> create(vmime::shared_ptr<vmime::net::timeoutHandler> handler) override;

private:
    mutable std::mutex m_mutex;
    std::vector<std::shared_ptr<Script>> m_scripts;
    size_t m_next = 0;
    int m_connections = 0;
    QStringList m_extraProblems;
};

/// Shows CR and LF visibly: "a001 OK\r\n".
[[nodiscard]] QString visible(const QByteArray &bytes);

} // namespace postier::test

/// Fails the current test with the script's own explanation unless it played exactly as written.
#define POSTIER_VERIFY_SCRIPT(script)                                                              \
    do {                                                                                           \
        const QString postierScriptProblem_ = (script)->problem();                                 \
        QVERIFY2(postierScriptProblem_.isEmpty(), qPrintable(postierScriptProblem_));              \
    } while (false)
