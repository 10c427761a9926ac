#pragma once

#include "models/cache/HeaderCache.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QSet>
#include <QVector>

namespace postier::models {

/// The messages of one folder, as rows of a list view, read from the offline cache.
///
/// Lazy by design, so a 100k-message folder opens at once and costs little memory: setFolder()
/// reads only a compact index (UID, flags and date: 16 bytes a row) in the current order; the
/// text of a row (subject, sender...) is read from the cache a page of rows at a time when a view
/// first asks for it. data() never touches the disk or the network: a row that is not loaded yet
/// answers FetchState::Loading and an empty text, and schedules one batched page read through a
/// queued call, after which dataChanged() repaints it. At most maxCachedPages() pages are kept.
///
/// Sorting happens in the cache (by date or UID), so a proxy on top never needs every row's data.
/// reload() re-reads the index after a sync; setFlags() updates one row in place.
class MessageListModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { SubjectColumn, FromColumn, DateColumn, SizeColumn, ColumnCount };

    explicit MessageListModel(HeaderCache &cache, QObject *parent = nullptr);
    ~MessageListModel() override;

    /// Shows the folder (0 shows nothing). Resets the model.
    void setFolder(qint64 folderId);
    [[nodiscard]] qint64 folderId() const { return m_folderId; }
    /// Re-reads the index (after a sync) and applies the difference as row insertions, removals
    /// and flag changes, so views keep their selection; keeps the current order.
    void reload();
    /// Updates the flags of one message, if it is shown.
    void setFlags(quint32 uid, quint8 flags);
    /// Removes rows (after a move or delete), without a reset.
    void removeUids(const QVector<quint32> &uids);
    [[nodiscard]] int rowForUid(quint32 uid) const;
    [[nodiscard]] quint32 uidAt(int row) const;

    [[nodiscard]] static constexpr int pageSize() { return 128; }
    [[nodiscard]] static constexpr int maxCachedPages() { return 96; }
    [[nodiscard]] int cachedPages() const { return int(m_pages.size()); }

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    [[nodiscard]] Qt::ItemFlags flags(const QModelIndex &index) const override;
    [[nodiscard]] QStringList mimeTypes() const override;
    [[nodiscard]] QMimeData *mimeData(const QModelIndexList &indexes) const override;
    /// Sorts by date, in the cache, whatever the column: the compact index holds no text.
    void sort(int column, Qt::SortOrder order) override;

    /// The MIME type of dragged messages: "<cache folder id>\n<uid>,<uid>,...".
    static constexpr const char *mimeType = "application/x-postier-messages";

private:
    struct Row {
        QString subject;
        QString from;
        QString to;
        QByteArray messageId;
        QByteArray inReplyTo;
        QByteArray references;
        quint32 size = 0;
    };
    struct Page {
        QVector<Row> rows;
        mutable quint64 lastUse = 0;
    };

    void requestPage(int page) const;
    void loadRequestedPages();
    void clearPages();

    HeaderCache &m_cache;
    qint64 m_folderId = 0;
    HeaderCache::Order m_order = HeaderCache::Order::DateDescending;
    QVector<HeaderCache::IndexEntry> m_index;
    mutable QHash<int, Page> m_pages;
    mutable QSet<int> m_requested;
    mutable bool m_loadScheduled = false;
    mutable quint64 m_useCounter = 0;
};

} // namespace postier::models
