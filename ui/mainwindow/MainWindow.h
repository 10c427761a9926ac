#pragma once

#include <QMainWindow>
#include <QSet>

class QLineEdit;
class QModelIndex;
class QSplitter;
class QToolButton;
class QTreeView;

namespace postier::models {
class FolderModel;
class MailSession;
class MessageFilterProxy;
class MessageListModel;
class NewMailWatcher;
class ThreadingProxy;
} // namespace postier::models

namespace postier::ui {

class MailController;
class MessageActions;
class MessageView;
class ServerSearchBar;
class TrayNotifier;

/// The three-pane window: folders, messages, the message itself. It only lays out views and
/// wires them to the controllers (MailController, MessageActions), which hold the behaviour.
/// Geometry and splitter positions are remembered between runs.
///
/// Also: File > Print and Print Preview of the message on show (MessagePrinter); "Search on
/// Server" under the quick filter (ServerSearchBar), whose matches join the filter's; new mail
/// announced by the NewMailWatcher (started a moment after the window) as desktop notifications
/// through the TrayNotifier (View > New-Mail Notifications turns them off; QSettings key
/// "notifications/enabled"), while the title always counts the unread messages of the Inboxes.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(models::MailSession &session, QWidget *parent = nullptr);
    ~MainWindow() override;

    [[nodiscard]] QTreeView *folderView() const { return m_folderView; }
    [[nodiscard]] QTreeView *messageView() const { return m_messageView; }
    [[nodiscard]] MessageView *viewer() const { return m_viewer; }
    [[nodiscard]] MailController *controller() const { return m_controller; }
    [[nodiscard]] MessageActions *messageActions() const { return m_actions; }
    /// Feeds the notifications; the POP3 fetcher reports through its reportNewMail().
    [[nodiscard]] models::NewMailWatcher *newMailWatcher() const { return m_watcher; }
    [[nodiscard]] TrayNotifier *trayNotifier() const { return m_tray; }
    [[nodiscard]] ServerSearchBar *serverSearchBar() const { return m_searchBar; }

    /// Comes forward and shows the account's Inbox (a notification was clicked); an empty id
    /// only brings the window forward.
    void showInbox(const QString &accountId);

Q_SIGNALS:
    void composeRequested();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void buildActions();
    void showProblem(const QString &sentence);
    void applyFilter();
    void printMessage(bool preview);
    void openAccountSettings();
    void announceNewMail(const QString &accountId, int count, const QString &from, const QString &subject);
    void updateTitle();
    [[nodiscard]] QModelIndex inboxIndex(const QString &accountId) const;
    void askPassword(const QString &accountId, const QString &reason);
    void openAccountWizard();

    models::MailSession &m_session;
    models::FolderModel *m_folders;
    models::MessageListModel *m_messages;
    models::ThreadingProxy *m_threads;
    models::MessageFilterProxy *m_filter;
    MailController *m_controller;
    MessageActions *m_actions;
    QTreeView *m_folderView;
    QTreeView *m_messageView;
    MessageView *m_viewer;
    QSplitter *m_mainSplitter;
    QSplitter *m_rightSplitter;
    QLineEdit *m_search;
    QToolButton *m_unreadOnly;
    QToolButton *m_flaggedOnly;
    ServerSearchBar *m_searchBar;
    models::NewMailWatcher *m_watcher;
    TrayNotifier *m_tray;
    // The quick filter: what the cache matched, and what the server added for the same text.
    QString m_filterText;
    qint64 m_filterFolder = 0;
    QSet<quint32> m_localMatches;
    QSet<quint32> m_serverMatches;
};

} // namespace postier::ui
