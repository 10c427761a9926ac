#include "CliContext.h"
#include "Commands.h"
#include "ExitCodes.h"

#include "models/accounts/Account.h"
#include "models/cache/HeaderCache.h"
#include "models/cache/SearchText.h"
#include "protocols/Connection.h"
#include "protocols/imap/FetchMessageJob.h"
#include "protocols/imap/FolderStatusJob.h"
#include "protocols/imap/ImapParser.h"
#include "protocols/imap/SearchJob.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QStandardPaths>
#include <QTextStream>

#include <algorithm>

namespace postier::cli {

namespace {

constexpr int kDefaultLimit = 200;
// The cache's search spans every account; this many candidates are read before keeping the
// account's (and folder's) own.
constexpr int kCacheCandidates = 100000;

struct Hit {
    QByteArray rawFolder;
    QString folder;
    quint32 uid = 0;
    qint64 internalDate = 0;
    QString from;
    QString subject;
    bool inCache = false;
    bool onServer = false;
};

/// The value of one header field in a raw header block, unfolded; empty when absent.
QByteArray headerField(const QByteArray &header, const QByteArray &name)
{
    const QByteArray wanted = name.toLower() + ':';
    const QByteArrayList lines = header.split('\n');
    QByteArray value;
    bool inField = false;
    for (QByteArray line : lines) {
        if (line.endsWith('\r'))
            line.chop(1);
        if (line.isEmpty())
            break; // end of the header
        if (inField && (line.startsWith(' ') || line.startsWith('\t'))) {
            value += ' ' + line.trimmed();
            continue;
        }
        if (inField)
            break;
        if (line.toLower().startsWith(wanted)) {
            value = line.mid(wanted.size()).trimmed();
            inField = true;
        }
    }
    return value;
}

QString sourceName(const Hit &hit)
{
    if (hit.inCache && hit.onServer)
        return QStringLiteral("cache+server");
    return hit.inCache ? QStringLiteral("cache") : QStringLiteral("server");
}

/// Tabs and line breaks would split a line of the text output.
QString oneLine(QString text)
{
    for (QChar &c : text) {
        if (c == QLatin1Char('\t') || c == QLatin1Char('\n') || c == QLatin1Char('\r'))
            c = QLatin1Char(' ');
    }
    return text;
}

} // namespace

int runSearch(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Cli::tr("Finds messages of an account by words of their subject, sender or recipients in the "
                "local cache (filled by “postier-cli sync”), newest first. With --server, or when "
                "the folder is not in the cache yet, the server is searched too (IMAP SEARCH TEXT: "
                "the whole message, body included) and the results are merged. Prints one line per "
                "message: FOLDER, UID, DATE, FROM and SUBJECT, separated by tabs."));
    parser.addPositionalArgument(QStringLiteral("account"), Cli::tr("An IMAP URL or an account name."));
    parser.addPositionalArgument(QStringLiteral("query"), Cli::tr("The words to look for."), Cli::tr("query…"));
    parser.addOption({QStringLiteral("folder"), Cli::tr("Only this folder, e.g. INBOX or Archive/2024."), Cli::tr("folder")});
    parser.addOption({QStringLiteral("server"),
                      Cli::tr("Also search on the server (in --folder, default INBOX).")});
    parser.addOption({QStringLiteral("cache"), Cli::tr("The cache file (default: Postier's own cache)."), Cli::tr("file")});
    parser.addOption({QStringLiteral("limit"),
                      Cli::tr("Show at most this many messages (default %1).").arg(kDefaultLimit),
                      Cli::tr("n")});
    CliContext::addCommonOptions(parser);
    CliContext ctx;
    if (!ctx.parse(parser, args))
        return ExitUsage;
    QStringList positional = parser.positionalArguments();
    if (positional.size() < 2)
        return ctx.usage(Cli::tr("Usage: postier-cli search URL|ACCOUNT QUERY [--folder F] [--server]"));
    const QString accountArg = positional.takeFirst();
    const QString query = positional.join(QLatin1Char(' ')).trimmed();
    int limit = kDefaultLimit;
    if (parser.isSet(QStringLiteral("limit"))) {
        bool ok = false;
        limit = parser.value(QStringLiteral("limit")).toInt(&ok);
        if (!ok || limit <= 0)
            return ctx.usage(Cli::tr("--limit takes a whole number greater than zero."));
    }
    const bool serverAsked = parser.isSet(QStringLiteral("server"));
    if (query.isEmpty() || (!serverAsked && models::searchTerms(query).isEmpty()))
        return ctx.usage(Cli::tr("The query “%1” has no word to search for.").arg(query));

    protocols::ServerEndpoint endpoint;
    if (!ctx.resolveEndpoint(accountArg, &endpoint))
        return ExitUsage;
    if (endpoint.protocol != protocols::Protocol::Imap)
        return ctx.usage(Cli::tr("search needs an IMAP account (imaps:// or imap+starttls://)."));

    QString cachePath = parser.value(QStringLiteral("cache"));
    if (cachePath.isEmpty())
        cachePath = QStandardPaths::writableLocation(QStandardPaths::CacheLocation) + QStringLiteral("/headers.sqlite");
    models::HeaderCache cache(cachePath);
    QString openError;
    if (!cache.open(&openError))
        return ctx.fail(protocols::Error(protocols::ErrorKind::LocalIo, openError));
    if (!openError.isEmpty())
        QTextStream(stderr) << openError << Qt::endl; // rebuilt after damage: say so, carry on

    // The account's folders in the cache, by id; a folder counts as cached once a sync completed.
    const QString accountKey = models::Account::passwordKey(endpoint);
    const bool folderGiven = parser.isSet(QStringLiteral("folder"));
    const QString folderName = folderGiven ? parser.value(QStringLiteral("folder")) : QStringLiteral("INBOX");
    const QByteArray rawFolder = protocols::imap::encodeMailboxName(folderName);
    QHash<qint64, protocols::FolderInfo> folders;
    qint64 wantedId = 0;
    bool anyCached = false;
    bool wantedCached = false;
    for (const protocols::FolderInfo &info : cache.folderList(accountKey)) {
        const qint64 id = cache.folderId(accountKey, info);
        if (id <= 0)
            continue;
        const bool synced = cache.folderState(id).lastSync.isValid();
        folders.insert(id, info);
        anyCached = anyCached || synced;
        if (info.rawName == rawFolder || info.path == folderName) {
            wantedId = id;
            wantedCached = synced;
        }
    }

    QVector<Hit> hits;
    QHash<QPair<QByteArray, quint32>, int> index; // (raw folder, uid) -> position in hits
    const auto hitFromCache = [&](qint64 id, quint32 uid, Hit *hit) {
        const auto record = cache.header(id, uid);
        if (!record)
            return false;
        const protocols::FolderInfo &info = folders[id];
        hit->rawFolder = info.rawName;
        hit->folder = info.path;
        hit->uid = uid;
        hit->internalDate = record->internalDate;
        hit->from = models::decodedHeaderText(record->from);
        hit->subject = models::decodedHeaderText(record->subject);
        hit->inCache = true;
        return true;
    };

    if (!models::searchTerms(query).isEmpty()) {
        // lastError() is not cleared by a success: a new sentence is this search's failure.
        const QString errorBefore = cache.lastError();
        const auto found = cache.search(query, kCacheCandidates);
        if (found.isEmpty() && cache.lastError() != errorBefore)
            return ctx.fail(protocols::Error(protocols::ErrorKind::LocalIo, cache.lastError()));
        for (const auto &[id, uid] : found) {
            if (!folders.contains(id) || (folderGiven && id != wantedId))
                continue;
            Hit hit;
            if (!hitFromCache(id, uid, &hit))
                continue;
            index.insert({hit.rawFolder, hit.uid}, int(hits.size()));
            hits.append(hit);
            if (hits.size() >= limit)
                break;
        }
    }

    const bool askServer = serverAsked || (folderGiven ? !wantedCached : !anyCached);
    int serverCount = 0;
    if (askServer) {
        QString password;
        if (const int code = ctx.resolvePassword(endpoint, &password); code != ExitOk)
            return code;
        auto connection = ctx.connect(endpoint, password);

        // The cache describes the server's UIDs only while the folder keeps its UIDVALIDITY.
        protocols::FolderStatusJob status({rawFolder});
        if (const auto error = protocols::runJobAndWait(*connection, status))
            return ctx.fail(error);
        if (const auto it = status.errors().constFind(rawFolder); it != status.errors().constEnd())
            return ctx.fail(*it);
        const bool cacheMatches = wantedId > 0 && wantedCached
            && cache.folderState(wantedId).uidValidity == status.statuses().value(rawFolder).uidValidity;

        protocols::SearchJob search(rawFolder);
        search.addText(protocols::SearchJob::Field::Text, query);
        if (const auto error = protocols::runJobAndWait(*connection, search))
            return ctx.fail(error);
        QVector<quint32> uids = search.uids();
        serverCount = int(uids.size());
        std::sort(uids.begin(), uids.end(), std::greater<quint32>()); // newest first
        int fetched = 0;
        for (const quint32 uid : std::as_const(uids)) {
            if (const auto it = index.constFind({rawFolder, uid}); it != index.constEnd()) {
                hits[*it].onServer = true;
                continue;
            }
            Hit hit;
            if (cacheMatches && hitFromCache(wantedId, uid, &hit)) {
                hit.onServer = true;
            } else {
                // Not in the cache (new, or a body match of an uncached folder): its header, read
                // from the server. Only as many as can be shown.
                if (fetched >= limit)
                    continue;
                protocols::FetchMessageJob fetch(rawFolder, uid);
                fetch.setSection(QByteArrayLiteral("HEADER"));
                const protocols::Error error = protocols::runJobAndWait(*connection, fetch);
                if (error.kind() == protocols::ErrorKind::NotFound)
                    continue; // expunged since the search
                if (error)
                    return ctx.fail(error);
                ++fetched;
                hit.rawFolder = rawFolder;
                hit.folder = protocols::imap::decodeMailboxName(rawFolder);
                hit.uid = uid;
                hit.internalDate = fetch.internalDate();
                hit.from = models::decodedHeaderText(headerField(fetch.content(), "From"));
                hit.subject = models::decodedHeaderText(headerField(fetch.content(), "Subject"));
                hit.onServer = true;
            }
            index.insert({hit.rawFolder, hit.uid}, int(hits.size()));
            hits.append(hit);
        }
    }

    std::stable_sort(hits.begin(), hits.end(), [](const Hit &a, const Hit &b) {
        if (a.internalDate != b.internalDate)
            return a.internalDate > b.internalDate;
        if (a.folder != b.folder)
            return a.folder < b.folder;
        return a.uid > b.uid;
    });
    if (hits.size() > limit)
        hits.resize(limit);

    if (ctx.json()) {
        QJsonArray list;
        for (const Hit &hit : std::as_const(hits)) {
            list.append(QJsonObject{
                {QStringLiteral("folder"), hit.folder},
                {QStringLiteral("uid"), qint64(hit.uid)},
                {QStringLiteral("date"), QDateTime::fromSecsSinceEpoch(hit.internalDate, Qt::UTC).toString(Qt::ISODate)},
                {QStringLiteral("from"), hit.from},
                {QStringLiteral("subject"), hit.subject},
                {QStringLiteral("source"), sourceName(hit)}});
        }
        QTextStream out(stdout);
        out << QString::fromUtf8(QJsonDocument(list).toJson(QJsonDocument::Indented));
        out.flush();
        return ExitOk;
    }

    QTextStream out(stdout);
    for (const Hit &hit : std::as_const(hits)) {
        out << oneLine(hit.folder) << '\t' << hit.uid << '\t'
            << QDateTime::fromSecsSinceEpoch(hit.internalDate).toString(QStringLiteral("yyyy-MM-dd HH:mm"))
            << '\t' << oneLine(hit.from) << '\t' << oneLine(hit.subject) << '\n';
    }
    out.flush();
    QTextStream err(stderr);
    if (hits.isEmpty())
        err << Cli::tr("No message matches “%1”.").arg(query) << Qt::endl;
    else if (askServer)
        err << Cli::tr("%n message(s) found; the server matched %1.", nullptr, int(hits.size())).arg(serverCount)
            << Qt::endl;
    else
        err << Cli::tr("%n message(s) found in the local cache.", nullptr, int(hits.size())) << Qt::endl;
    return ExitOk;
}

} // namespace postier::cli
