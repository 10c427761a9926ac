#include "models/messages/MessageFilterProxy.h"

#include "models/Roles.h"

namespace postier::models {

MessageFilterProxy::MessageFilterProxy(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setDynamicSortFilter(false);
}

void MessageFilterProxy::setUnreadOnly(bool on)
{
    if (m_unreadOnly == on)
        return;
    m_unreadOnly = on;
    invalidateFilter();
}

void MessageFilterProxy::setFlaggedOnly(bool on)
{
    if (m_flaggedOnly == on)
        return;
    m_flaggedOnly = on;
    invalidateFilter();
}

void MessageFilterProxy::setTextMatches(const QSet<quint32> &uids)
{
    m_textActive = true;
    m_textMatches = uids;
    invalidateFilter();
}

void MessageFilterProxy::clearTextMatches()
{
    if (!m_textActive)
        return;
    m_textActive = false;
    m_textMatches.clear();
    invalidateFilter();
}

bool MessageFilterProxy::isFiltering() const
{
    return m_unreadOnly || m_flaggedOnly || m_textActive;
}

void MessageFilterProxy::sort(int column, Qt::SortOrder order)
{
    if (sourceModel())
        sourceModel()->sort(column, order);
}

bool MessageFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (!isFiltering())
        return true;
    const QModelIndex i = sourceModel()->index(sourceRow, 0, sourceParent);
    if (m_unreadOnly && !i.data(Roles::IsUnread).toBool())
        return false;
    if (m_flaggedOnly && !i.data(Roles::IsFlagged).toBool())
        return false;
    if (m_textActive && !m_textMatches.contains(i.data(Roles::Uid).toUInt()))
        return false;
    return true;
}

} // namespace postier::models
