#include "models/migration/MigrationJournal.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QUuid>

namespace postier::models {

MigrationJournal::MigrationJournal()
    : m_connection(QStringLiteral("migration-journal-") + QUuid::createUuid().toString(QUuid::WithoutBraces))
{
}

MigrationJournal::~MigrationJournal()
{
    if (m_db.isValid()) {
        m_db.close();
        m_db = QSqlDatabase();
        QSqlDatabase::removeDatabase(m_connection);
    }
}

bool MigrationJournal::exec(const QString &sql, QString *error)
{
    QSqlQuery q(m_db);
    if (q.exec(sql))
        return true;
    if (error)
        *error = tr("The migration journal %1 could not be written: %2.").arg(m_path, q.lastError().text());
    return false;
}

bool MigrationJournal::open(const QString &path, const QString &source, const QString &destination,
                            QString *error)
{
    m_path = path;
    QDir().mkpath(QFileInfo(path).absolutePath());
    m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connection);
    m_db.setDatabaseName(path);
    if (!m_db.open()) {
        if (error)
            *error = tr("The migration journal %1 could not be opened: %2.").arg(path, m_db.lastError().text());
        return false;
    }
    const QStringList schema = {
        QStringLiteral("PRAGMA journal_mode = WAL"),
        QStringLiteral("PRAGMA synchronous = FULL"), // a confirmed APPEND survives a power loss
        QStringLiteral("CREATE TABLE IF NOT EXISTS meta (name TEXT PRIMARY KEY, value TEXT)"),
        QStringLiteral("CREATE TABLE IF NOT EXISTS copied (source_folder TEXT NOT NULL, source_id TEXT NOT NULL, "
                       "key TEXT NOT NULL, dest_folder TEXT NOT NULL, uid_validity INTEGER, uid INTEGER, "
                       "at INTEGER, PRIMARY KEY (source_folder, source_id))"),
        QStringLiteral("CREATE TABLE IF NOT EXISTS refused (source_folder TEXT NOT NULL, source_id TEXT NOT NULL, "
                       "key TEXT NOT NULL, dest_folder TEXT NOT NULL, reason TEXT, at INTEGER, "
                       "PRIMARY KEY (source_folder, source_id))"),
        QStringLiteral("CREATE TABLE IF NOT EXISTS folders (source_folder TEXT PRIMARY KEY, dest_folder TEXT, reason TEXT)"),
        QStringLiteral("CREATE TABLE IF NOT EXISTS sent (source_folder TEXT NOT NULL, source_id TEXT NOT NULL, "
                       "key TEXT NOT NULL, at INTEGER)"),
        QStringLiteral("CREATE INDEX IF NOT EXISTS sent_by_folder ON sent (source_folder, key)"),
    };
    for (const QString &sql : schema) {
        if (!exec(sql, error))
            return false;
    }
    // The pair this journal belongs to.
    QSqlQuery q(m_db);
    q.exec(QStringLiteral("SELECT name, value FROM meta"));
    QHash<QString, QString> meta;
    while (q.next())
        meta.insert(q.value(0).toString(), q.value(1).toString());
    if (meta.isEmpty()) {
        QSqlQuery insert(m_db);
        insert.prepare(QStringLiteral("INSERT INTO meta (name, value) VALUES (?, ?), (?, ?), (?, ?)"));
        insert.addBindValue(QStringLiteral("source"));
        insert.addBindValue(source);
        insert.addBindValue(QStringLiteral("destination"));
        insert.addBindValue(destination);
        insert.addBindValue(QStringLiteral("created"));
        insert.addBindValue(QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
        if (!insert.exec()) {
            if (error)
                *error = tr("The migration journal %1 could not be written: %2.").arg(path, insert.lastError().text());
            return false;
        }
    } else if (meta.value(QStringLiteral("source")) != source
               || meta.value(QStringLiteral("destination")) != destination) {
        if (error)
            *error = tr("The migration journal %1 belongs to another migration (from %2 to %3).")
                         .arg(path, meta.value(QStringLiteral("source")), meta.value(QStringLiteral("destination")));
        return false;
    }
    return true;
}

bool MigrationJournal::hasRecords() const
{
    QSqlQuery q(m_db);
    return q.exec(QStringLiteral("SELECT EXISTS (SELECT 1 FROM copied) OR EXISTS (SELECT 1 FROM refused)"))
        && q.next() && q.value(0).toBool();
}

QHash<QString, MigrationJournal::Copied> MigrationJournal::copied(const QString &sourceFolder) const
{
    QHash<QString, Copied> out;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT source_id, dest_folder, uid_validity, uid FROM copied WHERE source_folder = ?"));
    q.addBindValue(sourceFolder);
    if (!q.exec())
        return out;
    while (q.next())
        out.insert(q.value(0).toString(), Copied {q.value(1).toString(), q.value(2).toUInt(), q.value(3).toUInt()});
    return out;
}

QHash<QString, QString> MigrationJournal::refused(const QString &sourceFolder) const
{
    QHash<QString, QString> out;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT source_id, reason FROM refused WHERE source_folder = ?"));
    q.addBindValue(sourceFolder);
    if (!q.exec())
        return out;
    while (q.next())
        out.insert(q.value(0).toString(), q.value(1).toString());
    return out;
}

bool MigrationJournal::recordSending(const QString &sourceFolder,
                                     const QVector<QPair<QString, QByteArray>> &idsAndKeys, QString *error)
{
    if (!begin(error))
        return false;
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("INSERT INTO sent (source_folder, source_id, key, at) VALUES (?, ?, ?, ?)"));
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    for (const auto &[id, key] : idsAndKeys) {
        q.addBindValue(sourceFolder);
        q.addBindValue(id);
        q.addBindValue(QString::fromLatin1(key));
        q.addBindValue(now);
        if (!q.exec() && m_failure.isEmpty())
            m_failure = q.lastError().text();
    }
    return commit(error);
}

QHash<QByteArray, int> MigrationJournal::sentCounts(const QString &sourceFolder) const
{
    QHash<QByteArray, int> out;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT key, COUNT(*) FROM sent WHERE source_folder = ? GROUP BY key"));
    q.addBindValue(sourceFolder);
    if (!q.exec())
        return out;
    while (q.next())
        out.insert(q.value(0).toString().toLatin1(), q.value(1).toInt());
    return out;
}

bool MigrationJournal::hasUnconfirmedSends() const
{
    QSqlQuery q(m_db);
    return q.exec(QStringLiteral("SELECT EXISTS (SELECT 1 FROM sent s WHERE NOT EXISTS (SELECT 1 FROM copied c "
                                 "WHERE c.source_folder = s.source_folder AND c.source_id = s.source_id) "
                                 "AND NOT EXISTS (SELECT 1 FROM refused r WHERE r.source_folder = s.source_folder "
                                 "AND r.source_id = s.source_id))"))
        && q.next() && q.value(0).toBool();
}

bool MigrationJournal::begin(QString *error)
{
    m_failure.clear();
    if (m_db.transaction())
        return true;
    if (error)
        *error = tr("The migration journal %1 could not be written: %2.").arg(m_path, m_db.lastError().text());
    return false;
}

void MigrationJournal::recordCopied(const QString &sourceFolder, const QString &sourceId,
                                    const QByteArray &key, const Copied &where)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("INSERT OR REPLACE INTO copied (source_folder, source_id, key, dest_folder, "
                             "uid_validity, uid, at) VALUES (?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(sourceFolder);
    q.addBindValue(sourceId);
    q.addBindValue(QString::fromLatin1(key));
    q.addBindValue(where.destFolder);
    q.addBindValue(where.uidValidity);
    q.addBindValue(where.uid);
    q.addBindValue(QDateTime::currentSecsSinceEpoch());
    if (!q.exec() && m_failure.isEmpty())
        m_failure = q.lastError().text();
    // A message copied after an earlier refusal is no longer refused.
    QSqlQuery d(m_db);
    d.prepare(QStringLiteral("DELETE FROM refused WHERE source_folder = ? AND source_id = ?"));
    d.addBindValue(sourceFolder);
    d.addBindValue(sourceId);
    d.exec();
}

void MigrationJournal::recordRefused(const QString &sourceFolder, const QString &sourceId,
                                     const QByteArray &key, const QString &destFolder,
                                     const QString &sentence)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("INSERT OR REPLACE INTO refused (source_folder, source_id, key, dest_folder, "
                             "reason, at) VALUES (?, ?, ?, ?, ?, ?)"));
    q.addBindValue(sourceFolder);
    q.addBindValue(sourceId);
    q.addBindValue(QString::fromLatin1(key));
    q.addBindValue(destFolder);
    q.addBindValue(sentence);
    q.addBindValue(QDateTime::currentSecsSinceEpoch());
    if (!q.exec() && m_failure.isEmpty())
        m_failure = q.lastError().text();
}

bool MigrationJournal::commit(QString *error)
{
    if (!m_failure.isEmpty()) {
        m_db.rollback();
        if (error)
            *error = tr("The migration journal %1 could not be written: %2.").arg(m_path, m_failure);
        return false;
    }
    if (m_db.commit())
        return true;
    if (error)
        *error = tr("The migration journal %1 could not be written: %2.").arg(m_path, m_db.lastError().text());
    return false;
}

void MigrationJournal::recordFolder(const QString &sourceFolder, const QString &destFolder, const QString &reason)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("INSERT OR REPLACE INTO folders (source_folder, dest_folder, reason) VALUES (?, ?, ?)"));
    q.addBindValue(sourceFolder);
    q.addBindValue(destFolder);
    q.addBindValue(reason);
    q.exec();
}

QHash<QString, QPair<QString, QString>> MigrationJournal::folders() const
{
    QHash<QString, QPair<QString, QString>> out;
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("SELECT source_folder, dest_folder, reason FROM folders")))
        return out;
    while (q.next())
        out.insert(q.value(0).toString(), {q.value(1).toString(), q.value(2).toString()});
    return out;
}

QString MigrationJournal::defaultPath(const QString &source, const QString &destination)
{
    const QByteArray id = QCryptographicHash::hash((source + QLatin1Char('\n') + destination).toUtf8(),
                                                   QCryptographicHash::Sha1).toHex().left(16);
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)
        + QStringLiteral("/migrations/") + QString::fromLatin1(id) + QStringLiteral(".sqlite");
}

} // namespace postier::models
