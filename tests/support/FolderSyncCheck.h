// What tst_foldersync compares: a folder as the server holds it (read with doveadm) against the
// same folder in Postier's HeaderCache, message by message, and the sync markers against the
// server's status; plus the test's client (a connection, a cache file, one synchronizer per sync).
// Header-only, like MigrationCheck.h: it uses models, which the support library does not link.
#pragma once

#include "models/cache/HeaderCache.h"
#include "models/sync/FolderSynchronizer.h"
#include "protocols/Connection.h"
#include "protocols/imap/ImapParser.h"
#include "tests/support/TestServer.h"

#include <QDateTime>
#include <QEventLoop>
#include <QMap>
#include <QTest>
#include <QTimer>

#include <algorithm>
#include <memory>
#include <optional>

namespace postier::test::foldersync {

using namespace postier::protocols;
using postier::models::FolderState;
using postier::models::FolderSynchronizer;
using postier::models::HeaderCache;

constexpr int kSyncTimeoutMs = 180000; // a bound, not a timing assert: 20k headers take seconds

/// One fresh user on one instance.
struct Account {
    TestServer server;
    QString user;
    ServerEndpoint endpoint;

    [[nodiscard]] std::unique_ptr<Connection> connect() const
    {
        return std::make_unique<Connection>(endpoint, TestServer::passwordFor(user));
    }
    /// The cache key of the account, as the app and postier-cli build it.
    [[nodiscard]] QString accountKey() const
    {
        return QStringLiteral("imaps://%1@%2:%3").arg(user, endpoint.host).arg(endpoint.port);
    }
};

inline QByteArray makeMessage(const QByteArray &subject, const QByteArray &body = "Hello.\r\n")
{
    static int counter = 0;
    return "From: Another Client <other@example.com>\r\nTo: Bob <bob@example.com>\r\nSubject: "
        + subject + "\r\nDate: Tue, 04 Mar 2025 10:00:00 +0100\r\nMessage-ID: <fs"
        + QByteArray::number(++counter) + "@postier.test>\r\nMIME-Version: 1.0\r\n\r\n" + body;
}

inline MessageFlags flags(quint8 bits, const QByteArrayList &keywords = {})
{
    MessageFlags f;
    f.bits = bits;
    f.keywords = keywords;
    return f;
}

/// Flags as a sorted token list without \Recent, comparable between IMAP and doveadm.
inline QByteArrayList flagTokens(const QByteArray &list)
{
    QByteArrayList tokens = list.split(' ');
    tokens.removeAll(QByteArray());
    tokens.removeAll(QByteArrayLiteral("\\Recent"));
    std::sort(tokens.begin(), tokens.end());
    return tokens;
}

/// One message as the server holds it (doveadm) or as the cache holds it.
struct Message {
    quint32 uid = 0;
    QByteArrayList flags;
    quint32 size = 0;
    qint64 internalDate = 0;
    quint64 modseq = 0;
    QByteArray subject;
};
using Messages = QMap<quint32, Message>;

/// The folder's messages according to doveadm, the server's own tool (no IMAP involved).
inline Messages serverMessages(const Account &a, const QString &folder, bool *ok)
{
    Messages messages;
    const QByteArray out = a.server.doveadm(
        {QStringLiteral("-f"), QStringLiteral("tab"), QStringLiteral("fetch"), QStringLiteral("-u"),
         a.user, QStringLiteral("uid flags size.virtual date.received.unixtime modseq hdr.subject"),
         QStringLiteral("mailbox"), folder},
        ok);
    QByteArrayList lines = out.split('\n');
    if (!*ok || lines.isEmpty())
        return messages;
    const QByteArrayList header = lines.takeFirst().split('\t');
    for (const QByteArray &line : std::as_const(lines)) {
        if (line.isEmpty())
            continue;
        const QByteArrayList cells = line.split('\t');
        QHash<QByteArray, QByteArray> row;
        for (int i = 0; i < header.size() && i < cells.size(); ++i)
            row.insert(header[i], cells[i]);
        Message m;
        m.uid = row.value("uid").toUInt();
        m.flags = flagTokens(row.value("flags"));
        m.size = row.value("size.virtual").toUInt();
        m.internalDate = row.value("date.received.unixtime").toLongLong();
        m.modseq = row.value("modseq").toULongLong();
        m.subject = row.value("hdr.subject");
        messages.insert(m.uid, m);
    }
    return messages;
}

struct ServerStatus {
    quint32 messages = 0;
    quint32 uidNext = 0;
    quint32 uidValidity = 0;
    quint64 highestModSeq = 0;
};

inline ServerStatus serverStatus(const Account &a, const QString &folder, bool *ok)
{
    ServerStatus s;
    const QByteArray out = a.server.doveadm(
        {QStringLiteral("-f"), QStringLiteral("tab"), QStringLiteral("mailbox"),
         QStringLiteral("status"), QStringLiteral("-u"), a.user,
         QStringLiteral("messages uidnext uidvalidity highestmodseq"), folder},
        ok);
    const QByteArrayList lines = out.split('\n');
    if (!*ok || lines.size() < 2) {
        *ok = false;
        return s;
    }
    const QByteArrayList header = lines[0].split('\t');
    const QByteArrayList cells = lines[1].split('\t');
    for (int i = 0; i < header.size() && i < cells.size(); ++i) {
        if (header[i] == "messages")
            s.messages = cells[i].toUInt();
        else if (header[i] == "uidnext")
            s.uidNext = cells[i].toUInt();
        else if (header[i] == "uidvalidity")
            s.uidValidity = cells[i].toUInt();
        else if (header[i] == "highestmodseq")
            s.highestModSeq = cells[i].toULongLong();
    }
    return s;
}

inline Messages cacheMessages(const HeaderCache &cache, qint64 folderId)
{
    Messages messages;
    const auto records = cache.headers(folderId, 0, 1000000, HeaderCache::Order::UidAscending);
    for (const HeaderRecord &r : records) {
        Message m;
        m.uid = r.uid;
        m.flags = flagTokens(r.flags.toImapList());
        m.size = r.size;
        m.internalDate = r.internalDate;
        m.modseq = r.modseq;
        m.subject = r.subject;
        messages.insert(m.uid, m);
    }
    return messages;
}

inline QString describe(const Message &m)
{
    return QStringLiteral("uid %1 flags (%2) size %3 date %4 subject \"%5\"")
        .arg(m.uid)
        .arg(QString::fromUtf8(m.flags.join(' ')))
        .arg(m.size)
        .arg(m.internalDate)
        .arg(QString::fromUtf8(m.subject));
}

/// Empty when `cached` is exactly `server` (every field but modseq: the cache refreshes flags
/// without the per-message MODSEQ), else the first difference.
inline QString difference(const Messages &cached, const Messages &server)
{
    if (cached.size() != server.size()) {
        QString text = QStringLiteral("the cache has %1 messages, the server %2")
                           .arg(cached.size())
                           .arg(server.size());
        for (auto it = server.cbegin(); it != server.cend(); ++it) {
            if (!cached.contains(it.key()))
                return text + QStringLiteral("; missing in the cache: ") + describe(*it);
        }
        for (auto it = cached.cbegin(); it != cached.cend(); ++it) {
            if (!server.contains(it.key()))
                return text + QStringLiteral("; gone from the server: ") + describe(*it);
        }
        return text;
    }
    for (auto it = server.cbegin(); it != server.cend(); ++it) {
        const auto c = cached.constFind(it.key());
        if (c == cached.cend())
            return QStringLiteral("missing in the cache: ") + describe(*it);
        if (c->flags != it->flags || c->size != it->size || c->internalDate != it->internalDate
            || c->subject != it->subject)
            return QStringLiteral("cache: %1\nserver: %2").arg(describe(*c), describe(*it));
    }
    return {};
}

/// Runs one sync with a bound; std::nullopt when finished() did not come in time.
inline std::optional<FolderSynchronizer::Result> runSync(FolderSynchronizer &sync, const QByteArray &folder)
{
    std::optional<FolderSynchronizer::Result> result;
    QEventLoop loop;
    QTimer bound;
    bound.setSingleShot(true);
    QObject::connect(&bound, &QTimer::timeout, &loop, &QEventLoop::quit);
    const auto c = QObject::connect(&sync, &FolderSynchronizer::finished, &loop,
                                    [&](const FolderSynchronizer::Result &r) {
                                        result = r;
                                        loop.quit();
                                    });
    sync.start(folder);
    if (!result) {
        bound.start(kSyncTimeoutMs);
        loop.exec();
    }
    QObject::disconnect(c);
    return result;
}

/// Postier's side: a connection, one cache file, a synchronizer per sync. Unless sameSession is
/// set, each sync after the first runs on a new connection, as each run of postier-cli does;
/// resyncOnTheSameSession() covers a long-lived connection, as the app keeps it.
struct Client {
    Client(const Account &account, const QString &cachePath)
        : account(account)
        , connection(account.connect())
        , cache(std::make_unique<HeaderCache>(cachePath))
        , key(account.accountKey())
    {
    }

    bool open() { return cache->open(&openError); }
    qint64 folderId(const QByteArray &raw) const
    {
        FolderInfo info;
        info.rawName = raw;
        info.path = imap::decodeMailboxName(raw);
        return cache->folderId(key, info);
    }
    std::optional<FolderSynchronizer::Result> sync(const QByteArray &folder)
    {
        if (used && !sameSession)
            connection = account.connect();
        used = true;
        FolderSynchronizer synchronizer(*connection, *cache, key);
        return runSync(synchronizer, folder);
    }

    Account account;
    std::unique_ptr<Connection> connection;
    std::unique_ptr<HeaderCache> cache;
    QString key;
    QString openError;
    bool sameSession = false;
    bool used = false;
};

#define SYNC_OK(result, client, folder)                                                            \
    const auto result##Optional_ = (client).sync(folder);                                          \
    QVERIFY2(result##Optional_.has_value(), "the sync did not finish within the bound");           \
    const FolderSynchronizer::Result result = *result##Optional_;                                  \
    QVERIFY2(result.error.isOk(), qPrintable(result.error.sentence()))

/// The cache of the folder against doveadm: same messages, and markers equal to the server's.
#define VERIFY_CACHE_EQUALS_SERVER(client, account, folderName)                                     \
    do {                                                                                           \
        bool ok_ = false;                                                                          \
        const Messages server_ = serverMessages((account), (folderName), &ok_);                    \
        QVERIFY2(ok_, "doveadm fetch failed");                                                     \
        const qint64 id_ = (client).folderId(imap::encodeMailboxName(folderName));                 \
        QVERIFY(id_ > 0);                                                                          \
        const QString diff_ = difference(cacheMessages(*(client).cache, id_), server_);            \
        QVERIFY2(diff_.isEmpty(), qPrintable(diff_));                                              \
        const ServerStatus status_ = serverStatus((account), (folderName), &ok_);                  \
        QVERIFY2(ok_, "doveadm mailbox status failed");                                            \
        const FolderState state_ = (client).cache->folderState(id_);                               \
        QCOMPARE(state_.cachedMessages, int(status_.messages));                                    \
        QCOMPARE(state_.serverMessages, status_.messages);                                         \
        QCOMPARE(state_.uidValidity, status_.uidValidity);                                         \
        QCOMPARE(state_.uidNext, status_.uidNext);                                                 \
        QCOMPARE(state_.highestModSeq, status_.highestModSeq);                                     \
        QVERIFY(state_.lastSync.isValid());                                                        \
    } while (false)

inline QVector<quint32> everyNth(const QVector<quint32> &uids, int n, int offset = 0)
{
    QVector<quint32> out;
    for (int i = offset; i < uids.size(); i += n)
        out << uids[i];
    return out;
}


} // namespace postier::test::foldersync
