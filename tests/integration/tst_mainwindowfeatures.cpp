// The main window's print, search-on-server and new-mail features against a real dovecot
// account: a word only in a message body is found by "Search on Server" (button and Ctrl+Enter),
// the print preview shows the open message, new mail delivered by LMTP is announced and counted
// in the title, and a click on the notification brings the Inbox back. Screenshots go to
// $POSTIER_SCREENSHOT_DIR (or the temp dir): postier-search-offer.png, postier-search-server.png,
// postier-window-print-preview.png.

#include "models/Roles.h"
#include "models/accounts/AccountStore.h"
#include "models/accounts/PasswordStore.h"
#include "models/session/MailSession.h"
#include "protocols/imap/FolderInfo.h"
#include "models/session/NewMailWatcher.h"
#include "tests/support/TestServer.h"
#include "ui/mainwindow/MainWindow.h"
#include "ui/mainwindow/ServerSearchBar.h"
#include "ui/mainwindow/TrayNotifier.h"
#include "ui/viewer/MessageView.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QLineEdit>
#include <QPrintPreviewDialog>
#include <QPrintPreviewWidget>
#include <QSettings>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QToolButton>
#include <QTreeView>

using namespace postier;

namespace {

QByteArray message(const QByteArray &from, const QByteArray &subject, const QByteArray &body, const QByteArray &id)
{
    return "From: " + from + "\r\nTo: someone@postier.test\r\nSubject: " + subject
        + "\r\nDate: Wed, 25 Nov 2026 18:40:00 +0100\r\nMessage-ID: <" + id
        + "@example.test>\r\nMIME-Version: 1.0\r\nContent-Type: text/plain; charset=utf-8\r\n"
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

template <typename T>
T *findByText(QWidget &window, const QString &text)
{
    for (T *a : window.findChildren<T *>()) {
        if (a->text() == text)
            return a;
    }
    return nullptr;
}

} // namespace

class TestMainWindowFeatures : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        m_server = test::TestServer::fromEnvironment();
        QVERIFY2(m_server.isValid(), qPrintable(m_server.reason()));
        QVERIFY(m_dir.isValid());
        m_user = m_server.addUser(QStringLiteral("feat"));
        QVERIFY(!m_user.isEmpty());
        QVERIFY(m_server.deliver(m_user, message("Claire Dubois <claire@example.test>", "Weekend plans",
                                                 "We could walk to the old lighthouse on Sunday.\n\nClaire", "w1")));
        QVERIFY(m_server.deliver(m_user, message("Nils Jensen <nils@example.test>", "Climbing on Saturday?",
                                                 "Are you in for the gym at 10?\n\nNils", "c1")));
        QVERIFY(m_server.deliver(m_user, message("Example Air <noreply@air.example>", "Your booking is confirmed",
                                                 "Booking reference: PSTR42", "b1")));
        bool ok = false;
        (void)m_server.doveadm({QStringLiteral("mailbox"), QStringLiteral("create"), QStringLiteral("-u"), m_user,
                                QStringLiteral("Projects")}, &ok);
        QVERIFY(ok);
    }

    void notificationTexts()
    {
        using T = ui::TrayNotifier;
        QCOMPARE(T::notificationText(QStringLiteral("Work"), 1, QStringLiteral("Nils Jensen"), QStringLiteral("Climbing?")),
                 std::make_pair(QStringLiteral("Nils Jensen"), QStringLiteral("Climbing?")));
        QCOMPARE(T::notificationText(QStringLiteral("Work"), 1, QString(), QString()),
                 std::make_pair(QStringLiteral("New message in Work"), QStringLiteral("(no subject)")));
        // Without the English plural forms loaded, tr() shows the source's "(s)".
        QCOMPARE(T::notificationText(QStringLiteral("Work"), 3, QStringLiteral("Nils Jensen"), QStringLiteral("Climbing?")),
                 std::make_pair(QStringLiteral("3 new message(s) in Work"),
                                QStringLiteral("The newest, from Nils Jensen: Climbing?")));
        T off;
        off.setEnabled(false);
        off.notify(QStringLiteral("a"), QStringLiteral("Work"), 2, QStringLiteral("Nils"), QStringLiteral("Hi"));
        QVERIFY(off.lastNotification().first.isEmpty());
        QVERIFY(!off.isShowingIcon());
    }

    void searchPrintAndNotify()
    {
        QSettings().remove(QStringLiteral("notifications/enabled"));
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
        const QString accountId = session.accounts().first().id;
        session.providePassword(accountId, test::TestServer::passwordFor(m_user), false);
        // The watcher's own connection reads the keychain; without one it polls instead.
        (void)models::PasswordStore::writeAndWait(models::Account::passwordKey(account.incoming),
                                                  test::TestServer::passwordFor(m_user));

        ui::MainWindow window(session);
        window.newMailWatcher()->setPollInterval(500);
        window.resize(1200, 760);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto *list = window.messageView()->model();
        QTRY_COMPARE_WITH_TIMEOUT(list->rowCount(), 3, 15000);
        QTRY_COMPARE_WITH_TIMEOUT(window.windowTitle(), QStringLiteral("3 unread – Postier"), 10000);

        // "lighthouse" is only in a body: the copy here finds nothing, the server finds it.
        QLineEdit *filter = nullptr;
        for (auto *edit : window.findChildren<QLineEdit *>()) {
            if (edit->placeholderText().startsWith(QStringLiteral("Filter these messages")))
                filter = edit;
        }
        QVERIFY(filter);
        auto *bar = window.serverSearchBar();
        QVERIFY(!bar->isVisible());
        filter->setText(QStringLiteral("lighthouse"));
        QTRY_COMPARE(list->rowCount(), 0);
        QTRY_VERIFY(bar->isVisible());
        QCOMPARE(bar->message(), QStringLiteral("No message on this computer matches."));
        QVERIFY(bar->button()->isVisible());
        QVERIFY(window.grab().save(screenshotPath(QStringLiteral("postier-search-offer.png"))));
        QTest::mouseClick(bar->button(), Qt::LeftButton);
        QTRY_VERIFY2_WITH_TIMEOUT(list->rowCount() == 1, qPrintable(bar->message()), 10000);
        QCOMPARE(list->index(0, 0).data(Qt::DisplayRole).toString(), QStringLiteral("Weekend plans"));
        QCOMPARE(bar->message(), QStringLiteral("1 message(s) found on the server."));
        QVERIFY(!bar->button()->isVisible());
        QTest::qWait(200);
        QVERIFY(window.grab().save(screenshotPath(QStringLiteral("postier-search-server.png"))));

        // Ctrl+Enter in the filter: words of a subject (found here too) and of a body.
        filter->setText(QStringLiteral("gym saturday"));
        QTRY_VERIFY(bar->button()->isVisible());
        QCOMPARE(list->rowCount(), 0); // "gym" is in the body only
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        filter->setFocus();
        QTest::keyClick(filter, Qt::Key_Return, Qt::ControlModifier);
        QTRY_COMPARE_WITH_TIMEOUT(list->rowCount(), 1, 10000);
        QCOMPARE(list->index(0, 0).data(Qt::DisplayRole).toString(), QStringLiteral("Climbing on Saturday?"));
        filter->clear();
        QTRY_COMPARE(list->rowCount(), 3);
        QTRY_VERIFY(!bar->isVisible());

        // New mail: announced, counted in the title, listed (the Inbox is on show).
        ui::TrayNotifier *tray = window.trayNotifier();
        QTRY_VERIFY_WITH_TIMEOUT(window.newMailWatcher()->isWatching(accountId), 15000);
        QVERIFY(m_server.deliver(m_user, message("Nils Jensen <nils@example.test>", "Fresh news", "Hello!", "n1")));
        QTRY_COMPARE_WITH_TIMEOUT(tray->lastNotification(),
                                  std::make_pair(QStringLiteral("Nils Jensen"), QStringLiteral("Fresh news")), 15000);
        QTRY_COMPARE_WITH_TIMEOUT(window.windowTitle(), QStringLiteral("4 unread – Postier"), 10000);
        QTRY_COMPARE_WITH_TIMEOUT(list->rowCount(), 4, 10000);

        // Clicking the notification brings the Inbox back.
        const QModelIndex projects = findFolder(*window.folderView()->model(), {}, QStringLiteral("Projects"));
        QVERIFY(projects.isValid());
        window.folderView()->setCurrentIndex(projects);
        QTRY_COMPARE(list->rowCount(), 0);
        Q_EMIT tray->activated(accountId);
        QCOMPARE(window.folderView()->currentIndex().data(models::Roles::SpecialUse).toInt(),
                 int(protocols::SpecialUse::Inbox));
        QTRY_COMPARE_WITH_TIMEOUT(list->rowCount(), 4, 10000);

        // Notifications off (View menu): nothing announced, but the title still counts.
        QAction *toggle = findByText<QAction>(window, QStringLiteral("New-Mail &Notifications"));
        QVERIFY(toggle && toggle->isChecked());
        toggle->trigger();
        QVERIFY(!tray->isEnabled());
        QCOMPARE(QSettings().value(QStringLiteral("notifications/enabled")).toBool(), false);
        QSignalSpy news(window.newMailWatcher(), &models::NewMailWatcher::newMail);
        QVERIFY(m_server.deliver(m_user, message("Claire Dubois <claire@example.test>", "Quiet news", "Shh.", "q1")));
        QVERIFY(news.wait(15000));
        QCOMPARE(tray->lastNotification().second, QStringLiteral("Fresh news"));
        QTRY_COMPARE_WITH_TIMEOUT(window.windowTitle(), QStringLiteral("5 unread – Postier"), 10000);
        QTRY_COMPARE_WITH_TIMEOUT(list->rowCount(), 5, 10000);
        toggle->trigger();
        QVERIFY(tray->isEnabled());

        // Print preview of the open message.
        QAction *preview = findByText<QAction>(window, QStringLiteral("Print Pre&view…"));
        QAction *print = findByText<QAction>(window, QStringLiteral("&Print…"));
        QVERIFY(preview && print);
        QVERIFY(!print->isEnabled());
        QSignalSpy shown(window.viewer(), &ui::MessageView::messageShown);
        const QModelIndex weekend = list->index(4, 0);
        QCOMPARE(weekend.data(Qt::DisplayRole).toString(), QStringLiteral("Weekend plans"));
        window.messageView()->setCurrentIndex(weekend);
        window.messageView()->selectionModel()->select(weekend, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        QVERIFY(shown.wait(10000) || shown.count() > 0);
        QTRY_VERIFY(print->isEnabled() && preview->isEnabled());
        int pages = -1;
        QTimer poll;
        poll.setInterval(50);
        connect(&poll, &QTimer::timeout, this, [&] {
            auto *dialog = qobject_cast<QPrintPreviewDialog *>(QApplication::activeModalWidget());
            auto *widget = dialog ? dialog->findChild<QPrintPreviewWidget *>() : nullptr;
            if (!widget || widget->pageCount() < 1)
                return;
            poll.stop();
            pages = widget->pageCount();
            QTest::qWait(200);
            dialog->grab().save(screenshotPath(QStringLiteral("postier-window-print-preview.png")));
            dialog->reject();
        });
        poll.start();
        preview->trigger(); // modal until the timer closes it
        QCOMPARE(pages, 1);

        (void)models::PasswordStore::removeAndWait(models::Account::passwordKey(account.incoming));
    }

private:
    test::TestServer m_server;
    QTemporaryDir m_dir;
    QString m_user;
};

QTEST_MAIN(TestMainWindowFeatures)
#include "tst_mainwindowfeatures.moc"
