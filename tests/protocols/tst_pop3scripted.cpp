// POP3 jobs against scripted servers (tests/data/scripts/pop3/*.script): the exact login bytes,
// failed logins (-ERR) as ErrorKind::Auth with the server's words, STLS missing or refused as
// TlsRequired without any credentials sent, and no password in the trace.

#include "protocols/Connection.h"
#include "protocols/local/MaildirStore.h"
#include "protocols/pop3/Pop3DeleteJob.h"
#include "protocols/pop3/Pop3FetchJob.h"
#include "protocols/pop3/Pop3ListJob.h"
#include "protocols/pop3/Pop3StatJob.h"
#include "tests/support/ScriptedSocket.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <mutex>

using namespace postier::protocols;
using namespace postier::test;

namespace {

constexpr int kWaitMs = 10000;

class Scripted
{
public:
    explicit Scripted(const QStringList &scriptFiles, Security security = Security::None)
        : m_factory(std::make_shared<ScriptedSocketFactory>())
    {
        for (const QString &file : scriptFiles)
            m_scripts << m_factory->addScriptFile(file);
        endpoint.protocol = Protocol::Pop3;
        endpoint.security = security;
        endpoint.host = QStringLiteral("pop.example.test");
        endpoint.port = 110;
        endpoint.user = QStringLiteral("alice");
        endpoint.timeoutMs = 10000;
        options.socketFactory = m_factory;
        options.maxReconnects = 0;
        options.trace = [this](bool outgoing, const QByteArray &line) {
            std::lock_guard lock(m_traceMutex);
            m_trace << (outgoing ? "C: " : "S: ") + line;
        };
    }

    /// Runs the job to completion, then closes the connection so its QUIT is part of the script.
    [[nodiscard]] bool run(Job &job)
    {
        job.setAutoDelete(false);
        auto connection = std::make_unique<Connection>(endpoint, password, options);
        QSignalSpy spy(&job, &Job::finished);
        connection->enqueue(&job);
        const bool finished = job.isFinished() || spy.wait(kWaitMs) || job.isFinished();
        connection.reset();
        return finished;
    }

    [[nodiscard]] QByteArray trace()
    {
        std::lock_guard lock(m_traceMutex);
        return m_trace.join('\n');
    }
    [[nodiscard]] const std::shared_ptr<Script> &script(int i = 0) const { return m_scripts.at(i); }
    [[nodiscard]] ScriptedSocketFactory &factory() const { return *m_factory; }
    [[nodiscard]] QString problem() const { return m_factory->problem(); }

    ServerEndpoint endpoint;
    ConnectionOptions options;
    QString password = QStringLiteral("s3cret");

private:
    std::shared_ptr<ScriptedSocketFactory> m_factory;
    QList<std::shared_ptr<Script>> m_scripts;
    std::mutex m_traceMutex;
    QByteArrayList m_trace;
};

#define VERIFY_FACTORY(s) QVERIFY2((s).problem().isEmpty(), qPrintable((s).problem()))
#define VERIFY_JOB_OK(job, s)                                                                      \
    QVERIFY2((job).error().isOk(), qPrintable((job).error().sentence() + QLatin1Char('\n') + (s).problem()))

} // namespace

class TestPop3Scripted : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void loginWithSaslPlainAndStat();
    void listWithUidl();
    void fetchRetryAfterCutCountsEachMessageOnce();
    void deleteRetryAfterCutReportsEachUidOnce();
    void userPassFailureIsAuth();
    void saslFailureIsAuth();
    void stlsMissingNeverSendsCredentials();
    void stlsRefused();
};

void TestPop3Scripted::loginWithSaslPlainAndStat()
{
    Scripted s({QStringLiteral("pop3/login-sasl-stat.script")});
    Pop3StatJob job;
    QVERIFY2(s.run(job), qPrintable(s.problem()));
    VERIFY_JOB_OK(job, s);
    VERIFY_FACTORY(s);
    QCOMPARE(job.messageCount(), 2);
    QCOMPARE(job.totalSize(), qint64(3000));
    QCOMPARE(s.script()->connectedTo(), QStringLiteral("pop.example.test:110"));
    const QByteArray trace = s.trace();
    QVERIFY2(trace.contains("C: AUTH PLAIN"), trace.constData());
    QVERIFY2(!trace.contains("AGFsaWNlAHMzY3JldA=="), trace.constData());
}

void TestPop3Scripted::listWithUidl()
{
    Scripted s({QStringLiteral("pop3/list-uidl.script")});
    Pop3ListJob job;
    QVERIFY2(s.run(job), qPrintable(s.problem()));
    VERIFY_JOB_OK(job, s);
    VERIFY_FACTORY(s);
    const Pop3Listing &messages = job.messages();
    QCOMPARE(messages.size(), 2);
    QCOMPARE(messages.at(0).number, 1);
    QCOMPARE(messages.at(0).uid, QStringLiteral("000000014fd3c5b9"));
    QCOMPARE(messages.at(0).size, qint64(1200));
    QCOMPARE(messages.at(1).number, 2);
    QCOMPARE(messages.at(1).uid, QStringLiteral("000000024fd3c5b9"));
    QCOMPARE(messages.at(1).size, qint64(1800));
}

void TestPop3Scripted::fetchRetryAfterCutCountsEachMessageOnce()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    Scripted s({QStringLiteral("pop3/fetch-cut.script"), QStringLiteral("pop3/fetch-retry.script")});
    s.options.maxReconnects = 1;
    s.options.reconnectBaseDelayMs = 10;
    Pop3FetchJob job(dir.path());
    QVERIFY2(s.run(job), qPrintable(s.problem()));
    VERIFY_FACTORY(s);
    VERIFY_JOB_OK(job, s);
    QCOMPARE(s.factory().connectionCount(), 2);
    // Both were downloaded by this job (one per attempt); none was there before it.
    QCOMPARE(job.fetchedCount(), 2);
    QCOMPARE(job.skippedCount(), 0);
    QCOMPARE(job.deletedCount(), 0);

    MaildirStore store(dir.path());
    Error error;
    QVERIFY(store.open(&error));
    QCOMPARE(store.messages(MaildirStore::inboxName()).size(), 2); // no half message kept
}

void TestPop3Scripted::deleteRetryAfterCutReportsEachUidOnce()
{
    Scripted s({QStringLiteral("pop3/delete-cut.script"), QStringLiteral("pop3/delete-retry.script"),
                QStringLiteral("pop3/delete-retry-check.script")});
    s.options.maxReconnects = 1;
    s.options.reconnectBaseDelayMs = 10;
    Pop3DeleteJob job({QStringLiteral("uid-one"), QStringLiteral("uid-gone")});
    QVERIFY2(s.run(job), qPrintable(s.problem()));
    VERIFY_FACTORY(s);
    VERIFY_JOB_OK(job, s);
    QCOMPARE(job.deletedUids(), QStringList{QStringLiteral("uid-one")});
    QCOMPARE(job.missingUids(), QStringList{QStringLiteral("uid-gone")});
}

void TestPop3Scripted::userPassFailureIsAuth()
{
    Scripted s({QStringLiteral("pop3/user-pass-failed.script")});
    s.options.maxReconnects = 3; // never retried anyway
    Pop3StatJob job;
    QVERIFY2(s.run(job), qPrintable(s.problem()));
    VERIFY_FACTORY(s);
    QCOMPARE(job.error().kind(), ErrorKind::Auth);
    QVERIFY2(job.error().serverText().contains(QStringLiteral("Authentication failed")),
             qPrintable(job.error().serverText()));
    const QString sentence = job.error().sentence();
    QVERIFY2(sentence.contains(QStringLiteral("pop.example.test")) && sentence.contains(QStringLiteral("alice")),
             qPrintable(sentence));
    QCOMPARE(s.factory().connectionCount(), 1);
    // PASS went over the wire, but not into the trace.
    QVERIFY(s.script()->clientBytes().contains("PASS s3cret\r\n"));
    const QByteArray trace = s.trace();
    QVERIFY2(trace.contains("C: PASS ***"), trace.constData());
    QVERIFY2(!trace.contains("s3cret"), trace.constData());
}

void TestPop3Scripted::saslFailureIsAuth()
{
    Scripted s({QStringLiteral("pop3/sasl-failed.script")});
    Pop3StatJob job;
    QVERIFY2(s.run(job), qPrintable(s.problem()));
    VERIFY_FACTORY(s);
    QCOMPARE(job.error().kind(), ErrorKind::Auth);
    QVERIFY2(job.error().serverText().contains(QStringLiteral("Authentication failed")),
             qPrintable(job.error().serverText()));
    QCOMPARE(s.factory().connectionCount(), 1);
    // One attempt: AUTH PLAIN and no USER/PASS after its refusal (the script ends with QUIT).
    const QByteArray sent = s.script()->clientBytes();
    QCOMPARE(sent.count("AUTH "), 1);
    QVERIFY2(!sent.contains("USER") && !sent.contains("PASS"), sent.constData());
    const QByteArray trace = s.trace();
    for (const QByteArray &secret : {QByteArray("s3cret"), QByteArray("s3cret").toBase64(),
                                     QByteArray("\0alice\0s3cret", 13).toBase64()})
        QVERIFY2(!trace.contains(secret), trace.constData());
}

void TestPop3Scripted::stlsMissingNeverSendsCredentials()
{
    Scripted s({QStringLiteral("pop3/stls-missing.script")}, Security::StartTls);
    s.options.maxReconnects = 3;
    Pop3StatJob job;
    QVERIFY2(s.run(job), qPrintable(s.problem()));
    VERIFY_FACTORY(s);
    QCOMPARE(job.error().kind(), ErrorKind::TlsRequired);
    QVERIFY2(job.error().sentence().contains(QStringLiteral("does not fall back")), qPrintable(job.error().sentence()));
    QCOMPARE(s.script()->clientBytes(), QByteArray("STLS\r\n"));
    QCOMPARE(s.factory().connectionCount(), 1);
}

void TestPop3Scripted::stlsRefused()
{
    Scripted s({QStringLiteral("pop3/stls-refused.script")}, Security::StartTls);
    Pop3StatJob job;
    QVERIFY2(s.run(job), qPrintable(s.problem()));
    VERIFY_FACTORY(s);
    QCOMPARE(job.error().kind(), ErrorKind::TlsRequired);
    QVERIFY2(job.error().serverText().contains(QStringLiteral("TLS initialization failed")),
             qPrintable(job.error().serverText()));
    QCOMPARE(s.script()->clientBytes(), QByteArray("STLS\r\n"));
}

QTEST_GUILESS_MAIN(TestPop3Scripted)
#include "tst_pop3scripted.moc"
