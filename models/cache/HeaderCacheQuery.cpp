// HeaderCache's reads: folders, message lists and pages, thread keys, bodies, search and address
// completion.

#include "models/cache/HeaderCache.h"

#include "models/cache/HeaderCachePrivate.h"
#include "models/cache/SearchText.h"

#include <QDateTime>
#include <QHash>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QtEndian>

#include <algorithm>
#include <cstring>

namespace postier::models {

namespace {

using cachedetail::firstKey;
using cachedetail::lastKey;
using cachedetail::messageKey;

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

QByteArrayList splitKeywords(const QByteArray &joined)
{
    QByteArrayList keywords;
    for (const QByteArray &keyword : joined.split(' ')) {
        if (!keyword.isEmpty())
            keywords.append(keyword);
    }
    return keywords;
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
