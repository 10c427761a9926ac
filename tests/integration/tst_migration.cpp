// The migration engine (MigrationRun) and `postier-cli migrate` against the real dovecot, both
// layouts: every message arrives byte for byte with its flags and date, a second run copies
// nothing, kill -9 at several points then a rerun gives exactly the source, a cut connection
// mid-literal resumes, a full mailbox is reported per message, and the source is never touched.

#include "models/migration/MessageKey.h"
#include "models/migration/MigrationRun.h"
#include "protocols/Connection.h"
#include "protocols/imap/FetchIdentityJob.h"
#include "protocols/imap/FetchMessageJob.h"
#include "protocols/imap/ImapParser.h"
#include "protocols/imap/ListFoldersJob.h"
#include "protocols/imap/StoreFlagsJob.h"
#include "protocols/local/LocalSource.h"
#include "protocols/local/MaildirStore.h"
#include "tests/support/MigrationCheck.h"
#include "tests/support/TestServer.h"

#include <QCryptographicHash>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

using namespace postier;
using postier::test::TestServer;
using namespace postier::test;
using protocols::Protocol;
using protocols::Security;

namespace {

QByteArray message(const QByteArray &id, const QByteArray &subject, const QByteArray &body,
                   const QByteArray &date = "Mon, 01 Jan 2024 10:00:00 +0000")
{
    QByteArray m = "From: Anna <anna@old.test>\r\nTo: ben@new.test\r\nSubject: " + subject + "\r\nDate: " + date + "\r\n";
    if (!id.isEmpty())
        m += "Message-ID: <" + id + ">\r\n";
    return m + "\r\n" + body;
}

/// A byte pipe between the engine and dovecot's IMAPS port that cuts the first connection after
/// `cutAfter` bytes from the client (in the middle of an APPEND literal), then lets the next ones
/// through.
class CuttingProxy : public QObject
{
public:
    CuttingProxy(quint16 target, qint64 cutAfter)
        : m_target(target)
        , m_cutAfter(cutAfter)
    {
        m_server.listen(QHostAddress::LocalHost);
        QObject::connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *client = m_server.nextPendingConnection()) {
                auto *upstream = new QTcpSocket(client);
                upstream->connectToHost(QHostAddress::LocalHost, m_target);
                const bool cut = m_connections++ == 0;
                auto *sent = new qint64(0);
                QObject::connect(client, &QObject::destroyed, [sent] { delete sent; });
                QObject::connect(client, &QTcpSocket::readyRead, client, [=, this] {
                    const QByteArray data = client->readAll();
                    *sent += data.size();
                    if (cut && *sent > m_cutAfter) {
                        ++m_cuts;
                        client->abort();
                        upstream->abort();
                        client->deleteLater();
                        return;
                    }
                    if (upstream->state() == QAbstractSocket::ConnectedState)
                        upstream->write(data);
                    else
                        m_pending[client] += data;
                });
                QObject::connect(upstream, &QTcpSocket::connected, client, [=, this] {
                    upstream->write(m_pending.take(client));
                });
                QObject::connect(upstream, &QTcpSocket::readyRead, client, [=] { client->write(upstream->readAll()); });
                QObject::connect(upstream, &QTcpSocket::disconnected, client, [=] { client->disconnectFromHost(); });
                QObject::connect(client, &QTcpSocket::disconnected, client, [=] { client->deleteLater(); });
            }
        });
    }
    [[nodiscard]] quint16 port() const { return m_server.serverPort(); }
    [[nodiscard]] int cuts() const { return m_cuts; }

private:
    QTcpServer m_server;
    quint16 m_target;
    qint64 m_cutAfter;
    int m_connections = 0;
    int m_cuts = 0;
    QHash<QTcpSocket *, QByteArray> m_pending;
};

} // namespace

class TestMigration : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void maildirArrivesExactly_data();
    void maildirArrivesExactly();
    void mboxAndThunderbird();
    void killNineThenResume();
    void connectionCutMidLiteralResumes();
    void fullMailboxIsReportedPerMessage();
    void dryRunChangesNothing();
    void imapFolderToAnotherAccountByCli();

private:
    models::MigrationSettings settingsFor(const TestServer &server, const QString &user, const QString &spec,
                                          const QString &journal) const;
    void compareWithServer(const TestServer &server, const QString &user, const QString &spec,
                           const QHash<QString, QString> &folderOnServer);

    TestServer m_fs;
    TestServer m_maildirpp;
    QString m_cli;
};

void TestMigration::initTestCase()
{
    m_fs = TestServer::fromEnvironment(QStringLiteral("fs"));
    m_maildirpp = TestServer::fromEnvironment(QStringLiteral("maildirpp"));
    QVERIFY2(m_fs.isValid() && m_maildirpp.isValid(), "run through ctest: the dovecot fixture is needed");
    m_cli = qEnvironmentVariable("POSTIER_CLI");
}

models::MigrationSettings TestMigration::settingsFor(const TestServer &server, const QString &user,
                                                     const QString &spec, const QString &journal) const
{
    models::MigrationSettings s;
    s.sourceSpec = spec;
    s.destination = server.endpoint(Protocol::Imap, Security::Tls, user);
    s.password = TestServer::passwordFor(user);
    s.journalPath = journal;
    return s;
}

void TestMigration::compareWithServer(const TestServer &server, const QString &user, const QString &spec,
                                      const QHash<QString, QString> &folderOnServer)
{
    protocols::Connection c(server.endpoint(Protocol::Imap, Security::Tls, user), TestServer::passwordFor(user));
    const auto source = readSource(spec);
    QVERIFY(!source.isEmpty());
    for (auto it = source.cbegin(); it != source.cend(); ++it) {
        const QString folder = folderOnServer.value(it.key(), it.key());
        const QVector<ServerMessage> there = listServer(c, folder);
        QCOMPARE(there.size(), it.value().size());
        QVector<bool> used(there.size(), false);
        for (const SourceMessage &m : it.value()) {
            int match = -1;
            for (int i = 0; i < there.size(); ++i) {
                if (!used[i] && there[i].key == m.key) {
                    match = i;
                    break;
                }
            }
            QVERIFY2(match >= 0, qPrintable(QStringLiteral("a message of %1 is not on the server").arg(it.key())));
            used[match] = true;
            QCOMPARE(there[match].flags.bits & ~protocols::FlagRecent, int(m.flags));
            QCOMPARE(there[match].internalDate, m.internalDate);
            // A NUL cannot travel in BODY[] (RFC 3516): servers show it as 0x80 there. The stored
            // bytes are checked on the server's disk by maildirArrivesExactly().
            QByteArray expected = m.bytes;
            expected.replace('\0', '\x80');
            QCOMPARE(fetchRaw(c, folder, there[match].uid), expected);
        }
    }
}

void TestMigration::maildirArrivesExactly_data()
{
    QTest::addColumn<QString>("layout");
    QTest::newRow("fs") << QStringLiteral("fs");
    QTest::newRow("maildir++") << QStringLiteral("maildirpp");
}

void TestMigration::maildirArrivesExactly()
{
    QFETCH(QString, layout);
    const TestServer &server = layout == QLatin1String("fs") ? m_fs : m_maildirpp;
    const QString user = server.addUser(QStringLiteral("migrate"));
    QVERIFY(!user.isEmpty());

    QTemporaryDir dir;
    const QString root = dir.filePath(QStringLiteral("Mail"));
    protocols::MaildirStore store(root);
    QVERIFY(store.open());
    for (const QString &f : {QStringLiteral("Sent"), QStringLiteral("Projets"), QStringLiteral("Projets/Été 2024")})
        QVERIFY(store.createFolder(f));
    const qint64 jan = 1704103200; // 2024-01-01 10:00 UTC
    QVERIFY(!store.deliver(QStringLiteral("INBOX"), message("a@old.test", "Seen and flagged", "Hello\r\n"), QStringLiteral("SF"), jan).isEmpty());
    QVERIFY(!store.deliver(QStringLiteral("INBOX"), message("b@old.test", "Answered", "Re\r\n"), QStringLiteral("RS"), jan + 60).isEmpty());
    QVERIFY(!store.deliver(QStringLiteral("INBOX"), message({}, "No Message-ID", "anonymous\r\n"), {}, jan + 120).isEmpty());
    // Bare LF line ends, 8-bit header, a line over 998 bytes.
    QVERIFY(!store.deliver(QStringLiteral("INBOX"), "From: Zoë <z@old.test>\nSubject: Caf\xc3\xa9 8-bit\nMessage-ID: <lf@old.test>\n\n"
                                                    + QByteArray(1500, 'x') + "\nend\n", QStringLiteral("S"), jan + 180).isEmpty());
    // A NUL byte in the body (IMAP sends it as a literal8 where the server has BINARY).
    QVERIFY(!store.deliver(QStringLiteral("INBOX"), message("nul@old.test", "NUL", QByteArray("before\0after\r\n", 14)), {}, jan + 200).isEmpty());
    // Same Message-ID, different messages: both arrive.
    QVERIFY(!store.deliver(QStringLiteral("INBOX"), message("dup@old.test", "Twin", "one\r\n"), {}, jan + 240).isEmpty());
    QVERIFY(!store.deliver(QStringLiteral("INBOX"), message("dup@old.test", "Twin", "two, longer\r\n"), {}, jan + 300).isEmpty());
    // The same message twice in one folder: both copies arrive (duplicates are reported, never merged).
    QVERIFY(!store.deliver(QStringLiteral("Projets"), message("same@old.test", "Same", "same\r\n"), {}, jan).isEmpty());
    QVERIFY(!store.deliver(QStringLiteral("Projets"), message("same@old.test", "Same", "same\r\n"), {}, jan).isEmpty());
    QVERIFY(!store.deliver(QStringLiteral("Sent"), message("sent@old.test", "Sent", "sent\r\n"), QStringLiteral("S"), jan).isEmpty());
    QVERIFY(!store.deliver(QStringLiteral("Projets/Été 2024"), message("draft@old.test", "Draft", "draft\r\n"), QStringLiteral("DT"), jan).isEmpty());
    const auto before = snapshot(root);

    const QString spec = QStringLiteral("maildir:") + root;
    const QString journal = dir.filePath(QStringLiteral("journal.sqlite"));
    models::MigrationRun run(settingsFor(server, user, spec, journal));
    const models::MigrationReport report = run.run();
    QVERIFY2(report.allVerified(), qPrintable(report.toText()));
    QCOMPARE(report.total(&models::MigrationFolderReport::sourceMessages), 11);
    QCOMPARE(report.total(&models::MigrationFolderReport::uploaded), 11);
    QCOMPARE(report.total(&models::MigrationFolderReport::duplicatesInSource), 2);
    QVERIFY(report.toText().contains(QStringLiteral("All 11 messages verified")));

    // The NUL byte arrived as it is (a literal8: the server has BINARY): dovecot's own file.
    bool nulStored = false;
    QDirIterator files(server.mailRoot() + QLatin1Char('/') + user, QDir::Files, QDirIterator::Subdirectories);
    while (files.hasNext()) {
        QFile f(files.next());
        if (f.open(QIODevice::ReadOnly) && f.peek(4096).contains("<nul@old.test>"))
            nulStored = nulStored || f.readAll().contains(QByteArray("\nbefore\0after\n", 14));
    }
    QVERIFY(nulStored);

    // The parent exists as a real folder (no \Noselect ghost), and Sent went to Sent.
    protocols::Connection c(server.endpoint(Protocol::Imap, Security::Tls, user), TestServer::passwordFor(user));
    protocols::ListFoldersJob list;
    list.setAutoDelete(false);
    QVERIFY(!protocols::runJobAndWait(c, list));
    QChar sep;
    for (const protocols::FolderInfo &f : list.folders()) {
        QVERIFY2(!f.isGhost(), qPrintable(f.path));
        sep = f.separator;
    }
    const QHash<QString, QString> onServer = {{QStringLiteral("Projets/Été 2024"), QStringLiteral("Projets") + sep + QStringLiteral("Été 2024")}};
    compareWithServer(server, user, spec, onServer);

    // A second run uploads nothing and verifies everything again.
    models::MigrationRun again(settingsFor(server, user, spec, journal));
    const models::MigrationReport second = again.run();
    QVERIFY2(second.allVerified(), qPrintable(second.toText()));
    QVERIFY(second.resumed);
    QCOMPARE(second.total(&models::MigrationFolderReport::uploaded), 0);
    QCOMPARE(second.total(&models::MigrationFolderReport::alreadyThere), 11);
    // A copy already on the server that lacks a flag it has here (POP left it there unread; it
    // was read here) gets the flag added; nothing is uploaded again, no flag is removed.
    quint32 flaggedUid = 0;
    for (const ServerMessage &m : listServer(c, QStringLiteral("INBOX"))) {
        if (m.flags.bits & protocols::FlagFlagged)
            flaggedUid = m.uid;
    }
    QVERIFY(flaggedUid);
    protocols::StoreFlagsJob unread(QByteArrayLiteral("INBOX"), {flaggedUid}, protocols::MessageFlags {protocols::FlagSeen, {}},
                                    protocols::StoreFlagsJob::Operation::Remove);
    unread.setAutoDelete(false);
    QVERIFY(!protocols::runJobAndWait(c, unread));

    // ... even without the journal: the server's listing is enough.
    QVERIFY(QFile::remove(journal));
    models::MigrationRun third(settingsFor(server, user, spec, journal));
    const models::MigrationReport thirdReport = third.run();
    QVERIFY2(thirdReport.allVerified(), qPrintable(thirdReport.toText()));
    QCOMPARE(thirdReport.total(&models::MigrationFolderReport::uploaded), 0);
    QCOMPARE(thirdReport.total(&models::MigrationFolderReport::flagsAdded), 1);
    for (const ServerMessage &m : listServer(c, QStringLiteral("INBOX"))) {
        if (m.uid == flaggedUid)
            QCOMPARE(m.flags.bits & (protocols::FlagSeen | protocols::FlagFlagged), protocols::FlagSeen | protocols::FlagFlagged);
    }

    QCOMPARE(snapshot(root), before);
}

void TestMigration::mboxAndThunderbird()
{
    const QString user = m_fs.addUser(QStringLiteral("mbox"));
    QTemporaryDir dir;
    // A Thunderbird profile: Inbox with flags in X-Mozilla-Status, an expunged message, nested
    // .sbd folders, "From " lines inside bodies, and a 30 MB attachment.
    const QString profile = dir.filePath(QStringLiteral("Local Folders"));
    QVERIFY(QDir().mkpath(profile + QStringLiteral("/Archives.sbd/2023.sbd")));
    const auto write = [](const QString &path, const QByteArray &data) {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        QCOMPARE(f.write(data), data.size());
    };
    QByteArray inbox;
    inbox += "From - Mon Jan  1 10:00:00 2024\nX-Mozilla-Status: 0001\nX-Mozilla-Status2: 00000000\n"
             "From: a@old.test\nSubject: read\nMessage-ID: <r@old.test>\nDate: Mon, 1 Jan 2024 10:00:00 +0000\n\n"
             "Body with a\n>From quoted line\nand From the middle\n\n";
    inbox += "From - Mon Jan  1 11:00:00 2024\nX-Mozilla-Status: 0004\nX-Mozilla-Keys: $label1 work\n"
             "From: a@old.test\nSubject: flagged\nMessage-ID: <f@old.test>\nDate: Mon, 1 Jan 2024 11:00:00 +0000\n\nflagged\n\n";
    inbox += "From - Mon Jan  1 12:00:00 2024\nX-Mozilla-Status: 0009\n"
             "From: a@old.test\nSubject: expunged\nMessage-ID: <x@old.test>\n\ngone\n\n";
    write(profile + QStringLiteral("/Inbox"), inbox);
    write(profile + QStringLiteral("/Inbox.msf"), "// index, ignored\n");
    write(profile + QStringLiteral("/Archives"), QByteArray());
    QByteArray big = "From - Tue Jan  2 10:00:00 2024\nX-Mozilla-Status: 0001\nFrom: a@old.test\nSubject: big\n"
                     "Message-ID: <big@old.test>\nMIME-Version: 1.0\nContent-Type: application/octet-stream\n"
                     "Content-Transfer-Encoding: base64\n\n";
    const QByteArray line = QByteArray(76, 'A') + '\n';
    big.reserve(big.size() + 30 * 1024 * 1024);
    while (big.size() < 30 * 1024 * 1024)
        big += line;
    big += '\n';
    write(profile + QStringLiteral("/Archives.sbd/2023"), big);
    write(profile + QStringLiteral("/Archives.sbd/2023.sbd/Deep"),
          "From - Wed Jan  3 10:00:00 2024\nFrom: a@old.test\nSubject: deep\n\ndeep\n");
    const auto before = snapshot(profile);

    const QString spec = QStringLiteral("thunderbird:") + profile;
    models::MigrationSettings s = settingsFor(m_fs, user, spec, dir.filePath(QStringLiteral("j.sqlite")));
    s.sourceOptions.cleanMozillaHeaders = true;
    models::MigrationRun run(s);
    const models::MigrationReport report = run.run();
    QVERIFY2(report.allVerified(), qPrintable(report.toText()));
    QCOMPARE(report.total(&models::MigrationFolderReport::sourceMessages), 4);
    QCOMPARE(report.total(&models::MigrationFolderReport::skippedDeleted), 1);
    QCOMPARE(snapshot(profile), before);

    protocols::Connection c(m_fs.endpoint(Protocol::Imap, Security::Tls, user), TestServer::passwordFor(user));
    const QVector<ServerMessage> inboxThere = listServer(c, QStringLiteral("INBOX"));
    QCOMPARE(inboxThere.size(), 2);
    QByteArray first = fetchRaw(c, QStringLiteral("INBOX"), inboxThere[0].uid);
    QVERIFY(!first.contains("X-Mozilla-Status")); // cleaned
    QVERIFY(first.contains("\r\nFrom quoted line\r\n")); // ">From " unquoted
    QVERIFY(first.contains("\r\nand From the middle\r\n"));
    QVERIFY(inboxThere[0].flags.bits & protocols::FlagSeen);
    QVERIFY(inboxThere[1].flags.bits & protocols::FlagFlagged);
    QVERIFY(inboxThere[1].flags.keywords.contains("work"));
    QCOMPARE(listServer(c, QStringLiteral("Archives/2023")).size(), 1);
    QCOMPARE(listServer(c, QStringLiteral("Archives/2023/Deep")).size(), 1);
    const QVector<ServerMessage> bigThere = listServer(c, QStringLiteral("Archives/2023"));
    QVERIFY(fetchRaw(c, QStringLiteral("Archives/2023"), bigThere[0].uid).size() > 30 * 1024 * 1024);
}

void TestMigration::killNineThenResume()
{
    QVERIFY2(!m_cli.isEmpty() && QFile::exists(m_cli),
             "POSTIER_CLI must name the built postier-cli: run the test through ctest.");
    const QString user = m_maildirpp.addUser(QStringLiteral("kill"));
    QTemporaryDir dir;
    const QString root = dir.filePath(QStringLiteral("Mail"));
    protocols::MaildirStore store(root);
    QVERIFY(store.open());
    QVERIFY(store.createFolder(QStringLiteral("Archive")));
    const int count = 1500;
    for (int i = 0; i < count; ++i) {
        const QString folder = i % 3 == 0 ? QStringLiteral("Archive") : QStringLiteral("INBOX");
        const QByteArray body = QByteArray("Message ") + QByteArray::number(i) + "\r\n" + QByteArray(2000 + (i % 7) * 500, 'x') + "\r\n";
        QVERIFY(!store.deliver(folder, message("m" + QByteArray::number(i) + "@old.test", "Number " + QByteArray::number(i), body),
                               i % 2 ? QStringLiteral("S") : QString(), 1704103200 + i).isEmpty());
    }
    const auto before = snapshot(root);
    const QString journal = dir.filePath(QStringLiteral("journal.sqlite"));
    const QStringList args = {QStringLiteral("migrate"), QStringLiteral("--from"), QStringLiteral("maildir:") + root,
                              QStringLiteral("--to"), m_maildirpp.endpoint(Protocol::Imap, Security::Tls, user).toUrl().toString(),
                              QStringLiteral("--ca-file"), m_maildirpp.endpoint(Protocol::Imap, Security::Tls, user).trust.extraCaFile,
                              QStringLiteral("--journal"), journal, QStringLiteral("--json")};
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("POSTIER_PASSWORD"), TestServer::passwordFor(user));
    protocols::Connection c(m_maildirpp.endpoint(Protocol::Imap, Security::Tls, user), TestServer::passwordFor(user));

    // Killed at three points: early, in the first folder, and later; each time some more is there.
    int killed = 0;
    qsizetype lastThere = 0;
    for (const int delayMs : {250, 700, 1200}) {
        QProcess p;
        p.setProcessEnvironment(env);
        p.start(m_cli, args);
        QVERIFY(p.waitForStarted());
        QTest::qWait(delayMs);
        if (p.state() == QProcess::Running) {
            ::kill(pid_t(p.processId()), SIGKILL);
            ++killed;
        }
        p.waitForFinished(30000);
        const qsizetype there = listServer(c, QStringLiteral("INBOX")).size() + listServer(c, QStringLiteral("Archive")).size();
        QVERIFY(there >= lastThere);
        lastThere = there;
    }
    QVERIFY2(killed >= 1, "the process finished before any kill: make the corpus larger");

    QProcess finish;
    finish.setProcessEnvironment(env);
    finish.start(m_cli, args);
    QVERIFY(finish.waitForFinished(300000));
    const QByteArray out = finish.readAllStandardOutput();
    QVERIFY2(finish.exitCode() == 0, out.constData());
    const QJsonObject json = QJsonDocument::fromJson(out).object();
    QCOMPARE(json.value(QStringLiteral("verified")).toBool(), true);
    QCOMPARE(json.value(QStringLiteral("messages")).toInt(), count);

    // Exactly the source: every key as often as in the source, nothing more (a copy the server
    // saved for a killed run after the next run had listed the folder is found and taken back).
    const auto source = readSource(QStringLiteral("maildir:") + root);
    for (const QString &folder : {QStringLiteral("INBOX"), QStringLiteral("Archive")}) {
        QStringList expected;
        for (const SourceMessage &m : source.value(folder))
            expected << QString::fromLatin1(m.key);
        QStringList actual;
        for (const ServerMessage &m : listServer(c, folder))
            actual << QString::fromLatin1(m.key);
        expected.sort();
        actual.sort();
        QCOMPARE(actual, expected);
    }
    QCOMPARE(snapshot(root), before);
}

void TestMigration::connectionCutMidLiteralResumes()
{
    const QString user = m_fs.addUser(QStringLiteral("cut"));
    QTemporaryDir dir;
    const QString root = dir.filePath(QStringLiteral("Mail"));
    protocols::MaildirStore store(root);
    QVERIFY(store.open());
    for (int i = 0; i < 40; ++i)
        QVERIFY(!store.deliver(QStringLiteral("INBOX"), message("c" + QByteArray::number(i) + "@old.test", "Cut " + QByteArray::number(i),
                                                                 QByteArray(20000, 'a' + char(i % 26)) + "\r\n"), {}, 1704103200 + i).isEmpty());
    // The cut falls well after the login and the listing, inside the APPEND literals.
    CuttingProxy proxy(quint16(m_fs.port("IMAPS_PORT")), 300000);
    models::MigrationSettings s = settingsFor(m_fs, user, QStringLiteral("maildir:") + root, dir.filePath(QStringLiteral("j.sqlite")));
    s.destination.port = proxy.port();
    s.batchMessages = 10;
    // The engine runs on a thread of its own, as in the wizard; the proxy needs this one's loop.
    models::MigrationReport report;
    models::MigrationRun run(s);
    QThread thread;
    run.moveToThread(&thread);
    bool done = false;
    QObject::connect(&thread, &QThread::started, &run, [&] {
        report = run.run();
        done = true;
    });
    thread.start();
    QTRY_VERIFY_WITH_TIMEOUT(done, 120000);
    thread.quit();
    thread.wait();
    QCOMPARE(proxy.cuts(), 1);
    if (!report.allVerified())
        qWarning().noquote() << report.toText();
    QVERIFY(report.allVerified());
    // Everything counted once: what went up before the cut is this run's upload, not "already there".
    QCOMPARE(report.total(&models::MigrationFolderReport::uploaded), 40);
    QCOMPARE(report.total(&models::MigrationFolderReport::alreadyThere), 0);
    compareWithServer(m_fs, user, QStringLiteral("maildir:") + root, {});
}

void TestMigration::fullMailboxIsReportedPerMessage()
{
    const QString user = m_fs.addUser(QStringLiteral("quota"), QStringLiteral("200k"));
    QTemporaryDir dir;
    const QString root = dir.filePath(QStringLiteral("Mail"));
    protocols::MaildirStore store(root);
    QVERIFY(store.open());
    for (int i = 0; i < 10; ++i)
        QVERIFY(!store.deliver(QStringLiteral("INBOX"), message("q" + QByteArray::number(i) + "@old.test", "Quota " + QByteArray::number(i),
                                                                 QByteArray(50000, 'q') + "\r\n"), {}, 1704103200 + i).isEmpty());
    const auto before = snapshot(root);
    models::MigrationRun run(settingsFor(m_fs, user, QStringLiteral("maildir:") + root, dir.filePath(QStringLiteral("j.sqlite"))));
    const models::MigrationReport report = run.run();
    QVERIFY(!report.allVerified());
    const qint64 uploaded = report.total(&models::MigrationFolderReport::uploaded);
    if (uploaded < 1 || uploaded >= 10)
        qWarning().noquote() << report.toText();
    QVERIFY(uploaded >= 1 && uploaded < 10);
    QCOMPARE(report.total(&models::MigrationFolderReport::refused), 10 - uploaded);
    QCOMPARE(report.missingCount(), 10 - uploaded);
    for (const models::MigrationFolderReport::Missing &m : report.folders.first().missing)
        QVERIFY2(m.reason.contains(QLatin1String("full"), Qt::CaseInsensitive) || m.reason.contains(QLatin1String("quota"), Qt::CaseInsensitive),
                 qPrintable(m.reason));
    QVERIFY(report.summary().contains(QStringLiteral("are not on the server")));
    QCOMPARE(snapshot(root), before);
}

void TestMigration::dryRunChangesNothing()
{
    const QString user = m_fs.addUser(QStringLiteral("dry"));
    QTemporaryDir dir;
    const QString root = dir.filePath(QStringLiteral("Mail"));
    protocols::MaildirStore store(root);
    QVERIFY(store.open());
    QVERIFY(store.createFolder(QStringLiteral("Projets")));
    QVERIFY(!store.deliver(QStringLiteral("Projets"), message("d@old.test", "Dry", "dry\r\n")).isEmpty());
    models::MigrationSettings s = settingsFor(m_fs, user, QStringLiteral("maildir:") + root, dir.filePath(QStringLiteral("j.sqlite")));
    s.dryRun = true;
    models::MigrationRun run(s);
    const models::MigrationReport report = run.run();
    QVERIFY2(report.error.isEmpty(), qPrintable(report.error));
    QCOMPARE(report.total(&models::MigrationFolderReport::uploaded), 1);
    QVERIFY(report.summary().startsWith(QStringLiteral("Dry run")));
    QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("j.sqlite"))));
    protocols::Connection c(m_fs.endpoint(Protocol::Imap, Security::Tls, user), TestServer::passwordFor(user));
    protocols::ListFoldersJob list;
    list.setAutoDelete(false);
    QVERIFY(!protocols::runJobAndWait(c, list));
    for (const protocols::FolderInfo &f : list.folders())
        QVERIFY2(!f.path.startsWith(QLatin1String("Projets")), "a dry run created a folder");
}

void TestMigration::imapFolderToAnotherAccountByCli()
{
    // postier-cli migrate --from imaps://A@host/Projets: a folder of one IMAP account, with its
    // subfolder, into another account; the source account is only read.
    QVERIFY2(!m_cli.isEmpty() && QFile::exists(m_cli),
             "POSTIER_CLI must name the built postier-cli: run the test through ctest.");
    const QString from = m_fs.addUser(QStringLiteral("imapsrc"));
    const QString to = m_fs.addUser(QStringLiteral("imapdst"));
    for (int i = 0; i < 3; ++i)
        QVERIFY(m_fs.deliver(from, message("p" + QByteArray::number(i) + "@old.test", "Projet " + QByteArray::number(i), "p\r\n"),
                             QStringLiteral("Projets")));
    QVERIFY(m_fs.deliver(from, message("s@old.test", "Sub", "s\r\n"), QStringLiteral("Projets/2024")));
    protocols::Connection source(m_fs.endpoint(Protocol::Imap, Security::Tls, from), TestServer::passwordFor(from));
    QVector<ServerMessage> before = listServer(source, QStringLiteral("Projets"));
    QCOMPARE(before.size(), 3);

    QTemporaryDir dir;
    const protocols::ServerEndpoint src = m_fs.endpoint(Protocol::Imap, Security::Tls, from);
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("POSTIER_SOURCE_PASSWORD"), TestServer::passwordFor(from));
    env.insert(QStringLiteral("POSTIER_PASSWORD"), TestServer::passwordFor(to));
    env.insert(QStringLiteral("XDG_DATA_HOME"), dir.path());
    p.setProcessEnvironment(env);
    p.start(m_cli, {QStringLiteral("migrate"), QStringLiteral("--from"), src.toUrl().toString() + QStringLiteral("/Projets"),
                    QStringLiteral("--to"), m_fs.endpoint(Protocol::Imap, Security::Tls, to).toUrl().toString(),
                    QStringLiteral("--ca-file"), src.trust.extraCaFile, QStringLiteral("--json")});
    QVERIFY(p.waitForFinished(60000));
    const QByteArray out = p.readAllStandardOutput();
    QVERIFY2(p.exitCode() == 0, QByteArray(out + p.readAllStandardError()).constData());
    const QJsonObject json = QJsonDocument::fromJson(out).object();
    QCOMPARE(json.value(QStringLiteral("messages")).toInt(), 4);
    QCOMPARE(json.value(QStringLiteral("verified")).toBool(), true);

    protocols::Connection dest(m_fs.endpoint(Protocol::Imap, Security::Tls, to), TestServer::passwordFor(to));
    QStringList expected, actual;
    for (const ServerMessage &m : before)
        expected << QString::fromLatin1(m.key);
    for (const ServerMessage &m : listServer(dest, QStringLiteral("Projets")))
        actual << QString::fromLatin1(m.key);
    expected.sort();
    actual.sort();
    QCOMPARE(actual, expected);
    QCOMPARE(listServer(dest, QStringLiteral("Projets/2024")).size(), 1);
    // The source is as it was, nothing marked read.
    const QVector<ServerMessage> after = listServer(source, QStringLiteral("Projets"));
    QCOMPARE(after.size(), 3);
    for (const ServerMessage &m : after)
        QVERIFY(!(m.flags.bits & protocols::FlagSeen));
}

QTEST_MAIN(TestMigration)
#include "tst_migration.moc"
