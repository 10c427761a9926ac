#include "CliContext.h"
#include "Commands.h"
#include "ExitCodes.h"

#include "models/accounts/AccountStore.h"
#include "models/local/LocalStore.h"
#include "protocols/Connection.h"
#include "protocols/pop3/Pop3FetchJob.h"

#include <QCoreApplication>
#include <QDir>
#include <QJsonArray>
#include <QTextStream>

namespace postier::cli {

int runPop3(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Cli::tr("pop3 fetch URL|ACCOUNT [--into DIR] [--leave-on-server] [--delete-after-days N]\n"
           "Downloads new messages from a POP3 account into a Maildir folder on this computer. "
           "Each message is written safely to disk before anything else happens; only then, and "
           "only without --leave-on-server, is it deleted from the server. Running it again "
           "downloads nothing twice."));
    parser.addPositionalArgument(QStringLiteral("action"), Cli::tr("fetch"));
    parser.addPositionalArgument(QStringLiteral("account"), Cli::tr("A POP3 URL or an account name."));
    parser.addOption({QStringLiteral("into"),
                      Cli::tr("The local Maildir (created if missing); for an account name, its own local folders by default."),
                      Cli::tr("dir")});
    parser.addOption({QStringLiteral("leave-on-server"), Cli::tr("Keep the messages on the server.")});
    parser.addOption({QStringLiteral("delete-after-days"),
                      Cli::tr("With --leave-on-server: delete from the server what was downloaded more "
                         "than this many days ago."),
                      Cli::tr("days")});
    CliContext::addCommonOptions(parser);
    CliContext ctx;
    if (!ctx.parse(parser, args))
        return ExitUsage;
    const QStringList pos = parser.positionalArguments();
    if (pos.size() != 2 || pos[0] != QLatin1String("fetch"))
        return ctx.usage(Cli::tr("Usage: postier-cli pop3 fetch URL|ACCOUNT [--into DIR] [--leave-on-server]"));
    // An account's mail goes where the window shows it, unless told otherwise.
    QString into = parser.value(QStringLiteral("into"));
    if (into.isEmpty()) {
        models::Account account;
        if (pos[1].contains(QLatin1String("://")) || !models::AccountStore().find(pos[1], &account))
            return ctx.usage(Cli::tr("pop3 fetch needs --into DIR, or the name of a POP3 account."));
        into = models::LocalStore::rootFor(account.id);
    }
    int days = 0;
    if (parser.isSet(QStringLiteral("delete-after-days"))) {
        bool ok = false;
        days = parser.value(QStringLiteral("delete-after-days")).toInt(&ok);
        if (!ok || days <= 0 || !parser.isSet(QStringLiteral("leave-on-server")))
            return ctx.usage(Cli::tr("--delete-after-days takes a number of days above zero, together with --leave-on-server."));
    }

    protocols::ServerEndpoint endpoint;
    QString password;
    if (!ctx.resolveEndpoint(pos[1], &endpoint))
        return ExitUsage;
    if (endpoint.protocol != protocols::Protocol::Pop3)
        return ctx.usage(Cli::tr("pop3 fetch needs a POP3 account (pop3s:// or pop3+starttls://)."));
    if (const int code = ctx.resolvePassword(endpoint, &password); code != ExitOk)
        return code;

    into = QDir(into).absolutePath();
    auto connection = ctx.connect(endpoint, password);
    protocols::Pop3FetchJob job(into);
    job.setLeaveOnServer(parser.isSet(QStringLiteral("leave-on-server")));
    job.setDeleteAfterDays(days);
    QObject::connect(&job, &protocols::Job::progress, [&](qint64 done, qint64 total) {
        ctx.progress(Cli::tr("%1 of %2 messages").arg(done).arg(total));
    });
    const protocols::Error error = protocols::runJobAndWait(*connection, job);
    ctx.endProgress();

    if (ctx.json()) {
        QJsonObject o{{QStringLiteral("ok"), error.isOk()},
                      {QStringLiteral("into"), into},
                      {QStringLiteral("fetched"), job.fetchedCount()},
                      {QStringLiteral("skipped"), job.skippedCount()},
                      {QStringLiteral("deleted"), job.deletedCount()},
                      {QStringLiteral("ids"), QJsonArray::fromStringList(job.storedIds())}};
        if (error) {
            o.insert(QStringLiteral("error"), protocols::Error::kindName(error.kind()));
            o.insert(QStringLiteral("message"), error.sentence());
        }
        ctx.printJson(o);
    } else {
        QTextStream out(stdout);
        out << Cli::tr("Downloaded %n new message(s) into %1.", nullptr, job.fetchedCount()).arg(into)
            << QLatin1Char(' ')
            << Cli::tr("%n message(s) were already here.", nullptr, job.skippedCount())
            << QLatin1Char(' ')
            << Cli::tr("%n message(s) deleted from the server.", nullptr, job.deletedCount())
            << Qt::endl;
        if (error)
            (void)ctx.fail(error);
    }
    if (!error)
        return ExitOk;
    // Some messages may be safely stored even though the run stopped: that is a partial result.
    return job.fetchedCount() > 0 ? int(ExitPartial) : exitCodeFor(error);
}

} // namespace postier::cli
