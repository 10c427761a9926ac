#include "ui/mainwindow/MainWindow.h"

#include "ui/accounts/AccountSettingsDialog.h"
#include "ui/migration/MigrationWizard.h"

#include "models/Roles.h"
#include "models/cache/HeaderCache.h"
#include "models/folders/FolderModel.h"
#include "models/local/LocalMail.h"
#include "models/messages/MessageFilterProxy.h"
#include "models/messages/MessageListModel.h"
#include "models/messages/ThreadingProxy.h"
#include "models/session/JobModel.h"
#include "models/session/MailSession.h"
#include "models/session/NewMailWatcher.h"
#include "ui/mainwindow/FolderActions.h"
#include "ui/mainwindow/FolderItemDelegate.h"
#include "ui/mainwindow/Icons.h"
#include "ui/mainwindow/JobStatusWidget.h"
#include "ui/mainwindow/MailController.h"
#include "ui/mainwindow/MessageActions.h"
#include "ui/mainwindow/MessageItemDelegate.h"
#include "ui/mainwindow/ServerSearchBar.h"
#include "ui/mainwindow/TrayNotifier.h"
#include "ui/viewer/MessagePrinter.h"
#include "ui/viewer/MessageView.h"
#include "models/compose/ReplyBuilder.h"
#include "ui/composer/ComposerWindow.h"
#include "ui/wizards/AccountWizard.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCheckBox>
#include <QCloseEvent>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QPrintDialog>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QSettings>
#include <QSplitter>
#include <QStatusBar>
#include <QTimer>
#include <QToolBar>
#include <QToolButton>
#include <QTreeView>
#include <QVBoxLayout>

namespace postier::ui {

MainWindow::MainWindow(models::MailSession &session, QWidget *parent)
    : QMainWindow(parent)
    , m_session(session)
    , m_folders(new models::FolderModel(session, this))
    , m_messages(new models::MessageListModel(session.cache(), this))
    , m_threads(new models::ThreadingProxy(session.cache(), this))
    , m_filter(new models::MessageFilterProxy(this))
    , m_controller(new MailController(session, *m_folders, *m_messages, this))
    , m_actions(nullptr)
    , m_folderView(new QTreeView)
    , m_messageView(new QTreeView)
    , m_viewer(new MessageView)
    , m_mainSplitter(new QSplitter(Qt::Horizontal))
    , m_rightSplitter(new QSplitter(Qt::Vertical))
    , m_search(new QLineEdit)
    , m_unreadOnly(new QToolButton)
    , m_flaggedOnly(new QToolButton)
    , m_searchBar(new ServerSearchBar(session))
    , m_watcher(new models::NewMailWatcher(session, this))
    , m_tray(new TrayNotifier(this))
{
    setWindowTitle(tr("Postier"));
    setWindowIcon(QIcon(QStringLiteral(":/postier.svg")));
    m_actions = new MessageActions(session, *m_folders, *m_messages, *m_controller, this);

    // Folders.
    m_folderView->setModel(m_folders);
    m_folderView->setHeaderHidden(true);
    m_folderView->setItemDelegate(new FolderItemDelegate(m_folderView));
    m_folderView->setDragDropMode(QAbstractItemView::DropOnly);
    m_folderView->setAcceptDrops(true);
    m_folderView->setDropIndicatorShown(true);
    m_folderView->setAccessibleName(tr("Folders"));
    m_folderView->setUniformRowHeights(true);

    // Messages.
    m_threads->setThreaded(QSettings().value(QStringLiteral("view/threads"), true).toBool());
    m_threads->setSourceModel(m_messages);
    m_filter->setRecursiveFilteringEnabled(true); // an unread or matching reply keeps its thread visible
    m_filter->setSourceModel(m_threads);
    m_messageView->setModel(m_filter);
    m_messageView->setRootIsDecorated(m_threads->isThreaded());
    m_messageView->setUniformRowHeights(true); // keeps 100k rows fast to lay out
    m_messageView->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_messageView->setDragEnabled(true);
    m_messageView->setDragDropMode(QAbstractItemView::DragOnly);
    m_messageView->setItemDelegate(new MessageItemDelegate(m_messageView));
    m_messageView->setSortingEnabled(true);
    m_messageView->sortByColumn(models::MessageListModel::DateColumn, Qt::DescendingOrder);
    m_messageView->setAccessibleName(tr("Messages"));
    m_messageView->header()->setStretchLastSection(false);
    m_messageView->header()->setSectionResizeMode(models::MessageListModel::SubjectColumn, QHeaderView::Stretch);
    m_messageView->header()->resizeSection(models::MessageListModel::FromColumn, 200);
    m_messageView->header()->resizeSection(models::MessageListModel::DateColumn, 110);
    m_messageView->header()->resizeSection(models::MessageListModel::SizeColumn, 90);

    // Quick filter above the list.
    m_search->setPlaceholderText(tr("Filter these messages <Ctrl+Shift+K>"));
    m_search->setClearButtonEnabled(true);
    m_search->addAction(icon("search", "edit-find"), QLineEdit::LeadingPosition);
    m_unreadOnly->setText(tr("Unread"));
    m_unreadOnly->setIcon(icon("mail-unread", "mail-unread"));
    m_unreadOnly->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_unreadOnly->setCheckable(true);
    m_unreadOnly->setAutoRaise(true);
    m_flaggedOnly->setText(tr("Flagged"));
    m_flaggedOnly->setIcon(icon("flag", "mail-mark-important"));
    m_flaggedOnly->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_flaggedOnly->setCheckable(true);
    m_flaggedOnly->setAutoRaise(true);
    auto *filterBar = new QWidget;
    auto *filterLayout = new QHBoxLayout(filterBar);
    filterLayout->setContentsMargins(4, 4, 4, 4);
    filterLayout->addWidget(m_unreadOnly);
    filterLayout->addWidget(m_flaggedOnly);
    filterLayout->addWidget(m_search, 1);
    auto *listPane = new QWidget;
    auto *listLayout = new QVBoxLayout(listPane);
    listLayout->setContentsMargins(0, 0, 0, 0);
    listLayout->setSpacing(0);
    listLayout->addWidget(filterBar);
    listLayout->addWidget(m_searchBar);
    listLayout->addWidget(m_messageView);

    m_rightSplitter->addWidget(listPane);
    m_rightSplitter->addWidget(m_viewer);
    m_rightSplitter->setStretchFactor(0, 2);
    m_rightSplitter->setStretchFactor(1, 3);
    m_mainSplitter->addWidget(m_folderView);
    m_mainSplitter->addWidget(m_rightSplitter);
    m_mainSplitter->setStretchFactor(0, 1);
    m_mainSplitter->setStretchFactor(1, 4);
    m_mainSplitter->setSizes({240, 960});
    m_rightSplitter->setSizes({300, 460});
    setCentralWidget(m_mainSplitter);

    statusBar()->addPermanentWidget(new JobStatusWidget(session.jobs(), this));
    buildActions();

    // Wiring.
    connect(m_folderView->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex &current) {
                m_search->clear();
                m_searchBar->setQuery(QString(), QByteArray(), QString(), 0); // nothing to search yet
                m_controller->selectFolder(current);
            });
    connect(m_messageView->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        QVector<quint32> uids;
        for (const QModelIndex &i : m_messageView->selectionModel()->selectedRows())
            uids << i.data(models::Roles::Uid).toUInt();
        m_actions->setSelection(uids);
        m_controller->selectMessage(uids.size() == 1 ? uids.first() : 0);
    });
    connect(m_controller, &MailController::messageLoading, m_viewer, &MessageView::setLoading);
    connect(m_controller, &MailController::messageReady, m_viewer, [this](const QByteArray &bytes) {
        m_viewer->setMessage(bytes);
    });
    connect(m_controller, &MailController::messageCleared, m_viewer, &MessageView::clear);
    connect(m_viewer, &MessageView::problemOccurred, this, &MainWindow::showProblem);
    connect(m_viewer, &MessageView::showSourceRequested, m_actions->viewSource, &QAction::trigger);
    // Remote content stays blocked unless the user allowed it for this sender, once and for all.
    m_viewer->setRemoteContentPolicy([](const QString &sender) {
        return QSettings().value(QStringLiteral("privacy/remoteContentSenders")).toStringList()
            .contains(sender, Qt::CaseInsensitive);
    });
    connect(m_viewer, &MessageView::alwaysAllowSender, this, [](const QString &sender) {
        QSettings settings;
        QStringList senders = settings.value(QStringLiteral("privacy/remoteContentSenders")).toStringList();
        if (!senders.contains(sender, Qt::CaseInsensitive))
            senders << sender.toLower();
        settings.setValue(QStringLiteral("privacy/remoteContentSenders"), senders);
    });
    connect(m_viewer, &MessageView::mailtoRequested, this, [this](const QUrl &url) {
        auto *composer = ComposerWindow::openNew(m_session, m_controller->accountId(), m_folders, this);
        protocols::OutgoingMessage message = composer->message();
        message.to = {protocols::MailAddress{QString(), url.path()}};
        composer->setMessage(message);
    });
    connect(m_controller, &MailController::problem, this, &MainWindow::showProblem);
    connect(m_controller, &MailController::folderSynced, this, [this](int total, int unread) {
        statusBar()->showMessage(tr("%n message(s)", nullptr, total) + QStringLiteral(", ")
                                     + tr("%n unread", nullptr, unread),
                                 8000);
    });
    connect(m_actions, &MessageActions::problem, this, &MainWindow::showProblem);
    connect(m_actions, &MessageActions::status, this, [this](const QString &s) { statusBar()->showMessage(s, 8000); });
    connect(&session.jobs(), &models::JobModel::jobFailed, this, &MainWindow::showProblem);
    connect(m_folders, &models::FolderModel::messagesDropped, this,
            [this](const QByteArray &mime, const QString &accountId, const QByteArray &folder, Qt::DropAction action) {
                m_actions->dropMessages(mime, accountId, folder, action == Qt::CopyAction);
            });
    connect(m_unreadOnly, &QToolButton::toggled, this, &MainWindow::applyFilter);
    connect(m_flaggedOnly, &QToolButton::toggled, this, &MainWindow::applyFilter);
    auto *searchDelay = new QTimer(this);
    searchDelay->setSingleShot(true);
    searchDelay->setInterval(250);
    connect(m_search, &QLineEdit::textChanged, searchDelay, qOverload<>(&QTimer::start));
    connect(searchDelay, &QTimer::timeout, this, &MainWindow::applyFilter);
    // Ctrl+Enter in the filter: the same text on the server.
    auto *searchServer = new QAction(tr("Search on Server"), m_search);
    searchServer->setShortcuts({QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)});
    searchServer->setShortcutContext(Qt::WidgetShortcut);
    m_search->addAction(searchServer);
    connect(searchServer, &QAction::triggered, this, [this, searchDelay] {
        if (searchDelay->isActive()) {
            searchDelay->stop();
            applyFilter();
        }
        m_searchBar->search();
    });
    connect(m_searchBar, &ServerSearchBar::resultsReady, this, [this](const QSet<quint32> &uids, bool cacheChanged) {
        if (cacheChanged)
            m_messages->reload(); // the matches that were not cached are now
        m_serverMatches = uids;
        m_filter->setTextMatches(m_localMatches | m_serverMatches);
    });

    // New mail: a notification, the Inbox's counts at once, and the list if it is on show.
    m_tray->setEnabled(QSettings().value(QStringLiteral("notifications/enabled"), true).toBool());
    // The watcher's IDLE connection gets the password the session has, typed or from the keychain.
    m_watcher->setConnectionFactory([this](const models::Account &a, models::NewMailWatcher::ConnectionReady ready) {
        m_session.openIncoming(a.id, std::move(ready));
    });
    connect(m_watcher, &models::NewMailWatcher::newMail, this, &MainWindow::announceNewMail);
    connect(&session.local(), &models::LocalMail::newMail, m_watcher, &models::NewMailWatcher::reportNewMail);
    connect(m_tray, &TrayNotifier::activated, this, &MainWindow::showInbox);
    connect(m_tray, &TrayNotifier::quitRequested, this, &QWidget::close);
    connect(m_folders, &QAbstractItemModel::dataChanged, this, &MainWindow::updateTitle);
    connect(m_folders, &QAbstractItemModel::rowsInserted, this, &MainWindow::updateTitle);
    connect(m_folders, &QAbstractItemModel::rowsRemoved, this, &MainWindow::updateTitle);
    connect(m_folders, &QAbstractItemModel::modelReset, this, &MainWindow::updateTitle);
    // A moment after the window, so that the first folder opens first.
    QTimer::singleShot(1500, m_watcher, &models::NewMailWatcher::start);
    // A conversion to IMAP that was interrupted (the app closed mid-way) is offered to continue.
    if (MigrationWizard::hasPendingMigration())
        QTimer::singleShot(0, this, [this] {
            MigrationWizard::offerResume(m_session.accountStore(), this, [this] { m_session.reloadAccounts(); });
        });
    connect(&session, &models::MailSession::passwordNeeded, this, &MainWindow::askPassword);

    // Size and place: remembered, else a comfortable default.
    QSettings settings;
    if (!restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray()))
        resize(1280, 800);
    m_mainSplitter->restoreState(settings.value(QStringLiteral("window/mainSplitter")).toByteArray());
    m_rightSplitter->restoreState(settings.value(QStringLiteral("window/rightSplitter")).toByteArray());

    // Open the first account and its Inbox.
    QTimer::singleShot(0, this, [this] {
        if (m_folders->rowCount() == 0) {
            statusBar()->showMessage(tr("No account yet."));
            if (!qEnvironmentVariableIsSet("POSTIER_NO_FIRST_RUN_WIZARD"))
                openAccountWizard();
            return;
        }
        const QModelIndex account = m_folders->index(0, 0);
        m_folderView->expand(account);
        if (m_folders->rowCount(account) > 0)
            m_folderView->setCurrentIndex(m_folders->index(0, 0, account));
    });
    connect(m_folders, &QAbstractItemModel::rowsInserted, this, [this](const QModelIndex &parent, int first) {
        // When an account's folders arrive and no folder is selected yet (the view may have made
        // the account row current by itself), select its Inbox.
        const QModelIndex current = m_folderView->currentIndex();
        if ((!current.isValid() || current.data(models::Roles::IsAccount).toBool()) && parent.isValid()
            && parent.data(models::Roles::IsAccount).toBool() && first == 0) {
            m_folderView->expand(parent);
            m_folderView->setCurrentIndex(m_folders->index(0, 0, parent));
        }
    });
}

MainWindow::~MainWindow() = default;

void MainWindow::buildActions()
{
    auto *refresh = new QAction(icon("refresh", "view-refresh"), tr("&Get Messages"), this);
    refresh->setShortcut(QKeySequence::Refresh);
    refresh->setToolTip(tr("Check for new mail (F5)"));
    connect(refresh, &QAction::triggered, m_controller, &MailController::refresh);
    auto *compose = new QAction(icon("compose", "mail-message-new"), tr("&Write"), this);
    compose->setShortcut(QKeySequence::New);
    compose->setToolTip(tr("Write a new message (Ctrl+N)"));
    connect(compose, &QAction::triggered, this, &MainWindow::composeRequested);
    connect(this, &MainWindow::composeRequested, this, [this] {
        ComposerWindow::openNew(m_session, m_controller->accountId(), m_folders, this);
    });
    auto respond = [this](models::ReplyBuilder::Mode mode) {
        if (!m_controller->currentMessage().isEmpty())
            ComposerWindow::openResponse(m_session, mode, m_controller->accountId(), m_controller->folder(),
                                         m_controller->currentUid(), m_controller->currentMessage(), m_folders, this);
    };
    auto *reply = new QAction(icon("reply", "mail-reply-sender"), tr("&Reply"), this);
    reply->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_R));
    connect(reply, &QAction::triggered, this, [respond] { respond(models::ReplyBuilder::Mode::Reply); });
    auto *replyAll = new QAction(icon("reply-all", "mail-reply-all"), tr("Reply to &All"), this);
    replyAll->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R));
    connect(replyAll, &QAction::triggered, this, [respond] { respond(models::ReplyBuilder::Mode::ReplyAll); });
    auto *forward = new QAction(icon("forward", "mail-forward"), tr("&Forward"), this);
    forward->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    connect(forward, &QAction::triggered, this, [respond] { respond(models::ReplyBuilder::Mode::ForwardInline); });
    auto *forwardAttached = new QAction(tr("Forward as A&ttachment"), this);
    connect(forwardAttached, &QAction::triggered, this, [respond] { respond(models::ReplyBuilder::Mode::ForwardAsAttachment); });
    const QList<QAction *> responses{reply, replyAll, forward, forwardAttached};
    auto *print = new QAction(icon("print", "document-print"), tr("&Print…"), this);
    print->setShortcut(QKeySequence::Print);
    connect(print, &QAction::triggered, this, [this] { printMessage(false); });
    auto *printPreview = new QAction(tr("Print Pre&view…"), this);
    connect(printPreview, &QAction::triggered, this, [this] { printMessage(true); });
    for (QAction *a : responses + QList<QAction *>{print, printPreview}) {
        a->setEnabled(false);
        connect(m_controller, &MailController::messageReady, a, [a] { a->setEnabled(true); });
        connect(m_controller, &MailController::messageCleared, a, [a] { a->setEnabled(false); });
    }
    auto *addAccount = new QAction(icon("account", "list-add-user"), tr("Add &Account…"), this);
    connect(addAccount, &QAction::triggered, this, &MainWindow::openAccountWizard);
    auto *accountSettings = new QAction(icon("settings", "preferences-system"), tr("Accou&nt Settings…"), this);
    connect(accountSettings, &QAction::triggered, this, &MainWindow::openAccountSettings);
    auto *convertPop = new QAction(tr("Convert POP Account to &IMAP…"), this);
    connect(convertPop, &QAction::triggered, this, [this] {
        MigrationWizard::launch(m_session.accountStore(), this, [this] { m_session.reloadAccounts(); });
    });
    auto *quit = new QAction(tr("&Quit"), this);
    quit->setShortcut(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);
    connect(quit, &QAction::triggered, this, &QWidget::close);
    auto *findAction = new QAction(tr("&Filter Messages"), this);
    findAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_K));
    connect(findAction, &QAction::triggered, this, [this] { m_search->setFocus(); m_search->selectAll(); });
    addAction(findAction);
    auto *about = new QAction(tr("&About Postier"), this);
    about->setMenuRole(QAction::AboutRole);
    connect(about, &QAction::triggered, this, [this] {
        QMessageBox::about(this, tr("About Postier"),
                           tr("<h3>Postier %1</h3><p>The mail client that moves your mail without "
                              "losing any.</p>").arg(QApplication::applicationVersion()));
    });

    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(compose);
    file->addAction(refresh);
    file->addAction(addAccount);
    file->addAction(accountSettings);
    file->addSeparator();
    file->addAction(m_actions->saveAs);
    file->addSeparator();
    file->addAction(printPreview);
    file->addAction(print);
    file->addSeparator();
    file->addAction(quit);
    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    edit->addAction(m_actions->undo);
    edit->addSeparator();
    edit->addAction(m_actions->deleteMessages);
    edit->addAction(findAction);
    QMenu *view = menuBar()->addMenu(tr("&View"));
    auto *threads = new QAction(tr("&Threads"), this);
    threads->setCheckable(true);
    threads->setChecked(m_threads->isThreaded());
    threads->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_T));
    threads->setToolTip(tr("Show replies under the message they answer (Ctrl+T)"));
    connect(threads, &QAction::toggled, this, [this](bool on) {
        m_threads->setThreaded(on);
        m_messageView->setRootIsDecorated(on);
        QSettings().setValue(QStringLiteral("view/threads"), on);
    });
    view->addAction(threads);
    auto *notifications = new QAction(tr("New-Mail &Notifications"), this);
    notifications->setCheckable(true);
    notifications->setChecked(m_tray->isEnabled());
    notifications->setToolTip(tr("Announce new mail on the desktop"));
    connect(notifications, &QAction::toggled, this, [this](bool on) {
        m_tray->setEnabled(on);
        QSettings().setValue(QStringLiteral("notifications/enabled"), on);
    });
    view->addAction(notifications);
    view->addSeparator();
    view->addAction(m_actions->viewSource);
    QMenu *message = menuBar()->addMenu(tr("&Message"));
    message->addActions(responses);
    message->addSeparator();
    message->addAction(m_actions->markRead);
    message->addAction(m_actions->markUnread);
    message->addAction(m_actions->toggleFlag);
    message->addSeparator();
    message->addAction(m_actions->archive);
    message->addAction(m_actions->deleteMessages);
    auto *folderActions = new FolderActions(m_session, *m_folders, *m_folderView, this);
    connect(folderActions, &FolderActions::problem, this, &MainWindow::showProblem);
    connect(folderActions, &FolderActions::status, this, [this](const QString &s) { statusBar()->showMessage(s, 8000); });
    QMenu *folderMenu = menuBar()->addMenu(tr("F&older"));
    folderMenu->addActions({folderActions->newFolder, folderActions->renameFolder, folderActions->deleteFolder});
    folderMenu->addSeparator();
    folderMenu->addAction(folderActions->subscribe);
    m_folderView->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_folderView->addActions({folderActions->newFolder, folderActions->renameFolder, folderActions->deleteFolder,
                              folderActions->subscribe});
    // Language: the system's by default; a choice here applies from the next start.
    QMenu *language = view->addMenu(tr("&Language"));
    auto *languages = new QActionGroup(this);
    const QString chosen = QSettings().value(QStringLiteral("ui/language")).toString();
    const std::pair<QString, QString> choices[] = {
        {QString(), tr("System Language")},
        {QStringLiteral("en"), QStringLiteral("English")},
        {QStringLiteral("fr"), QStringLiteral("Français")},
        {QStringLiteral("de"), QStringLiteral("Deutsch")},
        {QStringLiteral("it"), QStringLiteral("Italiano")},
    };
    for (const auto &[code, name] : choices) {
        QAction *a = language->addAction(name);
        a->setCheckable(true);
        a->setChecked(code == chosen);
        languages->addAction(a);
        connect(a, &QAction::triggered, this, [this, code = code] {
            QSettings().setValue(QStringLiteral("ui/language"), code);
            statusBar()->showMessage(tr("Postier will use this language the next time it starts."), 10000);
        });
    }
    QMenu *tools = menuBar()->addMenu(tr("&Tools"));
    tools->addAction(convertPop);
    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(about);

    QToolBar *toolbar = addToolBar(tr("Main Toolbar"));
    toolbar->setObjectName(QStringLiteral("mainToolbar"));
    toolbar->setToolButtonStyle(Qt::ToolButtonTextUnderIcon);
    toolbar->setMovable(false);
    toolbar->addAction(refresh);
    toolbar->addAction(compose);
    toolbar->addAction(reply);
    toolbar->addAction(replyAll);
    toolbar->addAction(forward);
    toolbar->addSeparator();
    toolbar->addAction(m_actions->archive);
    toolbar->addAction(m_actions->deleteMessages);
    toolbar->addAction(m_actions->toggleFlag);
    toolbar->addAction(m_actions->undo);

    m_messageView->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_messageView->addActions({reply, replyAll, forward, m_actions->markRead, m_actions->markUnread, m_actions->toggleFlag,
                               m_actions->archive, m_actions->deleteMessages, m_actions->saveAs,
                               m_actions->viewSource});
}

void MainWindow::applyFilter()
{
    m_filter->setUnreadOnly(m_unreadOnly->isChecked());
    m_filter->setFlaggedOnly(m_flaggedOnly->isChecked());
    const QString text = m_search->text().trimmed();
    const qint64 folderId = m_controller->folderId();
    if (text != m_filterText || folderId != m_filterFolder) {
        m_serverMatches.clear(); // they answered another question
        m_filterText = text;
        m_filterFolder = folderId;
    }
    m_localMatches.clear();
    if (text.isEmpty()) {
        m_filter->clearTextMatches();
        m_searchBar->setQuery(m_controller->accountId(), m_controller->folder(), QString(), 0);
        return;
    }
    for (const auto &[folder, uid] : m_session.cache().search(text, 100000)) {
        if (folder == folderId)
            m_localMatches.insert(uid);
    }
    m_filter->setTextMatches(m_localMatches | m_serverMatches);
    m_searchBar->setQuery(m_controller->accountId(), m_controller->folder(), text, int(m_localMatches.size()));
}

void MainWindow::printMessage(bool preview)
{
    if (m_viewer->state() != MessageView::State::Ready)
        return;
    const MessagePrinter message = MessagePrinter::fromView(*m_viewer);
    QPrinter printer(QPrinter::HighResolution);
    printer.setDocName(message.title());
    QString error;
    if (preview) {
        QPrintPreviewDialog dialog(&printer, this);
        dialog.setWindowTitle(tr("Print Preview – %1").arg(message.title()));
        connect(&dialog, &QPrintPreviewDialog::paintRequested, this,
                [&message, &error](QPrinter *device) { message.print(device, &error); });
        dialog.resize(qMin(width(), 980), qMin(height(), 820));
        dialog.exec();
    } else {
        QPrintDialog dialog(&printer, this);
        dialog.setWindowTitle(tr("Print “%1”").arg(message.title()));
        if (dialog.exec() != QDialog::Accepted)
            return;
        message.print(&printer, &error);
    }
    if (!error.isEmpty())
        showProblem(error);
}

QModelIndex MainWindow::inboxIndex(const QString &accountId) const
{
    for (int r = 0; r < m_folders->rowCount(); ++r) {
        const QModelIndex account = m_folders->index(r, 0);
        if (account.data(models::Roles::AccountId).toString() != accountId)
            continue;
        for (int f = 0; f < m_folders->rowCount(account); ++f) {
            const QModelIndex folder = m_folders->index(f, 0, account);
            if (folder.data(models::Roles::SpecialUse).toInt() == int(protocols::SpecialUse::Inbox))
                return folder;
        }
    }
    return {};
}

void MainWindow::announceNewMail(const QString &accountId, int count, const QString &from, const QString &subject)
{
    models::Account account;
    const QString name = m_session.account(accountId, &account) ? account.name : QString();
    m_tray->notify(accountId, name, count, from, subject);
    const QModelIndex inbox = inboxIndex(accountId);
    if (!inbox.isValid() || account.incoming.protocol != protocols::Protocol::Imap)
        return; // local folders (POP3) count and list their new mail themselves
    // Counted at once (the next sync of the Inbox brings the exact numbers); listed if on show.
    const int total = inbox.data(models::Roles::TotalCount).toInt();
    const int unread = inbox.data(models::Roles::UnreadCount).toInt();
    if (total >= 0 && unread >= 0)
        m_folders->setCounts(accountId, inbox.data(models::Roles::FolderRawName).toByteArray(), total + count,
                             unread + count);
    if (m_folderView->currentIndex() == inbox)
        m_controller->refresh();
}

void MainWindow::showInbox(const QString &accountId)
{
    if (isMinimized())
        showNormal();
    else
        show();
    raise();
    activateWindow();
    const QModelIndex inbox = accountId.isEmpty() ? QModelIndex() : inboxIndex(accountId);
    if (inbox.isValid()) {
        m_folderView->expand(inbox.parent());
        m_folderView->setCurrentIndex(inbox);
    }
}

void MainWindow::updateTitle()
{
    int unread = 0;
    for (int r = 0; r < m_folders->rowCount(); ++r)
        unread += qMax(0, inboxIndex(m_folders->index(r, 0).data(models::Roles::AccountId).toString())
                              .data(models::Roles::UnreadCount).toInt());
    setWindowTitle(unread > 0 ? tr("%n unread – Postier", "window title: unread messages in the Inboxes", unread)
                              : tr("Postier"));
    m_tray->setUnreadCount(unread);
}

void MainWindow::showProblem(const QString &sentence)
{
    statusBar()->showMessage(sentence, 15000);
}

void MainWindow::askPassword(const QString &accountId, const QString &reason)
{
    models::Account account;
    if (!m_session.account(accountId, &account))
        return;
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Password for %1").arg(account.address));
    auto *layout = new QVBoxLayout(&dialog);
    auto *why = new QLabel(reason + QLatin1Char(' ') + tr("Enter the password for %1 on %2.")
                                                         .arg(account.incoming.user, account.incoming.host));
    why->setWordWrap(true);
    layout->addWidget(why);
    auto *password = new QLineEdit;
    password->setEchoMode(QLineEdit::Password);
    auto *form = new QFormLayout;
    form->addRow(tr("&Password:"), password);
    layout->addLayout(form);
    auto *remember = new QCheckBox(tr("&Remember in the system keychain"));
    remember->setChecked(true);
    layout->addWidget(remember);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    layout->addWidget(buttons);
    dialog.resize(440, dialog.sizeHint().height());
    const bool ok = dialog.exec() == QDialog::Accepted;
    m_session.providePassword(accountId, ok ? password->text() : QString(), remember->isChecked());
}

void MainWindow::openAccountWizard()
{
    auto *wizard = new AccountWizard(&m_session.accountStore(), this);
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    connect(wizard, &AccountWizard::accountSaved, this, [this] { m_session.reloadAccounts(); });
    wizard->open();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    // Open composers ask first (save, discard, cancel); one cancel keeps Postier open.
    for (auto *composer : findChildren<ComposerWindow *>()) {
        if (!composer->close()) {
            event->ignore();
            return;
        }
    }
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/mainSplitter"), m_mainSplitter->saveState());
    settings.setValue(QStringLiteral("window/rightSplitter"), m_rightSplitter->saveState());
    QMainWindow::closeEvent(event);
}

void MainWindow::openAccountSettings()
{
    auto *dialog = new AccountSettingsDialog(m_session.accountStore(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose); // it only closes once the keychain has answered
    dialog->selectAccount(m_controller->accountId());
    connect(dialog, &AccountSettingsDialog::accountsChanged, this, [this] { m_session.reloadAccounts(); });
    connect(dialog, &AccountSettingsDialog::passwordChanged, this,
            [this](const QString &accountId, const QString &password) {
                m_session.providePassword(accountId, password, false); // the keychain already has it
            });
    dialog->open();
}

} // namespace postier::ui
