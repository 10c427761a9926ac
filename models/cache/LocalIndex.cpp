// HeaderCache's map between local (Maildir) message files and the UIDs the cache gives them.

#include "models/cache/HeaderCache.h"

#include "models/cache/HeaderCachePrivate.h"

#include <QSet>

namespace postier::models {

using cachedetail::firstKey;
using cachedetail::lastKey;
using cachedetail::messageKey;

QStringList cachedetail::localIndexSchema()
{
    // The row goes with its message (removeUids(), a folder that is deleted), so a map entry never
    // outlives the header it names.
    return {
        QStringLiteral("CREATE TABLE local_messages ("
                       " id INTEGER PRIMARY KEY REFERENCES messages(id) ON DELETE CASCADE,"
                       " folder_id INTEGER NOT NULL,"
                       " maildir_id TEXT NOT NULL,"
                       " file_name TEXT NOT NULL,"
                       " UNIQUE (folder_id, maildir_id))"),
    };
}

QVector<HeaderCache::LocalEntry> HeaderCache::localEntries(qint64 folderId) const
{
    QVector<LocalEntry> result;
    if (!d->checkFolder(folderId))
        return result;
    QSqlQuery q = d->query();
    q.prepare(QStringLiteral("SELECT l.id, l.maildir_id, l.file_name, m.flags FROM local_messages l"
                             " JOIN messages m ON m.id = l.id"
                             " WHERE l.id BETWEEN ? AND ? ORDER BY l.id"));
    q.addBindValue(firstKey(folderId));
    q.addBindValue(lastKey(folderId));
    const QString failure =
        tr("Could not read the list of local messages from the offline cache %1.").arg(d->m_path);
    if (!q.exec()) {
        d->fail(failure, q.lastError());
        return result;
    }
    while (q.next()) {
        result.append({quint32(q.value(0).toLongLong() & 0xffffffff), q.value(1).toString(),
                       q.value(2).toString(), quint8(q.value(3).toInt())});
    }
    if (q.lastError().type() != QSqlError::NoError) {
        d->fail(failure, q.lastError());
        return {};
    }
    return result;
}

std::optional<HeaderCache::LocalEntry> HeaderCache::localEntry(qint64 folderId, quint32 uid) const
{
    if (!d->checkFolder(folderId))
        return std::nullopt;
    QSqlQuery q = d->query();
    q.prepare(QStringLiteral("SELECT l.maildir_id, l.file_name, m.flags FROM local_messages l"
                             " JOIN messages m ON m.id = l.id WHERE l.id = ?"));
    q.addBindValue(messageKey(folderId, uid));
    if (!q.exec()) {
        d->fail(tr("Could not read the list of local messages from the offline cache %1.")
                    .arg(d->m_path),
                q.lastError());
        return std::nullopt;
    }
    if (!q.next())
        return std::nullopt;
    return LocalEntry{uid, q.value(0).toString(), q.value(1).toString(), quint8(q.value(2).toInt())};
}

QVector<quint32> HeaderCache::addLocalMessages(qint64 folderId,
                                               const QVector<LocalAddition> &additions)
{
    QVector<quint32> uids;
    if (!d->checkFolder(folderId))
        return uids;
    if (additions.isEmpty())
        return uids;
    QSqlError error;
    const auto failed = [&] {
        d->fail(tr("Could not add local messages to the offline cache %1.").arg(d->m_path), error);
        return QVector<quint32>();
    };
    WriteTransaction transaction(d->m_db);
    if (!transaction.begin(&error))
        return failed();

    // The next UID: the folder's UIDNEXT, but never at or below a UID in use (a cache written
    // before UIDNEXT was kept for local folders, or one edited by hand).
    QSqlQuery q = d->query();
    q.prepare(QStringLiteral("SELECT uidnext, (SELECT max(id) FROM messages WHERE id BETWEEN ? AND ?)"
                             " FROM folders WHERE id = ?"));
    q.addBindValue(firstKey(folderId));
    q.addBindValue(lastKey(folderId));
    q.addBindValue(folderId);
    if (!q.exec() || !q.next()) {
        error = q.lastError();
        return failed();
    }
    qint64 next = q.value(0).toLongLong();
    if (!q.value(1).isNull())
        next = std::max(next, (q.value(1).toLongLong() & 0xffffffff) + 1);
    next = std::max<qint64>(next, 1);
    q.finish();

    QSqlQuery known = d->query();
    known.prepare(QStringLiteral("SELECT id FROM local_messages WHERE folder_id = ? AND maildir_id = ?"));
    QSqlQuery map = d->query();
    map.prepare(QStringLiteral("INSERT INTO local_messages (id, folder_id, maildir_id, file_name)"
                               " VALUES (?, ?, ?, ?)"));
    QHash<QString, quint32> added; // the same id twice in one batch
    uids.reserve(additions.size());
    for (const LocalAddition &addition : additions) {
        if (const auto it = added.constFind(addition.maildirId); it != added.constEnd()) {
            uids.append(*it);
            continue;
        }
        known.bindValue(0, folderId);
        known.bindValue(1, addition.maildirId);
        if (!known.exec()) {
            error = known.lastError();
            return failed();
        }
        if (known.next()) {
            uids.append(quint32(known.value(0).toLongLong() & 0xffffffff));
            known.finish();
            continue;
        }
        known.finish();
        if (next > qint64(0xffffffff)) {
            d->fail(tr("A local folder of the offline cache %1 has run out of message numbers. "
                       "Delete the cache file; Postier will number the messages again and nothing "
                       "will be lost.")
                        .arg(d->m_path));
            return {};
        }
        protocols::HeaderRecord record = addition.header;
        record.uid = quint32(next++);
        if (!d->upsertHeader(folderId, record, &error))
            return failed();
        map.bindValue(0, messageKey(folderId, record.uid));
        map.bindValue(1, folderId);
        map.bindValue(2, addition.maildirId);
        map.bindValue(3, addition.fileName);
        if (!map.exec()) {
            error = map.lastError();
            return failed();
        }
        added.insert(addition.maildirId, record.uid);
        uids.append(record.uid);
    }
    q.prepare(QStringLiteral("UPDATE folders SET uidnext = ? WHERE id = ?"));
    q.addBindValue(next);
    q.addBindValue(folderId);
    if (!q.exec()) {
        error = q.lastError();
        return failed();
    }
    if (!transaction.commit(&error))
        return failed();
    return uids;
}

bool HeaderCache::updateLocalFiles(qint64 folderId, const QVector<LocalEntry> &entries)
{
    if (!d->checkFolder(folderId))
        return false;
    if (entries.isEmpty())
        return true;
    QSqlError error;
    WriteTransaction transaction(d->m_db);
    QSqlQuery file = d->query();
    QSqlQuery flags = d->query();
    bool ok = transaction.begin(&error)
        && file.prepare(QStringLiteral("UPDATE local_messages SET file_name = ? WHERE id = ?"))
        && flags.prepare(QStringLiteral("UPDATE messages SET flags = ? WHERE id = ?"));
    for (qsizetype i = 0; ok && i < entries.size(); ++i) {
        const qint64 key = messageKey(folderId, entries[i].uid);
        file.bindValue(0, entries[i].fileName);
        file.bindValue(1, key);
        flags.bindValue(0, int(entries[i].flags));
        flags.bindValue(1, key);
        ok = file.exec() && flags.exec();
    }
    if (!ok && !error.isValid())
        error = file.lastError().isValid() && file.lastError().type() != QSqlError::NoError
            ? file.lastError()
            : flags.lastError();
    if (ok && transaction.commit(&error))
        return true;
    d->fail(tr("Could not save changed local messages in the offline cache %1.").arg(d->m_path),
            error);
    return false;
}

QPair<int, int> HeaderCache::messageCounts(qint64 folderId) const
{
    if (!d->checkFolder(folderId))
        return {0, 0};
    // The covering index (folder_id, internal_date, uid, flags) answers this without the table.
    QSqlQuery q = d->query();
    q.prepare(QStringLiteral("SELECT count(*), total((flags & ?) = 0) FROM messages WHERE folder_id = ?"));
    q.addBindValue(int(protocols::FlagSeen));
    q.addBindValue(folderId);
    if (!q.exec() || !q.next()) {
        d->fail(tr("Could not count the messages of a folder in the offline cache %1.")
                    .arg(d->m_path),
                q.lastError());
        return {0, 0};
    }
    return {q.value(0).toInt(), int(q.value(1).toDouble())};
}

} // namespace postier::models
