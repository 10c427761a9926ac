// The main window with a POP3 account against the real dovecot: Get Messages downloads into the
// account's local Maildir, the list, viewer and message actions work on the files, the server is
// emptied as the account's options say, and the offline cache can be lost without losing mail.
// Screenshots go to $POSTIER_SCREENSHOT_DIR (or the temp dir).

#include "models/Roles.h"
#include "models/accounts/AccountStore.h"
#include "models/cache/HeaderCache.h"
#include "models/folders/FolderModel.h"
#include "models/local/LocalMail.h"
#include "models/local/LocalStore.h"
#include "models/messages/MessageListModel.h"
#include "models/session/JobModel.h"
#include "models/compose/ComposeEngine.h"
#include "models/session/MailSession.h"
#include "protocols/Connection.h"
#include "protocols/local/MaildirStore.h"
#include "protocols/pop3/Pop3ListJob.h"
#include "protocols/pop3/Pop3UidlRecord.h"
#include "tests/support/TestServer.h"
#include "ui/mainwindow/MailController.h"
#include "ui/mainwindow/MainWindow.h"
#include "ui/mainwindow/MessageActions.h"
#include "ui/viewer/MessageView.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QDialog>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

using namespace postier;
using protocols::MaildirStore;

namespace {

QByteArray message(const QByteArray &from, const QByteArray &subject, const QByteArray &date,
                   const QByteArray &body, const QByteArray &id)
{
    return "From: " + from + "\r\nTo: someone@postier.test\r\nSubject: " + subject + "\r\nDate: " + date
        + "\r\nMessage-ID: <" + id + ">\r\nMIME-Version: 1.0\r\nContent-Type: text/plain; charset=utf-8\r\n"
          "Content-Transfer-Encoding: 8bit\r\n\r\n" + body + "\r\n";
}

QString screenshotPath(const QString &name)
{
    QString dir = qEnvironmentVariable("POSTIER_SCREENSHOT_DIR");
    if (dir.isEmpty())
        dir = QDir::tempPath();
    QDir().mkpath(dir);
    return dir + QLatin1Char('/') + name;
}

QModelIndex findFolder(const QAbstractItemModel &model, const QModelIndex &parent, const QString &path)
{
    for (int r = 0; r < model.rowCount(parent); ++r) {
        const QModelIndex i = model.index(r, 0, parent);
        if (!i.data(models::Roles::IsAccount).toBool() && i.data(models::Roles::FolderPath).toString() == path)
            return i;
        const QModelIndex hit = findFolder(model, i, path);
        if (hit.isValid())
            return hit;
    }
    return {};
}

int rowWithSubject(const QAbstractItemModel &list, const QString &subject)
{
    for (int r = 0; r < list.rowCount(); ++r) {
        if (list.index(r, 0).data(Qt::DisplayRole).toString() == subject)
            return r;
    }
    return -1;
}

QAction *actionWithShortcut(QWidget &window, const QKeySequence &shortcut)
{
    for (QAction *a : window.findChildren<QAction *>()) {
        if (a->shortcut() == shortcut)
            return a;
    }
    return nullptr;
}

// The flags of the message with this id in the folder, from its file name; null if absent.
QString flagsOnDisk(const QString &root, const QString &folder, const QString &id)
{
    const auto m = MaildirStore(root).message(folder, id);
    return m ? m->flags : QString();
}

} // namespace

class TestPop3Window : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        m_server = test::TestServer::fromEnvironment();
        QVERIFY2(m_server.isValid(), qPrintable(m_server.reason()));
        QVERIFY(m_dir.isValid());
        // The local folders go to the application data location: keep them in the test's directory.
        qputenv("XDG_DATA_HOME", QFile::encodeName(m_dir.filePath(QStringLiteral("data"))));
    }

    void getMessagesReadDeleteRestart();
    void leaveOnServerOffDeletesAfterStoring();
    void removeAfterDays();
    void timerChecksForMail();
    void cancelledFetchLosesNothing();
    void sentCopyAndDraftsStayLocal();

private:
    // Saves a POP3 account for `user` in a settings file of its own and returns its id.
    QString addAccount(models::MailSession &session, const QString &user, const models::Pop3Options &options)
    {
        models::Account account;
        account.name = QStringLiteral("Home ") + user;
        account.address = user + QStringLiteral("@postier.test");
        account.displayName = QStringLiteral("Test User");
        account.incoming = m_server.endpoint(protocols::Protocol::Pop3, protocols::Security::Tls, user);
        account.outgoing = m_server.endpoint(protocols::Protocol::Smtp, protocols::Security::StartTls, user);
        account.pop3 = options;
        QString error;
        if (!session.accountStore().save(account, &error))
            return {};
        session.reloadAccounts();
        for (const auto &a : session.accounts()) {
            if (a.address == account.address) {
                session.providePassword(a.id, test::TestServer::passwordFor(user), false);
                return a.id;
            }
        }
        return {};
    }

    // The UIDLs on the server now.
    QStringList serverUids(const QString &user)
    {
        protocols::Connection connection(m_server.endpoint(protocols::Protocol::Pop3, protocols::Security::Tls, user),
                                         test::TestServer::passwordFor(user));
        protocols::Pop3ListJob list;
        const protocols::Error error = protocols::runJobAndWait(connection, list);
        if (error) {
            qWarning() << error.sentence();
            return {QStringLiteral("error")};
        }
        QStringList out;
        for (const auto &m : list.messages())
            out << m.uid;
        return out;
    }

    // Runs Get Messages through LocalMail and waits for its end; returns the number fetched.
    int fetch(models::MailSession &session, const QString &accountId, protocols::Error *error = nullptr)
    {
        QSignalSpy finished(&session.local(), &models::LocalMail::fetchFinished);
        session.local().fetch(accountId);
        if (!finished.wait(20000))
            return -1;
        if (error)
            *error = finished.first().at(2).value<protocols::Error>();
        return finished.first().at(1).toInt();
    }

    test::TestServer m_server;
    QTemporaryDir m_dir;
};

void TestPop3Window::getMessagesReadDeleteRestart()
{
    const QString user = m_server.addUser(QStringLiteral("popwin"));
    QVERIFY(!user.isEmpty());
    QVERIFY(m_server.deliver(user, message("Claire Dubois <claire@example.test>", "=?UTF-8?Q?R=C3=A9union_de_rentr=C3=A9e?=",
                                           "Sun, 24 Nov 2024 09:12:00 +0100",
                                           "Bonjour,\n\nla réunion de rentrée a lieu lundi à 9 h.\n\nClaire", "r1@example.test")));
    QVERIFY(m_server.deliver(user, message("Nils Jensen <nils@example.test>", "Climbing on Saturday?",
                                           "Mon, 25 Nov 2024 18:40:00 +0100",
                                           "Hi!\n\nAre you in for the climbing gym on Saturday at 10?\n\nNils", "c1@example.test")));
    QVERIFY(m_server.deliver(user, message("Example Air <noreply@air.example>", "Your booking ZRH → LIS is confirmed",
                                           "Wed, 20 Nov 2024 07:00:00 +0100", "Booking reference: PSTR42", "b1@air.example")));
    const QString cachePath = m_dir.filePath(QStringLiteral("popwin-cache.sqlite"));
    const QString settingsPath = m_dir.filePath(QStringLiteral("popwin-settings.ini"));
    QString accountId;
    QString root;
    QString climbingId; // its maildir id
    QString bookingId;

    {
        models::MailSession session(cachePath, settingsPath);
        QString error;
        QVERIFY(session.open(&error));
        models::Pop3Options options;
        options.leaveOnServer = true;
        options.removeAfterDays = 0;
        options.checkIntervalMinutes = 0; // only Get Messages
        accountId = addAccount(session, user, options);
        QVERIFY(!accountId.isEmpty());
        root = models::LocalStore::rootFor(accountId);
        QVERIFY(root.startsWith(m_dir.path()));

        ui::MainWindow window(session);
        window.resize(1200, 760);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto *folders = window.folderView()->model();
        QAbstractItemModelTester folderTester(folders, QAbstractItemModelTester::FailureReportingMode::QtTest);
        auto *list = window.messageView()->model();

        // The account shows its local folders at once, and the window opens its Inbox.
        for (const QString &name : {QStringLiteral("INBOX"), QStringLiteral("Drafts"), QStringLiteral("Sent"),
                                    QStringLiteral("Archive"), QStringLiteral("Trash")})
            QVERIFY2(findFolder(*folders, {}, name).isValid(), qPrintable(name));
        QCOMPARE(findFolder(*folders, {}, QStringLiteral("Trash")).data(models::Roles::SpecialUse).toInt(),
                 int(protocols::SpecialUse::Trash));
        QTRY_COMPARE_WITH_TIMEOUT(window.folderView()->currentIndex().data(models::Roles::SpecialUse).toInt(),
                                  int(protocols::SpecialUse::Inbox), 5000);
        QVERIFY(window.controller()->isLocal());
        QCOMPARE(list->rowCount(), 0);
        QVERIFY(QDir(root + QStringLiteral("/.Trash/cur")).exists());

        // Get Messages: the job shows in the job list, the messages are listed, new mail is told.
        QSignalSpy newMail(&session.local(), &models::LocalMail::newMail);
        QSignalSpy jobs(&session.jobs(), &QAbstractItemModel::rowsInserted);
        QAction *getMessages = actionWithShortcut(window, QKeySequence(QKeySequence::Refresh));
        QVERIFY(getMessages);
        getMessages->trigger();
        QTRY_VERIFY2_WITH_TIMEOUT(list->rowCount() == 3, qPrintable(window.statusBar()->currentMessage()), 20000);
        QVERIFY(jobs.count() >= 1);
        QTRY_COMPARE_WITH_TIMEOUT(newMail.count(), 1, 5000);
        QCOMPARE(newMail.first().at(0).toString(), accountId);
        QCOMPARE(newMail.first().at(1).toInt(), 3);
        QCOMPARE(newMail.first().at(2).toString(), QStringLiteral("Example Air")); // the last one downloaded
        QCOMPARE(newMail.first().at(3).toString(), QStringLiteral("Your booking ZRH → LIS is confirmed"));
        QCOMPARE(MaildirStore(root).messages(QStringLiteral("INBOX")).size(), 3);
        QTRY_COMPARE_WITH_TIMEOUT(window.folderView()->currentIndex().data(models::Roles::UnreadCount).toInt(), 3, 5000);
        QTRY_VERIFY_WITH_TIMEOUT(rowWithSubject(*list, QStringLiteral("Réunion de rentrée")) >= 0, 5000);
        // Listed by their Date (all arrived in the same second): the newest first.
        QTRY_COMPARE_WITH_TIMEOUT(list->index(0, 0).data(Qt::DisplayRole).toString(), QStringLiteral("Climbing on Saturday?"), 5000);
        QTRY_COMPARE_WITH_TIMEOUT(list->index(2, 0).data(Qt::DisplayRole).toString(),
                                  QStringLiteral("Your booking ZRH → LIS is confirmed"), 5000);
        QCOMPARE(list->index(0, 0).data(models::Roles::Date).toDateTime(),
                 QDateTime(QDate(2024, 11, 25), QTime(17, 40), Qt::UTC).toLocalTime());
        QCOMPARE(serverUids(user).size(), 3); // left on the server

        // Open "Climbing": read from its file, shown, marked read in the file name (Maildir S).
        const int climbingRow = rowWithSubject(*list, QStringLiteral("Climbing on Saturday?"));
        QVERIFY(climbingRow >= 0);
        QSignalSpy shown(window.viewer(), &ui::MessageView::messageShown);
        window.messageView()->setCurrentIndex(list->index(climbingRow, 0));
        window.messageView()->selectionModel()->select(list->index(climbingRow, 0),
                                                       QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        QVERIFY(shown.wait(10000) || shown.count() > 0);
        QVERIFY(window.controller()->currentMessage().contains("climbing gym"));
        const quint32 climbingUid = window.controller()->currentUid();
        const qint64 inboxId = window.controller()->folderId();
        const auto climbing = session.cache().localEntry(inboxId, climbingUid);
        QVERIFY(climbing);
        climbingId = climbing->maildirId;
        QFile file(MaildirStore(root).message(QStringLiteral("INBOX"), climbingId)->path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(window.controller()->currentMessage(), file.readAll()); // save as .eml and source show these bytes
        file.close();
        QTRY_VERIFY_WITH_TIMEOUT(!list->index(rowWithSubject(*list, QStringLiteral("Climbing on Saturday?")), 0)
                                      .data(models::Roles::IsUnread).toBool(), 5000);
        QCOMPARE(flagsOnDisk(root, QStringLiteral("INBOX"), climbingId), QStringLiteral("S"));
        QTRY_COMPARE_WITH_TIMEOUT(window.folderView()->currentIndex().data(models::Roles::UnreadCount).toInt(), 2, 5000);

        // Flag it, then mark it unread and read again: each is a rename of the file.
        window.messageActions()->toggleFlag->trigger();
        QCOMPARE(flagsOnDisk(root, QStringLiteral("INBOX"), climbingId), QStringLiteral("FS"));
        window.messageActions()->markUnread->trigger();
        QCOMPARE(flagsOnDisk(root, QStringLiteral("INBOX"), climbingId), QStringLiteral("F"));
        QVERIFY(list->index(rowWithSubject(*list, QStringLiteral("Climbing on Saturday?")), 0).data(models::Roles::IsUnread).toBool());
        window.messageActions()->markRead->trigger();
        QCOMPARE(flagsOnDisk(root, QStringLiteral("INBOX"), climbingId), QStringLiteral("FS"));

        // View Source shows the file's text.
        window.messageActions()->viewSource->trigger();
        QDialog *source = nullptr;
        QTRY_VERIFY((source = window.findChild<QDialog *>()) != nullptr);
        QVERIFY(source->findChild<QPlainTextEdit *>()->toPlainText().contains(QStringLiteral("climbing gym")));
        source->close();

        // Search (the cache's full-text index) finds local messages too.
        bool found = false;
        for (const auto &[folder, uid] : session.cache().search(QStringLiteral("climbing"), 10))
            found = found || (folder == inboxId && uid == climbingUid);
        QVERIFY(found);
        QVERIFY(window.grab().save(screenshotPath(QStringLiteral("postier-pop3.png"))));

        // Delete: the file moves to the local Trash and is still there; Undo brings it back.
        window.messageActions()->deleteMessages->trigger();
        QTRY_COMPARE_WITH_TIMEOUT(list->rowCount(), 2, 5000);
        QVERIFY(MaildirStore(root).message(QStringLiteral("Trash"), climbingId));
        QVERIFY(!MaildirStore(root).message(QStringLiteral("INBOX"), climbingId));
        QCOMPARE(flagsOnDisk(root, QStringLiteral("Trash"), climbingId), QStringLiteral("FS"));
        QTRY_COMPARE_WITH_TIMEOUT(findFolder(*folders, {}, QStringLiteral("Trash")).data(models::Roles::TotalCount).toInt(), 1, 5000);
        QVERIFY(window.messageActions()->undo->isEnabled());
        window.messageActions()->undo->trigger();
        QTRY_COMPARE_WITH_TIMEOUT(list->rowCount(), 3, 5000);
        QVERIFY(MaildirStore(root).message(QStringLiteral("INBOX"), climbingId));
        QTRY_COMPARE_WITH_TIMEOUT(findFolder(*folders, {}, QStringLiteral("Trash")).data(models::Roles::TotalCount).toInt(), 0, 5000);
        QTRY_VERIFY_WITH_TIMEOUT(rowWithSubject(*list, QStringLiteral("Climbing on Saturday?")) >= 0, 5000);
        const int again = rowWithSubject(*list, QStringLiteral("Climbing on Saturday?"));
        window.messageView()->selectionModel()->select(list->index(again, 0),
                                                       QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        window.messageActions()->deleteMessages->trigger();
        QTRY_COMPARE_WITH_TIMEOUT(list->rowCount(), 2, 5000);
        QVERIFY(MaildirStore(root).message(QStringLiteral("Trash"), climbingId));

        // Drag the booking onto Archive (a move), and copy the other one there.
        QTRY_VERIFY_WITH_TIMEOUT(rowWithSubject(*list, QStringLiteral("Your booking ZRH → LIS is confirmed")) >= 0, 5000);
        const int bookingRow = rowWithSubject(*list, QStringLiteral("Your booking ZRH → LIS is confirmed"));
        bookingId = session.cache().localEntry(inboxId, list->index(bookingRow, 0).data(models::Roles::Uid).toUInt())->maildirId;
        const QModelIndex archive = findFolder(*folders, {}, QStringLiteral("Archive"));
        std::unique_ptr<QMimeData> mime(list->mimeData({list->index(bookingRow, 0)}));
        QVERIFY(folders->canDropMimeData(mime.get(), Qt::MoveAction, -1, -1, archive));
        (void)folders->dropMimeData(mime.get(), Qt::MoveAction, -1, -1, archive);
        QTRY_COMPARE_WITH_TIMEOUT(list->rowCount(), 1, 5000);
        QVERIFY(MaildirStore(root).message(QStringLiteral("Archive"), bookingId));
        std::unique_ptr<QMimeData> copyMime(list->mimeData({list->index(0, 0)}));
        (void)folders->dropMimeData(copyMime.get(), Qt::CopyAction, -1, -1, archive);
        QCOMPARE(list->rowCount(), 1);
        QCOMPARE(MaildirStore(root).messages(QStringLiteral("Archive")).size(), 2);
        QTRY_COMPARE_WITH_TIMEOUT(findFolder(*folders, {}, QStringLiteral("Archive")).data(models::Roles::TotalCount).toInt(), 2, 5000);

        // The Archive lists both, read from the cache.
        window.folderView()->setCurrentIndex(findFolder(*folders, {}, QStringLiteral("Archive")));
        QTRY_COMPARE_WITH_TIMEOUT(list->rowCount(), 2, 5000);
        QTRY_VERIFY_WITH_TIMEOUT(rowWithSubject(*list, QStringLiteral("Réunion de rentrée")) >= 0, 5000);

        // Get Messages again: nothing new, nothing downloaded twice.
        QCOMPARE(fetch(session, accountId), 0);
        QCOMPARE(MaildirStore(root).messages(QStringLiteral("INBOX")).size(), 1);
    }

    // Restart: the folders and the list come from the cache at once, before any scan.
    {
        models::MailSession session(cachePath, settingsPath);
        QString error;
        QVERIFY(session.open(&error));
        QVERIFY2(error.isEmpty(), qPrintable(error));
        ui::MainWindow window(session);
        auto *folders = window.folderView()->model();
        const QModelIndex inbox = findFolder(*folders, {}, QStringLiteral("INBOX"));
        QVERIFY(inbox.isValid());
        QCOMPARE(inbox.data(models::Roles::TotalCount).toInt(), 1);
        QCOMPARE(findFolder(*folders, {}, QStringLiteral("Trash")).data(models::Roles::TotalCount).toInt(), 1);
        QElapsedTimer timer;
        timer.start();
        window.controller()->selectFolder(findFolder(*folders, {}, QStringLiteral("Archive")));
        QCOMPARE(window.messageView()->model()->rowCount(), 2); // synchronously, from the cache
        qInfo("Archive listed from the cache in %lld ms", timer.elapsed());
    }

    // The cache is lost: everything comes back from the files, read state included.
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
        QFile::remove(cachePath + suffix);
    {
        models::MailSession session(cachePath, settingsPath);
        QString error;
        QVERIFY(session.open(&error));
        ui::MainWindow window(session);
        window.resize(1200, 760);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto *folders = window.folderView()->model();
        QTRY_COMPARE_WITH_TIMEOUT(findFolder(*folders, {}, QStringLiteral("Trash")).data(models::Roles::TotalCount).toInt(), 1, 10000);
        QTRY_COMPARE_WITH_TIMEOUT(findFolder(*folders, {}, QStringLiteral("Archive")).data(models::Roles::TotalCount).toInt(), 2, 10000);
        QTRY_COMPARE_WITH_TIMEOUT(findFolder(*folders, {}, QStringLiteral("INBOX")).data(models::Roles::TotalCount).toInt(), 1, 10000);
        window.folderView()->setCurrentIndex(findFolder(*folders, {}, QStringLiteral("Trash")));
        auto *list = window.messageView()->model();
        QTRY_COMPARE_WITH_TIMEOUT(list->rowCount(), 1, 10000);
        QTRY_COMPARE_WITH_TIMEOUT(list->index(0, 0).data(Qt::DisplayRole).toString(), QStringLiteral("Climbing on Saturday?"), 5000);
        QVERIFY(!list->index(0, 0).data(models::Roles::IsUnread).toBool());
        QVERIFY(list->index(0, 0).data(models::Roles::IsFlagged).toBool());
        // And the UIDL record still knows every message: Get Messages downloads nothing again.
        session.providePassword(accountId, test::TestServer::passwordFor(user), false);
        QCOMPARE(fetch(session, accountId), 0);
        QTest::qWait(200);
        QVERIFY(window.grab().save(screenshotPath(QStringLiteral("postier-pop3-rebuilt.png"))));
    }
}

void TestPop3Window::leaveOnServerOffDeletesAfterStoring()
{
    const QString user = m_server.addUser(QStringLiteral("popdel"));
    QVERIFY(!user.isEmpty());
    for (int i = 1; i <= 2; ++i)
        QVERIFY(m_server.deliver(user, message("a@example.test", "Note " + QByteArray::number(i),
                                               "Mon, 2 Feb 2026 10:00:00 +0100", "text", "n" + QByteArray::number(i) + "@x")));
    models::MailSession session(m_dir.filePath(QStringLiteral("popdel.sqlite")), m_dir.filePath(QStringLiteral("popdel.ini")));
    QString openError;
    QVERIFY(session.open(&openError));
    models::Pop3Options options;
    options.leaveOnServer = false;
    options.checkIntervalMinutes = 0;
    const QString accountId = addAccount(session, user, options);
    QVERIFY(!accountId.isEmpty());
    protocols::Error error;
    QCOMPARE(fetch(session, accountId, &error), 2);
    QVERIFY2(!error, qPrintable(error.sentence()));
    QCOMPARE(MaildirStore(models::LocalStore::rootFor(accountId)).messages(QStringLiteral("INBOX")).size(), 2);
    QCOMPARE(serverUids(user), QStringList()); // deleted from the server, once on disk
    const qint64 inbox = session.local().folderId(accountId, QStringLiteral("INBOX"));
    QCOMPARE(session.cache().messageCounts(inbox), qMakePair(2, 2));
}

void TestPop3Window::removeAfterDays()
{
    const QString user = m_server.addUser(QStringLiteral("popdays"));
    QVERIFY(!user.isEmpty());
    for (int i = 1; i <= 2; ++i)
        QVERIFY(m_server.deliver(user, message("a@example.test", "Old " + QByteArray::number(i),
                                               "Mon, 2 Feb 2026 10:00:00 +0100", "text", "o" + QByteArray::number(i) + "@x")));
    models::MailSession session(m_dir.filePath(QStringLiteral("popdays.sqlite")), m_dir.filePath(QStringLiteral("popdays.ini")));
    QString openError;
    QVERIFY(session.open(&openError));
    models::Pop3Options options;
    options.leaveOnServer = true;
    options.removeAfterDays = 7;
    options.checkIntervalMinutes = 0;
    const QString accountId = addAccount(session, user, options);
    QVERIFY(!accountId.isEmpty());
    QCOMPARE(fetch(session, accountId), 2);
    const QStringList before = serverUids(user);
    QCOMPARE(before.size(), 2); // downloaded just now: kept

    // The record says when each message was downloaded; make it ten days ago.
    const QString root = models::LocalStore::rootFor(accountId);
    protocols::Pop3UidlRecord record(protocols::Pop3UidlRecord::defaultPath(root));
    QVERIFY(record.load());
    QCOMPARE(record.size(), 2);
    const qint64 tenDaysAgo = QDateTime::currentSecsSinceEpoch() - 10 * 86400;
    for (const QString &uid : before) {
        QVERIFY(record.entry(uid));
        QVERIFY(QDateTime::currentSecsSinceEpoch() - record.entry(uid)->fetchedAt < 600);
        QVERIFY(record.add(uid, record.entry(uid)->localId, tenDaysAgo));
    }

    QVERIFY(m_server.deliver(user, message("b@example.test", "Fresh", "Tue, 3 Feb 2026 10:00:00 +0100", "text", "f@x")));
    QSignalSpy newMail(&session.local(), &models::LocalMail::newMail);
    QCOMPARE(fetch(session, accountId), 1);
    QCOMPARE(newMail.count(), 1);
    QCOMPARE(newMail.first().at(3).toString(), QStringLiteral("Fresh"));
    const QStringList after = serverUids(user);
    QCOMPARE(after.size(), 1); // the two old ones are gone from the server
    QVERIFY(!after.contains(before.at(0)) && !after.contains(before.at(1)));
    QCOMPARE(MaildirStore(root).messages(QStringLiteral("INBOX")).size(), 3); // and all kept here
}

void TestPop3Window::timerChecksForMail()
{
    const QString user = m_server.addUser(QStringLiteral("poptimer"));
    QVERIFY(!user.isEmpty());
    QVERIFY(m_server.deliver(user, message("a@example.test", "First", "Mon, 2 Feb 2026 10:00:00 +0100", "text", "t1@x")));
    models::MailSession session(m_dir.filePath(QStringLiteral("poptimer.sqlite")), m_dir.filePath(QStringLiteral("poptimer.ini")));
    QString openError;
    QVERIFY(session.open(&openError));
    session.local().setMinuteLength(300);
    QSignalSpy newMail(&session.local(), &models::LocalMail::newMail);
    models::Pop3Options options;
    options.leaveOnServer = true;
    options.removeAfterDays = 0;
    options.checkIntervalMinutes = 1; // 300 ms here
    const QString accountId = addAccount(session, user, options);
    QVERIFY(!accountId.isEmpty());
    // Checked once at the start, without anybody asking...
    QTRY_COMPARE_WITH_TIMEOUT(newMail.count(), 1, 15000);
    QCOMPARE(newMail.first().at(3).toString(), QStringLiteral("First"));
    // ...then at each interval.
    QVERIFY(m_server.deliver(user, message("a@example.test", "Second", "Mon, 2 Feb 2026 11:00:00 +0100", "text", "t2@x")));
    QTRY_COMPARE_WITH_TIMEOUT(newMail.count(), 2, 15000);
    QCOMPARE(newMail.last().at(1).toInt(), 1);
    QCOMPARE(newMail.last().at(3).toString(), QStringLiteral("Second"));
    // Interval 0: only on demand.
    models::Account account;
    QVERIFY(session.account(accountId, &account));
    account.pop3.checkIntervalMinutes = 0;
    QString error;
    QVERIFY(session.accountStore().save(account, &error));
    session.reloadAccounts();
    QVERIFY(m_server.deliver(user, message("a@example.test", "Third", "Mon, 2 Feb 2026 12:00:00 +0100", "text", "t3@x")));
    QTest::qWait(1500);
    QCOMPARE(newMail.count(), 2);
}

void TestPop3Window::cancelledFetchLosesNothing()
{
    const QString user = m_server.addUser(QStringLiteral("popcancel"));
    QVERIFY(!user.isEmpty());
    QVERIFY(m_server.seed(user, QStringLiteral("INBOX"), 60, 7, QStringLiteral("mixed")));
    models::MailSession session(m_dir.filePath(QStringLiteral("popcancel.sqlite")), m_dir.filePath(QStringLiteral("popcancel.ini")));
    QString openError;
    QVERIFY(session.open(&openError));
    models::Pop3Options options;
    options.leaveOnServer = false;
    options.checkIntervalMinutes = 0;
    const QString accountId = addAccount(session, user, options);
    QVERIFY(!accountId.isEmpty());

    // Cancel from the job list (what the status bar's button does) once a few messages are down.
    QSignalSpy finished(&session.local(), &models::LocalMail::fetchFinished);
    qint64 total = 0;
    connect(&session.jobs(), &QAbstractItemModel::dataChanged, this, [&session, &total] {
        auto &jobs = session.jobs();
        if (jobs.rowCount() == 1 && jobs.index(0).data(models::JobModel::DoneRole).toLongLong() >= 3 && !total) {
            total = jobs.index(0).data(models::JobModel::TotalRole).toLongLong();
            jobs.cancel(0);
        }
    });
    session.local().fetch(accountId);
    QVERIFY(finished.wait(20000));
    QCOMPARE(total, 60);
    const auto error = finished.first().at(2).value<protocols::Error>();
    const int fetched = finished.first().at(1).toInt();
    QCOMPARE(error.kind(), protocols::ErrorKind::Cancelled);
    QVERIFY(fetched >= 3 && fetched < 60);
    // What came is on disk and listed; nothing was deleted from the server by a cancelled run.
    const QString root = models::LocalStore::rootFor(accountId);
    QCOMPARE(MaildirStore(root).messages(QStringLiteral("INBOX")).size(), fetched);
    const qint64 inbox = session.local().folderId(accountId, QStringLiteral("INBOX"));
    QCOMPARE(session.cache().messageCount(inbox), fetched);
    QCOMPARE(serverUids(user).size(), 60);

    // The next Get Messages brings the rest, once each, then empties the server.
    QCOMPARE(fetch(session, accountId), 60 - fetched);
    QCOMPARE(MaildirStore(root).messages(QStringLiteral("INBOX")).size(), 60);
    QCOMPARE(session.cache().messageCount(inbox), 60);
    QCOMPARE(serverUids(user), QStringList());
}

void TestPop3Window::sentCopyAndDraftsStayLocal()
{
    // A POP3 account has no folders on the server: its Sent copy and its drafts are files in
    // its local Sent and Drafts folders; a newer draft sends the older one to the local Trash.
    const QString user = m_server.addUser(QStringLiteral("popsend"));
    models::MailSession session(m_dir.filePath(QStringLiteral("send-cache.sqlite")),
                                m_dir.filePath(QStringLiteral("send.ini")));
    QString error;
    QVERIFY(session.open(&error));
    const QString id = addAccount(session, user, models::Pop3Options{});
    QVERIFY(!id.isEmpty());
    protocols::MaildirStore store(session.local().storeRoot(id));

    models::ComposeEngine engine(session);
    protocols::OutgoingMessage m;
    m.to = {{QString(), user + QStringLiteral("@postier.test")}};
    m.subject = QStringLiteral("Local draft");
    m.textBody = QStringLiteral("first version\n");
    QSignalSpy saved(&engine, &models::ComposeEngine::draftSaved);
    engine.saveDraft(id, m);
    QTRY_COMPARE(saved.size(), 1);
    QCOMPARE(store.messages(QStringLiteral("Drafts")).size(), 1);
    m.textBody = QStringLiteral("second version\n");
    engine.saveDraft(id, m);
    QTRY_COMPARE(saved.size(), 2);
    m.subject = QStringLiteral("Sent from POP");
    QSignalSpy sent(&engine, &models::ComposeEngine::sent);
    engine.send(id, m);
    QTRY_COMPARE_WITH_TIMEOUT(sent.size(), 1, 20000);
    const auto sentCopies = store.messages(QStringLiteral("Sent"));
    QCOMPARE(sentCopies.size(), 1);
    QVERIFY(store.readMessage(QStringLiteral("Sent"), sentCopies.first().id).contains("Subject: Sent from POP"));
    QVERIFY(store.messages(QStringLiteral("Drafts")).isEmpty()); // the draft went with the sending
    QVERIFY(store.messages(QStringLiteral("Trash")).size() >= 1); // never a hard delete
}

QTEST_MAIN(TestPop3Window)
#include "tst_pop3window.moc"
