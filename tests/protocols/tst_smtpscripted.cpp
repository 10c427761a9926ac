// SMTP submission against scripted servers (tests/data/scripts/smtp/*.script): the exact
// envelope and data bytes, a refused recipient named in the error, a full mailbox, failed
// authentication, and STARTTLS missing or refused, with nothing sent in plain text after it.

#include "protocols/Connection.h"
#include "protocols/smtp/SendRawMessageJob.h"
#include "tests/support/ScriptedSocket.h"

#include <QSignalSpy>
#include <QTest>

#include <mutex>

using namespace postier::protocols;
using namespace postier::test;

namespace {

constexpr int kWaitMs = 10000;

const QByteArray kMessage = QByteArrayLiteral("Subject: hi\r\n\r\nhello\r\n");

class Scripted
{
public:
    explicit Scripted(const QString &scriptFile, Security security = Security::None)
        : m_factory(std::make_shared<ScriptedSocketFactory>())
    {
        m_script = m_factory->addScriptFile(scriptFile);
        endpoint.protocol = Protocol::Smtp;
        endpoint.security = security;
        endpoint.host = QStringLiteral("smtp.example.test");
        endpoint.port = 587;
        endpoint.user = QStringLiteral("alice");
        endpoint.timeoutMs = 10000;
        options.socketFactory = m_factory;
        options.maxReconnects = 3; // sending is never retried, whatever this says
        options.reconnectBaseDelayMs = 10;
        options.trace = [this](bool outgoing, const QByteArray &line) {
            std::lock_guard lock(m_traceMutex);
            m_trace << (outgoing ? "C: " : "S: ") + line;
        };
    }

    /// Runs the job to completion, then closes the connection so its QUIT is part of the script.
    [[nodiscard]] bool run(Job &job)
    {
        job.setAutoDelete(false);
        auto connection = std::make_unique<Connection>(endpoint, QStringLiteral("s3cret"), options);
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
    [[nodiscard]] const std::shared_ptr<Script> &script() const { return m_script; }
    [[nodiscard]] ScriptedSocketFactory &factory() const { return *m_factory; }
    [[nodiscard]] QString problem() const { return m_factory->problem(); }

    ServerEndpoint endpoint;
    ConnectionOptions options;

private:
    std::shared_ptr<ScriptedSocketFactory> m_factory;
    std::shared_ptr<Script> m_script;
    std::mutex m_traceMutex;
    QByteArrayList m_trace;
};

#define VERIFY_FACTORY(s) QVERIFY2((s).problem().isEmpty(), qPrintable((s).problem()))

SendRawMessageJob *newJob(const QString &secondRecipient)
{
    return new SendRawMessageJob(kMessage, QStringLiteral("alice@example.test"),
                                 {QStringLiteral("bob@example.test"), secondRecipient});
}

} // namespace

class TestSmtpScripted : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sendsExactBytes();
    void rejectedRecipientIsNamed();
    void mailboxFullIsQuotaExceeded();
    void authenticationFailure();
    void authenticationFailure_data();
    void starttlsMissingSendsNothingElse();
    void starttlsRefused();
};

void TestSmtpScripted::sendsExactBytes()
{
    Scripted s(QStringLiteral("smtp/send-ok.script"));
    std::unique_ptr<SendRawMessageJob> job(newJob(QStringLiteral("carol@example.test")));
    QSignalSpy progress(job.get(), &Job::progress);
    QVERIFY2(s.run(*job), qPrintable(s.problem()));
    QVERIFY2(job->error().isOk(), qPrintable(job->error().sentence() + QLatin1Char('\n') + s.problem()));
    VERIFY_FACTORY(s);
    QCOMPARE(job->messageBytes(), kMessage); // what the server stored, for the Sent folder
    QVERIFY(!progress.isEmpty());
    QCOMPARE(progress.last().at(0).toLongLong(), progress.last().at(1).toLongLong());
    QCOMPARE(s.script()->connectedTo(), QStringLiteral("smtp.example.test:587"));
    const QByteArray trace = s.trace();
    QVERIFY2(trace.contains("C: AUTH PLAIN"), trace.constData());
    QVERIFY2(!trace.contains("AGFsaWNlAHMzY3JldA=="), trace.constData());
}

void TestSmtpScripted::rejectedRecipientIsNamed()
{
    Scripted s(QStringLiteral("smtp/rcpt-rejected.script"));
    std::unique_ptr<SendRawMessageJob> job(newJob(QStringLiteral("x@y.test")));
    QVERIFY2(s.run(*job), qPrintable(s.problem()));
    VERIFY_FACTORY(s);
    QCOMPARE(job->error().kind(), ErrorKind::RecipientRejected);
    const QString sentence = job->error().sentence();
    QVERIFY2(sentence.contains(QStringLiteral("“x@y.test”")), qPrintable(sentence));
    QVERIFY2(!sentence.contains(QStringLiteral("bob@example.test")), qPrintable(sentence));
    QVERIFY2(job->error().serverText().startsWith(QStringLiteral("550 5.1.1 <x@y.test>: Recipient address rejected")),
             qPrintable(job->error().serverText()));
    // The message itself never went out, and the job keeps its input for another try.
    QVERIFY(!s.script()->clientBytes().contains("hello"));
    QCOMPARE(job->input(), kMessage);
    QCOMPARE(s.factory().connectionCount(), 1);
}

void TestSmtpScripted::mailboxFullIsQuotaExceeded()
{
    Scripted s(QStringLiteral("smtp/mailbox-full.script"));
    std::unique_ptr<SendRawMessageJob> job(newJob(QStringLiteral("carol@example.test")));
    QVERIFY2(s.run(*job), qPrintable(s.problem()));
    VERIFY_FACTORY(s);
    QCOMPARE(job->error().kind(), ErrorKind::QuotaExceeded);
    QVERIFY2(job->error().serverText().contains(QStringLiteral("552 5.2.2")), qPrintable(job->error().serverText()));
    QVERIFY2(job->error().sentence().contains(QStringLiteral("full")), qPrintable(job->error().sentence()));
    QCOMPARE(s.factory().connectionCount(), 1); // not retried: it may have been half-delivered
}

void TestSmtpScripted::authenticationFailure_data()
{
    QTest::addColumn<QString>("script");
    QTest::addColumn<QByteArray>("mechanism");
    QTest::newRow("PLAIN") << QStringLiteral("smtp/auth-failed.script") << QByteArray("AUTH PLAIN");
    QTest::newRow("LOGIN, not CRAM-MD5 after it") << QStringLiteral("smtp/auth-failed-login.script")
                                                  << QByteArray("AUTH LOGIN");
}

void TestSmtpScripted::authenticationFailure()
{
    // One wrong password costs one attempt with one mechanism, whatever else the server offers.
    QFETCH(QString, script);
    QFETCH(QByteArray, mechanism);
    Scripted s(script);
    std::unique_ptr<SendRawMessageJob> job(newJob(QStringLiteral("carol@example.test")));
    QVERIFY2(s.run(*job), qPrintable(s.problem()));
    VERIFY_FACTORY(s);
    QCOMPARE(job->error().kind(), ErrorKind::Auth);
    const QString sentence = job->error().sentence();
    QVERIFY2(sentence.contains(QStringLiteral("smtp.example.test")) && sentence.contains(QStringLiteral("alice")),
             qPrintable(sentence));
    QVERIFY2(job->error().serverText().startsWith(QStringLiteral("535 5.7.8")), qPrintable(job->error().serverText()));
    const QByteArray sent = s.script()->clientBytes();
    QVERIFY(!sent.contains("MAIL FROM"));
    QCOMPARE(sent.count("AUTH "), 1);
    QVERIFY(sent.contains(QByteArray(mechanism + "\r\n")));
    const QByteArray trace = s.trace();
    for (const QByteArray &secret : {QByteArray("s3cret"), QByteArray("s3cret").toBase64(),
                                     QByteArray("\0alice\0s3cret", 13).toBase64()})
        QVERIFY2(!trace.contains(secret), trace.constData());
}

void TestSmtpScripted::starttlsMissingSendsNothingElse()
{
    Scripted s(QStringLiteral("smtp/starttls-missing.script"), Security::StartTls);
    std::unique_ptr<SendRawMessageJob> job(newJob(QStringLiteral("carol@example.test")));
    QVERIFY2(s.run(*job), qPrintable(s.problem()));
    VERIFY_FACTORY(s);
    QCOMPARE(job->error().kind(), ErrorKind::TlsRequired);
    QVERIFY2(job->error().sentence().contains(QStringLiteral("does not fall back")), qPrintable(job->error().sentence()));
    const QByteArray sent = s.script()->clientBytes();
    QVERIFY2(sent.startsWith("EHLO ") && sent.endsWith("\r\nSTARTTLS\r\n"), sent.constData());
    QCOMPARE(sent.count("\r\n"), 2); // EHLO and STARTTLS, nothing else
}

void TestSmtpScripted::starttlsRefused()
{
    Scripted s(QStringLiteral("smtp/starttls-refused.script"), Security::StartTls);
    std::unique_ptr<SendRawMessageJob> job(newJob(QStringLiteral("carol@example.test")));
    QVERIFY2(s.run(*job), qPrintable(s.problem()));
    VERIFY_FACTORY(s);
    QCOMPARE(job->error().kind(), ErrorKind::TlsRequired);
    QVERIFY2(job->error().serverText().contains(QStringLiteral("TLS not available")),
             qPrintable(job->error().serverText()));
    QCOMPARE(s.script()->clientBytes().count("\r\n"), 2);
}

QTEST_GUILESS_MAIN(TestSmtpScripted)
#include "tst_smtpscripted.moc"
