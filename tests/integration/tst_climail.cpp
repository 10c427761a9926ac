// postier-cli's IMAP and SMTP commands end to end (folders, sync, search, fetch, send): the built
// program ($POSTIER_CLI) run as a user would run it, against the real dovecot of the CTest
// fixture. Each run gets a temporary home (tests/support/CliRun.h), so nothing touches real
// settings or caches; the password comes from $POSTIER_PASSWORD. Results are checked against what
// the server really holds (doveadm), and every command's --json output is parsed. The basics
// (help, usage errors, exit codes, accounts, keychain, demo) are in tst_cli; pop3 fetch and
// migrate in tst_clitransfer.

#include "protocols/Connection.h"
#include "protocols/imap/AppendMessageJob.h"
#include "protocols/imap/CreateFolderJob.h"
#include "protocols/imap/ImapParser.h"
#include "tests/support/CliRun.h"
#include "tests/support/TestServer.h"
#include "tests/support/VerifyOk.h"

#include <QDateTime>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace postier::protocols;
using postier::test::TestServer;
using Run = postier::test::CliRun;
using postier::test::crlf;
using postier::test::doveadmCount;
using postier::test::doveadmField;

class TestCliMail : public QObject, protected postier::test::CliFixture
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void folders_data();
    void folders();
    void foldersOverStarttls();
    void syncAndSearch();
    void fetchIsByteExact();
    void sendArrives();

};

void TestCliMail::initTestCase()
{
    const QString why = start(true);
    QVERIFY2(why.isEmpty(), qPrintable(why));
}

void TestCliMail::init()
{
    QVERIFY(newHome());
}

void TestCliMail::cleanup()
{
    endHome();
}

void TestCliMail::folders_data()
{
    QTest::addColumn<QString>("instance");
    QTest::newRow("fs") << QStringLiteral("fs");
    QTest::newRow("maildir++") << QStringLiteral("maildirpp");
}

// After CREATE a/b/c the tree shows a and a/b as ghosts, in text and in JSON.
void TestCliMail::folders()
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

// imap+starttls://: the session starts in plain text on the IMAP port, is upgraded before the
// login (the trace shows it, and dovecot logs the login as TLS), and lists the folders.
void TestCliMail::foldersOverStarttls()
{
    const QString user = addUser(QStringLiteral("clistarttls"), m_fs);
    QVERIFY(!user.isEmpty());
    const QString url = QStringLiteral("imap+starttls://%1@127.0.0.1:%2").arg(user).arg(m_fs.port("IMAP_PORT"));
    const Run json = run({QStringLiteral("folders"), url, QStringLiteral("--ca-file"), m_fs.caFile(), QStringLiteral("--json"),
                          QStringLiteral("--trace")},
                         TestServer::passwordFor(user));
    VERIFY_RUN(json, 0);
    QVERIFY2(json.isJson(), qPrintable(json.describe()));
    QCOMPARE(json.object().value(QLatin1String("ok")).toBool(), true);
    QStringList paths;
    for (const QJsonValue &v : json.object().value(QLatin1String("folders")).toArray())
        paths << v.toObject().value(QLatin1String("path")).toString();
    for (const QString &wanted : {QStringLiteral("INBOX"), QStringLiteral("Drafts"), QStringLiteral("Sent"),
                                  QStringLiteral("Trash"), QStringLiteral("Junk")})
        QVERIFY2(paths.contains(wanted), qPrintable(json.describe()));

    const qsizetype starttls = json.err.indexOf(" STARTTLS\n");
    const qsizetype begin = json.err.indexOf("OK Begin TLS");
    const qsizetype login = json.err.indexOf(" AUTHENTICATE ");
    QVERIFY2(starttls > 0 && begin > starttls && login > begin, qPrintable(json.describe()));
    QVERIFY2(!json.err.contains(TestServer::passwordFor(user).toUtf8()), "the trace shows the password");

    const QByteArray loginLine = "imap-login: Info: Login: user=<" + user.toUtf8() + '>';
    const auto logins = [&] {
        QByteArrayList lines;
        QFile log(m_fs.dir() + QStringLiteral("/log/dovecot.log"));
        if (log.open(QIODevice::ReadOnly)) {
            for (const QByteArray &line : log.readAll().split('\n')) {
                if (line.contains(loginLine))
                    lines << line;
            }
        }
        return lines;
    };
    QTRY_COMPARE_WITH_TIMEOUT(logins().size(), 1, 10000); // dovecot's log process writes a moment later
    QVERIFY2(logins().constFirst().contains(", TLS,"), logins().constFirst().constData());

    // The text output of the same account over STARTTLS.
    const Run text = run({QStringLiteral("folders"), url, QStringLiteral("--ca-file"), m_fs.caFile()},
                         TestServer::passwordFor(user));
    VERIFY_RUN(text, 0);
    QVERIFY2(text.lines().value(0).startsWith(QLatin1String("INBOX")), qPrintable(text.describe()));
    QVERIFY2(text.lines().last().startsWith(QLatin1String("5 folder")), qPrintable(text.describe()));
}

// sync: progress on stderr and a summary, then JSON counts that follow the server; search: the
// cache's index (decoded subjects and senders), restricted to a folder, and merged with the
// server's SEARCH TEXT (body matches, mail not yet synced, folders never synced).
void TestCliMail::syncAndSearch()
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
void TestCliMail::fetchIsByteExact()
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
void TestCliMail::sendArrives()
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

QTEST_GUILESS_MAIN(TestCliMail)
#include "tst_climail.moc"
