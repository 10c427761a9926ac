// The fixture itself, against both running instances (LAYOUT=fs and maildir++): users, TLS with
// the explicit CA, LMTP delivery, submission → relay → LMTP, seeding into the right Maildir
// layout, quota. If this fails, every other integration test is suspect.

#include "tests/support/TestServer.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QSet>
#include <QSslConfiguration>
#include <QSslSocket>
#include <QTemporaryDir>
#include <QTest>

#include <pwd.h>
#include <unistd.h>

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

/// The system flags of each message of a folder as dovecot reports them (\\Recent left out),
/// keyed by the Maildir file name without its ":2," info: for Maildir, dovecot's GUID.
QHash<QString, QStringList> flagsByFile(const TestServer &server, const QString &user, const QString &folder)
{
    bool ok = false;
    const QByteArray out = server.doveadm({QStringLiteral("-f"), QStringLiteral("tab"), QStringLiteral("fetch"),
                                           QStringLiteral("-u"), user, QStringLiteral("guid flags"),
                                           QStringLiteral("mailbox"), folder},
                                          &ok);
    QHash<QString, QStringList> result;
    if (!ok)
        return result;
    QByteArrayList lines = out.split('\n');
    lines.removeFirst(); // the column names
    for (const QByteArray &line : std::as_const(lines)) {
        if (line.isEmpty())
            continue;
        const QByteArrayList columns = line.split('\t');
        QStringList flags = QString::fromUtf8(columns.value(1)).split(QLatin1Char(' '), Qt::SkipEmptyParts);
        flags.removeAll(QStringLiteral("\\Recent"));
        flags.sort();
        result.insert(QString::fromUtf8(columns.value(0)), flags);
    }
    return result;
}

/// The same from the file names in the folder's Maildir (the letters after ":2,").
QHash<QString, QStringList> flagsInFileNames(const TestServer &server, const QString &user, const QString &folder)
{
    bool ok = false;
    const QString path = QString::fromUtf8(server.doveadm({QStringLiteral("mailbox"), QStringLiteral("path"),
                                                           QStringLiteral("-u"), user, folder},
                                                          &ok))
                             .trimmed();
    QHash<QString, QStringList> result;
    if (!ok || path.isEmpty())
        return result;
    static const QHash<QChar, QString> names = {{QLatin1Char('S'), QStringLiteral("\\Seen")},
                                                {QLatin1Char('R'), QStringLiteral("\\Answered")},
                                                {QLatin1Char('F'), QStringLiteral("\\Flagged")},
                                                {QLatin1Char('D'), QStringLiteral("\\Draft")},
                                                {QLatin1Char('T'), QStringLiteral("\\Deleted")}};
    const QStringList files = QDir(path + QStringLiteral("/cur")).entryList(QDir::Files);
    for (const QString &file : files) {
        QStringList flags;
        for (const QChar c : file.section(QStringLiteral(":2,"), 1))
            flags << names.value(c, QStringLiteral("?") + c);
        flags.sort();
        result.insert(file.section(QStringLiteral(":2,"), 0, 0), flags);
    }
    return result;
}

/// State and parent of a process from /proc/PID/stat; state 0 when it is gone.
std::pair<char, int> procStat(int pid)
{
    QFile f(QStringLiteral("/proc/%1/stat").arg(pid));
    if (!f.open(QIODevice::ReadOnly))
        return {0, 0};
    const QByteArray data = f.readAll();
    // The command name is in parentheses and may contain spaces.
    const QByteArrayList rest = data.mid(data.lastIndexOf(')') + 2).split(' ');
    return {rest.value(0).isEmpty() ? '?' : rest.value(0).at(0), rest.value(1).toInt()};
}

/// Running: it exists and is not a zombie (in containers PID 1 may reap orphans late).
bool running(int pid)
{
    const char state = procStat(pid).first;
    return state != 0 && state != 'Z' && state != 'X';
}

/// Every process below `root`.
QList<int> descendants(int root)
{
    QHash<int, QList<int>> children;
    for (const QString &name : QDir(QStringLiteral("/proc")).entryList(QDir::Dirs)) {
        bool isPid = false;
        const int pid = name.toInt(&isPid);
        if (isPid)
            children[procStat(pid).second] << pid;
    }
    QList<int> result;
    QList<int> todo{root};
    while (!todo.isEmpty()) {
        for (const int child : children.value(todo.takeLast())) {
            result << child;
            todo << child;
        }
    }
    return result;
}

/// The real and effective uid of a process ("Uid:" of /proc/PID/status), -1 when unknown.
QPair<int, int> uidsOf(int pid)
{
    QFile f(QStringLiteral("/proc/%1/status").arg(pid));
    if (!f.open(QIODevice::ReadOnly))
        return {-1, -1};
    for (const QByteArray &line : f.readAll().split('\n')) {
        if (line.startsWith("Uid:")) {
            const QByteArrayList ids = line.mid(4).simplified().split(' ');
            return {ids.value(0).toInt(), ids.value(1).toInt()};
        }
    }
    return {-1, -1};
}

QString cmdlineOf(int pid)
{
    QFile f(QStringLiteral("/proc/%1/cmdline").arg(pid));
    return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll().replace('\0', ' ')) : QString();
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
    void startsAsUnprivilegedUser();
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

    // The certificate testserver.py makes: self-signed for localhost (the name the clients see in
    // certificate errors).
    QCOMPARE(server.certificateCommonName(), QStringLiteral("localhost"));

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

    // Flags: none by default; "seen" marks every message read; "random" gives the mix of a real
    // mailbox. Dovecot reports exactly the flags written into the Maildir file names.
    const QHash<QString, QStringList> plain = flagsByFile(server, user, QStringLiteral("INBOX"));
    QCOMPARE(plain.size(), 25);
    for (auto it = plain.cbegin(); it != plain.cend(); ++it)
        QVERIFY2(it.value().isEmpty(), qPrintable(it.key() + QLatin1Char(' ') + it.value().join(QLatin1Char(' '))));

    QVERIFY(server.seed(user, QStringLiteral("Read"), 20, 6, QStringLiteral("small"), QStringLiteral("seen")));
    const QHash<QString, QStringList> read = flagsByFile(server, user, QStringLiteral("Read"));
    QCOMPARE(read.size(), 20);
    for (auto it = read.cbegin(); it != read.cend(); ++it)
        QCOMPARE(it.value(), QStringList{QStringLiteral("\\Seen")});
    QCOMPARE(read, flagsInFileNames(server, user, QStringLiteral("Read")));

    QVERIFY(server.seed(user, QStringLiteral("Mixed"), 300, 7, QStringLiteral("small"), QStringLiteral("random")));
    const QHash<QString, QStringList> mixed = flagsByFile(server, user, QStringLiteral("Mixed"));
    QCOMPARE(mixed.size(), 300);
    QCOMPARE(mixed, flagsInFileNames(server, user, QStringLiteral("Mixed")));
    QHash<QString, int> counts;
    for (const QStringList &flags : mixed) {
        for (const QString &flag : flags)
            ++counts[flag];
        if (!flags.contains(QStringLiteral("\\Seen")))
            ++counts[QStringLiteral("unseen")];
    }
    for (const QString &flag : {QStringLiteral("\\Seen"), QStringLiteral("\\Answered"),
                                QStringLiteral("\\Flagged"), QStringLiteral("unseen")})
        QVERIFY2(counts.value(flag) > 0, qPrintable(flag));
    QVERIFY(counts.value(QStringLiteral("\\Seen")) > counts.value(QStringLiteral("unseen")));
    QCOMPARE(counts.value(QStringLiteral("\\Seen")) + counts.value(QStringLiteral("unseen")), 300);
    // An answered message has been read.
    for (const QStringList &flags : mixed)
        QVERIFY(!flags.contains(QStringLiteral("\\Answered")) || flags.contains(QStringLiteral("\\Seen")));
    // Dovecot's own search agrees.
    bool ok2 = false;
    const QByteArrayList unseen = server.doveadm({QStringLiteral("search"), QStringLiteral("-u"), user,
                                                  QStringLiteral("mailbox"), QStringLiteral("Mixed"),
                                                  QStringLiteral("unseen")},
                                                 &ok2)
                                      .split('\n');
    QVERIFY(ok2);
    QCOMPARE(int(unseen.size() - unseen.count(QByteArray())), counts.value(QStringLiteral("unseen")));
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

// testserver.py has a path for a normal user: dovecot runs everything as that user and does not
// chroot its login processes. ctest as a normal user takes it for the fixture's own instances
// (server_start), so every other test covers it there. As root (CI), this test starts an instance
// as "nobody" in a directory owned by nobody: a user, delivery, an IMAP login over TLS, and stop
// leaves no process behind.
void TestTestServer::startsAsUnprivilegedUser()
{
#ifndef Q_OS_LINUX
    QSKIP("runuser and /proc are Linux only");
#else
    if (::geteuid() != 0)
        QSKIP("Not root: the fixture's own instances (server_start) already take the normal-user path.");
    const struct passwd *nobody = ::getpwnam("nobody");
    QVERIFY2(nobody, "There is no user nobody to run the server as.");
    const int nobodyUid = int(nobody->pw_uid);
    QTemporaryDir tmp;
    QVERIFY(tmp.isValid());
    QCOMPARE(::chown(QFile::encodeName(tmp.path()).constData(), nobody->pw_uid, nobody->pw_gid), 0);
    const QString dir = tmp.filePath(QStringLiteral("ts"));

    const auto script = [&](const QStringList &args, const QByteArray &input = {}) -> QString {
        QProcess p;
        p.start(QStringLiteral("runuser"), QStringList{QStringLiteral("-u"), QStringLiteral("nobody"), QStringLiteral("--"),
                                                      TestServer::python(), TestServer::scriptPath()}
                                               + args);
        if (!p.waitForStarted(10000))
            return QStringLiteral("runuser did not start: ") + p.errorString();
        p.write(input);
        p.closeWriteChannel();
        if (!p.waitForFinished(60000) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0)
            return QStringLiteral("testserver.py %1 as nobody failed (%2): %3")
                .arg(args.value(0))
                .arg(p.exitCode())
                .arg(QString::fromUtf8(p.readAllStandardError() + p.readAllStandardOutput()));
        return QString();
    };
    QString error = script({QStringLiteral("start"), QStringLiteral("--dir"), dir, QStringLiteral("--layout"),
                            QStringLiteral("fs")});
    QVERIFY2(error.isEmpty(), qPrintable(error));
    auto stopAnyway = qScopeGuard([&] { script({QStringLiteral("stop"), QStringLiteral("--dir"), dir}); });
    const TestServer server = TestServer::fromDirectory(dir);
    QVERIFY2(server.isValid(), qPrintable(server.reason()));
    QVERIFY(QFileInfo(dir + QStringLiteral("/env")).ownerId() == nobody->pw_uid);

    QHash<QString, int> pids;
    {
        QFile f(dir + QStringLiteral("/pids"));
        QVERIFY(f.open(QIODevice::ReadOnly));
        for (const QByteArray &line : f.readAll().split('\n')) {
            const QByteArrayList parts = line.split(' ');
            if (parts.size() == 2)
                pids.insert(QString::fromUtf8(parts[0]), parts[1].toInt());
        }
    }
    const int master = pids.value(QStringLiteral("dovecot"));
    const int relay = pids.value(QStringLiteral("relay"));
    QVERIFY(master > 0 && relay > 0);

    const QString user = QStringLiteral("plain");
    error = script({QStringLiteral("adduser"), QStringLiteral("--dir"), dir, user});
    QVERIFY2(error.isEmpty(), qPrintable(error));
    error = script({QStringLiteral("deliver"), QStringLiteral("--dir"), dir, QStringLiteral("--user"), user,
                    QStringLiteral("-")},
                   sampleMessage(user, "unprivileged"));
    QVERIFY2(error.isEmpty(), qPrintable(error));

    // Connected, not yet logged in: a login process serves us. It runs as nobody, unchrooted.
    Conversation imaps(server, server.port("IMAPS_PORT"), true);
    QVERIFY2(imaps.ok(), qPrintable(imaps.error()));
    QVERIFY(imaps.reply().startsWith("* OK"));
    QList<int> processes = descendants(master);
    int logins = 0;
    for (const int pid : std::as_const(processes)) {
        if (!cmdlineOf(pid).contains(QLatin1String("/imap-login")))
            continue;
        ++logins;
        QCOMPARE(QFileInfo(QStringLiteral("/proc/%1/root").arg(pid)).symLinkTarget(), QStringLiteral("/"));
    }
    QVERIFY2(logins > 0, "no imap-login process below the master");
    QVERIFY(imaps.command("a1 LOGIN " + user.toUtf8() + ' ' + TestServer::passwordFor(user).toUtf8())
                .contains("a1 OK"));
    QByteArray selected = imaps.command("a2 SELECT INBOX");
    for (int i = 0; i < 20 && !selected.contains("a2 OK"); ++i)
        selected += imaps.reply();
    QVERIFY2(selected.contains("* 1 EXISTS"), selected.constData());

    // Every process of the instance runs as nobody (real and effective uid).
    processes = descendants(master) << master << relay;
    for (const int pid : std::as_const(processes)) {
        if (running(pid))
            QVERIFY2(uidsOf(pid) == qMakePair(nobodyUid, nobodyUid), qPrintable(cmdlineOf(pid)));
    }

    error = script({QStringLiteral("stop"), QStringLiteral("--dir"), dir});
    stopAnyway.dismiss();
    QVERIFY2(error.isEmpty(), qPrintable(error));
    for (const int pid : std::as_const(processes))
        QVERIFY2(!running(pid), qPrintable(QStringLiteral("%1 still runs: %2").arg(pid).arg(cmdlineOf(pid))));
    QVERIFY(!QFile::exists(dir + QStringLiteral("/pids")));
#endif
}

QTEST_GUILESS_MAIN(TestTestServer)
#include "tst_testserver.moc"
