// postier-cli end to end: the built program ($POSTIER_CLI) run as a user would run it, against
// the real dovecot of the CTest fixture. Each run gets a temporary HOME, XDG_CONFIG_HOME and
// XDG_CACHE_HOME, so nothing touches real settings, caches or keychains; the password comes from
// $POSTIER_PASSWORD or --password-file. Results are checked against what the server really holds
// (doveadm), and every command's --json output is parsed.

#include "protocols/Connection.h"
#include "protocols/imap/AppendMessageJob.h"
#include "protocols/imap/CreateFolderJob.h"
#include "protocols/imap/ImapParser.h"
#include "tests/support/TestServer.h"
#include "tests/support/VerifyOk.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QSslCertificate>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace postier::protocols;
using postier::test::TestServer;

namespace {


constexpr int kRunTimeoutMs = 120000; // a bound for one run, not a timing assert

struct Run {
    int exitCode = -1;
    bool finished = false;
    QByteArray out;
    QByteArray err;

    [[nodiscard]] QString describe() const
    {
        return QStringLiteral("exit %1\n--- stdout\n%2\n--- stderr\n%3")
            .arg(exitCode)
            .arg(QString::fromUtf8(out), QString::fromUtf8(err));
    }
    [[nodiscard]] QJsonObject object() const { return QJsonDocument::fromJson(out).object(); }
    [[nodiscard]] bool isJson() const
    {
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(out, &error);
        return error.error == QJsonParseError::NoError && !doc.isNull();
    }
    [[nodiscard]] QStringList lines() const
    {
        return QString::fromUtf8(out).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    }
};

#define VERIFY_RUN(run, code)                                                                      \
    do {                                                                                           \
        QVERIFY2((run).finished, qPrintable((run).describe()));                                    \
        QVERIFY2((run).exitCode == (code), qPrintable((run).describe()));                          \
    } while (false)

QByteArray crlf(const QByteArray &text)
{
    QByteArray out = text;
    out.replace("\r\n", "\n");
    out.replace("\n", "\r\n");
    return out;
}

/// Subjects in the INBOX (or another folder) by doveadm, the server's own view.
QByteArrayList doveadmField(const TestServer &server, const QString &user, const QString &folder,
                            const QString &field, const QString &searchKey = {},
                            const QString &searchValue = {})
{
    QStringList args = {QStringLiteral("-f"), QStringLiteral("tab"), QStringLiteral("fetch"),
                        QStringLiteral("-u"), user, field, QStringLiteral("mailbox"), folder};
    if (!searchKey.isEmpty())
        args << QStringLiteral("header") << searchKey << searchValue;
    bool ok = false;
    QByteArrayList lines = server.doveadm(args, &ok).split('\n');
    if (!ok || lines.isEmpty())
        return {};
    lines.removeFirst(); // the column names
    lines.removeAll(QByteArray());
    return lines;
}

int doveadmCount(const TestServer &server, const QString &user, const QString &folder)
{
    bool ok = false;
    const QByteArrayList lines = server.doveadm({QStringLiteral("-f"), QStringLiteral("tab"),
                                                 QStringLiteral("mailbox"), QStringLiteral("status"),
                                                 QStringLiteral("-u"), user, QStringLiteral("messages"),
                                                 folder},
                                                &ok)
                                     .split('\n');
    if (!ok || lines.size() < 2)
        return -1;
    // Columns: mailbox, messages.
    const int column = int(lines[0].split('\t').indexOf("messages"));
    return column < 0 ? -1 : lines[1].split('\t').value(column).trimmed().toInt();
}

} // namespace

class TestCli : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void versionAndHelp();
    void folders_data();
    void folders();
    void syncAndSearch();
    void fetchIsByteExact();
    void sendArrives();
    void pop3FetchLeavesOnServer();
    void accounts();
    void keychainUnavailable();
    void demo();
    void exitCodes();

private:
    Run run(const QStringList &args, const QString &password = {},
            const QHash<QString, QString> &extraEnv = {}) const;
    QString addUser(const QString &prefix, const TestServer &server) const;
    QString imapsUrl(const QString &user, const TestServer &server) const;
    bool deliver(const QString &user, const QByteArray &message, const QString &folder = QStringLiteral("INBOX")) const
    {
        return m_fs.deliver(user, crlf(message), folder);
    }

    QString m_cli;
    TestServer m_fs;
    TestServer m_maildirpp;
    std::unique_ptr<QTemporaryDir> m_home; // HOME, XDG_* of one test function
};

void TestCli::initTestCase()
{
    m_cli = qEnvironmentVariable("POSTIER_CLI");
    QVERIFY2(!m_cli.isEmpty() && QFile::exists(m_cli),
             "POSTIER_CLI must name the built postier-cli: run the test through ctest.");
    m_fs = TestServer::fromEnvironment(QStringLiteral("fs"));
    QVERIFY2(m_fs.isValid(), qPrintable(m_fs.reason()));
    m_maildirpp = TestServer::fromEnvironment(QStringLiteral("maildirpp"));
    QVERIFY2(m_maildirpp.isValid(), qPrintable(m_maildirpp.reason()));
}

void TestCli::init()
{
    m_home = std::make_unique<QTemporaryDir>();
    QVERIFY(m_home->isValid());
    // The demo server's dovecot runs as nobody when we are root, and must reach its files.
    QVERIFY(QFile::setPermissions(m_home->path(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner
                                                      | QFile::ReadGroup | QFile::ExeGroup
                                                      | QFile::ReadOther | QFile::ExeOther));
}

void TestCli::cleanup()
{
    m_home.reset();
}

Run TestCli::run(const QStringList &args, const QString &password,
                 const QHash<QString, QString> &extraEnv) const
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("POSTIER_PASSWORD"));
    // The messages under test are the English ones, whatever the machine's language: LANGUAGE
    // would win over LC_ALL in Qt's choice of translation.
    env.remove(QStringLiteral("LANGUAGE"));
    const QString home = m_home->path();
    env.insert(QStringLiteral("HOME"), home);
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), home + QStringLiteral("/config"));
    env.insert(QStringLiteral("XDG_CACHE_HOME"), home + QStringLiteral("/cache"));
    env.insert(QStringLiteral("XDG_DATA_HOME"), home + QStringLiteral("/data"));
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    if (!password.isEmpty())
        env.insert(QStringLiteral("POSTIER_PASSWORD"), password);
    for (auto it = extraEnv.cbegin(); it != extraEnv.cend(); ++it)
        env.insert(it.key(), it.value());

    QProcess process;
    process.setProcessEnvironment(env);
    process.setWorkingDirectory(home);
    process.start(m_cli, args);
    Run r;
    if (!process.waitForStarted(10000))
        return r;
    process.closeWriteChannel();
    r.finished = process.waitForFinished(kRunTimeoutMs) && process.exitStatus() == QProcess::NormalExit;
    if (!r.finished) {
        process.kill();
        process.waitForFinished(5000);
    }
    r.exitCode = process.exitCode();
    r.out = process.readAllStandardOutput();
    r.err = process.readAllStandardError();
    return r;
}

QString TestCli::addUser(const QString &prefix, const TestServer &server) const
{
    return server.addUser(prefix);
}

QString TestCli::imapsUrl(const QString &user, const TestServer &server) const
{
    return QStringLiteral("imaps://%1@127.0.0.1:%2").arg(user).arg(server.port("IMAPS_PORT"));
}

// --version and --help exit 0 and say what they should; no command is a usage error.
void TestCli::versionAndHelp()
{
    const Run version = run({QStringLiteral("--version")});
    VERIFY_RUN(version, 0);
    QVERIFY2(QRegularExpression(QStringLiteral("^postier-cli \\d+\\.\\d+(\\.\\d+)?\\n$"))
                 .match(QString::fromUtf8(version.out))
                 .hasMatch(),
             qPrintable(version.describe()));

    const Run help = run({QStringLiteral("--help")});
    VERIFY_RUN(help, 0);
    for (const char *word : {"folders", "sync", "fetch", "search", "send", "pop3", "accounts", "demo",
                             "Exit codes", "--password-file"})
        QVERIFY2(help.out.contains(word), word);

    const Run searchHelp = run({QStringLiteral("search"), QStringLiteral("--help")});
    VERIFY_RUN(searchHelp, 0);
    for (const char *word : {"--folder", "--server", "--cache", "--json", "--limit"})
        QVERIFY2(searchHelp.out.contains(word), word);

    VERIFY_RUN(run({}), 2);
    const Run unknown = run({QStringLiteral("frobnicate")});
    VERIFY_RUN(unknown, 2);
    QVERIFY(unknown.err.contains("frobnicate"));
}

void TestCli::folders_data()
{
    QTest::addColumn<QString>("instance");
    QTest::newRow("fs") << QStringLiteral("fs");
    QTest::newRow("maildir++") << QStringLiteral("maildirpp");
}

// After CREATE a/b/c the tree shows a and a/b as ghosts, in text and in JSON.
void TestCli::folders()
{
    QFETCH(QString, instance);
    const TestServer &server = instance == QLatin1String("fs") ? m_fs : m_maildirpp;
    const QString user = addUser(QStringLiteral("clifolders"), server);
    QVERIFY(!user.isEmpty());
    {
        Connection connection(server.endpoint(Protocol::Imap, Security::Tls, user), TestServer::passwordFor(user));
        CreateFolderJob create(QByteArrayLiteral("a/b/c"));
        VERIFY_OK(runJobAndWait(connection, create));
    }
    const QString password = TestServer::passwordFor(user);

    const Run text = run({QStringLiteral("folders"), imapsUrl(user, server), QStringLiteral("--ca-file"), server.caFile()},
                         password);
    VERIFY_RUN(text, 0);
    const QStringList lines = text.lines();
    const auto lineOf = [&](const QString &start) {
        for (const QString &line : lines) {
            if (line.startsWith(start))
                return line;
        }
        return QString();
    };
    QVERIFY2(lineOf(QStringLiteral("INBOX")).size() > 0, qPrintable(text.describe()));
    QVERIFY2(lineOf(QStringLiteral("Drafts")).contains(QLatin1String("[drafts]")), qPrintable(text.describe()));
    const QString a = lineOf(QStringLiteral("a  "));
    const QString b = lineOf(QStringLiteral("  b  "));
    const QString c = lineOf(QStringLiteral("    c"));
    QVERIFY2(a.contains(QLatin1String("ghost")), qPrintable(text.describe()));
    QVERIFY2(b.contains(QLatin1String("ghost")), qPrintable(text.describe()));
    QVERIFY2(!c.isEmpty() && !c.contains(QLatin1String("ghost")), qPrintable(text.describe()));
    // The tree order: a, then its child b, then c.
    QVERIFY(lines.indexOf(a) + 1 == lines.indexOf(b) && lines.indexOf(b) + 1 == lines.indexOf(c));
    QVERIFY2(lines.last().contains(QLatin1String("2 ghost")), qPrintable(text.describe()));

    const Run json = run({QStringLiteral("folders"), imapsUrl(user, server), QStringLiteral("--ca-file"),
                          server.caFile(), QStringLiteral("--json")},
                         password);
    VERIFY_RUN(json, 0);
    QVERIFY2(json.isJson(), qPrintable(json.describe()));
    const QJsonObject o = json.object();
    QCOMPARE(o.value(QLatin1String("ok")).toBool(), true);
    QCOMPARE(o.value(QLatin1String("ghosts")).toInt(), 2);
    QHash<QString, QJsonObject> byPath;
    for (const QJsonValue &v : o.value(QLatin1String("folders")).toArray())
        byPath.insert(v.toObject().value(QLatin1String("path")).toString(), v.toObject());
    QCOMPARE(byPath.value(QStringLiteral("a")).value(QLatin1String("ghost")).toBool(), true);
    QCOMPARE(byPath.value(QStringLiteral("a/b")).value(QLatin1String("ghost")).toBool(), true);
    QCOMPARE(byPath.value(QStringLiteral("a/b/c")).value(QLatin1String("ghost")), QJsonValue(false));
    QCOMPARE(byPath.value(QStringLiteral("INBOX")).value(QLatin1String("ghost")), QJsonValue(false));
    QCOMPARE(byPath.value(QStringLiteral("Sent")).value(QLatin1String("specialUse")).toString(), QStringLiteral("sent"));
    QCOMPARE(byPath.value(QStringLiteral("a/b/c")).value(QLatin1String("separator")).toString(), QStringLiteral("/"));
    const QJsonArray attrs = byPath.value(QStringLiteral("a")).value(QLatin1String("attributes")).toArray();
    QVERIFY(attrs.contains(QStringLiteral("\\Noselect")) || attrs.contains(QStringLiteral("\\NonExistent")));
}

// sync: progress on stderr and a summary, then JSON counts that follow the server; search: the
// cache's index (decoded subjects and senders), restricted to a folder, and merged with the
// server's SEARCH TEXT (body matches, mail not yet synced, folders never synced).
void TestCli::syncAndSearch()
{
    const QString user = addUser(QStringLiteral("clisync"), m_fs);
    QVERIFY(!user.isEmpty());
    const QString password = TestServer::passwordFor(user);
    const QString url = imapsUrl(user, m_fs);
    const QString cacheFile = m_home->filePath(QStringLiteral("search-cache.sqlite"));
    QVERIFY(m_fs.seed(user, QStringLiteral("INBOX"), 2500, 4));
    QVERIFY(deliver(user, "From: =?UTF-8?Q?J=C3=BCrg_M=C3=BCller?= <jurg@example.com>\n"
                          "To: you@example.com\nSubject: =?UTF-8?Q?S=C3=A9jour_=C3=A0_Zanzibar?=\n"
                          "Date: Wed, 05 Mar 2025 09:00:00 +0000\nMessage-ID: <z1@postier.test>\n\n"
                          "Agenda attached.\n"));
    QVERIFY(deliver(user, "From: Travel Desk <desk@example.com>\nTo: you@example.com\n"
                          "Subject: Your Zanzibar tickets\nDate: Thu, 06 Mar 2025 09:00:00 +0000\n"
                          "Message-ID: <z2@postier.test>\n\nSee you.\n",
                    QStringLiteral("Travel")));

    // Text mode: progress lines on stderr (not a terminal: one line each), a summary on stdout.
    const QStringList common = {QStringLiteral("--ca-file"), m_fs.caFile(), QStringLiteral("--cache"), cacheFile};
    const Run first = run(QStringList{QStringLiteral("sync"), url, QStringLiteral("--folder"), QStringLiteral("INBOX")} + common,
                          password);
    VERIFY_RUN(first, 0);
    QVERIFY2(first.err.contains("INBOX: ") && first.err.contains(" of 2501 messages"), qPrintable(first.describe()));
    QVERIFY2(first.out.contains("INBOX: 2501 messages") && first.out.contains("Fetched 2501 headers"),
             qPrintable(first.describe()));
    QVERIFY(QFile::exists(cacheFile));

    // JSON: only the new messages are fetched.
    QVERIFY(deliver(user, "From: a@example.com\nTo: you@example.com\nSubject: Late arrival\n\nHi.\n"));
    const Run second = run(QStringList{QStringLiteral("sync"), url, QStringLiteral("--folder"), QStringLiteral("INBOX"),
                                       QStringLiteral("--json")} + common,
                           password);
    VERIFY_RUN(second, 0);
    QVERIFY2(second.isJson(), qPrintable(second.describe()));
    QVERIFY2(second.err.isEmpty(), qPrintable(second.describe())); // no progress with --json
    QJsonObject o = second.object();
    QCOMPARE(o.value(QLatin1String("ok")).toBool(), true);
    QCOMPARE(o.value(QLatin1String("fetched")).toInt(), 1);
    QCOMPARE(o.value(QLatin1String("removed")).toInt(), 0);
    QCOMPARE(o.value(QLatin1String("uidValidityReset")).toBool(), false);
    QCOMPARE(o.value(QLatin1String("messages")).toInt(), doveadmCount(m_fs, user, QStringLiteral("INBOX")));
    QCOMPARE(o.value(QLatin1String("messages")).toInt(), 2502);
    QCOMPARE(o.value(QLatin1String("cache")).toString(), cacheFile);

    const Run travel = run(QStringList{QStringLiteral("sync"), url, QStringLiteral("--folder"), QStringLiteral("Travel"),
                                       QStringLiteral("--json")} + common,
                           password);
    VERIFY_RUN(travel, 0);
    QCOMPARE(travel.object().value(QLatin1String("fetched")).toInt(), 1);

    // Local search, no password needed: both Zanzibar messages, decoded, newest first.
    const QByteArray sejourUid = doveadmField(m_fs, user, QStringLiteral("INBOX"), QStringLiteral("uid"),
                                               QStringLiteral("Message-ID"), QStringLiteral("<z1@postier.test>"))
                                      .value(0);
    QVERIFY(!sejourUid.isEmpty());
    const Run local = run(QStringList{QStringLiteral("search"), url, QStringLiteral("zanzibar")} + common);
    VERIFY_RUN(local, 0);
    QStringList hits = local.lines();
    QCOMPARE(hits.size(), 2);
    // Both were delivered just now: their order depends on the second each arrived in.
    QHash<QString, QStringList> byFolder;
    for (const QString &line : std::as_const(hits))
        byFolder.insert(line.section(QLatin1Char('\t'), 0, 0), line.split(QLatin1Char('\t')));
    QStringList fields = byFolder.value(QStringLiteral("Travel"));
    QCOMPARE(fields.size(), 5);
    QCOMPARE(fields[1], QStringLiteral("1"));
    QCOMPARE(fields[3], QStringLiteral("Travel Desk <desk@example.com>"));
    QCOMPARE(fields[4], QStringLiteral("Your Zanzibar tickets"));
    fields = byFolder.value(QStringLiteral("INBOX"));
    QCOMPARE(fields.size(), 5);
    QCOMPARE(fields[1], QString::fromLatin1(sejourUid));
    QVERIFY(QRegularExpression(QStringLiteral("^\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d$")).match(fields[2]).hasMatch());
    QCOMPARE(fields[3], QStringLiteral("Jürg Müller <jurg@example.com>"));
    QCOMPARE(fields[4], QStringLiteral("Séjour à Zanzibar"));
    QVERIFY(local.err.contains("2 message"));

    // The decoded text is searchable: "séjour" (accented) and a prefix of the sender's name.
    const Run accented = run(QStringList{QStringLiteral("search"), url, QStringLiteral("séjour"),
                                         QStringLiteral("--json")} + common);
    VERIFY_RUN(accented, 0);
    QVERIFY2(QJsonDocument::fromJson(accented.out).isArray(), qPrintable(accented.describe()));
    QJsonArray array = QJsonDocument::fromJson(accented.out).array();
    QCOMPARE(array.size(), 1);
    QJsonObject hit = array[0].toObject();
    QCOMPARE(hit.value(QLatin1String("folder")).toString(), QStringLiteral("INBOX"));
    QCOMPARE(hit.value(QLatin1String("uid")).toInt(), sejourUid.toInt());
    QCOMPARE(hit.value(QLatin1String("subject")).toString(), QStringLiteral("Séjour à Zanzibar"));
    QCOMPARE(hit.value(QLatin1String("from")).toString(), QStringLiteral("Jürg Müller <jurg@example.com>"));
    QCOMPARE(hit.value(QLatin1String("source")).toString(), QStringLiteral("cache"));
    QCOMPARE(hit.value(QLatin1String("date")).toString().size(), 20); // ISO 8601 UTC

    // --folder restricts.
    const Run inTravel = run(QStringList{QStringLiteral("search"), url, QStringLiteral("zanzibar"),
                                         QStringLiteral("--folder"), QStringLiteral("Travel"), QStringLiteral("--json")}
                                 + common);
    VERIFY_RUN(inTravel, 0);
    array = QJsonDocument::fromJson(inTravel.out).array();
    QCOMPARE(array.size(), 1);
    QCOMPARE(array[0].toObject().value(QLatin1String("folder")).toString(), QStringLiteral("Travel"));

    // No match: exit 0, nothing on stdout, a sentence on stderr.
    const Run none = run(QStringList{QStringLiteral("search"), url, QStringLiteral("xylophonic")} + common);
    VERIFY_RUN(none, 0);
    QVERIFY(none.out.isEmpty());
    QVERIFY(!none.err.isEmpty());

    // --server: mail not synced yet and a match in the body only come from the server; the
    // cached match is found by both.
    QVERIFY(deliver(user, "From: b@example.com\nTo: you@example.com\nSubject: June trip\n"
                          "Message-ID: <z3@postier.test>\n\nWhat about Zanzibar in June?\n"));
    QVERIFY(deliver(user, "From: c@example.com\nTo: you@example.com\nSubject: Zanzibar again\n"
                          "Message-ID: <z4@postier.test>\n\nYes.\n"));
    const Run withServer = run(QStringList{QStringLiteral("search"), url, QStringLiteral("zanzibar"),
                                           QStringLiteral("--folder"), QStringLiteral("INBOX"),
                                           QStringLiteral("--server"), QStringLiteral("--json")} + common,
                               password);
    VERIFY_RUN(withServer, 0);
    QVERIFY2(QJsonDocument::fromJson(withServer.out).isArray(), qPrintable(withServer.describe()));
    array = QJsonDocument::fromJson(withServer.out).array();
    QHash<QString, QJsonObject> bySubject;
    for (const QJsonValue &v : std::as_const(array)) {
        QCOMPARE(v.toObject().value(QLatin1String("folder")).toString(), QStringLiteral("INBOX"));
        bySubject.insert(v.toObject().value(QLatin1String("subject")).toString(), v.toObject());
    }
    QVERIFY2(bySubject.size() == array.size(), qPrintable(withServer.describe())); // no duplicates
    QCOMPARE(bySubject.value(QStringLiteral("Séjour à Zanzibar")).value(QLatin1String("source")).toString(),
             QStringLiteral("cache+server"));
    QCOMPARE(bySubject.value(QStringLiteral("June trip")).value(QLatin1String("source")).toString(),
             QStringLiteral("server"));
    QCOMPARE(bySubject.value(QStringLiteral("Zanzibar again")).value(QLatin1String("source")).toString(),
             QStringLiteral("server"));
    QCOMPARE(bySubject.value(QStringLiteral("Zanzibar again")).value(QLatin1String("from")).toString(),
             QStringLiteral("c@example.com"));
    QVERIFY(!bySubject.contains(QStringLiteral("Your Zanzibar tickets"))); // other folder
    // Exactly what the server's own search finds, plus nothing else.
    bool ok = false;
    const QByteArrayList serverUids = m_fs.doveadm({QStringLiteral("search"), QStringLiteral("-u"), user,
                                                    QStringLiteral("mailbox"), QStringLiteral("INBOX"),
                                                    QStringLiteral("text"), QStringLiteral("zanzibar")},
                                                   &ok)
                                          .split('\n');
    QVERIFY(ok);
    QCOMPARE(array.size(), int(serverUids.size()) - int(serverUids.count(QByteArray())));

    // A folder that was never synced is searched on the server without asking.
    QVERIFY(deliver(user, "From: d@example.com\nTo: you@example.com\nSubject: Zanzibar archive\n\nOld.\n",
                    QStringLiteral("Uncached")));
    const Run uncached = run(QStringList{QStringLiteral("search"), url, QStringLiteral("zanzibar"),
                                         QStringLiteral("--folder"), QStringLiteral("Uncached")} + common,
                             password);
    VERIFY_RUN(uncached, 0);
    hits = uncached.lines();
    QCOMPARE(hits.size(), 1);
    fields = hits[0].split(QLatin1Char('\t'));
    QCOMPARE(fields.value(0), QStringLiteral("Uncached"));
    QCOMPARE(fields.value(1), QStringLiteral("1"));
    QCOMPARE(fields.value(4), QStringLiteral("Zanzibar archive"));

    // Errors: a missing folder on the server is 6, no query is a usage error.
    const Run missing = run(QStringList{QStringLiteral("search"), url, QStringLiteral("zanzibar"),
                                        QStringLiteral("--folder"), QStringLiteral("NoSuchFolder"),
                                        QStringLiteral("--server"), QStringLiteral("--json")} + common,
                            password);
    VERIFY_RUN(missing, 6);
    QVERIFY2(missing.isJson(), qPrintable(missing.describe()));
    QCOMPARE(missing.object().value(QLatin1String("ok")).toBool(), false);
    VERIFY_RUN(run(QStringList{QStringLiteral("search"), url} + common), 2);
    VERIFY_RUN(run(QStringList{QStringLiteral("search"), url, QStringLiteral("--limit"), QStringLiteral("0"),
                               QStringLiteral("x")} + common),
               2);
}

// fetch writes the message byte for byte as stored (APPENDed with CRLF, 8-bit text, a long
// line); --json carries the same bytes in base64 with flags and INTERNALDATE.
void TestCli::fetchIsByteExact()
{
    const QString user = addUser(QStringLiteral("clifetch"), m_fs);
    QVERIFY(!user.isEmpty());
    const QByteArray message = crlf("From: Zoë <zoe@example.com>\nTo: you@example.com\n"
                                    "Subject: Bytes\nDate: Fri, 07 Mar 2025 11:00:00 +0000\n"
                                    "Message-ID: <bytes@postier.test>\nMIME-Version: 1.0\n"
                                    "Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: 8bit\n\n"
                                    "Grüße aus Zürich — ½ € \xF0\x9F\x93\xAE\n")
        + QByteArray(900, 'x') + "\r\n.\r\n..leading dots\r\nno final newline";
    const qint64 date = QDateTime(QDate(2023, 9, 1), QTime(7, 45, 12), Qt::UTC).toSecsSinceEpoch();
    quint32 uid = 0;
    {
        Connection connection(m_fs.endpoint(Protocol::Imap, Security::Tls, user), TestServer::passwordFor(user));
        CreateFolderJob create(QByteArrayLiteral("Keep"));
        VERIFY_OK(runJobAndWait(connection, create));
        AppendMessageJob append(QByteArrayLiteral("Keep"));
        MessageFlags flags;
        flags.bits = FlagSeen | FlagFlagged;
        append.addMessage(message, flags, date);
        VERIFY_OK(runJobAndWait(connection, append));
        uid = append.results().value(0).uid;
    }
    QVERIFY(uid > 0);
    const QString password = TestServer::passwordFor(user);
    const QStringList base = {QStringLiteral("fetch"), imapsUrl(user, m_fs), QStringLiteral("--ca-file"), m_fs.caFile(),
                              QStringLiteral("--folder"), QStringLiteral("Keep"), QStringLiteral("--uid"),
                              QString::number(uid)};

    const Run raw = run(base, password);
    VERIFY_RUN(raw, 0);
    QCOMPARE(raw.out, message);

    const Run json = run(base + QStringList{QStringLiteral("--json")}, password);
    VERIFY_RUN(json, 0);
    QVERIFY2(json.isJson(), qPrintable(json.describe()));
    const QJsonObject o = json.object();
    QCOMPARE(o.value(QLatin1String("ok")).toBool(), true);
    QCOMPARE(o.value(QLatin1String("uid")).toInt(), int(uid));
    QCOMPARE(o.value(QLatin1String("size")).toInt(), int(message.size()));
    QCOMPARE(QByteArray::fromBase64(o.value(QLatin1String("base64")).toString().toLatin1()), message);
    QCOMPARE(o.value(QLatin1String("internalDate")).toString(), QStringLiteral("2023-09-01T07:45:12Z"));
    QStringList flagList = o.value(QLatin1String("flags")).toString().split(QLatin1Char(' '));
    flagList.sort();
    QCOMPARE(flagList, (QStringList{QStringLiteral("\\Flagged"), QStringLiteral("\\Seen")}));

    // Reading did not mark anything (PEEK), and the server's copy is the same.
    const QByteArray flagsAfter = doveadmField(m_fs, user, QStringLiteral("Keep"), QStringLiteral("flags")).value(0);
    QVERIFY2(flagsAfter.contains("\\Seen") && flagsAfter.contains("\\Flagged"), flagsAfter.constData());
    QCOMPARE(doveadmField(m_fs, user, QStringLiteral("Keep"), QStringLiteral("size.virtual")).value(0).toInt(),
             int(message.size()));
}

// send through submission (STARTTLS) to another user: the message arrives, with the subject and
// Message-ID the command reported.
void TestCli::sendArrives()
{
    const QString sender = addUser(QStringLiteral("clisender"), m_fs);
    const QString recipient = addUser(QStringLiteral("clirecipient"), m_fs);
    QVERIFY(!sender.isEmpty() && !recipient.isEmpty());
    const QString bodyFile = m_home->filePath(QStringLiteral("body.txt"));
    {
        QFile f(bodyFile);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("Hello from postier-cli.\nZweite Zeile: Grüße.\n");
    }
    const QString smtpUrl = QStringLiteral("smtp+starttls://%1@127.0.0.1:%2").arg(sender).arg(m_fs.port("SUBMISSION_PORT"));
    const QString to = recipient + QStringLiteral("@postier.test");
    const QString subject = QStringLiteral("CLI send %1").arg(QDateTime::currentMSecsSinceEpoch());
    const QStringList base = {QStringLiteral("send"), smtpUrl, QStringLiteral("--ca-file"), m_fs.caFile(),
                              QStringLiteral("--from"), QStringLiteral("Sender <%1@postier.test>").arg(sender),
                              QStringLiteral("--to"), to, QStringLiteral("--body-file"), bodyFile};

    const Run text = run(base + QStringList{QStringLiteral("--subject"), subject}, TestServer::passwordFor(sender));
    VERIFY_RUN(text, 0);
    QVERIFY2(text.out.contains("Sent to 1 recipient"), qPrintable(text.describe()));
    QTRY_VERIFY_WITH_TIMEOUT(doveadmField(m_fs, recipient, QStringLiteral("INBOX"), QStringLiteral("hdr.subject"))
                                 .contains(subject.toUtf8()),
                             20000);

    const Run json = run(base + QStringList{QStringLiteral("--subject"), subject + QStringLiteral(" (json)"),
                                            QStringLiteral("--json")},
                         TestServer::passwordFor(sender));
    VERIFY_RUN(json, 0);
    QVERIFY2(json.isJson(), qPrintable(json.describe()));
    const QJsonObject o = json.object();
    QCOMPARE(o.value(QLatin1String("ok")).toBool(), true);
    QCOMPARE(o.value(QLatin1String("recipients")).toInt(), 1);
    QVERIFY(o.value(QLatin1String("bytes")).toInt() > 40);
    const QString messageId = o.value(QLatin1String("messageId")).toString();
    QVERIFY(messageId.contains(QLatin1Char('@')));
    QTRY_VERIFY_WITH_TIMEOUT(doveadmField(m_fs, recipient, QStringLiteral("INBOX"), QStringLiteral("hdr.message-id"))
                                 .join('\n')
                                 .contains(messageId.toUtf8()),
                             20000);
    QCOMPARE(doveadmCount(m_fs, recipient, QStringLiteral("INBOX")), 2);
    const QByteArray body = doveadmField(m_fs, recipient, QStringLiteral("INBOX"), QStringLiteral("body")).join('\n');
    QVERIFY2(body.contains("Hello from postier-cli."), body.constData());

    // A wrong sender password is refused at AUTH: 3.
    VERIFY_RUN(run(base + QStringList{QStringLiteral("--subject"), QStringLiteral("never")}, QStringLiteral("wrong")), 3);
}

// pop3 fetch --leave-on-server stores each message once in the Maildir and deletes nothing; the
// second run downloads nothing.
void TestCli::pop3FetchLeavesOnServer()
{
    const QString user = addUser(QStringLiteral("clipop"), m_fs);
    QVERIFY(!user.isEmpty());
    for (int i = 0; i < 3; ++i) {
        QVERIFY(deliver(user, "From: p@example.com\nTo: you@example.com\nSubject: Pop message "
                                  + QByteArray::number(i) + "\nMessage-ID: <pop" + QByteArray::number(i)
                                  + "@postier.test>\n\nBody " + QByteArray::number(i) + ".\n"));
    }
    const QString into = m_home->filePath(QStringLiteral("Local Mail"));
    const QStringList base = {QStringLiteral("pop3"), QStringLiteral("fetch"),
                              QStringLiteral("pop3s://%1@127.0.0.1:%2").arg(user).arg(m_fs.port("POP3S_PORT")),
                              QStringLiteral("--ca-file"), m_fs.caFile(), QStringLiteral("--into"), into,
                              QStringLiteral("--leave-on-server")};
    const QString password = TestServer::passwordFor(user);

    const Run first = run(base + QStringList{QStringLiteral("--json")}, password);
    VERIFY_RUN(first, 0);
    QVERIFY2(first.isJson(), qPrintable(first.describe()));
    QJsonObject o = first.object();
    QCOMPARE(o.value(QLatin1String("ok")).toBool(), true);
    QCOMPARE(o.value(QLatin1String("fetched")).toInt(), 3);
    QCOMPARE(o.value(QLatin1String("deleted")).toInt(), 0);
    QCOMPARE(o.value(QLatin1String("ids")).toArray().size(), 3);

    // The Maildir holds the three messages.
    QStringList files;
    QByteArrayList subjects;
    for (const QString &sub : {QStringLiteral("new"), QStringLiteral("cur")}) {
        QDirIterator it(into + QLatin1Char('/') + sub, QDir::Files);
        while (it.hasNext()) {
            files << it.next();
            QFile f(files.last());
            QVERIFY(f.open(QIODevice::ReadOnly));
            const QByteArray data = f.readAll();
            const int at = data.indexOf("Subject: ");
            QVERIFY(at >= 0);
            subjects << data.mid(at + 9, data.indexOf('\n', at) - at - 9).trimmed();
            QVERIFY(data.contains("Body "));
        }
    }
    QCOMPARE(files.size(), 3);
    std::sort(subjects.begin(), subjects.end());
    QCOMPARE(subjects, (QByteArrayList{"Pop message 0", "Pop message 1", "Pop message 2"}));
    QCOMPARE(doveadmCount(m_fs, user, QStringLiteral("INBOX")), 3);

    const Run second = run(base, password);
    VERIFY_RUN(second, 0);
    QVERIFY2(second.out.contains("Downloaded 0 new message"), qPrintable(second.describe()));
    int count = 0;
    for (const QString &sub : {QStringLiteral("new"), QStringLiteral("cur")})
        count += int(QDir(into + QLatin1Char('/') + sub).entryList(QDir::Files).size());
    QCOMPARE(count, 3);
    QCOMPARE(doveadmCount(m_fs, user, QStringLiteral("INBOX")), 3);
}

// accounts add/list/remove in a temporary settings directory, and an account name used in place
// of a URL.
void TestCli::accounts()
{
    const QString user = addUser(QStringLiteral("cliaccount"), m_fs);
    QVERIFY(!user.isEmpty());
    const QString passwordFile = m_home->filePath(QStringLiteral("password"));
    {
        QFile f(passwordFile);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(TestServer::passwordFor(user).toUtf8() + '\n');
    }
    const Run empty = run({QStringLiteral("accounts"), QStringLiteral("list"), QStringLiteral("--json")});
    VERIFY_RUN(empty, 0);
    QVERIFY2(empty.isJson(), qPrintable(empty.describe()));
    QCOMPARE(empty.object().value(QLatin1String("accounts")).toArray().size(), 0);

    const QString incoming = imapsUrl(user, m_fs);
    const QString outgoing = QStringLiteral("smtp+starttls://%1@127.0.0.1:%2").arg(user).arg(m_fs.port("SUBMISSION_PORT"));
    const Run add = run({QStringLiteral("accounts"), QStringLiteral("add"), QStringLiteral("Work Mail"),
                         QStringLiteral("--address"), user + QStringLiteral("@postier.test"),
                         QStringLiteral("--incoming"), incoming, QStringLiteral("--outgoing"), outgoing,
                         QStringLiteral("--ca-file"), m_fs.caFile(), QStringLiteral("--password-file"), passwordFile});
    VERIFY_RUN(add, 0);
    QVERIFY2(add.out.contains("Work Mail"), qPrintable(add.describe()));
    QVERIFY(QFile::exists(m_home->filePath(QStringLiteral("config/Postier/Postier.conf"))));

    const Run list = run({QStringLiteral("accounts"), QStringLiteral("list")});
    VERIFY_RUN(list, 0);
    QVERIFY2(list.out.contains("Work Mail") && list.out.contains(incoming.toUtf8()), qPrintable(list.describe()));
    const Run listJson = run({QStringLiteral("accounts"), QStringLiteral("list"), QStringLiteral("--json")});
    VERIFY_RUN(listJson, 0);
    const QJsonArray accounts = listJson.object().value(QLatin1String("accounts")).toArray();
    QCOMPARE(accounts.size(), 1);
    const QJsonObject account = accounts[0].toObject();
    QCOMPARE(account.value(QLatin1String("name")).toString(), QStringLiteral("Work Mail"));
    QCOMPARE(account.value(QLatin1String("address")).toString(), user + QStringLiteral("@postier.test"));
    QCOMPARE(account.value(QLatin1String("incoming")).toString(), incoming);
    QCOMPARE(account.value(QLatin1String("outgoing")).toString(), outgoing);
    QCOMPARE(account.value(QLatin1String("enabled")).toBool(), true);

    // The name works in place of a URL, with the CA file that was stored with the account.
    const Run folders = run({QStringLiteral("folders"), QStringLiteral("Work Mail"), QStringLiteral("--json")},
                            TestServer::passwordFor(user));
    VERIFY_RUN(folders, 0);
    QCOMPARE(folders.object().value(QLatin1String("ok")).toBool(), true);
    // Without $POSTIER_PASSWORD the keychain must have the password that add was given, or add
    // must have said that it could not store it (no keychain in this environment).
    const Run fromKeychain = run({QStringLiteral("folders"), QStringLiteral("Work Mail"), QStringLiteral("--json")});
    QVERIFY2(fromKeychain.finished, qPrintable(fromKeychain.describe()));
    if (fromKeychain.exitCode != 0) {
        QCOMPARE(fromKeychain.exitCode, 3);
        QVERIFY2(add.err.contains("keychain"), qPrintable(add.describe()));
    }

    // A second account with the same name is refused.
    VERIFY_RUN(run({QStringLiteral("accounts"), QStringLiteral("add"), QStringLiteral("work mail"),
                    QStringLiteral("--address"), QStringLiteral("x@postier.test"), QStringLiteral("--incoming"),
                    incoming, QStringLiteral("--outgoing"), outgoing}),
               2);

    const Run remove = run({QStringLiteral("accounts"), QStringLiteral("remove"), QStringLiteral("Work Mail"),
                            QStringLiteral("--json")});
    VERIFY_RUN(remove, 0);
    QVERIFY2(remove.isJson(), qPrintable(remove.describe()));
    QCOMPARE(remove.object().value(QLatin1String("ok")).toBool(), true);
    const Run after = run({QStringLiteral("accounts"), QStringLiteral("list"), QStringLiteral("--json")});
    VERIFY_RUN(after, 0);
    QCOMPARE(after.object().value(QLatin1String("accounts")).toArray().size(), 0);
    VERIFY_RUN(run({QStringLiteral("accounts"), QStringLiteral("remove"), QStringLiteral("Work Mail")}), 2);
    VERIFY_RUN(run({QStringLiteral("folders"), QStringLiteral("Work Mail")}, TestServer::passwordFor(user)), 2);
    VERIFY_RUN(run({QStringLiteral("accounts"), QStringLiteral("rename")}), 2);
}

// With no keychain at all (no D-Bus session bus), accounts add still saves the account and says
// that the password could not be stored.
void TestCli::keychainUnavailable()
{
    const QString user = addUser(QStringLiteral("clinokeychain"), m_fs);
    QVERIFY(!user.isEmpty());
    const QHash<QString, QString> noBus = {
        {QStringLiteral("DBUS_SESSION_BUS_ADDRESS"), QStringLiteral("unix:path=/nonexistent/postier-test-bus")},
        {QStringLiteral("XDG_RUNTIME_DIR"), m_home->path()},
        {QStringLiteral("DISPLAY"), QString()}};
    const Run add = run({QStringLiteral("accounts"), QStringLiteral("add"), QStringLiteral("No Keychain"),
                         QStringLiteral("--address"), user + QStringLiteral("@postier.test"), QStringLiteral("--incoming"),
                         imapsUrl(user, m_fs), QStringLiteral("--outgoing"),
                         QStringLiteral("smtp+starttls://%1@127.0.0.1:%2").arg(user).arg(m_fs.port("SUBMISSION_PORT")),
                         QStringLiteral("--ca-file"), m_fs.caFile(), QStringLiteral("--json")},
                        TestServer::passwordFor(user), noBus);
    VERIFY_RUN(add, 0);
    QVERIFY2(add.isJson(), qPrintable(add.describe()));
    QCOMPARE(add.object().value(QLatin1String("ok")).toBool(), true);
    QVERIFY2(!add.err.trimmed().isEmpty(), qPrintable(add.describe())); // says why the password was not saved
    const Run list = run({QStringLiteral("accounts"), QStringLiteral("list")}, {}, noBus);
    VERIFY_RUN(list, 0);
    QVERIFY(list.out.contains("No Keychain"));
    // Without a keychain and without a password, a command that needs one fails as "auth" and
    // tells how to give it.
    const Run noPassword = run({QStringLiteral("folders"), QStringLiteral("No Keychain"), QStringLiteral("--json")}, {}, noBus);
    VERIFY_RUN(noPassword, 3);
    QCOMPARE(noPassword.object().value(QLatin1String("error")).toString(), QStringLiteral("auth"));
    QVERIFY(noPassword.object().value(QLatin1String("message")).toString().contains(QLatin1String("POSTIER_PASSWORD")));
}

// demo starts its own server with two accounts (the README's first steps): the accounts work by
// name, their mail syncs and is searchable, and --stop stops it.
void TestCli::demo()
{
    const QString dir = m_home->filePath(QStringLiteral("demo"));
    const auto stop = qScopeGuard([&] { run({QStringLiteral("demo"), QStringLiteral("--dir"), dir, QStringLiteral("--stop")}); });
    const Run start = run({QStringLiteral("demo"), QStringLiteral("--dir"), dir, QStringLiteral("--json")});
    VERIFY_RUN(start, 0);
    QVERIFY2(start.isJson(), qPrintable(start.describe()));
    const QJsonObject o = start.object();
    QCOMPARE(o.value(QLatin1String("ok")).toBool(), true);
    QCOMPARE(o.value(QLatin1String("dir")).toString(), dir);
    QVERIFY(o.value(QLatin1String("IMAPS_PORT")).toString().toInt() > 0);
    QVERIFY(o.value(QLatin1String("keychain")).isBool());

    const Run accounts = run({QStringLiteral("accounts"), QStringLiteral("list"), QStringLiteral("--json")});
    VERIFY_RUN(accounts, 0);
    QStringList names;
    for (const QJsonValue &v : accounts.object().value(QLatin1String("accounts")).toArray())
        names << v.toObject().value(QLatin1String("name")).toString();
    names.sort();
    QCOMPARE(names, (QStringList{QStringLiteral("Demo Anna"), QStringLiteral("Demo Ben")}));

    const QString password = QStringLiteral("anna-demo");
    const Run folders = run({QStringLiteral("folders"), QStringLiteral("Demo Anna"), QStringLiteral("--json")}, password);
    VERIFY_RUN(folders, 0);
    QVERIFY(folders.object().value(QLatin1String("folders")).toArray().size() >= 5);
    const Run sync = run({QStringLiteral("sync"), QStringLiteral("Demo Anna"), QStringLiteral("--folder"),
                          QStringLiteral("INBOX"), QStringLiteral("--json")},
                         password);
    VERIFY_RUN(sync, 0);
    const int messages = sync.object().value(QLatin1String("messages")).toInt();
    QVERIFY(messages > 0);
    QCOMPARE(sync.object().value(QLatin1String("fetched")).toInt(), messages);
    // The default cache (under XDG_CACHE_HOME) now answers a search by account name, offline.
    QStringList cacheFiles;
    for (QDirIterator it(m_home->filePath(QStringLiteral("cache")), {QStringLiteral("headers.sqlite")}, QDir::Files,
                         QDirIterator::Subdirectories);
         it.hasNext();)
        cacheFiles << it.next();
    QCOMPARE(cacheFiles.size(), 1);
    const Run search = run({QStringLiteral("search"), QStringLiteral("Demo Anna"), QStringLiteral("lunch"),
                            QStringLiteral("--json")});
    VERIFY_RUN(search, 0);
    QVERIFY2(QJsonDocument::fromJson(search.out).isArray(), qPrintable(search.describe()));
    const QJsonArray hits = QJsonDocument::fromJson(search.out).array();
    QVERIFY2(!hits.isEmpty(), qPrintable(search.describe()));
    int lunchSubjects = 0;
    for (const QJsonValue &v : hits) {
        QCOMPARE(v.toObject().value(QLatin1String("folder")).toString(), QStringLiteral("INBOX"));
        QCOMPARE(v.toObject().value(QLatin1String("source")).toString(), QStringLiteral("cache"));
        lunchSubjects += v.toObject().value(QLatin1String("subject")).toString().contains(QLatin1String("Lunch")) ? 1 : 0;
    }
    QVERIFY2(lunchSubjects > 0, qPrintable(search.describe()));

    const Run stopped = run({QStringLiteral("demo"), QStringLiteral("--dir"), dir, QStringLiteral("--stop")});
    VERIFY_RUN(stopped, 0);
    const Run gone = run({QStringLiteral("folders"), QStringLiteral("Demo Anna"), QStringLiteral("--timeout"),
                          QStringLiteral("10")},
                         password);
    VERIFY_RUN(gone, 5);
}

// The documented exit codes, each with its --json error object.
void TestCli::exitCodes()
{
    const QString user = addUser(QStringLiteral("cliexit"), m_fs);
    QVERIFY(!user.isEmpty());
    const QString url = imapsUrl(user, m_fs);
    const QString password = TestServer::passwordFor(user);
    const QString ca = m_fs.caFile();

    // 3: wrong password.
    const Run auth = run({QStringLiteral("folders"), url, QStringLiteral("--ca-file"), ca, QStringLiteral("--json")},
                         QStringLiteral("not-the-password"));
    VERIFY_RUN(auth, 3);
    QVERIFY2(auth.isJson(), qPrintable(auth.describe()));
    QCOMPARE(auth.object().value(QLatin1String("ok")).toBool(), false);
    QCOMPARE(auth.object().value(QLatin1String("error")).toString(), QStringLiteral("auth"));
    const Run authText = run({QStringLiteral("folders"), url, QStringLiteral("--ca-file"), ca}, QStringLiteral("nope"));
    VERIFY_RUN(authText, 3);
    QVERIFY2(authText.err.contains("127.0.0.1"), qPrintable(authText.describe()));

    // 4: the test CA is not trusted without --ca-file; the error names the certificate.
    const Run tls = run({QStringLiteral("folders"), url, QStringLiteral("--json")}, password);
    VERIFY_RUN(tls, 4);
    QVERIFY2(tls.isJson(), qPrintable(tls.describe()));
    QCOMPARE(tls.object().value(QLatin1String("error")).toString(), QStringLiteral("tls-untrusted"));
    const QString fingerprint = tls.object().value(QLatin1String("certificate")).toObject().value(QLatin1String("sha256")).toString();
    QVERIFY2(QRegularExpression(QStringLiteral("^([0-9A-F]{2}:){31}[0-9A-F]{2}$")).match(fingerprint).hasMatch(),
             qPrintable(tls.describe()));
    const auto certs = QSslCertificate::fromPath(m_fs.dir() + QStringLiteral("/ssl/cert.pem"));
    QVERIFY(!certs.isEmpty());
    QCOMPARE(fingerprint, QString::fromLatin1(certs.first().digest(QCryptographicHash::Sha256).toHex(':').toUpper()));
    // STARTTLS is checked the same way, and so is SMTP.
    VERIFY_RUN(run({QStringLiteral("folders"),
                    QStringLiteral("imap+starttls://%1@127.0.0.1:%2").arg(user).arg(m_fs.port("IMAP_PORT"))},
                   password),
               4);

    // 5: nothing listens on the port.
    quint16 closedPort = 0;
    {
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost));
        closedPort = probe.serverPort();
    }
    const Run network = run({QStringLiteral("folders"), QStringLiteral("imaps://%1@127.0.0.1:%2").arg(user).arg(closedPort),
                             QStringLiteral("--ca-file"), ca, QStringLiteral("--timeout"), QStringLiteral("10"),
                             QStringLiteral("--json")},
                            password);
    VERIFY_RUN(network, 5);
    QCOMPARE(network.object().value(QLatin1String("error")).toString(), QStringLiteral("network"));

    // 6: a folder that does not exist, for fetch and for sync.
    const Run missing = run({QStringLiteral("fetch"), url, QStringLiteral("--ca-file"), ca, QStringLiteral("--folder"),
                             QStringLiteral("Nowhere"), QStringLiteral("--uid"), QStringLiteral("1"), QStringLiteral("--json")},
                            password);
    VERIFY_RUN(missing, 6);
    QVERIFY2(missing.isJson(), qPrintable(missing.describe()));
    QCOMPARE(missing.object().value(QLatin1String("ok")).toBool(), false);
    VERIFY_RUN(run({QStringLiteral("sync"), url, QStringLiteral("--ca-file"), ca, QStringLiteral("--folder"),
                    QStringLiteral("Nowhere"), QStringLiteral("--cache"), m_home->filePath(QStringLiteral("c.sqlite"))},
                   password),
               6);
    // 6 too: a message that does not exist.
    VERIFY_RUN(run({QStringLiteral("fetch"), url, QStringLiteral("--ca-file"), ca, QStringLiteral("--folder"),
                    QStringLiteral("INBOX"), QStringLiteral("--uid"), QStringLiteral("4242")},
                   password),
               6);

    // 2: bad usage of every kind.
    const Run noUid = run({QStringLiteral("fetch"), url, QStringLiteral("--folder"), QStringLiteral("INBOX"),
                           QStringLiteral("--json")},
                          password);
    VERIFY_RUN(noUid, 2);
    QVERIFY2(noUid.isJson(), qPrintable(noUid.describe()));
    QCOMPARE(noUid.object().value(QLatin1String("error")).toString(), QStringLiteral("usage"));
    VERIFY_RUN(run({QStringLiteral("folders"), QStringLiteral("ftp://someone@127.0.0.1")}, password), 2);
    VERIFY_RUN(run({QStringLiteral("folders"), QStringLiteral("imaps://127.0.0.1")}, password), 2);
    VERIFY_RUN(run({QStringLiteral("folders"), url, QStringLiteral("--timeout"), QStringLiteral("soon")}, password), 2);
    VERIFY_RUN(run({QStringLiteral("folders"), QStringLiteral("No Such Account")}, password), 2);
    VERIFY_RUN(run({QStringLiteral("sync"), url}, password), 2);
    VERIFY_RUN(run({QStringLiteral("send"), url, QStringLiteral("--from"), QStringLiteral("a@b.c")}, password), 2);
    VERIFY_RUN(run({QStringLiteral("pop3"), QStringLiteral("fetch"), url}, password), 2);
    VERIFY_RUN(run({QStringLiteral("folders"), url, QStringLiteral("--ca-file"), QStringLiteral("/nonexistent/ca.pem")},
                   password),
               2);
}

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
