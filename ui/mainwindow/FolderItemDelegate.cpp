#include "ui/mainwindow/FolderItemDelegate.h"

#include "models/Roles.h"
#include "protocols/imap/FolderInfo.h"
#include "ui/mainwindow/Icons.h"

#include <QApplication>
#include <QPalette>

namespace postier::ui {

namespace {
QIcon folderIcon(protocols::SpecialUse use)
{
    using protocols::SpecialUse;
    switch (use) {
    case SpecialUse::Inbox: return icon("inbox", "mail-folder-inbox");
    case SpecialUse::Sent: return icon("sent", "mail-folder-sent");
    case SpecialUse::Drafts: return icon("drafts", "folder-documents");
    case SpecialUse::Trash: return icon("trash", "user-trash");
    case SpecialUse::Junk: return icon("junk", "mail-mark-junk");
    case SpecialUse::Archive:
    case SpecialUse::All: return icon("archive", "folder");
    case SpecialUse::Flagged: return icon("flag", "folder");
    case SpecialUse::None: break;
    }
    return icon("folder", "folder");
}
} // namespace

void FolderItemDelegate::initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    option->features |= QStyleOptionViewItem::HasDecoration;
    if (index.data(models::Roles::IsAccount).toBool()) {
        option->icon = icon("account", "mail-message");
        option->font.setBold(true);
        const auto state = models::FetchState(index.data(models::Roles::FetchState).toInt());
        if (state == models::FetchState::Loading)
            option->text += QStringLiteral(" — ") + tr("connecting…");
        else if (state == models::FetchState::Unavailable)
            option->text += QStringLiteral(" — ") + tr("offline");
        return;
    }
    if (index.data(models::Roles::IsGhost).toBool()) {
        option->icon = icon("folder-ghost", nullptr);
        option->font.setItalic(true);
        option->palette.setColor(QPalette::Text, option->palette.color(QPalette::Disabled, QPalette::Text));
        return;
    }
    option->icon = folderIcon(protocols::SpecialUse(index.data(models::Roles::SpecialUse).toInt()));
    if (index.data(models::Roles::UnreadCount).toInt() > 0)
        option->font.setBold(true);
}

} // namespace postier::ui
