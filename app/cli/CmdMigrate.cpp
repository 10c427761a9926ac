#include "CliContext.h"
#include "Commands.h"
#include "ExitCodes.h"

#include "models/accounts/AccountStore.h"
#include "models/local/LocalStore.h"
#include "models/migration/FolderMapper.h"
#include "models/migration/MessageKey.h"
#include "models/migration/MigrationRun.h"
#include "protocols/Connection.h"
#include "protocols/imap/ImapFolderSource.h"
#include "protocols/imap/ImapParser.h"

#include <QFile>
#include <QUrl>
#include <QSocketNotifier>
#include <QTextStream>

#include <algorithm>
#include <csignal>
#include <sys/socket.h>
#include <unistd.h>

namespace postier::cli {

namespace {

int g_signalPipe[2] = {-1, -1};

// Ctrl+C stops the run at once; the journal keeps what was done and a rerun continues. The
// handler only writes a byte (async-signal-safe); the event loop turns it into cancel().
void onInterrupt(int)
{
    const char byte = 1;
    (void)!::write(g_signalPipe[1], &byte, 1);
}

} // namespace

int runMigrate(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(Cli::tr(
        "migrate --from SOURCE --to IMAP-URL|ACCOUNT [--folder-map FILE] [--dry-run] "
        "[--clean-mozilla-headers] [--journal FILE]\n"
        "Copies every message of a local store into an IMAP account, folder by folder, with its "
        "exact bytes, flags and date, then checks that each one is on the server. The source is "
        "only read. Running it again uploads nothing twice and continues where an interrupted run "
        "stopped. SOURCE is maildir:PATH, mbox:PATH, thunderbird:PROFILE-FOLDER, eml:PATH, the name "
        "of a POP3 account, or an IMAP folder (imaps://user@host/Folder, with its subfolders). "
        "Exit status 0 only when every message is verified."));
    parser.addOption({QStringLiteral("from"), Cli::tr("Where the mail is now."), Cli::tr("source")});
    parser.addOption({QStringLiteral("to"), Cli::tr("The IMAP account to copy it into."), Cli::tr("url")});
    parser.addOption({QStringLiteral("folder-map"),
                      Cli::tr("A file of “source folder = server folder” lines that overrides the automatic mapping."),
                      Cli::tr("file")});
    parser.addOption({QStringLiteral("dry-run"), Cli::tr("Show what would be copied; change nothing.")});
    parser.addOption({QStringLiteral("clean-mozilla-headers"),
                      Cli::tr("Do not upload Thunderbird's X-Mozilla-Status headers.")});
    parser.addOption({QStringLiteral("journal"),
                      Cli::tr("Where to keep the record of the copy (default: in Postier's data folder)."),
                      Cli::tr("file")});
    parser.addOption({QStringLiteral("folder"), Cli::tr("Copy only this source folder (repeatable)."), Cli::tr("name")});
    parser.addOption({QStringLiteral("source-password-file"),
                      Cli::tr("For an IMAP source: the file whose first line is its password (else "
                              "$POSTIER_SOURCE_PASSWORD, else the keychain)."),
                      Cli::tr("file")});
    CliContext::addCommonOptions(parser);
    CliContext ctx;
    if (!ctx.parse(parser, args))
        return ExitUsage;
    if (!parser.isSet(QStringLiteral("from")) || !parser.isSet(QStringLiteral("to")) || !parser.positionalArguments().isEmpty())
        return ctx.usage(Cli::tr("Usage: postier-cli migrate --from SOURCE --to IMAP-URL [--dry-run] [--json]"));

    models::MigrationSettings settings;
    settings.sourceSpec = parser.value(QStringLiteral("from"));
    // An IMAP folder (with its subfolders): imaps://user@host/Folder.
    static const QStringList kinds = {QStringLiteral("maildir:"), QStringLiteral("mbox:"),
                                      QStringLiteral("thunderbird:"), QStringLiteral("eml:")};
    if (settings.sourceSpec.startsWith(QLatin1String("imap"))) {
        const QUrl url(settings.sourceSpec);
        const QString folder = url.path(QUrl::FullyDecoded).mid(1);
        protocols::ServerEndpoint source;
        if (folder.isEmpty())
            return ctx.usage(Cli::tr("Name the folder to copy after the server: imaps://user@host/INBOX."));
        QUrl server = url;
        server.setPath(QString());
        if (!ctx.resolveEndpoint(server.toString(), &source))
            return ExitUsage;
        QString sourcePassword;
        if (parser.isSet(QStringLiteral("source-password-file"))) {
            QFile file(parser.value(QStringLiteral("source-password-file")));
            if (!file.open(QIODevice::ReadOnly))
                return ctx.usage(Cli::tr("The password file %1 cannot be read: %2").arg(file.fileName(), file.errorString()));
            sourcePassword = QString::fromUtf8(file.readAll()).section(QLatin1Char('\n'), 0, 0).trimmed();
        } else if (qEnvironmentVariableIsSet("POSTIER_SOURCE_PASSWORD")) {
            sourcePassword = qEnvironmentVariable("POSTIER_SOURCE_PASSWORD");
        } else if (const int code = ctx.resolvePassword(source, &sourcePassword); code != ExitOk) {
            return code;
        }
        auto imap = std::make_shared<protocols::ImapFolderSource>(
            std::make_unique<protocols::Connection>(source, sourcePassword, ctx.connectionOptions()),
            protocols::imap::encodeMailboxName(folder), folder.section(QLatin1Char('/'), -1),
            protocols::ImapFolderSource::Scope::FolderAndSubfolders);
        imap->setIdentityFields(models::MessageKey::headerFields());
        settings.source = imap;
    } else if (std::none_of(kinds.cbegin(), kinds.cend(), [&](const QString &k) { return settings.sourceSpec.startsWith(k); })) {
        // An account name: a POP3 account's mail on this computer.
        models::Account account;
        if (!models::AccountStore().find(settings.sourceSpec, &account)
            || account.incoming.protocol != protocols::Protocol::Pop3)
            return ctx.usage(Cli::tr("--from takes maildir:PATH, mbox:PATH, thunderbird:PATH, eml:PATH or the "
                                     "name of a POP3 account; “%1” is none of these.").arg(settings.sourceSpec));
        settings.sourceSpec = QStringLiteral("maildir:") + models::LocalStore::rootFor(account.id);
    }
    settings.sourceOptions.cleanMozillaHeaders = parser.isSet(QStringLiteral("clean-mozilla-headers"));
    settings.dryRun = parser.isSet(QStringLiteral("dry-run"));
    settings.journalPath = parser.value(QStringLiteral("journal"));
    settings.onlyFolders = parser.values(QStringLiteral("folder"));
    if (parser.isSet(QStringLiteral("folder-map"))) {
        QFile file(parser.value(QStringLiteral("folder-map")));
        if (!file.open(QIODevice::ReadOnly))
            return ctx.usage(Cli::tr("The folder map %1 cannot be read: %2").arg(file.fileName(), file.errorString()));
        QString error;
        if (!models::FolderMapper::parseMapFile(file.readAll(), &settings.folderMap, &error))
            return ctx.usage(error);
    }
    if (!ctx.resolveEndpoint(parser.value(QStringLiteral("to")), &settings.destination))
        return ExitUsage;
    if (settings.destination.protocol != protocols::Protocol::Imap)
        return ctx.usage(Cli::tr("migrate copies into an IMAP account (imaps:// or imap+starttls://)."));
    if (const int code = ctx.resolvePassword(settings.destination, &settings.password); code != ExitOk)
        return code;
    settings.connection = ctx.connectionOptions();

    models::MigrationRun run(settings);
    QObject::connect(&run, &models::MigrationRun::stage, [&](const QString &sentence) { ctx.progress(sentence); });
    QObject::connect(&run, &models::MigrationRun::progress, [&](const models::MigrationProgress &p) {
        ctx.progress(Cli::tr("%1: %2 of %3 messages").arg(p.folder).arg(p.done).arg(p.total));
    });
    std::unique_ptr<QSocketNotifier> interrupt;
    if (::socketpair(AF_UNIX, SOCK_STREAM, 0, g_signalPipe) == 0) {
        interrupt = std::make_unique<QSocketNotifier>(g_signalPipe[0], QSocketNotifier::Read);
        QObject::connect(interrupt.get(), &QSocketNotifier::activated, [&run] { run.cancel(); });
        std::signal(SIGINT, onInterrupt);
        std::signal(SIGTERM, onInterrupt);
    }
    const models::MigrationReport report = run.run();
    std::signal(SIGINT, SIG_DFL);
    std::signal(SIGTERM, SIG_DFL);
    interrupt.reset();
    ctx.endProgress();

    if (ctx.json())
        ctx.printJson(report.toJson());
    else
        QTextStream(stdout) << report.toText();

    if (report.dryRun)
        return report.error.isEmpty() ? int(ExitOk) : int(ExitServerRefused);
    if (report.allVerified())
        return ExitOk;
    if (report.cancelled)
        return ExitCancelled;
    if (report.total(&models::MigrationFolderReport::uploaded) + report.total(&models::MigrationFolderReport::alreadyThere) > 0)
        return ExitPartial;
    return ExitServerRefused;
}

} // namespace postier::cli
