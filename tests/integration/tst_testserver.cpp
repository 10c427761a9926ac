// The fixture itself, against both running instances (LAYOUT=fs and maildir++): users, TLS with
// the explicit CA, LMTP delivery, submission → relay → LMTP, seeding into the right Maildir
// layout, quota. If this fails, every other integration test is suspect.

#include "tests/support/TestServer.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSet>
#include <QSslConfiguration>
#include <QSslSocket>
#include <QTest>

using postier::protocols::Protocol;
using postier::protocols::Security;
using postier::test::TestServer;

namespace {

/// A line-based conversation over plain TCP or implicit TLS, for greetings and a short SMTP
/// dialogue. Synchronous is fine here: the server is local and each step has a deadline.
class Conversation {
public:
    Conversation(const TestServer &server, quint16 port, bool tls)
    {
        QSslConfiguration config = QSslConfiguration::defaultConfiguration();
        config.setCaCertificates(QSslCertificate::fromPath(server.caFile()));
        config.setPeerVerifyMode(QSslSocket::VerifyPeer);
        m_socket.setSslConfiguration(config);
        if (tls) {
            m_socket.connectToHostEncrypted(server.host(), port, QStringLiteral("localhost"));
            m_ok = m_socket.waitForEncrypted(5000);
        } else {
            m_socket.connectToHost(server.host(), port);
            m_ok = m_socket.waitForConnected(5000);
        }
        if (!m_ok)
            m_error = m_socket.errorString();
    }

    [[nodiscard]] bool ok() const { return m_ok; }
    [[nodiscard]] QString error() const { return m_error; }

    /// Reads up to the last line of a reply: for SMTP "250 ..." after "250-..." lines, for the
    /// others the first line.
    QByteArray reply()
    {
        QByteArray all;
        QElapsedTimer timer;
        timer.start();
        while (timer.elapsed() < 5000) {
            while (m_socket.canReadLine()) {
                const QByteArray line = m_socket.readLine();
                all += line;
                if (line.size() < 4 || line.at(3) != '-')
                    return all;
            }
            m_socket.waitForReadyRead(100);
        }
        return all;
    }

    QByteArray command(const QByteArray &line)
    {
        m_socket.write(line + "\r\n");
        m_socket.flush();
        return reply();
    }

private:
    QSslSocket m_socket;
    bool m_ok = false;
    QString m_error;
};

QByteArray sampleMessage(const QString &to, const QByteArray &subject)
{
    return "From: Fixture <fixture@example.com>\r\nTo: " + to.toUtf8() + "@postier.test\r\n"
           "Subject: " + subject + "\r\nMessage-ID: <" + subject + "@example.com>\r\n"
           "Date: Mon, 03 Mar 2025 10:00:00 +0100\r\n\r\nHello from the fixture test.\r\n";
}

int messageCount(const TestServer &server, const QString &user, const QString &folder)
{
    bool ok = false;
    const QByteArray out = server.doveadm({QStringLiteral("mailbox"), QStringLiteral("status"),
                                           QStringLiteral("-u"), user, QStringLiteral("messages"),
                                           folder},
                                          &ok);
    const auto m = QRegularExpression(QStringLiteral("messages=(\\d+)")).match(QString::fromUtf8(out));
    return ok && m.hasMatch() ? m.captured(1).toInt() : -1;
}

} // namespace

class TestTestServer : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void environment_data();
    void environment();
    void uniqueUsers_data() { environment_data(); }
    void uniqueUsers();
    void tlsWithExplicitCa_data() { environment_data(); }
    void tlsWithExplicitCa();
    void endpoints_data() { environment_data(); }
    void endpoints();
    void lmtpDelivery_data() { environment_data(); }
    void lmtpDelivery();
    void submissionReachesImap_data() { environment_data(); }
    void submissionReachesImap();
    void seedRespectsLayout_data() { environment_data(); }
    void seedRespectsLayout();
    void quotaExceeded_data() { environment_data(); }
    void quotaExceeded();
    void doveadmFailureIsReported();
    void missingEnvironment();
};

void TestTestServer::environment_data()
{
    QTest::addColumn<QString>("instance");
    QTest::addColumn<QString>("layout");
    QTest::newRow("fs") << QStringLiteral("fs") << QStringLiteral("fs");
    QTest::newRow("maildir++") << QStringLiteral("maildirpp") << QStringLiteral("maildir++");
}

#define SERVER()                                                                                   \
    QFETCH(QString, instance);                                                                     \
    const TestServer server = TestServer::fromEnvironment(instance);                               \
    QVERIFY2(server.isValid(), qPrintable(server.reason()))

void TestTestServer::environment()
{
    SERVER();
    QFETCH(QString, layout);
    QCOMPARE(server.layout(), layout);
    QCOMPARE(server.host(), QStringLiteral("127.0.0.1"));
    QVERIFY(QFileInfo(server.caFile()).isReadable());
    QVERIFY(QFileInfo(server.mailRoot()).isDir());
    QSet<quint16> ports;
    for (const char *key : {"IMAP_PORT", "IMAPS_PORT", "POP3_PORT", "POP3S_PORT", "SIEVE_PORT",
                            "SUBMISSION_PORT", "SUBMISSIONS_PORT", "LMTP_PORT", "RELAY_PORT"}) {
        QVERIFY2(server.port(key) != 0, key);
        ports.insert(server.port(key));
    }
    QCOMPARE(ports.size(), 9);
    QCOMPARE(server.port("NO_SUCH_PORT"), quint16(0));

    // The two instances run side by side on different ports.
    const TestServer other = TestServer::fromEnvironment(
        instance == QLatin1String("fs") ? QStringLiteral("maildirpp") : QStringLiteral("fs"));
    QVERIFY2(other.isValid(), qPrintable(other.reason()));
    QVERIFY(other.port("IMAPS_PORT") != server.port("IMAPS_PORT"));
}

void TestTestServer::uniqueUsers()
{
    SERVER();
    const QString a = server.addUser(QStringLiteral("Uniq"));
    const QString b = server.addUser(QStringLiteral("Uniq"));
    QVERIFY(a.startsWith(QLatin1String("uniq-")));
    QVERIFY(!b.isEmpty());
    QVERIFY(a != b);
    QCOMPARE(a, a.toLower());
    QCOMPARE(TestServer::passwordFor(a), a + QStringLiteral("pw"));
}

void TestTestServer::tlsWithExplicitCa()
{
    SERVER();
    const QString user = server.addUser(QStringLiteral("tls"));
    QVERIFY(!user.isEmpty());

    // Implicit TLS, verified against CA_FILE; a login right after adduser works (dovecot
    // re-reads the passwd-file).
    Conversation imaps(server, server.port("IMAPS_PORT"), true);
    QVERIFY2(imaps.ok(), qPrintable(imaps.error()));
    QVERIFY(imaps.reply().startsWith("* OK"));
    QVERIFY(imaps.command("a1 LOGIN " + user.toUtf8() + ' ' + TestServer::passwordFor(user).toUtf8())
                .contains("a1 OK"));
    Conversation wrong(server, server.port("IMAPS_PORT"), true);
    QVERIFY(wrong.reply().startsWith("* OK"));
    QVERIFY(wrong.command("a1 LOGIN " + user.toUtf8() + " wrong").contains("a1 NO"));

    Conversation pop3s(server, server.port("POP3S_PORT"), true);
    QVERIFY2(pop3s.ok(), qPrintable(pop3s.error()));
    QVERIFY(pop3s.reply().startsWith("+OK"));

    Conversation submissions(server, server.port("SUBMISSIONS_PORT"), true);
    QVERIFY2(submissions.ok(), qPrintable(submissions.error()));
    QVERIFY(submissions.reply().startsWith("220"));

    // The STARTTLS ports greet in plain text and offer STARTTLS.
    Conversation imap(server, server.port("IMAP_PORT"), false);
    QVERIFY(imap.ok());
    QVERIFY(imap.reply().contains("STARTTLS"));
    Conversation pop3(server, server.port("POP3_PORT"), false);
    QVERIFY(pop3.ok());
    QVERIFY(pop3.reply().startsWith("+OK"));
    QVERIFY(pop3.command("CAPA").startsWith("+OK"));
    Conversation submission(server, server.port("SUBMISSION_PORT"), false);
    QVERIFY(submission.ok());
    QVERIFY(submission.reply().startsWith("220"));
    QVERIFY(submission.command("EHLO client.example").contains("STARTTLS"));
    Conversation sieve(server, server.port("SIEVE_PORT"), false);
    QVERIFY(sieve.ok());
    QByteArray greeting;
    for (int i = 0; i < 20 && !greeting.contains("OK"); ++i)
        greeting += sieve.reply();
    QVERIFY(greeting.contains("\"STARTTLS\""));
    QVERIFY(greeting.contains("vacation"));
}

void TestTestServer::endpoints()
{
    SERVER();
    const QString user = QStringLiteral("someone");
    const struct {
        Protocol protocol;
        Security security;
        const char *key;
    } cases[] = {
        {Protocol::Imap, Security::Tls, "IMAPS_PORT"},
        {Protocol::Imap, Security::StartTls, "IMAP_PORT"},
        {Protocol::Pop3, Security::Tls, "POP3S_PORT"},
        {Protocol::Pop3, Security::StartTls, "POP3_PORT"},
        {Protocol::Smtp, Security::Tls, "SUBMISSIONS_PORT"},
        {Protocol::Smtp, Security::StartTls, "SUBMISSION_PORT"},
        {Protocol::ManageSieve, Security::StartTls, "SIEVE_PORT"},
    };
    for (const auto &c : cases) {
        const auto e = server.endpoint(c.protocol, c.security, user);
        QCOMPARE(e.protocol, c.protocol);
        QCOMPARE(e.security, c.security);
        QCOMPARE(e.port, server.port(c.key));
        QCOMPARE(e.host, server.host());
        QCOMPARE(e.user, user);
        QCOMPARE(e.trust.extraCaFile, server.caFile());
    }
}

void TestTestServer::lmtpDelivery()
{
    SERVER();
    const QString user = server.addUser(QStringLiteral("lmtp"));
    QVERIFY(!user.isEmpty());
    QVERIFY(server.deliver(user, sampleMessage(user, "first")));
    QVERIFY(server.deliver(user, sampleMessage(user, "second")));
    QCOMPARE(messageCount(server, user, QStringLiteral("INBOX")), 2);

    const QString folder = QStringLiteral("Projects/2025");
    QVERIFY(server.deliver(user, sampleMessage(user, "filed"), folder));
    QCOMPARE(messageCount(server, user, folder), 1);
    QCOMPARE(messageCount(server, user, QStringLiteral("INBOX")), 2);

    bool ok = false;
    const QByteArray subjects = server.doveadm({QStringLiteral("fetch"), QStringLiteral("-u"), user,
                                                QStringLiteral("hdr.subject"),
                                                QStringLiteral("mailbox"), QStringLiteral("INBOX")},
                                               &ok);
    QVERIFY(ok);
    QVERIFY(subjects.contains("first"));
    QVERIFY(subjects.contains("second"));
}

void TestTestServer::submissionReachesImap()
{
    SERVER();
    const QString sender = server.addUser(QStringLiteral("sender"));
    const QString rcpt = server.addUser(QStringLiteral("rcpt"));
    QVERIFY(!sender.isEmpty() && !rcpt.isEmpty());

    // Submission with implicit TLS: AUTH, then dovecot relays to the aiosmtpd relay, which
    // delivers through LMTP. External-looking recipients are delivered locally too.
    Conversation smtp(server, server.port("SUBMISSIONS_PORT"), true);
    QVERIFY2(smtp.ok(), qPrintable(smtp.error()));
    QVERIFY(smtp.reply().startsWith("220"));
    QVERIFY(smtp.command("EHLO client.example").contains("AUTH"));
    const QByteArray plain =
        QByteArray(1, '\0') + sender.toUtf8() + '\0' + TestServer::passwordFor(sender).toUtf8();
    const QByteArray auth = plain.toBase64();
    QVERIFY(smtp.command("AUTH PLAIN " + auth).startsWith("235"));
    QVERIFY(smtp.command("MAIL FROM:<" + sender.toUtf8() + "@postier.test>").startsWith("250"));
    QVERIFY(smtp.command("RCPT TO:<" + rcpt.toUtf8() + "@postier.test>").startsWith("250"));
    QVERIFY(smtp.command("RCPT TO:<elsewhere@example.org>").startsWith("250"));
    QVERIFY(smtp.command("DATA").startsWith("354"));
    QElapsedTimer timer;
    timer.start();
    QVERIFY(smtp.command("From: <" + sender.toUtf8() + "@postier.test>\r\nTo: <" + rcpt.toUtf8()
                         + "@postier.test>\r\nSubject: via submission\r\n\r\nhello\r\n.")
                .startsWith("250"));
    QTRY_COMPARE_WITH_TIMEOUT(messageCount(server, rcpt, QStringLiteral("INBOX")), 1, 5000);
    qInfo("submission -> IMAP took %lld ms", static_cast<long long>(timer.elapsed()));
    QCOMPARE(messageCount(server, QStringLiteral("elsewhere"), QStringLiteral("INBOX")) >= 1, true);
    smtp.command("QUIT");
}

void TestTestServer::seedRespectsLayout()
{
    SERVER();
    QFETCH(QString, layout);
    const QString user = server.addUser(QStringLiteral("seed"));
    QVERIFY(!user.isEmpty());

    QVERIFY(server.seed(user, QStringLiteral("INBOX"), 25, 3));
    QVERIFY(server.seed(user, QStringLiteral("Archive/2020"), 200, 4));
    QVERIFY(server.seed(user, QStringLiteral("Archive/2020"), 10, 5, QStringLiteral("mixed")));
    QCOMPARE(messageCount(server, user, QStringLiteral("INBOX")), 25);
    QCOMPARE(messageCount(server, user, QStringLiteral("Archive/2020")), 210);

    // fs: a directory per level; maildir++: dot-separated folders; INBOX is the root for both.
    const QDir root(server.mailRoot() + QLatin1Char('/') + user);
    const QString archive = layout == QLatin1String("fs") ? QStringLiteral("Archive/2020/cur")
                                                          : QStringLiteral(".Archive.2020/cur");
    QVERIFY2(root.exists(archive), qPrintable(root.filePath(archive)));
    QCOMPARE(QDir(root.filePath(archive)).entryList(QDir::Files).size(), 210);
    QCOMPARE(QDir(root.filePath(QStringLiteral("cur"))).entryList(QDir::Files).size(), 25);

    // UIDs follow INTERNALDATE, and the seeded messages carry threads and encoded words.
    bool ok = false;
    const QByteArray dates = server.doveadm({QStringLiteral("fetch"), QStringLiteral("-u"), user,
                                             QStringLiteral("date.received"),
                                             QStringLiteral("mailbox"), QStringLiteral("Archive/2020"),
                                             QStringLiteral("uid"), QStringLiteral("1:200")},
                                            &ok);
    QVERIFY(ok);
    QStringList received;
    for (const QByteArray &line : dates.split('\n')) {
        if (line.startsWith("date.received: "))
            received << QString::fromUtf8(line.mid(15));
    }
    QCOMPARE(received.size(), 200);
    QStringList sorted = received;
    sorted.sort();
    QCOMPARE(received, sorted);
    const QByteArray headers = server.doveadm({QStringLiteral("fetch"), QStringLiteral("-u"), user,
                                               QStringLiteral("hdr"), QStringLiteral("mailbox"),
                                               QStringLiteral("Archive/2020")});
    QVERIFY(headers.contains("In-Reply-To: <"));
    QVERIFY(headers.contains("=?UTF-8?"));
}

void TestTestServer::quotaExceeded()
{
    SERVER();
    const QString user = server.addUser(QStringLiteral("quota"), QStringLiteral("1M"));
    QVERIFY(!user.isEmpty());
    bool ok = false;
    const QByteArray quota = server.doveadm({QStringLiteral("quota"), QStringLiteral("get"),
                                             QStringLiteral("-u"), user},
                                            &ok);
    QVERIFY(ok);
    QVERIFY2(quota.contains("1024"), quota.constData());

    QVERIFY(server.deliver(user, sampleMessage(user, "small")));
    QByteArray big = sampleMessage(user, "big");
    big.append(QByteArray(76, 'x').append("\r\n").repeated(16000)); // ~1.2 MB
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("Quota exceeded")));
    QVERIFY(!server.deliver(user, big));
    QCOMPARE(messageCount(server, user, QStringLiteral("INBOX")), 1);

    // Users without a quota have none.
    const QString free = server.addUser(QStringLiteral("noquota"));
    QVERIFY(server.deliver(free, big));
}

void TestTestServer::doveadmFailureIsReported()
{
    const TestServer server = TestServer::fromEnvironment();
    QVERIFY2(server.isValid(), qPrintable(server.reason()));
    bool ok = true;
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("failed with exit code")));
    server.doveadm({QStringLiteral("no-such-command")}, &ok);
    QVERIFY(!ok);
}

void TestTestServer::missingEnvironment()
{
    const TestServer missing = TestServer::fromEnvironment(QStringLiteral("no-such-layout"));
    QVERIFY(!missing.isValid());
    QVERIFY(!missing.reason().isEmpty());
}

QTEST_GUILESS_MAIN(TestTestServer)
#include "tst_testserver.moc"
