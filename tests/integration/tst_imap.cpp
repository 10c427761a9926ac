// The IMAP jobs that connect, manage folders and read, against the real dovecot of the CTest
// fixture (LAYOUT=fs and maildir++), over IMAPS and IMAP+STARTTLS: capabilities, a wrong password,
// an untrusted certificate and pinning; listing (ghost folders), international folder names,
// rename, delete with children, subscribe; folder status, header sync, flags, fetching a message
// and its parts, search. Appending, copy/move/expunge, IDLE and cancel are in tst_imapmessages.cpp.
// Each test works in its own fresh user, and checks what the jobs report against what the server
// really holds (doveadm), not just that no error came back.

#include "protocols/Connection.h"
#include "protocols/imap/AppendMessageJob.h"
#include "protocols/imap/CapabilitiesJob.h"
#include "protocols/imap/CreateFolderJob.h"
#include "protocols/imap/DeleteFolderJob.h"
#include "protocols/imap/ExpungeJob.h"
#include "protocols/imap/FetchMessageJob.h"
#include "protocols/imap/FolderStatusJob.h"
#include "protocols/imap/ImapParser.h"
#include "protocols/imap/ListFoldersJob.h"
#include "protocols/imap/RenameFolderJob.h"
#include "protocols/imap/SearchJob.h"
#include "protocols/imap/StoreFlagsJob.h"
#include "protocols/imap/SubscribeFolderJob.h"
#include "protocols/imap/SyncHeadersJob.h"
#include "tests/support/ImapTestFixture.h"
#include "tests/support/TestServer.h"
#include "tests/support/VerifyOk.h"

#include <QCryptographicHash>
#include <QHash>
#include <QTest>

#include <algorithm>
#include <functional>

using namespace postier::protocols;
using namespace postier::test;

namespace {

const FolderInfo *findFolder(const FolderList &folders, const QString &path)
{
    for (const FolderInfo &f : folders) {
        if (f.path == path)
            return &f;
    }
    return nullptr;
}

} // namespace

class TestImap : public QObject, public ImapFixture
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
    void fetchMessageAndParts_data() { securities_data(); }
    void fetchMessageAndParts();
    void search();
};

void TestImap::initTestCase()
{
    const QString why = start();
    QVERIFY2(why.isEmpty(), qPrintable(why));
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

QTEST_GUILESS_MAIN(TestImap)
#include "tst_imap.moc"
