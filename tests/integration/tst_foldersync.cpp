// The offline cache against the real dovecot of the CTest fixture, on both layouts (LAYOUT=fs and
// maildir++): FolderSynchronizer fills a HeaderCache, "another client" (a second Connection, or
// doveadm) changes the folder, and after each resync the cache must hold exactly what the server
// holds (UIDs, flags, sizes, INTERNALDATEs, subjects, as doveadm reports them), with sync markers
// that never claim more than the stored headers.

#include "models/cache/HeaderCache.h"
#include "models/sync/FolderSynchronizer.h"
#include "protocols/Connection.h"
#include "protocols/imap/AppendMessageJob.h"
#include "protocols/imap/CreateFolderJob.h"
#include "protocols/imap/DeleteFolderJob.h"
#include "protocols/imap/ExpungeJob.h"
#include "protocols/imap/ImapParser.h"
#include "protocols/imap/MoveMessagesJob.h"
#include "protocols/imap/StoreFlagsJob.h"
#include "tests/support/FolderSyncCheck.h"
#include "tests/support/TestServer.h"
#include "tests/support/VerifyOk.h"

#include <QDateTime>
#include <QEventLoop>
#include <QFile>
#include <QMap>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <algorithm>
#include <memory>
#include <optional>

using namespace postier::protocols;
using postier::models::FolderState;
using postier::models::FolderSynchronizer;
using postier::models::HeaderCache;
using postier::test::TestServer;

using namespace postier::test::foldersync;


class TestFolderSync : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();

    void coldSyncThenReopen_data() { layouts_data(); }
    void coldSyncThenReopen();
    void resyncFollowsAnotherClient_data() { layouts_data(); }
    void resyncFollowsAnotherClient();
    void flagsOnlyPassWithoutModSeq_data() { layouts_data(); }
    void flagsOnlyPassWithoutModSeq();
    void uidValidityReset_data() { layouts_data(); }
    void uidValidityReset();
    void deletedCacheIsRebuiltIdentical_data() { layouts_data(); }
    void deletedCacheIsRebuiltIdentical();
    void cancelledSyncIsCompletedLater_data() { layouts_data(); }
    void cancelledSyncIsCompletedLater();
    void resyncOnTheSameSession_data() { layouts_data(); }
    void resyncOnTheSameSession();

private:
    void layouts_data();
    Account account(const QString &prefix);
    QString cachePath() const { return m_dir.filePath(QStringLiteral("%1.sqlite").arg(m_cacheCount)); }
    QString newCachePath() { ++m_cacheCount; return cachePath(); }

    TestServer m_fs;
    TestServer m_maildirpp;
    QTemporaryDir m_dir;
    int m_cacheCount = 0;
};

void TestFolderSync::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_fs = TestServer::fromEnvironment(QStringLiteral("fs"));
    QVERIFY2(m_fs.isValid(), qPrintable(m_fs.reason()));
    m_maildirpp = TestServer::fromEnvironment(QStringLiteral("maildirpp"));
    QVERIFY2(m_maildirpp.isValid(), qPrintable(m_maildirpp.reason()));
}

void TestFolderSync::layouts_data()
{
    QTest::addColumn<QString>("instance");
    QTest::newRow("fs") << QStringLiteral("fs");
    QTest::newRow("maildir++") << QStringLiteral("maildirpp");
}

Account TestFolderSync::account(const QString &prefix)
{
    QFETCH(QString, instance);
    Account a;
    a.server = instance == QLatin1String("fs") ? m_fs : m_maildirpp;
    a.user = a.server.addUser(prefix);
    a.endpoint = a.server.endpoint(Protocol::Imap, Security::Tls, a.user);
    return a;
}

// A cold sync of 2,000 messages with assorted flags and keywords stores exactly what the server
// holds; a new HeaderCache on the same file, over a new connection, then fetches nothing again.
void TestFolderSync::coldSyncThenReopen()
{
    const Account a = account(QStringLiteral("cold"));
    QVERIFY(!a.user.isEmpty());
    const QString folder = QStringLiteral("Seeded");
    const QByteArray raw = imap::encodeMailboxName(folder);
    QVERIFY(a.server.seed(a.user, folder, 2000, 21));

    {
        auto other = a.connect();
        QVector<quint32> all;
        for (quint32 uid = 1; uid <= 2000; ++uid)
            all << uid;
        StoreFlagsJob seen(raw, everyNth(all, 3), flags(FlagSeen), StoreFlagsJob::Operation::Add);
        VERIFY_OK(runJobAndWait(*other, seen));
        StoreFlagsJob flagged(raw, everyNth(all, 7, 2), flags(FlagFlagged | FlagForwarded, {"$Label1"}),
                              StoreFlagsJob::Operation::Add);
        VERIFY_OK(runJobAndWait(*other, flagged));
    }

    const QString path = newCachePath();
    {
        Client client(a, path);
        QVERIFY2(client.open(), qPrintable(client.openError));
        FolderSynchronizer synchronizer(*client.connection, *client.cache, client.key);
        qint64 lastTotal = -1;
        int progressCalls = 0;
        connect(&synchronizer, &FolderSynchronizer::progress, this, [&](qint64, qint64 total) {
            lastTotal = total;
            ++progressCalls;
        });
        const auto result = runSync(synchronizer, raw);
        QVERIFY(result);
        QVERIFY2(result->error.isOk(), qPrintable(result->error.sentence()));
        QCOMPARE(result->received, 2000);
        QCOMPARE(result->removed, 0);
        QVERIFY(!result->uidValidityReset); // a first sync is not a reset
        QCOMPARE(result->status.messages, 2000u);
        QVERIFY(progressCalls > 0);
        QCOMPARE(lastTotal, 2000);
        VERIFY_CACHE_EQUALS_SERVER(client, a, folder);

        // Per message MODSEQ too, straight after a cold sync.
        bool ok = false;
        const Messages server = serverMessages(a, folder, &ok);
        QVERIFY(ok);
        const Messages cached = cacheMessages(*client.cache, client.folderId(raw));
        for (const Message &m : server)
            QCOMPARE(cached.value(m.uid).modseq, m.modseq);
        // The flags are not all alike: 667 seen, 286 flagged with a keyword.
        int seen = 0, labelled = 0;
        for (const Message &m : cached) {
            seen += m.flags.contains("\\Seen") ? 1 : 0;
            labelled += m.flags.contains("$Label1") ? 1 : 0;
        }
        QCOMPARE(seen, 667);
        QCOMPARE(labelled, 286);
    }

    // Reopen: a fresh cache object on the same file and a new session.
    Client reopened(a, path);
    QVERIFY2(reopened.open(), qPrintable(reopened.openError));
    QVERIFY(reopened.openError.isEmpty()); // not rebuilt
    QCOMPARE(reopened.cache->messageCount(reopened.folderId(raw)), 2000);
    SYNC_OK(again, reopened, raw);
    QCOMPARE(again.received, 0);
    QCOMPARE(again.flagUpdates, 0); // HIGHESTMODSEQ unchanged: no flag pass at all
    QCOMPARE(again.removed, 0);
    QVERIFY(!again.uidValidityReset);
    VERIFY_CACHE_EQUALS_SERVER(reopened, a, folder);
}

// Another client appends, changes flags, expunges and moves messages away; with CONDSTORE (which
// dovecot offers) each resync brings the cache exactly to the server's state, and fetches only
// what is new.
void TestFolderSync::resyncFollowsAnotherClient()
{
    const Account a = account(QStringLiteral("resync"));
    QVERIFY(!a.user.isEmpty());
    const QString folder = QStringLiteral("Work");
    const QByteArray raw = imap::encodeMailboxName(folder);
    QVERIFY(a.server.seed(a.user, folder, 300, 5));

    Client client(a, newCachePath());
    QVERIFY2(client.open(), qPrintable(client.openError));
    {
        SYNC_OK(cold, client, raw);
        QCOMPARE(cold.received, 300);
        QVERIFY(cold.status.highestModSeq > 0); // CONDSTORE is on
    }
    VERIFY_CACHE_EQUALS_SERVER(client, a, folder);

    auto other = a.connect();
    CreateFolderJob createArchive(QByteArrayLiteral("Archive"));
    VERIFY_OK(runJobAndWait(*other, createArchive));

    // Round 1: five new messages (with flags and dates), flags changed on 20 messages, seven
    // expunged, three moved to Archive.
    AppendMessageJob append(raw);
    for (int i = 0; i < 5; ++i)
        append.addMessage(makeMessage("Appended " + QByteArray::number(i)),
                          i % 2 ? flags(FlagSeen) : flags(FlagFlagged, {"$Work"}),
                          QDateTime(QDate(2025, 5, 1 + i), QTime(8, 30), Qt::UTC).toSecsSinceEpoch());
    VERIFY_OK(runJobAndWait(*other, append));
    QCOMPARE(append.appendedCount(), 5);
    StoreFlagsJob markSeen(raw, {10, 20, 30, 40, 50, 60, 70, 80, 90, 100}, flags(FlagSeen),
                           StoreFlagsJob::Operation::Add);
    VERIFY_OK(runJobAndWait(*other, markSeen));
    StoreFlagsJob label(raw, {11, 21, 31, 41, 51, 61, 71, 81, 91, 101},
                        flags(FlagAnswered | FlagForwarded, {"$Label2"}), StoreFlagsJob::Operation::Add);
    VERIFY_OK(runJobAndWait(*other, label));
    const QVector<quint32> expunged = {2, 3, 150, 151, 152, 299, 300};
    StoreFlagsJob markDeleted(raw, expunged, flags(FlagDeleted), StoreFlagsJob::Operation::Add);
    VERIFY_OK(runJobAndWait(*other, markDeleted));
    ExpungeJob expunge(raw, expunged);
    VERIFY_OK(runJobAndWait(*other, expunge));
    QCOMPARE(expunge.expungedCount(), 7);
    MoveMessagesJob move(raw, {5, 6, 7}, QByteArrayLiteral("Archive"));
    VERIFY_OK(runJobAndWait(*other, move));

    {
        SYNC_OK(round1, client, raw);
        QCOMPARE(round1.received, 5);
        QCOMPARE(round1.removed, 10);
        QVERIFY(!round1.uidValidityReset);
        // At least the 20 changed messages. (With expunges to find, the CHANGEDSINCE pass is
        // followed by a flags pass over every message, and both are counted.)
        QVERIFY2(round1.flagUpdates >= 20, qPrintable(QString::number(round1.flagUpdates)));
        QCOMPARE(round1.status.messages, 295u); // 300 + 5 - 7 - 3
    }
    VERIFY_CACHE_EQUALS_SERVER(client, a, folder);
    // The moved messages arrived in Archive, whose own cache follows too.
    {
        SYNC_OK(archive, client, QByteArrayLiteral("Archive"));
        QCOMPARE(archive.received, 3);
    }
    VERIFY_CACHE_EQUALS_SERVER(client, a, QStringLiteral("Archive"));

    // Round 2: flags only. Exactly the changed messages come back.
    StoreFlagsJob unsee(raw, {10, 20, 30}, flags(FlagSeen), StoreFlagsJob::Operation::Remove);
    VERIFY_OK(runJobAndWait(*other, unsee));
    StoreFlagsJob replace(raw, {301, 302}, flags(FlagDraft), StoreFlagsJob::Operation::Replace);
    VERIFY_OK(runJobAndWait(*other, replace));
    {
        SYNC_OK(round2, client, raw);
        QCOMPARE(round2.received, 0);
        QCOMPARE(round2.removed, 0);
        QCOMPARE(round2.flagUpdates, 5);
    }
    VERIFY_CACHE_EQUALS_SERVER(client, a, folder);

    // Round 3: as many expunged as delivered, so that STATUS MESSAGES equals the number of
    // cached messages before the sync: the expunges must still be found.
    StoreFlagsJob deleteThree(raw, {100, 200, 305}, flags(FlagDeleted), StoreFlagsJob::Operation::Add);
    VERIFY_OK(runJobAndWait(*other, deleteThree));
    ExpungeJob expungeThree(raw, {100, 200, 305});
    VERIFY_OK(runJobAndWait(*other, expungeThree));
    QCOMPARE(expungeThree.expungedCount(), 3);
    for (int i = 0; i < 3; ++i)
        QVERIFY(a.server.deliver(a.user, makeMessage("Delivered " + QByteArray::number(i)), folder));
    {
        bool ok = false;
        QCOMPARE(serverStatus(a, folder, &ok).messages, 295u);
        QVERIFY(ok);
        SYNC_OK(round3, client, raw);
        QCOMPARE(round3.received, 3);
        QCOMPARE(round3.removed, 3);
    }
    VERIFY_CACHE_EQUALS_SERVER(client, a, folder);

    // Round 4: the newest message arrives and is expunged again, and the highest cached one goes
    // too: UID FETCH <max+1>:* then returns the highest remaining UID, which is not "new".
    AppendMessageJob appendOne(raw);
    appendOne.addMessage(makeMessage("Short-lived"));
    VERIFY_OK(runJobAndWait(*other, appendOne));
    const quint32 shortLived = appendOne.results().value(0).uid;
    QVERIFY(shortLived > 0);
    StoreFlagsJob deleteTwo(raw, {shortLived - 1, shortLived}, flags(FlagDeleted), StoreFlagsJob::Operation::Add);
    VERIFY_OK(runJobAndWait(*other, deleteTwo));
    ExpungeJob expungeTwo(raw, {shortLived - 1, shortLived});
    VERIFY_OK(runJobAndWait(*other, expungeTwo));
    QCOMPARE(expungeTwo.expungedCount(), 2);
    {
        SYNC_OK(round4, client, raw);
        QCOMPARE(round4.received, 0);
        QCOMPARE(round4.removed, 1);
    }
    VERIFY_CACHE_EQUALS_SERVER(client, a, folder);

    // Round 5: nothing changed at all.
    {
        SYNC_OK(round5, client, raw);
        QCOMPARE(round5.received, 0);
        QCOMPARE(round5.removed, 0);
        QCOMPARE(round5.flagUpdates, 0);
    }
    VERIFY_CACHE_EQUALS_SERVER(client, a, folder);
}

// Without a usable HIGHESTMODSEQ (a server without CONDSTORE, simulated by a cache whose marker
// was reset to 0) the synchronizer reads the flags of every message, and finds the expunged
// ones on the way.
void TestFolderSync::flagsOnlyPassWithoutModSeq()
{
    const Account a = account(QStringLiteral("flagsonly"));
    QVERIFY(!a.user.isEmpty());
    const QString folder = QStringLiteral("INBOX");
    const QByteArray raw = imap::encodeMailboxName(folder);
    QVERIFY(a.server.seed(a.user, folder, 400, 8));

    Client client(a, newCachePath());
    QVERIFY2(client.open(), qPrintable(client.openError));
    {
        SYNC_OK(cold, client, raw);
        QCOMPARE(cold.received, 400);
    }
    const qint64 id = client.folderId(raw);

    auto other = a.connect();
    StoreFlagsJob seen(raw, {1, 2, 3, 4, 5, 398, 399}, flags(FlagSeen | FlagFlagged), StoreFlagsJob::Operation::Add);
    VERIFY_OK(runJobAndWait(*other, seen));
    StoreFlagsJob keyword(raw, {200}, flags(0, {"$Important", "NonJunk"}), StoreFlagsJob::Operation::Replace);
    VERIFY_OK(runJobAndWait(*other, keyword));
    StoreFlagsJob deleted(raw, {50, 51, 400}, flags(FlagDeleted), StoreFlagsJob::Operation::Add);
    VERIFY_OK(runJobAndWait(*other, deleted));
    ExpungeJob expunge(raw, {50, 51, 400});
    VERIFY_OK(runJobAndWait(*other, expunge));
    QCOMPARE(expunge.expungedCount(), 3);

    QVERIFY(client.cache->setHighestModSeq(id, 0));
    QCOMPARE(client.cache->folderState(id).highestModSeq, 0u);
    {
        SYNC_OK(resync, client, raw);
        QCOMPARE(resync.received, 0);
        QCOMPARE(resync.removed, 3);
        QCOMPARE(resync.flagUpdates, 397); // every message on the server, once
    }
    // The markers are back, equal to the server's, and the cache holds the changes.
    VERIFY_CACHE_EQUALS_SERVER(client, a, folder);
    const auto record = client.cache->header(id, 200);
    QVERIFY(record);
    QCOMPARE(flagTokens(record->flags.toImapList()), (QByteArrayList{"$Important", "NonJunk"}));

    // New mail and flag changes together, still without the marker.
    QVERIFY(a.server.deliver(a.user, makeMessage("After the pass")));
    StoreFlagsJob unseen(raw, {1, 2}, flags(FlagSeen), StoreFlagsJob::Operation::Remove);
    VERIFY_OK(runJobAndWait(*other, unseen));
    QVERIFY(client.cache->setHighestModSeq(id, 0));
    {
        SYNC_OK(again, client, raw);
        QCOMPARE(again.received, 1);
        QCOMPARE(again.removed, 0);
        QCOMPARE(again.flagUpdates, 398);
    }
    VERIFY_CACHE_EQUALS_SERVER(client, a, folder);
}

// The folder is deleted and created again under the same name with other messages: the server
// gives it a new UIDVALIDITY, and the resync drops the old cache and stores the new content.
void TestFolderSync::uidValidityReset()
{
    const Account a = account(QStringLiteral("uidvalidity"));
    QVERIFY(!a.user.isEmpty());
    const QString folder = QStringLiteral("Projects/Renumbered");
    const QByteArray raw = imap::encodeMailboxName(folder);
    QVERIFY(a.server.seed(a.user, folder, 120, 3));

    Client client(a, newCachePath());
    QVERIFY2(client.open(), qPrintable(client.openError));
    {
        SYNC_OK(cold, client, raw);
        QCOMPARE(cold.received, 120);
    }
    const qint64 id = client.folderId(raw);
    const quint32 oldValidity = client.cache->folderState(id).uidValidity;
    QVERIFY(oldValidity > 0);

    auto other = a.connect();
    DeleteFolderJob remove(raw);
    VERIFY_OK(runJobAndWait(*other, remove));
    CreateFolderJob create(raw);
    VERIFY_OK(runJobAndWait(*other, create));
    AppendMessageJob append(raw);
    for (int i = 0; i < 15; ++i)
        append.addMessage(makeMessage("Second life " + QByteArray::number(i)),
                          i % 3 ? MessageFlags() : flags(FlagSeen),
                          QDateTime(QDate(2024, 1, 1 + i), QTime(9, 0), Qt::UTC).toSecsSinceEpoch());
    VERIFY_OK(runJobAndWait(*other, append));
    QCOMPARE(append.appendedCount(), 15);
    const quint32 newValidity = append.results().value(0).uidValidity;
    QVERIFY(newValidity != 0);
    QVERIFY(newValidity != oldValidity);

    {
        SYNC_OK(resync, client, raw);
        QVERIFY(resync.uidValidityReset);
        QCOMPARE(resync.received, 15);
        QCOMPARE(resync.status.uidValidity, newValidity);
    }
    VERIFY_CACHE_EQUALS_SERVER(client, a, folder);
    QCOMPARE(client.cache->folderState(id).uidValidity, newValidity);
    // Only the new messages are found, by their words too.
    const auto hits = client.cache->search(QStringLiteral("second life"), 100);
    QCOMPARE(hits.size(), 15);
    for (const auto &hit : hits)
        QCOMPARE(hit.first, id);
    QVERIFY(client.cache->header(id, 16) == std::nullopt);

    // The next sync is an ordinary one again.
    {
        SYNC_OK(after, client, raw);
        QVERIFY(!after.uidValidityReset);
        QCOMPARE(after.received, 0);
    }
}

// The cache is only a cache: after deleting its file, a fresh sync rebuilds it identical, every
// field of every header and the folder's markers.
void TestFolderSync::deletedCacheIsRebuiltIdentical()
{
    const Account a = account(QStringLiteral("rebuild"));
    QVERIFY(!a.user.isEmpty());
    const QString folder = QStringLiteral("INBOX");
    const QByteArray raw = imap::encodeMailboxName(folder);
    QVERIFY(a.server.seed(a.user, folder, 500, 13));
    {
        auto other = a.connect();
        StoreFlagsJob mark(raw, {1, 9, 99, 499}, flags(FlagSeen | FlagAnswered, {"$Label3"}),
                           StoreFlagsJob::Operation::Add);
        VERIFY_OK(runJobAndWait(*other, mark));
    }

    const QString path = newCachePath();
    QVector<HeaderRecord> before;
    FolderState stateBefore;
    {
        Client client(a, path);
        QVERIFY2(client.open(), qPrintable(client.openError));
        SYNC_OK(cold, client, raw);
        QCOMPARE(cold.received, 500);
        const qint64 id = client.folderId(raw);
        before = client.cache->headers(id, 0, 1000, HeaderCache::Order::UidAscending);
        stateBefore = client.cache->folderState(id);
        client.cache->close();
    }
    QCOMPARE(before.size(), 500);
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")}) {
        if (QFile::exists(path + suffix))
            QVERIFY(QFile::remove(path + suffix));
    }
    QVERIFY(!QFile::exists(path));

    Client rebuilt(a, path);
    QVERIFY2(rebuilt.open(), qPrintable(rebuilt.openError));
    QVERIFY(rebuilt.openError.isEmpty());
    {
        SYNC_OK(cold, rebuilt, raw);
        QCOMPARE(cold.received, 500);
        QVERIFY(!cold.uidValidityReset);
    }
    const qint64 id = rebuilt.folderId(raw);
    const auto after = rebuilt.cache->headers(id, 0, 1000, HeaderCache::Order::UidAscending);
    QCOMPARE(after.size(), before.size());
    for (int i = 0; i < before.size(); ++i) {
        const HeaderRecord &b = before[i];
        const HeaderRecord &r = after[i];
        QCOMPARE(r.uid, b.uid);
        QCOMPARE(r.size, b.size);
        QCOMPARE(r.internalDate, b.internalDate);
        QCOMPARE(r.modseq, b.modseq);
        QCOMPARE(r.flags.toImapList(), b.flags.toImapList());
        QCOMPARE(r.date, b.date);
        QCOMPARE(r.subject, b.subject);
        QCOMPARE(r.from, b.from);
        QCOMPARE(r.to, b.to);
        QCOMPARE(r.cc, b.cc);
        QCOMPARE(r.messageId, b.messageId);
        QCOMPARE(r.inReplyTo, b.inReplyTo);
        QCOMPARE(r.references, b.references);
    }
    const FolderState stateAfter = rebuilt.cache->folderState(id);
    QCOMPARE(stateAfter.uidValidity, stateBefore.uidValidity);
    QCOMPARE(stateAfter.uidNext, stateBefore.uidNext);
    QCOMPARE(stateAfter.highestModSeq, stateBefore.highestModSeq);
    QCOMPARE(stateAfter.serverMessages, stateBefore.serverMessages);
    QCOMPARE(stateAfter.serverUnseen, stateBefore.serverUnseen);
    VERIFY_CACHE_EQUALS_SERVER(rebuilt, a, folder);
}

// A sync of 20,000 messages cancelled right after its start, and another cancelled in the middle
// of the header fetch, leave a cache whose stored headers are the server's and whose markers
// claim nothing that is not stored; the next sync completes it.
void TestFolderSync::cancelledSyncIsCompletedLater()
{
    const Account a = account(QStringLiteral("cancel"));
    QVERIFY(!a.user.isEmpty());
    const QString folder = QStringLiteral("Huge");
    const QByteArray raw = imap::encodeMailboxName(folder);
    QVERIFY(a.server.seed(a.user, folder, 20000, 17));
    bool ok = false;
    const Messages server = serverMessages(a, folder, &ok);
    QVERIFY(ok);
    QCOMPARE(server.size(), 20000);

    Client client(a, newCachePath());
    QVERIFY2(client.open(), qPrintable(client.openError));
    const qint64 id = client.folderId(raw);

    // What a cancelled sync may leave: stored headers equal to the server's, and markers that
    // say "never completed" (so the next sync cannot skip anything).
    const auto verifyConsistent = [&] {
        const Messages cached = cacheMessages(*client.cache, id);
        for (const Message &m : cached) {
            QVERIFY2(server.contains(m.uid), qPrintable(describe(m)));
            const Message &s = server[m.uid];
            QVERIFY2(m.flags == s.flags && m.size == s.size && m.internalDate == s.internalDate
                         && m.subject == s.subject,
                     qPrintable(describe(m) + QStringLiteral(" vs ") + describe(s)));
        }
        const FolderState state = client.cache->folderState(id);
        QCOMPARE(state.uidNext, 0u);
        QCOMPARE(state.highestModSeq, 0u);
        QVERIFY(!state.lastSync.isValid());
    };

    // 1. Cancelled right after start.
    {
        FolderSynchronizer synchronizer(*client.connection, *client.cache, client.key);
        std::optional<FolderSynchronizer::Result> result;
        connect(&synchronizer, &FolderSynchronizer::finished, this,
                [&](const FolderSynchronizer::Result &r) { result = r; });
        synchronizer.start(raw);
        synchronizer.cancel();
        QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), kSyncTimeoutMs);
        QCOMPARE(result->error.kind(), ErrorKind::Cancelled);
        QVERIFY(!result->error.sentence().isEmpty());
    }
    verifyConsistent();
    if (QTest::currentTestFailed())
        return;

    // 2. Cancelled in the middle of the header fetch, once some headers are stored.
    {
        FolderSynchronizer synchronizer(*client.connection, *client.cache, client.key);
        std::optional<FolderSynchronizer::Result> result;
        qint64 progressDone = 0;
        connect(&synchronizer, &FolderSynchronizer::progress, this, [&](qint64 done, qint64) {
            progressDone = done;
            if (done > 0)
                synchronizer.cancel();
        });
        connect(&synchronizer, &FolderSynchronizer::finished, this,
                [&](const FolderSynchronizer::Result &r) { result = r; });
        synchronizer.start(raw);
        QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), kSyncTimeoutMs);
        QVERIFY(progressDone > 0);
        QCOMPARE(result->error.kind(), ErrorKind::Cancelled);
        QVERIFY(result->received < 20000);
    }
    const int partial = client.cache->messageCount(id);
    QVERIFY2(partial > 0 && partial < 20000, qPrintable(QString::number(partial)));
    verifyConsistent();
    if (QTest::currentTestFailed())
        return;

    // 3. The next sync completes the cache, whatever part the cancelled one stored.
    {
        SYNC_OK(completed, client, raw);
        QVERIFY2(completed.received + partial >= 20000,
                 qPrintable(QStringLiteral("%1 stored before, %2 fetched now").arg(partial).arg(completed.received)));
        QCOMPARE(completed.removed, 0);
    }
    QCOMPARE(client.cache->messageCount(id), 20000);
    VERIFY_CACHE_EQUALS_SERVER(client, a, folder);

    // 4. A resync cancelled in the middle of fetching new mail keeps the old markers, which
    // still describe stored headers; the next one brings in the rest.
    QVERIFY(a.server.seed(a.user, folder, 6000, 18));
    const FolderState old = client.cache->folderState(id);
    client.connection = a.connect(); // see resyncOnTheSameSession()
    {
        FolderSynchronizer synchronizer(*client.connection, *client.cache, client.key);
        std::optional<FolderSynchronizer::Result> result;
        connect(&synchronizer, &FolderSynchronizer::progress, this, [&](qint64 done, qint64) {
            if (done > 0)
                synchronizer.cancel();
        });
        connect(&synchronizer, &FolderSynchronizer::finished, this,
                [&](const FolderSynchronizer::Result &r) { result = r; });
        synchronizer.start(raw);
        QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), kSyncTimeoutMs);
        QCOMPARE(result->error.kind(), ErrorKind::Cancelled);
    }
    const FolderState interrupted = client.cache->folderState(id);
    QCOMPARE(interrupted.uidNext, old.uidNext);
    QCOMPARE(interrupted.highestModSeq, old.highestModSeq);
    QCOMPARE(interrupted.lastSync, old.lastSync);
    QVERIFY(interrupted.cachedMessages >= 20000 && interrupted.cachedMessages < 26000);
    {
        SYNC_OK(completed, client, raw);
        QCOMPARE(completed.removed, 0);
    }
    QCOMPARE(client.cache->messageCount(id), 26000);
    VERIFY_CACHE_EQUALS_SERVER(client, a, folder);
}

// The app keeps its connection: a resync on the session that ran the previous sync (and so
// still has the folder selected) must see another client's changes as well as a new session
// does. RFC 3501 6.3.10 warns that STATUS of the selected mailbox need not be current, and
// dovecot indeed answers it from the session's own, unsynchronized view.
void TestFolderSync::resyncOnTheSameSession()
{
    const Account a = account(QStringLiteral("samesession"));
    QVERIFY(!a.user.isEmpty());
    const QString folder = QStringLiteral("INBOX");
    const QByteArray raw = imap::encodeMailboxName(folder);
    QVERIFY(a.server.seed(a.user, folder, 50, 2));

    Client client(a, newCachePath());
    client.sameSession = true;
    QVERIFY2(client.open(), qPrintable(client.openError));
    {
        SYNC_OK(cold, client, raw);
        QCOMPARE(cold.received, 50);
    }

    auto other = a.connect();
    QVERIFY(a.server.deliver(a.user, makeMessage("While selected 1")));
    QVERIFY(a.server.deliver(a.user, makeMessage("While selected 2")));
    StoreFlagsJob seen(raw, {7, 8}, flags(FlagSeen), StoreFlagsJob::Operation::Add);
    VERIFY_OK(runJobAndWait(*other, seen));
    StoreFlagsJob deleted(raw, {9}, flags(FlagDeleted), StoreFlagsJob::Operation::Add);
    VERIFY_OK(runJobAndWait(*other, deleted));
    ExpungeJob expunge(raw, {9});
    VERIFY_OK(runJobAndWait(*other, expunge));
    {
        SYNC_OK(resync, client, raw);
        QCOMPARE(resync.status.messages, 51u);
        QCOMPARE(resync.received, 2);
        QCOMPARE(resync.removed, 1);
    }
    VERIFY_CACHE_EQUALS_SERVER(client, a, folder);

    // The folder is replaced under the same name while this session has it selected.
    const QString other2 = QStringLiteral("Replaced");
    const QByteArray raw2 = imap::encodeMailboxName(other2);
    QVERIFY(a.server.seed(a.user, other2, 10, 6));
    {
        SYNC_OK(cold, client, raw2);
        QCOMPARE(cold.received, 10);
    }
    DeleteFolderJob remove(raw2);
    VERIFY_OK(runJobAndWait(*other, remove));
    QVERIFY(a.server.seed(a.user, other2, 4, 7));
    {
        SYNC_OK(resync, client, raw2);
        QVERIFY(resync.uidValidityReset);
        QCOMPARE(resync.received, 4);
    }
    VERIFY_CACHE_EQUALS_SERVER(client, a, other2);
}

QTEST_GUILESS_MAIN(TestFolderSync)
#include "tst_foldersync.moc"
