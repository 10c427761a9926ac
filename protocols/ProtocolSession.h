#pragma once

// Internal to protocols/: included only by .cpp files that run on a connection thread.

#include "protocols/CancelToken.h"
#include "protocols/ConnectionOptions.h"
#include "protocols/Error.h"
#include "protocols/ServerEndpoint.h"

#include <vmime/vmime.hpp>

#include <functional>
#include <memory>

namespace postier::protocols {

/// The vmime side of one connection: session, service, certificate verifier and timeout
/// handling. Lives and dies on the connection thread. Subclasses (ImapSession, Pop3Session,
/// SmtpSession) add typed access to their service.
class ProtocolSession
{
public:
    /// Null for a protocol without a vmime session (ManageSieve).
    static std::unique_ptr<ProtocolSession> create(const ServerEndpoint &endpoint,
                                                   const QString &password,
                                                   const ConnectionOptions &options);
    virtual ~ProtocolSession();

    [[nodiscard]] const ServerEndpoint &endpoint() const { return m_endpoint; }

    /// The token that the timeout handler polls while the next job runs.
    void beginJob(const CancelToken &token);
    void endJob();
    [[nodiscard]] const CancelToken &currentToken() const { return m_token; }
    /// Throws exceptions::operation_cancelled when the current job was cancelled; for our own
    /// loops that do not pass through a vmime socket call.
    void throwIfCancelled() const;

    /// How long the server may stay silent before the current job times out. A job that waits on
    /// purpose (IDLE) raises it for its own duration; 0 restores the endpoint's timeout.
    void setTimeoutOverride(int milliseconds) { m_timeoutOverrideMs = milliseconds; }
    [[nodiscard]] int effectiveTimeoutMs() const
    {
        return m_timeoutOverrideMs > 0 ? m_timeoutOverrideMs : m_endpoint.timeoutMs;
    }
    /// Set by the worker: true when other jobs wait. A long job (IDLE) polls it to yield.
    void setPendingWorkProbe(std::function<bool()> probe) { m_pendingWork = std::move(probe); }
    [[nodiscard]] bool hasPendingWork() const { return m_pendingWork && m_pendingWork(); }

    /// Connects and logs in if needed. Throws on failure.
    void ensureConnected();
    /// Logs out and drops the connection; never throws.
    void disconnect() noexcept;
    /// Drops the connection without waiting for the server: for a connection whose state is
    /// unknown after a cancel, a timeout or a cut.
    void abandon() noexcept;
    [[nodiscard]] bool isConnected() const;

    /// The certificate that failed verification during the last connect, if any.
    [[nodiscard]] const CertificateInfo &lastCertificateFailure() const;
    /// The server's last refusal (NO, BAD, -ERR, 4xx/5xx line) during the last connect: its answer
    /// to a refused login, which vmime's SASL code does not keep. Empty if there was none.
    [[nodiscard]] const QByteArray &loginRefusal() const { return m_loginRefusal; }
    /// True when the last connect sent no password because the server refuses them on this
    /// connection (IMAP LOGINDISABLED, and no AUTH= mechanism to use instead).
    [[nodiscard]] bool refusedPasswordLogin() const;

protected:
    ProtocolSession(const ServerEndpoint &endpoint, const QString &password,
                    const ConnectionOptions &options);
    /// Creates the vmime store or transport for this protocol (not yet connected).
    virtual vmime::shared_ptr<vmime::net::service> createService(
        const vmime::shared_ptr<vmime::net::session> &session,
        const vmime::shared_ptr<vmime::security::authenticator> &auth) = 0;
    /// Called after each successful connect, e.g. to read capabilities.
    virtual void afterConnect() {}
    /// Called before the service is dropped.
    virtual void beforeDisconnect() noexcept {}
    [[nodiscard]] const vmime::shared_ptr<vmime::net::service> &service() const { return m_service; }
    [[nodiscard]] const vmime::shared_ptr<vmime::net::session> &vmimeSession() const { return m_session; }
    [[nodiscard]] const ConnectionOptions &options() const { return m_options; }

private:
    class Authenticator;
    class TimeoutFactory;
    class Verifier;
    class Tracer;

    ServerEndpoint m_endpoint;
    QString m_password;
    ConnectionOptions m_options;
    CancelToken m_token;
    int m_timeoutOverrideMs = 0;
    std::function<bool()> m_pendingWork;
    vmime::shared_ptr<vmime::net::session> m_session;
    vmime::shared_ptr<vmime::net::service> m_service;
    vmime::shared_ptr<Verifier> m_verifier;
    vmime::shared_ptr<Authenticator> m_auth;
    QByteArray m_loginRefusal;
    bool m_connecting = false;
};

} // namespace postier::protocols
