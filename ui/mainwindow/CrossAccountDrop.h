#pragma once

#include "models/migration/CrossAccountCopy.h"

#include <QObject>
#include <QPointer>

class QMenu;
class QWidget;

namespace postier::models {
class FolderModel;
class MailSession;
class PasswordStore;
} // namespace postier::models

namespace postier::ui {

class MailController;

/// Drops onto a folder of another account: a folder, messages, or mbox/.eml files from the file
/// manager. Asks whether to move or to copy (Shift: move, Ctrl: copy, otherwise a small menu at
/// the pointer, as file managers do; files are always copied, never deleted), then runs a
/// models::CrossAccountCopy: progress and Cancel in the status bar's job list, the outcome as a
/// sentence in the status bar, and the full report in a dialog when a message is missing or the
/// source could not be removed. The folder tree and the message list follow the change.
class CrossAccountDrop : public QObject
{
    Q_OBJECT
public:
    CrossAccountDrop(models::MailSession &session, models::FolderModel &folders, MailController &controller,
                     QWidget *window);

    /// Where the target account's password is read (the keychain when never set). Not owned.
    void setPasswordStore(models::PasswordStore *store) { m_passwords = store; }

    /// Asks move or copy (see the class comment), then start()s.
    void drop(models::CrossAccountRequest request);
    /// Copies or moves at once.
    void start(const models::CrossAccountRequest &request);
    /// The move-or-copy menu while it is open, for tests.
    [[nodiscard]] QMenu *openMenu() const;

Q_SIGNALS:
    void problem(const QString &sentence);
    void status(const QString &sentence);
    /// A copy or move ended (after the status bar and the dialog were told).
    void finished(const postier::models::CrossAccountResult &result);

private:
    void done(const models::CrossAccountRequest &request, const models::CrossAccountResult &result);
    [[nodiscard]] bool showsFolder(const QString &accountId, const QByteArray &rawFolder) const;

    models::MailSession &m_session;
    models::FolderModel &m_folders;
    MailController &m_controller;
    QWidget *m_window;
    models::PasswordStore *m_passwords = nullptr;
    QPointer<QMenu> m_menu;
};

} // namespace postier::ui
