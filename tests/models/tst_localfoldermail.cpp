// LocalMail and the folder tree for a POP3 account, without a server: the local folders, their
// counts, and the message operations on the files (flags, moves, copies, saving, reading).

#include "models/Roles.h"
#include "models/accounts/AccountStore.h"
#include "models/cache/HeaderCache.h"
#include "models/folders/FolderModel.h"
#include "models/local/LocalMail.h"
#include "models/local/LocalStore.h"
#include "models/session/MailSession.h"
#include "protocols/local/MaildirStore.h"

#include <QAbstractItemModelTester>
#include <QDir>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace postier;
using models::LocalMail;
using protocols::MaildirStore;

namespace {

QByteArray message(const QByteArray &subject, const QByteArray &body = "Hello")
{
    return "From: Anna <anna@example.test>\nTo: me@example.test\nSubject: " + subject
        + "\nDate: Mon, 3 Feb 2025 10:00:00 +0100\nMessage-ID: <" + subject.toLower().replace(' ', '-')
        + "@example.test>\n\n" + body + "\n";
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

bool rescanned(LocalMail &local, const QString &accountId, const QString &folder)
{
    bool done = false;
    local.rescan(accountId, folder, [&done] { done = true; });
    return QTest::qWaitFor([&done] { return done; }, 10000);
}

} // namespace

class TestLocalFolderMail : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        qputenv("XDG_DATA_HOME", QFile::encodeName(m_dir.filePath(QStringLiteral("data"))));
    }

    void storeLocation()
    {
        // As the window and postier-cli name themselves: both find the same mail.
        QCoreApplication::setOrganizationName(QStringLiteral("Postier"));
        QCoreApplication::setApplicationName(QStringLiteral("Postier"));
        QCOMPARE(models::LocalStore::rootFor(QStringLiteral("abc")),
                 m_dir.filePath(QStringLiteral("data/Postier/Postier/local/abc")));
        QCOMPARE(models::LocalStore::cacheKey(QStringLiteral("abc")), QStringLiteral("local:abc"));
        QCOMPARE(models::LocalStore::specialUse(QStringLiteral("Trash")), protocols::SpecialUse::Trash);
        QCOMPARE(models::LocalStore::specialUse(QStringLiteral("inbox")), protocols::SpecialUse::Inbox);
        QCOMPARE(models::LocalStore::specialUse(QStringLiteral("Trash/Old")), protocols::SpecialUse::None);
        QCOMPARE(models::LocalStore::folderInfo(QStringLiteral("Archive/2024")).name(), QStringLiteral("2024"));
    }

    void foldersAndOperations()
    {
        models::MailSession session(m_dir.filePath(QStringLiteral("cache.sqlite")), m_dir.filePath(QStringLiteral("settings.ini")));
        QString error;
        QVERIFY(session.open(&error));
        models::Account account;
        account.name = QStringLiteral("Home");
        account.address = QStringLiteral("me@example.test");
        account.incoming.protocol = protocols::Protocol::Pop3;
        account.incoming.security = protocols::Security::Tls;
        account.incoming.host = QStringLiteral("pop.example.test");
        account.incoming.port = 995;
        account.incoming.user = QStringLiteral("me");
        account.pop3.checkIntervalMinutes = 0;
        QVERIFY(session.accountStore().save(account, &error));
        session.reloadAccounts();
        QCOMPARE(session.accounts().size(), 1);
        const QString id = session.accounts().first().id;
        LocalMail &local = session.local();
        QVERIFY(local.isLocalAccount(id));
        const QString root = local.storeRoot(id);

        // A message already on disk before the window looks (another program, an earlier run).
        {
            MaildirStore store(root);
            QVERIFY(store.open());
            QVERIFY(!store.deliver(QStringLiteral("INBOX"), message("Already here")).isEmpty());
        }
        models::FolderModel folders(session);
        QAbstractItemModelTester tester(&folders, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(folders.rowCount(), 1);
        const QModelIndex accountIndex = folders.index(0, 0);
        QVERIFY(!folders.canFetchMore(accountIndex)); // nothing to ask a server
        QCOMPARE(folders.rowCount(accountIndex), 5);
        QCOMPARE(folders.index(0, 0, accountIndex).data(models::Roles::SpecialUse).toInt(), int(protocols::SpecialUse::Inbox));
        QVERIFY(folders.data(accountIndex, Qt::ToolTipRole).toString().contains(QDir::toNativeSeparators(root)));
        const QModelIndex trash = findFolder(folders, {}, QStringLiteral("Trash"));
        QCOMPARE(trash.data(models::Roles::SpecialUse).toInt(), int(protocols::SpecialUse::Trash));
        QCOMPARE(trash.data(Qt::DisplayRole).toString(), QStringLiteral("Trash"));
        QVERIFY(trash.flags() & Qt::ItemIsDropEnabled);
        // The scan the tree started finds the message and updates the count.
        QTRY_COMPARE(findFolder(folders, {}, QStringLiteral("INBOX")).data(models::Roles::UnreadCount).toInt(), 1);
        QCOMPARE(findFolder(folders, {}, QStringLiteral("INBOX")).data(Qt::DisplayRole).toString(), QStringLiteral("Inbox (1)"));

        // Saving into a folder (a sent copy): the file exists, the cache lists it at once.
        protocols::Error failure;
        const quint32 sent = local.append(id, QStringLiteral("Sent"), message("My answer"), QStringLiteral("S"), &failure);
        QVERIFY2(sent > 0, qPrintable(failure.sentence()));
        QCOMPARE(MaildirStore(root).messages(QStringLiteral("Sent")).size(), 1);
        QCOMPARE(MaildirStore(root).messages(QStringLiteral("Sent")).first().flags, QStringLiteral("S"));
        QCOMPARE(findFolder(folders, {}, QStringLiteral("Sent")).data(models::Roles::TotalCount).toInt(), 1);
        QCOMPARE(findFolder(folders, {}, QStringLiteral("Sent")).data(models::Roles::UnreadCount).toInt(), 0);

        const quint32 a = local.append(id, QStringLiteral("INBOX"), message("Second"), QString(), &failure);
        const quint32 b = local.append(id, QStringLiteral("INBOX"), message("Third", "Third body"), QString(), &failure);
        QVERIFY(a > 0 && b > a);
        QCOMPARE(local.counts(id, QStringLiteral("INBOX")), qMakePair(3, 3));

        // Flags are file names.
        const qint64 inbox = local.folderId(id, QStringLiteral("INBOX"));
        const auto changed = local.setFlag(id, QStringLiteral("INBOX"), {a, b}, protocols::FlagSeen, true, &failure);
        QCOMPARE(changed.size(), 2);
        QCOMPARE(changed.first().second, quint8(protocols::FlagSeen));
        QCOMPARE(local.counts(id, QStringLiteral("INBOX")), qMakePair(3, 1));
        const QString aId = session.cache().localEntry(inbox, a)->maildirId;
        QCOMPARE(MaildirStore(root).message(QStringLiteral("INBOX"), aId)->flags, QStringLiteral("S"));
        (void)local.setFlag(id, QStringLiteral("INBOX"), {a}, protocols::FlagFlagged, true, &failure);
        (void)local.setFlag(id, QStringLiteral("INBOX"), {a}, protocols::FlagSeen, false, &failure);
        QCOMPARE(MaildirStore(root).message(QStringLiteral("INBOX"), aId)->flags, QStringLiteral("F"));
        QCOMPARE(session.cache().header(inbox, a)->flags.bits, quint8(protocols::FlagFlagged));

        // A move renames the file into the other folder (same name), a copy makes a new one.
        const LocalMail::Transfer moved = local.transfer(id, QStringLiteral("INBOX"), {a}, QStringLiteral("Trash"), false);
        QVERIFY2(!moved.error, qPrintable(moved.error.sentence()));
        QCOMPARE(moved.sourceUids, QVector<quint32>{a});
        QCOMPARE(moved.targetUids.size(), 1);
        QVERIFY(!MaildirStore(root).message(QStringLiteral("INBOX"), aId));
        QCOMPARE(MaildirStore(root).message(QStringLiteral("Trash"), aId)->flags, QStringLiteral("F"));
        const qint64 trashId = local.folderId(id, QStringLiteral("Trash"));
        QCOMPARE(session.cache().header(trashId, moved.targetUids.first())->subject, QByteArray("Second"));
        QVERIFY(!session.cache().header(inbox, a));
        QCOMPARE(trash.data(models::Roles::TotalCount).toInt(), 1);

        const LocalMail::Transfer copied = local.transfer(id, QStringLiteral("INBOX"), {b}, QStringLiteral("Archive"), true);
        QCOMPARE(copied.targetUids.size(), 1);
        QCOMPARE(MaildirStore(root).messages(QStringLiteral("Archive")).size(), 1);
        QVERIFY(session.cache().header(inbox, b)); // still there
        QCOMPARE(MaildirStore(root).messages(QStringLiteral("Archive")).first().flags, QStringLiteral("S"));

        // Moving to a folder that does not exist yet creates it.
        const LocalMail::Transfer toNew = local.transfer(id, QStringLiteral("Trash"), moved.targetUids, QStringLiteral("Old/2024"), false);
        QCOMPARE(toNew.targetUids.size(), 1);
        QVERIFY(MaildirStore(root).message(QStringLiteral("Old/2024"), aId));

        // Reading happens on a worker thread and comes back here.
        QByteArray read;
        local.readMessage(id, QStringLiteral("INBOX"), b, this, [&read](const QByteArray &bytes, const protocols::Error &e) {
            QVERIFY(!e);
            read = bytes;
        });
        QTRY_VERIFY(!read.isEmpty());
        QVERIFY(read.contains("Third body"));
        protocols::Error readError;
        bool answered = false;
        local.readMessage(id, QStringLiteral("INBOX"), 999999, this, [&](const QByteArray &, const protocols::Error &e) {
            readError = e;
            answered = true;
        });
        QTRY_VERIFY(answered);
        QCOMPARE(readError.kind(), protocols::ErrorKind::NotFound);

        // Another program changed the folder: a rescan follows, the counts too.
        QSignalSpy counts(&local, &LocalMail::countsChanged);
        const QString bId = session.cache().localEntry(inbox, b)->maildirId;
        QVERIFY(MaildirStore(root).removeMessage(QStringLiteral("INBOX"), bId));
        QVERIFY(rescanned(local, id, QStringLiteral("INBOX")));
        QVERIFY(!session.cache().header(inbox, b));
        QCOMPARE(local.counts(id, QStringLiteral("INBOX")), qMakePair(1, 1));
        QVERIFY(!counts.isEmpty());
        QCOMPARE(findFolder(folders, {}, QStringLiteral("INBOX")).data(models::Roles::TotalCount).toInt(), 1);

        // A folder made by hand shows on refresh.
        QVERIFY(MaildirStore(root).createFolder(QStringLiteral("Projects")));
        folders.refresh(folders.index(0, 0));
        QVERIFY(findFolder(folders, {}, QStringLiteral("Projects")).isValid());
        QVERIFY(findFolder(folders, {}, QStringLiteral("Old/2024")).isValid());
    }

private:
    QTemporaryDir m_dir;
};

QTEST_GUILESS_MAIN(TestLocalFolderMail)
#include "tst_localfoldermail.moc"
