#pragma once

#include <QByteArray>
#include <QModelIndex>
#include <QObject>
#include <QPointer>
#include <QString>

namespace postier::models {
class FolderModel;
class FolderSynchronizer;
class MailSession;
class MessageListModel;
} // namespace postier::models

namespace postier::ui {

/// What happens when the user picks a folder or a message.
///
/// A folder shows at once from the offline cache, then is brought up to date in the background
/// (FolderSynchronizer) and the list refreshed, keeping the selected message. A message is shown
/// from the cache when its body was opened before, else fetched; then it is marked read on the
/// server and in the cache. Nothing here waits: every step is a job, and failures come back as
/// sentences through problem().
///
/// The local folders of a POP3 account work the same way through models::LocalMail: a folder
/// shows from the cache, then is compared with its files; a message is read from its file; it is
/// marked read by renaming the file (the Maildir S flag); refresh() (Get Messages) downloads new
/// mail from the POP3 server into the account's INBOX.
class MailController : public QObject
{
    Q_OBJECT
public:
    MailController(models::MailSession &session, models::FolderModel &folders,
                   models::MessageListModel &messages, QObject *parent = nullptr);
    ~MailController() override;

    void selectFolder(const QModelIndex &folderIndex);
    void selectMessage(quint32 uid);
    /// Syncs the current folder again (F5, or new mail announced).
    void refresh();

    [[nodiscard]] QString accountId() const { return m_accountId; }
    /// Whether the folder on show is a local folder (of a POP3 account, see models::LocalMail);
    /// its name is then QString::fromUtf8(folder()).
    [[nodiscard]] bool isLocal() const { return m_isLocal; }
    [[nodiscard]] QByteArray folder() const { return m_folder; }
    [[nodiscard]] qint64 folderId() const { return m_folderId; }
    [[nodiscard]] quint32 currentUid() const { return m_uid; }
    /// The raw bytes of the message on show, if loaded.
    [[nodiscard]] const QByteArray &currentMessage() const { return m_message; }

Q_SIGNALS:
    void messageLoading();
    void messageReady(const QByteArray &rfc822);
    void messageCleared();
    /// Something failed; `sentence` says what, for the status bar or a notification.
    void problem(const QString &sentence);
    void folderSynced(int total, int unread);

private:
    void showMessage(quint32 uid, const QByteArray &bytes);
    void markRead(quint32 uid);
    [[nodiscard]] QString localFolder() const { return QString::fromUtf8(m_folder); }

    models::MailSession &m_session;
    models::FolderModel &m_folders;
    models::MessageListModel &m_messages;
    QString m_accountId;
    QByteArray m_folder;
    qint64 m_folderId = 0;
    bool m_isLocal = false;
    quint32 m_uid = 0;
    QByteArray m_message;
    QPointer<models::FolderSynchronizer> m_sync;
};

} // namespace postier::ui
