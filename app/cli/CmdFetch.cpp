#include "CliContext.h"
#include "Commands.h"
#include "ExitCodes.h"

#include "protocols/Connection.h"
#include "protocols/imap/FetchMessageJob.h"
#include "protocols/imap/ImapParser.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFile>

namespace postier::cli {

int runFetch(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Cli::tr("Writes one message, byte for byte as the server stores it, to stdout (or one MIME "
           "part with --section). Reading does not mark it as read."));
    parser.addPositionalArgument(QStringLiteral("account"), Cli::tr("An IMAP URL or an account name."));
    parser.addOption({QStringLiteral("folder"), Cli::tr("The folder, e.g. INBOX."), Cli::tr("folder")});
    parser.addOption({QStringLiteral("uid"), Cli::tr("The message's UID."), Cli::tr("uid")});
    parser.addOption({QStringLiteral("section"), Cli::tr("Only this MIME part, e.g. 1.2."), Cli::tr("section")});
    CliContext::addCommonOptions(parser);
    CliContext ctx;
    if (!ctx.parse(parser, args))
        return ExitUsage;
    bool uidOk = false;
    const uint uid = parser.value(QStringLiteral("uid")).toUInt(&uidOk);
    if (parser.positionalArguments().size() != 1 || !parser.isSet(QStringLiteral("folder")) || !uidOk || uid == 0)
        return ctx.usage(Cli::tr("Usage: postier-cli fetch URL|ACCOUNT --folder FOLDER --uid N (N a positive number)"));

    protocols::ServerEndpoint endpoint;
    QString password;
    if (!ctx.resolveEndpoint(parser.positionalArguments().first(), &endpoint))
        return ExitUsage;
    if (endpoint.protocol != protocols::Protocol::Imap)
        return ctx.usage(Cli::tr("fetch needs an IMAP account (imaps:// or imap+starttls://)."));
    if (const int code = ctx.resolvePassword(endpoint, &password); code != ExitOk)
        return code;

    auto connection = ctx.connect(endpoint, password);
    protocols::FetchMessageJob job(protocols::imap::encodeMailboxName(parser.value(QStringLiteral("folder"))), uid);
    job.setSection(parser.value(QStringLiteral("section")).toLatin1());
    if (const auto error = protocols::runJobAndWait(*connection, job))
        return ctx.fail(error);

    if (ctx.json()) {
        ctx.printJson(QJsonObject{
            {QStringLiteral("ok"), true},
            {QStringLiteral("uid"), qint64(job.uid())},
            {QStringLiteral("size"), qint64(job.size())},
            {QStringLiteral("flags"), QString::fromUtf8(job.flags().toImapList())},
            {QStringLiteral("internalDate"), QDateTime::fromSecsSinceEpoch(job.internalDate(), Qt::UTC).toString(Qt::ISODate)},
            {QStringLiteral("base64"), QString::fromLatin1(job.content().toBase64())}});
        return ExitOk;
    }
    QFile out;
    if (!out.open(stdout, QIODevice::WriteOnly) || out.write(job.content()) != job.content().size() || !out.flush())
        return ctx.fail(protocols::Error(protocols::ErrorKind::LocalIo,
                                         Cli::tr("The message could not be written to standard output.")));
    return ExitOk;
}

} // namespace postier::cli
