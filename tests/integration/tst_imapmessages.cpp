// The IMAP jobs that change messages and watch folders, against the real dovecot of the CTest
// fixture, over IMAPS and IMAP+STARTTLS: append (flags and date, pipelined order, quota per
// message, synchronizing literals, a large streamed message, a cancel in the middle of a literal),
// copy/move/expunge; IDLE (delivery, yielding, polling without IDLE, maximum duration) and a
// cancel followed by a reconnect. Connecting, folders and reading are in tst_imap.cpp. Each test
// works in its own fresh user, and checks what the jobs report against what the server really
// holds (doveadm), not just that no error came back.

#include "protocols/Connection.h"
#include "protocols/imap/AppendMessageJob.h"
#include "protocols/imap/CapabilitiesJob.h"
#include "protocols/imap/CopyMessagesJob.h"
#include "protocols/imap/CreateFolderJob.h"
#include "protocols/imap/ExpungeJob.h"
#include "protocols/imap/FetchMessageJob.h"
#include "protocols/imap/FolderStatusJob.h"
#include "protocols/imap/IdleJob.h"
#include "protocols/imap/MoveMessagesJob.h"
#include "protocols/imap/SearchJob.h"
#include "protocols/imap/StoreFlagsJob.h"
#include "protocols/imap/SyncHeadersJob.h"
#include "tests/support/ImapTestFixture.h"
#include "tests/support/TestServer.h"
#include "tests/support/VerifyOk.h"

#include <QBuffer>
#include <QCryptographicHash>
#include <QDateTime>
#include <QElapsedTimer>
#include <QFile>
#include <QHash>
#include <QRandomGenerator>
#include <QTemporaryFile>
#include <QTest>

#include <sys/file.h>
#include <memory>

using namespace postier::protocols;
using namespace postier::test;

namespace {

/// A message of about `size` bytes (a base64-looking body in 76-column lines).
QByteArray bigMessage(const QByteArray &subject, int size)
{
    QByteArray body;
    body.reserve(size + 100);
    const QByteArray line = QByteArray(76, 'Q') + "\r\n";
    while (body.size() < size)
        body += line;
    return makeMessage(subject, body);
}

QVector<quint32> doveadmUids(const Account &a, const QString &folder)
{
    QVector<quint32> uids;
    for (const Row &row : doveadmFetch(a, folder, QStringLiteral("uid")))
        uids << row.value("uid").toUInt();
    return uids;
}

/// A fresh user whose IMAP sessions advertise LITERAL- instead of LITERAL+ (dovecot's
/// imap_literal_minus, set for this user alone through a userdb field of the fixture's
/// passwd-file), so that the synchronizing-literal paths meet a real server. Empty on failure.
QString addLiteralMinusUser(const TestServer &server, const QString &prefix, const QString &quota = {})
{
    QString passwdFile;
    QFile env(server.dir() + QStringLiteral("/env"));
    if (!env.open(QIODevice::ReadOnly))
        return {};
    for (const QByteArray &line : env.readAll().split('\n')) {
        if (line.startsWith("PASSWD_FILE="))
            passwdFile = QString::fromUtf8(line.mid(12).trimmed());
    }
    QFile passwd(passwdFile);
    if (passwdFile.isEmpty() || !passwd.open(QIODevice::Append))
        return {};
    const QString user = prefix + QLatin1Char('-')
        + QString::number(QRandomGenerator::global()->generate64(), 36);
    QByteArray fields = "userdb_imap_literal_minus=yes";
    if (!quota.isEmpty())
        fields += " userdb_quota_rule=*:storage=" + quota.toUtf8();
    const QByteArray line = user.toUtf8() + ":{PLAIN}" + TestServer::passwordFor(user).toUtf8()
        + "::::::" + fields + '\n';
    // The fixture's script appends under the same lock when tests add users in parallel.
    if (::flock(passwd.handle(), LOCK_EX) != 0)
        return {};
    const bool written = passwd.write(line) == line.size() && passwd.flush();
    ::flock(passwd.handle(), LOCK_UN);
    return written ? user : QString();
}

/// A QBuffer that cancels a job once a given number of bytes has been read from it: a cancel
/// that lands, deterministically, in the middle of an APPEND literal.
class CancellingBuffer : public QBuffer
{
public:
    CancellingBuffer(const QByteArray &data, Job *job, qint64 after)
        : m_job(job)
        , m_after(after)
    {
        setData(data);
    }

protected:
    qint64 readData(char *data, qint64 maxSize) override
    {
        if (pos() >= m_after)
            m_job->cancel();
        return QBuffer::readData(data, maxSize);
    }

private:
    Job *m_job;
    qint64 m_after;
};

} // namespace

class TestImapMessages : public QObject, public ImapFixture
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();

    void appendKeepsFlagsAndDate_data() { securities_data(); }
    void appendKeepsFlagsAndDate();
    void appendPipelinedKeepsOrder();
    void appendOverQuotaPerMessage_data();
    void appendOverQuotaPerMessage();
    void appendWithSynchronizingLiterals();
    void appendLargeStreamed();
    void appendCancelledMidLiteral();

    void copyMoveExpunge();

    void idleDetectsDeliveryAndYields();
    void idleThenSyncSameConnection();
    void idlePollingWithoutIdle();
    void idleEndsAfterMaxDuration();
    void cancelThenReconnect();
};

void TestImapMessages::initTestCase()
{
    const QString why = start();
    QVERIFY2(why.isEmpty(), qPrintable(why));
}

// --- writing ------------------------------------------------------------------------------------

void TestImapMessages::appendKeepsFlagsAndDate()
{
    QFETCH(Security, security);
    const Account a = account(QStringLiteral("append"), security);
    auto connection = a.connect();

    struct Input {
        QByteArray subject;
        MessageFlags flags;
        qint64 date;
    };
    const QVector<Input> inputs = {
        {"From memory, seen", flags(FlagSeen), utc(2019, 4, 1, 8, 30, 15)},
        {"From memory, keywords", flags(FlagFlagged | FlagForwarded, {"$Label2"}), utc(2020, 12, 31, 23, 59, 59)},
        {"From memory, no date", flags(FlagDraft), 0},
        {"From a file", flags(FlagAnswered | FlagSeen), utc(2001, 9, 9, 1, 46, 40)},
        {"From a buffer", MessageFlags(), utc(1999, 1, 2, 3, 4, 5)},
    };
    AppendMessageJob job(QByteArrayLiteral("INBOX"));
    for (int i = 0; i < 3; ++i)
        QCOMPARE(job.addMessage(makeMessage(inputs[i].subject), inputs[i].flags, inputs[i].date), i);
    auto file = std::make_unique<QTemporaryFile>();
    QVERIFY(file->open());
    file->write(makeMessage(inputs[3].subject));
    file->seek(0);
    QCOMPARE(job.addMessage(std::move(file), -1, inputs[3].flags, inputs[3].date), 3);
    auto buffer = std::make_unique<QBuffer>();
    buffer->setData(makeMessage(inputs[4].subject));
    QCOMPARE(job.addMessage(std::move(buffer), -1, inputs[4].flags, inputs[4].date), 4);
    QVERIFY(!job.isRetryable());

    const qint64 before = QDateTime::currentSecsSinceEpoch();
    VERIFY_OK(runJobAndWait(*connection, job));
    QCOMPARE(job.appendedCount(), 5);
    QCOMPARE(job.results().size(), 5);

    FolderStatusJob status({QByteArrayLiteral("INBOX")});
    VERIFY_OK(runJobAndWait(*connection, status));
    const quint32 validity = status.statuses().value("INBOX").uidValidity;
    for (int i = 0; i < 5; ++i) {
        const AppendMessageJob::Result &r = job.results().at(i);
        QCOMPARE(r.outcome, AppendMessageJob::Outcome::Appended);
        QCOMPARE(r.uid, quint32(i + 1)); // APPENDUID, in order
        QCOMPARE(r.uidValidity, validity);
        QVERIFY(r.error.isOk());
    }

    auto fresh = a.connect();
    Error error;
    const HeaderBatch records = syncAll(*fresh, QByteArrayLiteral("INBOX"), &error);
    VERIFY_OK(error);
    QCOMPARE(records.size(), 5);
    for (int i = 0; i < 5; ++i) {
        const HeaderRecord &r = records[i];
        QCOMPARE(r.uid, job.results().at(i).uid);
        QCOMPARE(r.subject, inputs[i].subject);
        MessageFlags want = inputs[i].flags;
        want.bits |= r.flags.bits & FlagRecent;
        QCOMPARE(flagTokens(r.flags), flagTokens(want));
        if (inputs[i].date > 0)
            QCOMPARE(r.internalDate, inputs[i].date);
        else
            QVERIFY(r.internalDate >= before - 5 && r.internalDate <= QDateTime::currentSecsSinceEpoch() + 5);
    }
    QCOMPARE(doveadmSubjects(a, QStringLiteral("INBOX")).size(), 5);
}

void TestImapMessages::appendPipelinedKeepsOrder()
{
    const Account a = account(QStringLiteral("pipeline"));
    auto connection = a.connect();
    CreateFolderJob create(QByteArrayLiteral("Many"));
    VERIFY_OK(runJobAndWait(*connection, create));
    AppendMessageJob job(QByteArrayLiteral("Many"));
    QCOMPARE(job.pipelineDepth(), 16);
    job.setPipelineDepth(8);
    for (int i = 0; i < 60; ++i)
        job.addMessage(makeMessage("Pipelined " + QByteArray::number(i), QByteArray(100 + 37 * i, 'x') + "\r\n"));
    qint64 lastDone = 0, lastTotal = 0;
    connect(&job, &Job::progress, this, [&](qint64 done, qint64 total) {
        lastDone = done;
        lastTotal = total;
    });
    VERIFY_OK(runJobAndWait(*connection, job));
    QCOMPARE(job.appendedCount(), 60);
    QTRY_COMPARE(lastDone, lastTotal);
    QVERIFY(lastTotal > 60 * 100);

    // Each APPENDUID belongs to its own message: UID k+1 on the server holds message k.
    QHash<quint32, QByteArray> subjectByUid;
    for (const Row &row : doveadmFetch(a, QStringLiteral("Many"), QStringLiteral("uid hdr.subject")))
        subjectByUid.insert(row.value("uid").toUInt(), row.value("hdr.subject"));
    QCOMPARE(subjectByUid.size(), 60);
    for (int i = 0; i < 60; ++i)
        QCOMPARE(subjectByUid.value(job.results().at(i).uid), "Pipelined " + QByteArray::number(i));

    // A missing folder refuses every message, each with its own NotFound error.
    AppendMessageJob missing(QByteArrayLiteral("Nowhere"));
    missing.addMessage(makeMessage("Lost 1"));
    missing.addMessage(makeMessage("Lost 2"));
    const Error error = runJobAndWait(*connection, missing);
    QCOMPARE(error.kind(), ErrorKind::NotFound);
    QVERIFY2(error.sentence().contains(QLatin1String("2 of 2")), qPrintable(error.sentence()));
    for (const auto &r : missing.results()) {
        QCOMPARE(r.outcome, AppendMessageJob::Outcome::Refused);
        QCOMPARE(r.error.kind(), ErrorKind::NotFound);
    }
}

void TestImapMessages::appendOverQuotaPerMessage_data()
{
    QTest::addColumn<int>("depth");
    QTest::newRow("pipelined") << 16;
    QTest::newRow("one at a time") << 1;
}

void TestImapMessages::appendOverQuotaPerMessage()
{
    QFETCH(int, depth);
    const Account a = account(QStringLiteral("quota"), Security::Tls, QStringLiteral("fs"), QStringLiteral("1M"));
    QVERIFY(!a.user.isEmpty());
    auto connection = a.connect();

    AppendMessageJob job(QByteArrayLiteral("INBOX"));
    job.setPipelineDepth(depth);
    job.addMessage(makeMessage("Small A"));
    job.addMessage(bigMessage("Too big 1", 1200 * 1024));
    job.addMessage(makeMessage("Small B"), flags(FlagSeen));
    job.addMessage(bigMessage("Too big 2", 1500 * 1024));
    job.addMessage(makeMessage("Small C"));
    const Error error = runJobAndWait(*connection, job);
    QCOMPARE(error.kind(), ErrorKind::QuotaExceeded);
    QVERIFY2(error.sentence().contains(QLatin1String("2 of 5")), qPrintable(error.sentence()));

    const QVector<bool> appended = {true, false, true, false, true};
    quint32 expectedUid = 1;
    for (int i = 0; i < 5; ++i) {
        const AppendMessageJob::Result &r = job.results().at(i);
        if (appended[i]) {
            QCOMPARE(r.outcome, AppendMessageJob::Outcome::Appended);
            QCOMPARE(r.uid, expectedUid++);
        } else {
            QCOMPARE(r.outcome, AppendMessageJob::Outcome::Refused);
            QCOMPARE(r.error.kind(), ErrorKind::QuotaExceeded);
            QVERIFY(r.error.serverText().contains(QLatin1String("OVERQUOTA")));
            QVERIFY2(r.error.sentence().contains(QStringLiteral("message %1 of 5").arg(i + 1)),
                     qPrintable(r.error.sentence()));
            QCOMPARE(r.uid, 0u);
        }
    }
    QCOMPARE(job.appendedCount(), 3);
    QCOMPARE(doveadmSubjects(a, QStringLiteral("INBOX")), (QByteArrayList{"Small A", "Small B", "Small C"}));

    // The connection is still in step: the next job on it works.
    FolderStatusJob status({QByteArrayLiteral("INBOX")});
    VERIFY_OK(runJobAndWait(*connection, status));
    QCOMPARE(status.statuses().value("INBOX").messages, 3u);
}

void TestImapMessages::appendWithSynchronizingLiterals()
{
    // LITERAL-: up to 4096 bytes go as {n+}, anything larger waits for the server's "+", and an
    // APPEND the server refuses before the "+" (over quota, known from the size) is answered by
    // its tagged NO while the other APPENDs of the pipeline go on.
    Account a;
    a.server = m_fs;
    a.user = addLiteralMinusUser(m_fs, QStringLiteral("litminus"), QStringLiteral("1M"));
    QVERIFY(!a.user.isEmpty());
    a.endpoint = m_fs.endpoint(Protocol::Imap, Security::Tls, a.user);
    QStringList trace;
    ConnectionOptions options;
    options.trace = [&trace](bool outgoing, const QByteArray &line) {
        if (outgoing)
            trace << QString::fromUtf8(line);
    };
    auto connection = a.connect(options);
    CapabilitiesJob caps;
    VERIFY_OK(runJobAndWait(*connection, caps));
    QVERIFY(caps.hasCapability("LITERAL-"));
    QVERIFY(!caps.hasCapability("LITERAL+"));

    AppendMessageJob job(QByteArrayLiteral("INBOX"));
    job.addMessage(makeMessage("Small one"), flags(FlagSeen));
    job.addMessage(bigMessage("Medium one", 40 * 1024));
    job.addMessage(bigMessage("Far too big", 1300 * 1024));
    job.addMessage(makeMessage("Small two"));
    job.addMessage(bigMessage("Medium two", 60 * 1024), flags(FlagFlagged));
    const Error error = runJobAndWait(*connection, job);
    QCOMPARE(error.kind(), ErrorKind::QuotaExceeded);
    const QVector<AppendMessageJob::Outcome> outcomes = {
        AppendMessageJob::Outcome::Appended, AppendMessageJob::Outcome::Appended,
        AppendMessageJob::Outcome::Refused, AppendMessageJob::Outcome::Appended,
        AppendMessageJob::Outcome::Appended};
    for (int i = 0; i < 5; ++i)
        QCOMPARE(job.results().at(i).outcome, outcomes[i]);
    QCOMPARE(job.results().at(2).error.kind(), ErrorKind::QuotaExceeded);
    QCOMPARE(job.results().at(3).uid, 3u);
    QCOMPARE(job.results().at(4).uid, 4u);
    QCOMPARE(doveadmSubjects(a, QStringLiteral("INBOX")),
             (QByteArrayList{"Small one", "Medium one", "Small two", "Medium two"}));
    // Which literal form each APPEND used.
    const QStringList appends = trace.filter(QStringLiteral(" APPEND "));
    QCOMPARE(appends.size(), 5);
    QVERIFY2(appends[0].endsWith(QLatin1String("+}")), qPrintable(appends[0]));
    for (int i : {1, 2, 4})
        QVERIFY2(!appends[i].endsWith(QLatin1String("+}")) && appends[i].endsWith(QLatin1Char('}')),
                 qPrintable(appends[i]));

    // A search text longer than 4096 bytes of UTF-8 goes as a synchronizing literal too.
    SearchJob shortText(QByteArrayLiteral("INBOX"));
    shortText.addText(SearchJob::Field::Subject, QStringLiteral("tw\u00f6"));
    VERIFY_OK(runJobAndWait(*connection, shortText));
    QVERIFY(shortText.uids().isEmpty());
    SearchJob longText(QByteArrayLiteral("INBOX"));
    longText.addText(SearchJob::Field::Body, QString(3000, QChar(0x00e9)));
    VERIFY_OK(runJobAndWait(*connection, longText));
    QVERIFY(longText.uids().isEmpty());
    SearchJob found(QByteArrayLiteral("INBOX"));
    found.addText(SearchJob::Field::Subject, QStringLiteral("medium"));
    VERIFY_OK(runJobAndWait(*connection, found));
    QCOMPARE(found.uids(), (QVector<quint32>{2, 4}));
    QVERIFY(trace.filter(QStringLiteral("CHARSET UTF-8 BODY {6000}")).size() == 1);
}

void TestImapMessages::appendLargeStreamed()
{
    const Account a = account(QStringLiteral("large"));
    auto connection = a.connect();

    // 24 MB with binary-looking lines, streamed from a file; fetched back byte for byte.
    auto file = std::make_unique<QTemporaryFile>();
    QVERIFY(file->open());
    QCryptographicHash hash(QCryptographicHash::Sha256);
    const QByteArray head = makeMessage("Large attachment", {});
    file->write(head);
    hash.addData(head);
    QRandomGenerator rng(42);
    qint64 size = head.size();
    while (size < 24 * 1024 * 1024) {
        QByteArray line(76, Qt::Uninitialized);
        for (char &c : line)
            c = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"[rng.bounded(64)];
        line += "\r\n";
        file->write(line);
        hash.addData(line);
        size += line.size();
    }
    file->seek(0);
    AppendMessageJob job(QByteArrayLiteral("INBOX"));
    job.addMessage(std::move(file), -1, flags(FlagSeen), utc(2024, 2, 29));
    int progressSignals = 0;
    qint64 lastDone = 0;
    connect(&job, &Job::progress, this, [&](qint64 done, qint64 total) {
        ++progressSignals;
        lastDone = done;
        QCOMPARE(total, size);
    });
    VERIFY_OK(runJobAndWait(*connection, job));
    QCOMPARE(job.results().at(0).uid, 1u);
    QTRY_COMPARE(lastDone, size);
    QVERIFY(progressSignals > 50); // streamed in chunks, not at once

    FetchMessageJob fetch(QByteArrayLiteral("INBOX"), 1);
    VERIFY_OK(runJobAndWait(*connection, fetch));
    QCOMPARE(qint64(fetch.content().size()), size);
    QCOMPARE(qint64(fetch.size()), size);
    QCOMPARE(QCryptographicHash::hash(fetch.content(), QCryptographicHash::Sha256), hash.result());
    QCOMPARE(fetch.internalDate(), utc(2024, 2, 29));
}

void TestImapMessages::appendCancelledMidLiteral()
{
    const Account a = account(QStringLiteral("cancelappend"));
    auto connection = a.connect();
    CreateFolderJob create(QByteArrayLiteral("Target"));
    VERIFY_OK(runJobAndWait(*connection, create));

    AppendMessageJob job(QByteArrayLiteral("Target"));
    job.addMessage(makeMessage("Before the cancel"));
    const QByteArray big = bigMessage("Cut in the middle", 8 * 1024 * 1024);
    job.addMessage(std::make_unique<CancellingBuffer>(big, &job, 2 * 1024 * 1024), big.size());
    job.addMessage(makeMessage("Never sent"));
    QElapsedTimer timer;
    timer.start();
    const Error error = runJobAndWait(*connection, job);
    QCOMPARE(error.kind(), ErrorKind::Cancelled);
    QVERIFY(timer.elapsed() < 10000);
    // The first was sent whole (its reply may not have been read), the second was cut off and
    // so certainly not saved, the third never went out.
    QVERIFY(job.results().at(0).outcome == AppendMessageJob::Outcome::Appended
            || job.results().at(0).outcome == AppendMessageJob::Outcome::Unknown);
    QCOMPARE(job.results().at(1).outcome, AppendMessageJob::Outcome::NotSent);
    QCOMPARE(job.results().at(2).outcome, AppendMessageJob::Outcome::NotSent);

    // The same connection reconnects, and the server kept no part of the cut message.
    FolderStatusJob status({QByteArrayLiteral("Target")});
    VERIFY_OK(runJobAndWait(*connection, status));
    const QByteArrayList subjects = doveadmSubjects(a, QStringLiteral("Target"));
    QVERIFY(!subjects.contains("Cut in the middle"));
    QVERIFY(!subjects.contains("Never sent"));
    QCOMPARE(status.statuses().value("Target").messages, quint32(subjects.size()));
}

void TestImapMessages::copyMoveExpunge()
{
    const Account a = account(QStringLiteral("copymove"));
    auto connection = a.connect();
    for (const QByteArray &name : {QByteArrayLiteral("Src"), QByteArrayLiteral("Dst")}) {
        CreateFolderJob create(name);
        VERIFY_OK(runJobAndWait(*connection, create));
    }
    AppendMessageJob append(QByteArrayLiteral("Src"));
    for (int i = 1; i <= 6; ++i)
        append.addMessage(makeMessage("M" + QByteArray::number(i)));
    VERIFY_OK(runJobAndWait(*connection, append));
    FolderStatusJob dstStatus({QByteArrayLiteral("Dst")});
    VERIFY_OK(runJobAndWait(*connection, dstStatus));
    const quint32 dstValidity = dstStatus.statuses().value("Dst").uidValidity;

    CopyMessagesJob copy(QByteArrayLiteral("Src"), {1, 3, 42}, QByteArrayLiteral("Dst"));
    VERIFY_OK(runJobAndWait(*connection, copy));
    QVERIFY(copy.hasMapping());
    QCOMPARE(copy.destinationUidValidity(), dstValidity);
    QCOMPARE(copy.uidMapping(), (QMap<quint32, quint32>{{1, 1}, {3, 2}})); // 42 does not exist
    QCOMPARE(doveadmSubjects(a, QStringLiteral("Dst")), (QByteArrayList{"M1", "M3"}));
    QCOMPARE(doveadmUids(a, QStringLiteral("Src")), (QVector<quint32>{1, 2, 3, 4, 5, 6}));

    MoveMessagesJob move(QByteArrayLiteral("Src"), {2, 4}, QByteArrayLiteral("Dst"));
    VERIFY_OK(runJobAndWait(*connection, move));
    QVERIFY(move.usedMoveCommand());
    QCOMPARE(move.destinationUidValidity(), dstValidity);
    QCOMPARE(move.uidMapping(), (QMap<quint32, quint32>{{2, 3}, {4, 4}}));
    QCOMPARE(doveadmUids(a, QStringLiteral("Src")), (QVector<quint32>{1, 3, 5, 6}));
    QCOMPARE(doveadmSubjects(a, QStringLiteral("Dst")), (QByteArrayList{"M1", "M3", "M2", "M4"}));

    // Without MOVE: COPY + STORE + UID EXPUNGE of exactly the moved UID. Message 6, marked
    // \Deleted by "another client", must survive.
    StoreFlagsJob othersDeleted(QByteArrayLiteral("Src"), {6}, flags(FlagDeleted), StoreFlagsJob::Operation::Add);
    VERIFY_OK(runJobAndWait(*connection, othersDeleted));
    MoveMessagesJob fallback(QByteArrayLiteral("Src"), {5}, QByteArrayLiteral("Dst"));
    fallback.setUseMoveCommand(false);
    VERIFY_OK(runJobAndWait(*connection, fallback));
    QVERIFY(!fallback.usedMoveCommand());
    QCOMPARE(fallback.uidMapping(), (QMap<quint32, quint32>{{5, 5}}));
    QCOMPARE(doveadmUids(a, QStringLiteral("Src")), (QVector<quint32>{1, 3, 6}));
    QCOMPARE(doveadmSubjects(a, QStringLiteral("Dst")).last(), QByteArrayLiteral("M5"));
    // The moved copy does not carry the \Deleted the fallback set on the original.
    for (const Row &row : doveadmFetch(a, QStringLiteral("Dst"), QStringLiteral("uid flags")))
        QVERIFY(!row.value("flags").contains("\\Deleted"));

    // Into a folder that does not exist: NotFound, nothing changed.
    CopyMessagesJob nowhere(QByteArrayLiteral("Src"), {1}, QByteArrayLiteral("Nowhere"));
    const Error error = runJobAndWait(*connection, nowhere);
    QCOMPARE(error.kind(), ErrorKind::NotFound);
    QVERIFY2(error.sentence().contains(QLatin1String("Nowhere")), qPrintable(error.sentence()));
    MoveMessagesJob moveNowhere(QByteArrayLiteral("Src"), {1}, QByteArrayLiteral("Nowhere"));
    QCOMPARE(runJobAndWait(*connection, moveNowhere).kind(), ErrorKind::NotFound);
    QCOMPARE(doveadmUids(a, QStringLiteral("Src")), (QVector<quint32>{1, 3, 6}));

    // UID EXPUNGE removes only the chosen \Deleted message; plain EXPUNGE the rest.
    StoreFlagsJob mark(QByteArrayLiteral("Src"), {1, 3}, flags(FlagDeleted), StoreFlagsJob::Operation::Add);
    VERIFY_OK(runJobAndWait(*connection, mark));
    ExpungeJob chosen(QByteArrayLiteral("Src"), {1});
    VERIFY_OK(runJobAndWait(*connection, chosen));
    QCOMPARE(chosen.expungedCount(), 1);
    QCOMPARE(doveadmUids(a, QStringLiteral("Src")), (QVector<quint32>{3, 6}));
    ExpungeJob rest(QByteArrayLiteral("Src"));
    VERIFY_OK(runJobAndWait(*connection, rest));
    QCOMPARE(rest.expungedCount(), 2);
    QVERIFY(doveadmUids(a, QStringLiteral("Src")).isEmpty());

    // The job's view of the folder is fresh after all that.
    FolderStatusJob status({QByteArrayLiteral("Src"), QByteArrayLiteral("Dst")});
    VERIFY_OK(runJobAndWait(*connection, status));
    QCOMPARE(status.statuses().value("Src").messages, 0u);
    QCOMPARE(status.statuses().value("Dst").messages, 5u);
}

// --- watching -----------------------------------------------------------------------------------

void TestImapMessages::idleDetectsDeliveryAndYields()
{
    const Account a = account(QStringLiteral("idle"));
    QVERIFY(a.server.deliver(a.user, makeMessage("Already there")));
    auto connection = a.connect();

    IdleJob idle(QByteArrayLiteral("INBOX"));
    idle.setAutoDelete(false);
    QCOMPARE(idle.priority(), Job::Priority::Background);
    bool listening = false;
    QVector<quint32> changes;
    connect(&idle, &IdleJob::listening, this, [&listening] { listening = true; });
    connect(&idle, &IdleJob::changed, this, [&changes](quint32 exists) { changes << exists; });
    connection->enqueue(&idle);
    QTRY_VERIFY_WITH_TIMEOUT(listening, 10000);
    QVERIFY(idle.usedIdle());
    QVERIFY(changes.isEmpty());

    // A delivery during IDLE is reported with the new count.
    QVERIFY(a.server.deliver(a.user, makeMessage("Arrived during IDLE")));
    QTRY_VERIFY_WITH_TIMEOUT(!changes.isEmpty(), 10000);
    QCOMPARE(changes.last(), 2u);
    QVERIFY(!idle.isFinished());

    // Another job makes IDLE end cleanly (DONE) and runs.
    QElapsedTimer timer;
    timer.start();
    FolderStatusJob status({QByteArrayLiteral("INBOX")});
    VERIFY_OK(runJobAndWait(*connection, status));
    QVERIFY(timer.elapsed() < 5000);
    QVERIFY(idle.isFinished());
    VERIFY_OK(idle.error());
    QCOMPARE(idle.endReason(), IdleJob::EndReason::Yielded);
    QCOMPARE(idle.exists(), 2u);
    QCOMPARE(status.statuses().value("INBOX").messages, 2u);

    // What the hint is for: a header sync on the same connection right after finds the new mail.
    Error error;
    const HeaderBatch records = syncAll(*connection, QByteArrayLiteral("INBOX"), &error);
    VERIFY_OK(error);
    QCOMPARE(records.size(), 2);
    QCOMPARE(records.last().subject, QByteArrayLiteral("Arrived during IDLE"));

    // Re-queued, it watches again from the current count; an expunge elsewhere is seen too.
    IdleJob again(QByteArrayLiteral("INBOX"));
    again.setAutoDelete(false);
    listening = false;
    changes.clear();
    connect(&again, &IdleJob::listening, this, [&listening] { listening = true; });
    connect(&again, &IdleJob::changed, this, [&changes](quint32 exists) { changes << exists; });
    connection->enqueue(&again);
    QTRY_VERIFY_WITH_TIMEOUT(listening, 10000);
    QCOMPARE(again.exists(), 2u);
    auto other = a.connect();
    StoreFlagsJob mark(QByteArrayLiteral("INBOX"), {1}, flags(FlagDeleted), StoreFlagsJob::Operation::Add);
    VERIFY_OK(runJobAndWait(*other, mark));
    ExpungeJob expunge(QByteArrayLiteral("INBOX"), {1});
    VERIFY_OK(runJobAndWait(*other, expunge));
    QTRY_VERIFY_WITH_TIMEOUT(changes.contains(1u), 10000);
    again.cancel();
    QTRY_VERIFY_WITH_TIMEOUT(again.isFinished(), 5000);
    QVERIFY2(again.error().kind() == ErrorKind::Cancelled, qPrintable(again.error().sentence()));
}

void TestImapMessages::idleThenSyncSameConnection()
{
    // The IDLE job's EXAMINE must not leave a stale message count behind for the next job that
    // opens the same folder on the same connection.
    const Account a = account(QStringLiteral("idlesync"));
    auto connection = a.connect();
    IdleJob idle(QByteArrayLiteral("INBOX"));
    idle.setAutoDelete(false);
    bool listening = false;
    QVector<quint32> changes;
    connect(&idle, &IdleJob::listening, this, [&listening] { listening = true; });
    connect(&idle, &IdleJob::changed, this, [&changes](quint32 exists) { changes << exists; });
    connection->enqueue(&idle);
    QTRY_VERIFY_WITH_TIMEOUT(listening, 10000);
    QCOMPARE(idle.exists(), 0u);
    QVERIFY(a.server.deliver(a.user, makeMessage("First mail")));
    QTRY_VERIFY_WITH_TIMEOUT(!changes.isEmpty(), 10000);
    Error error;
    FolderStatus status;
    const HeaderBatch records = syncAll(*connection, QByteArrayLiteral("INBOX"), &error,
                                        SyncHeadersJob::Mode::Full, 0, &status);
    VERIFY_OK(error);
    QCOMPARE(idle.endReason(), IdleJob::EndReason::Yielded);
    QCOMPARE(status.messages, 1u);
    QCOMPARE(records.size(), 1);
    QCOMPARE(records.first().subject, QByteArrayLiteral("First mail"));
}

void TestImapMessages::idlePollingWithoutIdle()
{
    const Account a = account(QStringLiteral("poll"));
    auto connection = a.connect();
    IdleJob poll(QByteArrayLiteral("INBOX"));
    poll.setAutoDelete(false);
    poll.setForcePolling(true);
    poll.setPollInterval(300);
    QCOMPARE(poll.pollInterval(), 300);
    bool listening = false;
    QVector<quint32> changes;
    connect(&poll, &IdleJob::listening, this, [&listening] { listening = true; });
    connect(&poll, &IdleJob::changed, this, [&changes](quint32 exists) { changes << exists; });
    connection->enqueue(&poll);
    QTRY_VERIFY_WITH_TIMEOUT(listening, 10000);
    QVERIFY(!poll.usedIdle());
    QVERIFY(a.server.deliver(a.user, makeMessage("Found by NOOP")));
    QTRY_VERIFY_WITH_TIMEOUT(!changes.isEmpty(), 10000);
    QCOMPARE(changes.last(), 1u);

    CapabilitiesJob next;
    VERIFY_OK(runJobAndWait(*connection, next));
    QVERIFY(poll.isFinished());
    VERIFY_OK(poll.error());
    QCOMPARE(poll.endReason(), IdleJob::EndReason::Yielded);
}

void TestImapMessages::idleEndsAfterMaxDuration()
{
    const Account a = account(QStringLiteral("idlemax"));
    auto connection = a.connect();
    QCOMPARE(IdleJob(QByteArrayLiteral("INBOX")).maxDuration(), 25 * 60 * 1000);
    IdleJob idle(QByteArrayLiteral("INBOX"));
    idle.setMaxDuration(700);
    QElapsedTimer timer;
    timer.start();
    VERIFY_OK(runJobAndWait(*connection, idle));
    QVERIFY(timer.elapsed() >= 700);
    QVERIFY(timer.elapsed() < 5000);
    QCOMPARE(idle.endReason(), IdleJob::EndReason::MaxDuration);
    // DONE was answered: the connection is in step for the next command.
    SearchJob search(QByteArrayLiteral("INBOX"));
    VERIFY_OK(runJobAndWait(*connection, search));
    QVERIFY(search.uids().isEmpty());
}

void TestImapMessages::cancelThenReconnect()
{
    const Account a = account(QStringLiteral("cancel"));
    QVERIFY(a.server.seed(a.user, QStringLiteral("Big"), 2000, 3));
    int traced = 0;
    ConnectionOptions options;
    options.trace = [&traced](bool, const QByteArray &) { ++traced; };
    auto connection = a.connect(options);

    // A long header sync cancelled from inside its own stream of batches.
    SyncHeadersJob sync(QByteArrayLiteral("Big"));
    sync.setBatchSize(50);
    int batches = 0;
    sync.setSink([&sync, &batches](HeaderBatch &&) {
        if (++batches == 2)
            sync.cancel();
    });
    QElapsedTimer timer;
    timer.start();
    QCOMPARE(runJobAndWait(*connection, sync).kind(), ErrorKind::Cancelled);
    QVERIFY(timer.elapsed() < 5000);
    QCOMPARE(batches, 2);
    QVERIFY(sync.received() < 2000);

    // A cancelled IDLE, then the next job on the same Connection reconnects and works.
    IdleJob idle(QByteArrayLiteral("Big"));
    idle.setAutoDelete(false);
    bool listening = false;
    connect(&idle, &IdleJob::listening, this, [&listening] { listening = true; });
    connection->enqueue(&idle);
    QTRY_VERIFY_WITH_TIMEOUT(listening, 10000);
    timer.restart();
    idle.cancel();
    QTRY_VERIFY_WITH_TIMEOUT(idle.isFinished(), 5000);
    QVERIFY(timer.elapsed() < 2000);
    QVERIFY2(idle.error().kind() == ErrorKind::Cancelled, qPrintable(idle.error().sentence()));

    FolderStatusJob status({QByteArrayLiteral("Big")});
    VERIFY_OK(runJobAndWait(*connection, status));
    QCOMPARE(status.statuses().value("Big").messages, 2000u);
    Error error;
    const HeaderBatch all = syncAll(*connection, QByteArrayLiteral("Big"), &error);
    VERIFY_OK(error);
    QCOMPARE(all.size(), 2000);
    QVERIFY(traced > 0);
}

QTEST_GUILESS_MAIN(TestImapMessages)
#include "tst_imapmessages.moc"
