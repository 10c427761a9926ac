#pragma once

#include <QMainWindow>

class QLineEdit;
class QSplitter;
class QToolButton;
class QTreeView;

namespace postier::models {
class FolderModel;
class MailSession;
class MessageFilterProxy;
class MessageListModel;
class ThreadingProxy;
} // namespace postier::models

namespace postier::ui {

class MailController;
class MessageActions;
class MessageView;

/// The three-pane window: folders, messages, the message itself. It only lays out views and
/// wires them to the controllers (MailController, MessageActions), which hold the behaviour.
/// Geometry and splitter positions are remembered between runs.
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

Q_SIGNALS:
    void composeRequested();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void buildActions();
    void showProblem(const QString &sentence);
    void applyFilter();
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
};

} // namespace postier::ui
