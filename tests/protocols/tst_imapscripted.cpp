// IMAP jobs against scripted servers (tests/data/scripts/imap/*.script): the exact bytes vmime and
// our raw channel send, what the jobs make of the replies, and every error path a real server
// rarely shows on demand: NO, BAD, OVERQUOTA, failed authentication, a cut in the middle of a
// literal, a stall, a cancel, and STARTTLS that is missing or refused.

#include "protocols/Connection.h"
#include "protocols/imap/AppendMessageJob.h"
#include "protocols/imap/CapabilitiesJob.h"
#include "protocols/imap/FetchIdentityJob.h"
#include "protocols/imap/FetchMessageJob.h"
#include "protocols/imap/ListFoldersJob.h"
#include "protocols/imap/QuotaJob.h"
#include "protocols/imap/SyncHeadersJob.h"
#include "tests/support/ScriptedSocket.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTest>

#include <mutex>

using namespace postier::protocols;
using namespace postier::test;

namespace {

constexpr int kWaitMs = 10000; // only reached when something is broken

/// Protocol lines handed to ConnectionOptions::trace, collected from the connection thread.
struct TraceLog {
    std::mutex mutex;
    QByteArrayList lines;

    std::function<void(bool, const QByteArray &)> sink()
    {
        return [this](bool outgoing, const QByteArray &line) {
            std::lock_guard lock(mutex);
            lines << (outgoing ? "C: " : "S: ") + line;
        };
    }
    QByteArray all()
    {
        std::lock_guard lock(mutex);
        return lines.join('\n');
    }
};

/// One scripted Connection: scripts are played one per connection, in order.
class Scripted
{
public:
    explicit Scripted(const QStringList &scriptFiles, Security security = Security::None)
        : m_factory(std::make_shared<ScriptedSocketFactory>())
    {
        for (const QString &file : scriptFiles)
            m_scripts << m_factory->addScriptFile(file);
        endpoint.protocol = Protocol::Imap;
        endpoint.security = security;
        endpoint.host = QStringLiteral("imap.example.test");
        endpoint.port = 143;
        endpoint.user = QStringLiteral("alice");
        endpoint.timeoutMs = 10000;
        options.socketFactory = m_factory;
        options.maxReconnects = 0;
        options.reconnectBaseDelayMs = 10;
        options.trace = trace.sink();
    }

    /// Opens the connection (first use only) and queues the job.
    void start(Job &job)
    {
        job.setAutoDelete(false);
        if (!m_connection)
            m_connection = std::make_unique<Connection>(endpoint, password, options);
        m_connection->enqueue(&job);
    }
    [[nodiscard]] bool waitFinished(Job &job)
    {
        if (job.isFinished())
            return true;
        QSignalSpy spy(&job, &Job::finished);
        return spy.wait(kWaitMs) || job.isFinished();
    }
    /// Runs the job to completion, then closes the connection so its LOGOUT is part of the script.
    [[nodiscard]] bool run(Job &job)
    {
        start(job);
        const bool finished = waitFinished(job);
        close();
        return finished;
    }
    void close() { m_connection.reset(); }

    [[nodiscard]] const std::shared_ptr<Script> &script(int i = 0) const { return m_scripts.at(i); }
    [[nodiscard]] ScriptedSocketFactory &factory() const { return *m_factory; }
    [[nodiscard]] QString problem() const { return m_factory->problem(); }

    ServerEndpoint endpoint;
    ConnectionOptions options;
    QString password = QStringLiteral("s3cret");
    TraceLog trace;

private:
    std::shared_ptr<ScriptedSocketFactory> m_factory;
    QList<std::shared_ptr<Script>> m_scripts;
    std::unique_ptr<Connection> m_connection;
};

#define VERIFY_FACTORY(s) QVERIFY2((s).problem().isEmpty(), qPrintable((s).problem()))
#define VERIFY_JOB_OK(job, s)                                                                      \
    QVERIFY2((job).error().isOk(), qPrintable((job).error().sentence() + QLatin1Char('\n') + (s).problem()))

const FolderInfo *findFolder(const FolderList &folders, const QString &path)
{
    for (const FolderInfo &f : folders) {
        if (f.path == path)
            return &f;
    }
    return nullptr;
}

QStringList paths(const FolderList &folders)
{
    QStringList out;
    for (const FolderInfo &f : folders)
        out << f.path;
    return out;
}

const QByteArray kFetchedMessage = QByteArrayLiteral(
    "From: Anna Example <anna@example.org>\r\n"
    "Subject: cut short\r\n"
    "\r\n"
    "Hello, this message is long enough to be cut.\r\n");

} // namespace

class TestImapScripted : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void loginWithAuthenticatePlain();
    void loginCommandQuotesThePassword();
    void listFoldersWithListExtended();
    void listFoldersWithLsub();
    void syncHeadersInBatches();
    void syncHeadersRetryHandsOverEachUidOnce();
    void syncHeadersRetryOnReplacedFolderFails();
    void fetchMessageRetryKeepsNothingOfTheCut();
    void fetchIdentityRetryListsEachMessageOnce();
    void quotaRetryListsEachRootOnce();
    void noReplyIsServerRefused();
    void badReplyIsServerRefused();
    void overQuotaIsQuotaExceeded();
    void multiAppendGroupsMessages();
    void multiAppendRefusedGroupGoesAgainOneByOne();
    void authenticationFailure();
    void authenticationFailure_data();
    void loginDisabledSendsNoPassword();
    void cutMidLiteralIsRetriedThenFails();
    void cutMidLiteralRetrySucceeds();
    void stallTimesOut();
    void cancelMidFetch();
    void stallDuringLoginTimesOut();
    void cancelDuringLogin();
    void starttlsMissingNeverSendsCredentials();
    void starttlsRefused();
    void passwordNeverInTrace();
    void passwordNeverInTrace_data();
};

void TestImapScripted::loginWithAuthenticatePlain()
{
    Scripted s({QStringLiteral("imap/login-authenticate-plain.script")});
    CapabilitiesJob job;
    QVERIFY2(s.run(job), qPrintable(s.problem()));
    VERIFY_JOB_OK(job, s);
    VERIFY_FACTORY(s);
    // The capabilities are the post-login ones, upper-cased.
    QVERIFY(job.hasCapability("LIST-EXTENDED"));
    QVERIFY(job.hasCapability("condstore"));
    QVERIFY(job.hasCapability("SPECIAL-USE"));
    QVERIFY(!job.hasCapability("AUTH=PLAIN"));
    QCOMPARE(job.separator(), QLatin1Char('/'));
    QCOMPARE(s.script()->connectedTo(), QStringLiteral("imap.example.test:143"));
    QVERIFY(s.script()->clientDisconnected());
}

void TestImapScripted::loginCommandQuotesThePassword()
{
    Scripted s({QStringLiteral("imap/login-plain.script")});
    s.password = QStringLiteral("s3cr3t \"pw\"");
    CapabilitiesJob job;
    QVERIFY2(s.run(job), qPrintable(s.problem()));
    VERIFY_JOB_OK(job, s);
    VERIFY_FACTORY(s);
    QVERIFY(job.hasCapability("MOVE"));
    QCOMPARE(job.separator(), QLatin1Char('.'));
    const QByteArray trace = s.trace.all();
    QVERIFY2(trace.contains("C: a001 LOGIN alice ***"), trace.constData());
    QVERIFY2(!trace.contains("s3cr3t"), trace.constData());
}

void TestImapScripted::listFoldersWithListExtended()
{
    Scripted s({QStringLiteral("imap/list-extended.script")});
    ListFoldersJob job;
    QVERIFY2(s.run(job), qPrintable(s.problem()));
    VERIFY_JOB_OK(job, s);
    VERIFY_FACTORY(s);

    const FolderList &folders = job.folders();
    QCOMPARE(paths(folders), (QStringList{QStringLiteral("INBOX"), QStringLiteral("a"), QStringLiteral("a/b"),
                                          QStringLiteral("a/b/c"), QStringLiteral("Entwürfe"),
                                          QStringLiteral("gone"), QStringLiteral("My Folder"),
                                          QStringLiteral("Sent")}));

    const FolderInfo *inbox = findFolder(folders, QStringLiteral("INBOX"));
    QCOMPARE(inbox->specialUse, SpecialUse::Inbox);
    QVERIFY(inbox->attributes & FolderSubscribed);
    QVERIFY(inbox->isSelectable());

    // \Noselect parent (LAYOUT=fs): a ghost that exists as a directory.
    const FolderInfo *a = findFolder(folders, QStringLiteral("a"));
    QVERIFY(a->attributes & FolderNoSelect);
    QVERIFY(!(a->attributes & FolderNonExistent));
    QVERIFY(a->isGhost());
    // \NonExistent parent (maildir++).
    const FolderInfo *ab = findFolder(folders, QStringLiteral("a/b"));
    QVERIFY(ab->attributes & FolderNonExistent);
    QVERIFY(ab->attributes & FolderHasChildren);
    QVERIFY(ab->isGhost());
    QCOMPARE(ab->name(), QStringLiteral("b"));
    // A real folder below the ghosts, subscribed.
    const FolderInfo *abc = findFolder(folders, QStringLiteral("a/b/c"));
    QVERIFY(abc->isSelectable());
    QVERIFY(abc->attributes & FolderSubscribed);
    QCOMPARE(abc->rawName, QByteArray("a/b/c"));
    // Subscribed but missing: only the SUBSCRIBED pass knew it.
    const FolderInfo *gone = findFolder(folders, QStringLiteral("gone"));
    QVERIFY(gone->attributes & FolderNonExistent);
    QVERIFY(gone->attributes & FolderSubscribed);
    QVERIFY(gone->isGhost());
    // Special use and modified UTF-7.
    const FolderInfo *drafts = findFolder(folders, QStringLiteral("Entwürfe"));
    QCOMPARE(drafts->specialUse, SpecialUse::Drafts);
    QCOMPARE(drafts->rawName, QByteArray("Entw&APw-rfe"));
    QVERIFY(!(drafts->attributes & FolderSubscribed));
    QCOMPARE(findFolder(folders, QStringLiteral("Sent"))->specialUse, SpecialUse::Sent);
    QVERIFY(findFolder(folders, QStringLiteral("My Folder"))->isSelectable());
    QCOMPARE(findFolder(folders, QStringLiteral("My Folder"))->separator, QLatin1Char('/'));
}

void TestImapScripted::listFoldersWithLsub()
{
    Scripted s({QStringLiteral("imap/list-lsub.script")});
    ListFoldersJob job;
    QVERIFY2(s.run(job), qPrintable(s.problem()));
    VERIFY_JOB_OK(job, s);
    VERIFY_FACTORY(s);

    const FolderList &folders = job.folders();
    QCOMPARE(paths(folders), (QStringList{QStringLiteral("INBOX"), QStringLiteral("Deleted"),
                                          QStringLiteral("INBOX.Archive"), QStringLiteral("old"),
                                          QStringLiteral("old.2019")}));
    const FolderInfo *inbox = findFolder(folders, QStringLiteral("INBOX"));
    QVERIFY(inbox->attributes & FolderSubscribed);
    const FolderInfo *archive = findFolder(folders, QStringLiteral("INBOX.Archive"));
    QVERIFY(archive->attributes & FolderSubscribed);
    QCOMPARE(archive->name(), QStringLiteral("Archive"));
    QCOMPARE(archive->separator, QLatin1Char('.'));
    QVERIFY(findFolder(folders, QStringLiteral("old"))->attributes & FolderNoSelect);
    QVERIFY(!(findFolder(folders, QStringLiteral("old.2019"))->attributes & FolderSubscribed));
    // LSUB without LIST: subscribed, but gone.
    const FolderInfo *deleted = findFolder(folders, QStringLiteral("Deleted"));
    QCOMPARE(deleted->attributes, quint16(FolderSubscribed | FolderNonExistent));
    QVERIFY(deleted->isGhost());
}

void TestImapScripted::syncHeadersInBatches()
{
    Scripted s({QStringLiteral("imap/sync-headers.script")});
    SyncHeadersJob job("INBOX");
    job.setBatchSize(2);
    QSignalSpy batches(&job, &SyncHeadersJob::headersReady);
    QSignalSpy progress(&job, &Job::progress);
    QVERIFY2(s.run(job), qPrintable(s.problem()));
    VERIFY_JOB_OK(job, s);
    VERIFY_FACTORY(s);

    QCOMPARE(job.received(), qint64(3));
    QCOMPARE(job.folderStatus().messages, 3u);
    QCOMPARE(job.folderStatus().uidValidity, 1700000000u);
    QCOMPARE(job.folderStatus().uidNext, 104u);
    QCOMPARE(job.folderStatus().highestModSeq, quint64(9));

    QCOMPARE(batches.count(), 2);
    const HeaderBatch first = batches.at(0).at(0).value<HeaderBatch>();
    const HeaderBatch second = batches.at(1).at(0).value<HeaderBatch>();
    QCOMPARE(first.size(), 2);
    QCOMPARE(second.size(), 1);

    const HeaderRecord &m1 = first.at(0);
    QCOMPARE(m1.uid, 101u);
    QCOMPARE(m1.size, 1234u);
    QCOMPARE(m1.modseq, quint64(5));
    QCOMPARE(m1.flags.bits, quint8(FlagSeen));
    QCOMPARE(m1.internalDate, QDateTime(QDate(2024, 7, 17), QTime(10, 0), Qt::UTC).toSecsSinceEpoch());
    QCOMPARE(m1.subject, QByteArray("First"));
    QCOMPARE(m1.from, QByteArray("Anna Example <anna@example.org>"));
    QCOMPARE(m1.to, QByteArray("alice@example.test"));
    QCOMPARE(m1.messageId, QByteArray("<m1@example.org>"));
    QVERIFY(m1.inReplyTo.isEmpty());
    QVERIFY(m1.references.isEmpty());

    const HeaderRecord &m2 = first.at(1);
    QCOMPARE(m2.uid, 102u);
    QCOMPARE(m2.flags.bits, quint8(FlagSeen | FlagAnswered | FlagForwarded));
    QCOMPARE(m2.internalDate, QDateTime(QDate(2024, 7, 17), QTime(9, 30), Qt::UTC).toSecsSinceEpoch());
    QCOMPARE(m2.inReplyTo, QByteArray("<m1@example.org>"));
    QCOMPARE(m2.references, QByteArray("<m1@example.org>"));

    const HeaderRecord &m3 = second.at(0);
    QCOMPARE(m3.uid, 103u);
    QCOMPARE(m3.flags.bits, quint8(0));
    QCOMPARE(m3.modseq, quint64(9));
    QCOMPARE(m3.subject, QByteArray("=?UTF-8?Q?Gr=C3=BC=C3=9Fe?=")); // raw: decoded for display only
    QVERIFY2(m3.references.contains("<m1@example.org>") && m3.references.contains("<m2@example.org>"),
             m3.references.constData());
    QVERIFY(!m3.references.contains('\n')); // unfolded

    // Progress after each full batch and at the end, against the EXISTS count.
    QCOMPARE(progress.count(), 2);
    QCOMPARE(progress.at(0).at(0).toLongLong(), qint64(2));
    QCOMPARE(progress.at(0).at(1).toLongLong(), qint64(3));
    QCOMPARE(progress.at(1).at(0).toLongLong(), qint64(3));
    QCOMPARE(progress.at(1).at(1).toLongLong(), qint64(3));
}

void TestImapScripted::syncHeadersRetryHandsOverEachUidOnce()
{
    Scripted s({QStringLiteral("imap/sync-cut.script"), QStringLiteral("imap/sync-retry.script")});
    s.options.maxReconnects = 1;
    SyncHeadersJob job("INBOX");
    job.setBatchSize(2);
    QSignalSpy batches(&job, &SyncHeadersJob::headersReady);
    QSignalSpy progress(&job, &Job::progress);
    QVERIFY2(s.run(job), qPrintable(s.problem()));
    VERIFY_FACTORY(s);
    VERIFY_JOB_OK(job, s);
    QCOMPARE(s.factory().connectionCount(), 2);

    QCOMPARE(job.received(), qint64(3));
    QCOMPARE(job.lowestUid(), 101u);
    QVector<quint32> uids;
    for (const QList<QVariant> &args : std::as_const(batches)) {
        for (const HeaderRecord &r : args.at(0).value<HeaderBatch>())
            uids << r.uid;
    }
    QCOMPARE(uids, (QVector<quint32>{101, 102, 103}));
    // The flag change between the attempts is not handed over, but the older HIGHESTMODSEQ makes
    // the next CHANGEDSINCE ask for it.
    QCOMPARE(job.folderStatus().highestModSeq, quint64(9));
    QCOMPARE(job.folderStatus().uidValidity, 1700000000u);

    QVERIFY(!progress.isEmpty());
    for (const QList<QVariant> &args : std::as_const(progress)) {
        const qint64 done = args.at(0).toLongLong();
        const qint64 total = args.at(1).toLongLong();
        QVERIFY2(done <= total && total == 3, qPrintable(QStringLiteral("%1 of %2").arg(done).arg(total)));
    }
    QCOMPARE(progress.last().at(0).toLongLong(), qint64(3));
}

void TestImapScripted::syncHeadersRetryOnReplacedFolderFails()
{
    Scripted s({QStringLiteral("imap/sync-cut.script"), QStringLiteral("imap/sync-retry-replaced.script")});
    s.options.maxReconnects = 1;
    SyncHeadersJob job("INBOX");
    job.setBatchSize(2);
    QSignalSpy batches(&job, &SyncHeadersJob::headersReady);
    QVERIFY2(s.run(job), qPrintable(s.problem()));
    VERIFY_FACTORY(s);
    QCOMPARE(job.error().kind(), ErrorKind::NotFound);
    const QString sentence = job.error().sentence();
    QVERIFY2(sentence.contains(QStringLiteral("“INBOX”")) && sentence.contains(QStringLiteral("imap.example.test")),
             qPrintable(sentence));
    QCOMPARE(batches.count(), 1); // only the old folder's batch, from before the cut
}

void TestImapScripted::fetchMessageRetryKeepsNothingOfTheCut()
{
    Scripted s({QStringLiteral("imap/fetch-cut-after-data.script"), QStringLiteral("imap/fetch-retry-gone.script")});
    s.options.maxReconnects = 1;
    FetchMessageJob job("INBOX", 7);
    QVERIFY2(s.run(job), qPrintable(s.problem()));
    VERIFY_FACTORY(s);
    QCOMPARE(job.error().kind(), ErrorKind::NotFound);
    QVERIFY(job.content().isEmpty());
    QCOMPARE(job.size(), 0u);
    QCOMPARE(job.flags().bits, quint8(0));
}

void TestImapScripted::fetchIdentityRetryListsEachMessageOnce()
{
    Scripted s({QStringLiteral("imap/identity-cut.script"), QStringLiteral("imap/identity-retry.script")});
    s.options.maxReconnects = 1;
    FetchIdentityJob job("INBOX", {"MESSAGE-ID"});
    QVERIFY2(s.run(job), qPrintable(s.problem()));
    VERIFY_FACTORY(s);
    VERIFY_JOB_OK(job, s);
    QCOMPARE(job.messages().size(), 2);
    QCOMPARE(job.messages().at(0).uid, 1u);
    QCOMPARE(job.messages().at(1).uid, 2u);
    QVERIFY(job.messages().at(1).fields.contains("<m2@example.org>"));
}

void TestImapScripted::quotaRetryListsEachRootOnce()
{
    Scripted s({QStringLiteral("imap/quota-cut.script"), QStringLiteral("imap/quota-retry.script")});
    s.options.maxReconnects = 1;
    QuotaJob job;
    QVERIFY2(s.run(job), qPrintable(s.problem()));
    VERIFY_FACTORY(s);
    VERIFY_JOB_OK(job, s);
    QVERIFY(job.supported());
    QCOMPARE(job.roots().size(), 1);
    QCOMPARE(job.storageLimit(), qint64(1024) * 1024);
}

void TestImapScripted::noReplyIsServerRefused()
{
    Scripted s({QStringLiteral("imap/list-no.script")});
    ListFoldersJob job;
    QVERIFY2(s.run(job), qPrintable(s.problem()));
    VERIFY_FACTORY(s); // includes the LOGOUT: a NO does not spoil the connection
    QCOMPARE(job.error().kind(), ErrorKind::ServerRefused);
    QCOMPARE(job.error().serverText(),
             QStringLiteral("[SERVERBUG] Internal error occurred. Refer to server log for more information."));
    const QString sentence = job.error().sentence();
    QVERIFY2(sentence.contains(QStringLiteral("imap.example.test")), qPrintable(sentence));
    QVERIFY2(sentence.contains(QStringLiteral("list the folders")), qPrintable(sentence));
    QVERIFY2(sentence.contains(QStringLiteral("Internal error occurred")), qPrintable(sentence));
    QVERIFY(job.folders().isEmpty());
}

void TestImapScripted::badReplyIsServerRefused()
{
    Scripted s({QStringLiteral("imap/list-bad.script")});
    ListFoldersJob job;
    QVERIFY2(s.run(job), qPrintable(s.problem()));
    VERIFY_FACTORY(s);
    QCOMPARE(job.error().kind(), ErrorKind::ServerRefused);
    QCOMPARE(job.error().serverText(), QStringLiteral("Error in IMAP command LIST: Invalid arguments."));
    QVERIFY2(job.error().sentence().contains(QStringLiteral("Invalid arguments")), qPrintable(job.error().sentence()));
    QCOMPARE(s.factory().connectionCount(), 1); // not retried: a refusal is not a network problem
}

void TestImapScripted::overQuotaIsQuotaExceeded()
{
    Scripted s({QStringLiteral("imap/append-overquota.script")});
    AppendMessageJob job("INBOX");
    QCOMPARE(job.addMessage(QByteArrayLiteral("Subject: hi\r\n\r\nhello\r\n")), 0);
    QVERIFY2(s.run(job), qPrintable(s.problem()));
    VERIFY_FACTORY(s);
    QCOMPARE(job.error().kind(), ErrorKind::QuotaExceeded);
    QVERIFY2(job.error().serverText().contains(QStringLiteral("OVERQUOTA")), qPrintable(job.error().serverText()));
    QVERIFY2(job.error().sentence().contains(QStringLiteral("full")), qPrintable(job.error().sentence()));
    QCOMPARE(job.results().size(), 1);
    QCOMPARE(job.results().at(0).outcome, AppendMessageJob::Outcome::Refused);
    QCOMPARE(job.results().at(0).error.kind(), ErrorKind::QuotaExceeded);
    QCOMPARE(job.appendedCount(), 0);
}

void TestImapScripted::multiAppendGroupsMessages()
{
    Scripted s({QStringLiteral("imap/append-multi.script")});
    AppendMessageJob job("INBOX");
    job.setMultiAppend(10);
    MessageFlags seen;
    seen.bits = FlagSeen;
    job.addMessage(QByteArrayLiteral("Subject: a\r\n\r\nx\r\n"), seen);
    job.addMessage(QByteArrayLiteral("Subject: b\r\n\r\nx\r\n"));
    QVERIFY2(s.run(job), qPrintable(s.problem()));
    VERIFY_FACTORY(s);
    QVERIFY2(job.error().isOk(), qPrintable(job.error().sentence()));
    QCOMPARE(job.appendedCount(), 2);
    QCOMPARE(job.results().at(0).uidValidity, 7u);
    QCOMPARE(job.results().at(0).uid, 20u);
    QCOMPARE(job.results().at(1).uid, 21u);
}

void TestImapScripted::multiAppendRefusedGroupGoesAgainOneByOne()
{
    Scripted s({QStringLiteral("imap/append-multi-refused.script")});
    AppendMessageJob job("INBOX");
    job.setMultiAppend(2);
    for (const char c : {'a', 'b', 'c'})
        job.addMessage(QByteArray("Subject: ") + c + QByteArray("\r\n\r\nx\r\n"));
    QVERIFY2(s.run(job), qPrintable(s.problem()));
    VERIFY_FACTORY(s);
    QCOMPARE(job.error().kind(), ErrorKind::QuotaExceeded);
    QCOMPARE(job.results().at(0).outcome, AppendMessageJob::Outcome::Appended);
    QCOMPARE(job.results().at(0).uid, 13u);
    QCOMPARE(job.results().at(1).outcome, AppendMessageJob::Outcome::Refused);
    QCOMPARE(job.results().at(1).error.kind(), ErrorKind::QuotaExceeded);
    QCOMPARE(job.results().at(1).uid, 0u);
    QCOMPARE(job.results().at(2).outcome, AppendMessageJob::Outcome::Appended);
    QCOMPARE(job.results().at(2).uid, 12u);
}

void TestImapScripted::authenticationFailure_data()
{
    QTest::addColumn<QString>("script");
    QTest::addColumn<QByteArray>("command");
    QTest::newRow("AUTHENTICATE PLAIN, no LOGIN after it") << QStringLiteral("imap/auth-failed.script")
                                                           << QByteArray("AUTHENTICATE");
    QTest::newRow("LOGIN without AUTH=") << QStringLiteral("imap/login-failed.script") << QByteArray("LOGIN");
}

void TestImapScripted::authenticationFailure()
{
    // One wrong password costs one attempt (lockout, fail2ban): the scripts end after the first
    // refusal, and anything more the client sent would fail them.
    QFETCH(QString, script);
    QFETCH(QByteArray, command);
    Scripted s({script});
    s.options.maxReconnects = 3; // an Auth error must not be retried anyway
    CapabilitiesJob job;
    QVERIFY2(s.run(job), qPrintable(s.problem()));
    VERIFY_FACTORY(s);
    QCOMPARE(job.error().kind(), ErrorKind::Auth);
    QCOMPARE(job.error().serverText(), QStringLiteral("[AUTHENTICATIONFAILED] Authentication failed."));
    const QString sentence = job.error().sentence();
    QVERIFY2(sentence.contains(QStringLiteral("alice")), qPrintable(sentence));
    QVERIFY2(sentence.contains(QStringLiteral("imap.example.test")), qPrintable(sentence));
    QVERIFY2(sentence.contains(QStringLiteral("Authentication failed")), qPrintable(sentence));
    QVERIFY2(sentence.contains(QStringLiteral("password")), qPrintable(sentence));
    QCOMPARE(s.factory().connectionCount(), 1);
    const QByteArray sent = s.script()->clientBytes();
    QCOMPARE(sent.count("a00"), 1); // one command: the one attempt
    QVERIFY(sent.startsWith(QByteArray(QByteArray("a001 ") + command + ' ')));
}

void TestImapScripted::loginDisabledSendsNoPassword()
{
    Scripted s({QStringLiteral("imap/login-disabled.script")});
    s.options.maxReconnects = 3;
    CapabilitiesJob job;
    QVERIFY2(s.run(job), qPrintable(s.problem()));
    VERIFY_FACTORY(s);
    QCOMPARE(job.error().kind(), ErrorKind::TlsRequired);
    const QString sentence = job.error().sentence();
    QVERIFY2(sentence.contains(QStringLiteral("imap.example.test")) && sentence.contains(QStringLiteral("unencrypted")),
             qPrintable(sentence));
    QCOMPARE(s.script()->clientBytes(), QByteArray());
    QCOMPARE(s.factory().connectionCount(), 1);
}

void TestImapScripted::cutMidLiteralIsRetriedThenFails()
{
    Scripted s({QStringLiteral("imap/fetch-cut.script"), QStringLiteral("imap/fetch-cut-again.script")});
    s.options.maxReconnects = 1;
    FetchMessageJob job("INBOX", 7);
    QVERIFY2(s.run(job), qPrintable(s.problem()));
    VERIFY_FACTORY(s);
    QCOMPARE(job.error().kind(), ErrorKind::Network);
    QVERIFY2(job.error().sentence().contains(QStringLiteral("imap.example.test")), qPrintable(job.error().sentence()));
    QCOMPARE(s.factory().connectionCount(), 2);
    QVERIFY(job.content().isEmpty()); // nothing half-read is handed out
}

void TestImapScripted::cutMidLiteralRetrySucceeds()
{
    Scripted s({QStringLiteral("imap/fetch-cut.script"), QStringLiteral("imap/fetch-retry-ok.script")});
    s.options.maxReconnects = 1;
    FetchMessageJob job("INBOX", 7);
    QVERIFY2(s.run(job), qPrintable(s.problem()));
    VERIFY_FACTORY(s);
    VERIFY_JOB_OK(job, s);
    QCOMPARE(job.content(), kFetchedMessage);
    QCOMPARE(job.size(), quint32(kFetchedMessage.size()));
    QCOMPARE(job.flags().bits, quint8(FlagSeen));
    QCOMPARE(job.internalDate(), QDateTime(QDate(2024, 7, 17), QTime(10, 0), Qt::UTC).toSecsSinceEpoch());
    QCOMPARE(s.factory().connectionCount(), 2);
}

void TestImapScripted::stallTimesOut()
{
    Scripted s({QStringLiteral("imap/fetch-stall.script")});
    s.endpoint.timeoutMs = 300;
    FetchMessageJob job("INBOX", 7);
    QElapsedTimer timer;
    timer.start();
    QVERIFY2(s.run(job), qPrintable(s.problem()));
    VERIFY_FACTORY(s);
    QCOMPARE(job.error().kind(), ErrorKind::Timeout);
    QVERIFY(timer.elapsed() >= 300);
    QVERIFY2(job.error().sentence().contains(QStringLiteral("stopped answering")), qPrintable(job.error().sentence()));
    QVERIFY(job.content().isEmpty());
}

void TestImapScripted::cancelMidFetch()
{
    Scripted s({QStringLiteral("imap/fetch-stall.script")});
    s.endpoint.timeoutMs = 30000;
    FetchMessageJob job("INBOX", 7);
    s.start(job);
    // The server has sent half of the literal and stalls; the job is reading the rest.
    QTRY_VERIFY2_WITH_TIMEOUT(s.script()->clientBytes().contains("UID FETCH 7"), qPrintable(s.problem()), kWaitMs);
    QElapsedTimer timer;
    timer.start();
    job.cancel();
    QVERIFY(s.waitFinished(job));
    QVERIFY2(timer.elapsed() < 5000, qPrintable(QString::number(timer.elapsed())));
    QCOMPARE(job.error().kind(), ErrorKind::Cancelled);
    s.close();
    VERIFY_FACTORY(s);
    QCOMPARE(s.factory().connectionCount(), 1); // a cancelled job is not retried
}

void TestImapScripted::stallDuringLoginTimesOut()
{
    Scripted s({QStringLiteral("imap/login-stall.script")});
    s.endpoint.timeoutMs = 300;
    CapabilitiesJob job;
    QElapsedTimer timer;
    timer.start();
    QVERIFY2(s.run(job), qPrintable(s.problem()));
    VERIFY_FACTORY(s);
    QCOMPARE(job.error().kind(), ErrorKind::Timeout);
    QVERIFY2(timer.elapsed() >= 300, qPrintable(QString::number(timer.elapsed())));
    const QString sentence = job.error().sentence();
    QVERIFY2(sentence.contains(QStringLiteral("imap.example.test")) && sentence.contains(QStringLiteral("stopped answering")),
             qPrintable(sentence));
    QCOMPARE(s.factory().connectionCount(), 1);
}

void TestImapScripted::cancelDuringLogin()
{
    Scripted s({QStringLiteral("imap/login-stall.script")});
    s.endpoint.timeoutMs = 30000;
    CapabilitiesJob job;
    s.start(job);
    QTRY_VERIFY2_WITH_TIMEOUT(s.script()->clientBytes().contains("a001 LOGIN"), qPrintable(s.problem()), kWaitMs);
    QElapsedTimer timer;
    timer.start();
    job.cancel();
    QVERIFY(s.waitFinished(job));
    // Polled every few milliseconds; far below the 30 s timeout even on a loaded machine.
    QVERIFY2(timer.elapsed() < 5000, qPrintable(QString::number(timer.elapsed())));
    QCOMPARE(job.error().kind(), ErrorKind::Cancelled);
    s.close();
    VERIFY_FACTORY(s);
    QCOMPARE(s.factory().connectionCount(), 1);
}

void TestImapScripted::starttlsMissingNeverSendsCredentials()
{
    Scripted s({QStringLiteral("imap/starttls-missing.script")}, Security::StartTls);
    s.options.maxReconnects = 3;
    CapabilitiesJob job;
    QVERIFY2(s.run(job), qPrintable(s.problem()));
    VERIFY_FACTORY(s);
    QCOMPARE(job.error().kind(), ErrorKind::TlsRequired);
    QVERIFY2(job.error().sentence().contains(QStringLiteral("does not fall back")), qPrintable(job.error().sentence()));
    // Exactly one command went out, and it was not a login.
    QCOMPARE(s.script()->clientBytes(), QByteArray("a001 STARTTLS\r\n"));
    QCOMPARE(s.factory().connectionCount(), 1);
}

void TestImapScripted::starttlsRefused()
{
    Scripted s({QStringLiteral("imap/starttls-refused.script")}, Security::StartTls);
    CapabilitiesJob job;
    QVERIFY2(s.run(job), qPrintable(s.problem()));
    VERIFY_FACTORY(s);
    QCOMPARE(job.error().kind(), ErrorKind::TlsRequired);
    QVERIFY2(job.error().serverText().contains(QStringLiteral("TLS is not available right now")),
             qPrintable(job.error().serverText()));
    QVERIFY2(job.error().sentence().contains(QStringLiteral("STARTTLS")), qPrintable(job.error().sentence()));
    QCOMPARE(s.script()->clientBytes(), QByteArray("a001 STARTTLS\r\n"));
}

void TestImapScripted::passwordNeverInTrace_data()
{
    QTest::addColumn<QString>("script");
    QTest::addColumn<QByteArray>("traced");
    QTest::newRow("SASL PLAIN") << QStringLiteral("imap/auth-failed.script") << QByteArray("C: a001 AUTHENTICATE PLAIN");
    QTest::newRow("LOGIN") << QStringLiteral("imap/login-failed.script") << QByteArray("C: a001 LOGIN alice ***");
}

void TestImapScripted::passwordNeverInTrace()
{
    // A failed login through SASL PLAIN, and one through the LOGIN command: the two ways vmime
    // sends a password here. None of it may reach the trace.
    QFETCH(QString, script);
    QFETCH(QByteArray, traced);
    Scripted s({script});
    CapabilitiesJob job;
    QVERIFY2(s.run(job), qPrintable(s.problem()));
    VERIFY_FACTORY(s);
    QCOMPARE(job.error().kind(), ErrorKind::Auth);
    const QByteArray trace = s.trace.all();
    QVERIFY2(trace.contains(traced), trace.constData()); // the trace works
    QVERIFY2(trace.contains("S: a001 NO [AUTHENTICATIONFAILED]"), trace.constData());
    for (const QByteArray &secret : {QByteArray("s3cret"), QByteArray("s3cret").toBase64(),
                                     QByteArray("\0alice\0s3cret", 13).toBase64()}) {
        QVERIFY2(!trace.contains(secret), QByteArray(secret + " leaked into the trace:\n" + trace).constData());
    }
    // The password did go over the (scripted) wire, so the check above is not vacuous.
    const QByteArray sent = s.script()->clientBytes();
    QVERIFY(sent.contains("s3cret") || sent.contains(QByteArray("\0alice\0s3cret", 13).toBase64()));
}

QTEST_GUILESS_MAIN(TestImapScripted)
#include "tst_imapscripted.moc"
