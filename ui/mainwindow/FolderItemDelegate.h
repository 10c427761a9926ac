#pragma once

#include <QStyledItemDelegate>

namespace postier::ui {

/// Draws the folder tree: special-use icons, unread folders in bold, ghost folders (listed but
/// unable to hold mail) greyed and italic with a dashed icon, accounts that are loading or
/// offline with their state.
class FolderItemDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;
};

} // namespace postier::ui
