#include "ui/mainwindow/MessageItemDelegate.h"

#include "models/Roles.h"
#include "models/messages/MessageListModel.h"
#include "ui/mainwindow/Icons.h"

namespace postier::ui {

void MessageItemDelegate::initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    if (index.data(models::Roles::IsUnread).toBool())
        option->font.setBold(true);
    if (index.column() == models::MessageListModel::SubjectColumn) {
        option->features |= QStyleOptionViewItem::HasDecoration;
        if (index.data(models::Roles::IsFlagged).toBool())
            option->icon = icon("flag-filled", "mail-mark-important");
        else if (index.data(models::Roles::IsUnread).toBool())
            option->icon = icon("mail-unread", "mail-unread");
        else
            option->icon = icon("mail-read", "mail-read");
    }
    if (index.column() == models::MessageListModel::SubjectColumn
        && index.data(models::Roles::FetchState).toInt() == int(models::FetchState::Loading))
        option->text = tr("loading…");
}

} // namespace postier::ui
