#include "CliContext.h"
#include "Commands.h"
#include "ExitCodes.h"

#include "protocols/Connection.h"
#include "protocols/imap/ListFoldersJob.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QTextStream>

namespace postier::cli {

namespace {


QStringList attributeNames(const protocols::FolderInfo &f)
{
    using namespace protocols;
    QStringList names;
    const std::pair<quint16, const char *> table[] = {
        {FolderNoSelect, "\\Noselect"},       {FolderNonExistent, "\\NonExistent"},
        {FolderHasChildren, "\\HasChildren"}, {FolderHasNoChildren, "\\HasNoChildren"},
        {FolderNoInferiors, "\\NoInferiors"}, {FolderSubscribed, "\\Subscribed"},
        {FolderMarked, "\\Marked"},           {FolderUnmarked, "\\Unmarked"},
        {FolderRemote, "\\Remote"},
    };
    for (const auto &[bit, name] : table) {
        if (f.attributes & bit)
            names << QLatin1String(name);
    }
    return names;
}

QString specialUseName(protocols::SpecialUse use)
{
    using protocols::SpecialUse;
    switch (use) {
    case SpecialUse::None: return {};
    case SpecialUse::Inbox: return QStringLiteral("inbox");
    case SpecialUse::All: return QStringLiteral("all");
    case SpecialUse::Archive: return QStringLiteral("archive");
    case SpecialUse::Drafts: return QStringLiteral("drafts");
    case SpecialUse::Flagged: return QStringLiteral("flagged");
    case SpecialUse::Junk: return QStringLiteral("junk");
    case SpecialUse::Sent: return QStringLiteral("sent");
    case SpecialUse::Trash: return QStringLiteral("trash");
    }
    return {};
}

} // namespace

int runFolders(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(Cli::tr("Lists the folders of an IMAP account as a tree, with their "
                                        "attributes. Ghost folders (\\Noselect, \\NonExistent) are "
                                        "marked: they are listed but cannot hold mail."));
    parser.addPositionalArgument(QStringLiteral("account"), Cli::tr("An IMAP URL or an account name."));
    CliContext::addCommonOptions(parser);
    CliContext ctx;
    if (!ctx.parse(parser, args))
        return ExitUsage;
    if (parser.positionalArguments().size() != 1)
        return ctx.usage(Cli::tr("folders takes exactly one account: postier-cli folders imaps://anna@host"));

    protocols::ServerEndpoint endpoint;
    QString password;
    if (!ctx.resolveEndpoint(parser.positionalArguments().first(), &endpoint))
        return ExitUsage;
    if (endpoint.protocol != protocols::Protocol::Imap)
        return ctx.usage(Cli::tr("folders needs an IMAP account (imaps:// or imap+starttls://)."));
    if (const int code = ctx.resolvePassword(endpoint, &password); code != ExitOk)
        return code;

    auto connection = ctx.connect(endpoint, password);
    protocols::ListFoldersJob job;
    const protocols::Error error = protocols::runJobAndWait(*connection, job);
    if (error)
        return ctx.fail(error);

    const auto &folders = job.folders();
    int ghosts = 0;
    for (const auto &f : folders)
        ghosts += f.isGhost() ? 1 : 0;

    if (ctx.json()) {
        QJsonArray list;
        for (const auto &f : folders) {
            list.append(QJsonObject{
                {QStringLiteral("path"), f.path},
                {QStringLiteral("raw"), QString::fromLatin1(f.rawName)},
                {QStringLiteral("separator"), f.separator.isNull() ? QString() : QString(f.separator)},
                {QStringLiteral("attributes"), QJsonArray::fromStringList(attributeNames(f))},
                {QStringLiteral("specialUse"), specialUseName(f.specialUse)},
                {QStringLiteral("ghost"), f.isGhost()},
            });
        }
        ctx.printJson(QJsonObject{{QStringLiteral("ok"), true},
                                  {QStringLiteral("folders"), list},
                                  {QStringLiteral("ghosts"), ghosts}});
        return ExitOk;
    }

    QTextStream out(stdout);
    for (const auto &f : folders) {
        const int depth = f.separator.isNull() ? 0 : int(f.path.count(f.separator));
        QString line = QString(depth * 2, QLatin1Char(' ')) + f.name();
        const QString use = specialUseName(f.specialUse);
        if (!use.isEmpty() && f.specialUse != protocols::SpecialUse::Inbox)
            line += QStringLiteral("  [%1]").arg(use);
        if (f.isGhost())
            line += QStringLiteral("  ") + Cli::tr("(ghost: cannot hold mail)");
        const QStringList attrs = attributeNames(f);
        if (!attrs.isEmpty())
            line += QStringLiteral("  ") + attrs.join(QLatin1Char(' '));
        out << line << '\n';
    }
    out << Cli::tr("%n folder(s)", nullptr, int(folders.size()));
    if (ghosts > 0)
        out << Cli::tr(", %n ghost(s)", nullptr, ghosts);
    out << Qt::endl;
    return ExitOk;
}

} // namespace postier::cli
