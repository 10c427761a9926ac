#include "CliContext.h"
#include "Commands.h"
#include "ExitCodes.h"

#include "models/accounts/AccountStore.h"
#include "models/autoconfig/AccountDiscovery.h"
#include "models/accounts/PasswordStore.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QTextStream>

namespace postier::cli {

int runAccounts(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Cli::tr("Manages the accounts stored in Postier's settings (the same ones the app shows).\n"
           "  list\n"
           "  add NAME --address A [--incoming URL] [--outgoing URL] [--display-name N] [--pop3]\n"
           "      Without --incoming/--outgoing, the servers are found the way the account wizard "
           "finds them (provider table, autoconfig, DNS SRV). The password is read from "
           "--password-file or $POSTIER_PASSWORD and saved in the keychain.\n"
           "  remove NAME   (also removes its keychain entries)"));
    parser.addPositionalArgument(QStringLiteral("action"), Cli::tr("list, add or remove"));
    parser.addOption({QStringLiteral("address"), Cli::tr("The e-mail address."), Cli::tr("address")});
    parser.addOption({QStringLiteral("display-name"), Cli::tr("The sender name."), Cli::tr("name")});
    parser.addOption({QStringLiteral("incoming"), Cli::tr("IMAP or POP3 server URL."), Cli::tr("url")});
    parser.addOption({QStringLiteral("outgoing"), Cli::tr("SMTP server URL."), Cli::tr("url")});
    parser.addOption({QStringLiteral("pop3"), Cli::tr("When detecting, prefer POP3 to IMAP.")});
    CliContext::addCommonOptions(parser);
    CliContext ctx;
    if (!ctx.parse(parser, args))
        return ExitUsage;
    const QStringList pos = parser.positionalArguments();
    if (pos.isEmpty())
        return ctx.usage(Cli::tr("accounts needs an action: list, add or remove."));

    models::AccountStore store;
    const QString action = pos.first();
    QTextStream out(stdout);

    if (action == QLatin1String("list")) {
        const auto accounts = store.accounts();
        for (const QString &w : store.warnings())
            QTextStream(stderr) << w << Qt::endl;
        if (ctx.json()) {
            QJsonArray list;
            for (const auto &a : accounts) {
                list.append(QJsonObject{{QStringLiteral("id"), a.id},
                                        {QStringLiteral("name"), a.name},
                                        {QStringLiteral("address"), a.address},
                                        {QStringLiteral("incoming"), models::Account::passwordKey(a.incoming)},
                                        {QStringLiteral("outgoing"), a.outgoing.host.isEmpty() ? QString() : models::Account::passwordKey(a.outgoing)},
                                        {QStringLiteral("enabled"), a.enabled}});
            }
            ctx.printJson(QJsonObject{{QStringLiteral("ok"), true}, {QStringLiteral("accounts"), list}});
            return ExitOk;
        }
        if (accounts.isEmpty())
            out << Cli::tr("No accounts yet. Add one with “postier-cli accounts add”.") << Qt::endl;
        for (const auto &a : accounts) {
            out << a.name << "  <" << a.address << ">  " << models::Account::passwordKey(a.incoming);
            if (!a.enabled)
                out << "  " << Cli::tr("(disabled)");
            out << Qt::endl;
        }
        return ExitOk;
    }

    if (action == QLatin1String("add")) {
        if (pos.size() != 2 || !parser.isSet(QStringLiteral("address")))
            return ctx.usage(Cli::tr("Usage: accounts add NAME --address A [--incoming URL] [--outgoing URL]"));
        models::Account account;
        account.name = pos[1];
        account.address = parser.value(QStringLiteral("address"));
        account.displayName = parser.value(QStringLiteral("display-name"));
        if (!parser.isSet(QStringLiteral("incoming")) || !parser.isSet(QStringLiteral("outgoing"))) {
            // The wizard's own discovery: table, autoconfig, SRV.
            models::AccountDiscovery discovery;
            QEventLoop loop;
            QObject::connect(&discovery, &models::AccountDiscovery::progress, [&](const QString &step) { ctx.progress(step); });
            QObject::connect(&discovery, &models::AccountDiscovery::finished, &loop, &QEventLoop::quit);
            discovery.start(account.address);
            loop.exec();
            ctx.endProgress();
            const models::DiscoveryResult &found = discovery.result();
            const auto preferred = parser.isSet(QStringLiteral("pop3")) ? protocols::Protocol::Pop3 : protocols::Protocol::Imap;
            const auto in = found.settings.bestIncoming(preferred);
            const auto out = found.settings.bestOutgoing();
            if (!parser.isSet(QStringLiteral("incoming"))) {
                if (!in)
                    return ctx.usage(found.sentence + QLatin1Char(' ') + Cli::tr("Give the servers with --incoming and --outgoing."));
                account.incoming = in->endpoint;
            }
            if (!parser.isSet(QStringLiteral("outgoing")) && out)
                account.outgoing = out->endpoint;
            if (!ctx.json()) {
                QTextStream(stderr) << found.sentence << Qt::endl;
                if (!found.settings.notice.isEmpty())
                    QTextStream(stderr) << found.settings.notice << Qt::endl;
            }
        }
        if (parser.isSet(QStringLiteral("incoming"))
            && !ctx.resolveEndpoint(parser.value(QStringLiteral("incoming")), &account.incoming))
            return ExitUsage;
        if (parser.isSet(QStringLiteral("outgoing"))
            && !ctx.resolveEndpoint(parser.value(QStringLiteral("outgoing")), &account.outgoing))
            return ExitUsage;
        account.incoming.timeoutMs = account.outgoing.timeoutMs = 30000;
        // The password, if one was given, is read before anything is saved: an unreadable
        // password file adds nothing.
        QString password;
        const bool havePassword = parser.isSet(QStringLiteral("password-file"))
                                  || !qEnvironmentVariableIsEmpty("POSTIER_PASSWORD");
        if (havePassword) {
            if (const int code = ctx.resolvePassword(account.incoming, &password); code != ExitOk)
                return code;
        }
        QString error;
        if (!store.save(account, &error))
            return ctx.usage(error);
        // It goes to the keychain for both servers. If the keychain refuses, the account stays
        // (without a saved password) and the run says so: partial success.
        QStringList keychainErrors;
        if (havePassword) {
            for (const auto &e : {account.incoming, account.outgoing}) {
                if (e.host.isEmpty())
                    continue;
                const auto r = models::PasswordStore::writeAndWait(models::Account::passwordKey(e), password);
                if (!r.ok)
                    keychainErrors << r.error;
            }
        }
        if (!keychainErrors.isEmpty()) {
            keychainErrors.removeDuplicates();
            (void)ctx.fail(protocols::Error(
                protocols::ErrorKind::LocalIo,
                Cli::tr("Added the account “%1”, but its password could not be saved in the "
                        "keychain: %2 Give it with --password-file or $POSTIER_PASSWORD when you use "
                        "the account.").arg(account.name, keychainErrors.join(QLatin1Char(' ')))));
            return ExitPartial;
        }
        if (!ctx.json())
            out << Cli::tr("Added the account “%1”.").arg(account.name) << Qt::endl;
        else
            ctx.printJson(QJsonObject{{QStringLiteral("ok"), true}, {QStringLiteral("name"), account.name}});
        return ExitOk;
    }

    if (action == QLatin1String("remove")) {
        if (pos.size() != 2)
            return ctx.usage(Cli::tr("Usage: accounts remove NAME"));
        models::Account account;
        if (!store.find(pos[1], &account))
            return ctx.usage(Cli::tr("There is no account named “%1”.").arg(pos[1]));
        for (const auto &e : {account.incoming, account.outgoing}) {
            if (!e.host.isEmpty())
                (void)models::PasswordStore::removeAndWait(models::Account::passwordKey(e));
        }
        (void)store.remove(account.id);
        if (!ctx.json())
            out << Cli::tr("Removed the account “%1” and its saved passwords. Mail stored on this "
                      "computer was kept.").arg(account.name) << Qt::endl;
        else
            ctx.printJson(QJsonObject{{QStringLiteral("ok"), true}});
        return ExitOk;
    }
    return ctx.usage(Cli::tr("Unknown action “%1”: use list, add or remove.").arg(action));
}

} // namespace postier::cli
