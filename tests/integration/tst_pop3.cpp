// POP3 against the project's own dovecot (scripts/testserver.py, started by the CTest fixture):
// STAT/LIST/UIDL/RETR over POP3S and STARTTLS, fetching into a local Maildir with the UIDL
// record, deletion, and the errors people meet (wrong password, untrusted certificate, a local
// disk that refuses the mail).

#include "protocols/Connection.h"
#include "protocols/local/MaildirStore.h"
#include "protocols/pop3/Pop3DeleteJob.h"
#include "protocols/pop3/Pop3FetchJob.h"
#include "protocols/pop3/Pop3ListJob.h"
#include "protocols/pop3/Pop3MultilineDecoder.h"
#include "protocols/pop3/Pop3RetrieveJob.h"
#include "protocols/pop3/Pop3StatJob.h"
#include "protocols/pop3/Pop3UidlRecord.h"
#include "tests/support/TestServer.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QSet>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#ifdef Q_OS_LINUX
#include <csignal>
#include <sys/resource.h>
#endif

using namespace postier::protocols;
using postier::test::TestServer;

namespace {

QByteArray toLf(QByteArray data)
{
    return data.replace("\r\n", "\n");
}

// Bodies chosen to trip POP3's byte stuffing and line handling: lone dots, lines that start with
// dots, "From " lines, 8-bit UTF-8, trailing blanks, an empty last line.
QByteArray message(const QString &user, int index, const QByteArray &extraBody = {})
{
    QByteArray m;
    m += "From: Sender <sender@postier.test>\r\n";
    m += "To: " + user.toUtf8() + "@postier.test\r\n";
    m += "Subject: POP3 test " + QByteArray::number(index) + "\r\n";
    m += "Message-ID: <pop3-" + QByteArray::number(index) + '-' + user.toUtf8()
        + "@postier.test>\r\n";
    m += "Date: Mon, 2 Mar 2026 10:00:0" + QByteArray::number(index % 10) + " +0100\r\n";
    m += "MIME-Version: 1.0\r\nContent-Type: text/plain; charset=utf-8\r\n";
    m += "Content-Transfer-Encoding: 8bit\r\n\r\n";
    m += "Message number " + QByteArray::number(index) + "\r\n";
    m += ".\r\n..\r\n.leading dot\r\n...three\r\nFrom the start of a line\r\n";
    m += "Gr\xc3\xbc\xc3\x9f"
         "e aus K\xc3\xb6ln\r\n";
    m += "trailing blanks   \r\n";
    m += extraBody;
    m += "\r\nlast line\r\n";
    return m;
}

QByteArray largeBody()
{
    // About 2 MB of short lines, many starting with a dot, so that dot-stuffing and CRLF pairs
    // fall across every possible read-chunk boundary.
    QByteArray body;
    for (int i = 0; body.size() < 2 * 1024 * 1024; ++i)
        body += (i % 3 == 0 ? "." : "") + QByteArray::number(i) + QByteArray(i % 77, 'x') + "\r\n";
    return body;
}

} // namespace

class TestPop3 : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();

    void decoderUnstuffsAtEverySplit();
    void decoderStopsAtTerminator();
    void uidlRecordIsDurableAndReadable();
    void uidlRecordIgnoresTornLastLine();

    void emptyMaildrop();
    void statListRetrieveOverPop3s();
    void starttlsFetch_data();
    void starttlsFetch();
    void largeMessageIsStreamedExactly();
    void leaveOnServerRerunFetchesNothing();
    void deleteAfterFetchEmptiesServer();
    void deleteAfterDays();
    void deleteJobByUidl();
    void retrieveByNumberOutOfRange();
    void localDiskFailureLosesNothing();
    void cancelMidDownloadLosesNothing();
    void wrongPassword();
    void untrustedCertificate();

private:
    bool requireServer();
    QString newUserWith(int messages, QList<QByteArray> *delivered = nullptr,
                        const TestServer *server = nullptr);

    TestServer m_server;
};

void TestPop3::initTestCase()
{
    m_server = TestServer::fromEnvironment();
}

bool TestPop3::requireServer()
{
    return m_server.isValid();
}

#define REQUIRE_SERVER()                                                                           \
    QVERIFY2(requireServer(), qPrintable(QStringLiteral("No test server: ") + m_server.reason()))

QString TestPop3::newUserWith(int messages, QList<QByteArray> *delivered, const TestServer *server)
{
    const TestServer &s = server ? *server : m_server;
    const QString user = s.addUser(QStringLiteral("pop"));
    if (user.isEmpty())
        return {};
    for (int i = 1; i <= messages; ++i) {
        const QByteArray m = message(user, i);
        if (!s.deliver(user, m))
            return {};
        if (delivered)
            delivered->append(m);
    }
    return user;
}

void TestPop3::decoderUnstuffsAtEverySplit()
{
    // What a server sends after "+OK": consecutive stuffed lines (which vmime 0.9.2 gets wrong),
    // a lone CR, an empty line, then the terminator.
    const QByteArray wire = "Subject: dots\r\n\r\n..\r\n...\r\n..leading\r\n....four\r\n"
                            "mid.dle\r\nlone\rCR\r\n\r\nend\r\n.\r\n";
    const QByteArray expected
        = "Subject: dots\n\n.\n..\n.leading\n...four\nmid.dle\nlone\rCR\n\nend\n";
    for (qsizetype split1 = 0; split1 <= wire.size(); ++split1) {
        for (qsizetype split2 = split1; split2 <= wire.size(); split2 += 3) {
            Pop3MultilineDecoder decoder;
            QByteArray out;
            qsizetype used = decoder.feed(wire.constData(), split1, &out);
            used += decoder.feed(wire.constData() + split1, split2 - split1, &out);
            used += decoder.feed(wire.constData() + split2, wire.size() - split2, &out);
            QVERIFY(decoder.isFinished());
            QCOMPARE(used, wire.size());
            QCOMPARE(out, expected);
        }
    }
}

void TestPop3::decoderStopsAtTerminator()
{
    Pop3MultilineDecoder decoder;
    QByteArray out;
    const QByteArray wire = "a\r\n.\r\n+OK next answer\r\n";
    QCOMPARE(decoder.feed(wire.constData(), wire.size(), &out), qsizetype(6));
    QVERIFY(decoder.isFinished());
    QCOMPARE(out, QByteArray("a\n"));
    // Byte by byte, an unfinished answer stays unfinished.
    Pop3MultilineDecoder slow;
    QByteArray slowOut;
    for (const char c : QByteArray("x\r\n..\r"))
        QCOMPARE(slow.feed(&c, 1, &slowOut), qsizetype(1));
    QVERIFY(!slow.isFinished());
    QCOMPARE(slowOut, QByteArray("x\n."));
}

void TestPop3::uidlRecordIsDurableAndReadable()
{
    QTemporaryDir tmp;
    const QString path = Pop3UidlRecord::defaultPath(tmp.path());
    QCOMPARE(path, tmp.filePath(QStringLiteral("postier-uidl")));
    {
        Pop3UidlRecord record(path);
        Error error;
        QVERIFY(record.load(&error)); // a missing file is an empty record
        QCOMPARE(record.size(), 0);
        QVERIFY2(record.add(QStringLiteral("UID-1"), QStringLiteral("1.M1P1Q1.host"), 1000, &error),
                 qPrintable(error.sentence()));
        QVERIFY(record.add(QStringLiteral("UID-2"), QStringLiteral("2.M2P2Q2.host"), 2000, &error));
        QVERIFY(record.add(QStringLiteral("UID-1"), QStringLiteral("1.M1P1Q1.host"), 1500, &error));
    }
    // add() wrote through: a fresh object reads the same entries, later lines winning.
    Pop3UidlRecord again(path);
    QVERIFY(again.load());
    QCOMPARE(again.size(), 2);
    QCOMPARE(again.entry(QStringLiteral("UID-1"))->fetchedAt, qint64(1500));
    QCOMPARE(again.entry(QStringLiteral("UID-2"))->localId, QStringLiteral("2.M2P2Q2.host"));
    QVERIFY(!again.contains(QStringLiteral("UID-3")));

    QCOMPARE(again.prune({QStringLiteral("UID-2"), QStringLiteral("UID-9")}), 1);
    QVERIFY(again.save());
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray text = file.readAll();
    // A person can read it: a header line, then one tab-separated line per message.
    QCOMPARE(text.count('\n'), 2);
    QVERIFY(text.startsWith("# Postier POP3 UIDL record"));
    QVERIFY(text.endsWith("UID-2\t2.M2P2Q2.host\t2000\n"));
    QVERIFY(QDir(tmp.path()).entryList(QDir::Files | QDir::Hidden).size() == 1); // no temp left
}

void TestPop3::uidlRecordIgnoresTornLastLine()
{
    QTemporaryDir tmp;
    const QString path = Pop3UidlRecord::defaultPath(tmp.path());
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("# header\nA\tid-a\t10\nnot a record\nB\tid-b\t1");
    file.close();
    Pop3UidlRecord record(path);
    QVERIFY(record.load());
    QCOMPARE(record.uids(), QStringList{QStringLiteral("A")});
}

void TestPop3::emptyMaildrop()
{
    REQUIRE_SERVER();
    const QString user = newUserWith(0);
    QVERIFY(!user.isEmpty());
    Connection connection(m_server.endpoint(Protocol::Pop3, Security::StartTls, user),
                          TestServer::passwordFor(user));
    Pop3StatJob stat;
    Error error = runJobAndWait(connection, stat);
    QVERIFY2(error.isOk(), qPrintable(error.sentence()));
    QCOMPARE(stat.messageCount(), 0);
    QCOMPARE(stat.totalSize(), 0);
    Pop3ListJob list;
    QVERIFY(runJobAndWait(connection, list).isOk());
    QVERIFY(list.messages().isEmpty());
    QTemporaryDir tmp;
    Pop3FetchJob fetch(tmp.path());
    fetch.setLeaveOnServer(false);
    error = runJobAndWait(connection, fetch);
    QVERIFY2(error.isOk(), qPrintable(error.sentence()));
    QCOMPARE(fetch.fetchedCount(), 0);
    QCOMPARE(fetch.deletedCount(), 0);
    QVERIFY(MaildirStore(tmp.path()).exists()); // the store is ready for the first message
}

void TestPop3::statListRetrieveOverPop3s()
{
    REQUIRE_SERVER();
    QList<QByteArray> delivered;
    const QString user = newUserWith(3, &delivered);
    QVERIFY(!user.isEmpty());
    Connection connection(m_server.endpoint(Protocol::Pop3, Security::Tls, user),
                          TestServer::passwordFor(user));

    Pop3StatJob stat;
    Error error = runJobAndWait(connection, stat);
    QVERIFY2(error.isOk(), qPrintable(error.sentence()));
    QCOMPARE(stat.messageCount(), 3);

    Pop3ListJob list;
    error = runJobAndWait(connection, list);
    QVERIFY2(error.isOk(), qPrintable(error.sentence()));
    QCOMPARE(list.messages().size(), 3);
    qint64 sum = 0;
    QSet<QString> uids;
    for (int i = 0; i < 3; ++i) {
        const auto &m = list.messages().at(i);
        QCOMPARE(m.number, i + 1);
        QVERIFY(!m.uid.isEmpty());
        QVERIFY(m.size > delivered.at(i).size()); // dovecot added Return-Path, Delivered-To...
        uids.insert(m.uid);
        sum += m.size;
    }
    QCOMPARE(uids.size(), 3);
    QCOMPARE(stat.totalSize(), sum);

    // RETR by UIDL, in an order of our choosing.
    QTemporaryDir tmp;
    Pop3RetrieveJob retrieve(tmp.path());
    retrieve.setUids(
        {list.messages().at(2).uid, list.messages().at(0).uid, QStringLiteral("gone")});
    QSignalSpy progress(&retrieve, &Job::progress);
    error = runJobAndWait(connection, retrieve);
    QVERIFY2(error.isOk(), qPrintable(error.sentence()));
    QCOMPARE(retrieve.missingUids(), QStringList{QStringLiteral("gone")});
    QCOMPARE(retrieve.stored().size(), 2);
    QVERIFY(!progress.isEmpty());
    QCOMPARE(progress.last().at(0).toLongLong(), 2);
    QCOMPARE(progress.last().at(1).toLongLong(), 2);

    MaildirStore store(tmp.path());
    const int expectedIndex[] = {2, 0};
    for (int k = 0; k < 2; ++k) {
        const auto &s = retrieve.stored().at(k);
        const int i = expectedIndex[k];
        QCOMPARE(s.uid, list.messages().at(i).uid);
        const QByteArray local = store.readMessage(QStringLiteral("INBOX"), s.localId);
        QCOMPARE(qint64(local.size()), s.size);
        // The original bytes, with the LF line ends of a Maildir file, after the trace headers
        // dovecot adds on delivery.
        QVERIFY2(local.endsWith(toLf(delivered.at(i))), local.left(400).constData());
        const QByteArray added = local.left(local.size() - toLf(delivered.at(i)).size());
        QVERIFY2(added.startsWith("Return-Path:") && !added.contains("\n\n"), added.constData());
        QVERIFY(!local.contains('\r'));
        // LIST counts CRLF line ends; the file has LF. Equal once converted: nothing lost, not
        // even the final line end that the POP3 terminator swallows.
        QCOMPARE(qint64(local.size() + local.count('\n')), list.messages().at(i).size);
        QVERIFY(store.message(QStringLiteral("INBOX"), s.localId)->isNew);
    }
    // Retrieving changes nothing on the server.
    Pop3StatJob after;
    QVERIFY(runJobAndWait(connection, after).isOk());
    QCOMPARE(after.messageCount(), 3);
}

void TestPop3::starttlsFetch_data()
{
    QTest::addColumn<QString>("layout");
    QTest::newRow("LAYOUT=fs") << QStringLiteral("fs");
    QTest::newRow("maildir++") << QStringLiteral("maildirpp");
}

void TestPop3::starttlsFetch()
{
    QFETCH(QString, layout);
    const TestServer server = TestServer::fromEnvironment(layout);
    QVERIFY2(server.isValid(), qPrintable(QStringLiteral("No test server: ") + server.reason()));
    QList<QByteArray> delivered;
    const QString user = newUserWith(2, &delivered, &server);
    QVERIFY(!user.isEmpty());
    const ServerEndpoint endpoint = server.endpoint(Protocol::Pop3, Security::StartTls, user);
    QCOMPARE(endpoint.port, server.port("POP3_PORT"));
    Connection connection(endpoint, TestServer::passwordFor(user));

    QTemporaryDir tmp;
    Pop3FetchJob fetch(tmp.filePath(QStringLiteral("local")));
    const Error error = runJobAndWait(connection, fetch);
    QVERIFY2(error.isOk(), qPrintable(error.sentence()));
    QCOMPARE(fetch.fetchedCount(), 2);
    MaildirStore store(tmp.filePath(QStringLiteral("local")));
    QVERIFY(store.exists());
    QSet<QByteArray> contents;
    for (const auto &m : store.messages(QStringLiteral("INBOX")))
        contents.insert(store.readMessage(QStringLiteral("INBOX"), m.id));
    QCOMPARE(contents.size(), 2);
    for (const QByteArray &original : std::as_const(delivered)) {
        bool found = false;
        for (const QByteArray &c : std::as_const(contents))
            found = found || c.endsWith(toLf(original));
        QVERIFY2(found, original.left(200).constData());
    }
}

void TestPop3::largeMessageIsStreamedExactly()
{
    REQUIRE_SERVER();
    const QString user = m_server.addUser(QStringLiteral("popbig"));
    QVERIFY(!user.isEmpty());
    const QByteArray big = message(user, 7, largeBody());
    QVERIFY(m_server.deliver(user, big));
    Connection connection(m_server.endpoint(Protocol::Pop3, Security::Tls, user),
                          TestServer::passwordFor(user));
    QTemporaryDir tmp;
    Pop3FetchJob fetch(tmp.path());
    const Error error = runJobAndWait(connection, fetch);
    QVERIFY2(error.isOk(), qPrintable(error.sentence()));
    QCOMPARE(fetch.fetchedCount(), 1);
    const QByteArray local
        = MaildirStore(tmp.path()).readMessage(QStringLiteral("INBOX"), fetch.storedIds().first());
    QVERIFY(local.size() > toLf(big).size());
    QVERIFY(local.endsWith(toLf(big)));
}

void TestPop3::leaveOnServerRerunFetchesNothing()
{
    REQUIRE_SERVER();
    const QString user = newUserWith(2);
    QVERIFY(!user.isEmpty());
    Connection connection(m_server.endpoint(Protocol::Pop3, Security::Tls, user),
                          TestServer::passwordFor(user));
    QTemporaryDir tmp;

    Pop3FetchJob first(tmp.path());
    QVERIFY(first.leaveOnServer()); // the default
    QSignalSpy progress(&first, &Job::progress);
    Error error = runJobAndWait(connection, first);
    QVERIFY2(error.isOk(), qPrintable(error.sentence()));
    QCOMPARE(first.fetchedCount(), 2);
    QCOMPARE(first.skippedCount(), 0);
    QCOMPARE(first.deletedCount(), 0);
    QCOMPARE(first.storedIds().size(), 2);
    QCOMPARE(progress.size(), 3); // 0/2, 1/2, 2/2
    QCOMPARE(progress.last().at(0).toLongLong(), 2);

    Pop3FetchJob second(tmp.path());
    error = runJobAndWait(connection, second);
    QVERIFY2(error.isOk(), qPrintable(error.sentence()));
    QCOMPARE(second.fetchedCount(), 0);
    QCOMPARE(second.skippedCount(), 2);
    QCOMPARE(MaildirStore(tmp.path()).messages(QStringLiteral("INBOX")).size(), 2);

    // New mail arrives while the connection stays open: the next fetch sees it, because POP3
    // jobs start from a fresh login rather than the maildrop frozen at the first one.
    QVERIFY(m_server.deliver(user, message(user, 3)));
    Pop3FetchJob third(tmp.path());
    error = runJobAndWait(connection, third);
    QVERIFY2(error.isOk(), qPrintable(error.sentence()));
    QCOMPARE(third.fetchedCount(), 1);
    QCOMPARE(third.skippedCount(), 2);
    QCOMPARE(MaildirStore(tmp.path()).messages(QStringLiteral("INBOX")).size(), 3);

    Pop3StatJob stat;
    QVERIFY(runJobAndWait(connection, stat).isOk());
    QCOMPARE(stat.messageCount(), 3);

    Pop3UidlRecord record(Pop3UidlRecord::defaultPath(tmp.path()));
    QVERIFY(record.load());
    QCOMPARE(record.size(), 3);
    for (const auto &s : third.stored())
        QCOMPARE(record.entry(s.uid)->localId, s.localId);
}

void TestPop3::deleteAfterFetchEmptiesServer()
{
    REQUIRE_SERVER();
    QList<QByteArray> delivered;
    const QString user = newUserWith(3, &delivered);
    QVERIFY(!user.isEmpty());
    Connection connection(m_server.endpoint(Protocol::Pop3, Security::Tls, user),
                          TestServer::passwordFor(user));
    QTemporaryDir tmp;
    Pop3FetchJob fetch(tmp.path());
    fetch.setLeaveOnServer(false);
    const Error error = runJobAndWait(connection, fetch);
    QVERIFY2(error.isOk(), qPrintable(error.sentence()));
    QCOMPARE(fetch.fetchedCount(), 3);
    QCOMPARE(fetch.deletedCount(), 3);

    Pop3StatJob stat;
    QVERIFY(runJobAndWait(connection, stat).isOk());
    QCOMPARE(stat.messageCount(), 0);
    QCOMPARE(stat.totalSize(), 0);
    // Confirmed from dovecot's side too, not only through our own POP3 code.
    bool ok = false;
    const QByteArray found = m_server.doveadm({QStringLiteral("search"), QStringLiteral("-u"), user,
                                               QStringLiteral("mailbox"), QStringLiteral("INBOX"),
                                               QStringLiteral("ALL")},
                                              &ok);
    QVERIFY(ok);
    QVERIFY2(found.trimmed().isEmpty(), found.constData());

    // The local store is complete.
    MaildirStore store(tmp.path());
    const auto local = store.messages(QStringLiteral("INBOX"));
    QCOMPARE(local.size(), 3);
    for (const QByteArray &original : std::as_const(delivered)) {
        int matches = 0;
        for (const auto &m : local)
            matches += store.readMessage(QStringLiteral("INBOX"), m.id).endsWith(toLf(original));
        QCOMPARE(matches, 1);
    }
    // Deleted UIDLs are forgotten: the server will never show them again.
    Pop3UidlRecord record(Pop3UidlRecord::defaultPath(tmp.path()));
    QVERIFY(record.load());
    QCOMPARE(record.size(), 0);
}

void TestPop3::deleteAfterDays()
{
    REQUIRE_SERVER();
    const QString user = newUserWith(2);
    QVERIFY(!user.isEmpty());
    Connection connection(m_server.endpoint(Protocol::Pop3, Security::Tls, user),
                          TestServer::passwordFor(user));
    QTemporaryDir tmp;
    Pop3FetchJob first(tmp.path());
    first.setDeleteAfterDays(7);
    QVERIFY(runJobAndWait(connection, first).isOk());
    QCOMPARE(first.fetchedCount(), 2);
    QCOMPARE(first.deletedCount(), 0); // fetched just now: kept

    // Pretend the first two were fetched ten days ago.
    Pop3UidlRecord record(Pop3UidlRecord::defaultPath(tmp.path()));
    QVERIFY(record.load());
    const qint64 tenDaysAgo = QDateTime::currentSecsSinceEpoch() - 10 * 86400;
    for (const auto &s : first.stored())
        QVERIFY(record.add(s.uid, s.localId, tenDaysAgo));

    QVERIFY(m_server.deliver(user, message(user, 3)));
    Pop3FetchJob second(tmp.path());
    second.setDeleteAfterDays(7);
    const Error error = runJobAndWait(connection, second);
    QVERIFY2(error.isOk(), qPrintable(error.sentence()));
    QCOMPARE(second.fetchedCount(), 1);
    QCOMPARE(second.deletedCount(), 2);
    QCOMPARE(QSet<QString>(second.deletedUids().cbegin(), second.deletedUids().cend()),
             QSet<QString>({first.stored().at(0).uid, first.stored().at(1).uid}));

    Pop3ListJob list;
    QVERIFY(runJobAndWait(connection, list).isOk());
    QCOMPARE(list.messages().size(), 1);
    QCOMPARE(list.messages().first().uid, second.stored().first().uid);
    QCOMPARE(MaildirStore(tmp.path()).messages(QStringLiteral("INBOX")).size(), 3);
}

void TestPop3::deleteJobByUidl()
{
    REQUIRE_SERVER();
    const QString user = newUserWith(3);
    QVERIFY(!user.isEmpty());
    Connection connection(m_server.endpoint(Protocol::Pop3, Security::Tls, user),
                          TestServer::passwordFor(user));
    Pop3ListJob list;
    QVERIFY(runJobAndWait(connection, list).isOk());
    QCOMPARE(list.messages().size(), 3);
    const QString victim = list.messages().at(1).uid;

    Pop3DeleteJob del({victim, QStringLiteral("no-such-uidl")});
    const Error error = runJobAndWait(connection, del);
    QVERIFY2(error.isOk(), qPrintable(error.sentence()));
    QCOMPARE(del.deletedUids(), QStringList{victim});
    QCOMPARE(del.missingUids(), QStringList{QStringLiteral("no-such-uidl")});

    Pop3ListJob after;
    QVERIFY(runJobAndWait(connection, after).isOk());
    QCOMPARE(after.messages().size(), 2);
    for (const auto &m : after.messages())
        QVERIFY(m.uid != victim);

    // Again: the UIDL is gone, which is not an error.
    Pop3DeleteJob again({victim});
    QVERIFY(runJobAndWait(connection, again).isOk());
    QVERIFY(again.deletedUids().isEmpty());
    QCOMPARE(again.missingUids(), QStringList{victim});
}

void TestPop3::retrieveByNumberOutOfRange()
{
    REQUIRE_SERVER();
    const QString user = newUserWith(1);
    QVERIFY(!user.isEmpty());
    Connection connection(m_server.endpoint(Protocol::Pop3, Security::Tls, user),
                          TestServer::passwordFor(user));
    QTemporaryDir tmp;
    Pop3ListJob list;
    QVERIFY(runJobAndWait(connection, list).isOk());
    Pop3RetrieveJob byNumber(tmp.path());
    byNumber.setNumbers({1});
    Error error = runJobAndWait(connection, byNumber);
    QVERIFY2(error.isOk(), qPrintable(error.sentence()));
    QCOMPARE(byNumber.stored().size(), 1);
    QCOMPARE(byNumber.stored().first().uid, list.messages().first().uid);

    Pop3RetrieveJob tooFar(tmp.path());
    tooFar.setNumbers({2});
    error = runJobAndWait(connection, tooFar);
    QCOMPARE(error.kind(), ErrorKind::NotFound);
    QVERIFY2(error.sentence().contains(m_server.host()), qPrintable(error.sentence()));
    QVERIFY(tooFar.stored().isEmpty());
    QVERIFY(!tooFar.isRetryable());
}

void TestPop3::localDiskFailureLosesNothing()
{
    REQUIRE_SERVER();
#ifndef Q_OS_LINUX
    QSKIP("Making the disk refuse a write half way needs RLIMIT_FSIZE");
#else
    QList<QByteArray> delivered;
    const QString user = newUserWith(2, &delivered);
    QVERIFY(!user.isEmpty());
    Connection connection(m_server.endpoint(Protocol::Pop3, Security::Tls, user),
                          TestServer::passwordFor(user));
    QTemporaryDir tmp;
    MaildirStore store(tmp.path());
    QVERIFY(store.open());

    // The file size limit makes write() fail with EFBIG in the middle of the first RETR answer,
    // which is what a full disk does: the rest of the answer is still on the wire.
    struct rlimit old {};
    QCOMPARE(::getrlimit(RLIMIT_FSIZE, &old), 0);
    const auto oldHandler = std::signal(SIGXFSZ, SIG_IGN);
    struct rlimit small = old;
    small.rlim_cur = 256;
    QCOMPARE(::setrlimit(RLIMIT_FSIZE, &small), 0);
    Pop3FetchJob failing(tmp.path());
    failing.setLeaveOnServer(false);
    Error error = runJobAndWait(connection, failing);
    ::setrlimit(RLIMIT_FSIZE, &old);
    std::signal(SIGXFSZ, oldHandler);

    QCOMPARE(error.kind(), ErrorKind::LocalIo);
    QVERIFY2(error.sentence().contains(QLatin1String("the disk is full")),
             qPrintable(error.sentence()));
    QCOMPARE(failing.fetchedCount(), 0);
    QCOMPARE(failing.deletedCount(), 0);
    QVERIFY(store.messages(QStringLiteral("INBOX")).isEmpty());
    QVERIFY(QDir(tmp.filePath(QStringLiteral("tmp"))).isEmpty());

    // Nothing was deleted on the server and nothing recorded; the connection, dropped mid-answer,
    // opens again for the next job.
    Pop3StatJob stat;
    error = runJobAndWait(connection, stat);
    QVERIFY2(error.isOk(), qPrintable(error.sentence()));
    QCOMPARE(stat.messageCount(), 2);
    QVERIFY(!QFile::exists(Pop3UidlRecord::defaultPath(tmp.path())));

    // With room on the disk again, the same connection fetches everything.
    Pop3FetchJob repaired(tmp.path());
    repaired.setLeaveOnServer(false);
    error = runJobAndWait(connection, repaired);
    QVERIFY2(error.isOk(), qPrintable(error.sentence()));
    QCOMPARE(repaired.fetchedCount(), 2);
    QCOMPARE(repaired.deletedCount(), 2);
    const auto local = store.messages(QStringLiteral("INBOX"));
    QCOMPARE(local.size(), 2);
    for (const auto &m : local) {
        const QByteArray content = store.readMessage(QStringLiteral("INBOX"), m.id);
        QVERIFY(content.endsWith(toLf(delivered.at(0))) || content.endsWith(toLf(delivered.at(1))));
    }
#endif
}

void TestPop3::cancelMidDownloadLosesNothing()
{
    REQUIRE_SERVER();
    const QString user = m_server.addUser(QStringLiteral("popcancel"));
    QVERIFY(!user.isEmpty());
    QList<QByteArray> delivered;
    for (int i = 1; i <= 3; ++i) {
        delivered << message(user, i, largeBody());
        QVERIFY(m_server.deliver(user, delivered.last()));
    }
    Connection connection(m_server.endpoint(Protocol::Pop3, Security::Tls, user),
                          TestServer::passwordFor(user));
    QTemporaryDir tmp;
    Pop3FetchJob fetch(tmp.path());
    fetch.setLeaveOnServer(false);
    // Cancel as soon as the first message is stored: the second one is then on the wire.
    connect(&fetch, &Job::progress, &fetch, [&fetch](qint64 done, qint64) {
        if (done == 1)
            fetch.cancel();
    });
    Error error = runJobAndWait(connection, fetch);
    QCOMPARE(error.kind(), ErrorKind::Cancelled);
    QVERIFY(fetch.fetchedCount() >= 1);
    QCOMPARE(fetch.deletedCount(), 0);
    MaildirStore store(tmp.path());
    QCOMPARE(store.messages(QStringLiteral("INBOX")).size(), fetch.fetchedCount());
    QVERIFY(QDir(tmp.filePath(QStringLiteral("tmp"))).isEmpty()); // no half message left

    // The next fetch on the same connection picks up exactly the rest.
    Pop3FetchJob rest(tmp.path());
    rest.setLeaveOnServer(false);
    error = runJobAndWait(connection, rest);
    QVERIFY2(error.isOk(), qPrintable(error.sentence()));
    QCOMPARE(fetch.fetchedCount() + rest.fetchedCount(), 3);
    QCOMPARE(rest.deletedCount(), 3);
    QCOMPARE(store.messages(QStringLiteral("INBOX")).size(), 3);
    for (const QByteArray &original : std::as_const(delivered)) {
        int matches = 0;
        for (const auto &m : store.messages(QStringLiteral("INBOX")))
            matches += store.readMessage(QStringLiteral("INBOX"), m.id).endsWith(toLf(original));
        QCOMPARE(matches, 1);
    }
}

void TestPop3::wrongPassword()
{
    REQUIRE_SERVER();
    const QString user = newUserWith(0);
    QVERIFY(!user.isEmpty());
    for (const Security security : {Security::Tls, Security::StartTls}) {
        Connection connection(m_server.endpoint(Protocol::Pop3, security, user),
                              QStringLiteral("not-the-password"));
        Pop3StatJob stat;
        const Error error = runJobAndWait(connection, stat);
        QCOMPARE(error.kind(), ErrorKind::Auth);
        QVERIFY2(error.sentence().contains(m_server.host()), qPrintable(error.sentence()));
        QVERIFY2(error.sentence().contains(user), qPrintable(error.sentence()));
    }
}

void TestPop3::untrustedCertificate()
{
    REQUIRE_SERVER();
    const QString user = newUserWith(1);
    QVERIFY(!user.isEmpty());
    const QString commonName = m_server.certificateCommonName();
    QVERIFY2(!commonName.isEmpty(), qPrintable(m_server.dir()));
    for (const Security security : {Security::Tls, Security::StartTls}) {
        ServerEndpoint endpoint = m_server.endpoint(Protocol::Pop3, security, user);
        endpoint.trust.extraCaFile.clear();
        Connection connection(endpoint, TestServer::passwordFor(user));
        QTemporaryDir tmp;
        Pop3FetchJob fetch(tmp.path());
        const Error error = runJobAndWait(connection, fetch);
        QCOMPARE(error.kind(), ErrorKind::TlsUntrusted);
        QCOMPARE(error.certificate().sha256.size(), 32);
        QVERIFY(!error.certificate().fingerprintText().isEmpty());
        QVERIFY2(error.sentence().contains(error.certificate().fingerprintText()),
                 qPrintable(error.sentence()));
        // The subject names the server: the CN of the test server's certificate.
        QVERIFY2(!error.certificate().subject.isEmpty(), qPrintable(error.sentence()));
        QCOMPARE(error.certificate().subject, commonName);
        QCOMPARE(fetch.fetchedCount(), 0);
    }
}

QTEST_GUILESS_MAIN(TestPop3)
#include "tst_pop3.moc"
