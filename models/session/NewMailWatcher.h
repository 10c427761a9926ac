#pragma once

#include "models/accounts/Account.h"
#include "protocols/Error.h"
#include "protocols/imap/HeaderRecord.h"

#include <QHash>
#include <QObject>
#include <QString>

#include <functional>
#include <memory>

namespace postier::protocols {
class Connection;
class Job;
}

namespace postier::models {

class MailSession;
class PasswordStore;

/// Tells when genuinely new mail reaches an account's Inbox, for notifications.
///
/// Each enabled IMAP account gets a connection of its own (the session's shared one is kept busy
/// by what the user does), on which an IdleJob listens to the Inbox: IDLE where the server has it,
/// NOOP polling otherwise. The connection comes from the connection factory; the default one
/// reads the password from the keychain. When that fails (no keychain entry: the password was
/// only typed in), the watcher polls the Inbox with STATUS (UIDNEXT) on the session's shared
/// connection every pollInterval() instead, without showing in the job list.
///
/// Start-up is silent: the Inbox's UIDNEXT is taken as the baseline, and what was there before is
/// not news. When the server announces more messages, the headers from the baseline on are read
/// and a message counts as new only when it is unseen and not deleted or a draft, was received by
/// the server (INTERNALDATE) no earlier than ten minutes before the watcher last heard from the
/// server (a message the user moves into the Inbox keeps its old INTERNALDATE), is not from the
/// account's own address (mail the user sent himself), and its Message-ID was not seen by the
/// watcher before (moved out and back in). newMail() then says how many, and who sent the newest
/// (highest UID) and its subject, decoded. A changed UIDVALIDITY takes a new baseline silently.
///
/// Failures are retried with a growing delay (30 s doubling to 10 min), never reported: the
/// window has its own ways of showing that an account cannot be reached.
class NewMailWatcher : public QObject
{
    Q_OBJECT
public:
    using ConnectionReady = std::function<void(std::unique_ptr<protocols::Connection> connection,
                                               const protocols::Error &error)>;
    /// Opens a connection of the watcher's own to the account's incoming server and hands it
    /// over, or an error; may answer later.
    using ConnectionFactory = std::function<void(const Account &account, ConnectionReady ready)>;

    explicit NewMailWatcher(MailSession &session, QObject *parent = nullptr);
    ~NewMailWatcher() override;

    void setConnectionFactory(ConnectionFactory factory);
    /// The STATUS polling interval of the fallback (default 5 minutes).
    void setPollInterval(int milliseconds) { m_pollIntervalMs = milliseconds; }
    [[nodiscard]] int pollInterval() const { return m_pollIntervalMs; }

    /// Starts watching every enabled IMAP account, and follows MailSession::accountsChanged().
    void start();
    /// Stops everything and closes the watcher's connections.
    void stop();
    [[nodiscard]] bool isRunning() const { return m_running; }
    /// Whether the account's Inbox has its baseline and is being watched (on its own connection
    /// when `ownConnection` is given: true for IDLE/NOOP, false for the STATUS fallback).
    [[nodiscard]] bool isWatching(const QString &accountId, bool *ownConnection = nullptr) const;

    /// The rule above, for one message; `since` in seconds since the epoch (server time).
    [[nodiscard]] static bool isNews(const protocols::HeaderRecord &record, const QString &ownAddress,
                                     qint64 since);
    /// "Name" of the first address of a raw header value ("=?UTF-8?Q?...?= <a@b>"), or the address.
    [[nodiscard]] static QString senderName(const QByteArray &rawFrom);

public Q_SLOTS:
    /// New mail found some other way (the POP3 fetcher): announced like the watcher's own.
    void reportNewMail(const QString &accountId, int count, const QString &newestFrom,
                       const QString &newestSubject);

Q_SIGNALS:
    /// `count` new messages in the account's Inbox; the newest is from `newestFrom` (a name, or an
    /// address) about `newestSubject`.
    void newMail(const QString &accountId, int count, const QString &newestFrom,
                 const QString &newestSubject);
    /// The account's Inbox has its baseline: from now on, arrivals are announced.
    void watching(const QString &accountId);

private:
    struct Watch;
    void syncAccounts();
    void open(Watch &watch);
    void takeBaseline(const QString &accountId);
    void listen(const QString &accountId);
    void scheduleCheck(const QString &accountId);
    void check(const QString &accountId);
    void poll(const QString &accountId);
    void retryLater(const QString &accountId);
    void runOn(Watch &watch, protocols::Job *job);
    [[nodiscard]] Watch *watchFor(const QString &accountId) const;

    MailSession &m_session;
    PasswordStore *m_passwords;
    ConnectionFactory m_factory;
    QHash<QString, std::shared_ptr<Watch>> m_watches;
    int m_pollIntervalMs = 5 * 60 * 1000;
    bool m_running = false;
};

} // namespace postier::models
