#include "CliContext.h"
#include "Commands.h"
#include "ExitCodes.h"

#include "protocols/Connection.h"
#include "protocols/smtp/SendMessageJob.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QTextStream>

namespace postier::cli {

namespace {


// "Anna Müller <anna@example.com>" or "anna@example.com".
protocols::MailAddress parseAddress(const QString &text)
{
    const QString t = text.trimmed();
    const int lt = t.lastIndexOf(QLatin1Char('<'));
    if (lt >= 0 && t.endsWith(QLatin1Char('>'))) {
        QString name = t.left(lt).trimmed();
        if (name.size() >= 2 && name.startsWith(QLatin1Char('"')) && name.endsWith(QLatin1Char('"')))
            name = name.mid(1, name.size() - 2);
        return {name, t.mid(lt + 1, t.size() - lt - 2).trimmed()};
    }
    return {QString(), t};
}

bool looksLikeAddress(const QString &address)
{
    const int at = address.indexOf(QLatin1Char('@'));
    return at > 0 && at < address.size() - 1 && !address.contains(QLatin1Char(' '));
}

} // namespace

int runSend(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Cli::tr("Sends a plain-text message through an SMTP submission server (STARTTLS on 587, or TLS "
           "on 465). --to, --cc, --bcc and --attach may be repeated."));
    parser.addPositionalArgument(QStringLiteral("server"), Cli::tr("An SMTP URL or an account name."));
    parser.addOption({QStringLiteral("from"), Cli::tr("The sender, e.g. \"Anna <anna@example.com>\"."), Cli::tr("address")});
    parser.addOption({QStringLiteral("to"), Cli::tr("A recipient."), Cli::tr("address")});
    parser.addOption({QStringLiteral("cc"), Cli::tr("A copy recipient."), Cli::tr("address")});
    parser.addOption({QStringLiteral("bcc"), Cli::tr("A hidden recipient."), Cli::tr("address")});
    parser.addOption({QStringLiteral("subject"), Cli::tr("The subject."), Cli::tr("text")});
    parser.addOption({QStringLiteral("body-file"), Cli::tr("A UTF-8 text file with the body; - for stdin."), Cli::tr("file")});
    parser.addOption({QStringLiteral("attach"), Cli::tr("A file to attach."), Cli::tr("file")});
    parser.addOption({QStringLiteral("save-sent"), Cli::tr("Also write the exact bytes sent to this file."), Cli::tr("file")});
    CliContext::addCommonOptions(parser);
    CliContext ctx;
    if (!ctx.parse(parser, args))
        return ExitUsage;
    if (parser.positionalArguments().size() != 1 || !parser.isSet(QStringLiteral("from"))
        || (!parser.isSet(QStringLiteral("to")) && !parser.isSet(QStringLiteral("cc")) && !parser.isSet(QStringLiteral("bcc")))
        || !parser.isSet(QStringLiteral("body-file")))
        return ctx.usage(Cli::tr("Usage: postier-cli send SMTP-URL|ACCOUNT --from A --to B [--subject S] --body-file FILE"));

    protocols::OutgoingMessage message;
    message.from = parseAddress(parser.value(QStringLiteral("from")));
    const std::pair<const char *, QList<protocols::MailAddress> *> lists[] = {
        {"to", &message.to}, {"cc", &message.cc}, {"bcc", &message.bcc}};
    for (const auto &[option, list] : lists) {
        for (const QString &value : parser.values(QLatin1String(option))) {
            for (const QString &part : value.split(QLatin1Char(','), Qt::SkipEmptyParts))
                list->append(parseAddress(part));
        }
    }
    for (const auto &a : message.envelopeRecipients() + QStringList{message.from.address}) {
        if (!looksLikeAddress(a))
            return ctx.usage(Cli::tr("“%1” is not an e-mail address.").arg(a));
    }
    message.subject = parser.value(QStringLiteral("subject"));

    const QString bodyFile = parser.value(QStringLiteral("body-file"));
    QFile body;
    const bool opened = bodyFile == QLatin1String("-") ? body.open(stdin, QIODevice::ReadOnly)
                                                       : (body.setFileName(bodyFile), body.open(QIODevice::ReadOnly));
    if (!opened)
        return ctx.fail(protocols::Error(protocols::ErrorKind::LocalIo,
                                         Cli::tr("The body file %1 cannot be read: %2.").arg(bodyFile, body.errorString())));
    message.textBody = QString::fromUtf8(body.readAll());
    for (const QString &file : parser.values(QStringLiteral("attach"))) {
        if (!QFileInfo(file).isReadable())
            return ctx.fail(protocols::Error(protocols::ErrorKind::LocalIo,
                                             Cli::tr("The attachment %1 cannot be read.").arg(file)));
        protocols::OutgoingAttachment attachment;
        attachment.filePath = QFileInfo(file).absoluteFilePath();
        message.attachments << attachment;
    }

    protocols::ServerEndpoint endpoint;
    QString password;
    if (!ctx.resolveEndpoint(parser.positionalArguments().first(), &endpoint, QStringLiteral("outgoing")))
        return ExitUsage;
    if (endpoint.protocol != protocols::Protocol::Smtp)
        return ctx.usage(Cli::tr("send needs an SMTP server (smtp+starttls:// or smtps://)."));
    if (const int code = ctx.resolvePassword(endpoint, &password); code != ExitOk)
        return code;

    auto connection = ctx.connect(endpoint, password);
    protocols::SendMessageJob job(message);
    if (const auto error = protocols::runJobAndWait(*connection, job))
        return ctx.fail(error);

    if (parser.isSet(QStringLiteral("save-sent"))) {
        QFile sent(parser.value(QStringLiteral("save-sent")));
        if (!sent.open(QIODevice::WriteOnly) || sent.write(job.messageBytes()) != job.messageBytes().size())
            return ctx.fail(protocols::Error(protocols::ErrorKind::LocalIo,
                                             Cli::tr("The message was sent, but its copy could not be written to %1.").arg(sent.fileName())));
    }
    if (ctx.json()) {
        ctx.printJson(QJsonObject{{QStringLiteral("ok"), true},
                                  {QStringLiteral("messageId"), QString::fromLatin1(job.messageId())},
                                  {QStringLiteral("bytes"), qint64(job.messageBytes().size())},
                                  {QStringLiteral("recipients"), qint64(message.envelopeRecipients().size())}});
    } else {
        QTextStream(stdout) << Cli::tr("Sent to %n recipient(s), Message-ID <%1>.", nullptr,
                                  int(message.envelopeRecipients().size()))
                                   .arg(QString::fromLatin1(job.messageId()))
                            << Qt::endl;
    }
    return ExitOk;
}

} // namespace postier::cli
