#pragma once

#include <QObject>
#include <QPersistentModelIndex>

class QAction;
class QTreeView;
class QWidget;

namespace postier::models {
class FolderModel;
class MailSession;
} // namespace postier::models

namespace postier::protocols {
class Job;
}

namespace postier::ui {

/// The actions on the folder under the cursor: new subfolder, rename, delete (with a
/// confirmation that says how many messages go with it; a folder with subfolders is refused by
/// the server and that is said plainly), and subscribe/unsubscribe. Every change goes to the
/// server first; the tree is listed again when the server confirmed. It also makes the folder
/// rows draggable: a folder dropped on a folder of another account is copied or moved there
/// (models::FolderModel::folderDropped(), handled by CrossAccountDrop).
class FolderActions : public QObject
{
    Q_OBJECT
public:
    FolderActions(models::MailSession &session, models::FolderModel &folders, QTreeView &view, QWidget *window);

    QAction *newFolder;
    QAction *renameFolder;
    QAction *deleteFolder;
    QAction *subscribe;

Q_SIGNALS:
    void problem(const QString &sentence);
    void status(const QString &sentence);

private:
    void updateEnabled();
    void runAndRefresh(const QString &accountId, protocols::Job *job, const QString &done);
    [[nodiscard]] QModelIndex current() const;

    models::MailSession &m_session;
    models::FolderModel &m_folders;
    QTreeView &m_view;
    QWidget *m_window;
};

} // namespace postier::ui
