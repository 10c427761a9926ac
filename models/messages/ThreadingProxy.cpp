#include "models/messages/ThreadingProxy.h"

#include "models/Roles.h"
#include "models/messages/MessageListModel.h"

#include <QDateTime>

#include <algorithm>

namespace postier::models {

namespace {

constexpr int CandidatesPerNode = 3; // In-Reply-To, last References id, first References id

// Message-ID hash → node, open addressing. Lives only while resolve() runs.
class IdTable
{
public:
    explicit IdTable(int count)
        : m_hashes(qMax(16, count * 2), 0)
        , m_nodes(m_hashes.size(), -1)
    {
    }

    // The slot of `hash`: where it is, or the empty slot where it would go.
    [[nodiscard]] qsizetype slot(quint64 hash) const
    {
        // Multiply-shift onto [0, size) from the well-mixed high bits of FNV-1a.
        qsizetype i = qsizetype(((hash >> 32) * quint64(m_hashes.size())) >> 32);
        while (m_hashes[i] != 0 && m_hashes[i] != hash)
            i = i + 1 == m_hashes.size() ? 0 : i + 1;
        return i;
    }
    [[nodiscard]] qint32 find(quint64 hash) const { return hash ? m_nodes[slot(hash)] : -1; }

    QVector<quint64> m_hashes;
    QVector<qint32> m_nodes;
};

// Sizes `v` to `n` values of `value`, allocating exactly n when it must grow (QList::resize() would
// round the allocation up to the next power of two: up to twice the memory).
template <typename T>
void assign(QVector<T> &v, qsizetype n, T value)
{
    if (v.capacity() < n) {
        v = QVector<T>();
        v.reserve(n);
    }
    v.resize(n);
    std::fill(v.begin(), v.end(), value);
}

template <typename T>
qint64 bytesOf(const QVector<T> &v)
{
    return qint64(v.capacity()) * qint64(sizeof(T));
}

} // namespace

ThreadingProxy::ThreadingProxy(HeaderCache &cache, QObject *parent)
    : QAbstractProxyModel(parent)
    , m_cache(cache)
{
}

ThreadingProxy::~ThreadingProxy() = default;

void ThreadingProxy::setSourceModel(QAbstractItemModel *source)
{
    beginResetModel();
    for (const QMetaObject::Connection &c : std::as_const(m_connections))
        disconnect(c);
    m_connections.clear();
    QAbstractProxyModel::setSourceModel(source);
    m_list = qobject_cast<MessageListModel *>(source);
    if (source) {
        using M = QAbstractItemModel;
        m_connections = {
            connect(source, &M::dataChanged, this, &ThreadingProxy::sourceDataChanged),
            connect(source, &M::headerDataChanged, this, &ThreadingProxy::sourceHeaderDataChanged),
            connect(source, &M::modelAboutToBeReset, this, &ThreadingProxy::sourceAboutToBeReset),
            connect(source, &M::modelReset, this, &ThreadingProxy::sourceReset),
            connect(source, &M::rowsAboutToBeInserted, this, &ThreadingProxy::sourceRowsAboutToBeInserted),
            connect(source, &M::rowsInserted, this, &ThreadingProxy::sourceRowsInserted),
            connect(source, &M::rowsAboutToBeRemoved, this, &ThreadingProxy::sourceRowsAboutToBeRemoved),
            connect(source, &M::rowsRemoved, this, &ThreadingProxy::sourceRowsRemoved),
            connect(source, &M::layoutAboutToBeChanged, this, [this] { beginStructureChange(); }),
            connect(source, &M::layoutChanged, this, [this] {
                rebuild();
                endStructureChange();
            }),
            connect(source, &M::rowsAboutToBeMoved, this, [this] { beginStructureChange(); }),
            connect(source, &M::rowsMoved, this, [this] {
                rebuild();
                endStructureChange();
            }),
            // Columns are the source's own: any change of them is rare enough for a reset.
            connect(source, &M::columnsAboutToBeInserted, this, &ThreadingProxy::sourceAboutToBeReset),
            connect(source, &M::columnsInserted, this, &ThreadingProxy::sourceReset),
            connect(source, &M::columnsAboutToBeRemoved, this, &ThreadingProxy::sourceAboutToBeReset),
            connect(source, &M::columnsRemoved, this, &ThreadingProxy::sourceReset),
            connect(source, &M::columnsAboutToBeMoved, this, &ThreadingProxy::sourceAboutToBeReset),
            connect(source, &M::columnsMoved, this, &ThreadingProxy::sourceReset),
            // The base class then shows an empty model; the threads go with the list.
            connect(source, &QObject::destroyed, this, [this] {
                beginResetModel();
                m_list = nullptr;
                clearThreads();
                endResetModel();
            }),
        };
    }
    rebuild();
    endResetModel();
}

void ThreadingProxy::setThreaded(bool threaded)
{
    if (m_threaded == threaded)
        return;
    beginResetModel();
    m_threaded = threaded;
    rebuild();
    endResetModel();
}

qint64 ThreadingProxy::memoryUsage() const
{
    return bytesOf(m_candidates) + bytesOf(m_duplicates) + bytesOf(m_parent) + bytesOf(m_rowInParent)
        + bytesOf(m_childOffset) + bytesOf(m_children) + bytesOf(m_descendants) + bytesOf(m_depth);
}

// Building ------------------------------------------------------------------------------------

void ThreadingProxy::clearThreads()
{
    m_candidates = {};
    m_duplicates = {};
    m_parent = {};
    m_rowInParent = {};
    m_childOffset = {};
    m_children = {};
    m_descendants = {};
    m_depth = {};
}

void ThreadingProxy::rebuild()
{
    clearThreads();
    if (!isTree())
        return;
    const int n = m_list->rowCount();
    m_descending = true;
    if (n >= 2) {
        // The list is sorted by date (UID breaking ties, the same way), so its row order is the
        // date order; only the direction is needed, from the two ends.
        const QDateTime first = m_list->index(0, 0).data(Roles::Date).toDateTime();
        const QDateTime last = m_list->index(n - 1, 0).data(Roles::Date).toDateTime();
        m_descending = first != last ? first > last : m_list->uidAt(0) > m_list->uidAt(n - 1);
    }
    // By UID: the cache reads that order straight along its table, about twice as fast as by date
    // (which looks every row up through the date index). Rows are then matched by UID, guessing
    // that the next row is the neighbouring key, as it is when dates follow arrival.
    QVector<HeaderCache::ThreadKeys> keys;
    if (n > 0)
        keys = m_cache.threadKeys(m_list->folderId(), HeaderCache::Order::UidAscending);
    QVector<qint32> keyOfRow;
    assign(keyOfRow, n, qint32(-1));
    qsizetype guess = m_descending ? keys.size() - 1 : 0;
    for (int r = 0; r < n; ++r) {
        const quint32 uid = m_list->uidAt(r);
        qsizetype k = guess;
        if (k < 0 || k >= keys.size() || keys[k].uid != uid) {
            const auto it = std::lower_bound(keys.cbegin(), keys.cend(), uid,
                                             [](const HeaderCache::ThreadKeys &key, quint32 u) { return key.uid < u; });
            k = it != keys.cend() && it->uid == uid ? it - keys.cbegin() : -1;
        }
        if (k < 0)
            continue; // the cache no longer has it (the list reads it again soon): unthreaded
        keyOfRow[r] = qint32(k);
        guess = m_descending ? k - 1 : k + 1;
    }
    resolve(keys, keyOfRow);
    link();
}

void ThreadingProxy::resolve(const QVector<HeaderCache::ThreadKeys> &keys, const QVector<qint32> &keyOfRow)
{
    const int n = m_list->rowCount();
    const auto keyOf = [&](int row) -> const HeaderCache::ThreadKeys * {
        return keyOfRow[row] >= 0 ? &keys[keyOfRow[row]] : nullptr;
    };

    // Each Message-ID names the node with the lowest UID that has it.
    IdTable ids(n);
    for (int r = 0; r < n; ++r) {
        const HeaderCache::ThreadKeys *k = keyOf(r);
        if (!k || !k->messageId)
            continue;
        const qsizetype s = ids.slot(k->messageId);
        if (ids.m_hashes[s] == 0) {
            ids.m_hashes[s] = k->messageId;
            ids.m_nodes[s] = r;
        } else if (k->uid < keyOf(ids.m_nodes[s])->uid) {
            ids.m_nodes[s] = r;
        }
    }

    assign(m_candidates, qsizetype(n) * CandidatesPerNode, qint32(-1));
    struct Duplicate {
        qint32 first;
        quint32 uid;
        qint32 node;
    };
    QVector<Duplicate> duplicates;
    for (int r = 0; r < n; ++r) {
        const HeaderCache::ThreadKeys *k = keyOf(r);
        qint32 *c = m_candidates.data() + qsizetype(r) * CandidatesPerNode;
        c[0] = k ? ids.find(k->inReplyTo) : -1;
        c[1] = k ? ids.find(k->lastReference) : -1;
        c[2] = k ? ids.find(k->firstReference) : -1;
        if (k && k->messageId) {
            const qint32 first = ids.find(k->messageId);
            if (first != r)
                duplicates.append({first, k->uid, r});
        }
    }
    // Chain the nodes of each shared Message-ID in UID order: first → second → ...
    std::sort(duplicates.begin(), duplicates.end(), [](const Duplicate &a, const Duplicate &b) {
        return a.first != b.first ? a.first < b.first : a.uid < b.uid;
    });
    for (qsizetype i = 0; i < duplicates.size(); ++i) {
        const bool chainStart = i == 0 || duplicates[i - 1].first != duplicates[i].first;
        m_duplicates.append({chainStart ? duplicates[i].first : duplicates[i - 1].node, duplicates[i].node});
    }
    std::sort(m_duplicates.begin(), m_duplicates.end());
}

void ThreadingProxy::link()
{
    const int n = int(m_candidates.size() / CandidatesPerNode);
    const int root = n; // the invisible root's node
    // `older(a, b)`: a is earlier in date order than b.
    const bool descending = m_descending;
    const auto older = [descending](int a, int b) { return descending ? a > b : a < b; };

    assign(m_parent, n, qint32(-1));
    for (int r = 0; r < n; ++r) {
        const qint32 *c = m_candidates.constData() + qsizetype(r) * CandidatesPerNode;
        qint32 parent = -1;
        for (int i = 0; i < CandidatesPerNode && parent < 0; ++i) {
            if (c[i] >= 0 && c[i] != r)
                parent = c[i];
        }
        m_parent[r] = parent;
    }

    // Cycles: follow each chain of parents, stamping it with its start; reaching a node stamped by
    // the same walk means a cycle, and its oldest message loses its parent. Linear: each node is
    // walked once.
    QVector<qint32> scratch;
    assign(scratch, n, qint32(0));
    for (int s = 0; s < n; ++s) {
        int v = s;
        while (v >= 0 && scratch[v] == 0) {
            scratch[v] = s + 1;
            v = m_parent[v];
        }
        if (v >= 0 && scratch[v] == s + 1) {
            int oldest = v;
            for (int u = m_parent[v]; u != v; u = m_parent[u]) {
                if (older(u, oldest))
                    oldest = u;
            }
            m_parent[oldest] = -1;
        }
    }

    // Children lists, each in date order, oldest first: count, turn the counts into the end of
    // each node's range, then place the nodes newest first, each at the end of its parent's range
    // minus one, which leaves m_childOffset[v] at the start of v's range.
    assign(m_childOffset, n + 2, qint32(0));
    for (int r = 0; r < n; ++r)
        ++m_childOffset[m_parent[r] < 0 ? root : m_parent[r]];
    for (int v = 1; v <= root; ++v)
        m_childOffset[v] += m_childOffset[v - 1];
    m_childOffset[root + 1] = n;
    assign(m_children, n, qint32(-1));
    for (int i = 0; i < n; ++i) {
        const int r = descending ? i : n - 1 - i; // newest first
        m_children[--m_childOffset[m_parent[r] < 0 ? root : m_parent[r]]] = r;
    }

    // Breadth first from the roots: depth and thread root (in `scratch`) before any descendant.
    QVector<qint32> order;
    order.reserve(n);
    assign(m_depth, n, qint32(0));
    for (int i = m_childOffset[root]; i < m_childOffset[root + 1]; ++i) {
        order.append(m_children[i]);
        m_depth[m_children[i]] = 0;
        scratch[m_children[i]] = m_children[i];
    }
    for (qsizetype head = 0; head < order.size(); ++head) {
        const int v = order[head];
        for (int i = m_childOffset[v]; i < m_childOffset[v + 1]; ++i) {
            const int c = m_children[i];
            m_depth[c] = m_depth[v] + 1;
            scratch[c] = scratch[v];
            order.append(c);
        }
    }
    Q_ASSERT(order.size() == n); // no cycle is left, so every node hangs below a root
    assign(m_descendants, n, qint32(0));
    for (qsizetype i = order.size() - 1; i >= 0; --i) {
        const int v = order[i];
        if (m_parent[v] >= 0)
            m_descendants[m_parent[v]] += m_descendants[v] + 1;
    }

    // Threads in the list's direction by their newest message: the first time a thread shows up
    // when reading the list from the newest row (descending) or, reversed, from the oldest-end.
    order.fill(0, n); // now "thread already placed", by root
    int w = m_childOffset[root];
    for (int i = 0; i < n; ++i) {
        const int r = descending ? i : n - 1 - i;
        const int t = scratch[r];
        if (!order[t]) {
            order[t] = 1;
            m_children[w++] = t;
        }
    }
    if (!descending)
        std::reverse(m_children.begin() + m_childOffset[root], m_children.end());

    assign(m_rowInParent, n, qint32(0));
    for (int v = 0; v <= root; ++v) {
        for (int i = m_childOffset[v]; i < m_childOffset[v + 1]; ++i)
            m_rowInParent[m_children[i]] = i - m_childOffset[v];
    }
}

void ThreadingProxy::removeNodes(int first, int last)
{
    const int count = last - first + 1;
    const auto removed = [first, last](int v) { return v >= first && v <= last; };
    const auto nextDuplicate = [this](int v) {
        const auto it = std::lower_bound(m_duplicates.cbegin(), m_duplicates.cend(), std::pair<qint32, qint32>(v, -1));
        return it != m_duplicates.cend() && it->first == v ? it->second : -1;
    };
    // A reference to a removed node passes to the next node with its Message-ID, as a rebuild
    // would find it; node numbers after the removed rows move down.
    const auto remap = [&](int v) {
        while (v >= 0 && removed(v))
            v = nextDuplicate(v);
        return v > last ? v - count : v;
    };
    m_candidates.remove(qsizetype(first) * CandidatesPerNode, qsizetype(count) * CandidatesPerNode);
    for (qint32 &c : m_candidates)
        c = remap(c);
    QVector<std::pair<qint32, qint32>> duplicates;
    for (const auto &[node, next] : std::as_const(m_duplicates)) {
        const int to = remap(next);
        if (!removed(node) && to >= 0)
            duplicates.append({node > last ? node - count : node, to});
    }
    m_duplicates = std::move(duplicates); // still sorted: the renumbering keeps the order
}

// Structure changes ---------------------------------------------------------------------------

void ThreadingProxy::beginStructureChange()
{
    Q_EMIT layoutAboutToBeChanged();
    // Each persistent index follows its source row: the source keeps these up to date through
    // its change, and the new tree maps them back.
    m_changingProxy = persistentIndexList();
    m_changingSource.clear();
    m_changingSource.reserve(m_changingProxy.size());
    for (const QModelIndex &index : std::as_const(m_changingProxy))
        m_changingSource.append(QPersistentModelIndex(mapToSource(index)));
}

void ThreadingProxy::endStructureChange()
{
    QModelIndexList to;
    to.reserve(m_changingSource.size());
    for (const QPersistentModelIndex &source : std::as_const(m_changingSource))
        to.append(mapFromSource(source));
    changePersistentIndexList(m_changingProxy, to);
    m_changingProxy.clear();
    m_changingSource.clear();
    Q_EMIT layoutChanged();
}

// Source signals ------------------------------------------------------------------------------

void ThreadingProxy::sourceDataChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight,
                                       const QList<int> &roles)
{
    if (!topLeft.isValid() || !bottomRight.isValid() || topLeft.parent().isValid())
        return;
    if (!isTree()) {
        Q_EMIT dataChanged(mapFromSource(topLeft), mapFromSource(bottomRight), roles);
        return;
    }
    // Source rows scatter over the tree; send one signal per run of rows that stay adjacent.
    int runParent = -2;
    int runFirst = 0;
    int runLast = -1;
    const auto flush = [&] {
        if (runLast >= runFirst)
            Q_EMIT dataChanged(createIndex(runFirst, topLeft.column(), quintptr(runParent + 1)),
                               createIndex(runLast, bottomRight.column(), quintptr(runParent + 1)), roles);
    };
    for (int r = topLeft.row(); r <= bottomRight.row() && r < nodeCount(); ++r) {
        const int row = m_rowInParent[r];
        if (m_parent[r] == runParent && row == runLast + 1) {
            runLast = row;
            continue;
        }
        flush();
        runParent = m_parent[r];
        runFirst = runLast = row;
    }
    flush();
}

void ThreadingProxy::sourceHeaderDataChanged(Qt::Orientation orientation, int first, int last)
{
    if (orientation == Qt::Horizontal)
        Q_EMIT headerDataChanged(orientation, first, last);
}

void ThreadingProxy::sourceAboutToBeReset()
{
    beginResetModel();
}

void ThreadingProxy::sourceReset()
{
    rebuild();
    endResetModel();
}

void ThreadingProxy::sourceRowsAboutToBeInserted(const QModelIndex &parent, int first, int last)
{
    if (parent.isValid())
        return;
    if (isTree())
        beginStructureChange();
    else
        beginInsertRows({}, first, last);
}

void ThreadingProxy::sourceRowsInserted(const QModelIndex &parent, int, int)
{
    if (parent.isValid())
        return;
    if (isTree()) {
        rebuild(); // new rows need their ids from the cache
        endStructureChange();
    } else {
        endInsertRows();
    }
}

void ThreadingProxy::sourceRowsAboutToBeRemoved(const QModelIndex &parent, int first, int last)
{
    if (parent.isValid())
        return;
    if (isTree())
        beginStructureChange();
    else
        beginRemoveRows({}, first, last);
}

void ThreadingProxy::sourceRowsRemoved(const QModelIndex &parent, int first, int last)
{
    if (parent.isValid())
        return;
    if (isTree()) {
        removeNodes(first, last);
        link();
        endStructureChange();
    } else {
        endRemoveRows();
    }
}

// Model interface -----------------------------------------------------------------------------

int ThreadingProxy::nodeOf(const QModelIndex &index) const
{
    const int parent = index.internalId() ? int(index.internalId()) - 1 : nodeCount();
    return m_children[m_childOffset[parent] + index.row()];
}

int ThreadingProxy::childCount(int node) const
{
    return m_childOffset[node + 1] - m_childOffset[node];
}

QModelIndex ThreadingProxy::mapToSource(const QModelIndex &proxyIndex) const
{
    if (!proxyIndex.isValid() || !sourceModel())
        return {};
    return sourceModel()->index(isTree() ? nodeOf(proxyIndex) : proxyIndex.row(), proxyIndex.column());
}

QModelIndex ThreadingProxy::mapFromSource(const QModelIndex &sourceIndex) const
{
    if (!sourceIndex.isValid() || sourceIndex.model() != sourceModel())
        return {};
    if (!isTree())
        return createIndex(sourceIndex.row(), sourceIndex.column());
    const int r = sourceIndex.row();
    if (r >= nodeCount())
        return {};
    return createIndex(m_rowInParent[r], sourceIndex.column(), quintptr(m_parent[r] + 1));
}

QModelIndex ThreadingProxy::index(int row, int column, const QModelIndex &parent) const
{
    if (row < 0 || column < 0 || column >= columnCount() || row >= rowCount(parent))
        return {};
    return createIndex(row, column, parent.isValid() ? quintptr(nodeOf(parent) + 1) : quintptr(0));
}

QModelIndex ThreadingProxy::parent(const QModelIndex &child) const
{
    if (!child.isValid() || !child.internalId())
        return {};
    const int node = int(child.internalId()) - 1;
    return createIndex(m_rowInParent[node], 0, quintptr(m_parent[node] + 1));
}

QModelIndex ThreadingProxy::sibling(int row, int column, const QModelIndex &idx) const
{
    if (!idx.isValid() || row < 0 || column < 0 || column >= columnCount())
        return {};
    const int count = isTree() ? childCount(idx.internalId() ? int(idx.internalId()) - 1 : nodeCount())
                               : rowCount();
    return row < count ? createIndex(row, column, idx.internalId()) : QModelIndex();
}

int ThreadingProxy::rowCount(const QModelIndex &parent) const
{
    if (!sourceModel())
        return 0;
    if (!isTree())
        return parent.isValid() ? 0 : sourceModel()->rowCount();
    if (!parent.isValid())
        return childCount(nodeCount());
    return parent.column() == 0 ? childCount(nodeOf(parent)) : 0;
}

int ThreadingProxy::columnCount(const QModelIndex &) const
{
    return sourceModel() ? sourceModel()->columnCount() : 0;
}

bool ThreadingProxy::hasChildren(const QModelIndex &parent) const
{
    return rowCount(parent) > 0;
}

QVariant ThreadingProxy::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    if (role == Roles::ThreadSize)
        return isTree() ? m_descendants[nodeOf(index)] : 0;
    if (role == Roles::ThreadDepth)
        return isTree() ? m_depth[nodeOf(index)] : 0;
    return QAbstractProxyModel::data(index, role);
}

QVariant ThreadingProxy::headerData(int section, Qt::Orientation orientation, int role) const
{
    // The base class maps through row 0, which an empty folder does not have.
    if (orientation == Qt::Horizontal && sourceModel())
        return sourceModel()->headerData(section, orientation, role);
    return QAbstractItemModel::headerData(section, orientation, role);
}

Qt::ItemFlags ThreadingProxy::flags(const QModelIndex &index) const
{
    const Qt::ItemFlags f = QAbstractProxyModel::flags(index);
    return isTree() ? f & ~Qt::ItemNeverHasChildren : f;
}

} // namespace postier::models
