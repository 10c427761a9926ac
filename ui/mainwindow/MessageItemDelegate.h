#pragma once

#include <QStyledItemDelegate>

namespace postier::ui {

/// Draws message rows: unread in bold, a flag icon on flagged messages, "loading…" for a row
/// whose text is still being read from the cache.
class MessageItemDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;
};

} // namespace postier::ui
