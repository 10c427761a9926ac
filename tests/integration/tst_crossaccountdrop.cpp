// Drag and drop between accounts in the main window, against the real dovecot: a folder of one
// IMAP account copied onto another's Inbox, a selection of messages moved (deleted from the
// source only once verified, and not at all when the target refuses them), messages of a POP3
// account's local folders moved to an IMAP account (the originals go to the local Trash), and an
// mbox file and an .eml file dropped from the file manager. Each check compares the bytes, flags
// and INTERNALDATE on the server. Screenshots (the move-or-copy menu, the progress in the status
// bar, the report dialog) go to $POSTIER_SCREENSHOT_DIR (or the temp dir).

#include "models/Roles.h"
#include "models/accounts/AccountStore.h"
#include "models/accounts/PasswordStore.h"
#include "models/folders/FolderModel.h"
#include "models/local/LocalMail.h"
#include "models/local/LocalStore.h"
#include "models/messages/MessageListModel.h"
#include "models/migration/CrossAccountCopy.h"
#include "models/session/JobModel.h"
#include "models/session/MailSession.h"
#include "protocols/Connection.h"
#include "protocols/imap/AppendMessageJob.h"
#include "protocols/imap/CreateFolderJob.h"
#include "protocols/imap/FetchIdentityJob.h"
#include "protocols/imap/FetchMessageJob.h"
#include "protocols/imap/ImapParser.h"
#include "protocols/local/MaildirStore.h"
#include "tests/support/MemoryKeychain.h"
#include "tests/support/TestServer.h"
#include "ui/mainwindow/CrossAccountDrop.h"
#include "ui/mainwindow/CrossAccountReportDialog.h"
#include "ui/mainwindow/MailController.h"
#include "ui/mainwindow/MainWindow.h"
#include "ui/mainwindow/MessageActions.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QMenu>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTreeView>
#include <QUrl>

#include <algorithm>
#include <memory>

using namespace postier;
using protocols::Protocol;
using protocols::Security;

namespace {

constexpr int kWaitMs = 60000; // only reached when something is broken

QByteArray message(const QByteArray &from, const QByteArray &subject, const QByteArray &date, const QByteArray &body,
                   const QByteArray &id)
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

QModelIndex findIn(const QAbstractItemModel &model, const QModelIndex &parent, const QString &path)
{
    for (int r = 0; r < model.rowCount(parent); ++r) {
        const QModelIndex i = model.index(r, 0, parent);
        if (i.data(models::Roles::FolderPath).toString() == path)
            return i;
        const QModelIndex hit = findIn(model, i, path);
        if (hit.isValid())
            return hit;
    }
    return {};
}

// A folder of one account in the tree (every account has an INBOX).
QModelIndex folderOf(const QAbstractItemModel &model, const QString &accountId, const QString &path)
{
    for (int r = 0; r < model.rowCount(); ++r) {
        const QModelIndex account = model.index(r, 0);
        if (account.data(models::Roles::AccountId).toString() == accountId)
            return findIn(model, account, path);
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

/// One message as the server keeps it.
struct Stored {
    QByteArray bytes;
    quint8 flags = 0;
    QByteArrayList keywords;
    qint64 internalDate = 0;
    bool operator==(const Stored &o) const
    {
        return bytes == o.bytes && flags == o.flags && keywords == o.keywords && internalDate == o.internalDate;
    }
    bool operator<(const Stored &o) const { return bytes < o.bytes; }
};

QByteArray crlf(QByteArray bytes)
{
    bytes.replace("\r\n", "\n");
    bytes.replace("\n", "\r\n");
    return bytes;
}

} // namespace

class TestCrossAccountDrop : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        m_server = test::TestServer::fromEnvironment();
        QVERIFY2(m_server.isValid(), qPrintable(m_server.reason()));
        QVERIFY(m_dir.isValid());
        // Local folders and migration journals go to the application data location.
        qputenv("XDG_DATA_HOME", QFile::encodeName(m_dir.filePath(QStringLiteral("data"))));
    }

    void folderCopiedOntoAnotherInbox();
    void folderMovedThenDeleted();
    void cancelFromTheJobList();
    void selectionMovedAfterVerification();
    void refusedMoveDeletesNothing();
    void localMessagesMovedToLocalTrash();
    void filesFromTheFileManager();

private:
    struct Fixture {
        std::unique_ptr<models::MailSession> session;
        std::unique_ptr<ui::MainWindow> window;
        QAbstractItemModel *folders = nullptr;
        ui::CrossAccountDrop *drop = nullptr;
    };
    // A session with these accounts ({user, protocol}) and a window showing them; ids in *ids.
    bool open(Fixture &f, const QString &name, const QList<QPair<QString, Protocol>> &accounts, QStringList *ids);
    // The messages of a folder on the server, sorted by their bytes.
    QVector<Stored> serverFolder(const QString &user, const QString &folder, bool *ok = nullptr);
    bool create(const QString &user, const QString &folder);
    bool append(const QString &user, const QString &folder, const QByteArray &bytes, quint8 flags,
                const QByteArrayList &keywords, qint64 date);
    // Drops `mime` on the folder and picks `choice` ("move", "copy") in the menu that opens;
    // waits for the end and returns the result.
    models::CrossAccountResult dropAndChoose(Fixture &f, QMimeData *mime, const QModelIndex &target,
                                             const QString &choice, const QString &shot = {});

    test::TestServer m_server;
    QTemporaryDir m_dir;
    test::MemoryKeychain m_passwords;
};

bool TestCrossAccountDrop::open(Fixture &f, const QString &name, const QList<QPair<QString, Protocol>> &accounts,
                                QStringList *ids)
{
    f.session = std::make_unique<models::MailSession>(m_dir.filePath(name + QStringLiteral("-cache.sqlite")),
                                                      m_dir.filePath(name + QStringLiteral("-settings.ini")));
    QString error;
    if (!f.session->open(&error))
        return false;
    for (const auto &[user, protocol] : accounts) {
        models::Account account;
        account.name = user.left(1).toUpper() + user.section(QLatin1Char('-'), 0, 0).mid(1);
        account.address = user + QStringLiteral("@postier.test");
        account.displayName = QStringLiteral("Test User");
        account.incoming = m_server.endpoint(protocol, Security::Tls, user);
        account.outgoing = m_server.endpoint(Protocol::Smtp, Security::StartTls, user);
        account.pop3.checkIntervalMinutes = 0;
        if (!f.session->accountStore().save(account, &error))
            return false;
    }
    f.session->reloadAccounts();
    for (const auto &[user, protocol] : accounts) {
        for (const models::Account &a : f.session->accounts()) {
            if (a.address == user + QStringLiteral("@postier.test")) {
                f.session->providePassword(a.id, test::TestServer::passwordFor(user), false);
                m_passwords.write(models::Account::passwordKey(a.incoming), test::TestServer::passwordFor(user), [](const auto &) {});
                *ids << a.id;
            }
        }
    }
    f.window = std::make_unique<ui::MainWindow>(*f.session);
    f.window->resize(1200, 760);
    f.window->show();
    if (!QTest::qWaitForWindowExposed(f.window.get()))
        return false;
    f.folders = f.window->folderView()->model();
    for (int r = 0; r < f.folders->rowCount(); ++r)
        f.window->folderView()->expand(f.folders->index(r, 0));
    f.drop = f.window->messageActions()->crossAccount();
    f.drop->setPasswordStore(&m_passwords);
    return ids->size() == accounts.size();
}

QVector<Stored> TestCrossAccountDrop::serverFolder(const QString &user, const QString &folder, bool *ok)
{
    protocols::Connection connection(m_server.endpoint(Protocol::Imap, Security::Tls, user),
                                     test::TestServer::passwordFor(user));
    const QByteArray raw = protocols::imap::encodeMailboxName(folder);
    protocols::FetchIdentityJob list(raw, {"MESSAGE-ID"});
    QVector<Stored> out;
    if (protocols::runJobAndWait(connection, list)) {
        if (ok)
            *ok = false;
        return out;
    }
    for (const protocols::MessageIdentity &m : list.messages()) {
        protocols::FetchMessageJob fetch(raw, m.uid);
        if (protocols::runJobAndWait(connection, fetch)) {
            if (ok)
                *ok = false;
            return out;
        }
        QByteArrayList keywords = m.flags.keywords;
        std::sort(keywords.begin(), keywords.end());
        out.append({fetch.content(), quint8(m.flags.bits & ~protocols::FlagRecent), keywords, m.internalDate});
    }
    std::sort(out.begin(), out.end());
    if (ok)
        *ok = true;
    return out;
}

bool TestCrossAccountDrop::create(const QString &user, const QString &folder)
{
    protocols::Connection connection(m_server.endpoint(Protocol::Imap, Security::Tls, user),
                                     test::TestServer::passwordFor(user));
    protocols::CreateFolderJob job(protocols::imap::encodeMailboxName(folder));
    return protocols::runJobAndWait(connection, job).isOk();
}

bool TestCrossAccountDrop::append(const QString &user, const QString &folder, const QByteArray &bytes, quint8 flags,
                                  const QByteArrayList &keywords, qint64 date)
{
    protocols::Connection connection(m_server.endpoint(Protocol::Imap, Security::Tls, user),
                                     test::TestServer::passwordFor(user));
    protocols::AppendMessageJob job(protocols::imap::encodeMailboxName(folder));
    job.addMessage(bytes, protocols::MessageFlags {flags, keywords}, date);
    return protocols::runJobAndWait(connection, job).isOk();
}

models::CrossAccountResult TestCrossAccountDrop::dropAndChoose(Fixture &f, QMimeData *mime, const QModelIndex &target,
                                                               const QString &choice, const QString &shot)
{
    QSignalSpy finished(f.drop, &ui::CrossAccountDrop::finished);
    [&] {
        QVERIFY(f.folders->canDropMimeData(mime, Qt::MoveAction, -1, -1, target));
        // A plain drop asks: the menu opens at the pointer.
        (void)f.folders->dropMimeData(mime, Qt::MoveAction, -1, -1, target);
        QMenu *menu = f.drop->openMenu();
        QVERIFY(menu);
        QTRY_VERIFY(menu->isVisible());
        QAction *action = menu->findChild<QAction *>(choice);
        QVERIFY(action);
        if (!shot.isEmpty())
            menu->grab().save(screenshotPath(shot));
        QTest::mouseClick(menu, Qt::LeftButton, {}, menu->actionGeometry(action).center());
        QTRY_VERIFY(!f.drop->openMenu() || !f.drop->openMenu()->isVisible());
        QVERIFY(finished.wait(kWaitMs) || finished.count() > 0);
    }();
    if (finished.isEmpty())
        return {};
    return finished.first().first().value<models::CrossAccountResult>();
}

void TestCrossAccountDrop::folderCopiedOntoAnotherInbox()
{
    const QString alice = m_server.addUser(QStringLiteral("alice"));
    const QString bob = m_server.addUser(QStringLiteral("bob"));
    QVERIFY(!alice.isEmpty() && !bob.isEmpty());
    QVERIFY(create(alice, QStringLiteral("Projects")));
    QVERIFY(create(alice, QStringLiteral("Projects/2024")));
    // Flags, keywords and dates that must all arrive; 8-bit text too.
    QVERIFY(append(alice, QStringLiteral("Projects"),
                   message("Claire <claire@example.test>", "Plan", "Tue, 2 Jan 2024 09:00:00 +0100", "Le plan révisé.", "p1@x.test"),
                   protocols::FlagSeen, {}, 1704182400));
    QVERIFY(append(alice, QStringLiteral("Projects"),
                   message("Nils <nils@example.test>", "Budget", "Wed, 3 Jan 2024 10:00:00 +0100", "Numbers attached.", "p2@x.test"),
                   protocols::FlagFlagged | protocols::FlagAnswered, {"$Label1"}, 1704272400));
    QVERIFY(append(alice, QStringLiteral("Projects"),
                   message("Ana <ana@example.test>", "Draft", "Thu, 4 Jan 2024 11:00:00 +0100", QByteArray(3000, 'd'), "p3@x.test"),
                   protocols::FlagDraft, {}, 1704362400));
    QVERIFY(append(alice, QStringLiteral("Projects/2024"),
                   message("Claire <claire@example.test>", "Q1", "Mon, 1 Apr 2024 08:00:00 +0200", "Quarter one.", "q1@x.test"),
                   protocols::FlagSeen, {}, 1711951200));
    QVERIFY(append(alice, QStringLiteral("Projects/2024"),
                   message("Claire <claire@example.test>", "Q2", "Mon, 1 Jul 2024 08:00:00 +0200", "Quarter two.", "q2@x.test"),
                   0, {}, 1719813600));
    bool ok = false;
    const QVector<Stored> projects = serverFolder(alice, QStringLiteral("Projects"), &ok);
    QVERIFY(ok && projects.size() == 3);
    const QVector<Stored> year = serverFolder(alice, QStringLiteral("Projects/2024"), &ok);
    QVERIFY(ok && year.size() == 2);

    Fixture f;
    QStringList ids;
    QVERIFY(open(f, QStringLiteral("folder"), {{alice, Protocol::Imap}, {bob, Protocol::Imap}}, &ids));
    QAbstractItemModelTester tester(f.folders, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QTRY_VERIFY_WITH_TIMEOUT(folderOf(*f.folders, ids[0], QStringLiteral("Projects/2024")).isValid(), kWaitMs);
    QTRY_VERIFY_WITH_TIMEOUT(folderOf(*f.folders, ids[1], QStringLiteral("INBOX")).isValid(), kWaitMs);
    const QModelIndex source = folderOf(*f.folders, ids[0], QStringLiteral("Projects"));
    const QModelIndex bobInbox = folderOf(*f.folders, ids[1], QStringLiteral("INBOX"));

    // A folder row can be dragged; it may land on another account's folder, not on its own.
    QVERIFY(f.folders->flags(source) & Qt::ItemIsDragEnabled);
    QVERIFY(!(f.folders->flags(f.folders->index(0, 0)) & Qt::ItemIsDragEnabled)); // an account row
    std::unique_ptr<QMimeData> mime(f.folders->mimeData({source}));
    QVERIFY(mime && mime->hasFormat(QLatin1String(models::FolderModel::folderMimeType)));
    QVERIFY(!f.folders->canDropMimeData(mime.get(), Qt::MoveAction, -1, -1, folderOf(*f.folders, ids[0], QStringLiteral("INBOX"))));

    // The progress shows in the status bar while it runs: take a picture when it is under way.
    bool pictured = false;
    auto &jobs = f.session->jobs();
    QObject::connect(&jobs, &QAbstractItemModel::dataChanged, f.window.get(), [&](const QModelIndex &row) {
        const qint64 done = row.data(models::JobModel::DoneRole).toLongLong();
        const qint64 total = row.data(models::JobModel::TotalRole).toLongLong();
        if (!pictured && done > 0 && done < total && row.data().toString().startsWith(QStringLiteral("Copying"))) {
            pictured = true;
            f.window->grab().save(screenshotPath(QStringLiteral("crossaccount-progress.png")));
        }
    });
    const models::CrossAccountResult result = dropAndChoose(f, mime.get(), bobInbox, QStringLiteral("copy"),
                                                            QStringLiteral("crossaccount-menu.png"));
    QVERIFY2(result.ok(), qPrintable(result.details()));
    QVERIFY(!result.move);
    QCOMPARE(result.report.total(&models::MigrationFolderReport::uploaded), 5);
    QCOMPARE(result.report.total(&models::MigrationFolderReport::verified), 5);
    QVERIFY(pictured);
    // The report names the folders as the source has them.
    QCOMPARE(result.report.folders.size(), 2);
    QCOMPARE(result.report.folders.at(0).source, QStringLiteral("Projects"));
    QCOMPARE(result.report.folders.at(0).destination, QStringLiteral("INBOX/Projects"));
    QCOMPARE(result.report.folders.at(1).source, QStringLiteral("Projects/2024"));
    QTRY_VERIFY(f.window->statusBar()->currentMessage().contains(QStringLiteral("All 5 messages verified")));

    // Below Bob's Inbox, byte for byte, with flags, keywords and dates; Alice's folders untouched.
    QCOMPARE(serverFolder(bob, QStringLiteral("INBOX/Projects")), projects);
    QCOMPARE(serverFolder(bob, QStringLiteral("INBOX/Projects/2024")), year);
    QCOMPARE(serverFolder(alice, QStringLiteral("Projects")), projects);
    QCOMPARE(serverFolder(alice, QStringLiteral("Projects/2024")), year);
    QCOMPARE(serverFolder(bob, QStringLiteral("INBOX")).size(), 0);
    // The tree shows the new folders.
    QTRY_VERIFY_WITH_TIMEOUT(folderOf(*f.folders, ids[1], QStringLiteral("INBOX/Projects/2024")).isValid(), kWaitMs);

    // The same drop again copies nothing twice.
    const QModelIndex bobInboxNow = folderOf(*f.folders, ids[1], QStringLiteral("INBOX"));
    std::unique_ptr<QMimeData> again(f.folders->mimeData({folderOf(*f.folders, ids[0], QStringLiteral("Projects"))}));
    const models::CrossAccountResult second = dropAndChoose(f, again.get(), bobInboxNow, QStringLiteral("copy"));
    QVERIFY2(second.ok(), qPrintable(second.details()));
    QCOMPARE(second.report.total(&models::MigrationFolderReport::uploaded), 0);
    QCOMPARE(second.report.total(&models::MigrationFolderReport::alreadyThere), 5);
    QCOMPARE(serverFolder(bob, QStringLiteral("INBOX/Projects")), projects);
}

void TestCrossAccountDrop::folderMovedThenDeleted()
{
    const QString hana = m_server.addUser(QStringLiteral("hana"));
    const QString ivan = m_server.addUser(QStringLiteral("ivan"));
    QVERIFY(!hana.isEmpty() && !ivan.isEmpty());
    QVERIFY(create(hana, QStringLiteral("Old")));
    QVERIFY(create(hana, QStringLiteral("Old/Sub")));
    QVERIFY(append(hana, QStringLiteral("Old"), message("A <a@example.test>", "One", "Mon, 1 Jan 2024 10:00:00 +0000", "1", "o1@x.test"),
                   protocols::FlagSeen, {}, 1704103200));
    QVERIFY(append(hana, QStringLiteral("Old"), message("A <a@example.test>", "Two", "Mon, 1 Jan 2024 11:00:00 +0000", "2", "o2@x.test"),
                   0, {}, 1704106800));
    QVERIFY(append(hana, QStringLiteral("Old/Sub"), message("A <a@example.test>", "Three", "Mon, 1 Jan 2024 12:00:00 +0000", "3", "o3@x.test"),
                   protocols::FlagAnswered, {}, 1704110400));
    const QVector<Stored> old = serverFolder(hana, QStringLiteral("Old"));
    const QVector<Stored> sub = serverFolder(hana, QStringLiteral("Old/Sub"));
    QCOMPARE(old.size(), 2);
    QCOMPARE(sub.size(), 1);

    Fixture f;
    QStringList ids;
    QVERIFY(open(f, QStringLiteral("foldermove"), {{hana, Protocol::Imap}, {ivan, Protocol::Imap}}, &ids));
    QTRY_VERIFY_WITH_TIMEOUT(folderOf(*f.folders, ids[0], QStringLiteral("Old/Sub")).isValid(), kWaitMs);
    QTRY_VERIFY_WITH_TIMEOUT(folderOf(*f.folders, ids[1], QStringLiteral("INBOX")).isValid(), kWaitMs);
    std::unique_ptr<QMimeData> mime(f.folders->mimeData({folderOf(*f.folders, ids[0], QStringLiteral("Old"))}));
    const models::CrossAccountResult result
        = dropAndChoose(f, mime.get(), folderOf(*f.folders, ids[1], QStringLiteral("INBOX")), QStringLiteral("move"));
    QVERIFY2(result.ok(), qPrintable(result.details()));
    QCOMPARE(result.removed, 3);
    QVERIFY2(result.moveNote.contains(QStringLiteral("“Old” was deleted too")), qPrintable(result.moveNote));

    QCOMPARE(serverFolder(ivan, QStringLiteral("INBOX/Old")), old);
    QCOMPARE(serverFolder(ivan, QStringLiteral("INBOX/Old/Sub")), sub);
    // The emptied folders are gone from Hana's account, and from the tree.
    bool ok = true;
    (void)serverFolder(hana, QStringLiteral("Old/Sub"), &ok);
    QVERIFY(!ok);
    (void)serverFolder(hana, QStringLiteral("Old"), &ok);
    QVERIFY(!ok);
    QTRY_VERIFY_WITH_TIMEOUT(!folderOf(*f.folders, ids[0], QStringLiteral("Old")).isValid(), kWaitMs);
    QTRY_VERIFY_WITH_TIMEOUT(folderOf(*f.folders, ids[1], QStringLiteral("INBOX/Old/Sub")).isValid(), kWaitMs);
}

void TestCrossAccountDrop::cancelFromTheJobList()
{
    const QString jo = m_server.addUser(QStringLiteral("jo"));
    const QString kim = m_server.addUser(QStringLiteral("kim"));
    QVERIFY(!jo.isEmpty() && !kim.isEmpty());
    QVERIFY(m_server.seed(jo, QStringLiteral("Bulk"), 1500, 7));

    Fixture f;
    QStringList ids;
    QVERIFY(open(f, QStringLiteral("cancel"), {{jo, Protocol::Imap}, {kim, Protocol::Imap}}, &ids));
    QTRY_VERIFY_WITH_TIMEOUT(folderOf(*f.folders, ids[0], QStringLiteral("Bulk")).isValid(), kWaitMs);
    QTRY_VERIFY_WITH_TIMEOUT(folderOf(*f.folders, ids[1], QStringLiteral("INBOX")).isValid(), kWaitMs);

    // Once the copy is under way, Cancel in the job list stops it.
    auto &jobs = f.session->jobs();
    bool clicked = false;
    QObject::connect(&jobs, &QAbstractItemModel::dataChanged, f.window.get(), [&](const QModelIndex &row) {
        if (clicked || row.data(models::JobModel::TotalRole).toLongLong() == 0
            || !row.data().toString().startsWith(QStringLiteral("Moving")))
            return;
        clicked = true;
        // What the status bar's Cancel button does for the job it shows.
        QTimer::singleShot(0, &jobs, [&jobs, r = row.row()] { jobs.cancel(r); });
    });
    std::unique_ptr<QMimeData> mime(f.folders->mimeData({folderOf(*f.folders, ids[0], QStringLiteral("Bulk"))}));
    const models::CrossAccountResult result
        = dropAndChoose(f, mime.get(), folderOf(*f.folders, ids[1], QStringLiteral("INBOX")), QStringLiteral("move"));
    QVERIFY(clicked);
    QVERIFY2(result.cancelled(), qPrintable(result.details()));
    QVERIFY(!result.ok());
    QCOMPARE(result.removed, 0);
    QVERIFY(result.summary().startsWith(QStringLiteral("The copy was stopped")));
    // Nothing was deleted; what arrived before the stop is whole, and nothing is doubled.
    QCOMPARE(serverFolder(jo, QStringLiteral("Bulk")).size(), 1500);
    bool ok = false;
    const QVector<Stored> arrived = serverFolder(kim, QStringLiteral("INBOX/Bulk"), &ok);
    QVERIFY(arrived.size() < 1500);
    QTRY_COMPARE_WITH_TIMEOUT(jobs.rowCount(), 0, kWaitMs);
}

void TestCrossAccountDrop::selectionMovedAfterVerification()
{
    const QString carol = m_server.addUser(QStringLiteral("carol"));
    const QString dave = m_server.addUser(QStringLiteral("dave"));
    QVERIFY(!carol.isEmpty() && !dave.isEmpty());
    QVERIFY(append(carol, QStringLiteral("INBOX"),
                   message("Eve <eve@example.test>", "Keep me", "Fri, 5 Jan 2024 12:00:00 +0100", "Stays.", "k1@x.test"),
                   0, {}, 1704452400));
    QVERIFY(append(carol, QStringLiteral("INBOX"),
                   message("Eve <eve@example.test>", "Move one", "Sat, 6 Jan 2024 12:00:00 +0100", "Goes.", "m1@x.test"),
                   protocols::FlagSeen, {}, 1704538800));
    QVERIFY(append(carol, QStringLiteral("INBOX"),
                   message("Eve <eve@example.test>", "Move two", "Sun, 7 Jan 2024 12:00:00 +0100", "Goes too.", "m2@x.test"),
                   protocols::FlagFlagged, {"$Work"}, 1704625200));
    bool ok = false;
    const QVector<Stored> before = serverFolder(carol, QStringLiteral("INBOX"), &ok);
    QVERIFY(ok && before.size() == 3);
    QVERIFY(create(dave, QStringLiteral("Archive")));

    Fixture f;
    QStringList ids;
    QVERIFY(open(f, QStringLiteral("selection"), {{carol, Protocol::Imap}, {dave, Protocol::Imap}}, &ids));
    QTRY_VERIFY_WITH_TIMEOUT(folderOf(*f.folders, ids[1], QStringLiteral("Archive")).isValid(), kWaitMs);
    const QModelIndex carolInbox = folderOf(*f.folders, ids[0], QStringLiteral("INBOX"));
    QVERIFY(carolInbox.isValid());
    f.window->folderView()->setCurrentIndex(carolInbox);
    auto *list = f.window->messageView()->model();
    QTRY_COMPARE_WITH_TIMEOUT(list->rowCount(), 3, kWaitMs);
    // The rows exist before their text: the list reads its pages lazily, off the UI thread.
    QTRY_VERIFY_WITH_TIMEOUT(rowWithSubject(*list, QStringLiteral("Move one")) >= 0
                                 && rowWithSubject(*list, QStringLiteral("Move two")) >= 0,
                             kWaitMs);
    const int one = rowWithSubject(*list, QStringLiteral("Move one"));
    const int two = rowWithSubject(*list, QStringLiteral("Move two"));
    std::unique_ptr<QMimeData> mime(list->mimeData({list->index(one, 0), list->index(two, 0)}));

    QSignalSpy said(f.window->messageActions(), &ui::MessageActions::status);
    const models::CrossAccountResult result
        = dropAndChoose(f, mime.get(), folderOf(*f.folders, ids[1], QStringLiteral("Archive")), QStringLiteral("move"));
    QVERIFY2(result.ok(), qPrintable(result.details()));
    QVERIFY(result.move);
    QCOMPARE(result.removed, 2);
    QCOMPARE(result.report.total(&models::MigrationFolderReport::verified), 2);

    // In Dave's Archive exactly as they were; gone from Carol's Inbox, where the third stays.
    const QVector<Stored> archived = serverFolder(dave, QStringLiteral("Archive"), &ok);
    QVERIFY(ok);
    QCOMPARE(archived.size(), 2);
    const QVector<Stored> left = serverFolder(carol, QStringLiteral("INBOX"), &ok);
    QVERIFY(ok);
    QCOMPARE(left.size(), 1);
    QVERIFY(left.first().bytes.contains("Keep me"));
    QVector<Stored> together = archived + left;
    std::sort(together.begin(), together.end());
    QCOMPARE(together, before);
    // The list follows.
    QTRY_COMPARE_WITH_TIMEOUT(list->rowCount(), 1, kWaitMs);
    // The status bar said it (before the list's own count replaced the sentence).
    QCOMPARE(said.count(), 1);
    const QString sentence = said.first().first().toString();
    QVERIFY2(sentence.startsWith(QStringLiteral("All 2 messages verified")) && sentence.contains(QStringLiteral("deleted from")),
             qPrintable(sentence));
}

void TestCrossAccountDrop::refusedMoveDeletesNothing()
{
    const QString erin = m_server.addUser(QStringLiteral("erin"));
    const QString full = m_server.addUser(QStringLiteral("full"), QStringLiteral("20k"));
    QVERIFY(!erin.isEmpty() && !full.isEmpty());
    QVERIFY(append(erin, QStringLiteral("INBOX"),
                   message("Eve <eve@example.test>", "Small", "Mon, 8 Jan 2024 12:00:00 +0100", "Fits.", "s1@x.test"),
                   0, {}, 1704711600));
    QVERIFY(append(erin, QStringLiteral("INBOX"),
                   message("Eve <eve@example.test>", "Too large", "Tue, 9 Jan 2024 12:00:00 +0100",
                           QByteArray(60000, 'L'), "big@x.test"),
                   0, {}, 1704798000));
    bool ok = false;
    const QVector<Stored> before = serverFolder(erin, QStringLiteral("INBOX"), &ok);
    QVERIFY(ok && before.size() == 2);

    Fixture f;
    QStringList ids;
    QVERIFY(open(f, QStringLiteral("refused"), {{erin, Protocol::Imap}, {full, Protocol::Imap}}, &ids));
    QTRY_VERIFY_WITH_TIMEOUT(folderOf(*f.folders, ids[1], QStringLiteral("INBOX")).isValid(), kWaitMs);
    f.window->folderView()->setCurrentIndex(folderOf(*f.folders, ids[0], QStringLiteral("INBOX")));
    auto *list = f.window->messageView()->model();
    QTRY_COMPARE_WITH_TIMEOUT(list->rowCount(), 2, kWaitMs);
    std::unique_ptr<QMimeData> mime(list->mimeData({list->index(0, 0), list->index(1, 0)}));

    const models::CrossAccountResult result
        = dropAndChoose(f, mime.get(), folderOf(*f.folders, ids[1], QStringLiteral("INBOX")), QStringLiteral("move"));
    QVERIFY(!result.ok());
    QVERIFY(result.move);
    QCOMPARE(result.removed, 0);
    QCOMPARE(result.report.missingCount(), 1);
    QVERIFY2(result.moveNote.startsWith(QStringLiteral("Nothing was deleted")), qPrintable(result.moveNote));
    // The source is whole, the target has what fitted.
    QCOMPARE(serverFolder(erin, QStringLiteral("INBOX")), before);
    const QVector<Stored> there = serverFolder(full, QStringLiteral("INBOX"), &ok);
    QVERIFY(ok);
    QCOMPARE(there.size(), 1);
    QVERIFY(there.first().bytes.contains("Fits."));

    // The report says which message and why.
    ui::CrossAccountReportDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = f.window->findChild<ui::CrossAccountReportDialog *>()) && dialog->isVisible());
    const QString details = dialog->findChild<QPlainTextEdit *>(QStringLiteral("details"))->toPlainText();
    QVERIFY2(details.contains(QStringLiteral("big@x.test")), qPrintable(details));
    QVERIFY2(details.contains(QStringLiteral("Nothing was deleted")), qPrintable(details));
    QVERIFY(dialog->findChild<QLabel *>(QStringLiteral("summary"))->text().contains(QStringLiteral("1 of 2")));
    QTest::qWait(50);
    dialog->grab().save(screenshotPath(QStringLiteral("crossaccount-report.png")));
    QTRY_COMPARE_WITH_TIMEOUT(list->rowCount(), 2, kWaitMs);
}

void TestCrossAccountDrop::localMessagesMovedToLocalTrash()
{
    const QString pop = m_server.addUser(QStringLiteral("popsrc"));
    const QString imap = m_server.addUser(QStringLiteral("frank"));
    QVERIFY(!pop.isEmpty() && !imap.isEmpty());
    QVERIFY(m_server.deliver(pop, message("Gus <gus@example.test>", "Local one", "Wed, 10 Jan 2024 12:00:00 +0100",
                                          "Première ligne.\nSecond line.", "l1@x.test")));
    QVERIFY(m_server.deliver(pop, message("Gus <gus@example.test>", "Local two", "Thu, 11 Jan 2024 12:00:00 +0100",
                                          "Another.", "l2@x.test")));

    Fixture f;
    QStringList ids;
    QVERIFY(open(f, QStringLiteral("local"), {{pop, Protocol::Pop3}, {imap, Protocol::Imap}}, &ids));
    QSignalSpy fetched(&f.session->local(), &models::LocalMail::fetchFinished);
    f.session->local().fetch(ids[0]);
    QVERIFY(fetched.wait(kWaitMs));
    QCOMPARE(fetched.first().at(1).toInt(), 2);
    const QString root = models::LocalStore::rootFor(ids[0]);
    protocols::MaildirStore store(root);
    const QList<protocols::MaildirMessage> local = store.messages(QStringLiteral("INBOX"));
    QCOMPARE(local.size(), 2);
    QVector<QByteArray> expected;
    for (const protocols::MaildirMessage &m : local)
        expected << crlf(store.readMessage(QStringLiteral("INBOX"), m.id));
    std::sort(expected.begin(), expected.end());

    QTRY_VERIFY_WITH_TIMEOUT(folderOf(*f.folders, ids[1], QStringLiteral("INBOX")).isValid(), kWaitMs);
    f.window->folderView()->setCurrentIndex(folderOf(*f.folders, ids[0], QStringLiteral("INBOX")));
    auto *list = f.window->messageView()->model();
    QTRY_COMPARE_WITH_TIMEOUT(list->rowCount(), 2, kWaitMs);
    std::unique_ptr<QMimeData> mime(list->mimeData({list->index(0, 0), list->index(1, 0)}));
    // A local folder takes messages only; an IMAP folder takes the local messages.
    const models::CrossAccountResult result
        = dropAndChoose(f, mime.get(), folderOf(*f.folders, ids[1], QStringLiteral("INBOX")), QStringLiteral("move"));
    QVERIFY2(result.ok(), qPrintable(result.details()));
    QCOMPARE(result.removed, 2);

    bool ok = false;
    const QVector<Stored> there = serverFolder(imap, QStringLiteral("INBOX"), &ok);
    QVERIFY(ok);
    QVector<QByteArray> arrived;
    for (const Stored &s : there)
        arrived << s.bytes;
    QCOMPARE(arrived, expected);
    // The originals are in the local Trash, not deleted; the Inbox is empty.
    QCOMPARE(store.messages(QStringLiteral("INBOX")).size(), 0);
    QStringList trashed;
    for (const protocols::MaildirMessage &m : store.messages(QStringLiteral("Trash")))
        trashed << m.id;
    trashed.sort();
    QStringList moved {local.at(0).id, local.at(1).id};
    moved.sort();
    QCOMPARE(trashed, moved);
    QTRY_COMPARE_WITH_TIMEOUT(list->rowCount(), 0, kWaitMs);

    // A whole local folder copied: it lands below the folder dropped on, under its own name.
    QTRY_COMPARE_WITH_TIMEOUT(f.folders->data(folderOf(*f.folders, ids[0], QStringLiteral("Trash")), models::Roles::TotalCount).toInt(), 2,
                              kWaitMs);
    std::unique_ptr<QMimeData> folderMime(f.folders->mimeData({folderOf(*f.folders, ids[0], QStringLiteral("Trash"))}));
    const models::CrossAccountResult copied
        = dropAndChoose(f, folderMime.get(), folderOf(*f.folders, ids[1], QStringLiteral("INBOX")), QStringLiteral("copy"));
    QVERIFY2(copied.ok(), qPrintable(copied.details()));
    QCOMPARE(copied.report.folders.size(), 1);
    QCOMPARE(copied.report.folders.first().source, QStringLiteral("Trash"));
    QCOMPARE(copied.report.folders.first().destination, QStringLiteral("INBOX/Trash"));
    QVector<QByteArray> inTrashFolder;
    for (const Stored &s : serverFolder(imap, QStringLiteral("INBOX/Trash")))
        inTrashFolder << s.bytes;
    QCOMPARE(inTrashFolder, expected);
    QCOMPARE(store.messages(QStringLiteral("Trash")).size(), 2); // a copy leaves the source alone
}

void TestCrossAccountDrop::filesFromTheFileManager()
{
    const QString user = m_server.addUser(QStringLiteral("gina"));
    const QString pop = m_server.addUser(QStringLiteral("popfile"));
    QVERIFY(!user.isEmpty() && !pop.isEmpty());
    // An mboxrd file: a quoted "From " line in a body, and an .eml file with LF line ends.
    const QString mboxPath = m_dir.filePath(QStringLiteral("Old mail.mbox"));
    {
        QFile mbox(mboxPath);
        QVERIFY(mbox.open(QIODevice::WriteOnly));
        mbox.write("From anna@example.test Fri Mar  1 10:00:00 2019\n"
                   "From: Anna <anna@example.test>\nSubject: First\nDate: Fri, 1 Mar 2019 10:00:00 +0000\n"
                   "Message-ID: <mb1@x.test>\n\n>From the start, this line was quoted.\n\n"
                   "From bob@example.test Sat Mar  2 11:00:00 2019\n"
                   "From: Bob <bob@example.test>\nSubject: Second\nDate: Sat, 2 Mar 2019 11:00:00 +0000\n"
                   "Message-ID: <mb2@x.test>\n\nSecond body.\n");
    }
    const QString emlPath = m_dir.filePath(QStringLiteral("note.eml"));
    {
        QFile eml(emlPath);
        QVERIFY(eml.open(QIODevice::WriteOnly));
        eml.write("From: Carl <carl@example.test>\nSubject: Note\nDate: Sun, 3 Mar 2019 12:00:00 +0000\n"
                  "Message-ID: <eml1@x.test>\n\nA note.\n");
    }

    Fixture f;
    QStringList ids;
    QVERIFY(open(f, QStringLiteral("files"), {{user, Protocol::Imap}, {pop, Protocol::Pop3}}, &ids));
    QTRY_VERIFY_WITH_TIMEOUT(folderOf(*f.folders, ids[0], QStringLiteral("INBOX")).isValid(), kWaitMs);
    QMimeData mime;
    mime.setUrls({QUrl::fromLocalFile(mboxPath), QUrl::fromLocalFile(emlPath)});
    // Local (POP3) folders do not take files; other files are not mail.
    QVERIFY(!f.folders->canDropMimeData(&mime, Qt::CopyAction, -1, -1, folderOf(*f.folders, ids[1], QStringLiteral("INBOX"))));
    QMimeData notMail;
    notMail.setUrls({QUrl::fromLocalFile(m_dir.filePath(QStringLiteral("folder-cache.sqlite")))});
    const QModelIndex inbox = folderOf(*f.folders, ids[0], QStringLiteral("INBOX"));
    QVERIFY(!f.folders->canDropMimeData(&notMail, Qt::CopyAction, -1, -1, inbox));

    QSignalSpy finished(f.drop, &ui::CrossAccountDrop::finished);
    QSignalSpy said(f.window->messageActions(), &ui::MessageActions::status);
    QVERIFY(f.folders->canDropMimeData(&mime, Qt::CopyAction, -1, -1, inbox));
    (void)f.folders->dropMimeData(&mime, Qt::CopyAction, -1, -1, inbox);
    QVERIFY(!f.drop->openMenu()); // files are copied, never moved: nothing to ask
    QVERIFY(finished.wait(kWaitMs) || finished.count() > 0);
    const auto result = finished.first().first().value<models::CrossAccountResult>();
    QVERIFY2(result.ok(), qPrintable(result.details()));
    QCOMPARE(result.report.total(&models::MigrationFolderReport::uploaded), 3);
    QCOMPARE(result.report.folders.at(0).source, QStringLiteral("Old mail.mbox"));
    QCOMPARE(result.report.folders.at(1).source, QStringLiteral("note.eml"));

    bool ok = false;
    const QVector<Stored> there = serverFolder(user, QStringLiteral("INBOX"), &ok);
    QVERIFY(ok);
    QCOMPARE(there.size(), 3);
    QVector<QByteArray> bytes;
    for (const Stored &s : there)
        bytes << s.bytes;
    QVector<QByteArray> expected {
        "From: Anna <anna@example.test>\r\nSubject: First\r\nDate: Fri, 1 Mar 2019 10:00:00 +0000\r\n"
        "Message-ID: <mb1@x.test>\r\n\r\nFrom the start, this line was quoted.\r\n",
        "From: Bob <bob@example.test>\r\nSubject: Second\r\nDate: Sat, 2 Mar 2019 11:00:00 +0000\r\n"
        "Message-ID: <mb2@x.test>\r\n\r\nSecond body.\r\n",
        "From: Carl <carl@example.test>\r\nSubject: Note\r\nDate: Sun, 3 Mar 2019 12:00:00 +0000\r\n"
        "Message-ID: <eml1@x.test>\r\n\r\nA note.\r\n"};
    std::sort(expected.begin(), expected.end());
    QCOMPARE(bytes, expected);
    // The files are still there, unchanged.
    QVERIFY(QFile::exists(mboxPath) && QFile::exists(emlPath));
    QCOMPARE(said.count(), 1);
    QVERIFY2(said.first().first().toString().startsWith(QStringLiteral("All 3 messages verified")),
             qPrintable(said.first().first().toString()));
    // The Inbox on show lists them.
    auto *list = f.window->messageView()->model();
    QTRY_COMPARE_WITH_TIMEOUT(list->rowCount(), 3, kWaitMs);

    // Messages dropped on the local folders of a POP3 account: said at once, nothing asked.
    QSignalSpy refused(f.window->messageActions(), &ui::MessageActions::problem);
    std::unique_ptr<QMimeData> messages(list->mimeData({list->index(0, 0)}));
    (void)f.folders->dropMimeData(messages.get(), Qt::MoveAction, -1, -1, folderOf(*f.folders, ids[1], QStringLiteral("INBOX")));
    QVERIFY(!f.drop->openMenu());
    QCOMPARE(refused.count(), 1);
    QVERIFY2(refused.first().first().toString().contains(QStringLiteral("only into the folders of an IMAP account")),
             qPrintable(refused.first().first().toString()));
    QCOMPARE(serverFolder(user, QStringLiteral("INBOX")).size(), 3);
}

QTEST_MAIN(TestCrossAccountDrop)
#include "tst_crossaccountdrop.moc"
