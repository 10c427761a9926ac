#include "protocols/ProtocolSession.h"

#include "protocols/CertificateVerifier.h"
#include "protocols/VmimePlatform.h"
#include "protocols/imap/ImapSession.h"
#include "protocols/pop3/Pop3Session.h"
#include "protocols/smtp/SmtpSession.h"

#include <vmime/net/imap/IMAPConnection.hpp>
#include <vmime/net/imap/IMAPStore.hpp>
#include <vmime/security/cert/certificateNotTrustedException.hpp>

#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QFile>
#include <QScopeGuard>

#include <cctype>

namespace postier::protocols {

namespace {

// A refusal in any of the three protocols: "a001 NO ...", "a001 BAD ...", "-ERR ...", "535 ...".
bool isRefusal(const QByteArray &line)
{
    if (line.startsWith("-ERR"))
        return true;
    if (line.size() >= 3 && (line.at(0) == '4' || line.at(0) == '5') && std::isdigit(uchar(line.at(1)))
        && std::isdigit(uchar(line.at(2))))
        return true;
    const QByteArrayList words = line.split(' ');
    return words.size() >= 2 && words.at(0) != "*" && words.at(0) != "+"
        && (words.at(1).toUpper() == "NO" || words.at(1).toUpper() == "BAD");
}

} // namespace

// One login attempt per connection: each refused attempt counts against the account on servers
// with lockout or fail2ban. So vmime gets one SASL mechanism (PLAIN where offered: what providers
// expect over TLS), and once it has one, no fallback to IMAP LOGIN or POP3 USER/PASS after a
// refusal (options.sasl.fallback, which vmime reads only after the SASL attempt failed). A server
// that offers no AUTH= mechanism we can use still gets LOGIN or USER/PASS; an IMAP server that
// says LOGINDISABLED gets no password at all.
class ProtocolSession::Authenticator : public vmime::security::sasl::defaultSASLAuthenticator
{
public:
    Authenticator(std::string user, std::string password)
        : m_user(std::move(user)), m_password(std::move(password)) {}
    const vmime::string getUsername() const override { return m_user; }
    const vmime::string getPassword() const override { return m_password; }

    // vmime calls this at the start of each login, after STARTTLS, with the capabilities known.
    void setService(vmime::shared_ptr<vmime::net::service> service) override
    {
        defaultSASLAuthenticator::setService(service);
        m_mechanismChosen = false;
        m_loginDisabled = false;
        const auto imap = vmime::dynamicCast<vmime::net::imap::IMAPStore>(service);
        if (!imap || !imap->getConnection())
            return;
        // The capabilities the SASL step is about to read (a CAPABILITY command if the server
        // did not send them after STARTTLS), only asked a moment earlier.
        for (const auto &capability : imap->getConnection()->getCapabilities()) {
            if (QByteArray::fromStdString(capability).toUpper() == "LOGINDISABLED") {
                m_loginDisabled = true;
                service->setProperty("options.sasl.fallback", false);
            }
        }
    }

    const std::vector<vmime::shared_ptr<vmime::security::sasl::SASLMechanism>> getAcceptableMechanisms(
        const std::vector<vmime::shared_ptr<vmime::security::sasl::SASLMechanism>> &available,
        vmime::shared_ptr<vmime::security::sasl::SASLMechanism> /*suggested*/) const override
    {
        for (const char *wanted : {"PLAIN", "LOGIN", "CRAM-MD5"}) {
            for (const auto &m : available) {
                if (QByteArray::fromStdString(m->getName()).toUpper() != wanted)
                    continue;
                m_mechanismChosen = true;
                if (const auto service = getService().lock())
                    service->setProperty("options.sasl.fallback", false);
                return {m};
            }
        }
        return {}; // none that works with a password: vmime falls back to LOGIN or USER/PASS
    }

    /// The server refused any password over this connection, and none was sent.
    [[nodiscard]] bool refusedPasswordLogin() const { return m_loginDisabled && !m_mechanismChosen; }

private:
    std::string m_user;
    std::string m_password;
    mutable bool m_mechanismChosen = false;
    bool m_loginDisabled = false;
};

// Polled by vmime's socket loops (about every 3 ms while waiting): this is how both timeouts and
// cancellation reach a blocked read or write.
class ProtocolSession::TimeoutFactory : public vmime::net::timeoutHandlerFactory
{
public:
    TimeoutFactory(const ProtocolSession *session) : m_session(session) {}

    class Handler : public vmime::net::timeoutHandler
    {
    public:
        Handler(const ProtocolSession *session) : m_session(session) { m_timer.start(); }
        bool isTimeOut() override
        {
            return m_session->currentToken().isCancelled()
                || m_timer.elapsed() > m_session->effectiveTimeoutMs();
        }
        void resetTimeOut() override { m_timer.restart(); }
        bool handleTimeOut() override { return false; }

    private:
        const ProtocolSession *m_session;
        QElapsedTimer m_timer;
    };

    vmime::shared_ptr<vmime::net::timeoutHandler> create() override
    {
        return vmime::make_shared<Handler>(m_session);
    }

private:
    const ProtocolSession *m_session;
};

class ProtocolSession::Verifier : public vmime::security::cert::certificateVerifier
{
public:
    explicit Verifier(const TrustSettings &trust) : m_trust(trust) {}

    void verify(vmime::shared_ptr<vmime::security::cert::certificateChain> chain,
                const vmime::string &hostname) override
    {
        m_failure = {};
        QList<QByteArray> der;
        for (size_t i = 0; i < chain->getCount(); ++i) {
            const vmime::byteArray encoded = chain->getAt(i)->getEncoded();
            der << QByteArray(reinterpret_cast<const char *>(encoded.data()), int(encoded.size()));
        }
        if (!CertificateVerifier::verify(der, QString::fromStdString(hostname), m_trust, &m_failure))
            throw vmime::security::cert::certificateNotTrustedException();
    }

    CertificateInfo m_failure;

private:
    TrustSettings m_trust;
};

// Always installed: vmime's SASL code drops the server's answer to a refused login ("all
// mechanisms failed"), and the trace is where it still passes. The protocol trace itself goes to
// ConnectionOptions::trace, if set.
class ProtocolSession::Tracer : public vmime::net::tracer
{
public:
    explicit Tracer(ProtocolSession *session) : m_session(session) {}
    void traceSend(const vmime::string &line) override
    {
        if (m_session->m_options.trace)
            m_session->m_options.trace(true, withoutPassword(QByteArray::fromStdString(line)));
    }

    /// vmime 0.9.2 traces IMAP LOGIN and POP3 PASS with the password in clear (its SASL
    /// exchanges are already hidden): keep the command and the user name, drop the rest.
    static QByteArray withoutPassword(const QByteArray &line)
    {
        if (line.size() >= 5 && qstrnicmp(line.constData(), "PASS ", 5) == 0)
            return QByteArrayLiteral("PASS ***");
        const qsizetype space = line.indexOf(' ');
        if (space <= 0 || line.mid(space + 1, 6).toUpper() != "LOGIN ")
            return line;
        qsizetype p = space + 7;
        if (p < line.size() && line.at(p) == '"') { // a quoted user name
            for (++p; p < line.size() && line.at(p) != '"'; ++p) {
                if (line.at(p) == '\\')
                    ++p;
            }
            ++p;
        } else {
            while (p < line.size() && line.at(p) != ' ')
                ++p;
        }
        return line.left(p) + " ***";
    }
    void traceReceive(const vmime::string &line) override
    {
        const QByteArray bytes = QByteArray::fromStdString(line);
        if (m_session->m_connecting && isRefusal(bytes))
            m_session->m_loginRefusal = bytes.trimmed();
        if (m_session->m_options.trace)
            m_session->m_options.trace(false, bytes);
    }

    class Factory : public vmime::net::tracerFactory
    {
    public:
        explicit Factory(ProtocolSession *session) : m_session(session) {}
        vmime::shared_ptr<vmime::net::tracer> create(vmime::shared_ptr<vmime::net::service>, const int) override
        {
            return vmime::make_shared<Tracer>(m_session);
        }

    private:
        ProtocolSession *m_session;
    };

private:
    ProtocolSession *m_session;
};

std::unique_ptr<ProtocolSession> ProtocolSession::create(const ServerEndpoint &endpoint,
                                                         const QString &password,
                                                         const ConnectionOptions &options)
{
    switch (endpoint.protocol) {
    case Protocol::Imap: return std::make_unique<ImapSession>(endpoint, password, options);
    case Protocol::Pop3: return std::make_unique<Pop3Session>(endpoint, password, options);
    case Protocol::Smtp: return std::make_unique<SmtpSession>(endpoint, password, options);
    case Protocol::ManageSieve: break;
    }
    return nullptr;
}

ProtocolSession::ProtocolSession(const ServerEndpoint &endpoint, const QString &password,
                                 const ConnectionOptions &options)
    : m_endpoint(endpoint)
    , m_password(password)
    , m_options(options)
{
    ensureVmimePlatform();
}

ProtocolSession::~ProtocolSession()
{
    // Subclasses call disconnect() in their destructors, while their own state still exists.
}

void ProtocolSession::beginJob(const CancelToken &token)
{
    m_token = token;
}

void ProtocolSession::endJob()
{
    m_token = CancelToken();
    m_timeoutOverrideMs = 0;
}

void ProtocolSession::throwIfCancelled() const
{
    if (m_token.isCancelled())
        throw vmime::exceptions::operation_cancelled();
}

void ProtocolSession::ensureConnected()
{
    if (m_service && m_service->isConnected())
        return;
    disconnect();

    m_session = vmime::net::session::create();
    m_auth = vmime::make_shared<Authenticator>(m_endpoint.user.toStdString(), m_password.toStdString());
    m_service = createService(m_session, m_auth);
    m_service->setProperty("server.address", m_endpoint.host.toStdString());
    m_service->setProperty("server.port", static_cast<vmime::port_t>(m_endpoint.port));
    m_service->setProperty("options.sasl", true);
    // For servers without a usable AUTH= mechanism; Authenticator turns it off for the others.
    m_service->setProperty("options.sasl.fallback", true);
    // STARTTLS is requested and required: if the server does not offer it, connect() throws
    // instead of carrying on in plain text. Implicit TLS is chosen by the service scheme.
    const bool startTls = m_endpoint.security == Security::StartTls;
    m_service->setProperty("connection.tls", startTls);
    m_service->setProperty("connection.tls.required", startTls);

    m_verifier = vmime::make_shared<Verifier>(m_endpoint.trust);
    m_service->setCertificateVerifier(m_verifier);
    m_service->setTimeoutHandlerFactory(vmime::make_shared<TimeoutFactory>(this));
    if (m_options.socketFactory)
        m_service->setSocketFactory(m_options.socketFactory);
    m_service->setTracerFactory(vmime::make_shared<Tracer::Factory>(this));

    m_loginRefusal.clear();
    m_connecting = true;
    const auto connected = qScopeGuard([this] { m_connecting = false; });
    m_service->connect();
    afterConnect();
}

bool ProtocolSession::refusedPasswordLogin() const
{
    return m_auth && m_auth->refusedPasswordLogin();
}

void ProtocolSession::disconnect() noexcept
{
    if (!m_service)
        return;
    beforeDisconnect();
    try {
        if (m_service->isConnected())
            m_service->disconnect();
    } catch (...) {
        // Logging out of a broken connection may fail; the socket is gone either way.
    }
    m_service.reset();
    m_session.reset();
}

void ProtocolSession::abandon() noexcept
{
    // A cancelled token makes every socket wait inside vmime's LOGOUT give up at once.
    const CancelToken previous = m_token;
    CancelToken abort;
    abort.cancel();
    m_token = abort;
    disconnect();
    m_token = previous;
}

bool ProtocolSession::isConnected() const
{
    return m_service && m_service->isConnected();
}

const CertificateInfo &ProtocolSession::lastCertificateFailure() const
{
    static const CertificateInfo none;
    return m_verifier ? m_verifier->m_failure : none;
}

} // namespace postier::protocols
