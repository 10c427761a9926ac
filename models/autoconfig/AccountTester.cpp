#include "models/autoconfig/AccountTester.h"

#include "models/autoconfig/ProviderTable.h"
#include "protocols/Connection.h"
#include "protocols/imap/CapabilitiesJob.h"
#include "protocols/pop3/Pop3StatJob.h"
#include "protocols/smtp/SmtpLoginJob.h"

namespace postier::models {

using protocols::ErrorKind;
using protocols::Protocol;

AccountTester::AccountTester(QObject *parent)
    : QObject(parent)
{
    qRegisterMetaType<postier::protocols::Error>();
}

AccountTester::~AccountTester()
{
    stop(Role::Incoming);
    stop(Role::Outgoing);
}

void AccountTester::setConnectionOptions(const protocols::ConnectionOptions &options)
{
    m_options = options;
}

void AccountTester::start(const protocols::ServerEndpoint &incoming,
                          const protocols::ServerEndpoint &outgoing, const QString &password)
{
    cancel();
    m_password = password;
    m_checks[index(Role::Incoming)].endpoint = incoming;
    m_checks[index(Role::Outgoing)].endpoint = outgoing;
    run(Role::Incoming);
    run(Role::Outgoing);
    if (!isRunning()) {
        const quint64 generation = m_generation;
        QMetaObject::invokeMethod(this, [this, generation] {
            if (generation == m_generation)
                Q_EMIT finished();
        }, Qt::QueuedConnection);
    }
}

void AccountTester::retry(Role role, const protocols::ServerEndpoint &endpoint)
{
    stop(role);
    m_checks[index(role)].endpoint = endpoint;
    run(role);
}

void AccountTester::cancel()
{
    for (Role role : {Role::Incoming, Role::Outgoing}) {
        stop(role);
        Check &c = m_checks[index(role)];
        c.state = State::Idle;
        c.error = {};
    }
}

void AccountTester::stop(Role role)
{
    Check &c = m_checks[index(role)];
    c.generation = ++m_generation; // a late finished() of the old job is ignored
    if (c.job)
        c.job->disconnect(this);
    // The Connection cancels its job and joins its thread, which polls the cancel every few
    // milliseconds; the job (autoDelete) completes as cancelled and deletes itself.
    delete c.connection;
    c.connection = nullptr;
    c.job = nullptr;
}

void AccountTester::run(Role role)
{
    Check &c = m_checks[index(role)];
    c.error = {};
    if (c.endpoint.host.isEmpty()) {
        c.state = State::Idle;
        return;
    }
    protocols::ConnectionOptions options = m_options;
    options.maxReconnects = 0; // a wrong port or host must answer now, not after back-offs
    c.connection = new protocols::Connection(c.endpoint, m_password, options);
    protocols::Job *job = nullptr;
    switch (c.endpoint.protocol) {
    case Protocol::Imap: job = new protocols::CapabilitiesJob; break;
    case Protocol::Pop3: job = new protocols::Pop3StatJob; break;
    case Protocol::Smtp: job = new protocols::SmtpLoginJob; break;
    case Protocol::ManageSieve: break;
    }
    if (!job) {
        c.state = State::Failed;
        c.error = protocols::Error(ErrorKind::Usage,
                                   tr("Postier cannot check a %1 server here.").arg(c.endpoint.protocolName()));
        delete c.connection;
        c.connection = nullptr;
        const protocols::Error error = c.error;
        const quint64 generation = c.generation;
        QMetaObject::invokeMethod(this, [this, role, error, generation] {
            if (generation != m_checks[index(role)].generation)
                return;
            Q_EMIT checkFinished(role, error);
            if (!isRunning())
                Q_EMIT finished();
        }, Qt::QueuedConnection);
        return;
    }
    c.state = State::Running;
    c.job = job;
    const quint64 generation = c.generation;
    connect(job, &protocols::Job::finished, this,
            [this, role, generation](protocols::Job *j) { onJobFinished(role, generation, j); });
    c.connection->enqueue(job);
    Q_EMIT checkStarted(role);
}

void AccountTester::onJobFinished(Role role, quint64 generation, protocols::Job *job)
{
    Check &c = m_checks[index(role)];
    if (generation != c.generation)
        return;
    c.error = job->error();
    c.state = c.error.isOk() ? State::Passed : State::Failed;
    c.job = nullptr;
    // The IMAP and POP3 sessions are still logged in: the Connection logs out on its own thread
    // when deleted, which takes one round trip.
    if (c.connection) {
        c.connection->deleteLater();
        c.connection = nullptr;
    }
    Q_EMIT checkFinished(role, c.error);
    if (!isRunning())
        Q_EMIT finished();
}

QString AccountTester::advice(Role role) const
{
    const Check &c = m_checks[index(role)];
    if (c.state != State::Failed || c.error.kind() != ErrorKind::Auth)
        return {};
    if (const auto provider = ProviderTable::lookupByHost(c.endpoint.host))
        return provider->notice;
    return {};
}

bool AccountTester::isRunning() const
{
    return std::any_of(m_checks.cbegin(), m_checks.cend(),
                       [](const Check &c) { return c.state == State::Running; });
}

bool AccountTester::allPassed() const
{
    bool any = false;
    for (const Check &c : m_checks) {
        if (c.state == State::Passed)
            any = true;
        else if (c.state != State::Idle)
            return false;
    }
    return any;
}

} // namespace postier::models
