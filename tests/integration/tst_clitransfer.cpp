// postier-cli's commands that move mail between a server and this computer, end to end: pop3
// fetch (kept on the server, deleted from it, a disk that refuses a message) and migrate into a
// mailbox that fills up. Partial results exit with 7. The built program ($POSTIER_CLI) runs with a
// temporary home (tests/support/CliRun.h) against the real dovecot of the CTest fixture; the
// server's side is checked with doveadm and a POP3 STAT, the local side by reading the Maildir.

#include "protocols/Connection.h"
#include "protocols/local/MaildirStore.h"
#include "protocols/pop3/Pop3StatJob.h"
#include "tests/support/CliRun.h"
#include "tests/support/TestServer.h"
#include "tests/support/VerifyOk.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <memory>
#include <sys/resource.h>

using namespace postier::protocols;
using postier::test::TestServer;
using Run = postier::test::CliRun;
using postier::test::crlf;
using postier::test::doveadmCount;
using postier::test::doveadmField;

namespace {

/// The messages of a Maildir (new/ and cur/), by file.
QHash<QString, QByteArray> maildirMessages(const QString &root)
{
    QHash<QString, QByteArray> out;
    for (const QString &sub : {QStringLiteral("new"), QStringLiteral("cur")}) {
        QDirIterator it(root + QLatin1Char('/') + sub, QDir::Files);
        while (it.hasNext()) {
            QFile f(it.next());
            if (f.open(QIODevice::ReadOnly))
                out.insert(f.fileName(), f.readAll());
        }
    }
    return out;
}

QByteArray popMessage(int i, const QByteArray &body = {})
{
    const QByteArray n = QByteArray::number(i);
    return "From: p@example.com\nTo: you@example.com\nSubject: Pop message " + n + "\nMessage-ID: <pop" + n
        + "@postier.test>\n\n" + (body.isEmpty() ? "Body " + n + ".\n" : body);
}

} // namespace

class TestCliTransfer : public QObject, protected postier::test::CliFixture
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void pop3FetchLeavesOnServer();
    void pop3FetchDeletesFromServer();
    void pop3PartialFailure();
    void migratePartialFailure();

};

void TestCliTransfer::initTestCase()
{
    const QString why = start(false);
    QVERIFY2(why.isEmpty(), qPrintable(why));
}

void TestCliTransfer::init()
{
    QVERIFY(newHome());
}

void TestCliTransfer::cleanup()
{
    endHome();
}

// pop3 fetch --leave-on-server stores each message once in the Maildir and deletes nothing; the
// second run downloads nothing.
void TestCliTransfer::pop3FetchLeavesOnServer()
{
    const QString user = addUser(QStringLiteral("clipop"), m_fs);
    QVERIFY(!user.isEmpty());
    for (int i = 0; i < 3; ++i)
        QVERIFY(deliver(user, popMessage(i)));
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
    QVERIFY2(second.out.contains("Downloaded 0 new messages into"), qPrintable(second.describe()));
    int count = 0;
    for (const QString &sub : {QStringLiteral("new"), QStringLiteral("cur")})
        count += int(QDir(into + QLatin1Char('/') + sub).entryList(QDir::Files).size());
    QCOMPARE(count, 3);
    QCOMPARE(doveadmCount(m_fs, user, QStringLiteral("INBOX")), 3);
}

// Without --leave-on-server, pop3 fetch (here over STARTTLS) deletes from the server what it has
// stored, and only after storing it: the server is empty afterwards (dovecot and a POP3 STAT
// agree), the Maildir holds every message, and a second run has nothing to do.
void TestCliTransfer::pop3FetchDeletesFromServer()
{
    const QString user = addUser(QStringLiteral("clipopdel"), m_fs);
    QVERIFY(!user.isEmpty());
    for (int i = 0; i < 3; ++i)
        QVERIFY(deliver(user, popMessage(i)));
    QCOMPARE(doveadmCount(m_fs, user, QStringLiteral("INBOX")), 3);
    const QString into = m_home->filePath(QStringLiteral("Fetched"));
    const QStringList base = {QStringLiteral("pop3"), QStringLiteral("fetch"),
                              QStringLiteral("pop3+starttls://%1@127.0.0.1:%2").arg(user).arg(m_fs.port("POP3_PORT")),
                              QStringLiteral("--ca-file"), m_fs.caFile(), QStringLiteral("--into"), into};
    const QString password = TestServer::passwordFor(user);

    const Run first = run(base + QStringList{QStringLiteral("--json")}, password);
    VERIFY_RUN(first, 0);
    QVERIFY2(first.isJson(), qPrintable(first.describe()));
    const QJsonObject o = first.object();
    QCOMPARE(o.value(QLatin1String("ok")).toBool(), true);
    QCOMPARE(o.value(QLatin1String("fetched")).toInt(), 3);
    QCOMPARE(o.value(QLatin1String("deleted")).toInt(), 3);
    QCOMPARE(o.value(QLatin1String("into")).toString(), into);

    // Stored first: every message is in the Maildir, whole.
    const QHash<QString, QByteArray> stored = maildirMessages(into);
    QCOMPARE(stored.size(), 3);
    QSet<QByteArray> bodies;
    for (const QByteArray &data : stored) {
        QVERIFY(data.contains("Subject: Pop message "));
        bodies.insert(data.mid(data.indexOf("Body ")).trimmed());
    }
    QCOMPARE(bodies, (QSet<QByteArray>{"Body 0.", "Body 1.", "Body 2."}));

    // Then deleted: the server holds nothing, by its own count and over POP3.
    QCOMPARE(doveadmCount(m_fs, user, QStringLiteral("INBOX")), 0);
    {
        Connection connection(m_fs.endpoint(Protocol::Pop3, Security::Tls, user), password);
        Pop3StatJob stat;
        VERIFY_OK(runJobAndWait(connection, stat));
        QCOMPARE(stat.messageCount(), 0);
    }

    const Run second = run(base, password);
    VERIFY_RUN(second, 0);
    QVERIFY2(second.out.contains("Downloaded 0 new messages into"), qPrintable(second.describe()));
    QVERIFY2(second.out.contains("0 messages deleted from the server"), qPrintable(second.describe()));
    QCOMPARE(maildirMessages(into).size(), 3);
}

// Exit 7, partial failure: the disk refuses the second message (a file size limit on the process
// makes write() fail with EFBIG, as a full disk does). The first one is stored and counted, the
// output names both, and nothing is deleted from the server. A run that can store nothing is a
// local error (8). With room again, the rest is fetched and everything deleted.
void TestCliTransfer::pop3PartialFailure()
{
    const QString user = addUser(QStringLiteral("clipoppart"), m_fs);
    QVERIFY(!user.isEmpty());
    QVERIFY(deliver(user, popMessage(0)));
    QVERIFY(deliver(user, popMessage(1, QByteArray(76, 'b').append('\n').repeated(3000)))); // ~230 KB
    const QString into = m_home->filePath(QStringLiteral("Partial"));
    const QStringList base = {QStringLiteral("pop3"), QStringLiteral("fetch"),
                              QStringLiteral("pop3s://%1@127.0.0.1:%2").arg(user).arg(m_fs.port("POP3S_PORT")),
                              QStringLiteral("--ca-file"), m_fs.caFile(), QStringLiteral("--into"), into};
    const QString password = TestServer::passwordFor(user);
    // Runs in the child between fork and exec: async-signal-safe calls only.
    const auto smallDisk = [] {
        std::signal(SIGXFSZ, SIG_IGN);
        struct rlimit limit {};
        limit.rlim_cur = limit.rlim_max = 64 * 1024;
        ::setrlimit(RLIMIT_FSIZE, &limit);
    };

    const Run partial = run(base, password, {}, smallDisk);
    VERIFY_RUN(partial, 7);
    QVERIFY2(partial.out.contains("Downloaded 1 new message into"), qPrintable(partial.describe()));
    QVERIFY2(partial.out.contains("0 messages deleted from the server"), qPrintable(partial.describe()));
    // stderr: progress, then the reason as the last line.
    const QByteArrayList errLines = partial.err.trimmed().split('\n');
    QVERIFY2(errLines.contains("1 of 2 messages"), qPrintable(partial.describe()));
    QVERIFY2(errLines.last().startsWith("postier-cli: ") && errLines.last().contains("the disk is full"),
             qPrintable(partial.describe()));
    QHash<QString, QByteArray> stored = maildirMessages(into);
    QCOMPARE(stored.size(), 1);
    QVERIFY(stored.cbegin().value().contains("Subject: Pop message 0"));
    QCOMPARE(doveadmCount(m_fs, user, QStringLiteral("INBOX")), 2);

    // Again with the same limit: the stored message is skipped, the big one fails again, and
    // nothing new is stored: not partial, a plain local error, in JSON.
    const Run nothing = run(base + QStringList{QStringLiteral("--json")}, password, {}, smallDisk);
    VERIFY_RUN(nothing, 8);
    QVERIFY2(nothing.isJson(), qPrintable(nothing.describe()));
    QJsonObject o = nothing.object();
    QCOMPARE(o.value(QLatin1String("ok")).toBool(), false);
    QCOMPARE(o.value(QLatin1String("error")).toString(), QStringLiteral("local-io"));
    QVERIFY2(o.value(QLatin1String("message")).toString().contains(QLatin1String("the disk is full")),
             qPrintable(nothing.describe()));
    QCOMPARE(o.value(QLatin1String("fetched")).toInt(), 0);
    QCOMPARE(o.value(QLatin1String("skipped")).toInt(), 1);
    QCOMPARE(o.value(QLatin1String("deleted")).toInt(), 0);
    QCOMPARE(doveadmCount(m_fs, user, QStringLiteral("INBOX")), 2);

    const Run repaired = run(base + QStringList{QStringLiteral("--json")}, password);
    VERIFY_RUN(repaired, 0);
    o = repaired.object();
    QCOMPARE(o.value(QLatin1String("fetched")).toInt(), 1);
    QCOMPARE(o.value(QLatin1String("skipped")).toInt(), 1);
    QCOMPARE(o.value(QLatin1String("deleted")).toInt(), 2);
    stored = maildirMessages(into);
    QCOMPARE(stored.size(), 2);
    for (const QByteArray &data : std::as_const(stored))
        QVERIFY(data.contains("Subject: Pop message 0") || data.size() > 200000);
    QCOMPARE(doveadmCount(m_fs, user, QStringLiteral("INBOX")), 0);
}

// Exit 7 for migrate: the destination mailbox fills up (a 200 KB quota, ten 50 KB messages).
// What fits is uploaded and verified; each message left out is named with the server's reason,
// in the text report and in JSON; a second run adds nothing and is still partial.
void TestCliTransfer::migratePartialFailure()
{
    const QString user = m_fs.addUser(QStringLiteral("climigquota"), QStringLiteral("200k"));
    QVERIFY(!user.isEmpty());
    const QString root = m_home->filePath(QStringLiteral("OldMail"));
    {
        MaildirStore store(root);
        QVERIFY(store.open());
        for (int i = 0; i < 10; ++i) {
            const QByteArray n = QByteArray::number(i);
            const QByteArray message = crlf("From: old@example.com\nTo: you@example.com\nSubject: Quota " + n
                                            + "\nMessage-ID: <quota" + n + "@old.test>\n"
                                              "Date: Mon, 01 Jan 2024 10:00:00 +0000\n\n")
                + QByteArray(50000, 'q') + "\r\n";
            QVERIFY(!store.deliver(QStringLiteral("INBOX"), message, {}, 1704103200 + i).isEmpty());
        }
    }
    const QStringList base = {QStringLiteral("migrate"), QStringLiteral("--from"), QStringLiteral("maildir:") + root,
                              QStringLiteral("--to"), imapsUrl(user, m_fs), QStringLiteral("--ca-file"), m_fs.caFile(),
                              QStringLiteral("--journal"), m_home->filePath(QStringLiteral("journal.sqlite"))};
    const QString password = TestServer::passwordFor(user);

    const Run text = run(base, password);
    VERIFY_RUN(text, 7);
    const int onServer = doveadmCount(m_fs, user, QStringLiteral("INBOX"));
    QVERIFY2(onServer >= 1 && onServer < 10, qPrintable(text.describe()));
    const QString missingSentence = QStringLiteral("%1 of 10 messages are not on the server").arg(10 - onServer);
    QVERIFY2(QString::fromUtf8(text.out).contains(missingSentence), qPrintable(text.describe()));
    int missingLines = 0;
    for (const QString &line : text.lines()) {
        if (!line.trimmed().startsWith(QLatin1String("Missing: ")))
            continue;
        ++missingLines;
        QVERIFY2(line.contains(QLatin1String("quota"), Qt::CaseInsensitive) || line.contains(QLatin1String("full"), Qt::CaseInsensitive),
                 qPrintable(line));
    }
    QCOMPARE(missingLines, 10 - onServer);

    const Run json = run(base + QStringList{QStringLiteral("--json")}, password);
    VERIFY_RUN(json, 7);
    QVERIFY2(json.isJson(), qPrintable(json.describe()));
    const QJsonObject o = json.object();
    QCOMPARE(o.value(QLatin1String("verified")).toBool(), false);
    QCOMPARE(o.value(QLatin1String("messages")).toInt(), 10);
    QCOMPARE(o.value(QLatin1String("uploaded")).toInt(), 0);
    QCOMPARE(o.value(QLatin1String("alreadyThere")).toInt(), onServer);
    QCOMPARE(o.value(QLatin1String("missing")).toInt(), 10 - onServer);
    const QJsonArray missing = o.value(QLatin1String("folders")).toArray().at(0).toObject().value(QLatin1String("missing")).toArray();
    QCOMPARE(missing.size(), 10 - onServer);
    // Each message is either on the server or named as missing, never both.
    QSet<QString> named;
    for (const QJsonValue &m : missing) {
        named.insert(QLatin1Char('<') + m.toObject().value(QLatin1String("messageId")).toString() + QLatin1Char('>'));
        QVERIFY2(m.toObject().value(QLatin1String("reason")).toString().contains(QLatin1String("full")),
                 qPrintable(json.describe()));
    }
    QSet<QString> stored;
    for (const QByteArray &id : doveadmField(m_fs, user, QStringLiteral("INBOX"), QStringLiteral("hdr.message-id")))
        stored.insert(QString::fromUtf8(id.trimmed()));
    QCOMPARE(stored.size(), onServer);
    QVERIFY(!named.intersects(stored));
    QSet<QString> all;
    for (int i = 0; i < 10; ++i)
        all.insert(QStringLiteral("<quota%1@old.test>").arg(i));
    QCOMPARE(named + stored, all);
}

QTEST_GUILESS_MAIN(TestCliTransfer)
#include "tst_clitransfer.moc"
