#pragma once

// Internal to models/cache: the state behind HeaderCache, shared by the files that implement it
// (HeaderCache.cpp, HeaderCacheStore.cpp, HeaderCacheQuery.cpp, LocalIndex.cpp). Not part of any
// public interface.

#include "models/cache/HeaderCache.h"

#include <QHash>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

#include <memory>

namespace postier::models {

namespace cachedetail {

// A message's rowid packs (folder id, UID). "All messages of a folder" is then a rowid range, so no
// (folder_id, uid) index has to be updated on every insert, and the full-text row of a message has
// the same id without a lookup.
inline qint64 messageKey(qint64 folderId, quint32 uid)
{
    return (folderId << 32) | qint64(uid);
}
inline qint64 firstKey(qint64 folderId)
{
    return folderId << 32;
}
inline qint64 lastKey(qint64 folderId)
{
    return (folderId << 32) | qint64(0xffffffff);
}

inline int sqliteCode(const QSqlError &error)
{
    bool ok = false;
    const int code = error.nativeErrorCode().toInt(&ok);
    return ok ? (code & 0xff) : 0; // primary code, in case extended codes are on
}

/// Schema step 2 → 3: the map between the UIDs of local (Maildir) folders and their files.
QStringList localIndexSchema();

} // namespace cachedetail

class HeaderCachePrivate
{
public:
    enum class OpenResult { Opened, Unusable, Failed };

    QString m_path;
    QString m_connectionName;
    QSqlDatabase m_db;
    QString m_lastError;
    QString m_journalMode;
    bool m_fullTextSearch = false;
    QHash<QString, qint64> m_accountIds;
    // Reused across batches; destroyed before the connection closes.
    std::unique_ptr<QSqlQuery> m_upsertMessage;
    std::unique_ptr<QSqlQuery> m_upsertIndex;

    OpenResult openOnce(QString *reason);
    OpenResult classify(const QSqlError &error, const QString &sentence, QString *reason) const;
    bool migrate(QSqlError *error);
    OpenResult ensureFullTextIndex(QString *reason);
    bool fullTextSearchAvailable();
    bool backfillFullTextIndex(QSqlError *error);
    bool moveAside(QString *movedTo, QString *why);
    void closeConnection();

    [[nodiscard]] QSqlQuery query() const
    {
        QSqlQuery q(m_db);
        q.setForwardOnly(true);
        return q;
    }
    QSqlQuery *prepared(std::unique_ptr<QSqlQuery> &slot, const QString &sql, QSqlError *error);
    bool exec(QSqlQuery &q, const QString &sql, QSqlError *error);

    bool checkOpen();
    bool checkFolder(qint64 folderId);
    void fail(const QString &sentence, const QSqlError &error = {});
    qint64 accountId(const QString &accountKey, QSqlError *error);
    qint64 upsertFolder(qint64 accountId, const protocols::FolderInfo &folder, QSqlError *error);
    bool indexHeader(qint64 key, const protocols::HeaderRecord &record, QSqlError *error);
    /// Inserts or replaces one message row (keeping its bodies) and its search entry, inside the
    /// caller's transaction.
    bool upsertHeader(qint64 folderId, const protocols::HeaderRecord &record, QSqlError *error);
};

/// BEGIN IMMEDIATE takes the write lock up front: with several connections in WAL mode a deferred
/// transaction that later writes can fail with SQLITE_BUSY instead of waiting.
class WriteTransaction
{
public:
    explicit WriteTransaction(const QSqlDatabase &db) : m_db(db) { }
    ~WriteTransaction()
    {
        if (m_active) {
            QSqlQuery rollback(m_db);
            rollback.exec(QStringLiteral("ROLLBACK"));
        }
    }
    bool begin(QSqlError *error)
    {
        QSqlQuery q(m_db);
        if (!q.exec(QStringLiteral("BEGIN IMMEDIATE"))) {
            *error = q.lastError();
            return false;
        }
        m_active = true;
        return true;
    }
    bool commit(QSqlError *error)
    {
        QSqlQuery q(m_db);
        if (!q.exec(QStringLiteral("COMMIT"))) {
            *error = q.lastError();
            return false;
        }
        m_active = false;
        return true;
    }

private:
    QSqlDatabase m_db;
    bool m_active = false;
};


} // namespace postier::models
