#pragma once

#include "models/accounts/Account.h"
#include "protocols/Error.h"

#include <QHash>
#include <QObject>
#include <functional>
#include <memory>

namespace postier::protocols {
class Connection;
class Job;
} // namespace postier::protocols

namespace postier::models {

class AccountStore;
class HeaderCache;
class JobModel;
class LocalMail;
class PasswordStore;

/// What the running app shares: the accounts, the offline cache, the running jobs, and one live
/// connection per account and direction, opened when first needed.
///
/// A connection needs a password: it is read from the keychain; when the keychain has none (or
/// there is no keychain), passwordNeeded() asks the UI once, and work for that account waits
/// until providePassword() answers. Nothing here blocks: callers pass a continuation that runs
/// with the connection, or with nullptr and a sentence if it cannot be had.
class MailSession : public QObject
{
    Q_OBJECT
public:
    using ConnectionCallback = std::function<void(protocols::Connection *connection, const protocols::Error &error)>;

    /// `settingsFile` empty: the application's QSettings.
    MailSession(const QString &cachePath, const QString &settingsFile = {}, QObject *parent = nullptr);
    ~MailSession() override;

    /// Opens the cache. A sentence in *error with true means it was rebuilt (nothing lost).
    bool open(QString *error);

    [[nodiscard]] HeaderCache &cache() { return *m_cache; }
    [[nodiscard]] JobModel &jobs() { return *m_jobs; }
    [[nodiscard]] AccountStore &accountStore() { return *m_accounts; }
    /// The local folders of POP3 accounts, and getting their mail.
    [[nodiscard]] LocalMail &local() { return *m_local; }
    /// The enabled accounts, in settings order.
    [[nodiscard]] QList<Account> accounts() const;
    [[nodiscard]] bool account(const QString &id, Account *out) const;
    /// Re-reads the account list after it changed in the settings.
    void reloadAccounts();

    /// Calls back with the account's incoming (IMAP/POP3) or outgoing (SMTP) connection.
    void withIncoming(const QString &accountId, ConnectionCallback callback);
    void withOutgoing(const QString &accountId, ConnectionCallback callback);
    /// Queues the job on the account's incoming connection and shows it in jobs(). If no
    /// connection can be had, the job is completed with the reason (it still emits finished()).
    void runIncoming(const QString &accountId, protocols::Job *job);
    void runOutgoing(const QString &accountId, protocols::Job *job);

    using OwnConnectionCallback = std::function<void(std::unique_ptr<protocols::Connection> connection,
                                                     const protocols::Error &error)>;
    /// A new connection of the caller's own to the account's incoming server (for IDLE, say),
    /// once the password is known: from the keychain, or asked once like for any other work.
    void openIncoming(const QString &accountId, OwnConnectionCallback callback);

    /// Calls back with the account's incoming password once known (keychain, or asked once like
    /// for any other work), or an empty one and the reason.
    void withPassword(const QString &accountId,
                      std::function<void(const QString &password, const protocols::Error &error)> callback);

    /// The answer to passwordNeeded(). An empty password cancels the waiting work.
    void providePassword(const QString &accountId, const QString &password, bool remember);

Q_SIGNALS:
    void passwordNeeded(const QString &accountId, const QString &reason);
    void accountsChanged();

private:
    struct State;
    void withConnection(const QString &accountId, bool outgoing, ConnectionCallback callback);
    void resolvePassword(State &state);
    void flush(State &state, const protocols::Error &error);
    void runOn(const QString &accountId, bool outgoing, protocols::Job *job);

    std::unique_ptr<AccountStore> m_accounts;
    std::unique_ptr<HeaderCache> m_cache;
    JobModel *m_jobs;
    PasswordStore *m_passwords;
    LocalMail *m_local = nullptr;
    QHash<QString, std::shared_ptr<State>> m_states;
};

} // namespace postier::models
