#pragma once

#include "models/cache/HeaderCache.h"

#include <QAbstractProxyModel>
#include <QList>
#include <QPersistentModelIndex>
#include <QVector>

#include <utility>

namespace postier::models {

class MessageListModel;

/// Conversations over a MessageListModel: the flat list becomes a tree whose top-level rows are
/// thread roots and whose children are replies, or, in flat mode (setThreaded(false)), the list
/// itself, row for row. Columns are the source's. Switching modes resets the model.
///
/// Threading never reads a row's text, so the list stays lazy: the ids of the whole folder come
/// from one cache query of hashes (HeaderCache::threadKeys()), and otherwise only the list's
/// compact index is consulted (UIDs, and the dates of the first and last rows). A message's
/// parent is the message, in the same folder, named by its In-Reply-To, else by the last id of its
/// References, else by the first one (the cache returns only those two of References, so a reply
/// whose parent and In-Reply-To target are missing hangs under its thread's root rather than a
/// nearer ancestor). Unknown parents are skipped, so an orphan reply is a root; a message's own id
/// is never its parent; when ids form a cycle, the oldest message of the cycle becomes a root. When
/// several messages share a Message-ID, replies go to the one with the lowest UID (the copy that
/// arrived first). Replies are ordered by date, oldest first, at every level; threads by the date
/// of their newest message, in the list's direction (newest thread first when the list is newest
/// first). sort() is forwarded to the list, which sorts in the cache.
///
/// Costs, for n messages: 36 bytes per message kept while threaded (memoryUsage()), nothing in
/// flat mode; while a build runs it also holds the query's result (40 bytes a message) and a hash
/// table (24), freed when it returns. Index navigation, mapping and data() are O(1). Building 100k messages takes about 65 ms of CPU, of
/// which about 55 ms is the cache query and 10 ms the threading.
///
/// Source changes: a reset resets; inserted or moved rows and layout changes re-read the ids (one
/// query) and are passed on as a layout change. Removed rows are re-threaded from what is kept,
/// without a query (about 5 ms for 100k), also as a layout change: the replies of a removed
/// message hang where their other ids lead (or become roots), exactly as a fresh build would put
/// them, and the selection and current row of a view survive a delete. dataChanged() is forwarded for the
/// mapped rows. In flat mode, inserted and removed rows are forwarded as such.
///
/// The source must be a MessageListModel (threading needs its UIDs and folder); any other model is
/// passed through flat.
class ThreadingProxy : public QAbstractProxyModel
{
    Q_OBJECT
public:
    /// `cache` must be the one the source list reads.
    explicit ThreadingProxy(HeaderCache &cache, QObject *parent = nullptr);
    ~ThreadingProxy() override;

    void setSourceModel(QAbstractItemModel *source) override;

    /// Threads (the default) or the flat list. Changing it resets the model.
    void setThreaded(bool threaded);
    [[nodiscard]] bool isThreaded() const { return m_threaded; }

    /// Bytes held by the threading structures now (0 in flat mode).
    [[nodiscard]] qint64 memoryUsage() const;

    [[nodiscard]] QModelIndex mapToSource(const QModelIndex &proxyIndex) const override;
    [[nodiscard]] QModelIndex mapFromSource(const QModelIndex &sourceIndex) const override;

    [[nodiscard]] QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    [[nodiscard]] QModelIndex parent(const QModelIndex &child) const override;
    [[nodiscard]] QModelIndex sibling(int row, int column, const QModelIndex &idx) const override;
    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] bool hasChildren(const QModelIndex &parent = {}) const override;
    /// The source's data, plus Roles::ThreadSize and Roles::ThreadDepth.
    [[nodiscard]] QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation,
                                      int role = Qt::DisplayRole) const override;
    /// The source's flags; in threaded mode without Qt::ItemNeverHasChildren.
    [[nodiscard]] Qt::ItemFlags flags(const QModelIndex &index) const override;

private:
    [[nodiscard]] bool isTree() const { return m_threaded && m_list; }
    [[nodiscard]] int nodeCount() const { return int(m_parent.size()); }
    [[nodiscard]] int nodeOf(const QModelIndex &index) const;
    [[nodiscard]] int childCount(int node) const;

    void clearThreads();
    void rebuild();
    void resolve(const QVector<HeaderCache::ThreadKeys> &keys, const QVector<qint32> &keyOfRow);
    void link();
    void removeNodes(int first, int last);

    void beginStructureChange();
    void endStructureChange();

    void sourceDataChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight,
                           const QList<int> &roles);
    void sourceHeaderDataChanged(Qt::Orientation orientation, int first, int last);
    void sourceAboutToBeReset();
    void sourceReset();
    void sourceRowsAboutToBeInserted(const QModelIndex &parent, int first, int last);
    void sourceRowsInserted(const QModelIndex &parent, int first, int last);
    void sourceRowsAboutToBeRemoved(const QModelIndex &parent, int first, int last);
    void sourceRowsRemoved(const QModelIndex &parent, int first, int last);

    HeaderCache &m_cache;
    MessageListModel *m_list = nullptr;
    QList<QMetaObject::Connection> m_connections;
    bool m_threaded = true;
    bool m_descending = true; // the source lists newest first

    // Nodes are source rows. The kept base, from which link() derives the tree: three candidate
    // parents per node (In-Reply-To, last and first References, as nodes, -1 unknown) and, for
    // Message-IDs that several nodes share, (node, next node with the same id by UID) pairs sorted
    // by node, so that removing the first one hands its replies to the next.
    QVector<qint32> m_candidates;
    QVector<std::pair<qint32, qint32>> m_duplicates;
    // The tree. Node nodeCount() is the invisible root; the children of node v are
    // m_children[m_childOffset[v] .. m_childOffset[v + 1]). An index's internal id is its parent
    // node + 1, 0 for a top-level row.
    QVector<qint32> m_parent;
    QVector<qint32> m_rowInParent;
    QVector<qint32> m_childOffset;
    QVector<qint32> m_children;
    QVector<qint32> m_descendants;
    QVector<qint32> m_depth;

    // Between beginStructureChange() and endStructureChange().
    QModelIndexList m_changingProxy;
    QList<QPersistentModelIndex> m_changingSource;
};

} // namespace postier::models
