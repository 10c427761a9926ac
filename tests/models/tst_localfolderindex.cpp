// The index of local (Maildir) folders in the offline cache: header parsing, the incremental
// scan, stable UIDs, and a cache rebuilt from the files.

#include "models/cache/HeaderCache.h"
#include "models/local/LocalFolderScanner.h"
#include "models/local/LocalIndexer.h"
#include "protocols/local/MaildirStore.h"

#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QSet>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace postier;
using models::HeaderCache;
using models::LocalFolderScanner;
using models::LocalIndexer;
using protocols::MaildirStore;

namespace {

QByteArray message(int n, const QByteArray &extraHeaders = {})
{
    return "From: \"Sender " + QByteArray::number(n) + "\" <s" + QByteArray::number(n)
        + "@example.test>\nTo: me@example.test\nSubject: Message number " + QByteArray::number(n)
        + "\nDate: Mon, 2 Feb 2026 10:00:00 +0100\nMessage-ID: <m" + QByteArray::number(n)
        + "@example.test>\n" + extraHeaders + "\nBody " + QByteArray::number(n) + "\n";
}

protocols::FolderInfo localFolder(const QString &name)
{
    protocols::FolderInfo info;
    info.rawName = name.toUtf8();
    info.path = name;
    info.separator = QLatin1Char('/');
    return info;
}

// Runs one rescan to its end.
bool rescan(LocalIndexer &indexer, qint64 folderId, const QString &root, const QString &folder)
{
    bool done = false;
    indexer.rescan(folderId, root, folder, [&done] { done = true; });
    return QTest::qWaitFor([&done] { return done; }, 20000);
}

QHash<QString, quint32> uidsById(const HeaderCache &cache, qint64 folderId)
{
    QHash<QString, quint32> out;
    for (const auto &e : cache.localEntries(folderId))
        out.insert(e.maildirId, e.uid);
    return out;
}

} // namespace

class TestLocalFolderIndex : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void parsesHeaders()
    {
        const QByteArray raw =
            "Return-Path: <x@y>\r\n"
            "From: \"Dubois, Claire\" <claire@example.test>\r\n"
            "To: anna@example.test (Anna Martin), =?UTF-8?Q?J=C3=B6rg?= <joerg@example.test>\r\n"
            "Cc: team: a@example.test, \"B. B.\" <b@example.test>;, last@example.test\r\n"
            "Subject: A long subject\r\n"
            " that was folded\r\n"
            "Subject: a second subject is ignored\r\n"
            "Date: Tue, 24 Nov 2026 09:12:00 +0100\r\n"
            "Message-ID: <id-1@example.test>\r\n"
            "In-Reply-To: <parent@example.test>\r\n"
            "References: <root@example.test>\r\n"
            "\t<parent@example.test>\r\n"
            "\r\n"
            "From: not a header\r\n";
        const protocols::HeaderRecord r = LocalFolderScanner::parseHeader(raw);
        QCOMPARE(r.from, QByteArray("Dubois, Claire <claire@example.test>"));
        QCOMPARE(r.to, QByteArray("Anna Martin <anna@example.test>, =?UTF-8?Q?J=C3=B6rg?= <joerg@example.test>"));
        QCOMPARE(r.cc, QByteArray("team: a@example.test, B. B. <b@example.test>;, last@example.test"));
        QCOMPARE(r.subject, QByteArray("A long subject that was folded"));
        QCOMPARE(r.date, QByteArray("Tue, 24 Nov 2026 09:12:00 +0100"));
        QCOMPARE(r.messageId, QByteArray("<id-1@example.test>"));
        QCOMPARE(r.inReplyTo, QByteArray("<parent@example.test>"));
        QCOMPARE(r.references, QByteArray("<root@example.test>\t<parent@example.test>"));

        // Bare LF, and a message without any body.
        const protocols::HeaderRecord lf = LocalFolderScanner::parseHeader("Subject: only\nFrom: x@y\n");
        QCOMPARE(lf.subject, QByteArray("only"));
        QCOMPARE(lf.from, QByteArray("x@y"));
        QCOMPARE(LocalFolderScanner::parseHeader(QByteArray()).subject, QByteArray());
    }

    void listsByDateHeader()
    {
        const qint64 arrival = QDateTime(QDate(2025, 3, 1), QTime(12, 0), Qt::UTC).toSecsSinceEpoch();
        QCOMPARE(LocalFolderScanner::listDate("Tue, 25 Feb 2025 18:40:00 +0100 (CET)", arrival),
                 QDateTime(QDate(2025, 2, 25), QTime(17, 40), Qt::UTC).toSecsSinceEpoch());
        QCOMPARE(LocalFolderScanner::listDate("25 Feb 2025 18:40:00 -0000", arrival),
                 QDateTime(QDate(2025, 2, 25), QTime(18, 40), Qt::UTC).toSecsSinceEpoch());
        // Unreadable, or far after the arrival: the arrival.
        QCOMPARE(LocalFolderScanner::listDate("yesterday", arrival), arrival);
        QCOMPARE(LocalFolderScanner::listDate("", arrival), arrival);
        QCOMPARE(LocalFolderScanner::listDate("Mon, 1 Jan 2035 00:00:00 +0000", arrival), arrival);
    }

    void readsHeaderFromFile()
    {
        QTemporaryDir tmp;
        MaildirStore store(tmp.path());
        QVERIFY(store.open());
        // A header longer than one read, so the reader has to go on.
        QByteArray longHeader;
        for (int i = 0; i < 600; ++i)
            longHeader += "Received: from relay" + QByteArray::number(i) + ".example.test by mx.example.test\n";
        const QString id = store.deliver(QStringLiteral("INBOX"), message(7, longHeader), QStringLiteral("SF"), 1700000000);
        QVERIFY(!id.isEmpty());
        const auto m = store.message(QStringLiteral("INBOX"), id);
        QVERIFY(m);
        const auto r = LocalFolderScanner::readHeader(m->path, m->flags, m->size, m->modified);
        QCOMPARE(r.subject, QByteArray("Message number 7"));
        QCOMPARE(r.from, QByteArray("Sender 7 <s7@example.test>"));
        QCOMPARE(r.internalDate, qint64(1700000000));
        QCOMPARE(r.size, quint32(m->size));
        QCOMPARE(r.flags.bits, quint8(protocols::FlagSeen | protocols::FlagFlagged));
    }

    void indexesAndRescansIncrementally()
    {
        QTemporaryDir tmp;
        MaildirStore store(tmp.filePath(QStringLiteral("mail")));
        QVERIFY(store.open());
        QVERIFY(store.createFolder(QStringLiteral("Trash")));
        QStringList ids;
        for (int i = 1; i <= 600; ++i) // more than two batches
            ids << store.deliver(QStringLiteral("INBOX"), message(i), i % 3 == 0 ? QStringLiteral("S") : QString(),
                                 1700000000 + i);
        HeaderCache cache(tmp.filePath(QStringLiteral("cache.sqlite")));
        QVERIFY(cache.open());
        const qint64 inbox = cache.folderId(QStringLiteral("local:test"), localFolder(QStringLiteral("INBOX")));
        QVERIFY(inbox > 0);
        LocalIndexer indexer(cache);
        QSignalSpy indexed(&indexer, &LocalIndexer::indexed);
        QVERIFY(rescan(indexer, inbox, store.rootPath(), QStringLiteral("INBOX")));
        QCOMPARE(cache.messageCount(inbox), 600);
        QCOMPARE(cache.messageCounts(inbox), qMakePair(600, 400));
        // Announced early (the first batch), then complete.
        QVERIFY(indexed.size() >= 2);
        QCOMPARE(indexed.first().at(1).toBool(), false);
        QCOMPARE(indexed.last().at(1).toBool(), true);

        // UIDs follow the arrival order, and the list, search and threads read the local folder.
        QHash<QString, quint32> uids = uidsById(cache, inbox);
        QCOMPARE(uids.size(), 600);
        for (int i = 1; i < ids.size(); ++i)
            QVERIFY(uids.value(ids[i - 1]) < uids.value(ids[i]));
        const auto newest = cache.headers(inbox, 0, 1, HeaderCache::Order::DateDescending);
        QCOMPARE(newest.size(), 1);
        QCOMPARE(newest.first().subject, QByteArray("Message number 600"));
        const auto found = cache.search(QStringLiteral("number 42"), 100);
        QVERIFY(found.contains(qMakePair(inbox, uids.value(ids[41]))));
        QCOMPARE(cache.threadKeys(inbox, HeaderCache::Order::UidAscending).size(), 600);

        // Changes made by another program: flags, a deletion, a new message.
        QVERIFY(store.setFlags(QStringLiteral("INBOX"), ids[0], QStringLiteral("FS")));
        QVERIFY(store.removeMessage(QStringLiteral("INBOX"), ids[1]));
        const QString added = store.deliver(QStringLiteral("INBOX"), message(601));
        QVERIFY(rescan(indexer, inbox, store.rootPath(), QStringLiteral("INBOX")));
        const QHash<QString, quint32> after = uidsById(cache, inbox);
        QCOMPARE(after.size(), 600);
        QVERIFY(!after.contains(ids[1]));
        QCOMPARE(after.value(ids[0]), uids.value(ids[0])); // the same UIDs for the same files
        QCOMPARE(after.value(ids[599]), uids.value(ids[599]));
        QVERIFY(after.value(added) > uids.value(ids[599])); // a new UID, never one reused
        QCOMPARE(cache.header(inbox, uids.value(ids[0]))->flags.bits,
                 quint8(protocols::FlagSeen | protocols::FlagFlagged));
        QCOMPARE(cache.localEntry(inbox, uids.value(ids[0]))->fileName,
                 QStringLiteral("cur/") + ids[0] + MaildirStore::infoSeparator() + QStringLiteral("2,FS"));

        // A deleted UID is not given again, even to the newest message after it is removed.
        QVERIFY(store.removeMessage(QStringLiteral("INBOX"), added));
        QVERIFY(rescan(indexer, inbox, store.rootPath(), QStringLiteral("INBOX")));
        const QString another = store.deliver(QStringLiteral("INBOX"), message(602));
        QVERIFY(rescan(indexer, inbox, store.rootPath(), QStringLiteral("INBOX")));
        QVERIFY(uidsById(cache, inbox).value(another) > after.value(added));

        // The cache is only a cache: without it, the same messages come back from the files.
        cache.close();
        QVERIFY(QFile::remove(cache.path()));
        QFile::remove(cache.path() + QStringLiteral("-wal"));
        QFile::remove(cache.path() + QStringLiteral("-shm"));
        HeaderCache fresh(tmp.filePath(QStringLiteral("cache.sqlite")));
        QVERIFY(fresh.open());
        const qint64 inbox2 = fresh.folderId(QStringLiteral("local:test"), localFolder(QStringLiteral("INBOX")));
        LocalIndexer indexer2(fresh);
        QVERIFY(rescan(indexer2, inbox2, store.rootPath(), QStringLiteral("INBOX")));
        QCOMPARE(fresh.messageCount(inbox2), 600);
        QCOMPARE(fresh.messageCounts(inbox2).second, 399); // ids[0] is read now, and stays so
        QSet<QString> rebuilt;
        for (const auto &e : fresh.localEntries(inbox2))
            rebuilt.insert(e.maildirId);
        QSet<QString> onDisk;
        for (const auto &m : store.messages(QStringLiteral("INBOX")))
            onDisk.insert(m.id);
        QCOMPARE(rebuilt, onDisk);
    }

    void staleScanIsRedone()
    {
        QTemporaryDir tmp;
        MaildirStore store(tmp.filePath(QStringLiteral("mail")));
        QVERIFY(store.open());
        QVERIFY(store.createFolder(QStringLiteral("Trash")));
        const QString one = store.deliver(QStringLiteral("INBOX"), message(1));
        const QString two = store.deliver(QStringLiteral("INBOX"), message(2));
        const QString three = store.deliver(QStringLiteral("INBOX"), message(3));
        HeaderCache cache(tmp.filePath(QStringLiteral("cache.sqlite")));
        QVERIFY(cache.open());
        const qint64 inbox = cache.folderId(QStringLiteral("local:test"), localFolder(QStringLiteral("INBOX")));
        LocalIndexer indexer(cache);
        QVERIFY(rescan(indexer, inbox, store.rootPath(), QStringLiteral("INBOX")));
        const QHash<QString, quint32> uids = uidsById(cache, inbox);

        // Another program deletes one while a scan starts; before its result comes back, the window
        // moves another one away (file first, then the cache) and says so with touch().
        QVERIFY(store.removeMessage(QStringLiteral("INBOX"), one));
        indexer.rescan(inbox, store.rootPath(), QStringLiteral("INBOX"));
        QVERIFY(indexer.isIndexing(inbox));
        const auto entry = cache.localEntry(inbox, uids.value(two));
        QVERIFY(store.moveMessage(QStringLiteral("INBOX"), two, QStringLiteral("Trash"), entry->fileName));
        QVERIFY(cache.removeUids(inbox, {uids.value(two)}));
        indexer.touch(inbox);
        QTRY_VERIFY(!indexer.isIndexing(inbox));
        // The stale pass was dropped and the folder scanned again: only the third is left.
        const QHash<QString, quint32> after = uidsById(cache, inbox);
        QCOMPARE(after.keys(), QList<QString>{three});
        QCOMPARE(after.value(three), uids.value(three));
    }

    void hintsAreOnlyHints()
    {
        QTemporaryDir tmp;
        MaildirStore store(tmp.path());
        QVERIFY(store.open());
        QVERIFY(store.createFolder(QStringLiteral("Archive")));
        const QString id = store.deliver(QStringLiteral("INBOX"), message(1), QString(), 1600000000);
        // A wrong hint (the flags changed since) still finds the message.
        QVERIFY(store.setFlags(QStringLiteral("INBOX"), id, QStringLiteral("S")));
        const auto m = store.locate(QStringLiteral("INBOX"), id, QStringLiteral("new/") + id);
        QVERIFY(m);
        QCOMPARE(m->flags, QStringLiteral("S"));
        QCOMPARE(MaildirStore::relativePath(*m), QStringLiteral("cur/") + id + MaildirStore::infoSeparator() + QStringLiteral("2,S"));
        // A hint naming another message is not taken.
        const QString other = store.deliver(QStringLiteral("INBOX"), message(2));
        QCOMPARE(store.locate(QStringLiteral("INBOX"), id, QStringLiteral("new/") + other)->id, id);
        // Moves keep the name, the flags and the arrival date; a new message stays new.
        const auto moved = store.moveMessage(QStringLiteral("INBOX"), other, QStringLiteral("Archive"), QString());
        QVERIFY(moved);
        QVERIFY(moved->isNew);
        QVERIFY(moved->path.endsWith(QStringLiteral("/.Archive/new/") + other));
        // A copy is a new message with the same flags and date.
        const QString copy = store.copyMessage(QStringLiteral("INBOX"), id, QStringLiteral("Archive"), QString());
        QVERIFY(!copy.isEmpty() && copy != id);
        const auto c = store.message(QStringLiteral("Archive"), copy);
        QCOMPARE(c->flags, QStringLiteral("S"));
        QCOMPARE(c->modified, qint64(1600000000));
        QCOMPARE(store.readMessage(QStringLiteral("Archive"), copy), message(1));
        // Nothing to move: a sentence, nothing changed.
        protocols::Error error;
        QVERIFY(!store.moveMessage(QStringLiteral("INBOX"), QStringLiteral("nope"), QStringLiteral("Archive"), QString(), &error));
        QCOMPARE(error.kind(), protocols::ErrorKind::NotFound);
    }

    void addingTheSameFileTwiceKeepsOneEntry()
    {
        QTemporaryDir tmp;
        HeaderCache cache(tmp.filePath(QStringLiteral("cache.sqlite")));
        QVERIFY(cache.open());
        const qint64 folder = cache.folderId(QStringLiteral("local:test"), localFolder(QStringLiteral("Trash")));
        HeaderCache::LocalAddition a{QStringLiteral("1.M1P1Q1.host"), QStringLiteral("new/1.M1P1Q1.host"),
                                     LocalFolderScanner::parseHeader(message(1))};
        HeaderCache::LocalAddition b{QStringLiteral("2.M1P1Q1.host"), QStringLiteral("new/2.M1P1Q1.host"),
                                     LocalFolderScanner::parseHeader(message(2))};
        const QVector<quint32> first = cache.addLocalMessages(folder, {a});
        QCOMPARE(first.size(), 1);
        // A move and a scan that both saw the file: the second add gives back the same UID.
        const QVector<quint32> second = cache.addLocalMessages(folder, {b, a, b});
        QCOMPARE(second.size(), 3);
        QCOMPARE(second.at(1), first.at(0));
        QCOMPARE(second.at(0), second.at(2));
        QVERIFY(second.at(0) > first.at(0));
        QCOMPARE(cache.messageCount(folder), 2);
        // Removing the message removes its entry.
        QVERIFY(cache.removeUids(folder, {first.at(0)}));
        QVERIFY(!cache.localEntry(folder, first.at(0)));
        QCOMPARE(cache.localEntries(folder).size(), 1);
    }

    void migratesVersion2Caches()
    {
        QTemporaryDir tmp;
        const QString path = tmp.filePath(QStringLiteral("cache.sqlite"));
        {
            HeaderCache cache(path);
            QVERIFY(cache.open());
        }
        {
            // Make it look like a cache of the previous version.
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw"));
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral("DROP TABLE local_messages")));
            QVERIFY(q.exec(QStringLiteral("PRAGMA user_version = 2")));
            q.finish();
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("raw"));
        HeaderCache cache(path);
        QString error;
        QVERIFY(cache.open(&error));
        QVERIFY2(error.isEmpty(), qPrintable(error)); // migrated, not rebuilt
        const qint64 folder = cache.folderId(QStringLiteral("local:test"), localFolder(QStringLiteral("INBOX")));
        QCOMPARE(cache.addLocalMessages(folder, {{QStringLiteral("9.M1P1Q1.host"), QStringLiteral("new/9.M1P1Q1.host"),
                                                  LocalFolderScanner::parseHeader(message(9))}})
                     .size(),
                 1);
    }

    void tenThousandUnchangedRescanQuickly()
    {
        // Not a timed assert (see bench/): it prints the time for people, and checks the result.
        QTemporaryDir tmp;
        MaildirStore store(tmp.filePath(QStringLiteral("mail")));
        QVERIFY(store.open());
        // Written straight into cur/ (a delivery syncs every file to the disk: too slow for a test).
        for (int i = 0; i < 10000; ++i) {
            QFile file(store.rootPath() + QStringLiteral("/cur/1600000000.M%1P1Q%1.host").arg(i) + MaildirStore::infoSeparator()
                       + (i % 2 ? QStringLiteral("2,S") : QStringLiteral("2,")));
            QVERIFY(file.open(QIODevice::WriteOnly));
            QVERIFY(file.write(message(i)) > 0);
        }
        HeaderCache cache(tmp.filePath(QStringLiteral("cache.sqlite")));
        QVERIFY(cache.open());
        const qint64 inbox = cache.folderId(QStringLiteral("local:test"), localFolder(QStringLiteral("INBOX")));
        LocalIndexer indexer(cache);
        QElapsedTimer timer;
        timer.start();
        QVERIFY(rescan(indexer, inbox, store.rootPath(), QStringLiteral("INBOX")));
        const qint64 cold = timer.elapsed();
        QCOMPARE(cache.messageCount(inbox), 10000);
        timer.restart();
        const auto known = cache.localEntries(inbox);
        const qint64 readMap = timer.elapsed();
        timer.restart();
        const auto result = LocalFolderScanner::scan(store.rootPath(), QStringLiteral("INBOX"), known);
        const qint64 scanOnly = timer.elapsed();
        QCOMPARE(result.unchanged, 10000);
        qInfo("map %lld ms, scan %lld ms", readMap, scanOnly);
        timer.restart();
        QVERIFY(rescan(indexer, inbox, store.rootPath(), QStringLiteral("INBOX")));
        const qint64 warm = timer.elapsed();
        QCOMPARE(cache.messageCount(inbox), 10000);
        qInfo("10,000 local messages: first index %lld ms, rescan without changes %lld ms", cold, warm);
    }
};

QTEST_GUILESS_MAIN(TestLocalFolderIndex)
#include "tst_localfolderindex.moc"
