#pragma once

#include <QSet>
#include <QSortFilterProxyModel>

namespace postier::models {

/// The quick filter above a message list: unread only, flagged only, and text. The flag filters
/// read only the list's compact index (no page loads, so filtering 100k rows stays instant); the
/// text filter takes the UIDs that matched a full-text search of the cache (setTextMatches()),
/// because reading every row's text to compare it would load the whole folder. Sorting is left
/// to the source, which sorts in the cache: sort() is forwarded, never done here.
class MessageFilterProxy : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit MessageFilterProxy(QObject *parent = nullptr);

    void setUnreadOnly(bool on);
    void setFlaggedOnly(bool on);
    /// Restricts to these UIDs; call clearTextMatches() to show everything again.
    void setTextMatches(const QSet<quint32> &uids);
    void clearTextMatches();
    [[nodiscard]] bool isFiltering() const;

    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

protected:
    [[nodiscard]] bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    bool m_unreadOnly = false;
    bool m_flaggedOnly = false;
    bool m_textActive = false;
    QSet<quint32> m_textMatches;
};

} // namespace postier::models
