#pragma once

#include "protocols/ConnectionOptions.h"
#include "protocols/Error.h"
#include "protocols/ServerEndpoint.h"

#include <QCoreApplication>
#include <QObject>
#include <QPointer>
#include <QString>

#include <array>

namespace postier::protocols {
class Connection;
class Job;
}

namespace postier::models {

/// Tries the settings of a new account for real before they are saved: logs in to the incoming
/// server (IMAP: CapabilitiesJob; POP3: Pop3StatJob) and to the outgoing one (SMTP:
/// SmtpLoginJob), both at once, each on its own Connection, and reports one typed Error per
/// server. Nothing on the servers changes.
///
/// Contract: start() never blocks. Each check ends with checkFinished(role, error) (error.isOk()
/// on success); finished() follows once no check is running. The sentences are the protocol
/// layer's: Auth for a refused password, TlsUntrusted with Error::certificate() filled in (the
/// caller may show it and retry() with TrustSettings::pinnedSha256 set to exactly that
/// certificate), TlsRequired, Network for an unreachable server, Timeout. A failed check is not
/// retried automatically (ConnectionOptions::maxReconnects is forced to 0), so a wrong port
/// answers at once. advice() adds what the provider wants (an app password) when a login was
/// refused by a server of a provider Postier knows. cancel() and the destructor stop every
/// check within milliseconds; after cancel() no signal follows for the cancelled checks.
class AccountTester : public QObject
{
    Q_OBJECT
public:
    enum class Role { Incoming = 0, Outgoing = 1 };
    Q_ENUM(Role)
    enum class State { Idle, Running, Passed, Failed };
    Q_ENUM(State)

    explicit AccountTester(QObject *parent = nullptr);
    ~AccountTester() override;

    /// Test seam and knobs for the connections (socket factory, trace). maxReconnects is ignored.
    void setConnectionOptions(const protocols::ConnectionOptions &options);

    /// Checks both servers; an endpoint with an empty host is not checked (State::Idle).
    void start(const protocols::ServerEndpoint &incoming, const protocols::ServerEndpoint &outgoing,
               const QString &password);
    /// Checks one server again with new settings, e.g. after the user trusted its certificate.
    void retry(Role role, const protocols::ServerEndpoint &endpoint);
    void cancel();

    [[nodiscard]] State state(Role role) const { return m_checks[index(role)].state; }
    [[nodiscard]] const protocols::Error &error(Role role) const { return m_checks[index(role)].error; }
    [[nodiscard]] const protocols::ServerEndpoint &endpoint(Role role) const
    {
        return m_checks[index(role)].endpoint;
    }
    /// What to do next, beyond the error's own sentence: the provider's advice after a refused
    /// login ("Gmail does not accept your usual Google password…"); empty otherwise.
    [[nodiscard]] QString advice(Role role) const;
    [[nodiscard]] bool isRunning() const;
    /// True when every server that was checked passed, and at least one was.
    [[nodiscard]] bool allPassed() const;

Q_SIGNALS:
    void checkStarted(postier::models::AccountTester::Role role);
    void checkFinished(postier::models::AccountTester::Role role, const postier::protocols::Error &error);
    void finished();

private:
    struct Check {
        protocols::ServerEndpoint endpoint;
        State state = State::Idle;
        protocols::Error error;
        protocols::Connection *connection = nullptr;
        QPointer<protocols::Job> job;
        quint64 generation = 0;
    };

    static constexpr int index(Role role) { return static_cast<int>(role); }
    void run(Role role);
    void stop(Role role);
    void onJobFinished(Role role, quint64 generation, protocols::Job *job);

    protocols::ConnectionOptions m_options;
    QString m_password;
    std::array<Check, 2> m_checks;
    quint64 m_generation = 0;
};

} // namespace postier::models
