#pragma once

#include <QByteArray>
#include <QMap>
#include <QObject>
#include <QVector>

class QAction;
class QWidget;

namespace postier::models {
class FolderModel;
class MailSession;
class MessageListModel;
} // namespace postier::models

namespace postier::ui {

class CrossAccountDrop;
class MailController;

/// The actions on selected messages, with their shortcuts: mark read/unread (M), flag (S),
/// delete to Trash (Del), archive (A), move/copy by drag and drop, save as .eml (Ctrl+S),
/// view source (Ctrl+U), and undo of the last move or delete (Ctrl+Z). Moves go through the
/// server (MOVE, or COPY + STORE + UID EXPUNGE) and the cache follows only once the server
/// confirmed; undo moves the messages back using the UIDs the server gave them. Messages, folders
/// and files dropped on a folder of another account go to crossAccount(), which copies or moves
/// them with the verified migration engine.
class MessageActions : public QObject
{
    Q_OBJECT
public:
    MessageActions(models::MailSession &session, models::FolderModel &folders,
                   models::MessageListModel &messages, MailController &controller, QWidget *window);

    /// The UIDs the views have selected; set by the window on selection changes.
    void setSelection(const QVector<quint32> &uids);

    QAction *markRead;
    QAction *markUnread;
    QAction *toggleFlag;
    QAction *deleteMessages;
    QAction *archive;
    QAction *saveAs;
    QAction *viewSource;
    QAction *undo;

    /// From the folder tree's drop: "<folder id>\n<uid>,..." onto a folder of some account.
    void dropMessages(const QByteArray &mime, const QString &accountId, const QByteArray &rawFolder, bool copy);
    /// Copies and moves between accounts (drops of messages, folders and files).
    [[nodiscard]] CrossAccountDrop *crossAccount() const { return m_crossAccount; }

Q_SIGNALS:
    void problem(const QString &sentence);
    void status(const QString &sentence);

private:
    void setFlag(quint8 flag, bool on);
    void moveTo(const QByteArray &destination, const QString &undoText);
    [[nodiscard]] QByteArray specialFolder(int specialUse) const;
    [[nodiscard]] QString folderLabel(const QByteArray &rawFolder) const;
    void transferLocal(const QVector<quint32> &uids, const QByteArray &destination, bool copy,
                       const QString &undoText);
    void updateEnabled();

    models::MailSession &m_session;
    models::FolderModel &m_folders;
    models::MessageListModel &m_messages;
    MailController &m_controller;
    QWidget *m_window;
    CrossAccountDrop *m_crossAccount;
    QVector<quint32> m_selection;

    struct Undo {
        QString accountId;
        QByteArray from;      // where the messages are now
        QByteArray to;        // where they came from
        QVector<quint32> uids;
        bool local = false;   // local folders (LocalMail)
    } m_undo;
};

} // namespace postier::ui
