#include "ui/mainwindow/FolderActions.h"

#include "models/Roles.h"
#include "models/folders/FolderModel.h"
#include "models/local/LocalMail.h"
#include "models/session/MailSession.h"
#include "protocols/imap/CreateFolderJob.h"
#include "protocols/imap/DeleteFolderJob.h"
#include "protocols/imap/FolderInfo.h"
#include "protocols/imap/ImapParser.h"
#include "protocols/imap/RenameFolderJob.h"
#include "protocols/imap/SubscribeFolderJob.h"
#include "protocols/local/MaildirStore.h"
#include "ui/mainwindow/Icons.h"

#include <QAction>
#include <QInputDialog>
#include <QMessageBox>
#include <QTreeView>

namespace postier::ui {

FolderActions::FolderActions(models::MailSession &session, models::FolderModel &folders, QTreeView &view,
                             QWidget *window)
    : QObject(window)
    , m_session(session)
    , m_folders(folders)
    , m_view(view)
    , m_window(window)
{
    newFolder = new QAction(icon("folder", "folder-new"), tr("&New Folder…"), this);
    renameFolder = new QAction(tr("&Rename Folder…"), this);
    renameFolder->setShortcut(QKeySequence(Qt::Key_F2));
    renameFolder->setShortcutContext(Qt::WidgetShortcut);
    deleteFolder = new QAction(icon("delete", "edit-delete"), tr("&Delete Folder…"), this);
    subscribe = new QAction(tr("&Subscribed"), this);
    subscribe->setCheckable(true);
    m_view.addAction(renameFolder);
    // Folders go to other accounts by drag and drop; the tree keeps accepting messages and files.
    m_view.setDragEnabled(true);
    m_view.setDragDropMode(QAbstractItemView::DragDrop);

    connect(newFolder, &QAction::triggered, this, [this] {
        const QModelIndex at = current();
        const QString accountId = at.data(models::Roles::AccountId).toString();
        const bool underAccount = at.data(models::Roles::IsAccount).toBool();
        const QString parentPath = underAccount ? QString() : at.data(models::Roles::FolderPath).toString();
        bool ok = false;
        const QString name = QInputDialog::getText(
            m_window, tr("New Folder"),
            parentPath.isEmpty() ? tr("Name of the new folder:") : tr("Name of the new folder inside “%1”:").arg(parentPath),
            QLineEdit::Normal, QString(), &ok);
        if (!ok || name.trimmed().isEmpty())
            return;
        const QChar sep = QLatin1Char('/');
        if (name.contains(sep)) {
            Q_EMIT problem(tr("A folder name cannot contain “%1”.").arg(sep));
            return;
        }
        const QString path = parentPath.isEmpty() ? name.trimmed() : parentPath + sep + name.trimmed();
        if (m_session.local().isLocalAccount(accountId)) {
            // A POP3 account's folders are directories of its Maildir on this computer.
            QString reason;
            protocols::Error error;
            protocols::MaildirStore store(m_session.local().storeRoot(accountId));
            if (!protocols::MaildirStore::isValidFolderName(path, &reason))
                Q_EMIT problem(reason);
            else if (!store.createFolder(path, &error))
                Q_EMIT problem(error.sentence());
            else {
                Q_EMIT status(tr("Created the folder “%1”.").arg(path));
                m_folders.refresh(m_folders.indexFor(accountId));
            }
            return;
        }
        auto *job = new protocols::CreateFolderJob(protocols::imap::encodeMailboxName(path));
        runAndRefresh(accountId, job, tr("Created the folder “%1”.").arg(path));
    });
    connect(renameFolder, &QAction::triggered, this, [this] {
        const QModelIndex at = current();
        if (!at.isValid() || at.data(models::Roles::IsAccount).toBool())
            return;
        const QString path = at.data(models::Roles::FolderPath).toString();
        const QString leaf = path.section(QLatin1Char('/'), -1);
        bool ok = false;
        const QString name = QInputDialog::getText(m_window, tr("Rename Folder"), tr("New name for “%1”:").arg(path),
                                                   QLineEdit::Normal, leaf, &ok);
        if (!ok || name.trimmed().isEmpty() || name == leaf)
            return;
        const QString parent = path.contains(QLatin1Char('/')) ? path.section(QLatin1Char('/'), 0, -2) + QLatin1Char('/') : QString();
        auto *job = new protocols::RenameFolderJob(at.data(models::Roles::FolderRawName).toByteArray(),
                                                   protocols::imap::encodeMailboxName(parent + name.trimmed()));
        runAndRefresh(at.data(models::Roles::AccountId).toString(), job, tr("Renamed “%1”.").arg(path));
    });
    connect(deleteFolder, &QAction::triggered, this, [this] {
        const QModelIndex at = current();
        if (!at.isValid() || at.data(models::Roles::IsAccount).toBool())
            return;
        const QString path = at.data(models::Roles::FolderPath).toString();
        const int total = at.data(models::Roles::TotalCount).toInt();
        QString question = total > 0
            ? tr("Delete the folder “%1” and the %n message(s) in it from the server? This cannot be undone.", nullptr, total).arg(path)
            : tr("Delete the folder “%1” from the server?").arg(path);
        if (total < 0)
            question = tr("Delete the folder “%1” and every message in it from the server? Postier does "
                          "not know yet how many messages it holds. This cannot be undone.").arg(path);
        if (QMessageBox::question(m_window, tr("Delete Folder"), question, QMessageBox::Yes | QMessageBox::Cancel,
                                  QMessageBox::Cancel) != QMessageBox::Yes)
            return;
        auto *job = new protocols::DeleteFolderJob(at.data(models::Roles::FolderRawName).toByteArray());
        runAndRefresh(at.data(models::Roles::AccountId).toString(), job, tr("Deleted the folder “%1”.").arg(path));
    });
    connect(subscribe, &QAction::triggered, this, [this](bool on) {
        const QModelIndex at = current();
        if (!at.isValid() || at.data(models::Roles::IsAccount).toBool())
            return;
        auto *job = new protocols::SubscribeFolderJob(at.data(models::Roles::FolderRawName).toByteArray(), on);
        runAndRefresh(at.data(models::Roles::AccountId).toString(), job,
                      on ? tr("Subscribed to “%1”.").arg(at.data(models::Roles::FolderPath).toString())
                         : tr("Unsubscribed from “%1”.").arg(at.data(models::Roles::FolderPath).toString()));
    });
    connect(m_view.selectionModel(), &QItemSelectionModel::currentChanged, this, &FolderActions::updateEnabled);
    updateEnabled();
}

QModelIndex FolderActions::current() const
{
    return m_view.currentIndex();
}

void FolderActions::updateEnabled()
{
    const QModelIndex at = current();
    const bool folder = at.isValid() && !at.data(models::Roles::IsAccount).toBool();
    const bool special = at.data(models::Roles::SpecialUse).toInt() != int(protocols::SpecialUse::None);
    // Local (POP3) folders can be created here; renaming, deleting and subscribing are server
    // operations.
    const bool local = at.isValid() && m_session.local().isLocalAccount(at.data(models::Roles::AccountId).toString());
    newFolder->setEnabled(at.isValid());
    renameFolder->setEnabled(folder && !special && !local);
    deleteFolder->setEnabled(folder && !special && !local);
    subscribe->setEnabled(folder && !local);
    subscribe->setChecked(folder && (at.data(models::Roles::FolderAttributes).toInt() & protocols::FolderSubscribed));
}

void FolderActions::runAndRefresh(const QString &accountId, protocols::Job *job, const QString &done)
{
    connect(job, &protocols::Job::finished, this, [this, job, accountId, done] {
        if (job->error()) {
            Q_EMIT problem(job->error().sentence());
            return;
        }
        Q_EMIT status(done);
        m_folders.refresh(m_folders.indexFor(accountId));
    });
    m_session.runIncoming(accountId, job);
}

} // namespace postier::ui
