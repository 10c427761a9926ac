// Every IMAP job against the real dovecot of the CTest fixture (LAYOUT=fs and maildir++), over
// IMAPS and IMAP+STARTTLS. Each test works in its own fresh user, and checks what the jobs report
// against what the server really holds (doveadm), not just that no error came back.

#include "protocols/Connection.h"
#include "protocols/imap/AppendMessageJob.h"
#include "protocols/imap/CapabilitiesJob.h"
#include "protocols/imap/CopyMessagesJob.h"
#include "protocols/imap/CreateFolderJob.h"
#include "protocols/imap/DeleteFolderJob.h"
#include "protocols/imap/ExpungeJob.h"
#include "protocols/imap/FetchMessageJob.h"
#include "protocols/imap/FolderStatusJob.h"
#include "protocols/imap/IdleJob.h"
#include "protocols/imap/ImapParser.h"
#include "protocols/imap/ListFoldersJob.h"
#include "protocols/imap/MoveMessagesJob.h"
#include "protocols/imap/RenameFolderJob.h"
#include "protocols/imap/SearchJob.h"
#include "protocols/imap/StoreFlagsJob.h"
#include "protocols/imap/SubscribeFolderJob.h"
#include "protocols/imap/SyncHeadersJob.h"
#include "tests/support/TestServer.h"
#include "tests/support/VerifyOk.h"

#include <QBuffer>
#include <QCryptographicHash>
#include <QDateTime>
#include <QElapsedTimer>
#include <QFile>
#include <QHash>
#include <QRandomGenerator>
#include <QTemporaryFile>
#include <QTest>

#include <algorithm>
#include <sys/file.h>
#include <functional>
#include <memory>

using namespace postier::protocols;
using postier::test::TestServer;

namespace {


/// One fresh user on one instance, reached with one kind of security.
struct Account {
    TestServer server;
    QString user;
    ServerEndpoint endpoint;

    [[nodiscard]] std::unique_ptr<Connection> connect(const ConnectionOptions &options = {}) const
    {
        return std::make_unique<Connection>(endpoint, TestServer::passwordFor(user), options);
    }
};

/// A message with CRLF line ends, a Message-ID and the given subject and body.
QByteArray makeMessage(const QByteArray &subject, const QByteArray &body = "Hello.\r\n",
                       const QByteArray &from = "Alice <alice@example.com>",
                       const QByteArray &extraHeaders = {})
{
    static int counter = 0;
    return "From: " + from + "\r\nTo: Bob <bob@example.com>\r\nSubject: " + subject
        + "\r\nDate: Mon, 03 Mar 2025 10:00:00 +0100\r\nMessage-ID: <m" + QByteArray::number(++counter)
        + "@postier.test>\r\nMIME-Version: 1.0\r\n" + extraHeaders + "\r\n" + body;
}

/// A message of about `size` bytes (a base64-looking body in 76-column lines).
QByteArray bigMessage(const QByteArray &subject, int size)
{
    QByteArray body;
    body.reserve(size + 100);
    const QByteArray line = QByteArray(76, 'Q') + "\r\n";
    while (body.size() < size)
        body += line;
    return makeMessage(subject, body);
}

qint64 utc(int y, int m, int d, int hh = 12, int mm = 0, int ss = 0)
{
    return QDateTime(QDate(y, m, d), QTime(hh, mm, ss), Qt::UTC).toSecsSinceEpoch();
}

using Row = QHash<QByteArray, QByteArray>;

/// `doveadm -f tab fetch -u USER 'fields' mailbox FOLDER`, one row per message, by field name.
QVector<Row> doveadmFetch(const Account &a, const QString &folder, const QString &fields)
{
    bool ok = false;
    const QByteArray out = a.server.doveadm({QStringLiteral("-f"), QStringLiteral("tab"),
                                             QStringLiteral("fetch"), QStringLiteral("-u"), a.user,
                                             fields, QStringLiteral("mailbox"), folder},
                                            &ok);
    QVector<Row> rows;
    if (!ok)
        return rows;
    QByteArrayList lines = out.split('\n');
    if (lines.isEmpty())
        return rows;
    const QByteArrayList header = lines.takeFirst().split('\t');
    for (const QByteArray &line : std::as_const(lines)) {
        if (line.isEmpty())
            continue;
        const QByteArrayList cells = line.split('\t');
        Row row;
        for (int i = 0; i < header.size() && i < cells.size(); ++i)
            row.insert(header[i], cells[i]);
        rows.append(row);
    }
    return rows;
}

QByteArrayList doveadmSubjects(const Account &a, const QString &folder)
{
    QByteArrayList subjects;
    for (const Row &row : doveadmFetch(a, folder, QStringLiteral("uid hdr.subject")))
        subjects << row.value("hdr.subject");
    return subjects;
}

QVector<quint32> doveadmUids(const Account &a, const QString &folder)
{
    QVector<quint32> uids;
    for (const Row &row : doveadmFetch(a, folder, QStringLiteral("uid")))
        uids << row.value("uid").toUInt();
    return uids;
}

/// Flags as a sorted token list without \Recent, comparable between IMAP and doveadm.
QByteArrayList flagTokens(const MessageFlags &flags)
{
    QByteArrayList tokens = flags.toImapList().split(' ');
    tokens.removeAll(QByteArray());
    std::sort(tokens.begin(), tokens.end());
    return tokens;
}

QByteArrayList flagTokens(const QByteArray &doveadmFlags)
{
    QByteArrayList tokens = doveadmFlags.split(' ');
    tokens.removeAll(QByteArray());
    tokens.removeAll(QByteArrayLiteral("\\Recent"));
    std::sort(tokens.begin(), tokens.end());
    return tokens;
}

MessageFlags flags(quint8 bits, const QByteArrayList &keywords = {})
{
    MessageFlags f;
    f.bits = bits;
    f.keywords = keywords;
    return f;
}

HeaderBatch syncAll(Connection &connection, const QByteArray &folder, Error *error,
                    SyncHeadersJob::Mode mode = SyncHeadersJob::Mode::Full, quint64 changedSince = 0,
                    FolderStatus *status = nullptr)
{
    HeaderBatch all;
    SyncHeadersJob job(folder);
    job.setMode(mode);
    job.setChangedSince(changedSince);
    job.setBatchSize(100);
    job.setSink([&all](HeaderBatch &&batch) { all += batch; });
    *error = runJobAndWait(connection, job);
    if (status)
        *status = job.folderStatus();
    return all;
}

const FolderInfo *findFolder(const FolderList &folders, const QString &path)
{
    for (const FolderInfo &f : folders) {
        if (f.path == path)
            return &f;
    }
    return nullptr;
}

/// A fresh user whose IMAP sessions advertise LITERAL- instead of LITERAL+ (dovecot's
/// imap_literal_minus, set for this user alone through a userdb field of the fixture's
/// passwd-file), so that the synchronizing-literal paths meet a real server. Empty on failure.
QString addLiteralMinusUser(const TestServer &server, const QString &prefix, const QString &quota = {})
{
    QString passwdFile;
    QFile env(server.dir() + QStringLiteral("/env"));
    if (!env.open(QIODevice::ReadOnly))
        return {};
    for (const QByteArray &line : env.readAll().split('\n')) {
        if (line.startsWith("PASSWD_FILE="))
            passwdFile = QString::fromUtf8(line.mid(12).trimmed());
    }
    QFile passwd(passwdFile);
    if (passwdFile.isEmpty() || !passwd.open(QIODevice::Append))
        return {};
    const QString user = prefix + QLatin1Char('-')
        + QString::number(QRandomGenerator::global()->generate64(), 36);
    QByteArray fields = "userdb_imap_literal_minus=yes";
    if (!quota.isEmpty())
        fields += " userdb_quota_rule=*:storage=" + quota.toUtf8();
    const QByteArray line = user.toUtf8() + ":{PLAIN}" + TestServer::passwordFor(user).toUtf8()
        + "::::::" + fields + '\n';
    // The fixture's script appends under the same lock when tests add users in parallel.
    if (::flock(passwd.handle(), LOCK_EX) != 0)
        return {};
    const bool written = passwd.write(line) == line.size() && passwd.flush();
    ::flock(passwd.handle(), LOCK_UN);
    return written ? user : QString();
}

/// A QBuffer that cancels a job once a given number of bytes has been read from it: a cancel
/// that lands, deterministically, in the middle of an APPEND literal.
class CancellingBuffer : public QBuffer
{
public:
    CancellingBuffer(const QByteArray &data, Job *job, qint64 after)
        : m_job(job)
        , m_after(after)
    {
        setData(data);
    }

protected:
    qint64 readData(char *data, qint64 maxSize) override
    {
        if (pos() >= m_after)
            m_job->cancel();
        return QBuffer::readData(data, maxSize);
    }

private:
    Job *m_job;
    qint64 m_after;
};

} // namespace

class TestImap : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();

    void capabilities_data();
    void capabilities();
    void wrongPassword_data() { securities_data(); }
    void wrongPassword();
    void untrustedCertificateAndPinning_data() { securities_data(); }
    void untrustedCertificateAndPinning();

    void listFoldersShowsGhosts_data() { layouts_data(); }
    void listFoldersShowsGhosts();
    void folderNamesRoundTrip_data() { layouts_data(); }
    void folderNamesRoundTrip();
    void renameCarriesSubscriptions();
    void deleteFolderWithChildren();
    void subscribe();

    void folderStatus();
    void syncHeadersMatchesDoveadm_data() { layouts_data(); }
    void syncHeadersMatchesDoveadm();
    void storeFlags();

    void appendKeepsFlagsAndDate_data() { securities_data(); }
    void appendKeepsFlagsAndDate();
    void appendPipelinedKeepsOrder();
    void appendOverQuotaPerMessage_data();
    void appendOverQuotaPerMessage();
    void appendWithSynchronizingLiterals();
    void appendLargeStreamed();
    void appendCancelledMidLiteral();

    void fetchMessageAndParts_data() { securities_data(); }
    void fetchMessageAndParts();
    void copyMoveExpunge();
    void search();

    void idleDetectsDeliveryAndYields();
    void idleThenSyncSameConnection();
    void idlePollingWithoutIdle();
    void idleEndsAfterMaxDuration();
    void cancelThenReconnect();

private:
    void securities_data();
    void layouts_data();
    Account account(const QString &prefix, Security security = Security::Tls,
                    const QString &instance = QStringLiteral("fs"), const QString &quota = {});

    TestServer m_fs;
    TestServer m_maildirpp;
};

void TestImap::initTestCase()
{
    m_fs = TestServer::fromEnvironment(QStringLiteral("fs"));
    QVERIFY2(m_fs.isValid(), qPrintable(m_fs.reason()));
    m_maildirpp = TestServer::fromEnvironment(QStringLiteral("maildirpp"));
    QVERIFY2(m_maildirpp.isValid(), qPrintable(m_maildirpp.reason()));
}

void TestImap::securities_data()
{
    QTest::addColumn<Security>("security");
    QTest::newRow("imaps") << Security::Tls;
    QTest::newRow("starttls") << Security::StartTls;
}

void TestImap::layouts_data()
{
    QTest::addColumn<QString>("instance");
    QTest::newRow("fs") << QStringLiteral("fs");
    QTest::newRow("maildir++") << QStringLiteral("maildirpp");
}

Account TestImap::account(const QString &prefix, Security security, const QString &instance,
                          const QString &quota)
{
    Account a;
    a.server = instance == QLatin1String("fs") ? m_fs : m_maildirpp;
    a.user = a.server.addUser(prefix, quota);
    a.endpoint = a.server.endpoint(Protocol::Imap, security, a.user);
    return a;
}

// --- connecting ---------------------------------------------------------------------------------

void TestImap::capabilities_data()
{
    securities_data();
}

void TestImap::capabilities()
{
    QFETCH(Security, security);
    const Account a = account(QStringLiteral("caps"), security);
    QVERIFY(!a.user.isEmpty());
    auto connection = a.connect();
    CapabilitiesJob job;
    VERIFY_OK(runJobAndWait(*connection, job));
    // What dovecot 2.3 offers after login (not the shorter pre-login list).
    for (const char *cap : {"IMAP4REV1", "IDLE", "MOVE", "UIDPLUS", "CONDSTORE", "ESEARCH",
                            "LITERAL+", "LIST-EXTENDED", "SPECIAL-USE", "UNSELECT"})
        QVERIFY2(job.hasCapability(cap), cap);
    QVERIFY(job.hasCapability("idle"));
    QVERIFY(!job.hasCapability("X-NO-SUCH-THING"));
    QVERIFY(!job.capabilities().contains("STARTTLS")); // a pre-login capability
    QCOMPARE(job.separator(), QLatin1Char('/'));
}

void TestImap::wrongPassword()
{
    QFETCH(Security, security);
    const Account a = account(QStringLiteral("wrongpw"), security);
    Connection connection(a.endpoint, QStringLiteral("not-the-password"));
    CapabilitiesJob job;
    const Error error = runJobAndWait(connection, job);
    QCOMPARE(error.kind(), ErrorKind::Auth);
    QVERIFY2(error.sentence().contains(a.user), qPrintable(error.sentence()));
    QVERIFY(error.sentence().contains(a.endpoint.host));
}

void TestImap::untrustedCertificateAndPinning()
{
    QFETCH(Security, security);
    const Account a = account(QStringLiteral("pin"), security);
    ServerEndpoint untrusted = a.endpoint;
    untrusted.trust.extraCaFile.clear();
    Error error;
    {
        Connection connection(untrusted, TestServer::passwordFor(a.user));
        CapabilitiesJob job;
        error = runJobAndWait(connection, job);
    }
    QCOMPARE(error.kind(), ErrorKind::TlsUntrusted);
    QCOMPARE(error.certificate().sha256.size(), 32);
    QVERIFY(!error.certificate().der.isEmpty());
    QCOMPARE(QCryptographicHash::hash(error.certificate().der, QCryptographicHash::Sha256),
             error.certificate().sha256);
    QVERIFY2(error.sentence().contains(error.certificate().fingerprintText()), qPrintable(error.sentence()));
    // The subject names the server: the CN of the test server's certificate (testserver.py: localhost).
    const QString commonName = a.server.certificateCommonName();
    QVERIFY2(!commonName.isEmpty(), qPrintable(a.server.dir()));
    QVERIFY2(!error.certificate().subject.isEmpty(), qPrintable(error.sentence()));
    QCOMPARE(error.certificate().subject, commonName);

    // Pinning exactly that certificate lets the same endpoint in, without the CA.
    ServerEndpoint pinned = untrusted;
    pinned.trust.pinnedSha256 = error.certificate().sha256;
    Connection connection(pinned, TestServer::passwordFor(a.user));
    CapabilitiesJob job;
    VERIFY_OK(runJobAndWait(connection, job));
    QVERIFY(job.hasCapability("IMAP4REV1"));

    // A different pin is not a pass.
    ServerEndpoint wrongPin = untrusted;
    wrongPin.trust.pinnedSha256 = QByteArray(32, '\x42');
    Connection other(wrongPin, TestServer::passwordFor(a.user));
    CapabilitiesJob refused;
    QCOMPARE(runJobAndWait(other, refused).kind(), ErrorKind::TlsUntrusted);
}

// --- folders ------------------------------------------------------------------------------------

void TestImap::listFoldersShowsGhosts()
{
    QFETCH(QString, instance);
    const Account a = account(QStringLiteral("ghosts"), Security::Tls, instance);
    auto connection = a.connect();

    CreateFolderJob create(QByteArrayLiteral("a/b/c"));
    VERIFY_OK(runJobAndWait(*connection, create));
    QCOMPARE(create.createdName(), QByteArrayLiteral("a/b/c"));

    // Subscribed, then deleted without unsubscribing: a subscribed-but-missing ghost.
    CreateFolderJob gone(QByteArrayLiteral("Gone"));
    VERIFY_OK(runJobAndWait(*connection, gone));
    SubscribeFolderJob subscribeGone(QByteArrayLiteral("Gone"), true);
    VERIFY_OK(runJobAndWait(*connection, subscribeGone));
    DeleteFolderJob deleteGone(QByteArrayLiteral("Gone"));
    deleteGone.setUnsubscribe(false);
    VERIFY_OK(runJobAndWait(*connection, deleteGone));

    // Deleted with the default: unsubscribed too, so no ghost is left behind.
    CreateFolderJob clean(QByteArrayLiteral("Clean"));
    VERIFY_OK(runJobAndWait(*connection, clean));
    SubscribeFolderJob subscribeClean(QByteArrayLiteral("Clean"), true);
    VERIFY_OK(runJobAndWait(*connection, subscribeClean));
    DeleteFolderJob deleteClean(QByteArrayLiteral("Clean"));
    VERIFY_OK(runJobAndWait(*connection, deleteClean));

    ListFoldersJob list;
    VERIFY_OK(runJobAndWait(*connection, list));
    const FolderList &folders = list.folders();
    QVERIFY(!folders.isEmpty());
    QCOMPARE(folders.first().specialUse, SpecialUse::Inbox);
    QCOMPARE(folders.first().rawName, QByteArrayLiteral("INBOX"));

    const quint16 parentFlag = instance == QLatin1String("fs") ? FolderNoSelect : FolderNonExistent;
    for (const QString &path : {QStringLiteral("a"), QStringLiteral("a/b")}) {
        const FolderInfo *f = findFolder(folders, path);
        QVERIFY2(f, qPrintable(path));
        QVERIFY2(f->isGhost(), qPrintable(path));
        QVERIFY2(f->attributes & parentFlag, qPrintable(path));
        QVERIFY(f->attributes & FolderHasChildren);
        QCOMPARE(f->separator, QLatin1Char('/'));
    }
    const FolderInfo *leaf = findFolder(folders, QStringLiteral("a/b/c"));
    QVERIFY(leaf);
    QVERIFY(leaf->isSelectable());
    QCOMPARE(leaf->name(), QStringLiteral("c"));

    const FolderInfo *ghost = findFolder(folders, QStringLiteral("Gone"));
    QVERIFY(ghost);
    QVERIFY(ghost->attributes & FolderNonExistent);
    QVERIFY(ghost->attributes & FolderSubscribed);
    QVERIFY(ghost->isGhost());
    QVERIFY(!findFolder(folders, QStringLiteral("Clean")));

    for (const auto &[path, use] : {std::pair{QStringLiteral("Sent"), SpecialUse::Sent},
                                    std::pair{QStringLiteral("Trash"), SpecialUse::Trash},
                                    std::pair{QStringLiteral("Drafts"), SpecialUse::Drafts},
                                    std::pair{QStringLiteral("Junk"), SpecialUse::Junk}}) {
        const FolderInfo *f = findFolder(folders, path);
        QVERIFY2(f, qPrintable(path));
        QCOMPARE(f->specialUse, use);
        QVERIFY(f->attributes & FolderSubscribed);
    }

    // The ghost goes by unsubscribing from it.
    SubscribeFolderJob unsubscribe(QByteArrayLiteral("Gone"), false);
    VERIFY_OK(runJobAndWait(*connection, unsubscribe));
    ListFoldersJob again;
    VERIFY_OK(runJobAndWait(*connection, again));
    QVERIFY(!findFolder(again.folders(), QStringLiteral("Gone")));
}

void TestImap::folderNamesRoundTrip()
{
    QFETCH(QString, instance);
    const Account a = account(QStringLiteral("names"), Security::Tls, instance);
    auto connection = a.connect();

    // '+' is where vmime's modified UTF-7 breaks; '&' and accents exercise the encoding.
    const QStringList paths = {QStringLiteral("C++"), QStringLiteral("Projets/Été 2025"),
                               QStringLiteral("R&D"), QStringLiteral("日本語")};
    for (const QString &path : paths) {
        CreateFolderJob job(imap::encodeMailboxName(path));
        VERIFY_OK(runJobAndWait(*connection, job));
    }
    // A trailing separator is dropped, so the folder can hold mail (no \Noselect directory).
    CreateFolderJob trailing(QByteArrayLiteral("Archive/"));
    VERIFY_OK(runJobAndWait(*connection, trailing));
    QCOMPARE(trailing.createdName(), QByteArrayLiteral("Archive"));

    ListFoldersJob list;
    VERIFY_OK(runJobAndWait(*connection, list));
    for (const QString &path : paths + QStringList{QStringLiteral("Archive")}) {
        const FolderInfo *f = findFolder(list.folders(), path);
        QVERIFY2(f, qPrintable(path));
        QVERIFY2(f->isSelectable(), qPrintable(path));
        QCOMPARE(f->rawName, imap::encodeMailboxName(path));
    }

    // doveadm (UTF-8 names) sees the same folders.
    const QString doveadmList = QString::fromUtf8(
        a.server.doveadm({QStringLiteral("mailbox"), QStringLiteral("list"), QStringLiteral("-u"), a.user}));
    for (const QString &path : paths)
        QVERIFY2(doveadmList.split(QLatin1Char('\n')).contains(path), qPrintable(doveadmList));

    // And mail goes into them.
    AppendMessageJob append(imap::encodeMailboxName(QStringLiteral("Projets/Été 2025")));
    append.addMessage(makeMessage("Into an accented folder"));
    VERIFY_OK(runJobAndWait(*connection, append));
    QCOMPARE(doveadmSubjects(a, QStringLiteral("Projets/Été 2025")),
             QByteArrayList{"Into an accented folder"});

    // Creating an existing folder is refused with the server's words.
    CreateFolderJob duplicate(QByteArrayLiteral("C++"));
    const Error error = runJobAndWait(*connection, duplicate);
    QCOMPARE(error.kind(), ErrorKind::ServerRefused);
    QVERIFY2(error.sentence().contains(QLatin1String("C++")), qPrintable(error.sentence()));
    QVERIFY(!error.serverText().isEmpty());
}

void TestImap::renameCarriesSubscriptions()
{
    const Account a = account(QStringLiteral("rename"));
    auto connection = a.connect();
    for (const QByteArray &name : {QByteArrayLiteral("Old"), QByteArrayLiteral("Old/Kid")}) {
        CreateFolderJob create(name);
        VERIFY_OK(runJobAndWait(*connection, create));
        SubscribeFolderJob subscribe(name, true);
        VERIFY_OK(runJobAndWait(*connection, subscribe));
    }
    AppendMessageJob append(QByteArrayLiteral("Old/Kid"));
    append.addMessage(makeMessage("Stays with the folder"));
    VERIFY_OK(runJobAndWait(*connection, append));

    RenameFolderJob rename(QByteArrayLiteral("Old"), imap::encodeMailboxName(QStringLiteral("Nouveau é")));
    VERIFY_OK(runJobAndWait(*connection, rename));

    ListFoldersJob list;
    VERIFY_OK(runJobAndWait(*connection, list));
    // dovecot leaves the subscriptions behind on RENAME; the job moved them.
    QVERIFY(!findFolder(list.folders(), QStringLiteral("Old")));
    QVERIFY(!findFolder(list.folders(), QStringLiteral("Old/Kid")));
    for (const QString &path : {QStringLiteral("Nouveau é"), QStringLiteral("Nouveau é/Kid")}) {
        const FolderInfo *f = findFolder(list.folders(), path);
        QVERIFY2(f, qPrintable(path));
        QVERIFY2(f->attributes & FolderSubscribed, qPrintable(path));
        QVERIFY(f->isSelectable());
    }
    QCOMPARE(doveadmSubjects(a, QStringLiteral("Nouveau é/Kid")), QByteArrayList{"Stays with the folder"});

    // Renaming onto an existing folder is refused.
    CreateFolderJob other(QByteArrayLiteral("Other"));
    VERIFY_OK(runJobAndWait(*connection, other));
    RenameFolderJob clash(QByteArrayLiteral("Other"), imap::encodeMailboxName(QStringLiteral("Nouveau é")));
    const Error error = runJobAndWait(*connection, clash);
    QCOMPARE(error.kind(), ErrorKind::ServerRefused);
    QVERIFY2(error.sentence().contains(QLatin1String("Other")), qPrintable(error.sentence()));
}

void TestImap::deleteFolderWithChildren()
{
    // LAYOUT=fs: parents are real directories that refuse DELETE while they have children.
    const Account a = account(QStringLiteral("delete"));
    auto connection = a.connect();
    CreateFolderJob create(QByteArrayLiteral("a/b/c"));
    VERIFY_OK(runJobAndWait(*connection, create));

    DeleteFolderJob parent(QByteArrayLiteral("a/b"));
    const Error error = runJobAndWait(*connection, parent);
    QCOMPARE(error.kind(), ErrorKind::ServerRefused);
    QVERIFY2(error.sentence().contains(QLatin1String("subfolders")), qPrintable(error.sentence()));
    QVERIFY2(error.sentence().contains(QStringLiteral("“a/b”")), qPrintable(error.sentence()));
    QVERIFY(error.sentence().contains(a.endpoint.host));
    QVERIFY(error.serverText().contains(QLatin1String("children")));

    // Children first; the childless \Noselect ghost that remains can then be deleted too.
    DeleteFolderJob leaf(QByteArrayLiteral("a/b/c"));
    VERIFY_OK(runJobAndWait(*connection, leaf));
    ListFoldersJob list;
    VERIFY_OK(runJobAndWait(*connection, list));
    const FolderInfo *ghost = findFolder(list.folders(), QStringLiteral("a/b"));
    QVERIFY(ghost);
    QVERIFY(ghost->attributes & FolderNoSelect);
    DeleteFolderJob ab(QByteArrayLiteral("a/b"));
    VERIFY_OK(runJobAndWait(*connection, ab));
    DeleteFolderJob root(QByteArrayLiteral("a"));
    VERIFY_OK(runJobAndWait(*connection, root));
    ListFoldersJob after;
    VERIFY_OK(runJobAndWait(*connection, after));
    QVERIFY(!findFolder(after.folders(), QStringLiteral("a")));
    QVERIFY(!findFolder(after.folders(), QStringLiteral("a/b")));

    // Deleting the selected folder works (UNSELECT first), and a missing one is NotFound.
    CreateFolderJob busy(QByteArrayLiteral("Busy"));
    VERIFY_OK(runJobAndWait(*connection, busy));
    AppendMessageJob append(QByteArrayLiteral("Busy"));
    append.addMessage(makeMessage("In a folder about to go"));
    VERIFY_OK(runJobAndWait(*connection, append));
    SearchJob select(QByteArrayLiteral("Busy"));
    VERIFY_OK(runJobAndWait(*connection, select));
    QCOMPARE(select.uids(), QVector<quint32>{1});
    DeleteFolderJob deleteBusy(QByteArrayLiteral("Busy"));
    VERIFY_OK(runJobAndWait(*connection, deleteBusy));
    DeleteFolderJob missing(QByteArrayLiteral("Busy"));
    QCOMPARE(runJobAndWait(*connection, missing).kind(), ErrorKind::NotFound);

    // ... also right after an expunge in it on the same connection (the folder is still selected
    // on the server; dovecot would end the session if it were deleted while selected).
    CreateFolderJob emptied(QByteArrayLiteral("Emptied"));
    VERIFY_OK(runJobAndWait(*connection, emptied));
    AppendMessageJob one(QByteArrayLiteral("Emptied"));
    one.addMessage(makeMessage("Soon gone"), MessageFlags {FlagDeleted, {}});
    VERIFY_OK(runJobAndWait(*connection, one));
    ExpungeJob expunge(QByteArrayLiteral("Emptied"), {one.results().first().uid});
    VERIFY_OK(runJobAndWait(*connection, expunge));
    DeleteFolderJob deleteEmptied(QByteArrayLiteral("Emptied"));
    VERIFY_OK(runJobAndWait(*connection, deleteEmptied));
    CapabilitiesJob stillThere;
    VERIFY_OK(runJobAndWait(*connection, stillThere));
}

void TestImap::subscribe()
{
    const Account a = account(QStringLiteral("subs"));
    auto connection = a.connect();
    CreateFolderJob create(QByteArrayLiteral("News"));
    VERIFY_OK(runJobAndWait(*connection, create));
    auto subscribed = [&]() -> int {
        ListFoldersJob list;
        if (!runJobAndWait(*connection, list).isOk())
            return -1;
        const FolderInfo *f = findFolder(list.folders(), QStringLiteral("News"));
        return f ? ((f->attributes & FolderSubscribed) ? 1 : 0) : -1;
    };
    QCOMPARE(subscribed(), 0);
    SubscribeFolderJob on(QByteArrayLiteral("News"), true);
    VERIFY_OK(runJobAndWait(*connection, on));
    QCOMPARE(subscribed(), 1);
    SubscribeFolderJob off(QByteArrayLiteral("News"), false);
    VERIFY_OK(runJobAndWait(*connection, off));
    QCOMPARE(subscribed(), 0);
    // dovecot 2.3 refuses to subscribe to a folder that does not exist.
    SubscribeFolderJob missing(QByteArrayLiteral("Nowhere"), true);
    const Error error = runJobAndWait(*connection, missing);
    QCOMPARE(error.kind(), ErrorKind::NotFound);
    QVERIFY2(error.sentence().contains(QLatin1String("Nowhere")), qPrintable(error.sentence()));
}

// --- reading ------------------------------------------------------------------------------------

void TestImap::folderStatus()
{
    const Account a = account(QStringLiteral("status"));
    auto connection = a.connect();
    CreateFolderJob create(QByteArrayLiteral("x/y"));
    VERIFY_OK(runJobAndWait(*connection, create));
    AppendMessageJob append(QByteArrayLiteral("INBOX"));
    append.addMessage(makeMessage("One"), flags(FlagSeen));
    append.addMessage(makeMessage("Two"));
    append.addMessage(makeMessage("Three"));
    VERIFY_OK(runJobAndWait(*connection, append));

    FolderStatusJob job({QByteArrayLiteral("INBOX"), QByteArrayLiteral("x/y"), QByteArrayLiteral("x"),
                         QByteArrayLiteral("Missing"), QByteArrayLiteral("Sent")});
    VERIFY_OK(runJobAndWait(*connection, job));
    QCOMPARE(job.statuses().size(), 3);
    const FolderStatus inbox = job.statuses().value("INBOX");
    QCOMPARE(inbox.messages, 3u);
    QCOMPARE(inbox.unseen, 2u);
    QCOMPARE(inbox.uidNext, 4u);
    QCOMPARE(inbox.uidValidity, append.results().at(0).uidValidity);
    QVERIFY(inbox.highestModSeq > 0); // CONDSTORE
    const FolderStatus empty = job.statuses().value("x/y");
    QCOMPARE(empty.messages, 0u);
    QCOMPARE(empty.uidNext, 1u);
    QVERIFY(empty.uidValidity > 0);
    QVERIFY(job.statuses().contains("Sent"));

    // The \Noselect parent and the missing folder fail alone, each with its own sentence.
    QCOMPARE(job.errors().size(), 2);
    for (const QByteArray &name : {QByteArrayLiteral("x"), QByteArrayLiteral("Missing")}) {
        const Error e = job.errors().value(name);
        QCOMPARE(e.kind(), ErrorKind::NotFound);
        QVERIFY2(e.sentence().contains(QStringLiteral("“") + QString::fromLatin1(name) + QStringLiteral("”")),
                 qPrintable(e.sentence()));
        QVERIFY(e.sentence().contains(a.endpoint.host));
    }
}

void TestImap::syncHeadersMatchesDoveadm()
{
    QFETCH(QString, instance);
    const Account a = account(QStringLiteral("sync"), Security::Tls, instance);
    QVERIFY(a.server.seed(a.user, QStringLiteral("Seeded"), 500, 11));
    auto connection = a.connect();

    // Some flags and keywords, so that FLAGS have something to say.
    QVector<quint32> seen, flagged;
    for (quint32 uid = 1; uid <= 500; ++uid) {
        if (uid % 3 == 0)
            seen << uid;
        if (uid % 7 == 0)
            flagged << uid;
    }
    StoreFlagsJob markSeen(QByteArrayLiteral("Seeded"), seen, flags(FlagSeen), StoreFlagsJob::Operation::Add);
    VERIFY_OK(runJobAndWait(*connection, markSeen));
    StoreFlagsJob markFlagged(QByteArrayLiteral("Seeded"), flagged, flags(FlagFlagged | FlagForwarded, {"$Label1"}),
                              StoreFlagsJob::Operation::Add);
    VERIFY_OK(runJobAndWait(*connection, markFlagged));

    // A fresh connection, as a new session of the client would be.
    auto fresh = a.connect();
    Error error;
    FolderStatus status;
    const HeaderBatch records = syncAll(*fresh, QByteArrayLiteral("Seeded"), &error,
                                        SyncHeadersJob::Mode::Full, 0, &status);
    VERIFY_OK(error);
    QCOMPARE(status.messages, 500u);
    QCOMPARE(records.size(), 500);

    const QVector<Row> rows = doveadmFetch(
        a, QStringLiteral("Seeded"),
        QStringLiteral("uid flags size.virtual date.received.unixtime hdr.subject hdr.references hdr.message-id"));
    QCOMPARE(rows.size(), 500);
    QHash<quint32, Row> byUid;
    for (const Row &row : rows)
        byUid.insert(row.value("uid").toUInt(), row);
    int withReferences = 0, encodedSubjects = 0;
    for (const HeaderRecord &r : records) {
        QVERIFY2(byUid.contains(r.uid), qPrintable(QString::number(r.uid)));
        const Row row = byUid.value(r.uid);
        const QByteArray uid = QByteArray::number(r.uid);
        QCOMPARE(flagTokens(r.flags), flagTokens(row.value("flags")));
        // RFC822.SIZE is the size with CRLF line ends (the seeded files have LF).
        QCOMPARE(QByteArray::number(r.size), row.value("size.virtual"));
        QCOMPARE(QByteArray::number(r.internalDate), row.value("date.received.unixtime"));
        QCOMPARE(r.subject, row.value("hdr.subject"));
        QCOMPARE(r.messageId, row.value("hdr.message-id"));
        QCOMPARE(r.references, row.value("hdr.references"));
        QVERIFY(r.modseq > 0);
        withReferences += r.references.isEmpty() ? 0 : 1;
        encodedSubjects += r.subject.contains("=?") ? 1 : 0;
    }
    QVERIFY(withReferences > 50);  // the generator threads about a quarter
    QVERIFY(encodedSubjects > 10); // and encodes the non-ASCII subjects
    for (int i = 1; i < records.size(); ++i)
        QVERIFY(records[i].uid > records[i - 1].uid);

    // Incremental: only UIDs from 490 on.
    HeaderBatch tail;
    SyncHeadersJob incremental(QByteArrayLiteral("Seeded"));
    incremental.setFirstUid(490);
    incremental.setSink([&tail](HeaderBatch &&batch) { tail += batch; });
    VERIFY_OK(runJobAndWait(*fresh, incremental));
    QCOMPARE(tail.size(), 11);
    QCOMPARE(tail.first().uid, 490u);

    // FlagsOnly with CHANGEDSINCE: exactly the messages changed after the full sync.
    StoreFlagsJob change(QByteArrayLiteral("Seeded"), {5, 250, 499}, flags(FlagAnswered),
                         StoreFlagsJob::Operation::Add);
    VERIFY_OK(runJobAndWait(*connection, change));
    const HeaderBatch changed = syncAll(*fresh, QByteArrayLiteral("Seeded"), &error,
                                        SyncHeadersJob::Mode::FlagsOnly, status.highestModSeq);
    VERIFY_OK(error);
    QVector<quint32> changedUids;
    for (const HeaderRecord &r : changed) {
        changedUids << r.uid;
        QVERIFY(r.flags.bits & FlagAnswered);
    }
    QCOMPARE(changedUids, (QVector<quint32>{5, 250, 499}));
}

void TestImap::storeFlags()
{
    const Account a = account(QStringLiteral("flags"));
    auto connection = a.connect();
    AppendMessageJob append(QByteArrayLiteral("INBOX"));
    for (int i = 1; i <= 6; ++i)
        append.addMessage(makeMessage("Flags " + QByteArray::number(i)));
    VERIFY_OK(runJobAndWait(*connection, append));

    StoreFlagsJob add(QByteArrayLiteral("INBOX"), {1, 2, 3, 4}, flags(FlagSeen | FlagFlagged, {"$Work", "Todo"}),
                      StoreFlagsJob::Operation::Add);
    VERIFY_OK(runJobAndWait(*connection, add));
    StoreFlagsJob remove(QByteArrayLiteral("INBOX"), {2, 3}, flags(FlagFlagged, {"Todo"}),
                         StoreFlagsJob::Operation::Remove);
    VERIFY_OK(runJobAndWait(*connection, remove));
    StoreFlagsJob replace(QByteArrayLiteral("INBOX"), {4, 5}, flags(FlagAnswered | FlagDraft),
                          StoreFlagsJob::Operation::Replace);
    VERIFY_OK(runJobAndWait(*connection, replace));
    // UIDs that do not exist are skipped, not an error.
    StoreFlagsJob gone(QByteArrayLiteral("INBOX"), {6, 99}, flags(FlagDeleted), StoreFlagsJob::Operation::Add);
    VERIFY_OK(runJobAndWait(*connection, gone));

    const QHash<quint32, QByteArrayList> expected = {
        {1, {"$Work", "Todo", "\\Flagged", "\\Seen"}},
        {2, {"$Work", "\\Seen"}},
        {3, {"$Work", "\\Seen"}},
        {4, {"\\Answered", "\\Draft"}},
        {5, {"\\Answered", "\\Draft"}},
        {6, {"\\Deleted"}},
    };
    // Visible in a fresh sync...
    auto fresh = a.connect();
    Error error;
    const HeaderBatch records = syncAll(*fresh, QByteArrayLiteral("INBOX"), &error);
    VERIFY_OK(error);
    QCOMPARE(records.size(), 6);
    for (const HeaderRecord &r : records) {
        QByteArrayList want = expected.value(r.uid);
        std::sort(want.begin(), want.end());
        QCOMPARE(flagTokens(r.flags), want);
    }
    // ...and on the server.
    for (const Row &row : doveadmFetch(a, QStringLiteral("INBOX"), QStringLiteral("uid flags"))) {
        QByteArrayList want = expected.value(row.value("uid").toUInt());
        std::sort(want.begin(), want.end());
        QCOMPARE(flagTokens(row.value("flags")), want);
    }

    // A keyword that IMAP cannot carry is refused before anything is sent.
    StoreFlagsJob bad(QByteArrayLiteral("INBOX"), {1}, flags(0, {"two words"}), StoreFlagsJob::Operation::Add);
    QCOMPARE(runJobAndWait(*connection, bad).kind(), ErrorKind::Usage);
}

// --- writing ------------------------------------------------------------------------------------

void TestImap::appendKeepsFlagsAndDate()
{
    QFETCH(Security, security);
    const Account a = account(QStringLiteral("append"), security);
    auto connection = a.connect();

    struct Input {
        QByteArray subject;
        MessageFlags flags;
        qint64 date;
    };
    const QVector<Input> inputs = {
        {"From memory, seen", flags(FlagSeen), utc(2019, 4, 1, 8, 30, 15)},
        {"From memory, keywords", flags(FlagFlagged | FlagForwarded, {"$Label2"}), utc(2020, 12, 31, 23, 59, 59)},
        {"From memory, no date", flags(FlagDraft), 0},
        {"From a file", flags(FlagAnswered | FlagSeen), utc(2001, 9, 9, 1, 46, 40)},
        {"From a buffer", MessageFlags(), utc(1999, 1, 2, 3, 4, 5)},
    };
    AppendMessageJob job(QByteArrayLiteral("INBOX"));
    for (int i = 0; i < 3; ++i)
        QCOMPARE(job.addMessage(makeMessage(inputs[i].subject), inputs[i].flags, inputs[i].date), i);
    auto file = std::make_unique<QTemporaryFile>();
    QVERIFY(file->open());
    file->write(makeMessage(inputs[3].subject));
    file->seek(0);
    QCOMPARE(job.addMessage(std::move(file), -1, inputs[3].flags, inputs[3].date), 3);
    auto buffer = std::make_unique<QBuffer>();
    buffer->setData(makeMessage(inputs[4].subject));
    QCOMPARE(job.addMessage(std::move(buffer), -1, inputs[4].flags, inputs[4].date), 4);
    QVERIFY(!job.isRetryable());

    const qint64 before = QDateTime::currentSecsSinceEpoch();
    VERIFY_OK(runJobAndWait(*connection, job));
    QCOMPARE(job.appendedCount(), 5);
    QCOMPARE(job.results().size(), 5);

    FolderStatusJob status({QByteArrayLiteral("INBOX")});
    VERIFY_OK(runJobAndWait(*connection, status));
    const quint32 validity = status.statuses().value("INBOX").uidValidity;
    for (int i = 0; i < 5; ++i) {
        const AppendMessageJob::Result &r = job.results().at(i);
        QCOMPARE(r.outcome, AppendMessageJob::Outcome::Appended);
        QCOMPARE(r.uid, quint32(i + 1)); // APPENDUID, in order
        QCOMPARE(r.uidValidity, validity);
        QVERIFY(r.error.isOk());
    }

    auto fresh = a.connect();
    Error error;
    const HeaderBatch records = syncAll(*fresh, QByteArrayLiteral("INBOX"), &error);
    VERIFY_OK(error);
    QCOMPARE(records.size(), 5);
    for (int i = 0; i < 5; ++i) {
        const HeaderRecord &r = records[i];
        QCOMPARE(r.uid, job.results().at(i).uid);
        QCOMPARE(r.subject, inputs[i].subject);
        MessageFlags want = inputs[i].flags;
        want.bits |= r.flags.bits & FlagRecent;
        QCOMPARE(flagTokens(r.flags), flagTokens(want));
        if (inputs[i].date > 0)
            QCOMPARE(r.internalDate, inputs[i].date);
        else
            QVERIFY(r.internalDate >= before - 5 && r.internalDate <= QDateTime::currentSecsSinceEpoch() + 5);
    }
    QCOMPARE(doveadmSubjects(a, QStringLiteral("INBOX")).size(), 5);
}

void TestImap::appendPipelinedKeepsOrder()
{
    const Account a = account(QStringLiteral("pipeline"));
    auto connection = a.connect();
    CreateFolderJob create(QByteArrayLiteral("Many"));
    VERIFY_OK(runJobAndWait(*connection, create));
    AppendMessageJob job(QByteArrayLiteral("Many"));
    QCOMPARE(job.pipelineDepth(), 16);
    job.setPipelineDepth(8);
    for (int i = 0; i < 60; ++i)
        job.addMessage(makeMessage("Pipelined " + QByteArray::number(i), QByteArray(100 + 37 * i, 'x') + "\r\n"));
    qint64 lastDone = 0, lastTotal = 0;
    connect(&job, &Job::progress, this, [&](qint64 done, qint64 total) {
        lastDone = done;
        lastTotal = total;
    });
    VERIFY_OK(runJobAndWait(*connection, job));
    QCOMPARE(job.appendedCount(), 60);
    QTRY_COMPARE(lastDone, lastTotal);
    QVERIFY(lastTotal > 60 * 100);

    // Each APPENDUID belongs to its own message: UID k+1 on the server holds message k.
    QHash<quint32, QByteArray> subjectByUid;
    for (const Row &row : doveadmFetch(a, QStringLiteral("Many"), QStringLiteral("uid hdr.subject")))
        subjectByUid.insert(row.value("uid").toUInt(), row.value("hdr.subject"));
    QCOMPARE(subjectByUid.size(), 60);
    for (int i = 0; i < 60; ++i)
        QCOMPARE(subjectByUid.value(job.results().at(i).uid), "Pipelined " + QByteArray::number(i));

    // A missing folder refuses every message, each with its own NotFound error.
    AppendMessageJob missing(QByteArrayLiteral("Nowhere"));
    missing.addMessage(makeMessage("Lost 1"));
    missing.addMessage(makeMessage("Lost 2"));
    const Error error = runJobAndWait(*connection, missing);
    QCOMPARE(error.kind(), ErrorKind::NotFound);
    QVERIFY2(error.sentence().contains(QLatin1String("2 of 2")), qPrintable(error.sentence()));
    for (const auto &r : missing.results()) {
        QCOMPARE(r.outcome, AppendMessageJob::Outcome::Refused);
        QCOMPARE(r.error.kind(), ErrorKind::NotFound);
    }
}

void TestImap::appendOverQuotaPerMessage_data()
{
    QTest::addColumn<int>("depth");
    QTest::newRow("pipelined") << 16;
    QTest::newRow("one at a time") << 1;
}

void TestImap::appendOverQuotaPerMessage()
{
    QFETCH(int, depth);
    const Account a = account(QStringLiteral("quota"), Security::Tls, QStringLiteral("fs"), QStringLiteral("1M"));
    QVERIFY(!a.user.isEmpty());
    auto connection = a.connect();

    AppendMessageJob job(QByteArrayLiteral("INBOX"));
    job.setPipelineDepth(depth);
    job.addMessage(makeMessage("Small A"));
    job.addMessage(bigMessage("Too big 1", 1200 * 1024));
    job.addMessage(makeMessage("Small B"), flags(FlagSeen));
    job.addMessage(bigMessage("Too big 2", 1500 * 1024));
    job.addMessage(makeMessage("Small C"));
    const Error error = runJobAndWait(*connection, job);
    QCOMPARE(error.kind(), ErrorKind::QuotaExceeded);
    QVERIFY2(error.sentence().contains(QLatin1String("2 of 5")), qPrintable(error.sentence()));

    const QVector<bool> appended = {true, false, true, false, true};
    quint32 expectedUid = 1;
    for (int i = 0; i < 5; ++i) {
        const AppendMessageJob::Result &r = job.results().at(i);
        if (appended[i]) {
            QCOMPARE(r.outcome, AppendMessageJob::Outcome::Appended);
            QCOMPARE(r.uid, expectedUid++);
        } else {
            QCOMPARE(r.outcome, AppendMessageJob::Outcome::Refused);
            QCOMPARE(r.error.kind(), ErrorKind::QuotaExceeded);
            QVERIFY(r.error.serverText().contains(QLatin1String("OVERQUOTA")));
            QVERIFY2(r.error.sentence().contains(QStringLiteral("message %1 of 5").arg(i + 1)),
                     qPrintable(r.error.sentence()));
            QCOMPARE(r.uid, 0u);
        }
    }
    QCOMPARE(job.appendedCount(), 3);
    QCOMPARE(doveadmSubjects(a, QStringLiteral("INBOX")), (QByteArrayList{"Small A", "Small B", "Small C"}));

    // The connection is still in step: the next job on it works.
    FolderStatusJob status({QByteArrayLiteral("INBOX")});
    VERIFY_OK(runJobAndWait(*connection, status));
    QCOMPARE(status.statuses().value("INBOX").messages, 3u);
}

void TestImap::appendWithSynchronizingLiterals()
{
    // LITERAL-: up to 4096 bytes go as {n+}, anything larger waits for the server's "+", and an
    // APPEND the server refuses before the "+" (over quota, known from the size) is answered by
    // its tagged NO while the other APPENDs of the pipeline go on.
    Account a;
    a.server = m_fs;
    a.user = addLiteralMinusUser(m_fs, QStringLiteral("litminus"), QStringLiteral("1M"));
    QVERIFY(!a.user.isEmpty());
    a.endpoint = m_fs.endpoint(Protocol::Imap, Security::Tls, a.user);
    QStringList trace;
    ConnectionOptions options;
    options.trace = [&trace](bool outgoing, const QByteArray &line) {
        if (outgoing)
            trace << QString::fromUtf8(line);
    };
    auto connection = a.connect(options);
    CapabilitiesJob caps;
    VERIFY_OK(runJobAndWait(*connection, caps));
    QVERIFY(caps.hasCapability("LITERAL-"));
    QVERIFY(!caps.hasCapability("LITERAL+"));

    AppendMessageJob job(QByteArrayLiteral("INBOX"));
    job.addMessage(makeMessage("Small one"), flags(FlagSeen));
    job.addMessage(bigMessage("Medium one", 40 * 1024));
    job.addMessage(bigMessage("Far too big", 1300 * 1024));
    job.addMessage(makeMessage("Small two"));
    job.addMessage(bigMessage("Medium two", 60 * 1024), flags(FlagFlagged));
    const Error error = runJobAndWait(*connection, job);
    QCOMPARE(error.kind(), ErrorKind::QuotaExceeded);
    const QVector<AppendMessageJob::Outcome> outcomes = {
        AppendMessageJob::Outcome::Appended, AppendMessageJob::Outcome::Appended,
        AppendMessageJob::Outcome::Refused, AppendMessageJob::Outcome::Appended,
        AppendMessageJob::Outcome::Appended};
    for (int i = 0; i < 5; ++i)
        QCOMPARE(job.results().at(i).outcome, outcomes[i]);
    QCOMPARE(job.results().at(2).error.kind(), ErrorKind::QuotaExceeded);
    QCOMPARE(job.results().at(3).uid, 3u);
    QCOMPARE(job.results().at(4).uid, 4u);
    QCOMPARE(doveadmSubjects(a, QStringLiteral("INBOX")),
             (QByteArrayList{"Small one", "Medium one", "Small two", "Medium two"}));
    // Which literal form each APPEND used.
    const QStringList appends = trace.filter(QStringLiteral(" APPEND "));
    QCOMPARE(appends.size(), 5);
    QVERIFY2(appends[0].endsWith(QLatin1String("+}")), qPrintable(appends[0]));
    for (int i : {1, 2, 4})
        QVERIFY2(!appends[i].endsWith(QLatin1String("+}")) && appends[i].endsWith(QLatin1Char('}')),
                 qPrintable(appends[i]));

    // A search text longer than 4096 bytes of UTF-8 goes as a synchronizing literal too.
    SearchJob shortText(QByteArrayLiteral("INBOX"));
    shortText.addText(SearchJob::Field::Subject, QStringLiteral("tw\u00f6"));
    VERIFY_OK(runJobAndWait(*connection, shortText));
    QVERIFY(shortText.uids().isEmpty());
    SearchJob longText(QByteArrayLiteral("INBOX"));
    longText.addText(SearchJob::Field::Body, QString(3000, QChar(0x00e9)));
    VERIFY_OK(runJobAndWait(*connection, longText));
    QVERIFY(longText.uids().isEmpty());
    SearchJob found(QByteArrayLiteral("INBOX"));
    found.addText(SearchJob::Field::Subject, QStringLiteral("medium"));
    VERIFY_OK(runJobAndWait(*connection, found));
    QCOMPARE(found.uids(), (QVector<quint32>{2, 4}));
    QVERIFY(trace.filter(QStringLiteral("CHARSET UTF-8 BODY {6000}")).size() == 1);
}

void TestImap::appendLargeStreamed()
{
    const Account a = account(QStringLiteral("large"));
    auto connection = a.connect();

    // 24 MB with binary-looking lines, streamed from a file; fetched back byte for byte.
    auto file = std::make_unique<QTemporaryFile>();
    QVERIFY(file->open());
    QCryptographicHash hash(QCryptographicHash::Sha256);
    const QByteArray head = makeMessage("Large attachment", {});
    file->write(head);
    hash.addData(head);
    QRandomGenerator rng(42);
    qint64 size = head.size();
    while (size < 24 * 1024 * 1024) {
        QByteArray line(76, Qt::Uninitialized);
        for (char &c : line)
            c = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"[rng.bounded(64)];
        line += "\r\n";
        file->write(line);
        hash.addData(line);
        size += line.size();
    }
    file->seek(0);
    AppendMessageJob job(QByteArrayLiteral("INBOX"));
    job.addMessage(std::move(file), -1, flags(FlagSeen), utc(2024, 2, 29));
    int progressSignals = 0;
    qint64 lastDone = 0;
    connect(&job, &Job::progress, this, [&](qint64 done, qint64 total) {
        ++progressSignals;
        lastDone = done;
        QCOMPARE(total, size);
    });
    VERIFY_OK(runJobAndWait(*connection, job));
    QCOMPARE(job.results().at(0).uid, 1u);
    QTRY_COMPARE(lastDone, size);
    QVERIFY(progressSignals > 50); // streamed in chunks, not at once

    FetchMessageJob fetch(QByteArrayLiteral("INBOX"), 1);
    VERIFY_OK(runJobAndWait(*connection, fetch));
    QCOMPARE(qint64(fetch.content().size()), size);
    QCOMPARE(qint64(fetch.size()), size);
    QCOMPARE(QCryptographicHash::hash(fetch.content(), QCryptographicHash::Sha256), hash.result());
    QCOMPARE(fetch.internalDate(), utc(2024, 2, 29));
}

void TestImap::appendCancelledMidLiteral()
{
    const Account a = account(QStringLiteral("cancelappend"));
    auto connection = a.connect();
    CreateFolderJob create(QByteArrayLiteral("Target"));
    VERIFY_OK(runJobAndWait(*connection, create));

    AppendMessageJob job(QByteArrayLiteral("Target"));
    job.addMessage(makeMessage("Before the cancel"));
    const QByteArray big = bigMessage("Cut in the middle", 8 * 1024 * 1024);
    job.addMessage(std::make_unique<CancellingBuffer>(big, &job, 2 * 1024 * 1024), big.size());
    job.addMessage(makeMessage("Never sent"));
    QElapsedTimer timer;
    timer.start();
    const Error error = runJobAndWait(*connection, job);
    QCOMPARE(error.kind(), ErrorKind::Cancelled);
    QVERIFY(timer.elapsed() < 10000);
    // The first was sent whole (its reply may not have been read), the second was cut off and
    // so certainly not saved, the third never went out.
    QVERIFY(job.results().at(0).outcome == AppendMessageJob::Outcome::Appended
            || job.results().at(0).outcome == AppendMessageJob::Outcome::Unknown);
    QCOMPARE(job.results().at(1).outcome, AppendMessageJob::Outcome::NotSent);
    QCOMPARE(job.results().at(2).outcome, AppendMessageJob::Outcome::NotSent);

    // The same connection reconnects, and the server kept no part of the cut message.
    FolderStatusJob status({QByteArrayLiteral("Target")});
    VERIFY_OK(runJobAndWait(*connection, status));
    const QByteArrayList subjects = doveadmSubjects(a, QStringLiteral("Target"));
    QVERIFY(!subjects.contains("Cut in the middle"));
    QVERIFY(!subjects.contains("Never sent"));
    QCOMPARE(status.statuses().value("Target").messages, quint32(subjects.size()));
}

void TestImap::fetchMessageAndParts()
{
    QFETCH(Security, security);
    const Account a = account(QStringLiteral("fetch"), security);
    auto connection = a.connect();
    const QByteArray plain = makeMessage("Plain", "Line one.\r\nLine two.\r\n");
    const QByteArray multipart = makeMessage(
        "Parts",
        "--XYZ\r\nContent-Type: text/plain; charset=utf-8\r\n\r\nFirst part\r\n"
        "--XYZ\r\nContent-Type: application/octet-stream\r\nContent-Transfer-Encoding: base64\r\n\r\n"
        "AAECAwQF\r\n--XYZ--\r\n",
        "Alice <alice@example.com>", "Content-Type: multipart/mixed; boundary=\"XYZ\"\r\n");
    AppendMessageJob append(QByteArrayLiteral("INBOX"));
    append.addMessage(plain, flags(FlagFlagged, {"$Label3"}), utc(2022, 7, 14, 9, 0, 0));
    append.addMessage(multipart);
    VERIFY_OK(runJobAndWait(*connection, append));

    FetchMessageJob whole(QByteArrayLiteral("INBOX"), 1);
    VERIFY_OK(runJobAndWait(*connection, whole));
    QCOMPARE(whole.content(), plain);
    QCOMPARE(whole.size(), quint32(plain.size()));
    QCOMPARE(whole.internalDate(), utc(2022, 7, 14, 9, 0, 0));
    QCOMPARE(flagTokens(whole.flags()), (QByteArrayList{"$Label3", "\\Flagged"}));

    FetchMessageJob part1(QByteArrayLiteral("INBOX"), 2);
    part1.setSection("1");
    VERIFY_OK(runJobAndWait(*connection, part1));
    QCOMPARE(part1.content(), QByteArrayLiteral("First part"));
    FetchMessageJob part2(QByteArrayLiteral("INBOX"), 2);
    part2.setSection("2");
    VERIFY_OK(runJobAndWait(*connection, part2));
    QCOMPARE(part2.content(), QByteArrayLiteral("AAECAwQF"));
    FetchMessageJob header(QByteArrayLiteral("INBOX"), 2);
    header.setSection("header");
    VERIFY_OK(runJobAndWait(*connection, header));
    QVERIFY(header.content().startsWith("From: Alice"));
    QVERIFY(header.content().endsWith("\r\n\r\n"));

    // PEEK: fetching did not mark anything \Seen.
    for (const Row &row : doveadmFetch(a, QStringLiteral("INBOX"), QStringLiteral("uid flags")))
        QVERIFY(!row.value("flags").contains("\\Seen"));

    FetchMessageJob missing(QByteArrayLiteral("INBOX"), 77);
    const Error error = runJobAndWait(*connection, missing);
    QCOMPARE(error.kind(), ErrorKind::NotFound);
    QVERIFY2(error.sentence().contains(QLatin1String("77")), qPrintable(error.sentence()));
    QVERIFY(error.sentence().contains(QLatin1String("INBOX")));
}

void TestImap::copyMoveExpunge()
{
    const Account a = account(QStringLiteral("copymove"));
    auto connection = a.connect();
    for (const QByteArray &name : {QByteArrayLiteral("Src"), QByteArrayLiteral("Dst")}) {
        CreateFolderJob create(name);
        VERIFY_OK(runJobAndWait(*connection, create));
    }
    AppendMessageJob append(QByteArrayLiteral("Src"));
    for (int i = 1; i <= 6; ++i)
        append.addMessage(makeMessage("M" + QByteArray::number(i)));
    VERIFY_OK(runJobAndWait(*connection, append));
    FolderStatusJob dstStatus({QByteArrayLiteral("Dst")});
    VERIFY_OK(runJobAndWait(*connection, dstStatus));
    const quint32 dstValidity = dstStatus.statuses().value("Dst").uidValidity;

    CopyMessagesJob copy(QByteArrayLiteral("Src"), {1, 3, 42}, QByteArrayLiteral("Dst"));
    VERIFY_OK(runJobAndWait(*connection, copy));
    QVERIFY(copy.hasMapping());
    QCOMPARE(copy.destinationUidValidity(), dstValidity);
    QCOMPARE(copy.uidMapping(), (QMap<quint32, quint32>{{1, 1}, {3, 2}})); // 42 does not exist
    QCOMPARE(doveadmSubjects(a, QStringLiteral("Dst")), (QByteArrayList{"M1", "M3"}));
    QCOMPARE(doveadmUids(a, QStringLiteral("Src")), (QVector<quint32>{1, 2, 3, 4, 5, 6}));

    MoveMessagesJob move(QByteArrayLiteral("Src"), {2, 4}, QByteArrayLiteral("Dst"));
    VERIFY_OK(runJobAndWait(*connection, move));
    QVERIFY(move.usedMoveCommand());
    QCOMPARE(move.destinationUidValidity(), dstValidity);
    QCOMPARE(move.uidMapping(), (QMap<quint32, quint32>{{2, 3}, {4, 4}}));
    QCOMPARE(doveadmUids(a, QStringLiteral("Src")), (QVector<quint32>{1, 3, 5, 6}));
    QCOMPARE(doveadmSubjects(a, QStringLiteral("Dst")), (QByteArrayList{"M1", "M3", "M2", "M4"}));

    // Without MOVE: COPY + STORE + UID EXPUNGE of exactly the moved UID. Message 6, marked
    // \Deleted by "another client", must survive.
    StoreFlagsJob othersDeleted(QByteArrayLiteral("Src"), {6}, flags(FlagDeleted), StoreFlagsJob::Operation::Add);
    VERIFY_OK(runJobAndWait(*connection, othersDeleted));
    MoveMessagesJob fallback(QByteArrayLiteral("Src"), {5}, QByteArrayLiteral("Dst"));
    fallback.setUseMoveCommand(false);
    VERIFY_OK(runJobAndWait(*connection, fallback));
    QVERIFY(!fallback.usedMoveCommand());
    QCOMPARE(fallback.uidMapping(), (QMap<quint32, quint32>{{5, 5}}));
    QCOMPARE(doveadmUids(a, QStringLiteral("Src")), (QVector<quint32>{1, 3, 6}));
    QCOMPARE(doveadmSubjects(a, QStringLiteral("Dst")).last(), QByteArrayLiteral("M5"));
    // The moved copy does not carry the \Deleted the fallback set on the original.
    for (const Row &row : doveadmFetch(a, QStringLiteral("Dst"), QStringLiteral("uid flags")))
        QVERIFY(!row.value("flags").contains("\\Deleted"));

    // Into a folder that does not exist: NotFound, nothing changed.
    CopyMessagesJob nowhere(QByteArrayLiteral("Src"), {1}, QByteArrayLiteral("Nowhere"));
    const Error error = runJobAndWait(*connection, nowhere);
    QCOMPARE(error.kind(), ErrorKind::NotFound);
    QVERIFY2(error.sentence().contains(QLatin1String("Nowhere")), qPrintable(error.sentence()));
    MoveMessagesJob moveNowhere(QByteArrayLiteral("Src"), {1}, QByteArrayLiteral("Nowhere"));
    QCOMPARE(runJobAndWait(*connection, moveNowhere).kind(), ErrorKind::NotFound);
    QCOMPARE(doveadmUids(a, QStringLiteral("Src")), (QVector<quint32>{1, 3, 6}));

    // UID EXPUNGE removes only the chosen \Deleted message; plain EXPUNGE the rest.
    StoreFlagsJob mark(QByteArrayLiteral("Src"), {1, 3}, flags(FlagDeleted), StoreFlagsJob::Operation::Add);
    VERIFY_OK(runJobAndWait(*connection, mark));
    ExpungeJob chosen(QByteArrayLiteral("Src"), {1});
    VERIFY_OK(runJobAndWait(*connection, chosen));
    QCOMPARE(chosen.expungedCount(), 1);
    QCOMPARE(doveadmUids(a, QStringLiteral("Src")), (QVector<quint32>{3, 6}));
    ExpungeJob rest(QByteArrayLiteral("Src"));
    VERIFY_OK(runJobAndWait(*connection, rest));
    QCOMPARE(rest.expungedCount(), 2);
    QVERIFY(doveadmUids(a, QStringLiteral("Src")).isEmpty());

    // The job's view of the folder is fresh after all that.
    FolderStatusJob status({QByteArrayLiteral("Src"), QByteArrayLiteral("Dst")});
    VERIFY_OK(runJobAndWait(*connection, status));
    QCOMPARE(status.statuses().value("Src").messages, 0u);
    QCOMPARE(status.statuses().value("Dst").messages, 5u);
}

void TestImap::search()
{
    const Account a = account(QStringLiteral("search"));
    auto connection = a.connect();
    AppendMessageJob append(QByteArrayLiteral("INBOX"));
    append.addMessage(makeMessage("=?UTF-8?Q?Caf=C3=A9_au_lait?=", "Milk.\r\n"), flags(FlagSeen),
                      utc(2021, 3, 1));
    append.addMessage(makeMessage("Budget 2022", "Numbers.\r\n", "Bob <bob@example.com>"),
                      flags(FlagFlagged, {"$Work"}), utc(2022, 6, 15));
    append.addMessage(makeMessage("Re: Budget 2022", "More numbers.\r\n"), {}, utc(2023, 1, 10));
    append.addMessage(makeMessage("=?UTF-8?B?R3LDvMOfZSBhdXMgS8O2bG4=?=", "Die Stra\xc3\x9f" "e.\r\n",
                                  "Carla <carla@example.org>",
                                  "Content-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: 8bit\r\n"),
                      {}, utc(2024, 5, 5));
    VERIFY_OK(runJobAndWait(*connection, append));

    int withoutEsearch = 0;
    auto run = [&](const std::function<void(SearchJob &)> &setup) {
        SearchJob job(QByteArrayLiteral("INBOX"));
        setup(job);
        const Error error = runJobAndWait(*connection, job);
        if (!error.isOk())
            qWarning().noquote() << error.sentence();
        withoutEsearch += job.usedEsearch() ? 0 : 1;
        return error.isOk() ? job.uids() : QVector<quint32>{999};
    };
    using F = SearchJob::Field;
    QCOMPARE(run([](SearchJob &) {}), (QVector<quint32>{1, 2, 3, 4}));
    QCOMPARE(run([](SearchJob &j) { j.addText(F::Subject, QStringLiteral("café")); }), QVector<quint32>{1});
    // Non-ASCII goes as UTF-8 in a literal, and the server folds its case.
    QCOMPARE(run([](SearchJob &j) { j.addText(F::Subject, QStringLiteral("köln")); }), QVector<quint32>{4});
    QCOMPARE(run([](SearchJob &j) { j.addText(F::Subject, QStringLiteral("KÖLN")); }), QVector<quint32>{4});
    QCOMPARE(run([](SearchJob &j) { j.addText(F::Subject, QStringLiteral("budget")); }), (QVector<quint32>{2, 3}));
    QCOMPARE(run([](SearchJob &j) { j.addText(F::From, QStringLiteral("alice")); }), (QVector<quint32>{1, 3}));
    QCOMPARE(run([](SearchJob &j) { j.addText(F::Body, QStringLiteral("Straße")); }), QVector<quint32>{4});
    QCOMPARE(run([](SearchJob &j) { j.addText(F::Text, QStringLiteral("numbers")); }), (QVector<quint32>{2, 3}));
    QCOMPARE(run([](SearchJob &j) { j.addText(F::Text, QStringLiteral("\"quoted\" \\ text")); }), QVector<quint32>{});
    QCOMPARE(run([](SearchJob &j) {
                 j.setSince(QDate(2022, 1, 1));
                 j.setBefore(QDate(2024, 1, 1));
             }),
             (QVector<quint32>{2, 3}));
    QCOMPARE(run([](SearchJob &j) { j.setRequiredFlags(flags(FlagSeen)); }), QVector<quint32>{1});
    QCOMPARE(run([](SearchJob &j) { j.setExcludedFlags(flags(FlagSeen)); }), (QVector<quint32>{2, 3, 4}));
    QCOMPARE(run([](SearchJob &j) { j.setRequiredFlags(flags(0, {"$Work"})); }), QVector<quint32>{2});
    QCOMPARE(run([](SearchJob &j) {
                 j.addText(F::Subject, QStringLiteral("budget"));
                 j.setExcludedFlags(flags(FlagFlagged));
             }),
             QVector<quint32>{3});

    QCOMPARE(withoutEsearch, 0);

    SearchJob missing(QByteArrayLiteral("Nowhere"));
    QCOMPARE(runJobAndWait(*connection, missing).kind(), ErrorKind::NotFound);
}

// --- watching -----------------------------------------------------------------------------------

void TestImap::idleDetectsDeliveryAndYields()
{
    const Account a = account(QStringLiteral("idle"));
    QVERIFY(a.server.deliver(a.user, makeMessage("Already there")));
    auto connection = a.connect();

    IdleJob idle(QByteArrayLiteral("INBOX"));
    idle.setAutoDelete(false);
    QCOMPARE(idle.priority(), Job::Priority::Background);
    bool listening = false;
    QVector<quint32> changes;
    connect(&idle, &IdleJob::listening, this, [&listening] { listening = true; });
    connect(&idle, &IdleJob::changed, this, [&changes](quint32 exists) { changes << exists; });
    connection->enqueue(&idle);
    QTRY_VERIFY_WITH_TIMEOUT(listening, 10000);
    QVERIFY(idle.usedIdle());
    QVERIFY(changes.isEmpty());

    // A delivery during IDLE is reported with the new count.
    QVERIFY(a.server.deliver(a.user, makeMessage("Arrived during IDLE")));
    QTRY_VERIFY_WITH_TIMEOUT(!changes.isEmpty(), 10000);
    QCOMPARE(changes.last(), 2u);
    QVERIFY(!idle.isFinished());

    // Another job makes IDLE end cleanly (DONE) and runs.
    QElapsedTimer timer;
    timer.start();
    FolderStatusJob status({QByteArrayLiteral("INBOX")});
    VERIFY_OK(runJobAndWait(*connection, status));
    QVERIFY(timer.elapsed() < 5000);
    QVERIFY(idle.isFinished());
    VERIFY_OK(idle.error());
    QCOMPARE(idle.endReason(), IdleJob::EndReason::Yielded);
    QCOMPARE(idle.exists(), 2u);
    QCOMPARE(status.statuses().value("INBOX").messages, 2u);

    // What the hint is for: a header sync on the same connection right after finds the new mail.
    Error error;
    const HeaderBatch records = syncAll(*connection, QByteArrayLiteral("INBOX"), &error);
    VERIFY_OK(error);
    QCOMPARE(records.size(), 2);
    QCOMPARE(records.last().subject, QByteArrayLiteral("Arrived during IDLE"));

    // Re-queued, it watches again from the current count; an expunge elsewhere is seen too.
    IdleJob again(QByteArrayLiteral("INBOX"));
    again.setAutoDelete(false);
    listening = false;
    changes.clear();
    connect(&again, &IdleJob::listening, this, [&listening] { listening = true; });
    connect(&again, &IdleJob::changed, this, [&changes](quint32 exists) { changes << exists; });
    connection->enqueue(&again);
    QTRY_VERIFY_WITH_TIMEOUT(listening, 10000);
    QCOMPARE(again.exists(), 2u);
    auto other = a.connect();
    StoreFlagsJob mark(QByteArrayLiteral("INBOX"), {1}, flags(FlagDeleted), StoreFlagsJob::Operation::Add);
    VERIFY_OK(runJobAndWait(*other, mark));
    ExpungeJob expunge(QByteArrayLiteral("INBOX"), {1});
    VERIFY_OK(runJobAndWait(*other, expunge));
    QTRY_VERIFY_WITH_TIMEOUT(changes.contains(1u), 10000);
    again.cancel();
    QTRY_VERIFY_WITH_TIMEOUT(again.isFinished(), 5000);
    QVERIFY2(again.error().kind() == ErrorKind::Cancelled, qPrintable(again.error().sentence()));
}

void TestImap::idleThenSyncSameConnection()
{
    // The IDLE job's EXAMINE must not leave a stale message count behind for the next job that
    // opens the same folder on the same connection.
    const Account a = account(QStringLiteral("idlesync"));
    auto connection = a.connect();
    IdleJob idle(QByteArrayLiteral("INBOX"));
    idle.setAutoDelete(false);
    bool listening = false;
    QVector<quint32> changes;
    connect(&idle, &IdleJob::listening, this, [&listening] { listening = true; });
    connect(&idle, &IdleJob::changed, this, [&changes](quint32 exists) { changes << exists; });
    connection->enqueue(&idle);
    QTRY_VERIFY_WITH_TIMEOUT(listening, 10000);
    QCOMPARE(idle.exists(), 0u);
    QVERIFY(a.server.deliver(a.user, makeMessage("First mail")));
    QTRY_VERIFY_WITH_TIMEOUT(!changes.isEmpty(), 10000);
    Error error;
    FolderStatus status;
    const HeaderBatch records = syncAll(*connection, QByteArrayLiteral("INBOX"), &error,
                                        SyncHeadersJob::Mode::Full, 0, &status);
    VERIFY_OK(error);
    QCOMPARE(idle.endReason(), IdleJob::EndReason::Yielded);
    QCOMPARE(status.messages, 1u);
    QCOMPARE(records.size(), 1);
    QCOMPARE(records.first().subject, QByteArrayLiteral("First mail"));
}

void TestImap::idlePollingWithoutIdle()
{
    const Account a = account(QStringLiteral("poll"));
    auto connection = a.connect();
    IdleJob poll(QByteArrayLiteral("INBOX"));
    poll.setAutoDelete(false);
    poll.setForcePolling(true);
    poll.setPollInterval(300);
    QCOMPARE(poll.pollInterval(), 300);
    bool listening = false;
    QVector<quint32> changes;
    connect(&poll, &IdleJob::listening, this, [&listening] { listening = true; });
    connect(&poll, &IdleJob::changed, this, [&changes](quint32 exists) { changes << exists; });
    connection->enqueue(&poll);
    QTRY_VERIFY_WITH_TIMEOUT(listening, 10000);
    QVERIFY(!poll.usedIdle());
    QVERIFY(a.server.deliver(a.user, makeMessage("Found by NOOP")));
    QTRY_VERIFY_WITH_TIMEOUT(!changes.isEmpty(), 10000);
    QCOMPARE(changes.last(), 1u);

    CapabilitiesJob next;
    VERIFY_OK(runJobAndWait(*connection, next));
    QVERIFY(poll.isFinished());
    VERIFY_OK(poll.error());
    QCOMPARE(poll.endReason(), IdleJob::EndReason::Yielded);
}

void TestImap::idleEndsAfterMaxDuration()
{
    const Account a = account(QStringLiteral("idlemax"));
    auto connection = a.connect();
    QCOMPARE(IdleJob(QByteArrayLiteral("INBOX")).maxDuration(), 25 * 60 * 1000);
    IdleJob idle(QByteArrayLiteral("INBOX"));
    idle.setMaxDuration(700);
    QElapsedTimer timer;
    timer.start();
    VERIFY_OK(runJobAndWait(*connection, idle));
    QVERIFY(timer.elapsed() >= 700);
    QVERIFY(timer.elapsed() < 5000);
    QCOMPARE(idle.endReason(), IdleJob::EndReason::MaxDuration);
    // DONE was answered: the connection is in step for the next command.
    SearchJob search(QByteArrayLiteral("INBOX"));
    VERIFY_OK(runJobAndWait(*connection, search));
    QVERIFY(search.uids().isEmpty());
}

void TestImap::cancelThenReconnect()
{
    const Account a = account(QStringLiteral("cancel"));
    QVERIFY(a.server.seed(a.user, QStringLiteral("Big"), 2000, 3));
    int traced = 0;
    ConnectionOptions options;
    options.trace = [&traced](bool, const QByteArray &) { ++traced; };
    auto connection = a.connect(options);

    // A long header sync cancelled from inside its own stream of batches.
    SyncHeadersJob sync(QByteArrayLiteral("Big"));
    sync.setBatchSize(50);
    int batches = 0;
    sync.setSink([&sync, &batches](HeaderBatch &&) {
        if (++batches == 2)
            sync.cancel();
    });
    QElapsedTimer timer;
    timer.start();
    QCOMPARE(runJobAndWait(*connection, sync).kind(), ErrorKind::Cancelled);
    QVERIFY(timer.elapsed() < 5000);
    QCOMPARE(batches, 2);
    QVERIFY(sync.received() < 2000);

    // A cancelled IDLE, then the next job on the same Connection reconnects and works.
    IdleJob idle(QByteArrayLiteral("Big"));
    idle.setAutoDelete(false);
    bool listening = false;
    connect(&idle, &IdleJob::listening, this, [&listening] { listening = true; });
    connection->enqueue(&idle);
    QTRY_VERIFY_WITH_TIMEOUT(listening, 10000);
    timer.restart();
    idle.cancel();
    QTRY_VERIFY_WITH_TIMEOUT(idle.isFinished(), 5000);
    QVERIFY(timer.elapsed() < 2000);
    QVERIFY2(idle.error().kind() == ErrorKind::Cancelled, qPrintable(idle.error().sentence()));

    FolderStatusJob status({QByteArrayLiteral("Big")});
    VERIFY_OK(runJobAndWait(*connection, status));
    QCOMPARE(status.statuses().value("Big").messages, 2000u);
    Error error;
    const HeaderBatch all = syncAll(*connection, QByteArrayLiteral("Big"), &error);
    VERIFY_OK(error);
    QCOMPARE(all.size(), 2000);
    QVERIFY(traced > 0);
}

QTEST_GUILESS_MAIN(TestImap)
#include "tst_imap.moc"
