// postier-cli: the engines behind Postier's windows, for admins and scripts.

#include "Commands.h"
#include "ExitCodes.h"
#include "common/Translations.h"
#include "CliContext.h"

#include <QCoreApplication>
#include <QTextStream>

#include <csignal>

using namespace postier::cli;

namespace {


QString generalHelp()
{
    return Cli::tr("Usage: postier-cli COMMAND [options]\n"
              "\n"
              "Commands:\n"
              "  folders URL|ACCOUNT                    the folder tree with attributes; ghosts marked\n"
              "  sync URL|ACCOUNT --folder F            headers into the local cache, progress on stderr\n"
              "  fetch URL|ACCOUNT --folder F --uid N   the raw message on stdout\n"
              "  search URL|ACCOUNT QUERY [--folder F] [--server]\n"
              "                                         messages in the local cache (and on the server)\n"
              "  send SMTP-URL|ACCOUNT --from A --to B --subject S --body-file FILE\n"
              "  pop3 fetch URL|ACCOUNT [--into DIR] [--leave-on-server]\n"
              "  migrate --from SOURCE --to IMAP-URL    copy a local store (maildir:, mbox:,\n"
              "                                         thunderbird:, eml:) into an IMAP account,\n"
              "                                         verified and resumable\n"
              "  accounts list|add|remove               accounts in the app's settings\n"
              "  demo [--dir DIR]                       start a local demo server with two accounts\n"
              "\n"
              "Servers are URLs: imaps://anna@host[:port], imap+starttls://…, pop3s://…,\n"
              "pop3+starttls://…, smtps://…, smtp+starttls://…  (+plain only when asked for by name).\n"
              "The password comes from --password-file, $POSTIER_PASSWORD or the keychain; never\n"
              "from the command line. --ca-file trusts an extra CA; certificate checks cannot be\n"
              "turned off. Every command takes --json, --timeout, --trace and --help.\n"
              "\n"
              "Exit codes: 0 success, 2 usage, 3 authentication, 4 TLS/certificate, 5 network or\n"
              "timeout, 6 server refused, 7 partial failure, 8 local file error, 9 cancelled,\n"
              "10 protocol error.\n");
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("Postier"));
    QCoreApplication::setApplicationName(QStringLiteral("Postier"));
    QCoreApplication::setApplicationVersion(QStringLiteral(POSTIER_VERSION));
    postier::app::installTranslations(app);
    // A broken pipe (postier-cli fetch … | head) must not kill us mid-write without a word.
    std::signal(SIGPIPE, SIG_IGN);

    QStringList args = app.arguments();
    QTextStream out(stdout);
    if (args.size() < 2 || args[1] == QLatin1String("--help") || args[1] == QLatin1String("-h")
        || args[1] == QLatin1String("help")) {
        out << generalHelp();
        return args.size() < 2 ? ExitUsage : ExitOk;
    }
    if (args[1] == QLatin1String("--version") || args[1] == QLatin1String("-v")) {
        out << QStringLiteral("postier-cli %1").arg(QCoreApplication::applicationVersion()) << Qt::endl;
        return ExitOk;
    }

    const QString command = args[1];
    // The sub-parser sees "postier-cli <command>" as its program name.
    args.removeAt(1);
    args[0] = QStringLiteral("postier-cli ") + command;
    if (command == QLatin1String("folders"))
        return runFolders(args);
    if (command == QLatin1String("sync"))
        return runSync(args);
    if (command == QLatin1String("fetch"))
        return runFetch(args);
    if (command == QLatin1String("send"))
        return runSend(args);
    if (command == QLatin1String("pop3"))
        return runPop3(args);
    if (command == QLatin1String("demo"))
        return runDemo(args);
    if (command == QLatin1String("accounts"))
        return runAccounts(args);
    if (command == QLatin1String("search"))
        return runSearch(args);
    if (command == QLatin1String("migrate"))
        return runMigrate(args);

    QTextStream err(stderr);
    err << Cli::tr("postier-cli: unknown command “%1”. Run postier-cli --help for the list.").arg(command)
        << Qt::endl;
    return ExitUsage;
}
