#include "CliContext.h"
#include "Commands.h"
#include "ExitCodes.h"

#include "models/accounts/Account.h"
#include "models/cache/HeaderCache.h"
#include "models/sync/FolderSynchronizer.h"
#include "protocols/Connection.h"
#include "protocols/imap/ImapParser.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QStandardPaths>
#include <QTextStream>

namespace postier::cli {

int runSync(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Cli::tr("Brings the local cache of one folder up to date: all headers the first time, then "
           "only what changed (new mail, flags, deletions). Progress goes to stderr."));
    parser.addPositionalArgument(QStringLiteral("account"), Cli::tr("An IMAP URL or an account name."));
    parser.addOption({QStringLiteral("folder"), Cli::tr("The folder, e.g. INBOX or Archive/2024."), Cli::tr("folder")});
    parser.addOption({QStringLiteral("cache"), Cli::tr("The cache file (default: Postier's own cache)."), Cli::tr("file")});
    CliContext::addCommonOptions(parser);
    CliContext ctx;
    if (!ctx.parse(parser, args))
        return ExitUsage;
    if (parser.positionalArguments().size() != 1 || !parser.isSet(QStringLiteral("folder")))
        return ctx.usage(Cli::tr("Usage: postier-cli sync URL|ACCOUNT --folder FOLDER"));

    protocols::ServerEndpoint endpoint;
    QString password;
    if (!ctx.resolveEndpoint(parser.positionalArguments().first(), &endpoint))
        return ExitUsage;
    if (endpoint.protocol != protocols::Protocol::Imap)
        return ctx.usage(Cli::tr("sync needs an IMAP account (imaps:// or imap+starttls://)."));
    if (const int code = ctx.resolvePassword(endpoint, &password); code != ExitOk)
        return code;

    QString cachePath = parser.value(QStringLiteral("cache"));
    if (cachePath.isEmpty())
        cachePath = QStandardPaths::writableLocation(QStandardPaths::CacheLocation) + QStringLiteral("/headers.sqlite");
    models::HeaderCache cache(cachePath);
    QString error;
    if (!cache.open(&error))
        return ctx.fail(protocols::Error(protocols::ErrorKind::LocalIo, error));
    if (!error.isEmpty())
        QTextStream(stderr) << error << Qt::endl; // rebuilt after damage: say so, carry on

    auto connection = ctx.connect(endpoint, password);
    models::FolderSynchronizer sync(*connection, cache, models::Account::passwordKey(endpoint));
    const QString folder = parser.value(QStringLiteral("folder"));
    QObject::connect(&sync, &models::FolderSynchronizer::progress, [&](qint64 done, qint64 total) {
        ctx.progress(Cli::tr("%1: %2 of %3 messages").arg(folder).arg(done).arg(total));
    });
    QElapsedTimer timer;
    timer.start();
    const auto result = sync.syncAndWait(protocols::imap::encodeMailboxName(folder));
    ctx.endProgress();
    if (result.error)
        return ctx.fail(result.error);

    const double seconds = timer.elapsed() / 1000.0;
    if (ctx.json()) {
        ctx.printJson(QJsonObject{{QStringLiteral("ok"), true},
                                  {QStringLiteral("folder"), folder},
                                  {QStringLiteral("cache"), cachePath},
                                  {QStringLiteral("fetched"), result.received},
                                  {QStringLiteral("flagUpdates"), result.flagUpdates},
                                  {QStringLiteral("removed"), result.removed},
                                  {QStringLiteral("uidValidityReset"), result.uidValidityReset},
                                  {QStringLiteral("messages"), qint64(result.status.messages)},
                                  {QStringLiteral("unseen"), qint64(result.status.unseen)},
                                  {QStringLiteral("uidValidity"), qint64(result.status.uidValidity)},
                                  {QStringLiteral("highestModSeq"), QString::number(result.status.highestModSeq)},
                                  {QStringLiteral("seconds"), seconds}});
        return ExitOk;
    }
    QTextStream out(stdout);
    out << Cli::tr("%1: %2 messages (%3 unread). Fetched %4 headers, refreshed %5 flags, removed %6, in %7 s.")
               .arg(folder)
               .arg(result.status.messages)
               .arg(result.status.unseen)
               .arg(result.received)
               .arg(result.flagUpdates)
               .arg(result.removed)
               .arg(seconds, 0, 'f', 2);
    if (result.uidValidityReset)
        out << ' ' << Cli::tr("The server renumbered the folder, so its cache was rebuilt.");
    out << Qt::endl;
    return ExitOk;
}

} // namespace postier::cli
