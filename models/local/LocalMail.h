#pragma once

#include "protocols/Error.h"
#include "protocols/imap/FolderInfo.h"

#include <QByteArray>
#include <QHash>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QString>
#include <QVector>

#include <functional>

class QTimer;

namespace postier::models {

class LocalIndexer;
class MailSession;
struct Account;

/// The mail of POP3 accounts, kept on this computer in local folders (LocalStore), as the window
/// sees it: folders with counts, messages indexed in the offline cache, the message actions, and
/// getting new mail.
///
/// Contract: everything is called on the session's thread and nothing here blocks it: folder
/// scans and header reading run on worker threads (LocalIndexer), message files are read on one
/// (readMessage()); flag changes, moves and copies are renames on the same disk (one stat and
/// one rename per message: the cache remembers where each file is). Every change goes to the
/// files first and to the cache only once the files are changed, so the cache can always be
/// deleted: the next scan rebuilds it from the files, with new UIDs.
///
/// Getting mail: fetch() runs protocols::Pop3FetchJob on the account's connection
/// (MailSession::runIncoming, so it shows in the job list with its progress and can be
/// cancelled there), with the account's Pop3Options (leave on server; remove from the server N
/// days after downloading). Each message is on disk before it counts as downloaded and before
/// anything is deleted from the server. Then INBOX is rescanned, and newMail() announces what
/// came. Every POP3 account with a check interval is fetched once when the accounts are loaded,
/// then every Pop3Options::checkIntervalMinutes (0: only on demand).
class LocalMail : public QObject
{
    Q_OBJECT
public:
    explicit LocalMail(MailSession &session, QObject *parent = nullptr);
    ~LocalMail() override;

    /// Whether the account's mail lives in local folders (a POP3 account).
    [[nodiscard]] bool isLocalAccount(const QString &accountId) const;
    /// The Maildir root of the account (LocalStore::rootFor()).
    [[nodiscard]] QString storeRoot(const QString &accountId) const;

    /// The account's folders, INBOX first; creates the store and its standard folders when
    /// missing (a sentence in *error if the disk refused).
    [[nodiscard]] protocols::FolderList folders(const QString &accountId,
                                                protocols::Error *error = nullptr);
    /// The cache folder id of a local folder (0 on failure).
    [[nodiscard]] qint64 folderId(const QString &accountId, const QString &folder);
    /// Messages and unread messages of a local folder, from the cache.
    [[nodiscard]] QPair<int, int> counts(const QString &accountId, const QString &folder);

    /// Brings the cache's index of the folder up to date with the files (incremental), then
    /// calls `then`; folderIndexed() tells the progress.
    void rescan(const QString &accountId, const QString &folder, std::function<void()> then = {});
    /// rescan() of every folder of the account.
    void rescanAll(const QString &accountId);
    [[nodiscard]] bool isIndexing(const QString &accountId, const QString &folder);

    /// Downloads new mail now (Get Messages). Does nothing while a fetch of the account runs.
    void fetch(const QString &accountId);
    [[nodiscard]] bool isFetching(const QString &accountId) const { return m_fetching.contains(accountId); }

    /// Sets (`on`) or clears one flag (a protocols::MessageFlag) on messages of a folder. Returns
    /// the flags each message has now, for the messages that were changed; stops at the first
    /// failure, with the sentence in *error.
    QVector<QPair<quint32, quint8>> setFlag(const QString &accountId, const QString &folder,
                                            const QVector<quint32> &uids, quint8 flag, bool on,
                                            protocols::Error *error);

    struct Transfer {
        QVector<quint32> sourceUids; ///< The messages done, in the order asked
        QVector<quint32> targetUids; ///< Their UIDs in the target folder, in the same order
        protocols::Error error;      ///< Why it stopped early, if it did
    };
    /// Moves (or copies) messages between two folders of the account. A moved file keeps its name.
    Transfer transfer(const QString &accountId, const QString &from, const QVector<quint32> &uids,
                      const QString &to, bool copy);

    /// Saves a whole message into a folder of the account (a sent copy, a draft: what IMAP does
    /// with APPEND), with Maildir flag letters ("S" for read); the folder is created if missing.
    /// Returns the new message's UID in the cache (0 if only the file could be written), or 0
    /// with *error when the disk refused.
    quint32 append(const QString &accountId, const QString &folder, const QByteArray &message,
                   const QString &flags, protocols::Error *error);

    /// Reads a message file on a worker thread and calls `done` on this thread, unless `context`
    /// is gone by then.
    void readMessage(const QString &accountId, const QString &folder, quint32 uid, QObject *context,
                     std::function<void(const QByteArray &bytes, const protocols::Error &error)> done);

    /// The length of a "minute" of Pop3Options::checkIntervalMinutes, in milliseconds; for tests.
    void setMinuteLength(int milliseconds);

Q_SIGNALS:
    /// Part of a folder (complete false) or all of it is in the cache: views reload.
    void folderIndexed(const QString &accountId, const QString &folder, qint64 folderId, bool complete);
    /// The counts of a local folder changed (after a scan, a flag change, a move).
    void countsChanged(const QString &accountId, const QByteArray &rawName, int total, int unread);
    void fetchStarted(const QString &accountId);
    /// A fetch ended: `fetched` messages are safely on disk (and indexed), even if `error` says
    /// it stopped early.
    void fetchFinished(const QString &accountId, int fetched, const protocols::Error &error);
    /// New mail arrived in the account's INBOX: `count` messages, the newest from `newestFrom`
    /// (its name, or its address: NewMailWatcher::senderName()) about `newestSubject` (decoded).
    /// Same arguments as NewMailWatcher::newMail(), so it connects to
    /// NewMailWatcher::reportNewMail() for the notifier.
    void newMail(const QString &accountId, int count, const QString &newestFrom,
                 const QString &newestSubject);
    /// Something failed outside a job (a disk error while opening a store): a sentence.
    void problem(const QString &sentence);

private:
    struct AccountTimer {
        QTimer *timer = nullptr;
        int minutes = 0;
    };
    void reloadAccounts();
    void fetched(const QString &accountId, const QStringList &storedIds, const protocols::Error &error);
    void announceCounts(const QString &accountId, const QString &folder);
    [[nodiscard]] bool account(const QString &accountId, Account *out) const;

    MailSession &m_session;
    LocalIndexer *m_indexer;
    QHash<qint64, QPair<QString, QString>> m_folderOf; ///< cache folder id → (account, folder)
    QHash<QString, AccountTimer> m_timers;
    QSet<QString> m_fetching;
    QSet<QString> m_prepared; ///< accounts whose store and standard folders exist
    int m_minute = 60 * 1000;
};

} // namespace postier::models
