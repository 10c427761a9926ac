#include "models/session/MailSession.h"

#include "models/accounts/AccountStore.h"
#include "models/accounts/PasswordStore.h"
#include "models/cache/HeaderCache.h"
#include "models/local/LocalMail.h"
#include "models/session/JobModel.h"
#include "protocols/Connection.h"
#include "protocols/Job.h"

namespace postier::models {

struct MailSession::State {
    Account account;
    QString password;
    bool passwordKnown = false;
    bool resolving = false;
    std::unique_ptr<protocols::Connection> incoming;
    std::unique_ptr<protocols::Connection> outgoing;
    QList<QPair<bool, ConnectionCallback>> waiting;
};

MailSession::MailSession(const QString &cachePath, const QString &settingsFile, QObject *parent)
    : QObject(parent)
    , m_accounts(std::make_unique<AccountStore>(settingsFile))
    , m_cache(std::make_unique<HeaderCache>(cachePath))
    , m_jobs(new JobModel(this))
    , m_passwords(new PasswordStore(this))
{
    reloadAccounts();
    m_local = new LocalMail(*this, this);
}

MailSession::~MailSession()
{
    // Local mail first: it waits for its worker threads, and uses the cache.
    delete m_local;
    m_local = nullptr;
    // Connections next: their destructors cancel and join their threads.
    m_states.clear();
}

bool MailSession::open(QString *error)
{
    return m_cache->open(error);
}

QList<Account> MailSession::accounts() const
{
    QList<Account> out;
    for (const Account &a : m_accounts->accounts()) {
        if (a.enabled)
            out << a;
    }
    return out;
}

bool MailSession::account(const QString &id, Account *out) const
{
    const auto it = m_states.constFind(id);
    if (it == m_states.constEnd())
        return false;
    *out = (*it)->account;
    return true;
}

void MailSession::reloadAccounts()
{
    QHash<QString, std::shared_ptr<State>> next;
    for (const Account &a : accounts()) {
        auto it = m_states.find(a.id);
        std::shared_ptr<State> state = it != m_states.end() ? *it : std::make_shared<State>();
        const bool serversChanged = Account::passwordKey(state->account.incoming) != Account::passwordKey(a.incoming)
            || Account::passwordKey(state->account.outgoing) != Account::passwordKey(a.outgoing);
        if (serversChanged) {
            state->incoming.reset();
            state->outgoing.reset();
            state->passwordKnown = false;
        }
        state->account = a;
        next.insert(a.id, state);
    }
    m_states = next;
    Q_EMIT accountsChanged();
}

void MailSession::withIncoming(const QString &accountId, ConnectionCallback callback)
{
    withConnection(accountId, false, std::move(callback));
}

void MailSession::withOutgoing(const QString &accountId, ConnectionCallback callback)
{
    withConnection(accountId, true, std::move(callback));
}

void MailSession::withConnection(const QString &accountId, bool outgoing, ConnectionCallback callback)
{
    const auto it = m_states.constFind(accountId);
    if (it == m_states.constEnd()) {
        callback(nullptr, protocols::Error(protocols::ErrorKind::Usage,
                                           tr("This account no longer exists.")));
        return;
    }
    State &state = **it;
    state.waiting.append({outgoing, std::move(callback)});
    if (state.passwordKnown)
        flush(state, {});
    else
        resolvePassword(state);
}

void MailSession::resolvePassword(State &state)
{
    if (state.resolving)
        return;
    state.resolving = true;
    const QString id = state.account.id;
    m_passwords->read(Account::passwordKey(state.account.incoming), [this, id](const PasswordStore::Result &r) {
        const auto it = m_states.constFind(id);
        if (it == m_states.constEnd())
            return;
        State &s = **it;
        if (r.ok) {
            s.resolving = false;
            s.password = r.password;
            s.passwordKnown = true;
            flush(s, {});
            return;
        }
        // Still resolving: providePassword() ends it.
        Q_EMIT passwordNeeded(id, r.notFound ? tr("No password is saved for %1.").arg(s.account.address) : r.error);
    });
}

void MailSession::providePassword(const QString &accountId, const QString &password, bool remember)
{
    const auto it = m_states.constFind(accountId);
    if (it == m_states.constEnd())
        return;
    State &state = **it;
    state.resolving = false;
    if (password.isEmpty()) {
        flush(state, protocols::Error(protocols::ErrorKind::Cancelled,
                                      tr("No password was given for %1.").arg(state.account.address)));
        return;
    }
    state.password = password;
    state.passwordKnown = true;
    state.incoming.reset();
    state.outgoing.reset();
    if (remember) {
        for (const auto &e : {state.account.incoming, state.account.outgoing}) {
            if (!e.host.isEmpty())
                m_passwords->write(Account::passwordKey(e), password, [](const PasswordStore::Result &) {});
        }
    }
    flush(state, {});
}

void MailSession::flush(State &state, const protocols::Error &error)
{
    const auto waiting = std::exchange(state.waiting, {});
    for (const auto &[outgoing, callback] : waiting) {
        if (error) {
            callback(nullptr, error);
            continue;
        }
        auto &slot = outgoing ? state.outgoing : state.incoming;
        const protocols::ServerEndpoint &endpoint = outgoing ? state.account.outgoing : state.account.incoming;
        if (endpoint.host.isEmpty()) {
            callback(nullptr, protocols::Error(protocols::ErrorKind::Usage,
                                               outgoing ? tr("The account %1 has no outgoing (SMTP) server.").arg(state.account.name)
                                                        : tr("The account %1 has no incoming server.").arg(state.account.name)));
            continue;
        }
        if (!slot)
            slot = std::make_unique<protocols::Connection>(endpoint, state.password);
        callback(slot.get(), {});
    }
}

void MailSession::runOn(const QString &accountId, bool outgoing, protocols::Job *job)
{
    m_jobs->track(job);
    withConnection(accountId, outgoing, [job](protocols::Connection *connection, const protocols::Error &error) {
        if (connection)
            connection->enqueue(job);
        else
            protocols::completeWithoutRunning(job, error);
    });
}

void MailSession::runIncoming(const QString &accountId, protocols::Job *job)
{
    runOn(accountId, false, job);
}

void MailSession::runOutgoing(const QString &accountId, protocols::Job *job)
{
    runOn(accountId, true, job);
}

void MailSession::openIncoming(const QString &accountId, OwnConnectionCallback callback)
{
    withIncoming(accountId, [this, accountId, callback](protocols::Connection *shared, const protocols::Error &error) {
        const auto it = m_states.constFind(accountId);
        if (!shared || it == m_states.constEnd()) {
            callback(nullptr, error);
            return;
        }
        callback(std::make_unique<protocols::Connection>((*it)->account.incoming, (*it)->password), {});
    });
}

void MailSession::withPassword(const QString &accountId,
                               std::function<void(const QString &, const protocols::Error &)> callback)
{
    withIncoming(accountId, [this, accountId, callback](protocols::Connection *connection, const protocols::Error &error) {
        const auto it = m_states.constFind(accountId);
        if (!connection || it == m_states.constEnd()) {
            callback(QString(), error);
            return;
        }
        callback((*it)->password, {});
    });
}

} // namespace postier::models
