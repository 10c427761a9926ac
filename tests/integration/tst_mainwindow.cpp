// The main window against a real dovecot account: pick a folder, open a message, move one by drag
// and drop, and look at the result on the server. Screenshots go to $POSTIER_SCREENSHOT_DIR (or
// the temp dir) for people to look at.

#include "models/Roles.h"
#include "models/accounts/AccountStore.h"
#include "models/folders/FolderModel.h"
#include "models/messages/MessageListModel.h"
#include "models/session/MailSession.h"
#include "tests/support/TestServer.h"
#include "ui/mainwindow/MailController.h"
#include "ui/mainwindow/MainWindow.h"
#include "ui/mainwindow/MessageActions.h"
#include "ui/viewer/MessageView.h"
#include "ui/composer/ComposerWindow.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QDir>
#include <QMimeData>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QStatusBar>
#include <QTreeView>

using namespace postier;

namespace {

QByteArray message(const QByteArray &from, const QByteArray &to, const QByteArray &subject,
                   const QByteArray &date, const QByteArray &body, const QByteArray &id)
{
    return "From: " + from + "\r\nTo: " + to + "\r\nSubject: " + subject + "\r\nDate: " + date
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
        if (i.data(models::Roles::FolderPath).toString() == path)
            return i;
        const QModelIndex hit = findFolder(model, i, path);
        if (hit.isValid())
            return hit;
    }
    return {};
}

} // namespace

class TestMainWindow : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        m_server = test::TestServer::fromEnvironment();
        QVERIFY2(m_server.isValid(), qPrintable(m_server.reason()));
        QVERIFY(m_dir.isValid());
        m_user = m_server.addUser(QStringLiteral("win"));
        QVERIFY(!m_user.isEmpty());
        QVERIFY(m_server.deliver(m_user, message("Claire Dubois <claire@example.test>", m_user.toUtf8() + "@postier.test",
                                                 "=?UTF-8?Q?R=C3=A9union_de_rentr=C3=A9e?=", "Tue, 24 Nov 2026 09:12:00 +0100",
                                                 "Bonjour,\n\nla réunion de rentrée a lieu lundi à 9 h.\n\nClaire", "r1@example.test")));
        QVERIFY(m_server.deliver(m_user, message("Nils Jensen <nils@example.test>", m_user.toUtf8() + "@postier.test",
                                                 "Climbing on Saturday?", "Wed, 25 Nov 2026 18:40:00 +0100",
                                                 "Hi!\n\nAre you in for the climbing gym on Saturday at 10?\n\n> quoted line\n\nNils", "c1@example.test")));
        QVERIFY(m_server.deliver(m_user, message("Example Air <noreply@air.example>", m_user.toUtf8() + "@postier.test",
                                                 "Your booking ZRH → LIS is confirmed", "Fri, 20 Nov 2026 07:00:00 +0100",
                                                 "Booking reference: PSTR42", "b1@air.example")));
        bool ok = false;
        (void)m_server.doveadm({QStringLiteral("mailbox"), QStringLiteral("create"), QStringLiteral("-u"), m_user,
                                QStringLiteral("Projects")}, &ok);
        QVERIFY(ok);
    }

    void selectReadAndMove()
    {
        models::MailSession session(m_dir.filePath(QStringLiteral("cache.sqlite")), m_dir.filePath(QStringLiteral("settings.ini")));
        QString error;
        QVERIFY(session.open(&error));
        models::Account account;
        account.name = QStringLiteral("Work");
        account.address = m_user + QStringLiteral("@postier.test");
        account.displayName = QStringLiteral("Test User");
        account.incoming = m_server.endpoint(protocols::Protocol::Imap, protocols::Security::Tls, m_user);
        account.outgoing = m_server.endpoint(protocols::Protocol::Smtp, protocols::Security::StartTls, m_user);
        QVERIFY(session.accountStore().save(account, &error));
        session.reloadAccounts();
        const QList<models::Account> accounts = session.accounts();
        QCOMPARE(accounts.size(), 1);
        QSignalSpy asked(&session, &models::MailSession::passwordNeeded);
        session.providePassword(accounts.first().id, test::TestServer::passwordFor(m_user), false);

        ui::MainWindow window(session);
        window.resize(1200, 760);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto *folders = window.folderView()->model();
        QAbstractItemModelTester folderTester(folders, QAbstractItemModelTester::FailureReportingMode::QtTest);

        // The window lists the folders and opens the Inbox by itself.
        QTRY_VERIFY_WITH_TIMEOUT(findFolder(*folders, {}, QStringLiteral("Projects")).isValid(), 10000);
        QTRY_COMPARE_WITH_TIMEOUT(window.folderView()->currentIndex().data(models::Roles::SpecialUse).toInt(),
                                  int(protocols::SpecialUse::Inbox), 10000);
        QTRY_VERIFY2_WITH_TIMEOUT(window.messageView()->model()->rowCount() == 3,
                                  qPrintable(window.statusBar()->currentMessage()), 10000);
        QCOMPARE(window.folderView()->currentIndex().data(models::Roles::SpecialUse).toInt(),
                 int(protocols::SpecialUse::Inbox));
        QCOMPARE(asked.count(), 0); // the password was given: nobody was asked

        // Newest arrival first (the order they were delivered in, reversed); subjects decoded; the
        // unread count reaches the folder tree.
        auto *list = window.messageView()->model();
        QTRY_COMPARE_WITH_TIMEOUT(list->index(0, 0).data(Qt::DisplayRole).toString(), QStringLiteral("Your booking ZRH → LIS is confirmed"), 5000);
        QTRY_COMPARE_WITH_TIMEOUT(list->index(1, 0).data(Qt::DisplayRole).toString(), QStringLiteral("Climbing on Saturday?"), 5000);
        QTRY_COMPARE_WITH_TIMEOUT(list->index(2, 0).data(Qt::DisplayRole).toString(), QStringLiteral("Réunion de rentrée"), 5000);
        QCOMPARE(list->index(2, models::MessageListModel::FromColumn).data(Qt::DisplayRole).toString(), QStringLiteral("Claire Dubois"));
        QTRY_COMPARE_WITH_TIMEOUT(window.folderView()->currentIndex().data(models::Roles::UnreadCount).toInt(), 3, 10000);

        // Open "Climbing": it is fetched, shown and marked read on the server.
        QSignalSpy shown(window.viewer(), &ui::MessageView::messageShown);
        window.messageView()->setCurrentIndex(list->index(1, 0));
        window.messageView()->selectionModel()->select(list->index(1, 0), QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        QVERIFY(shown.wait(10000) || shown.count() > 0);
        QVERIFY(window.controller()->currentMessage().contains("climbing gym"));
        QTRY_VERIFY_WITH_TIMEOUT(!list->index(1, 0).data(models::Roles::IsUnread).toBool(), 5000);
        bool ok = false;
        QTRY_VERIFY_WITH_TIMEOUT(m_server.doveadm({QStringLiteral("search"), QStringLiteral("-u"), m_user,
                                                   QStringLiteral("mailbox"), QStringLiteral("INBOX"),
                                                   QStringLiteral("SEEN")}, &ok).trimmed().isEmpty() == false, 5000);
        QTest::qWait(300); // let the viewer lay out before the picture
        QVERIFY(window.grab().save(screenshotPath(QStringLiteral("postier-main.png"))));

        // Reply to Nils from the window: the reply reaches his mailbox (the test server delivers
        // any address to a mailbox of that name) and a copy lands in our Sent.
        QAction *replyAction = nullptr;
        for (QAction *a : window.findChildren<QAction *>()) {
            if (a->shortcut() == QKeySequence(Qt::CTRL | Qt::Key_R))
                replyAction = a;
        }
        QVERIFY(replyAction);
        QTRY_VERIFY(replyAction->isEnabled());
        replyAction->trigger();
        ui::ComposerWindow *composer = nullptr;
        QTRY_VERIFY((composer = window.findChild<ui::ComposerWindow *>()) != nullptr);
        QTRY_VERIFY(composer->isVisible());
        QVERIFY(composer->grab().save(screenshotPath(QStringLiteral("postier-reply.png"))));
        composer->sendAction()->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(m_server.doveadm({QStringLiteral("fetch"), QStringLiteral("-u"), QStringLiteral("nils"),
                                                   QStringLiteral("hdr.subject"), QStringLiteral("mailbox"),
                                                   QStringLiteral("INBOX")}, &ok).contains("Re: Climbing on Saturday?"), 15000);
        QTRY_VERIFY_WITH_TIMEOUT(m_server.doveadm({QStringLiteral("fetch"), QStringLiteral("-u"), m_user,
                                                   QStringLiteral("hdr.subject"), QStringLiteral("mailbox"),
                                                   QStringLiteral("Sent")}, &ok).contains("Re: Climbing on Saturday?"), 15000);

        // Drag the booking (row 0) onto Projects: the model's own drag data, dropped on the tree.
        std::unique_ptr<QMimeData> mime(list->mimeData({list->index(0, 0)}));
        const QModelIndex projects = findFolder(*folders, {}, QStringLiteral("Projects"));
        QVERIFY(folders->canDropMimeData(mime.get(), Qt::MoveAction, -1, -1, projects));
        (void)folders->dropMimeData(mime.get(), Qt::MoveAction, -1, -1, projects);
        QTRY_COMPARE_WITH_TIMEOUT(list->rowCount(), 2, 10000);
        const QByteArray inProjects = m_server.doveadm({QStringLiteral("fetch"), QStringLiteral("-u"), m_user,
                                                        QStringLiteral("hdr.subject"), QStringLiteral("mailbox"),
                                                        QStringLiteral("Projects")}, &ok);
        QVERIFY(ok);
        QVERIFY2(inProjects.contains("PSTR42") || inProjects.contains("ZRH"), inProjects.constData());
        const QByteArray inInbox = m_server.doveadm({QStringLiteral("fetch"), QStringLiteral("-u"), m_user,
                                                     QStringLiteral("hdr.subject"), QStringLiteral("mailbox"),
                                                     QStringLiteral("INBOX")}, &ok);
        QVERIFY(!inInbox.contains("ZRH"));

        // Undo brings it back.
        QVERIFY(window.findChildren<QAction *>().size() > 0);
        window.messageActions()->undo->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(m_server.doveadm({QStringLiteral("fetch"), QStringLiteral("-u"), m_user,
                                                   QStringLiteral("hdr.subject"), QStringLiteral("mailbox"),
                                                   QStringLiteral("INBOX")}, &ok).contains("ZRH"), 10000);
        QTRY_COMPARE_WITH_TIMEOUT(list->rowCount(), 3, 10000);
    }

private:
    test::TestServer m_server;
    QTemporaryDir m_dir;
    QString m_user;
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
