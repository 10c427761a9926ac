#pragma once

#include "models/cache/FolderState.h"
#include "protocols/imap/FolderInfo.h"
#include "protocols/imap/HeaderRecord.h"
#include "protocols/imap/MessageFlags.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QPair>
#include <QString>
#include <QStringList>
#include <QVector>

#include <memory>
#include <optional>

namespace postier::models {

class HeaderCachePrivate;

/// The offline cache: folders, message headers and opened bodies of every account, in one SQLite
/// file in WAL mode, so the folder and message lists show at once and work offline. It is only a
/// cache: every byte in it can be fetched again, so a file that cannot be read (damaged, written by
/// a newer Postier, made without FTS5 support) is renamed `<path>.corrupt-<UTC time>` and a new one
/// is created, and open() says so in a sentence. Accounts are keyed by a string such as
/// "imaps://alice@127.0.0.1:993", folders by (account key, raw name), messages by (folder id, UID).
/// Header fields are stored as the raw bytes the server sent; the full-text index holds their
/// decoded text (see decodedHeaderText()). Writes of a batch are one transaction, so a crash leaves
/// either all of a batch or none of it, and the sync markers (UIDVALIDITY, HIGHESTMODSEQ, UIDNEXT)
/// only describe headers that are really stored if callers set them after storing those headers.
///
/// Threads: an instance belongs to the thread that created it (QSqlDatabase connections cannot
/// move); create, use and destroy it there. Any number of instances, one per thread, may open the
/// same file: WAL lets readers run while one writer writes, and a busy writer waits up to 5 s.
///
/// Errors: a method that fails returns false, an empty result or std::nullopt, logs to
/// `postier.models.cache`, and leaves a sentence for people in lastError(). A successful call does
/// not clear lastError(). A read that finds the file damaged marks it so that the next open()
/// rebuilds it.
class HeaderCache
{
    Q_DECLARE_TR_FUNCTIONS(postier::models::HeaderCache)

public:
    enum class Order { UidAscending, UidDescending, DateAscending, DateDescending };

    /// The schema version written to `PRAGMA user_version`.
    static constexpr int SchemaVersion = 3;

    /// Nothing is opened yet; `path` is the database file, whose directory is created if needed.
    explicit HeaderCache(const QString &path);
    ~HeaderCache();
    HeaderCache(const HeaderCache &) = delete;
    HeaderCache &operator=(const HeaderCache &) = delete;

    /// Opens or creates the cache and brings its schema up to date. Returns false with a sentence
    /// in `*error` if the cache cannot be used. Returns true when it can, and then `*error` is
    /// empty, or holds a sentence worth showing once: that a damaged cache was moved aside.
    bool open(QString *error = nullptr);
    void close();
    [[nodiscard]] bool isOpen() const;
    [[nodiscard]] QString path() const;
    [[nodiscard]] QString lastError() const;
    /// "wal" once open, unless the file system refused it (lastError() then says so).
    [[nodiscard]] QString journalMode() const;
    /// False when SQLite lacks FTS5: search() then scans with LIKE, slower, and matches only
    /// undecoded ASCII text. The environment variable POSTIER_CACHE_NO_FTS=1 forces this mode
    /// (for diagnosis; a cache that has an index is then rebuilt without one).
    [[nodiscard]] bool hasFullTextSearch() const;

    // Folders --------------------------------------------------------------------------------

    /// The id of the folder, creating the account and folder rows if needed and updating the
    /// folder's path, separator, attributes and special use. 0 on failure.
    [[nodiscard]] qint64 folderId(const QString &accountKey, const protocols::FolderInfo &folder);
    /// Makes the account's folders exactly `folders`, in one transaction: new ones are added, known
    /// ones updated, and folders no longer listed are removed with their messages and bodies.
    bool storeFolderList(const QString &accountKey, const protocols::FolderList &folders);
    /// The account's folders as last stored, sorted by path.
    [[nodiscard]] protocols::FolderList folderList(const QString &accountKey) const;
    /// Invalid (folderId 0) if the folder is unknown.
    [[nodiscard]] FolderState folderState(qint64 folderId) const;

    /// Compares `uidValidity` with the stored value and, if they differ (a folder never synced has
    /// 0), deletes the folder's messages and bodies, stores the new value, sets HIGHESTMODSEQ and
    /// UIDNEXT to 0, and returns true: the caller must fetch everything again. If the reset fails
    /// it returns true too (a full fetch is the safe reaction), lastError() says why, and the old
    /// UIDVALIDITY stays so the next call tries again.
    bool resetIfUidValidityChanged(qint64 folderId, quint32 uidValidity);
    /// Call when a sync of the folder has completed: records MESSAGES, UNSEEN and UIDNEXT, and
    /// HIGHESTMODSEQ unless it is 0, and stamps the sync time. UIDVALIDITY is not taken from it.
    bool storeFolderStatus(qint64 folderId, const protocols::FolderStatus &status);
    bool setHighestModSeq(qint64 folderId, quint64 highestModSeq);

    // Messages -------------------------------------------------------------------------------

    /// Inserts the headers, or replaces those whose UID is already stored (keeping their bodies),
    /// and indexes them for search: one transaction and reused prepared statements, nothing kept
    /// after it returns. Meant for batches of thousands.
    bool storeHeaders(qint64 folderId, const protocols::HeaderBatch &batch);
    /// Sets the flags of known UIDs (unknown ones are skipped) and, unless `highestModSeq` is 0,
    /// the folder's HIGHESTMODSEQ, in one transaction.
    bool updateFlags(qint64 folderId, const QVector<QPair<quint32, protocols::MessageFlags>> &flags,
                     quint64 highestModSeq);
    /// Deletes the messages (EXPUNGE, VANISHED) with their bodies and index entries.
    bool removeUids(qint64 folderId, const QVector<quint32> &uids);
    /// Ascending.
    [[nodiscard]] QVector<quint32> uids(qint64 folderId) const;
    [[nodiscard]] int messageCount(qint64 folderId) const;
    [[nodiscard]] std::optional<protocols::HeaderRecord> header(qint64 folderId, quint32 uid) const;
    /// One page for a lazy list model. Equal dates are ordered by UID in the same direction.
    [[nodiscard]] QVector<protocols::HeaderRecord> headers(qint64 folderId, int offset, int limit,
                                                           Order order) const;

    /// The few bytes per message a list view needs for every row at once (the rest of a row is
    /// read page by page with headers()), in the same order as headers(..., order).
    struct IndexEntry {
        quint32 uid = 0;
        quint8 flags = 0;
        qint64 internalDate = 0;
    };
    [[nodiscard]] QVector<IndexEntry> messageIndex(qint64 folderId, Order order) const;
    /// The headers of these UIDs, in the order given; a UID not in the cache gives a record with
    /// uid 0. For pages of a list whose order comes from messageIndex().
    [[nodiscard]] QVector<protocols::HeaderRecord> headersByUid(qint64 folderId, const QVector<quint32> &uids) const;

    /// What threading needs of every message of a folder at once, without its text: 64-bit hashes
    /// of message ids, each taken between its angle brackets with white space removed
    /// (an unbracketed id containing '@' is taken as it is), 0 when absent. In the same order as
    /// messageIndex(folderId, order); 40 bytes a message.
    struct ThreadKeys {
        quint32 uid = 0;
        quint64 messageId = 0;      ///< the Message-ID
        quint64 inReplyTo = 0;      ///< the first id of In-Reply-To
        quint64 lastReference = 0;  ///< the last id of References: the parent, by RFC 5322
        quint64 firstReference = 0; ///< the first id of References: the thread's root
    };
    [[nodiscard]] QVector<ThreadKeys> threadKeys(qint64 folderId, Order order) const;

    // Bodies ---------------------------------------------------------------------------------

    /// Stores (or replaces) a fetched body part; `section` is the IMAP section ("", "TEXT",
    /// "1.2"...). Fails if the message header is not stored.
    bool storeBody(qint64 folderId, quint32 uid, const QByteArray &section, const QByteArray &data);
    [[nodiscard]] std::optional<QByteArray> body(qint64 folderId, quint32 uid,
                                                 const QByteArray &section) const;

    // Search ---------------------------------------------------------------------------------

    /// Messages of any folder whose subject, From, To or Cc contain words starting with every term
    /// of `text` (see searchTerms(): no query syntax, anything typed is safe), newest first.
    [[nodiscard]] QVector<QPair<qint64, quint32>> search(const QString &text, int limit) const;
    /// Up to `limit` distinct people from the From, To and Cc of cached messages, newest message
    /// first, as decoded "Name <addr>" (or "addr"), whose name, a word of it, or address starts
    /// with `prefix` (case-insensitive), for address completion. Addresses compare
    /// case-insensitively; the newest form wins.
    [[nodiscard]] QStringList knownAddresses(const QString &prefix, int limit) const;

    // Local folders (LocalIndex.cpp) ---------------------------------------------------------
    //
    // A local (Maildir) folder has no UIDs of its own: the cache gives each message file one
    // (from the folder's UIDNEXT, never reused) and keeps the map between them, so the message
    // list, search and threading work on local folders as on IMAP ones. The files are the truth:
    // a deleted cache loses nothing, the next scan assigns new UIDs.

    /// One message file of a local folder as the cache knows it.
    struct LocalEntry {
        quint32 uid = 0;
        QString maildirId;  ///< MaildirMessage::id: the stable base name of the file
        QString fileName;   ///< Where it was last seen: MaildirStore::relativePath()
        quint8 flags = 0;   ///< protocols::MessageFlag bits, as its file name says
    };
    /// A message file to add: the header is read from the file (HeaderRecord::uid is ignored).
    struct LocalAddition {
        QString maildirId;
        QString fileName;
        protocols::HeaderRecord header;
    };
    /// The map of a local folder, in UID order.
    [[nodiscard]] QVector<LocalEntry> localEntries(qint64 folderId) const;
    [[nodiscard]] std::optional<LocalEntry> localEntry(qint64 folderId, quint32 uid) const;
    /// Gives each addition the next UID of the folder and stores its header and map entry, in one
    /// transaction. An addition whose maildir id the folder already has is skipped (its UID is
    /// returned instead), so a scan and a move that both saw a file cannot list it twice. Returns
    /// the UIDs in the order given, or an empty vector on failure.
    [[nodiscard]] QVector<quint32> addLocalMessages(qint64 folderId,
                                                    const QVector<LocalAddition> &additions);
    /// Records where files are now and the flags their names carry (after a flag change by
    /// Postier or by another program), in one transaction; unknown UIDs are skipped.
    bool updateLocalFiles(qint64 folderId, const QVector<LocalEntry> &entries);
    /// Messages and unread (no \Seen) messages of a folder, from the cache.
    [[nodiscard]] QPair<int, int> messageCounts(qint64 folderId) const;

private:
    std::unique_ptr<HeaderCachePrivate> d;
};

} // namespace postier::models
