// The IMAP commands Postier writes itself (protocols/imap/), against scripted servers
// (tests/data/scripts/imap/*.script): MOVE and its UIDPLUS fallback, IDLE and NOOP polling, STORE,
// pipelined STATUS, CHANGEDSINCE, and the folder commands. The scripts pin every byte the client
// sends, so a command that changes shape, or one too many, fails here before it reaches a server.

#include "protocols/Connection.h"
#include "protocols/imap/CreateFolderJob.h"
#include "protocols/imap/DeleteFolderJob.h"
#include "protocols/imap/FolderStatusJob.h"
#include "protocols/imap/IdleJob.h"
#include "protocols/imap/MoveMessagesJob.h"
#include "protocols/imap/RenameFolderJob.h"
#include "protocols/imap/StoreFlagsJob.h"
#include "protocols/imap/SubscribeFolderJob.h"
#include "protocols/imap/SyncHeadersJob.h"
#include "tests/support/ScriptedSocket.h"

#include <QSignalSpy>
#include <QTest>

#include <atomic>

using namespace postier::protocols;
using namespace postier::test;

namespace {

constexpr int kWaitMs = 10000; // only reached when something is broken

/// One scripted Connection; its jobs run one after the other, in the order given.
class Scripted
{
public:
    explicit Scripted(const std::shared_ptr<Script> &script)
        : m_factory(std::make_shared<ScriptedSocketFactory>())
        , m_script(m_factory->addScript(script))
    {
        m_endpoint.protocol = Protocol::Imap;
        m_endpoint.security = Security::None;
        m_endpoint.host = QStringLiteral("imap.example.test");
        m_endpoint.port = 143;
        m_endpoint.user = QStringLiteral("alice");
        m_endpoint.timeoutMs = 10000;
        m_options.socketFactory = m_factory;
        m_options.maxReconnects = 0;
    }
    explicit Scripted(const QString &file) : Scripted(Script::fromFile(file)) {}

    /// Opens the connection on first use and queues the job. Thread-safe once the connection
    /// exists (Connection::enqueue is), so a slot on the connection thread may call it.
    void start(Job &job)
    {
        if (!m_connection)
            m_connection = std::make_unique<Connection>(m_endpoint, QStringLiteral("s3cret"), m_options);
        m_connection->enqueue(&job);
    }
    [[nodiscard]] static bool waitFinished(Job &job)
    {
        if (job.isFinished())
            return true;
        QSignalSpy spy(&job, &Job::finished);
        return spy.wait(kWaitMs) || job.isFinished();
    }
    /// Runs each job to completion before queuing the next (their priorities differ), then closes
    /// the connection so that its LOGOUT is part of the script.
    [[nodiscard]] bool runInOrder(const QList<Job *> &jobs)
    {
        for (Job *job : jobs) {
            start(*job);
            if (!waitFinished(*job))
                return false;
        }
        close();
        return true;
    }
    void close() { m_connection.reset(); }

    [[nodiscard]] const std::shared_ptr<Script> &script() const { return m_script; }
    [[nodiscard]] QString problem() const { return m_factory->problem(); }

private:
    ServerEndpoint m_endpoint;
    ConnectionOptions m_options;
    std::shared_ptr<ScriptedSocketFactory> m_factory;
    std::shared_ptr<Script> m_script;
    std::unique_ptr<Connection> m_connection;
};

/// A job kept by the test (not auto-deleted).
template <typename T, typename... Args>
std::unique_ptr<T> keptJob(Args &&...args)
{
    auto job = std::make_unique<T>(std::forward<Args>(args)...);
    job->setAutoDelete(false);
    return job;
}

/// The login every script starts with, and the LOGOUT it ends with, for inline scripts.
QByteArray preamble(const QByteArray &capabilities)
{
    return "S: * OK [CAPABILITY IMAP4rev1 LITERAL+] Scripted IMAP ready\n"
           "C: a001 LOGIN alice s3cret\n"
           "S: a001 OK Logged in\n"
           "C: a002 LIST \"\" \"\"\n"
           "S: * LIST (\\Noselect) \"/\" \"\"\n"
           "S: a002 OK List completed\n"
           "C: a003 CAPABILITY\n"
           "S: * CAPABILITY " + capabilities + "\n"
           "S: a003 OK Capability completed\n";
}
const QByteArray kLogout = "C: a004 LOGOUT\nS: * BYE Logging out\nS: a004 OK Logout completed\n";

QByteArray joinUids(quint32 first, quint32 step, int count)
{
    QByteArrayList parts;
    for (int i = 0; i < count; ++i)
        parts << QByteArray::number(first + quint32(i) * step);
    return parts.join(',');
}

} // namespace

#define VERIFY_SCRIPTED(s) QVERIFY2((s).problem().isEmpty(), qPrintable((s).problem()))
#define VERIFY_JOB_OK(job, s)                                                                      \
    QVERIFY2((job).error().isOk(), qPrintable((job).error().sentence() + QLatin1Char('\n') + (s).problem()))

class TestImapCommands : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void moveUsesMoveWhenOffered();
    void moveFallsBackToCopyStoreUidExpunge();
    void moveWithoutMoveOrUidplusChangesNothing();
    void idleReportsNewMailAndEndsWithDone();
    void idleWithoutIdleCapabilityPollsWithNoop();
    void storeFlagsAddRemoveReplace();
    void storeFlagsCutsLongUidSets();
    void folderStatusIsPipelined();
    void syncFlagsChangedSince();
    void statusClosesTheSelectedFolderWithoutUnselect();
    void noModSeqMailboxGetsNoModSeqItems();
    void folderCommands();
    void createUsesTheServersSeparator();
};

void TestImapCommands::moveUsesMoveWhenOffered()
{
    Scripted s(QStringLiteral("imap/move-capability.script"));
    auto first = keptJob<MoveMessagesJob>("INBOX", QVector<quint32>{9, 5, 3, 4}, "Archive/2024");
    auto second = keptJob<MoveMessagesJob>("INBOX", QVector<quint32>{11}, "Archive/2024");
    QVERIFY2(s.runInOrder({first.get(), second.get()}), qPrintable(s.problem()));
    VERIFY_SCRIPTED(s);
    VERIFY_JOB_OK(*first, s);
    VERIFY_JOB_OK(*second, s);

    QVERIFY(first->usedMoveCommand());
    QVERIFY(first->hasMapping()); // from the untagged OK before the EXPUNGEs
    QCOMPARE(first->destinationUidValidity(), 1700000001u);
    const QMap<quint32, quint32> expected{{3, 100}, {4, 101}, {5, 102}, {9, 103}};
    QCOMPARE(first->uidMapping(), expected);

    QVERIFY(second->usedMoveCommand());
    QVERIFY(second->hasMapping()); // from the tagged OK
    QCOMPARE(second->uidMapping(), (QMap<quint32, quint32>{{11, 104}}));

    const QByteArray sent = s.script()->clientBytes();
    QVERIFY(!sent.contains("COPY") && !sent.contains("STORE") && !sent.contains("EXPUNGE"));
}

void TestImapCommands::moveFallsBackToCopyStoreUidExpunge()
{
    Scripted s(QStringLiteral("imap/move-fallback-uidplus.script"));
    auto job = keptJob<MoveMessagesJob>("INBOX", QVector<quint32>{12, 7, 8, 9}, "Trash");
    QList<qint64> progress;
    QObject context;
    connect(job.get(), &Job::progress, &context, [&](qint64 done, qint64 total) { progress << done << total; });
    QVERIFY2(s.runInOrder({job.get()}), qPrintable(s.problem()));
    VERIFY_SCRIPTED(s);
    VERIFY_JOB_OK(*job, s);

    QVERIFY(!job->usedMoveCommand());
    QVERIFY(job->hasMapping());
    QCOMPARE(job->destinationUidValidity(), 38505u);
    // UID 9 had vanished: it is neither mapped nor stored nor expunged.
    QCOMPARE(job->uidMapping(), (QMap<quint32, quint32>{{7, 500}, {8, 501}, {12, 502}}));
    QCOMPARE(progress, (QList<qint64>{1, 1}));
    // Never a bare EXPUNGE, which would also remove what other clients marked \Deleted.
    QVERIFY(!s.script()->clientBytes().contains(" EXPUNGE\r\n"));
}

void TestImapCommands::moveWithoutMoveOrUidplusChangesNothing()
{
    Scripted s(QStringLiteral("imap/move-unsafe.script"));
    auto job = keptJob<MoveMessagesJob>("INBOX", QVector<quint32>{1, 2}, "Trash");
    QVERIFY2(s.runInOrder({job.get()}), qPrintable(s.problem()));
    VERIFY_SCRIPTED(s); // the connection stays usable: LOGOUT is scripted

    QCOMPARE(job->error().kind(), ErrorKind::ServerRefused);
    const QString sentence = job->error().sentence();
    QVERIFY2(sentence.contains(QStringLiteral("imap.example.test")), qPrintable(sentence));
    QVERIFY2(sentence.contains(QStringLiteral("neither MOVE nor UIDPLUS")), qPrintable(sentence));
    QVERIFY2(sentence.contains(QStringLiteral("INBOX")), qPrintable(sentence));
    QVERIFY(!job->hasMapping());
    const QByteArray sent = s.script()->clientBytes();
    for (const char *command : {"SELECT", "COPY", "STORE", "EXPUNGE", "MOVE"})
        QVERIFY2(!sent.contains(command), command);
}

void TestImapCommands::idleReportsNewMailAndEndsWithDone()
{
    Scripted s(QStringLiteral("imap/idle-new-mail.script"));
    auto idle = keptJob<IdleJob>("INBOX");
    auto next = keptJob<FolderStatusJob>(QByteArrayList{"INBOX"});
    QList<quint32> changes;
    int listening = 0;
    QObject context; // lives here: the connection thread's signals arrive queued
    connect(idle.get(), &IdleJob::changed, &context, [&](quint32 exists) { changes << exists; });
    connect(idle.get(), &IdleJob::listening, &context, [&] { ++listening; });

    s.start(*idle);
    QTRY_COMPARE_WITH_TIMEOUT(changes, (QList<quint32>{4, 3}), kWaitMs);
    QCOMPARE(listening, 1);
    // Still listening, and silent: DONE goes out only when there is other work.
    QVERIFY(!idle->isFinished());
    QVERIFY2(s.script()->clientBytes().endsWith("p0002 IDLE\r\n"), qPrintable(s.script()->transcript()));

    s.start(*next);
    QVERIFY(Scripted::waitFinished(*idle));
    QVERIFY(Scripted::waitFinished(*next));
    s.close();
    VERIFY_SCRIPTED(s);
    VERIFY_JOB_OK(*idle, s);
    VERIFY_JOB_OK(*next, s);
    QVERIFY(idle->usedIdle());
    QCOMPARE(idle->endReason(), IdleJob::EndReason::Yielded);
    QCOMPARE(idle->exists(), 3u);
    QCOMPARE(next->statuses().value("INBOX").uidNext, 105u);
}

void TestImapCommands::idleWithoutIdleCapabilityPollsWithNoop()
{
    Scripted s(QStringLiteral("imap/idle-noop-polling.script"));
    auto idle = keptJob<IdleJob>("INBOX");
    idle->setPollInterval(50);
    auto next = keptJob<FolderStatusJob>(QByteArrayList{"INBOX"});
    QList<quint32> changes;
    int listening = 0;
    QObject context;
    connect(idle.get(), &IdleJob::changed, &context, [&](quint32 exists) { changes << exists; });
    connect(idle.get(), &IdleJob::listening, &context, [&] { ++listening; });
    // The reaction to new mail is queued from the connection thread, inside the NOOP's reply, so
    // the IdleJob sees other work before it could poll again: the script allows one NOOP only.
    std::atomic_bool queued = false;
    connect(idle.get(), &IdleJob::changed, idle.get(), [&](quint32) {
        if (!queued.exchange(true))
            s.start(*next);
    }, Qt::DirectConnection);

    s.start(*idle);
    QVERIFY(Scripted::waitFinished(*idle));
    QVERIFY(Scripted::waitFinished(*next));
    s.close();
    VERIFY_SCRIPTED(s);
    VERIFY_JOB_OK(*idle, s);
    VERIFY_JOB_OK(*next, s);
    QVERIFY(!idle->usedIdle());
    QCOMPARE(listening, 1);
    QCOMPARE(changes, (QList<quint32>{5}));
    QCOMPARE(idle->exists(), 5u);
    QCOMPARE(idle->endReason(), IdleJob::EndReason::Yielded);
    QVERIFY(!s.script()->clientBytes().contains("IDLE"));
    QCOMPARE(next->statuses().value("INBOX").messages, 5u);
}

void TestImapCommands::storeFlagsAddRemoveReplace()
{
    Scripted s(QStringLiteral("imap/store-flags.script"));
    MessageFlags seenFlaggedLabel;
    seenFlaggedLabel.bits = FlagSeen | FlagFlagged | FlagRecent;
    seenFlaggedLabel.keywords = {"$Label1"};
    MessageFlags seen;
    seen.bits = FlagSeen;
    MessageFlags answeredForwarded;
    answeredForwarded.bits = FlagAnswered | FlagForwarded;
    using Op = StoreFlagsJob::Operation;
    auto add = keptJob<StoreFlagsJob>("INBOX", QVector<quint32>{10, 4, 3, 5, 4}, seenFlaggedLabel, Op::Add);
    auto remove = keptJob<StoreFlagsJob>("INBOX", QVector<quint32>{10}, seen, Op::Remove);
    auto clear = keptJob<StoreFlagsJob>("INBOX", QVector<quint32>{7}, MessageFlags(), Op::Replace);
    auto answered = keptJob<StoreFlagsJob>("INBOX", QVector<quint32>{8}, answeredForwarded, Op::Add);
    // Nothing to store: no command at all (the script has none for it).
    auto nothing = keptJob<StoreFlagsJob>("INBOX", QVector<quint32>{9}, MessageFlags(), Op::Remove);
    QVERIFY2(s.runInOrder({add.get(), remove.get(), clear.get(), answered.get(), nothing.get()}),
             qPrintable(s.problem()));
    VERIFY_SCRIPTED(s);
    for (const auto *job : {add.get(), remove.get(), clear.get(), answered.get(), nothing.get()})
        VERIFY_JOB_OK(*job, s);
    QVERIFY(!s.script()->clientBytes().contains("\\Recent"));
}

void TestImapCommands::storeFlagsCutsLongUidSets()
{
    // 1000 scattered five-digit UIDs and a run of 100: each UID costs 6 bytes with its comma, so
    // 666 fit under the 4000-byte limit (3995 bytes) and the rest, with the run, go in a second
    // command. RFC 7162 3.1.2 / RFC 2683 ask for command lines under 8192 octets.
    QVector<quint32> uids;
    for (quint32 i = 0; i < 1000; ++i)
        uids << 10000 + 2 * i;
    for (quint32 uid = 30000; uid < 30100; ++uid)
        uids << uid;
    std::reverse(uids.begin(), uids.end()); // the job sorts
    const QByteArray firstSet = joinUids(10000, 2, 666);
    const QByteArray secondSet = joinUids(11332, 2, 334) + ",30000:30099";
    QCOMPARE(firstSet.size(), 3995);

    const QByteArray script = preamble("IMAP4rev1 LITERAL+")
        + "C: p0001 SELECT \"Lists\"\n"
          "S: * 1100 EXISTS\n"
          "S: p0001 OK [READ-WRITE] Select completed.\n"
          "C: p0002 UID STORE " + firstSet + " +FLAGS.SILENT (\\Seen)\n"
          "S: p0002 OK Store completed.\n"
          "C: p0003 UID STORE " + secondSet + " +FLAGS.SILENT (\\Seen)\n"
          "S: p0003 OK Store completed.\n"
        + kLogout;
    Scripted s(Script::fromString(script, QStringLiteral("store-chunked")));
    MessageFlags seen;
    seen.bits = FlagSeen;
    auto job = keptJob<StoreFlagsJob>("Lists", uids, seen, StoreFlagsJob::Operation::Add);
    QList<qint64> progress;
    QObject context;
    connect(job.get(), &Job::progress, &context, [&](qint64 done, qint64 total) { progress << done << total; });
    QVERIFY2(s.runInOrder({job.get()}), qPrintable(s.problem()));
    VERIFY_SCRIPTED(s);
    VERIFY_JOB_OK(*job, s);
    QCOMPARE(progress, (QList<qint64>{1, 2, 2, 2}));
    for (const QByteArray &line : s.script()->clientBytes().split('\n'))
        QVERIFY(line.size() < 8192);
}

void TestImapCommands::folderStatusIsPipelined()
{
    Scripted s(QStringLiteral("imap/status-pipelined.script"));
    auto job = keptJob<FolderStatusJob>(QByteArrayList{"INBOX", "Sent", "Entw&APw-rfe", "Missing", "Sent"});
    QVERIFY2(s.runInOrder({job.get()}), qPrintable(s.problem()));
    VERIFY_SCRIPTED(s);
    VERIFY_JOB_OK(*job, s); // one refused folder does not fail the job

    QCOMPARE(job->statuses().size(), 3);
    const FolderStatus inbox = job->statuses().value("INBOX");
    QCOMPARE(inbox.messages, 12u);
    QCOMPARE(inbox.unseen, 3u);
    QCOMPARE(inbox.recent, 1u);
    QCOMPARE(inbox.uidNext, 113u);
    QCOMPARE(inbox.uidValidity, 1700000000u);
    QCOMPARE(inbox.highestModSeq, quint64(4711));
    QCOMPARE(job->statuses().value("Sent").messages, 40u);
    QCOMPARE(job->statuses().value("Sent").highestModSeq, quint64(88));
    QCOMPARE(job->statuses().value("Entw&APw-rfe").unseen, 2u);
    QCOMPARE(job->statuses().value("Entw&APw-rfe").uidValidity, 1700000003u);

    QCOMPARE(job->errors().size(), 1);
    const Error missing = job->errors().value("Missing");
    QCOMPARE(missing.kind(), ErrorKind::NotFound);
    QCOMPARE(missing.serverText(), QStringLiteral("[NONEXISTENT] Mailbox doesn't exist: Missing"));
    QVERIFY2(missing.sentence().contains(QStringLiteral("“Missing”")), qPrintable(missing.sentence()));
}

void TestImapCommands::syncFlagsChangedSince()
{
    Scripted s(QStringLiteral("imap/sync-changedsince.script"));
    auto sync = keptJob<SyncHeadersJob>("INBOX");
    sync->setMode(SyncHeadersJob::Mode::FlagsOnly);
    sync->setChangedSince(5); // the HIGHESTMODSEQ the cache holds
    HeaderBatch records;
    sync->setSink([&records](HeaderBatch &&batch) { records += batch; }); // after finished: no race
    auto status = keptJob<FolderStatusJob>(QByteArrayList{"INBOX"});
    QVERIFY2(s.runInOrder({sync.get(), status.get()}), qPrintable(s.problem()));
    VERIFY_SCRIPTED(s);
    VERIFY_JOB_OK(*sync, s);
    VERIFY_JOB_OK(*status, s);

    QVERIFY(sync->usedChangedSince());
    QCOMPARE(sync->folderStatus().highestModSeq, quint64(9));
    QCOMPARE(sync->received(), qint64(2));
    QCOMPARE(records.size(), 2);
    QCOMPARE(records.at(0).uid, 102u);
    QCOMPARE(records.at(0).flags.bits, quint8(FlagSeen | FlagAnswered));
    QCOMPARE(records.at(0).modseq, quint64(7));
    QCOMPARE(records.at(1).uid, 103u);
    QCOMPARE(records.at(1).flags.keywords, QByteArrayList{"$Label1"});
    QCOMPARE(records.at(1).modseq, quint64(9));
    QCOMPARE(status->statuses().value("INBOX").highestModSeq, quint64(9));
}

// Without UNSELECT the folder is closed before STATUS asks about it, and never with a CLOSE that
// would expunge: a folder opened read-write is EXAMINEd first (the message marked \Deleted stays).
void TestImapCommands::statusClosesTheSelectedFolderWithoutUnselect()
{
    Scripted s(QStringLiteral("imap/status-close-without-unselect.script"));
    MessageFlags deleted;
    deleted.bits = FlagDeleted;
    auto mark = keptJob<StoreFlagsJob>("INBOX", QVector<quint32>{4}, deleted, StoreFlagsJob::Operation::Add);
    auto status = keptJob<FolderStatusJob>(QByteArrayList{"INBOX"});
    auto again = keptJob<FolderStatusJob>(QByteArrayList{"INBOX"});
    QVERIFY2(s.runInOrder({mark.get(), status.get(), again.get()}), qPrintable(s.problem()));
    VERIFY_SCRIPTED(s);
    VERIFY_JOB_OK(*mark, s);
    VERIFY_JOB_OK(*status, s);
    VERIFY_JOB_OK(*again, s);
    QCOMPARE(status->statuses().value("INBOX").messages, 12u);
    QCOMPARE(status->statuses().value("INBOX").unseen, 2u);
    const QByteArray sent = s.script()->clientBytes();
    QVERIFY(!sent.contains("EXPUNGE") && !sent.contains("UNSELECT"));
    QCOMPARE(sent.count("CLOSE"), 1);
}

void TestImapCommands::noModSeqMailboxGetsNoModSeqItems()
{
    Scripted s(QStringLiteral("imap/sync-nomodseq.script"));
    auto sync = keptJob<SyncHeadersJob>("INBOX");
    sync->setMode(SyncHeadersJob::Mode::FlagsOnly);
    sync->setChangedSince(5);
    HeaderBatch records;
    sync->setSink([&records](HeaderBatch &&batch) { records += batch; });
    QVERIFY2(s.runInOrder({sync.get()}), qPrintable(s.problem()));
    QVERIFY2(s.problem().isEmpty() && sync->error().isOk(), qPrintable(s.problem()));
    QVERIFY(!sync->usedChangedSince());
    QCOMPARE(sync->folderStatus().highestModSeq, quint64(0));
    QCOMPARE(records.size(), 2);
    QCOMPARE(records.at(0).flags.bits, quint8(FlagSeen));
}

void TestImapCommands::folderCommands()
{
    Scripted s(QStringLiteral("imap/folders-create-rename-delete.script"));
    auto createTrailing = keptJob<CreateFolderJob>("Projects/");
    auto createNested = keptJob<CreateFolderJob>("Projects/2024/Q1");
    auto rename = keptJob<RenameFolderJob>("Projects", "Archive/Projects/");
    auto deleteLeaf = keptJob<DeleteFolderJob>("Archive/Projects/2024/Q1");
    auto deleteParent = keptJob<DeleteFolderJob>("Archive");
    auto subscribe = keptJob<SubscribeFolderJob>("Entw&APw-rfe", true);
    auto unsubscribe = keptJob<SubscribeFolderJob>("Entw&APw-rfe", false);
    auto refused = keptJob<SubscribeFolderJob>("Shared/team", false);
    QVERIFY2(s.runInOrder({createTrailing.get(), createNested.get(), rename.get(), deleteLeaf.get(),
                           deleteParent.get(), subscribe.get(), unsubscribe.get(), refused.get()}),
             qPrintable(s.problem()));
    VERIFY_SCRIPTED(s);

    const QList<const Job *> succeeded{createTrailing.get(), createNested.get(), rename.get(),
                                       deleteLeaf.get(), subscribe.get(), unsubscribe.get()};
    for (const Job *job : succeeded)
        VERIFY_JOB_OK(*job, s);
    QCOMPARE(createTrailing->createdName(), QByteArray("Projects"));
    QCOMPARE(createNested->createdName(), QByteArray("Projects/2024/Q1"));

    QCOMPARE(deleteParent->error().kind(), ErrorKind::ServerRefused);
    QCOMPARE(deleteParent->error().serverText(),
             QStringLiteral("[HASCHILDREN] Mailbox has children, delete them first"));
    const QString sentence = deleteParent->error().sentence();
    QVERIFY2(sentence.contains(QStringLiteral("subfolders")) && sentence.contains(QStringLiteral("“Archive”")),
             qPrintable(sentence));

    QCOMPARE(refused->error().kind(), ErrorKind::ServerRefused);
    QCOMPARE(refused->error().serverText(), QStringLiteral("[NOPERM] Permission denied"));
    QVERIFY2(refused->error().sentence().contains(QStringLiteral("Shared/team")),
             qPrintable(refused->error().sentence()));
}

void TestImapCommands::createUsesTheServersSeparator()
{
    Scripted s(QStringLiteral("imap/folders-create-dot-separator.script"));
    auto dotted = keptJob<CreateFolderJob>("INBOX.Lists.");
    auto slashed = keptJob<CreateFolderJob>("Lists/");
    QVERIFY2(s.runInOrder({dotted.get(), slashed.get()}), qPrintable(s.problem()));
    VERIFY_SCRIPTED(s);
    VERIFY_JOB_OK(*dotted, s);
    VERIFY_JOB_OK(*slashed, s);
    QCOMPARE(dotted->createdName(), QByteArray("INBOX.Lists"));
    QCOMPARE(slashed->createdName(), QByteArray("Lists/"));
}

QTEST_GUILESS_MAIN(TestImapCommands)
#include "tst_imapcommands.moc"
