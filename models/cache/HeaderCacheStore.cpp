// HeaderCache's writes: folders and their sync state, message headers, flags, expunges and bodies.

#include "models/cache/HeaderCache.h"

#include "models/cache/HeaderCachePrivate.h"
#include "models/cache/SearchText.h"

#include <QDateTime>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

namespace postier::models {

namespace {

constexpr int SqliteConstraint = 19;

using cachedetail::firstKey;
using cachedetail::lastKey;
using cachedetail::messageKey;
using cachedetail::sqliteCode;

} // namespace

// ---- HeaderCachePrivate ------------------------------------------------------------------------

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

} // namespace postier::models
