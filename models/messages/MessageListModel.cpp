#include "models/messages/MessageListModel.h"

#include "models/Roles.h"
#include "models/cache/SearchText.h"
#include "protocols/imap/MessageFlags.h"

#include <QDateTime>
#include <QLocale>
#include <QMimeData>
#include <algorithm>

namespace postier::models {

namespace {

// "Anna Müller <anna@example.com>, …" → "Anna Müller"; a bare address stays as it is.
QString displayName(const QString &addresses)
{
    QString first = addresses.section(QStringLiteral(", "), 0, 0).trimmed();
    const int lt = first.lastIndexOf(QLatin1Char('<'));
    if (lt > 0) {
        QString name = first.left(lt).trimmed();
        if (name.size() >= 2 && name.startsWith(QLatin1Char('"')) && name.endsWith(QLatin1Char('"')))
            name = name.mid(1, name.size() - 2);
        if (!name.isEmpty())
            return name;
        return first.mid(lt + 1).chopped(first.endsWith(QLatin1Char('>')) ? 1 : 0);
    }
    return first;
}

QString shortDate(const QDateTime &when)
{
    const QDateTime now = QDateTime::currentDateTime();
    const QLocale locale;
    if (when.date() == now.date()) {
        // Hours and minutes: the C locale's short format ("HH:mm:ss") would add seconds.
        QString format = locale.timeFormat(QLocale::ShortFormat);
        format.remove(QStringLiteral(":ss"));
        return locale.toString(when.time(), format);
    }
    if (when.date().year() == now.date().year() && when.daysTo(now) < 180)
        return locale.toString(when.date(), QStringLiteral("d MMM"));
    return locale.toString(when.date(), QLocale::ShortFormat);
}

QString sizeText(qint64 bytes)
{
    return QLocale().formattedDataSize(bytes, 1, QLocale::DataSizeTraditionalFormat);
}

} // namespace

MessageListModel::MessageListModel(HeaderCache &cache, QObject *parent)
    : QAbstractTableModel(parent)
    , m_cache(cache)
{
}

MessageListModel::~MessageListModel() = default;

void MessageListModel::setFolder(qint64 folderId)
{
    beginResetModel();
    m_folderId = folderId;
    clearPages();
    m_index = folderId > 0 ? m_cache.messageIndex(folderId, m_order) : QVector<HeaderCache::IndexEntry>();
    m_index.squeeze();
    endResetModel();
}

void MessageListModel::reload()
{
    if (m_folderId <= 0)
        return;
    // Merge the fresh index into the current one, so a sync that brings new mail inserts rows
    // (and one that expunges removes them) instead of resetting: views keep their selection and
    // scroll position. Both lists are in the same order, by (date, UID).
    const QVector<HeaderCache::IndexEntry> fresh = m_cache.messageIndex(m_folderId, m_order);
    const bool descending = m_order == HeaderCache::Order::DateDescending || m_order == HeaderCache::Order::UidDescending;
    const bool byUid = m_order == HeaderCache::Order::UidAscending || m_order == HeaderCache::Order::UidDescending;
    auto before = [descending, byUid](const HeaderCache::IndexEntry &a, const HeaderCache::IndexEntry &b) {
        if (!byUid && a.internalDate != b.internalDate)
            return descending ? a.internalDate > b.internalDate : a.internalDate < b.internalDate;
        return descending ? a.uid > b.uid : a.uid < b.uid;
    };
    bool structureChanged = false;
    int i = 0;
    int j = 0;
    while (i < m_index.size() || j < fresh.size()) {
        if (j < fresh.size() && (i >= m_index.size() || before(fresh[j], m_index[i]))) {
            int k = j;
            while (k < fresh.size() && (i >= m_index.size() || before(fresh[k], m_index[i])))
                ++k;
            beginInsertRows({}, i, i + (k - j) - 1);
            m_index.insert(i, k - j, HeaderCache::IndexEntry());
            std::copy(fresh.begin() + j, fresh.begin() + k, m_index.begin() + i);
            if (!structureChanged)
                clearPages();
            structureChanged = true;
            endInsertRows();
            i += k - j;
            j = k;
        } else if (i < m_index.size() && (j >= fresh.size() || before(m_index[i], fresh[j]))) {
            int k = i;
            while (k < m_index.size() && (j >= fresh.size() || before(m_index[k], fresh[j])))
                ++k;
            beginRemoveRows({}, i, k - 1);
            m_index.remove(i, k - i);
            if (!structureChanged)
                clearPages();
            structureChanged = true;
            endRemoveRows();
        } else {
            if (m_index[i].flags != fresh[j].flags) {
                m_index[i].flags = fresh[j].flags;
                Q_EMIT dataChanged(index(i, 0), index(i, ColumnCount - 1));
            }
            ++i;
            ++j;
        }
    }
}

void MessageListModel::clearPages()
{
    m_pages.clear();
    m_requested.clear();
}

void MessageListModel::setFlags(quint32 uid, quint8 flags)
{
    const int row = rowForUid(uid);
    if (row < 0)
        return;
    m_index[row].flags = flags;
    Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

void MessageListModel::removeUids(const QVector<quint32> &uids)
{
    for (quint32 uid : uids) {
        const int row = rowForUid(uid);
        if (row < 0)
            continue;
        beginRemoveRows({}, row, row);
        m_index.remove(row);
        clearPages(); // pages are by offset: every page after the row moved
        endRemoveRows();
    }
}

int MessageListModel::rowForUid(quint32 uid) const
{
    for (int i = 0; i < m_index.size(); ++i) {
        if (m_index[i].uid == uid)
            return i;
    }
    return -1;
}

quint32 MessageListModel::uidAt(int row) const
{
    return row >= 0 && row < m_index.size() ? m_index[row].uid : 0;
}

int MessageListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_index.size());
}

int MessageListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

void MessageListModel::requestPage(int page) const
{
    if (m_requested.contains(page))
        return;
    m_requested.insert(page);
    if (!m_loadScheduled) {
        m_loadScheduled = true;
        // data() is const and must not touch the cache: the read happens on the next event loop
        // pass, once for every page asked for during this paint.
        QMetaObject::invokeMethod(const_cast<MessageListModel *>(this), &MessageListModel::loadRequestedPages,
                                  Qt::QueuedConnection);
    }
}

void MessageListModel::loadRequestedPages()
{
    m_loadScheduled = false;
    const QList<int> pages = m_requested.values();
    m_requested.clear();
    for (int page : pages) {
        const int first = page * pageSize();
        if (first >= m_index.size())
            continue;
        const int last = std::min<int>(first + pageSize(), int(m_index.size()));
        QVector<quint32> uids;
        uids.reserve(last - first);
        for (int row = first; row < last; ++row)
            uids.append(m_index[row].uid);
        const auto records = m_cache.headersByUid(m_folderId, uids);
        Page p;
        p.rows.reserve(records.size());
        for (const auto &r : records) {
            Row row;
            row.subject = decodedHeaderText(r.subject);
            row.from = decodedHeaderText(r.from);
            row.to = decodedHeaderText(r.to);
            row.messageId = r.messageId;
            row.inReplyTo = r.inReplyTo;
            row.references = r.references;
            row.size = r.size;
            p.rows.append(std::move(row));
        }
        p.lastUse = ++m_useCounter;
        m_pages.insert(page, std::move(p));
        Q_EMIT dataChanged(index(first, 0), index(last - 1, ColumnCount - 1));
    }
    // Keep memory bounded: drop the least recently used pages.
    while (m_pages.size() > maxCachedPages()) {
        auto oldest = m_pages.begin();
        for (auto it = m_pages.begin(); it != m_pages.end(); ++it) {
            if (it->lastUse < oldest->lastUse)
                oldest = it;
        }
        m_pages.erase(oldest);
    }
}

QVariant MessageListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_index.size())
        return {};
    const HeaderCache::IndexEntry &entry = m_index[index.row()];

    // Roles answered from the compact index, without any page.
    switch (role) {
    case Roles::Uid: return entry.uid;
    case Roles::Flags: return int(entry.flags);
    case Roles::IsUnread: return !(entry.flags & protocols::FlagSeen);
    case Roles::IsFlagged: return bool(entry.flags & protocols::FlagFlagged);
    case Roles::IsAnswered: return bool(entry.flags & protocols::FlagAnswered);
    case Roles::Date: return QDateTime::fromSecsSinceEpoch(entry.internalDate).toLocalTime();
    default: break;
    }
    if (role == Qt::DisplayRole && index.column() == DateColumn)
        return shortDate(QDateTime::fromSecsSinceEpoch(entry.internalDate).toLocalTime());
    if (role == Qt::ToolTipRole && index.column() == DateColumn)
        return QLocale().toString(QDateTime::fromSecsSinceEpoch(entry.internalDate).toLocalTime(), QLocale::LongFormat);
    if (role == Qt::TextAlignmentRole && (index.column() == SizeColumn || index.column() == DateColumn))
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);

    const int page = index.row() / pageSize();
    const auto it = m_pages.constFind(page);
    if (it == m_pages.constEnd()) {
        if (role == Qt::DisplayRole || role == Roles::Subject || role == Roles::From || role == Roles::FetchState)
            requestPage(page);
        return role == Roles::FetchState ? QVariant(int(FetchState::Loading)) : QVariant();
    }
    it->lastUse = ++m_useCounter;
    const Row &row = it->rows.at(index.row() % pageSize());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case SubjectColumn: return row.subject.isEmpty() ? tr("(no subject)") : row.subject;
        case FromColumn: return displayName(row.from);
        case SizeColumn: return sizeText(row.size);
        default: return {};
        }
    case Qt::ToolTipRole:
        if (index.column() == FromColumn)
            return row.from;
        if (index.column() == SubjectColumn)
            return row.subject;
        return {};
    case Roles::FetchState: return int(FetchState::Done);
    case Roles::Subject: return row.subject;
    case Roles::From: return row.from;
    case Roles::To: return row.to;
    case Roles::Size: return qint64(row.size);
    case Roles::MessageId: return row.messageId;
    case Roles::InReplyTo: return row.inReplyTo;
    case Roles::References: return row.references;
    default: return {};
    }
}

QVariant MessageListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case SubjectColumn: return tr("Subject");
    case FromColumn: return tr("From");
    case DateColumn: return tr("Date");
    case SizeColumn: return tr("Size");
    default: return {};
    }
}

Qt::ItemFlags MessageListModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsDragEnabled | Qt::ItemNeverHasChildren;
}

QStringList MessageListModel::mimeTypes() const
{
    return {QLatin1String(mimeType)};
}

QMimeData *MessageListModel::mimeData(const QModelIndexList &indexes) const
{
    QList<quint32> uids;
    for (const QModelIndex &i : indexes) {
        const quint32 uid = uidAt(i.row());
        if (uid && !uids.contains(uid))
            uids << uid;
    }
    QByteArrayList parts;
    for (quint32 uid : uids)
        parts << QByteArray::number(uid);
    auto *mime = new QMimeData;
    mime->setData(QLatin1String(mimeType), QByteArray::number(m_folderId) + '\n' + parts.join(','));
    return mime;
}

void MessageListModel::sort(int column, Qt::SortOrder order)
{
    Q_UNUSED(column); // the compact index carries the date only: every column sorts by date
    const HeaderCache::Order wanted = order == Qt::AscendingOrder ? HeaderCache::Order::DateAscending
                                                                  : HeaderCache::Order::DateDescending;
    if (wanted == m_order)
        return;
    m_order = wanted;
    setFolder(m_folderId);
}

} // namespace postier::models
