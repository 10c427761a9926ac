// HeaderCache's connection: opening the file, its schema and migrations, the search index, moving a
// damaged file aside, and the state of an open cache. The rest of the class is in
// HeaderCacheStore.cpp (writes), HeaderCacheQuery.cpp (reads) and LocalIndex.cpp (local folders).

#include "models/cache/HeaderCache.h"

#include "models/cache/HeaderCachePrivate.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

#include <atomic>

Q_LOGGING_CATEGORY(lcHeaderCache, "postier.models.cache")

namespace postier::models {

namespace {

constexpr int SqliteCorrupt = 11;
constexpr int SqliteCantOpen = 14;
constexpr int SqliteNotADatabase = 26;
constexpr qint64 MaxFolderId = 0x7fffffff;

std::atomic<quint64> s_connectionCounter{0};

using cachedetail::sqliteCode;
using cachedetail::localIndexSchema;

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

} // namespace postier::models
