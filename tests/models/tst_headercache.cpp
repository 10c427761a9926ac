#include "models/cache/HeaderCache.h"
#include "models/cache/SearchText.h"

#include <QDir>
#include <QFile>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <algorithm>
#include <memory>

using namespace postier;
using models::HeaderCache;

namespace {

const QString AccountA = QStringLiteral("imaps://alice@127.0.0.1:993");
const QString AccountB = QStringLiteral("imaps://bob@mail.example.org:993");

protocols::FolderInfo makeFolder(const QByteArray &rawName, const QString &path,
                                 quint16 attributes = 0,
                                 protocols::SpecialUse specialUse = protocols::SpecialUse::None)
{
    protocols::FolderInfo folder;
    folder.rawName = rawName;
    folder.path = path;
    folder.separator = QLatin1Char('/');
    folder.attributes = attributes;
    folder.specialUse = specialUse;
    return folder;
}

protocols::HeaderRecord makeRecord(quint32 uid, const QByteArray &subject, qint64 internalDate = 0)
{
    protocols::HeaderRecord record;
    record.uid = uid;
    record.size = 1000 + uid;
    record.internalDate = internalDate ? internalDate : 1700000000 + qint64(uid) * 60;
    record.modseq = 5000 + uid;
    record.flags.bits = protocols::FlagSeen;
    record.date = "Mon, 7 Feb 1994 21:52:25 -0800";
    record.subject = subject;
    record.from = "Someone <someone@example.com>";
    record.to = "Alice <alice@example.com>";
    record.messageId = "<" + QByteArray::number(uid) + "@example.com>";
    return record;
}

QByteArray randomBytes(QRandomGenerator &rng, int maxLength)
{
    QByteArray bytes(int(rng.bounded(maxLength + 1)), Qt::Uninitialized);
    for (char &c : bytes)
        c = char(rng.bounded(256)); // every byte value: NUL, 8-bit, CR, LF
    return bytes;
}

// A synthetic record that exercises every field, with raw 8-bit bytes everywhere.
protocols::HeaderRecord syntheticRecord(QRandomGenerator &rng, quint32 uid)
{
    static const QByteArrayList keywordPool = {"$Label1", "$MDNSent", "NonJunk", "Work",
                                               "$Junk", "Project-X"};
    protocols::HeaderRecord record;
    record.uid = uid;
    record.size = rng.generate();
    record.internalDate = qint64(rng.bounded(2000000000));
    record.modseq = quint64(rng.generate64() >> 1); // modseq fits in 63 bits (RFC 7162)
    record.flags.bits = quint8(rng.bounded(128));
    for (const QByteArray &keyword : keywordPool) {
        if (rng.bounded(4) == 0)
            record.flags.keywords.append(keyword);
    }
    record.date = randomBytes(rng, 40);
    record.subject = randomBytes(rng, 120);
    record.from = randomBytes(rng, 60);
    record.to = randomBytes(rng, 200);
    record.cc = rng.bounded(3) == 0 ? randomBytes(rng, 100) : QByteArray();
    record.messageId = randomBytes(rng, 50);
    record.inReplyTo = randomBytes(rng, 50);
    record.references = randomBytes(rng, 300);
    return record;
}

bool sameRecord(const protocols::HeaderRecord &a, const protocols::HeaderRecord &b, QString *why)
{
    const auto differ = [why, &a](const char *field) {
        *why = QStringLiteral("UID %1: field %2 differs").arg(a.uid).arg(QLatin1String(field));
        return false;
    };
    if (a.uid != b.uid)
        return differ("uid");
    if (a.size != b.size)
        return differ("size");
    if (a.internalDate != b.internalDate)
        return differ("internalDate");
    if (a.modseq != b.modseq)
        return differ("modseq");
    if (a.flags.bits != b.flags.bits)
        return differ("flags.bits");
    if (a.flags.keywords != b.flags.keywords)
        return differ("flags.keywords");
    if (a.date != b.date)
        return differ("date");
    if (a.subject != b.subject)
        return differ("subject");
    if (a.from != b.from)
        return differ("from");
    if (a.to != b.to)
        return differ("to");
    if (a.cc != b.cc)
        return differ("cc");
    if (a.messageId != b.messageId)
        return differ("messageId");
    if (a.inReplyTo != b.inReplyTo)
        return differ("inReplyTo");
    if (a.references != b.references)
        return differ("references");
    return true;
}

QSet<quint32> uidSet(const QVector<QPair<qint64, quint32>> &hits)
{
    QSet<quint32> uids;
    for (const auto &hit : hits)
        uids.insert(hit.second);
    return uids;
}

QRegularExpression logged(const char *pattern)
{
    return QRegularExpression(QString::fromUtf8(pattern));
}

// Runs one query on the cache file through a separate connection, to check what is on disk.
QVariant rawQuery(const QString &path, const QString &sql)
{
    static int counter = 0;
    const QString name = QStringLiteral("tst_headercache_raw_%1").arg(++counter);
    QVariant value;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        if (db.open()) {
            QSqlQuery q(db);
            if (q.exec(sql) && q.next())
                value = q.value(0);
            else if (!q.isSelect() && q.lastError().type() == QSqlError::NoError)
                value = true;
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return value;
}

} // namespace

class TestHeaderCache : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void reopenKeepsData();
    void usesWriteAheadLog();
    void folderListUpsertRemovesVanishedFolders();
    void bulkInsertReadsBackExactly();
    void storingAgainReplacesHeaderAndKeepsBody();
    void uidValidityChangeDropsMessages();
    void updateFlags();
    void removeUids();
    void pagingOrder();
    void search_data();
    void search();
    void searchResultsAreNewestFirstAndLimited();
    void searchWithoutFullTextIndexThenBackfill();
    void corruptFileIsMovedAside();
    void damageFoundByAReadRebuildsOnNextOpen();
    void newerSchemaIsMovedAside();
    void bodies();
    void secondInstanceInAnotherThread();
    void errorsAreSentences();
    void decodedHeaderText_data();
    void decodedHeaderText();
    void searchTerms_data();
    void searchTerms();

private:
    [[nodiscard]] QString cachePath() const
    {
        return m_dir->filePath(QStringLiteral("cache/headers.sqlite"));
    }
    void populateSearchFixture(HeaderCache &cache, qint64 *folderId);

    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestHeaderCache::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestHeaderCache::cleanup()
{
    m_dir.reset();
}

void TestHeaderCache::reopenKeepsData()
{
    const protocols::FolderList folders = {
        makeFolder("INBOX", QStringLiteral("INBOX"), protocols::FolderHasNoChildren,
                   protocols::SpecialUse::Inbox),
        makeFolder("Archiv/&AOQ-", QStringLiteral("Archiv/ä"), protocols::FolderSubscribed),
    };
    protocols::HeaderRecord record = makeRecord(42, "=?UTF-8?Q?K=C3=B6ln?= meeting");
    record.flags.keywords = {"$Label1"};
    {
        HeaderCache cache(cachePath());
        QString error;
        QVERIFY2(cache.open(&error), qPrintable(error));
        QVERIFY2(error.isEmpty(), qPrintable(error)); // a fresh cache has nothing to report
        QVERIFY(cache.storeFolderList(AccountA, folders));
        const qint64 inbox = cache.folderId(AccountA, folders[0]);
        QVERIFY(inbox > 0);
        QVERIFY(cache.resetIfUidValidityChanged(inbox, 1234));
        QVERIFY(cache.storeHeaders(inbox, {record}));
        QVERIFY(cache.storeBody(inbox, 42, "TEXT", "Hello\r\n"));
        protocols::FolderStatus status;
        status.messages = 1;
        status.unseen = 0;
        status.uidNext = 43;
        status.highestModSeq = 9001;
        QVERIFY(cache.storeFolderStatus(inbox, status));
        QVERIFY2(cache.lastError().isEmpty(), qPrintable(cache.lastError()));
    }

    HeaderCache cache(cachePath());
    QString error;
    QVERIFY2(cache.open(&error), qPrintable(error));
    QVERIFY2(error.isEmpty(), qPrintable(error));
    const protocols::FolderList stored = cache.folderList(AccountA);
    QCOMPARE(stored.size(), 2);
    QCOMPARE(stored[0].rawName, QByteArray("Archiv/&AOQ-"));
    QCOMPARE(stored[0].path, QStringLiteral("Archiv/ä"));
    QCOMPARE(stored[0].separator, QLatin1Char('/'));
    QCOMPARE(stored[0].attributes, quint16(protocols::FolderSubscribed));
    QCOMPARE(stored[1].rawName, QByteArray("INBOX"));
    QCOMPARE(stored[1].specialUse, protocols::SpecialUse::Inbox);

    const qint64 inbox = cache.folderId(AccountA, folders[0]);
    const models::FolderState state = cache.folderState(inbox);
    QVERIFY(state.isValid());
    QCOMPARE(state.uidValidity, 1234u);
    QCOMPARE(state.highestModSeq, quint64(9001));
    QCOMPARE(state.uidNext, 43u);
    QCOMPARE(state.serverMessages, 1u);
    QCOMPARE(state.cachedMessages, 1);
    QVERIFY(state.lastSync.isValid());
    QVERIFY(qAbs(state.lastSync.secsTo(QDateTime::currentDateTimeUtc())) < 600);

    const auto header = cache.header(inbox, 42);
    QVERIFY(header.has_value());
    QString why;
    QVERIFY2(sameRecord(*header, record, &why), qPrintable(why));
    QCOMPARE(cache.body(inbox, 42, "TEXT"), std::optional<QByteArray>("Hello\r\n"));
    QCOMPARE(uidSet(cache.search(QStringLiteral("köln"), 10)), QSet<quint32>{42});
    QVERIFY2(cache.lastError().isEmpty(), qPrintable(cache.lastError()));
}

void TestHeaderCache::usesWriteAheadLog()
{
    HeaderCache cache(cachePath());
    QVERIFY(cache.open());
    QCOMPARE(cache.journalMode(), QStringLiteral("wal"));
    const qint64 inbox = cache.folderId(AccountA, makeFolder("INBOX", QStringLiteral("INBOX")));
    QVERIFY(cache.storeHeaders(inbox, {makeRecord(1, "one")}));
    // Committed pages sit in the -wal file until a checkpoint, and WAL mode is recorded in the
    // file itself, as another connection sees.
    QVERIFY(QFileInfo::exists(cachePath() + QStringLiteral("-wal")));
    QCOMPARE(rawQuery(cachePath(), QStringLiteral("PRAGMA journal_mode")).toString(),
             QStringLiteral("wal"));
    QCOMPARE(rawQuery(cachePath(), QStringLiteral("PRAGMA user_version")).toInt(),
             HeaderCache::SchemaVersion);
}

void TestHeaderCache::folderListUpsertRemovesVanishedFolders()
{
    HeaderCache cache(cachePath());
    QVERIFY(cache.open());
    const protocols::FolderInfo inbox = makeFolder("INBOX", QStringLiteral("INBOX"));
    protocols::FolderInfo sent = makeFolder("Sent", QStringLiteral("Sent"));
    const protocols::FolderInfo old = makeFolder("Old", QStringLiteral("Old"));
    QVERIFY(cache.storeFolderList(AccountA, {inbox, sent, old}));
    QVERIFY(cache.storeFolderList(AccountB, {inbox, old}));
    const qint64 inboxId = cache.folderId(AccountA, inbox);
    const qint64 sentId = cache.folderId(AccountA, sent);
    const qint64 oldId = cache.folderId(AccountA, old);
    const qint64 otherOldId = cache.folderId(AccountB, old);
    QVERIFY(inboxId > 0 && sentId > 0 && oldId > 0 && otherOldId > 0);
    QCOMPARE(QSet<qint64>({inboxId, sentId, oldId, otherOldId}).size(), 4);
    QVERIFY(cache.storeHeaders(oldId, {makeRecord(1, "zebra crossing"), makeRecord(2, "zebra")}));
    QVERIFY(cache.storeBody(oldId, 1, "", "body"));
    QVERIFY(cache.storeHeaders(otherOldId, {makeRecord(1, "zebra of Bob")}));
    QCOMPARE(cache.search(QStringLiteral("zebra"), 10).size(), 3);

    // Sent gains attributes and a special use; Old disappears; Drafts is new.
    sent.attributes = protocols::FolderHasNoChildren | protocols::FolderSubscribed;
    sent.specialUse = protocols::SpecialUse::Sent;
    const protocols::FolderInfo drafts = makeFolder("Drafts", QStringLiteral("Drafts"), 0,
                                                    protocols::SpecialUse::Drafts);
    QVERIFY(cache.storeFolderList(AccountA, {inbox, sent, drafts}));

    const protocols::FolderList stored = cache.folderList(AccountA);
    QCOMPARE(stored.size(), 3);
    QCOMPARE(stored[0].path, QStringLiteral("Drafts"));
    QCOMPARE(stored[0].specialUse, protocols::SpecialUse::Drafts);
    QCOMPARE(stored[1].path, QStringLiteral("INBOX"));
    QCOMPARE(stored[2].path, QStringLiteral("Sent"));
    QCOMPARE(stored[2].attributes, sent.attributes);
    QCOMPARE(stored[2].specialUse, protocols::SpecialUse::Sent);
    QCOMPARE(cache.folderId(AccountA, inbox), inboxId); // kept folders keep their ids
    QCOMPARE(cache.folderId(AccountA, sent), sentId);
    QVERIFY(!cache.folderState(oldId).isValid());
    QCOMPARE(cache.messageCount(oldId), 0);
    QCOMPARE(cache.body(oldId, 1, ""), std::nullopt);

    // Account B still has its own Old, with its message; only A's messages left the index.
    QCOMPARE(cache.folderList(AccountB).size(), 2);
    QCOMPARE(cache.messageCount(otherOldId), 1);
    const auto hits = cache.search(QStringLiteral("zebra"), 10);
    QCOMPARE(hits.size(), 1);
    QCOMPARE(hits[0].first, otherOldId);
    QVERIFY2(cache.lastError().isEmpty(), qPrintable(cache.lastError()));
    cache.close();
    QCOMPARE(rawQuery(cachePath(), QStringLiteral("SELECT count(*) FROM bodies")).toInt(), 0);
    QCOMPARE(rawQuery(cachePath(), QStringLiteral("SELECT count(*) FROM messages")).toInt(), 1);
    QCOMPARE(rawQuery(cachePath(), QStringLiteral("SELECT count(*) FROM messages_fts")).toInt(), 1);
}

void TestHeaderCache::bulkInsertReadsBackExactly()
{
    HeaderCache cache(cachePath());
    QVERIFY(cache.open());
    const qint64 folder = cache.folderId(AccountA, makeFolder("INBOX", QStringLiteral("INBOX")));
    QRandomGenerator rng(20240607);
    QVector<protocols::HeaderRecord> all;
    constexpr int Total = 10000;
    constexpr int BatchSize = 1000;
    for (int start = 0; start < Total; start += BatchSize) {
        protocols::HeaderBatch batch;
        for (int i = start; i < start + BatchSize; ++i)
            batch.append(syntheticRecord(rng, quint32(i) * 3 + 1)); // sparse UIDs
        if (start + BatchSize == Total)
            batch.last().uid = 0xffffffff; // the largest UID must not spill into the next folder
        QVERIFY2(cache.storeHeaders(folder, batch), qPrintable(cache.lastError()));
        all += batch;
    }
    std::sort(all.begin(), all.end(), [](const auto &a, const auto &b) { return a.uid < b.uid; });
    QCOMPARE(cache.messageCount(folder), int(all.size()));
    QCOMPARE(cache.folderState(folder).cachedMessages, int(all.size()));

    QVector<quint32> expectedUids;
    for (const auto &record : std::as_const(all))
        expectedUids.append(record.uid);
    QCOMPARE(cache.uids(folder), expectedUids);

    const QVector<protocols::HeaderRecord> stored =
        cache.headers(folder, 0, Total, HeaderCache::Order::UidAscending);
    QCOMPARE(stored.size(), all.size());
    for (qsizetype i = 0; i < all.size(); ++i) {
        QString why;
        QVERIFY2(sameRecord(stored[i], all[i], &why), qPrintable(why));
    }
    const auto single = cache.header(folder, all[1234].uid);
    QVERIFY(single.has_value());
    QString why;
    QVERIFY2(sameRecord(*single, all[1234], &why), qPrintable(why));
    QCOMPARE(cache.header(folder, 2), std::nullopt); // never stored (UIDs are 1, 4, 7...)

    // Another folder sees none of it.
    const qint64 other = cache.folderId(AccountA, makeFolder("Other", QStringLiteral("Other")));
    QCOMPARE(cache.messageCount(other), 0);
    QVERIFY(cache.uids(other).isEmpty());
    QVERIFY2(cache.lastError().isEmpty(), qPrintable(cache.lastError()));
}

void TestHeaderCache::storingAgainReplacesHeaderAndKeepsBody()
{
    HeaderCache cache(cachePath());
    QVERIFY(cache.open());
    const qint64 folder = cache.folderId(AccountA, makeFolder("INBOX", QStringLiteral("INBOX")));
    QVERIFY(cache.storeHeaders(folder, {makeRecord(7, "walrus")}));
    QVERIFY(cache.storeBody(folder, 7, "1", "part one"));
    protocols::HeaderRecord changed = makeRecord(7, "platypus");
    changed.flags.bits = protocols::FlagFlagged;
    QVERIFY(cache.storeHeaders(folder, {changed}));

    QCOMPARE(cache.messageCount(folder), 1);
    QString why;
    QVERIFY2(sameRecord(*cache.header(folder, 7), changed, &why), qPrintable(why));
    QCOMPARE(cache.body(folder, 7, "1"), std::optional<QByteArray>("part one"));
    QVERIFY(cache.search(QStringLiteral("walrus"), 10).isEmpty());
    QCOMPARE(uidSet(cache.search(QStringLiteral("platypus"), 10)), QSet<quint32>{7});
    cache.close();
    QCOMPARE(rawQuery(cachePath(), QStringLiteral("SELECT count(*) FROM messages_fts")).toInt(), 1);
}

void TestHeaderCache::uidValidityChangeDropsMessages()
{
    HeaderCache cache(cachePath());
    QVERIFY(cache.open());
    const qint64 folder = cache.folderId(AccountA, makeFolder("INBOX", QStringLiteral("INBOX")));
    const qint64 other = cache.folderId(AccountA, makeFolder("Other", QStringLiteral("Other")));
    QCOMPARE(cache.folderState(folder).uidValidity, 0u);
    QVERIFY(cache.resetIfUidValidityChanged(folder, 100)); // never synced: full fetch
    QCOMPARE(cache.folderState(folder).uidValidity, 100u);

    QVERIFY(cache.storeHeaders(folder, {makeRecord(1, "aardvark"), makeRecord(2, "aardvark")}));
    QVERIFY(cache.storeHeaders(other, {makeRecord(1, "aardvark elsewhere")}));
    QVERIFY(cache.storeBody(folder, 1, "", "raw message"));
    protocols::FolderStatus status;
    status.uidNext = 3;
    status.highestModSeq = 55;
    QVERIFY(cache.storeFolderStatus(folder, status));

    QVERIFY(!cache.resetIfUidValidityChanged(folder, 100)); // same: nothing happens
    QCOMPARE(cache.messageCount(folder), 2);
    QCOMPARE(cache.folderState(folder).highestModSeq, quint64(55));

    QVERIFY(cache.resetIfUidValidityChanged(folder, 200));
    const models::FolderState state = cache.folderState(folder);
    QCOMPARE(state.uidValidity, 200u);
    QCOMPARE(state.highestModSeq, quint64(0));
    QCOMPARE(state.uidNext, 0u);
    QCOMPARE(state.cachedMessages, 0);
    QVERIFY(cache.uids(folder).isEmpty());
    QCOMPARE(cache.body(folder, 1, ""), std::nullopt);
    const auto hits = cache.search(QStringLiteral("aardvark"), 10);
    QCOMPARE(hits.size(), 1);
    QCOMPARE(hits[0].first, other);
    QCOMPARE(cache.messageCount(other), 1);
    QVERIFY2(cache.lastError().isEmpty(), qPrintable(cache.lastError()));
}

void TestHeaderCache::updateFlags()
{
    HeaderCache cache(cachePath());
    QVERIFY(cache.open());
    const qint64 folder = cache.folderId(AccountA, makeFolder("INBOX", QStringLiteral("INBOX")));
    protocols::HeaderBatch batch;
    for (quint32 uid = 1; uid <= 5; ++uid)
        batch.append(makeRecord(uid, "flagged?"));
    QVERIFY(cache.storeHeaders(folder, batch));

    protocols::MessageFlags answered;
    answered.bits = protocols::FlagSeen | protocols::FlagAnswered;
    protocols::MessageFlags labelled;
    labelled.bits = protocols::FlagFlagged | protocols::FlagForwarded;
    labelled.keywords = {"$Label1", "Work"};
    QVERIFY(cache.updateFlags(folder, {{2, answered}, {4, labelled}, {99, answered}}, 777));

    QCOMPARE(cache.header(folder, 2)->flags, answered);
    QCOMPARE(cache.header(folder, 4)->flags, labelled);
    QCOMPARE(cache.header(folder, 1)->flags.bits, quint8(protocols::FlagSeen));
    QVERIFY(cache.header(folder, 1)->flags.keywords.isEmpty());
    QCOMPARE(cache.header(folder, 99), std::nullopt); // unknown UIDs are not invented
    QCOMPARE(cache.messageCount(folder), 5);
    QCOMPARE(cache.folderState(folder).highestModSeq, quint64(777));

    // Clearing keywords and a zero HIGHESTMODSEQ (no CONDSTORE) that leaves the stored one alone.
    QVERIFY(cache.updateFlags(folder, {{4, protocols::MessageFlags{}}}, 0));
    QCOMPARE(cache.header(folder, 4)->flags, protocols::MessageFlags{});
    QCOMPARE(cache.folderState(folder).highestModSeq, quint64(777));
    QVERIFY(cache.setHighestModSeq(folder, 800));
    QCOMPARE(cache.folderState(folder).highestModSeq, quint64(800));
    QVERIFY2(cache.lastError().isEmpty(), qPrintable(cache.lastError()));
}

void TestHeaderCache::removeUids()
{
    HeaderCache cache(cachePath());
    QVERIFY(cache.open());
    const qint64 folder = cache.folderId(AccountA, makeFolder("INBOX", QStringLiteral("INBOX")));
    protocols::HeaderBatch batch;
    for (quint32 uid = 1; uid <= 10; ++uid)
        batch.append(makeRecord(uid, "subject number" + QByteArray::number(uid)));
    batch[2].subject = "unique-okapi";
    QVERIFY(cache.storeHeaders(folder, batch));
    QVERIFY(cache.storeBody(folder, 3, "TEXT", "okapi body"));
    QVERIFY(cache.storeBody(folder, 4, "TEXT", "other body"));

    QVERIFY(cache.removeUids(folder, {3, 5, 42}));
    QCOMPARE(cache.uids(folder), (QVector<quint32>{1, 2, 4, 6, 7, 8, 9, 10}));
    QCOMPARE(cache.messageCount(folder), 8);
    QCOMPARE(cache.header(folder, 3), std::nullopt);
    QCOMPARE(cache.body(folder, 3, "TEXT"), std::nullopt);
    QCOMPARE(cache.body(folder, 4, "TEXT"), std::optional<QByteArray>("other body"));
    QVERIFY(cache.search(QStringLiteral("okapi"), 10).isEmpty());
    QVERIFY(cache.removeUids(folder, {}));
    QVERIFY2(cache.lastError().isEmpty(), qPrintable(cache.lastError()));
}

void TestHeaderCache::pagingOrder()
{
    HeaderCache cache(cachePath());
    QVERIFY(cache.open());
    const qint64 folder = cache.folderId(AccountA, makeFolder("INBOX", QStringLiteral("INBOX")));
    protocols::HeaderBatch batch;
    // Dates deliberately out of UID order, with ties (every 5 UIDs share a date).
    for (quint32 uid = 1; uid <= 50; ++uid)
        batch.append(makeRecord(uid, "page", 1000000 + qint64((uid * 7) % 10) * 100));
    QVERIFY(cache.storeHeaders(folder, batch));

    QVector<QPair<qint64, quint32>> byDate;
    for (const auto &record : std::as_const(batch))
        byDate.append({record.internalDate, record.uid});
    std::sort(byDate.begin(), byDate.end());
    QVector<quint32> expectedDateAscending;
    for (const auto &entry : std::as_const(byDate))
        expectedDateAscending.append(entry.second);
    QVector<quint32> expectedDateDescending(expectedDateAscending.crbegin(),
                                            expectedDateAscending.crend());
    QVector<quint32> expectedUidAscending;
    for (quint32 uid = 1; uid <= 50; ++uid)
        expectedUidAscending.append(uid);
    QVector<quint32> expectedUidDescending(expectedUidAscending.crbegin(),
                                           expectedUidAscending.crend());

    const auto pagedUids = [&](HeaderCache::Order order, int pageSize) {
        QVector<quint32> uids;
        for (int offset = 0;; offset += pageSize) {
            const auto page = cache.headers(folder, offset, pageSize, order);
            for (const auto &record : page)
                uids.append(record.uid);
            if (page.size() < pageSize)
                break;
        }
        return uids;
    };
    QCOMPARE(pagedUids(HeaderCache::Order::DateAscending, 7), expectedDateAscending);
    QCOMPARE(pagedUids(HeaderCache::Order::DateDescending, 7), expectedDateDescending);
    QCOMPARE(pagedUids(HeaderCache::Order::UidAscending, 9), expectedUidAscending);
    QCOMPARE(pagedUids(HeaderCache::Order::UidDescending, 50), expectedUidDescending);
    QCOMPARE(cache.headers(folder, 45, 10, HeaderCache::Order::UidAscending).size(), 5);
    QVERIFY(cache.headers(folder, 50, 10, HeaderCache::Order::UidAscending).isEmpty());
    QVERIFY(cache.headers(folder, 0, 0, HeaderCache::Order::UidAscending).isEmpty());
    QVERIFY2(cache.lastError().isEmpty(), qPrintable(cache.lastError()));
}

void TestHeaderCache::populateSearchFixture(HeaderCache &cache, qint64 *folderId)
{
    const qint64 folder = cache.folderId(AccountA, makeFolder("INBOX", QStringLiteral("INBOX")));
    QVERIFY(folder > 0);
    protocols::HeaderBatch batch;
    protocols::HeaderRecord r1 = makeRecord(1, "Quarterly report");
    r1.from = "Anna Svensson <anna@example.com>";
    batch.append(r1);
    protocols::HeaderRecord r2 = makeRecord(2, "near miss");
    r2.from = "Bob <bob@example.org>";
    batch.append(r2);
    protocols::HeaderRecord r3 = makeRecord(3, "=?UTF-8?Q?Gr=C3=BC=C3=9Fe_aus_?= =?UTF-8?B?S8O2bG4=?=");
    r3.from = "=?ISO-8859-1?Q?J=F6rg?= <joerg@example.de>";
    batch.append(r3);
    batch.append(makeRecord(4, "alpha beta"));
    protocols::HeaderRecord r5 =
        makeRecord(5, "O'Brien's \"quoted\" *star* (paren) col:on Caf\xc3\xa9 cr\xc3\xa8me");
    r5.cc = "Zoe <zoe@example.net>";
    batch.append(r5);
    batch.append(makeRecord(6, "Caf\xe9 latin-1")); // undeclared 8-bit, not UTF-8
    QVERIFY(cache.storeHeaders(folder, batch));
    *folderId = folder;
}

void TestHeaderCache::search_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QList<quint32>>("expected");

    QTest::newRow("prefix") << QStringLiteral("quarter") << QList<quint32>{1};
    QTest::newRow("case and two terms") << QStringLiteral("QUARTERLY rep") << QList<quint32>{1};
    QTest::newRow("address") << QStringLiteral("anna@example") << QList<quint32>{1};
    QTest::newRow("cc") << QStringLiteral("zoe") << QList<quint32>{5};
    QTest::newRow("all terms required") << QStringLiteral("quarterly miss") << QList<quint32>{};
    QTest::newRow("encoded word") << QStringLiteral("grüße") << QList<quint32>{3};
    QTest::newRow("split encoded words") << QStringLiteral("Köln") << QList<quint32>{3};
    QTest::newRow("diacritics folded") << QStringLiteral("koln") << QList<quint32>{3};
    QTest::newRow("encoded name") << QStringLiteral("jörg") << QList<quint32>{3};
    QTest::newRow("raw utf-8") << QStringLiteral("crème") << QList<quint32>{5};
    QTest::newRow("raw latin-1 too") << QStringLiteral("café") << QList<quint32>{5, 6};
    QTest::newRow("NEAR is a word") << QStringLiteral("NEAR") << QList<quint32>{2};
    QTest::newRow("NEAR group") << QStringLiteral("NEAR(alpha beta)") << QList<quint32>{};
    QTest::newRow("NEAR group, own words") << QStringLiteral("NEAR(alpha beta, 3)") << QList<quint32>{};
    QTest::newRow("NOT is a word") << QStringLiteral("alpha NOT beta") << QList<quint32>{};
    QTest::newRow("lone quote") << QStringLiteral("\"") << QList<quint32>{};
    QTest::newRow("quotes") << QStringLiteral("\"\"\"quarterly") << QList<quint32>{1};
    QTest::newRow("unterminated quote") << QStringLiteral("quarterly\" report") << QList<quint32>{1};
    QTest::newRow("quoted phrase") << QStringLiteral("\"quoted\"") << QList<quint32>{5};
    QTest::newRow("star") << QStringLiteral("*") << QList<quint32>{};
    QTest::newRow("stars") << QStringLiteral("*star*") << QList<quint32>{5};
    QTest::newRow("minus") << QStringLiteral("-") << QList<quint32>{};
    QTest::newRow("minus is no exclusion") << QStringLiteral("-quarterly") << QList<quint32>{1};
    QTest::newRow("column filter syntax") << QStringLiteral("col:on") << QList<quint32>{5};
    QTest::newRow("caret") << QStringLiteral("^alpha") << QList<quint32>{4};
    QTest::newRow("parentheses") << QStringLiteral("(paren") << QList<quint32>{5};
    QTest::newRow("apostrophe") << QStringLiteral("O'Brien") << QList<quint32>{5};
    QTest::newRow("braces") << QStringLiteral("{subject from}: alpha") << QList<quint32>{};
    QTest::newRow("sql") << QStringLiteral("'; DROP TABLE messages; --") << QList<quint32>{};
    QTest::newRow("emoji separates") << QStringLiteral("😀alpha") << QList<quint32>{4};
    QTest::newRow("empty") << QString() << QList<quint32>{};
    QTest::newRow("blank") << QStringLiteral(" \t ") << QList<quint32>{};
    QTest::newRow("many terms") << QStringLiteral("alpha ").repeated(500) << QList<quint32>{4};
}

void TestHeaderCache::search()
{
    QFETCH(QString, query);
    QFETCH(QList<quint32>, expected);
    HeaderCache cache(cachePath());
    QVERIFY(cache.open());
    QVERIFY(cache.hasFullTextSearch()); // Debian's SQLite has FTS5
    qint64 folder = 0;
    populateSearchFixture(cache, &folder);
    if (QTest::currentTestFailed())
        return;

    const auto hits = cache.search(query, 100);
    QVERIFY2(cache.lastError().isEmpty(), qPrintable(cache.lastError()));
    QCOMPARE(uidSet(hits), QSet<quint32>(expected.cbegin(), expected.cend()));
    QCOMPARE(hits.size(), expected.size());
    for (const auto &hit : hits)
        QCOMPARE(hit.first, folder);
    QCOMPARE(cache.messageCount(folder), 6); // nothing was dropped or deleted
}

void TestHeaderCache::searchResultsAreNewestFirstAndLimited()
{
    HeaderCache cache(cachePath());
    QVERIFY(cache.open());
    const qint64 inbox = cache.folderId(AccountA, makeFolder("INBOX", QStringLiteral("INBOX")));
    const qint64 sent = cache.folderId(AccountA, makeFolder("Sent", QStringLiteral("Sent")));
    QVERIFY(cache.storeHeaders(inbox, {makeRecord(1, "invoice", 300), makeRecord(2, "invoice", 100)}));
    QVERIFY(cache.storeHeaders(sent, {makeRecord(1, "invoice", 200)}));
    const auto hits = cache.search(QStringLiteral("invoice"), 10);
    const QVector<QPair<qint64, quint32>> expected = {{inbox, 1}, {sent, 1}, {inbox, 2}};
    QCOMPARE(hits, expected);
    QCOMPARE(cache.search(QStringLiteral("invoice"), 2), expected.mid(0, 2));
    QVERIFY(cache.search(QStringLiteral("invoice"), 0).isEmpty());
}

void TestHeaderCache::searchWithoutFullTextIndexThenBackfill()
{
    {
        qputenv("POSTIER_CACHE_NO_FTS", "1");
        const auto unset = qScopeGuard([] { qunsetenv("POSTIER_CACHE_NO_FTS"); });
        HeaderCache cache(cachePath());
        QTest::ignoreMessage(QtInfoMsg, logged("no FTS5.*falls back to LIKE"));
        QVERIFY(cache.open());
        QVERIFY(!cache.hasFullTextSearch());
        qint64 folder = 0;
        populateSearchFixture(cache, &folder);
        if (QTest::currentTestFailed())
            return;
        // The LIKE fallback: ASCII words of the raw bytes, any position, all terms required.
        QCOMPARE(uidSet(cache.search(QStringLiteral("quarterly"), 10)), QSet<quint32>{1});
        QCOMPARE(uidSet(cache.search(QStringLiteral("ARTERLY rep"), 10)), QSet<quint32>{1});
        QCOMPARE(uidSet(cache.search(QStringLiteral("\"*-NEAR("), 10)), QSet<quint32>{2});
        QVERIFY(cache.search(QStringLiteral("%"), 10).isEmpty());
        QVERIFY(cache.search(QStringLiteral("_"), 10).isEmpty());
        QVERIFY(cache.removeUids(folder, {1}));
        QVERIFY(cache.search(QStringLiteral("quarterly"), 10).isEmpty());
        QVERIFY2(cache.lastError().isEmpty(), qPrintable(cache.lastError()));
    }
    // Opened again with FTS5, the index is created and filled from the stored headers.
    HeaderCache cache(cachePath());
    QString error;
    QVERIFY2(cache.open(&error), qPrintable(error));
    QVERIFY(error.isEmpty());
    QVERIFY(cache.hasFullTextSearch());
    QCOMPARE(uidSet(cache.search(QStringLiteral("grüße"), 10)), QSet<quint32>{3});
    QCOMPARE(uidSet(cache.search(QStringLiteral("alpha"), 10)), QSet<quint32>{4});
    QVERIFY(cache.search(QStringLiteral("quarterly"), 10).isEmpty());
    QVERIFY2(cache.lastError().isEmpty(), qPrintable(cache.lastError()));
}

void TestHeaderCache::corruptFileIsMovedAside()
{
    QVERIFY(QDir().mkpath(QFileInfo(cachePath()).absolutePath()));
    const QByteArray garbage =
        QByteArray("This is not an SQLite database, just garbage.\n").repeated(300);
    {
        QFile file(cachePath());
        QVERIFY(file.open(QIODevice::WriteOnly));
        QCOMPARE(file.write(garbage), garbage.size());
    }
    HeaderCache cache(cachePath());
    QString error;
    QTest::ignoreMessage(QtWarningMsg, logged(
        "could not be used: SQLite reported “file is not a database”\\. It was renamed to "));
    QVERIFY2(cache.open(&error), qPrintable(error));
    QVERIFY(!error.isEmpty());
    QVERIFY2(error.contains(QStringLiteral(".corrupt-")), qPrintable(error));
    QVERIFY2(error.contains(QStringLiteral("Nothing is lost")), qPrintable(error));

    const QStringList moved = QFileInfo(cachePath()).dir().entryList(
        {QFileInfo(cachePath()).fileName() + QStringLiteral(".corrupt-*")}, QDir::Files);
    QCOMPARE(moved.size(), 1);
    QFile aside(QFileInfo(cachePath()).dir().filePath(moved.first()));
    QVERIFY(aside.open(QIODevice::ReadOnly));
    QCOMPARE(aside.readAll(), garbage);
    QVERIFY(error.contains(moved.first()));

    // The new cache works.
    const qint64 folder = cache.folderId(AccountA, makeFolder("INBOX", QStringLiteral("INBOX")));
    QVERIFY(cache.storeHeaders(folder, {makeRecord(1, "fresh start")}));
    QCOMPARE(cache.messageCount(folder), 1);
    QCOMPARE(cache.journalMode(), QStringLiteral("wal"));
}

void TestHeaderCache::damageFoundByAReadRebuildsOnNextOpen()
{
    int rootPage = 0;
    {
        HeaderCache cache(cachePath());
        QVERIFY(cache.open());
        const qint64 folder = cache.folderId(AccountA, makeFolder("INBOX", QStringLiteral("INBOX")));
        protocols::HeaderBatch batch;
        for (quint32 uid = 1; uid <= 2000; ++uid)
            batch.append(makeRecord(uid, "padding padding padding padding padding"));
        QVERIFY(cache.storeHeaders(folder, batch));
    }
    // Closing the last connection checkpoints the WAL into the main file, which we then damage:
    // the page holding the root of the messages table, and nothing else.
    QVERIFY(!QFileInfo::exists(cachePath() + QStringLiteral("-wal")));
    rootPage = rawQuery(cachePath(),
                        QStringLiteral("SELECT rootpage FROM sqlite_master WHERE name = 'messages'"))
                   .toInt();
    QVERIFY(rootPage > 1);
    {
        QFile file(cachePath());
        QVERIFY(file.open(QIODevice::ReadWrite));
        QVERIFY(file.seek(qint64(rootPage - 1) * 4096));
        file.write(QByteArray(4096, '\xa5'));
    }

    {
        HeaderCache cache(cachePath());
        QString error;
        QVERIFY2(cache.open(&error), qPrintable(error)); // the schema is intact, so it opens
        const qint64 folder = cache.folderId(AccountA, makeFolder("INBOX", QStringLiteral("INBOX")));
        QVERIFY(folder > 0);
        QTest::ignoreMessage(QtWarningMsg, logged(
            "“database disk image is malformed”\\. The cache file is damaged"));
        QVERIFY(cache.uids(folder).isEmpty());
        QVERIFY2(cache.lastError().contains(QStringLiteral("damaged")), qPrintable(cache.lastError()));
    }

    HeaderCache cache(cachePath());
    QString error;
    QTest::ignoreMessage(QtWarningMsg, logged(
        "could not be used: an earlier read found it damaged"));
    QVERIFY2(cache.open(&error), qPrintable(error));
    QVERIFY2(error.contains(QStringLiteral(".corrupt-")), qPrintable(error));
    const qint64 folder = cache.folderId(AccountA, makeFolder("INBOX", QStringLiteral("INBOX")));
    QCOMPARE(cache.messageCount(folder), 0);
    QVERIFY(cache.storeHeaders(folder, {makeRecord(1, "rebuilt")}));
    QCOMPARE(cache.uids(folder), QVector<quint32>{1});
    QVERIFY2(cache.lastError().isEmpty(), qPrintable(cache.lastError()));

    // And the open after that has nothing to report.
    cache.close();
    QVERIFY(cache.open(&error));
    QVERIFY2(error.isEmpty(), qPrintable(error));
}

void TestHeaderCache::newerSchemaIsMovedAside()
{
    {
        HeaderCache cache(cachePath());
        QVERIFY(cache.open());
    }
    QVERIFY(rawQuery(cachePath(), QStringLiteral("PRAGMA user_version = 99")).isValid());
    HeaderCache cache(cachePath());
    QString error;
    QTest::ignoreMessage(QtWarningMsg, logged("newer version of Postier"));
    QVERIFY2(cache.open(&error), qPrintable(error));
    QVERIFY2(error.contains(QStringLiteral("newer version")), qPrintable(error));
    cache.close();
    QCOMPARE(rawQuery(cachePath(), QStringLiteral("PRAGMA user_version")).toInt(),
             HeaderCache::SchemaVersion);
}

void TestHeaderCache::bodies()
{
    HeaderCache cache(cachePath());
    QVERIFY(cache.open());
    const qint64 folder = cache.folderId(AccountA, makeFolder("INBOX", QStringLiteral("INBOX")));
    QVERIFY(cache.storeHeaders(folder, {makeRecord(1, "with body"), makeRecord(2, "other")}));

    QByteArray binary;
    for (int i = 0; i < 70000; ++i)
        binary.append(char(i % 256));
    QVERIFY(cache.storeBody(folder, 1, "", binary));
    QVERIFY(cache.storeBody(folder, 1, "1.2", "second part"));
    QVERIFY(cache.storeBody(folder, 1, "HEADER", QByteArray()));
    QCOMPARE(cache.body(folder, 1, ""), std::optional<QByteArray>(binary));
    QCOMPARE(cache.body(folder, 1, QByteArray()), std::optional<QByteArray>(binary));
    QCOMPARE(cache.body(folder, 1, "1.2"), std::optional<QByteArray>("second part"));
    const auto empty = cache.body(folder, 1, "HEADER");
    QVERIFY(empty.has_value());
    QVERIFY(empty->isEmpty());
    QCOMPARE(cache.body(folder, 1, "TEXT"), std::nullopt);
    QCOMPARE(cache.body(folder, 2, ""), std::nullopt);

    QVERIFY(cache.storeBody(folder, 1, "1.2", "replaced"));
    QCOMPARE(cache.body(folder, 1, "1.2"), std::optional<QByteArray>("replaced"));
    QVERIFY2(cache.lastError().isEmpty(), qPrintable(cache.lastError()));

    QTest::ignoreMessage(QtWarningMsg, logged("header is not stored"));
    QVERIFY(!cache.storeBody(folder, 3, "", "no header for it"));
    QVERIFY2(cache.lastError().contains(QStringLiteral("header is not stored")),
             qPrintable(cache.lastError()));
}

void TestHeaderCache::secondInstanceInAnotherThread()
{
    HeaderCache cache(cachePath());
    QVERIFY(cache.open());
    const protocols::FolderInfo inbox = makeFolder("INBOX", QStringLiteral("INBOX"));
    const qint64 folder = cache.folderId(AccountA, inbox);
    protocols::HeaderBatch batch;
    for (quint32 uid = 1; uid <= 100; ++uid)
        batch.append(makeRecord(uid, "threaded"));
    QVERIFY(cache.storeHeaders(folder, batch));

    int seen = -1;
    qint64 seenFolder = -1;
    bool stored = false;
    std::unique_ptr<QThread> thread(QThread::create([&] {
        HeaderCache reader(cachePath());
        if (!reader.open())
            return;
        seenFolder = reader.folderId(AccountA, inbox);
        seen = reader.messageCount(seenFolder);
        stored = reader.storeHeaders(seenFolder, {makeRecord(101, "written by the worker")});
    }));
    thread->start();
    QVERIFY(thread->wait(30000));
    QCOMPARE(seenFolder, folder);
    QCOMPARE(seen, 100);
    QVERIFY(stored);
    QCOMPARE(cache.messageCount(folder), 101);
    QCOMPARE(uidSet(cache.search(QStringLiteral("worker"), 10)), QSet<quint32>{101});
}

void TestHeaderCache::errorsAreSentences()
{
    HeaderCache closed(cachePath());
    const QRegularExpression notOpen = logged("headers\\.sqlite is not open\\.$");
    QTest::ignoreMessage(QtWarningMsg, notOpen);
    QVERIFY(closed.uids(1).isEmpty());
    QVERIFY2(closed.lastError().contains(QStringLiteral("is not open")),
             qPrintable(closed.lastError()));
    QVERIFY(closed.lastError().endsWith(QLatin1Char('.')));
    QTest::ignoreMessage(QtWarningMsg, notOpen);
    QVERIFY(!closed.storeHeaders(1, {makeRecord(1, "x")}));

    HeaderCache cache(cachePath());
    QVERIFY(cache.open());
    QVERIFY(!cache.folderState(12345).isValid());
    // Unknown folder: "reset" (so a caller fetches everything) and say why.
    QTest::ignoreMessage(QtWarningMsg, logged("no folder with the id 12345"));
    QVERIFY(cache.resetIfUidValidityChanged(12345, 1));
    QVERIFY(cache.lastError().contains(QStringLiteral("no folder with the id 12345")));
    QTest::ignoreMessage(QtWarningMsg, logged("FOREIGN KEY"));
    QVERIFY(!cache.storeHeaders(12345, {makeRecord(1, "orphan")})); // no such folder
    QVERIFY2(cache.lastError().startsWith(QStringLiteral("Could not save new message headers")),
             qPrintable(cache.lastError()));
    QVERIFY2(cache.lastError().contains(QStringLiteral("FOREIGN KEY")), qPrintable(cache.lastError()));
    QTest::ignoreMessage(QtWarningMsg, logged("no folder with the id -1"));
    QVERIFY(!cache.storeHeaders(-1, {makeRecord(1, "x")}));
    QVERIFY2(cache.lastError().contains(QStringLiteral("no folder with the id -1")),
             qPrintable(cache.lastError()));

    // A path that cannot hold a database (its folder is a file) fails with a sentence.
    QFile blocker(m_dir->filePath(QStringLiteral("blocker")));
    QVERIFY(blocker.open(QIODevice::WriteOnly));
    blocker.close();
    HeaderCache impossible(m_dir->filePath(QStringLiteral("blocker/cache.sqlite")));
    QString error;
    QTest::ignoreMessage(QtWarningMsg, logged("Could not create the folder"));
    QVERIFY(!impossible.open(&error));
    QVERIFY2(error.contains(QStringLiteral("Could not create the folder")), qPrintable(error));
    QCOMPARE(impossible.lastError(), error);
}

void TestHeaderCache::decodedHeaderText_data()
{
    QTest::addColumn<QByteArray>("raw");
    QTest::addColumn<QString>("text");

    QTest::newRow("ascii") << QByteArray("Hello world") << QStringLiteral("Hello world");
    QTest::newRow("Q") << QByteArray("=?UTF-8?Q?Gr=C3=BC=C3=9Fe_aus_K=C3=B6ln?=")
                       << QStringLiteral("Grüße aus Köln");
    QTest::newRow("B lower case") << QByteArray("=?utf-8?b?R3LDvMOfZQ==?=")
                                  << QStringLiteral("Grüße");
    QTest::newRow("space between words dropped")
        << QByteArray("=?UTF-8?Q?a?= \r\n =?UTF-8?Q?b?=") << QStringLiteral("ab");
    QTest::newRow("character split across words")
        << QByteArray("=?UTF-8?Q?caf=C3?= =?UTF-8?Q?=A9?=") << QStringLiteral("café");
    QTest::newRow("mixed") << QByteArray("Re: =?ISO-8859-1?Q?Caf=E9?= now")
                           << QStringLiteral("Re: Café now");
    QTest::newRow("text between words kept")
        << QByteArray("=?UTF-8?Q?a?= and =?UTF-8?Q?b?=") << QStringLiteral("a and b");
    QTest::newRow("language") << QByteArray("=?UTF-8*fr?Q?=C3=A9t=C3=A9?=") << QStringLiteral("été");
    QTest::newRow("unknown encoding") << QByteArray("=?UTF-8?X?abc?=")
                                      << QStringLiteral("=?UTF-8?X?abc?=");
    QTest::newRow("unterminated") << QByteArray("=?UTF-8?Q?abc") << QStringLiteral("=?UTF-8?Q?abc");
    QTest::newRow("space inside") << QByteArray("=?UTF-8?Q?a b?=") << QStringLiteral("=?UTF-8?Q?a b?=");
    QTest::newRow("unknown charset") << QByteArray("=?x-unknown?Q?abc?=") << QStringLiteral("abc");
    QTest::newRow("raw utf-8") << QByteArray("Caf\xc3\xa9") << QStringLiteral("Café");
    QTest::newRow("raw latin-1") << QByteArray("Caf\xe9") << QStringLiteral("Café");
    QTest::newRow("empty") << QByteArray() << QString();
}

void TestHeaderCache::decodedHeaderText()
{
    QFETCH(QByteArray, raw);
    QFETCH(QString, text);
    QCOMPARE(models::decodedHeaderText(raw), text);
    QCOMPARE(models::searchableHeaderText(raw), text.toUtf8());
}

void TestHeaderCache::searchTerms_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QStringList>("terms");
    QTest::addColumn<QString>("expression");

    QTest::newRow("words") << QStringLiteral("Anna report")
                           << QStringList{QStringLiteral("Anna"), QStringLiteral("report")}
                           << QStringLiteral("\"Anna\"* \"report\"*");
    QTest::newRow("operators") << QStringLiteral("\"a\" OR b* NEAR(c d) -e")
                               << QStringList{QStringLiteral("a"), QStringLiteral("OR"),
                                              QStringLiteral("b"), QStringLiteral("NEAR"),
                                              QStringLiteral("c"), QStringLiteral("d"),
                                              QStringLiteral("e")}
                               << QStringLiteral(
                                      "\"a\"* \"OR\"* \"b\"* \"NEAR\"* \"c\"* \"d\"* \"e\"*");
    QTest::newRow("cjk") << QStringLiteral("日本語") << QStringList{QStringLiteral("日本語")}
                         << QStringLiteral("\"日本語\"*");
    QTest::newRow("combining mark") << QStringLiteral("Gru\u0308ße")
                                    << QStringList{QStringLiteral("Gru\u0308ße")}
                                    << QStringLiteral("\"Gru\u0308ße\"*");
    QTest::newRow("emoji") << QStringLiteral("a😀b")
                           << QStringList{QStringLiteral("a"), QStringLiteral("b")}
                           << QStringLiteral("\"a\"* \"b\"*");
    QTest::newRow("nothing") << QStringLiteral("\"*-:^()") << QStringList{} << QString();
    QStringList sixteen;
    for (int i = 0; i < 16; ++i)
        sixteen.append(QStringLiteral("w%1").arg(i));
    QStringList twenty = sixteen;
    for (int i = 16; i < 20; ++i)
        twenty.append(QStringLiteral("w%1").arg(i));
    QStringList phrases;
    for (const QString &term : std::as_const(sixteen))
        phrases.append(QLatin1Char('"') + term + QStringLiteral("\"*"));
    QTest::newRow("at most 16") << twenty.join(QLatin1Char(' ')) << sixteen
                                << phrases.join(QLatin1Char(' '));
}

void TestHeaderCache::searchTerms()
{
    QFETCH(QString, input);
    QFETCH(QStringList, terms);
    QFETCH(QString, expression);
    QCOMPARE(models::searchTerms(input), terms);
    QCOMPARE(models::ftsMatchExpression(input), expression);
}

QTEST_GUILESS_MAIN(TestHeaderCache)
#include "tst_headercache.moc"
