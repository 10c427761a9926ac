#include "models/cache/HeaderCache.h"

#include "models/cache/HeaderCachePrivate.h"
#include "models/cache/SearchText.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QLoggingCategory>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QtEndian>

#include <algorithm>
#include <atomic>
#include <cstring>

Q_LOGGING_CATEGORY(lcHeaderCache, "postier.models.cache")

namespace postier::models {

namespace {

constexpr int SqliteCorrupt = 11;
constexpr int SqliteCantOpen = 14;
constexpr int SqliteConstraint = 19;
constexpr int SqliteNotADatabase = 26;
constexpr qint64 MaxFolderId = 0x7fffffff;

std::atomic<quint64> s_connectionCounter{0};

using cachedetail::firstKey;
using cachedetail::lastKey;
using cachedetail::messageKey;
using cachedetail::sqliteCode;
using cachedetail::localIndexSchema;

bool isUidOrder(HeaderCache::Order order)
{
    return order == HeaderCache::Order::UidAscending || order == HeaderCache::Order::UidDescending;
}

// "SELECT <columns> FROM messages WHERE <this folder> ORDER BY <order>": by UID the folder is a
// range of the primary key; by date it is the covering index (folder_id, internal_date, ...).
QString orderedSelect(const QString &columns, HeaderCache::Order order)
{
    QString sql = QStringLiteral("SELECT ") + columns + QStringLiteral(" FROM messages ");
    sql += isUidOrder(order) ? QStringLiteral("WHERE id BETWEEN ? AND ? ") : QStringLiteral("WHERE folder_id = ? ");
    switch (order) {
    case HeaderCache::Order::UidAscending: return sql + QStringLiteral("ORDER BY id ASC");
    case HeaderCache::Order::UidDescending: return sql + QStringLiteral("ORDER BY id DESC");
    case HeaderCache::Order::DateAscending: return sql + QStringLiteral("ORDER BY internal_date ASC, id ASC");
    case HeaderCache::Order::DateDescending: return sql + QStringLiteral("ORDER BY internal_date DESC, id DESC");
    }
    return sql;
}

// The values for orderedSelect()'s WHERE clause.
void bindFolder(QSqlQuery &q, qint64 folderId, HeaderCache::Order order)
{
    if (isUidOrder(order)) {
        q.addBindValue(firstKey(folderId));
        q.addBindValue(lastKey(folderId));
    } else {
        q.addBindValue(folderId);
    }
}

bool isDamage(const QSqlError &error)
{
    const int code = sqliteCode(error);
    return code == SqliteCorrupt || code == SqliteNotADatabase;
}

QString sqliteText(const QSqlError &error)
{
    const QString text = error.databaseText().isEmpty() ? error.driverText() : error.databaseText();
    return text.isEmpty() ? error.text() : text;
}

QString markerPath(const QString &path)
{
    return path + QStringLiteral(".damaged");
}

QByteArrayList splitKeywords(const QByteArray &joined)
{
    QByteArrayList keywords;
    for (const QByteArray &keyword : joined.split(' ')) {
        if (!keyword.isEmpty())
            keywords.append(keyword);
    }
    return keywords;
}

QStringList schemaVersion1()
{
    return {
        QStringLiteral("CREATE TABLE accounts ("
                       " id INTEGER PRIMARY KEY,"
                       " account_key TEXT NOT NULL UNIQUE)"),
        QStringLiteral("CREATE TABLE folders ("
                       " id INTEGER PRIMARY KEY,"
                       " account_id INTEGER NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,"
                       " raw_name BLOB NOT NULL,"
                       " path TEXT NOT NULL,"
                       " separator TEXT,"
                       " attributes INTEGER NOT NULL DEFAULT 0,"
                       " special_use INTEGER NOT NULL DEFAULT 0,"
                       " uidvalidity INTEGER NOT NULL DEFAULT 0,"
                       " highestmodseq INTEGER NOT NULL DEFAULT 0,"
                       " uidnext INTEGER NOT NULL DEFAULT 0,"
                       " messages INTEGER NOT NULL DEFAULT 0,"
                       " unseen INTEGER NOT NULL DEFAULT 0,"
                       " last_sync INTEGER,"
                       " UNIQUE (account_id, raw_name))"),
        // id = (folder_id << 32) | uid, see messageKey().
        QStringLiteral("CREATE TABLE messages ("
                       " id INTEGER PRIMARY KEY,"
                       " folder_id INTEGER NOT NULL REFERENCES folders(id) ON DELETE CASCADE,"
                       " uid INTEGER NOT NULL,"
                       " size INTEGER NOT NULL,"
                       " internal_date INTEGER NOT NULL,"
                       " modseq INTEGER NOT NULL,"
                       " flags INTEGER NOT NULL,"
                       " keywords BLOB,"
                       " date BLOB,"
                       " subject BLOB,"
                       " from_addr BLOB,"
                       " to_addr BLOB,"
                       " cc_addr BLOB,"
                       " message_id BLOB,"
                       " in_reply_to BLOB,"
                       " \"references\" BLOB)"),
        // Also serves the folder_id foreign key (cascading deletes) and, through the implicit
        // trailing rowid, ORDER BY internal_date, id.
        QStringLiteral("CREATE INDEX messages_by_date ON messages (folder_id, internal_date)"),
        QStringLiteral("CREATE TABLE bodies ("
                       " message INTEGER NOT NULL REFERENCES messages(id) ON DELETE CASCADE,"
                       " section TEXT NOT NULL,"
                       " data BLOB NOT NULL,"
                       " stored_at INTEGER NOT NULL,"
                       " PRIMARY KEY (message, section))"),
    };
}

const QString MessageColumns = QStringLiteral(
    "uid, size, internal_date, modseq, flags, keywords, date, subject, from_addr, to_addr, cc_addr,"
    " message_id, in_reply_to, \"references\"");

protocols::HeaderRecord readRecord(const QSqlQuery &query)
{
    protocols::HeaderRecord record;
    record.uid = quint32(query.value(0).toLongLong());
    record.size = quint32(query.value(1).toLongLong());
    record.internalDate = query.value(2).toLongLong();
    record.modseq = quint64(query.value(3).toLongLong());
    record.flags.bits = quint8(query.value(4).toInt());
    record.flags.keywords = splitKeywords(query.value(5).toByteArray());
    record.date = query.value(6).toByteArray();
    record.subject = query.value(7).toByteArray();
    record.from = query.value(8).toByteArray();
    record.to = query.value(9).toByteArray();
    record.cc = query.value(10).toByteArray();
    record.messageId = query.value(11).toByteArray();
    record.inReplyTo = query.value(12).toByteArray();
    record.references = query.value(13).toByteArray();
    return record;
}

} // namespace

// ---- HeaderCachePrivate ------------------------------------------------------------------------

void HeaderCachePrivate::fail(const QString &sentence, const QSqlError &error)
{
    QString text = sentence;
    if (error.isValid() && error.type() != QSqlError::NoError)
        text += QLatin1Char(' ') + HeaderCache::tr("SQLite said: “%1”.").arg(sqliteText(error));
    if (isDamage(error)) {
        QFile marker(markerPath(m_path));
        if (marker.open(QIODevice::WriteOnly))
            marker.write("damaged\n");
        text += QLatin1Char(' ')
            + HeaderCache::tr("The cache file is damaged; Postier will rebuild it the next time it "
                              "opens it, and nothing will be lost.");
    }
    m_lastError = text;
    qCWarning(lcHeaderCache).noquote() << text;
}

bool HeaderCachePrivate::checkOpen()
{
    if (m_db.isOpen())
        return true;
    fail(HeaderCache::tr("The offline cache %1 is not open.").arg(m_path));
    return false;
}

bool HeaderCachePrivate::checkFolder(qint64 folderId)
{
    if (!checkOpen())
        return false;
    if (folderId > 0 && folderId <= MaxFolderId)
        return true;
    fail(HeaderCache::tr("The offline cache %1 has no folder with the id %2.")
             .arg(m_path, QString::number(folderId)));
    return false;
}

bool HeaderCachePrivate::exec(QSqlQuery &q, const QString &sql, QSqlError *error)
{
    if (q.exec(sql))
        return true;
    *error = q.lastError();
    return false;
}

QSqlQuery *HeaderCachePrivate::prepared(std::unique_ptr<QSqlQuery> &slot, const QString &sql,
                                        QSqlError *error)
{
    if (!slot) {
        auto q = std::make_unique<QSqlQuery>(m_db);
        if (!q->prepare(sql)) {
            *error = q->lastError();
            return nullptr;
        }
        slot = std::move(q);
    }
    return slot.get();
}

HeaderCachePrivate::OpenResult HeaderCachePrivate::classify(const QSqlError &error,
                                                            const QString &sentence,
                                                            QString *reason) const
{
    if (isDamage(error)) {
        *reason = HeaderCache::tr("SQLite reported “%1”").arg(sqliteText(error));
        return OpenResult::Unusable;
    }
    *reason = sentence + QLatin1Char(' ')
        + HeaderCache::tr("SQLite said: “%1”.").arg(sqliteText(error));
    return OpenResult::Failed;
}

HeaderCachePrivate::OpenResult HeaderCachePrivate::openOnce(QString *reason)
{
    if (QFileInfo::exists(markerPath(m_path))) {
        *reason = HeaderCache::tr("an earlier read found it damaged");
        return OpenResult::Unusable;
    }
    const QFileInfo info(m_path);
    if (!QDir().mkpath(info.absolutePath())) {
        *reason = HeaderCache::tr("Could not create the folder %1 for the offline cache. Check "
                                  "that it is on a writable disk.")
                      .arg(info.absolutePath());
        return OpenResult::Failed;
    }
    if (info.exists() && !info.isFile()) {
        *reason = HeaderCache::tr("it is not a file");
        return OpenResult::Unusable;
    }

    m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
    if (!m_db.isValid()) {
        *reason = HeaderCache::tr("Qt's SQLite driver (QSQLITE) is not installed, so the offline "
                                  "cache cannot be opened. Install the Qt 6 SQLite plugin "
                                  "(libqt6sql6-sqlite on Debian).");
        return OpenResult::Failed;
    }
    m_db.setDatabaseName(m_path);
    m_db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
    const QString cannotOpen = HeaderCache::tr("Could not open the offline cache %1.").arg(m_path);
    if (!m_db.open()) {
        const QSqlError error = m_db.lastError();
        if (info.exists() && sqliteCode(error) == SqliteCantOpen) {
            *reason = HeaderCache::tr("SQLite reported “%1”").arg(sqliteText(error));
            return OpenResult::Unusable;
        }
        return classify(error, cannotOpen, reason);
    }

    // The first statement reads the file header: this is where a file that is not a database
    // shows up (SQLITE_NOTADB).
    QSqlQuery q = query();
    QSqlError error;
    if (!exec(q, QStringLiteral("PRAGMA journal_mode = WAL"), &error) || !q.next())
        return classify(error.isValid() ? error : q.lastError(), cannotOpen, reason);
    m_journalMode = q.value(0).toString().toLower();
    q.finish();
    if (m_journalMode != QLatin1String("wal")) {
        fail(HeaderCache::tr("The offline cache %1 could not switch to write-ahead logging (the "
                             "file system may not support it); it will work, but more slowly.")
                 .arg(m_path));
    }
    const QStringList pragmas = {
        QStringLiteral("PRAGMA synchronous = NORMAL"), // with WAL: durable except on power loss
        QStringLiteral("PRAGMA foreign_keys = ON"),
        QStringLiteral("PRAGMA temp_store = MEMORY"),
        QStringLiteral("PRAGMA cache_size = -16384"), // 16 MiB: bulk inserts touch many index pages
        QStringLiteral("PRAGMA journal_size_limit = 33554432"), // shrink the WAL after big syncs
    };
    for (const QString &pragma : pragmas) {
        if (!exec(q, pragma, &error))
            return classify(error, cannotOpen, reason);
    }

    if (!exec(q, QStringLiteral("PRAGMA user_version"), &error) || !q.next())
        return classify(error.isValid() ? error : q.lastError(), cannotOpen, reason);
    const int version = q.value(0).toInt();
    q.finish();
    if (version > HeaderCache::SchemaVersion) {
        *reason = HeaderCache::tr("it was written by a newer version of Postier (schema %1; this "
                                  "version knows %2)")
                      .arg(version)
                      .arg(HeaderCache::SchemaVersion);
        return OpenResult::Unusable;
    }
    if (version < HeaderCache::SchemaVersion && !migrate(&error)) {
        const QString sentence =
            HeaderCache::tr("Could not update the offline cache %1 to the current format.")
                .arg(m_path);
        return classify(error, sentence, reason);
    }
    return ensureFullTextIndex(reason);
}

bool HeaderCachePrivate::migrate(QSqlError *error)
{
    // One transaction per step, and the version is read again under the write lock: another
    // connection may have migrated the file since we looked.
    for (;;) {
        WriteTransaction transaction(m_db);
        if (!transaction.begin(error))
            return false;
        QSqlQuery q = query();
        if (!exec(q, QStringLiteral("PRAGMA user_version"), error) || !q.next()) {
            if (!error->isValid())
                *error = q.lastError();
            return false;
        }
        const int version = q.value(0).toInt();
        q.finish();
        if (version >= HeaderCache::SchemaVersion)
            return transaction.commit(error);

        QStringList statements;
        switch (version) {
        case 0:
            statements = schemaVersion1();
            break;
        case 1:
            // A covering index for the message list: its compact index (UID, flags, date) is
            // read from the index alone, without visiting 100k table rows.
            statements = {QStringLiteral("CREATE INDEX messages_list ON messages (folder_id, internal_date, uid, flags)"),
                          QStringLiteral("DROP INDEX messages_by_date")};
            break;
        case 2:
            statements = localIndexSchema();
            break;
        default:
            break;
        }
        statements.append(QStringLiteral("PRAGMA user_version = %1").arg(version + 1));
        for (const QString &statement : std::as_const(statements)) {
            if (!exec(q, statement, error))
                return false;
        }
        if (!transaction.commit(error))
            return false;
    }
}

bool HeaderCachePrivate::fullTextSearchAvailable()
{
    if (qEnvironmentVariableIntValue("POSTIER_CACHE_NO_FTS") == 1)
        return false;
    QSqlQuery q = query();
    if (!q.exec(QStringLiteral("CREATE VIRTUAL TABLE temp.postier_fts5_probe USING fts5(x)")))
        return false;
    q.exec(QStringLiteral("DROP TABLE temp.postier_fts5_probe"));
    return true;
}

HeaderCachePrivate::OpenResult HeaderCachePrivate::ensureFullTextIndex(QString *reason)
{
    const bool available = fullTextSearchAvailable();
    const QString failed =
        HeaderCache::tr("Could not set up the search index of the offline cache %1.").arg(m_path);
    QSqlError error;
    const auto indexExists = [this, &error](bool *exists) {
        QSqlQuery q = query();
        const QString sql =
            QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name = 'messages_fts'");
        if (!exec(q, sql, &error) || !q.next()) {
            if (!error.isValid())
                error = q.lastError();
            return false;
        }
        *exists = q.value(0).toInt() > 0;
        return true;
    };
    bool exists = false;
    if (!indexExists(&exists))
        return classify(error, failed, reason);
    if (exists && !available) {
        // Its delete trigger would make every deletion fail without the FTS5 module.
        *reason = HeaderCache::tr("it has a search index, but this SQLite library has no full-text "
                                  "search (FTS5)");
        return OpenResult::Unusable;
    }
    if (!exists && available) {
        WriteTransaction transaction(m_db);
        if (!transaction.begin(&error) || !indexExists(&exists)) // another connection may have
            return classify(error, failed, reason);            // created it since we looked
        if (!exists) {
            // The index holds decoded text (decodedHeaderText()), which SQL cannot compute, so it
            // has its own content and is filled from C++ in the transaction that stores the
            // headers. Inserting through a trigger would also be about twice as slow: FTS5 flushes
            // its pending terms at every statement savepoint. Deletions do go through a trigger,
            // which also covers cascades from folders. columnsize=0: no ranking, results are
            // sorted by date.
            const QStringList statements = {
                QStringLiteral("CREATE VIRTUAL TABLE messages_fts USING fts5("
                               "subject, from_addr, to_addr, cc_addr,"
                               " tokenize = 'unicode61 remove_diacritics 2', columnsize = 0)"),
                QStringLiteral("CREATE TRIGGER messages_fts_delete AFTER DELETE ON messages BEGIN"
                               " DELETE FROM messages_fts WHERE rowid = old.id; END"),
            };
            QSqlQuery q = query();
            for (const QString &statement : statements) {
                if (!exec(q, statement, &error))
                    return classify(error, failed, reason);
            }
            if (!backfillFullTextIndex(&error))
                return classify(error, failed, reason);
        }
        if (!transaction.commit(&error))
            return classify(error, failed, reason);
    }
    m_fullTextSearch = available;
    if (!available) {
        qCInfo(lcHeaderCache).noquote()
            << "SQLite has no FTS5 module (or POSTIER_CACHE_NO_FTS=1): search in" << m_path
            << "falls back to LIKE.";
    }
    return OpenResult::Opened;
}

bool HeaderCachePrivate::backfillFullTextIndex(QSqlError *error)
{
    // Only for a cache created without FTS5 and now opened with it.
    QSqlQuery rows = query();
    if (!exec(rows,
              QStringLiteral("SELECT id, subject, from_addr, to_addr, cc_addr FROM messages"),
              error))
        return false;
    protocols::HeaderRecord record;
    while (rows.next()) {
        record.subject = rows.value(1).toByteArray();
        record.from = rows.value(2).toByteArray();
        record.to = rows.value(3).toByteArray();
        record.cc = rows.value(4).toByteArray();
        if (!indexHeader(rows.value(0).toLongLong(), record, error))
            return false;
    }
    if (rows.lastError().isValid() && rows.lastError().type() != QSqlError::NoError) {
        *error = rows.lastError();
        return false;
    }
    return true;
}

bool HeaderCachePrivate::indexHeader(qint64 key, const protocols::HeaderRecord &record,
                                     QSqlError *error)
{
    // OR REPLACE: a header stored again (same UID) must not leave its old words searchable.
    QSqlQuery *q = prepared(m_upsertIndex,
                            QStringLiteral("INSERT OR REPLACE INTO messages_fts"
                                           " (rowid, subject, from_addr, to_addr, cc_addr)"
                                           " VALUES (?, ?, ?, ?, ?)"),
                            error);
    if (!q)
        return false;
    q->bindValue(0, key);
    // Bound as UTF-8 BLOBs, which FTS5 tokenizes as text: no UTF-16 round trip through QString.
    q->bindValue(1, searchableHeaderText(record.subject));
    q->bindValue(2, searchableHeaderText(record.from));
    q->bindValue(3, searchableHeaderText(record.to));
    q->bindValue(4, searchableHeaderText(record.cc));
    if (!q->exec()) {
        *error = q->lastError();
        return false;
    }
    return true;
}

bool HeaderCachePrivate::upsertHeader(qint64 folderId, const protocols::HeaderRecord &record,
                                      QSqlError *error)
{
    // An upsert, not INSERT OR REPLACE: REPLACE deletes the row first, which would cascade to the
    // message's stored bodies.
    QSqlQuery *q = prepared(
        m_upsertMessage,
        QStringLiteral(
            "INSERT INTO messages (id, folder_id, uid, size, internal_date, modseq, flags,"
            " keywords, date, subject, from_addr, to_addr, cc_addr, message_id, in_reply_to,"
            " \"references\")"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
            " ON CONFLICT (id) DO UPDATE SET size = excluded.size,"
            " internal_date = excluded.internal_date, modseq = excluded.modseq,"
            " flags = excluded.flags, keywords = excluded.keywords, date = excluded.date,"
            " subject = excluded.subject, from_addr = excluded.from_addr,"
            " to_addr = excluded.to_addr, cc_addr = excluded.cc_addr,"
            " message_id = excluded.message_id, in_reply_to = excluded.in_reply_to,"
            " \"references\" = excluded.\"references\""),
        error);
    if (!q)
        return false;
    const qint64 key = messageKey(folderId, record.uid);
    q->bindValue(0, key);
    q->bindValue(1, folderId);
    q->bindValue(2, qint64(record.uid));
    q->bindValue(3, qint64(record.size));
    q->bindValue(4, record.internalDate);
    q->bindValue(5, qint64(record.modseq));
    q->bindValue(6, int(record.flags.bits));
    q->bindValue(7, record.flags.keywords.isEmpty() ? QByteArray()
                                                    : record.flags.keywords.join(' '));
    q->bindValue(8, record.date);
    q->bindValue(9, record.subject);
    q->bindValue(10, record.from);
    q->bindValue(11, record.to);
    q->bindValue(12, record.cc);
    q->bindValue(13, record.messageId);
    q->bindValue(14, record.inReplyTo);
    q->bindValue(15, record.references);
    if (!q->exec()) {
        *error = q->lastError();
        return false;
    }
    return !m_fullTextSearch || indexHeader(key, record, error);
}

bool HeaderCachePrivate::moveAside(QString *movedTo, QString *why)
{
    const QString base = m_path + QStringLiteral(".corrupt-")
        + QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd-HHmmss"));
    QString target = base;
    for (int n = 2; QFileInfo::exists(target); ++n)
        target = base + QLatin1Char('-') + QString::number(n);

    // The WAL and shared-memory files go with it: replayed into a new database they would
    // corrupt it.
    const QStringList suffixes = {QString(), QStringLiteral("-wal"), QStringLiteral("-shm"),
                                  QStringLiteral("-journal")};
    for (const QString &suffix : suffixes) {
        QFile file(m_path + suffix);
        if (!file.exists())
            continue;
        if (!file.rename(target + suffix) && !file.remove()) {
            *why = file.errorString();
            return false;
        }
    }
    QFile::remove(markerPath(m_path));
    *movedTo = target;
    return true;
}

void HeaderCachePrivate::closeConnection()
{
    m_upsertMessage.reset();
    m_upsertIndex.reset();
    m_accountIds.clear();
    m_fullTextSearch = false;
    m_journalMode.clear();
    if (m_db.isValid()) {
        m_db.close();
        m_db = QSqlDatabase();
        QSqlDatabase::removeDatabase(m_connectionName);
    }
}

qint64 HeaderCachePrivate::accountId(const QString &accountKey, QSqlError *error)
{
    if (const auto it = m_accountIds.constFind(accountKey); it != m_accountIds.cend())
        return *it;
    QSqlQuery q = query();
    q.prepare(QStringLiteral("INSERT INTO accounts (account_key) VALUES (?)"
                             " ON CONFLICT (account_key) DO NOTHING"));
    q.addBindValue(accountKey);
    if (!q.exec()) {
        *error = q.lastError();
        return 0;
    }
    q.prepare(QStringLiteral("SELECT id FROM accounts WHERE account_key = ?"));
    q.addBindValue(accountKey);
    if (!q.exec() || !q.next()) {
        *error = q.lastError();
        return 0;
    }
    const qint64 id = q.value(0).toLongLong();
    m_accountIds.insert(accountKey, id);
    return id;
}

qint64 HeaderCachePrivate::upsertFolder(qint64 accountId, const protocols::FolderInfo &folder,
                                        QSqlError *error)
{
    QSqlQuery q = query();
    q.prepare(QStringLiteral(
        "INSERT INTO folders (account_id, raw_name, path, separator, attributes, special_use)"
        " VALUES (?, ?, ?, ?, ?, ?)"
        " ON CONFLICT (account_id, raw_name) DO UPDATE SET path = excluded.path,"
        " separator = excluded.separator, attributes = excluded.attributes,"
        " special_use = excluded.special_use"));
    q.addBindValue(accountId);
    q.addBindValue(folder.rawName);
    q.addBindValue(folder.path.isNull() ? QString(QLatin1String("")) : folder.path);
    q.addBindValue(folder.separator.isNull() ? QVariant() : QVariant(QString(folder.separator)));
    q.addBindValue(int(folder.attributes));
    q.addBindValue(int(folder.specialUse));
    if (!q.exec()) {
        *error = q.lastError();
        return 0;
    }
    q.prepare(QStringLiteral("SELECT id FROM folders WHERE account_id = ? AND raw_name = ?"));
    q.addBindValue(accountId);
    q.addBindValue(folder.rawName);
    if (!q.exec() || !q.next()) {
        *error = q.lastError();
        return 0;
    }
    return q.value(0).toLongLong();
}

// ---- HeaderCache -------------------------------------------------------------------------------

HeaderCache::HeaderCache(const QString &path) : d(std::make_unique<HeaderCachePrivate>())
{
    d->m_path = path;
    d->m_connectionName = QStringLiteral("postier-headercache-%1").arg(++s_connectionCounter);
}

HeaderCache::~HeaderCache()
{
    close();
}

bool HeaderCache::open(QString *error)
{
    if (error)
        error->clear();
    if (isOpen())
        return true;
    QString notice;
    for (int attempt = 0; attempt < 2; ++attempt) {
        QString reason;
        const auto result = d->openOnce(&reason);
        if (result == HeaderCachePrivate::OpenResult::Opened) {
            if (error)
                *error = notice;
            return true;
        }
        d->closeConnection();
        QString sentence;
        if (result == HeaderCachePrivate::OpenResult::Failed) {
            sentence = reason;
        } else if (attempt > 0) {
            sentence = tr("The offline cache %1 was recreated but still cannot be used: %2.")
                           .arg(d->m_path, reason);
        } else {
            QString movedTo;
            QString why;
            if (d->moveAside(&movedTo, &why)) {
                notice = tr("The offline cache %1 could not be used: %2. It was renamed to %3 "
                            "and a new one was created. Nothing is lost: messages will be "
                            "downloaded again.")
                             .arg(d->m_path, reason, movedTo);
                qCWarning(lcHeaderCache).noquote() << notice;
                continue;
            }
            sentence = tr("The offline cache %1 could not be used: %2. It could not be moved "
                          "aside either (%3). Delete the file; nothing will be lost.")
                           .arg(d->m_path, reason, why);
        }
        d->m_lastError = sentence;
        qCWarning(lcHeaderCache).noquote() << sentence;
        if (error)
            *error = sentence;
        return false;
    }
    return false; // not reached: the second attempt either opens or fails
}

void HeaderCache::close()
{
    d->closeConnection();
}

bool HeaderCache::isOpen() const
{
    return d->m_db.isValid() && d->m_db.isOpen();
}

QString HeaderCache::path() const
{
    return d->m_path;
}

QString HeaderCache::lastError() const
{
    return d->m_lastError;
}

QString HeaderCache::journalMode() const
{
    return d->m_journalMode;
}

bool HeaderCache::hasFullTextSearch() const
{
    return d->m_fullTextSearch;
}

qint64 HeaderCache::folderId(const QString &accountKey, const protocols::FolderInfo &folder)
{
    if (!d->checkOpen())
        return 0;
    QSqlError error;
    WriteTransaction transaction(d->m_db);
    qint64 id = 0;
    if (transaction.begin(&error)) {
        const qint64 account = d->accountId(accountKey, &error);
        if (account > 0)
            id = d->upsertFolder(account, folder, &error);
        if (id > 0 && transaction.commit(&error))
            return id;
    }
    d->m_accountIds.remove(accountKey); // the insert may have been rolled back
    d->fail(tr("Could not record the folder %1 of %2 in the offline cache %3.")
                .arg(folder.path, accountKey, d->m_path),
            error);
    return 0;
}

bool HeaderCache::storeFolderList(const QString &accountKey, const protocols::FolderList &folders)
{
    if (!d->checkOpen())
        return false;
    QSqlError error;
    const auto failed = [&] {
        d->m_accountIds.remove(accountKey);
        d->fail(tr("Could not save the folder list of %1 in the offline cache %2.")
                    .arg(accountKey, d->m_path),
                error);
        return false;
    };
    WriteTransaction transaction(d->m_db);
    if (!transaction.begin(&error))
        return failed();
    const qint64 account = d->accountId(accountKey, &error);
    if (account <= 0)
        return failed();
    QSet<qint64> kept;
    for (const protocols::FolderInfo &folder : folders) {
        const qint64 id = d->upsertFolder(account, folder, &error);
        if (id <= 0)
            return failed();
        kept.insert(id);
    }
    QSqlQuery q = d->query();
    q.prepare(QStringLiteral("SELECT id FROM folders WHERE account_id = ?"));
    q.addBindValue(account);
    if (!q.exec()) {
        error = q.lastError();
        return failed();
    }
    QVector<qint64> gone;
    while (q.next()) {
        if (!kept.contains(q.value(0).toLongLong()))
            gone.append(q.value(0).toLongLong());
    }
    q.finish();
    // Cascades to messages (and through the trigger to the index) and to bodies.
    q.prepare(QStringLiteral("DELETE FROM folders WHERE id = ?"));
    for (const qint64 id : std::as_const(gone)) {
        q.bindValue(0, id);
        if (!q.exec()) {
            error = q.lastError();
            return failed();
        }
    }
    if (!transaction.commit(&error))
        return failed();
    return true;
}

protocols::FolderList HeaderCache::folderList(const QString &accountKey) const
{
    protocols::FolderList folders;
    if (!d->checkOpen())
        return folders;
    QSqlQuery q = d->query();
    q.prepare(QStringLiteral("SELECT f.raw_name, f.path, f.separator, f.attributes, f.special_use"
                             " FROM folders f JOIN accounts a ON a.id = f.account_id"
                             " WHERE a.account_key = ? ORDER BY f.path, f.raw_name"));
    q.addBindValue(accountKey);
    if (!q.exec()) {
        d->fail(tr("Could not read the folder list of %1 from the offline cache %2.")
                    .arg(accountKey, d->m_path),
                q.lastError());
        return folders;
    }
    while (q.next()) {
        protocols::FolderInfo folder;
        folder.rawName = q.value(0).toByteArray();
        folder.path = q.value(1).toString();
        const QString separator = q.value(2).toString();
        folder.separator = separator.isEmpty() ? QChar() : separator.at(0);
        folder.attributes = quint16(q.value(3).toInt());
        const int specialUse = q.value(4).toInt();
        if (specialUse >= int(protocols::SpecialUse::None)
            && specialUse <= int(protocols::SpecialUse::Trash))
            folder.specialUse = protocols::SpecialUse(specialUse);
        folders.append(folder);
    }
    return folders;
}

FolderState HeaderCache::folderState(qint64 folderId) const
{
    FolderState state;
    if (!d->checkFolder(folderId))
        return state;
    QSqlQuery q = d->query();
    q.prepare(QStringLiteral("SELECT uidvalidity, highestmodseq, uidnext, messages, unseen,"
                             " last_sync FROM folders WHERE id = ?"));
    q.addBindValue(folderId);
    if (!q.exec()) {
        d->fail(tr("Could not read the state of a folder from the offline cache %1.")
                    .arg(d->m_path),
                q.lastError());
        return state;
    }
    if (!q.next())
        return state;
    state.uidValidity = quint32(q.value(0).toLongLong());
    state.highestModSeq = quint64(q.value(1).toLongLong());
    state.uidNext = quint32(q.value(2).toLongLong());
    state.serverMessages = quint32(q.value(3).toLongLong());
    state.serverUnseen = quint32(q.value(4).toLongLong());
    if (!q.value(5).isNull())
        state.lastSync = QDateTime::fromSecsSinceEpoch(q.value(5).toLongLong(), Qt::UTC);
    q.finish();
    state.cachedMessages = messageCount(folderId);
    state.folderId = folderId;
    return state;
}

bool HeaderCache::resetIfUidValidityChanged(qint64 folderId, quint32 uidValidity)
{
    if (!d->checkFolder(folderId))
        return true;
    QSqlError error;
    const auto failed = [&] {
        d->fail(tr("Could not clear a folder whose UIDVALIDITY changed in the offline cache %1.")
                    .arg(d->m_path),
                error);
        return true;
    };
    // 1 = differs, 0 = same, -1 = failed (error set, or the folder is unknown).
    const auto differs = [&]() -> int {
        QSqlQuery q = d->query();
        q.prepare(QStringLiteral("SELECT uidvalidity FROM folders WHERE id = ?"));
        q.addBindValue(folderId);
        if (!q.exec()) {
            error = q.lastError();
            return -1;
        }
        if (!q.next())
            return -1;
        return quint32(q.value(0).toLongLong()) != uidValidity ? 1 : 0;
    };
    // The usual answer, "unchanged", needs no write lock.
    int check = differs();
    if (check == 0)
        return false;

    WriteTransaction transaction(d->m_db);
    if (check > 0) {
        if (!transaction.begin(&error))
            return failed();
        check = differs(); // another connection may have reset it meanwhile
        if (check == 0)
            return false;
    }
    if (check < 0) {
        if (error.isValid())
            return failed();
        d->fail(tr("The offline cache %1 has no folder with the id %2.")
                    .arg(d->m_path, QString::number(folderId)));
        return true;
    }

    QSqlQuery q = d->query();
    q.prepare(QStringLiteral("DELETE FROM messages WHERE id BETWEEN ? AND ?"));
    q.addBindValue(firstKey(folderId));
    q.addBindValue(lastKey(folderId));
    if (!q.exec()) {
        error = q.lastError();
        return failed();
    }
    q.prepare(QStringLiteral("UPDATE folders SET uidvalidity = ?, highestmodseq = 0, uidnext = 0"
                             " WHERE id = ?"));
    q.addBindValue(qint64(uidValidity));
    q.addBindValue(folderId);
    if (!q.exec()) {
        error = q.lastError();
        return failed();
    }
    if (!transaction.commit(&error))
        return failed();
    return true;
}

bool HeaderCache::storeFolderStatus(qint64 folderId, const protocols::FolderStatus &status)
{
    if (!d->checkFolder(folderId))
        return false;
    QSqlQuery q = d->query();
    q.prepare(QStringLiteral(
        "UPDATE folders SET messages = ?, unseen = ?, uidnext = ?,"
        " highestmodseq = CASE WHEN ? > 0 THEN ? ELSE highestmodseq END, last_sync = ?"
        " WHERE id = ?"));
    q.addBindValue(qint64(status.messages));
    q.addBindValue(qint64(status.unseen));
    q.addBindValue(qint64(status.uidNext));
    q.addBindValue(qint64(status.highestModSeq));
    q.addBindValue(qint64(status.highestModSeq));
    q.addBindValue(QDateTime::currentSecsSinceEpoch());
    q.addBindValue(folderId);
    if (!q.exec()) {
        d->fail(tr("Could not save the state of a folder in the offline cache %1.").arg(d->m_path),
                q.lastError());
        return false;
    }
    return true;
}

bool HeaderCache::setHighestModSeq(qint64 folderId, quint64 highestModSeq)
{
    if (!d->checkFolder(folderId))
        return false;
    QSqlQuery q = d->query();
    q.prepare(QStringLiteral("UPDATE folders SET highestmodseq = ? WHERE id = ?"));
    q.addBindValue(qint64(highestModSeq));
    q.addBindValue(folderId);
    if (!q.exec()) {
        d->fail(tr("Could not save the HIGHESTMODSEQ of a folder in the offline cache %1.")
                    .arg(d->m_path),
                q.lastError());
        return false;
    }
    return true;
}

bool HeaderCache::storeHeaders(qint64 folderId, const protocols::HeaderBatch &batch)
{
    if (!d->checkFolder(folderId))
        return false;
    if (batch.isEmpty())
        return true;
    QSqlError error;
    const auto failed = [&] {
        d->fail(tr("Could not save new message headers in the offline cache %1.").arg(d->m_path),
                error);
        return false;
    };
    WriteTransaction transaction(d->m_db);
    if (!transaction.begin(&error))
        return failed();
    for (const protocols::HeaderRecord &record : batch) {
        if (!d->upsertHeader(folderId, record, &error))
            return failed();
    }
    if (!transaction.commit(&error))
        return failed();
    return true;
}

bool HeaderCache::updateFlags(qint64 folderId,
                              const QVector<QPair<quint32, protocols::MessageFlags>> &flags,
                              quint64 highestModSeq)
{
    if (!d->checkFolder(folderId))
        return false;
    QSqlError error;
    const auto failed = [&] {
        d->fail(tr("Could not save changed message flags in the offline cache %1.").arg(d->m_path),
                error);
        return false;
    };
    WriteTransaction transaction(d->m_db);
    if (!transaction.begin(&error))
        return failed();
    QSqlQuery q = d->query();
    q.prepare(QStringLiteral("UPDATE messages SET flags = ?, keywords = ? WHERE id = ?"));
    for (const auto &[uid, messageFlags] : flags) {
        q.bindValue(0, int(messageFlags.bits));
        q.bindValue(1, messageFlags.keywords.isEmpty() ? QByteArray()
                                                       : messageFlags.keywords.join(' '));
        q.bindValue(2, messageKey(folderId, uid));
        if (!q.exec()) {
            error = q.lastError();
            return failed();
        }
    }
    if (highestModSeq > 0) {
        q.prepare(QStringLiteral("UPDATE folders SET highestmodseq = ? WHERE id = ?"));
        q.addBindValue(qint64(highestModSeq));
        q.addBindValue(folderId);
        if (!q.exec()) {
            error = q.lastError();
            return failed();
        }
    }
    if (!transaction.commit(&error))
        return failed();
    return true;
}

bool HeaderCache::removeUids(qint64 folderId, const QVector<quint32> &uids)
{
    if (!d->checkFolder(folderId))
        return false;
    if (uids.isEmpty())
        return true;
    QSqlError error;
    const auto failed = [&] {
        d->fail(tr("Could not remove deleted messages from the offline cache %1.").arg(d->m_path),
                error);
        return false;
    };
    WriteTransaction transaction(d->m_db);
    if (!transaction.begin(&error))
        return failed();
    QSqlQuery q = d->query();
    q.prepare(QStringLiteral("DELETE FROM messages WHERE id = ?"));
    for (const quint32 uid : uids) {
        q.bindValue(0, messageKey(folderId, uid));
        if (!q.exec()) {
            error = q.lastError();
            return failed();
        }
    }
    if (!transaction.commit(&error))
        return failed();
    return true;
}

QVector<quint32> HeaderCache::uids(qint64 folderId) const
{
    QVector<quint32> result;
    if (!d->checkFolder(folderId))
        return result;
    QSqlQuery q = d->query();
    q.prepare(QStringLiteral("SELECT uid FROM messages WHERE id BETWEEN ? AND ? ORDER BY id"));
    q.addBindValue(firstKey(folderId));
    q.addBindValue(lastKey(folderId));
    if (!q.exec()) {
        d->fail(tr("Could not read the message list of a folder from the offline cache %1.")
                    .arg(d->m_path),
                q.lastError());
        return result;
    }
    while (q.next())
        result.append(quint32(q.value(0).toLongLong()));
    if (q.lastError().type() != QSqlError::NoError) {
        d->fail(tr("Could not read the message list of a folder from the offline cache %1.")
                    .arg(d->m_path),
                q.lastError());
        return {};
    }
    return result;
}

int HeaderCache::messageCount(qint64 folderId) const
{
    if (!d->checkFolder(folderId))
        return 0;
    QSqlQuery q = d->query();
    q.prepare(QStringLiteral("SELECT count(*) FROM messages WHERE id BETWEEN ? AND ?"));
    q.addBindValue(firstKey(folderId));
    q.addBindValue(lastKey(folderId));
    if (!q.exec() || !q.next()) {
        d->fail(tr("Could not count the messages of a folder in the offline cache %1.")
                    .arg(d->m_path),
                q.lastError());
        return 0;
    }
    return q.value(0).toInt();
}

std::optional<protocols::HeaderRecord> HeaderCache::header(qint64 folderId, quint32 uid) const
{
    if (!d->checkFolder(folderId))
        return std::nullopt;
    QSqlQuery q = d->query();
    q.prepare(QStringLiteral("SELECT ") + MessageColumns
              + QStringLiteral(" FROM messages WHERE id = ?"));
    q.addBindValue(messageKey(folderId, uid));
    if (!q.exec()) {
        d->fail(tr("Could not read a message header from the offline cache %1.").arg(d->m_path),
                q.lastError());
        return std::nullopt;
    }
    if (!q.next()) {
        if (q.lastError().type() != QSqlError::NoError)
            d->fail(tr("Could not read a message header from the offline cache %1.").arg(d->m_path),
                    q.lastError());
        return std::nullopt;
    }
    return readRecord(q);
}

QVector<protocols::HeaderRecord> HeaderCache::headersByUid(qint64 folderId, const QVector<quint32> &uids) const
{
    QVector<protocols::HeaderRecord> result;
    if (!d->checkFolder(folderId) || uids.isEmpty())
        return result;
    // By primary key: the cost of a page does not grow with its position in the folder.
    QString sql = QStringLiteral("SELECT ") + MessageColumns + QStringLiteral(" FROM messages WHERE id IN (");
    for (int i = 0; i < uids.size(); ++i)
        sql += i ? QStringLiteral(",?") : QStringLiteral("?");
    sql += QLatin1Char(')');
    QSqlQuery q = d->query();
    q.setForwardOnly(true);
    q.prepare(sql);
    for (quint32 uid : uids)
        q.addBindValue(messageKey(folderId, uid));
    if (!q.exec()) {
        d->fail(tr("Could not read message headers from the offline cache %1.").arg(d->m_path), q.lastError());
        return result;
    }
    QHash<quint32, protocols::HeaderRecord> byUid;
    byUid.reserve(uids.size());
    while (q.next()) {
        protocols::HeaderRecord r = readRecord(q);
        byUid.insert(r.uid, std::move(r));
    }
    result.reserve(uids.size());
    for (quint32 uid : uids) {
        const auto it = byUid.constFind(uid);
        result.append(it != byUid.constEnd() ? *it : protocols::HeaderRecord());
    }
    return result;
}

QVector<HeaderCache::IndexEntry> HeaderCache::messageIndex(qint64 folderId, Order order) const
{
    QVector<IndexEntry> result;
    if (!d->checkFolder(folderId))
        return result;
    QSqlQuery q = d->query();
    q.setForwardOnly(true);
    q.prepare(orderedSelect(QStringLiteral("uid, flags, internal_date"), order));
    bindFolder(q, folderId, order);
    if (!q.exec()) {
        d->fail(tr("Could not read the message list of a folder from the offline cache %1.").arg(d->m_path),
                q.lastError());
        return result;
    }
    result.reserve(messageCount(folderId));
    while (q.next())
        result.append({quint32(q.value(0).toLongLong()), quint8(q.value(1).toInt()), q.value(2).toLongLong()});
    return result;
}

namespace {

// White space or a control character: never part of an id.
bool isIdSpace(char c)
{
    return quint8(c) <= 0x20;
}

// Whether one of the eight bytes of `word` is white space or a control character (≤ 0x20).
bool hasIdSpace(quint64 word)
{
    constexpr quint64 ones = 0x0101010101010101ULL;
    return ((word - ones * 0x21) & ~word & (ones * 0x80)) != 0;
}

quint64 mixBits(quint64 h)
{
    h ^= h >> 33;
    h *= 0xff51afd7ed558ccdULL;
    h ^= h >> 33;
    h *= 0xc4ceb9fe1a85ec53ULL;
    return h ^ (h >> 33);
}

// A 64-bit hash of the id's bytes without white space (folding may split a long id); 0 means
// "no id". It takes eight bytes at a time (little-endian words of the id without its white space,
// whole words straight from memory while they hold none): a byte-wise hash made reading the ids
// of a large folder a third slower.
quint64 idHash(const char *begin, const char *end)
{
    constexpr quint64 multiplier = 0x9fb21c651e98df25ULL;
    quint64 h = 0x9e3779b97f4a7c15ULL;
    quint64 length = 0;
    const char *p = begin;
    for (; end - p >= 8; p += 8) {
        const quint64 word = qFromLittleEndian<quint64>(p);
        if (hasIdSpace(word))
            break;
        h = (h ^ word) * multiplier;
        h ^= h >> 32;
        length += 8;
    }
    quint64 word = 0;
    int shift = 0;
    for (; p != end; ++p) {
        if (isIdSpace(*p))
            continue;
        word |= quint64(quint8(*p)) << shift;
        ++length;
        shift += 8;
        if (shift == 64) {
            h = (h ^ word) * multiplier;
            h ^= h >> 32;
            word = 0;
            shift = 0;
        }
    }
    if (!length)
        return 0;
    h = mixBits(h ^ word ^ (length << 56));
    return h ? h : 1;
}

const char *findChar(const char *begin, const char *end, char c)
{
    const void *found = std::memchr(begin, c, size_t(end - begin));
    return found ? static_cast<const char *>(found) : end;
}

// The hashes of the ids of a Message-ID, In-Reply-To or References field, in order, until `sink`
// returns false. Ids are taken between angle brackets; a field without any (some old mailers) is
// split at white space and only words holding an '@' count, so "Your message of Monday" is no id.
template <typename Sink>
void forEachIdHash(const QByteArray &field, Sink &&sink)
{
    const char *p = field.constData();
    const char *const end = p + field.size();
    if (field.contains('<')) {
        while (p != end) {
            const char *lt = findChar(p, end, '<');
            if (lt == end)
                return;
            const char *gt = findChar(lt + 1, end, '>');
            if (const quint64 h = idHash(lt + 1, gt); h && !sink(h))
                return;
            p = gt == end ? end : gt + 1;
        }
        return;
    }
    while (p != end) {
        while (p != end && isIdSpace(*p))
            ++p;
        const char *word = p;
        while (p != end && !isIdSpace(*p))
            ++p;
        if (std::find(word, p, '@') != p && !sink(idHash(word, p)))
            return;
    }
}

quint64 firstIdHash(const QByteArray &field)
{
    quint64 first = 0;
    forEachIdHash(field, [&first](quint64 h) {
        first = h;
        return false;
    });
    return first;
}

// The last id of a field, as forEachIdHash() would give it last, without hashing the ids before it
// (References of a long thread hold dozens).
quint64 lastIdHash(const QByteArray &field)
{
    const qsizetype lt = field.lastIndexOf('<');
    if (lt >= 0) {
        const char *begin = field.constData() + lt + 1;
        const char *end = field.constData() + field.size();
        if (const quint64 h = idHash(begin, findChar(begin, end, '>')))
            return h;
    }
    quint64 last = 0; // no bracket, or an empty last id: the slow way
    forEachIdHash(field, [&last](quint64 h) {
        last = h;
        return true;
    });
    return last;
}

} // namespace

QVector<HeaderCache::ThreadKeys> HeaderCache::threadKeys(qint64 folderId, Order order) const
{
    QVector<ThreadKeys> result;
    if (!d->checkFolder(folderId))
        return result;
    const bool byUid = order == Order::UidAscending || order == Order::UidDescending;
    QString sql = QStringLiteral("SELECT uid, message_id, in_reply_to, \"references\" FROM messages ");
    sql += byUid ? QStringLiteral("WHERE id BETWEEN ? AND ? ") : QStringLiteral("WHERE folder_id = ? ");
    switch (order) {
    case Order::UidAscending: sql += QStringLiteral("ORDER BY id ASC"); break;
    case Order::UidDescending: sql += QStringLiteral("ORDER BY id DESC"); break;
    case Order::DateAscending: sql += QStringLiteral("ORDER BY internal_date ASC, id ASC"); break;
    case Order::DateDescending: sql += QStringLiteral("ORDER BY internal_date DESC, id DESC"); break;
    }
    QSqlQuery q = d->query();
    q.prepare(sql);
    if (byUid) {
        q.addBindValue(firstKey(folderId));
        q.addBindValue(lastKey(folderId));
    } else {
        q.addBindValue(folderId);
    }
    const QString failure = tr("Could not read the message threads of a folder from the offline cache %1.")
                                .arg(d->m_path);
    if (!q.exec()) {
        d->fail(failure, q.lastError());
        return result;
    }
    // No reserve(messageCount()): counting walks the whole table, 15% of this query's time.
    while (q.next()) {
        ThreadKeys keys;
        keys.uid = quint32(q.value(0).toLongLong());
        keys.messageId = firstIdHash(q.value(1).toByteArray());
        keys.inReplyTo = firstIdHash(q.value(2).toByteArray());
        const QByteArray references = q.value(3).toByteArray();
        keys.firstReference = firstIdHash(references);
        keys.lastReference = keys.firstReference ? lastIdHash(references) : 0;
        result.append(keys);
    }
    if (q.lastError().type() != QSqlError::NoError) {
        d->fail(failure, q.lastError());
        return {};
    }
    return result;
}

QVector<protocols::HeaderRecord> HeaderCache::headers(qint64 folderId, int offset, int limit,
                                                      Order order) const
{
    QVector<protocols::HeaderRecord> result;
    if (!d->checkFolder(folderId) || limit <= 0)
        return result;
    QSqlQuery q = d->query();
    q.prepare(orderedSelect(MessageColumns, order) + QStringLiteral(" LIMIT ? OFFSET ?"));
    bindFolder(q, folderId, order);
    q.addBindValue(limit);
    q.addBindValue(qMax(0, offset));
    if (!q.exec()) {
        d->fail(tr("Could not read message headers from the offline cache %1.").arg(d->m_path),
                q.lastError());
        return result;
    }
    result.reserve(limit);
    while (q.next())
        result.append(readRecord(q));
    if (q.lastError().type() != QSqlError::NoError) {
        d->fail(tr("Could not read message headers from the offline cache %1.").arg(d->m_path),
                q.lastError());
        return {};
    }
    return result;
}

bool HeaderCache::storeBody(qint64 folderId, quint32 uid, const QByteArray &section,
                            const QByteArray &data)
{
    if (!d->checkFolder(folderId))
        return false;
    QSqlQuery q = d->query();
    q.prepare(QStringLiteral("INSERT INTO bodies (message, section, data, stored_at)"
                             " VALUES (?, COALESCE(?, ''), ?, ?)"
                             " ON CONFLICT (message, section) DO UPDATE SET data = excluded.data,"
                             " stored_at = excluded.stored_at"));
    q.addBindValue(messageKey(folderId, uid));
    q.addBindValue(QString::fromLatin1(section));
    // A null QByteArray would bind as NULL and break NOT NULL for an empty body.
    q.addBindValue(data.isNull() ? QByteArray("", 0) : data);
    q.addBindValue(QDateTime::currentSecsSinceEpoch());
    if (q.exec())
        return true;
    if (sqliteCode(q.lastError()) == SqliteConstraint) {
        d->fail(tr("Could not store the body of message %1 in the offline cache %2: its header is "
                   "not stored.")
                    .arg(uid)
                    .arg(d->m_path));
    } else {
        d->fail(tr("Could not store the body of message %1 in the offline cache %2.")
                    .arg(uid)
                    .arg(d->m_path),
                q.lastError());
    }
    return false;
}

std::optional<QByteArray> HeaderCache::body(qint64 folderId, quint32 uid,
                                            const QByteArray &section) const
{
    if (!d->checkFolder(folderId))
        return std::nullopt;
    QSqlQuery q = d->query();
    q.prepare(QStringLiteral(
        "SELECT data FROM bodies WHERE message = ? AND section = COALESCE(?, '')"));
    q.addBindValue(messageKey(folderId, uid));
    q.addBindValue(QString::fromLatin1(section));
    if (!q.exec()) {
        d->fail(tr("Could not read the body of message %1 from the offline cache %2.")
                    .arg(uid)
                    .arg(d->m_path),
                q.lastError());
        return std::nullopt;
    }
    if (!q.next()) {
        if (q.lastError().type() != QSqlError::NoError)
            d->fail(tr("Could not read the body of message %1 from the offline cache %2.")
                        .arg(uid)
                        .arg(d->m_path),
                    q.lastError());
        return std::nullopt;
    }
    QByteArray data = q.value(0).toByteArray();
    if (data.isNull())
        data = QByteArray("", 0);
    return data;
}

QVector<QPair<qint64, quint32>> HeaderCache::search(const QString &text, int limit) const
{
    QVector<QPair<qint64, quint32>> result;
    if (!d->checkOpen() || limit <= 0)
        return result;
    QSqlQuery q = d->query();
    if (d->m_fullTextSearch) {
        const QString expression = ftsMatchExpression(text);
        if (expression.isEmpty())
            return result;
        q.prepare(QStringLiteral("SELECT m.folder_id, m.uid FROM messages_fts"
                                 " JOIN messages m ON m.id = messages_fts.rowid"
                                 " WHERE messages_fts MATCH ?"
                                 " ORDER BY m.internal_date DESC, m.id DESC LIMIT ?"));
        q.addBindValue(expression);
    } else {
        const QStringList terms = searchTerms(text);
        if (terms.isEmpty())
            return result;
        // Columns are BLOBs, and Debian's SQLite is built with LIKE_DOESNT_MATCH_BLOBS.
        QStringList conditions;
        const QString condition = QStringLiteral(
            "(CAST(subject AS TEXT) LIKE ? OR CAST(from_addr AS TEXT) LIKE ?"
            " OR CAST(to_addr AS TEXT) LIKE ? OR CAST(cc_addr AS TEXT) LIKE ?)");
        for (qsizetype i = 0; i < terms.size(); ++i)
            conditions.append(condition);
        q.prepare(QStringLiteral("SELECT folder_id, uid FROM messages WHERE ")
                  + conditions.join(QStringLiteral(" AND "))
                  + QStringLiteral(" ORDER BY internal_date DESC, id DESC LIMIT ?"));
        // Terms hold only letters, digits and marks, so there is no % or _ to escape.
        for (const QString &term : terms) {
            const QString pattern = QLatin1Char('%') + term + QLatin1Char('%');
            for (int column = 0; column < 4; ++column)
                q.addBindValue(pattern);
        }
    }
    q.addBindValue(limit);
    if (!q.exec()) {
        d->fail(tr("Could not search the offline cache %1.").arg(d->m_path), q.lastError());
        return result;
    }
    while (q.next())
        result.append({q.value(0).toLongLong(), quint32(q.value(1).toLongLong())});
    if (q.lastError().type() != QSqlError::NoError) {
        d->fail(tr("Could not search the offline cache %1.").arg(d->m_path), q.lastError());
        return {};
    }
    return result;
}

namespace {

// The address lists of the cache ("Name <a@b>, c@d, team: e@f;", see HeaderRecord), decoded, as
// (name, address) pairs. Names may hold commas; bare addresses never do.
QList<QPair<QString, QString>> cachedAddresses(const QString &text)
{
    QList<QPair<QString, QString>> out;
    const qsizetype n = text.size();
    qsizetype pos = 0;
    while (pos < n) {
        while (pos < n && (text.at(pos) == QLatin1Char(',') || text.at(pos).isSpace()))
            ++pos;
        const qsizetype comma = text.indexOf(QLatin1Char(','), pos);
        const qsizetype segmentEnd = comma < 0 ? n : comma;
        const QString segment = text.mid(pos, segmentEnd - pos);
        if (!segment.contains(QLatin1Char('<')) && segment.contains(QLatin1Char('@'))) {
            QString address = segment.section(QLatin1Char(':'), -1).trimmed();
            if (address.endsWith(QLatin1Char(';')))
                address.chop(1);
            out.append({QString(), address.trimmed()});
            pos = segmentEnd + 1;
            continue;
        }
        const qsizetype open = text.indexOf(QLatin1Char('<'), pos);
        const qsizetype close = open < 0 ? -1 : text.indexOf(QLatin1Char('>'), open);
        if (close < 0)
            break;
        QString name = text.mid(pos, open - pos).section(QLatin1Char(':'), -1).trimmed();
        if (name.size() >= 2 && name.startsWith(QLatin1Char('"')) && name.endsWith(QLatin1Char('"')))
            name = name.mid(1, name.size() - 2);
        out.append({name, text.mid(open + 1, close - open - 1).trimmed()});
        pos = close + 1;
    }
    return out;
}

bool startsPerson(const QString &name, const QString &address, const QString &prefix)
{
    if (prefix.isEmpty() || address.startsWith(prefix, Qt::CaseInsensitive)
        || name.startsWith(prefix, Qt::CaseInsensitive))
        return true;
    const QStringList words = name.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    return std::any_of(words.cbegin(), words.cend(),
                       [&](const QString &w) { return w.startsWith(prefix, Qt::CaseInsensitive); });
}

} // namespace

QStringList HeaderCache::knownAddresses(const QString &prefix, int limit) const
{
    QStringList result;
    if (!d->checkOpen() || limit <= 0)
        return result;
    const QString wanted = prefix.trimmed();
    const QString expression = d->m_fullTextSearch ? ftsMatchExpression(wanted) : QString();
    QSqlQuery q = d->query();
    if (!expression.isEmpty()) {
        q.prepare(QStringLiteral("SELECT m.from_addr, m.to_addr, m.cc_addr FROM messages_fts"
                                 " JOIN messages m ON m.id = messages_fts.rowid"
                                 " WHERE messages_fts MATCH ?"
                                 " ORDER BY m.internal_date DESC, m.id DESC LIMIT 2000"));
        q.addBindValue(QString(QStringLiteral("{from_addr to_addr cc_addr} : (") + expression + QLatin1Char(')')));
    } else {
        // Without the index (or a prefix to look up), the newest messages, filtered below.
        q.prepare(QStringLiteral("SELECT from_addr, to_addr, cc_addr FROM messages"
                                 " ORDER BY internal_date DESC, id DESC LIMIT 2000"));
    }
    if (!q.exec()) {
        d->fail(tr("Could not read addresses from the offline cache %1.").arg(d->m_path), q.lastError());
        return result;
    }
    QSet<QString> seen;
    while (result.size() < limit && q.next()) {
        for (int column = 0; column < 3 && result.size() < limit; ++column) {
            const QString text = decodedHeaderText(q.value(column).toByteArray());
            for (const auto &[name, address] : cachedAddresses(text)) {
                const QString key = address.toLower();
                if (address.isEmpty() || seen.contains(key) || !startsPerson(name, address, wanted))
                    continue;
                seen.insert(key);
                result.append(name.isEmpty() ? address : QString(name + QStringLiteral(" <") + address + QLatin1Char('>')));
                if (result.size() == limit)
                    break;
            }
        }
    }
    return result;
}

} // namespace postier::models
