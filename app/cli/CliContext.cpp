#include "CliContext.h"

#include "ExitCodes.h"
#include "models/accounts/Account.h"
#include "models/accounts/AccountStore.h"
#include "models/accounts/PasswordStore.h"
#include "protocols/Connection.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QTextStream>
#include <QUrl>
#include <cstdio>
#include <cstdlib>
#include <unistd.h>

namespace postier::cli {

namespace {

void printErr(const QString &text)
{
    QTextStream err(stderr);
    err << text << Qt::endl;
}
} // namespace

void CliContext::addCommonOptions(QCommandLineParser &parser)
{
    parser.addOption({QStringLiteral("json"), Cli::tr("Print machine-readable JSON on stdout.")});
    parser.addOption({QStringLiteral("ca-file"),
                      Cli::tr("Also trust the CA certificate(s) in this PEM file. There is no option "
                         "to turn certificate checks off."),
                      Cli::tr("file")});
    parser.addOption({QStringLiteral("password-file"),
                      Cli::tr("Read the password from the first line of this file (else "
                         "$POSTIER_PASSWORD, else the keychain)."),
                      Cli::tr("file")});
    parser.addOption({QStringLiteral("timeout"),
                      Cli::tr("Give up when the server is silent this many seconds (default 30)."),
                      Cli::tr("seconds")});
    parser.addOption({QStringLiteral("trace"),
                      Cli::tr("Print the protocol conversation on stderr (passwords are masked).")});
    parser.addHelpOption();
}

bool CliContext::parse(QCommandLineParser &parser, const QStringList &args)
{
    const bool parsed = parser.parse(args);
    // The options before a mistake are known, so --json also applies to the usage error.
    m_json = parser.isSet(QStringLiteral("json"));
    if (!parsed) {
        usage(Cli::tr("%1 Run “%2 --help” for the options.").arg(parser.errorText(), args.value(0)));
        return false;
    }
    if (parser.isSet(QStringLiteral("help")) || parser.isSet(QStringLiteral("help-all"))) {
        // QCommandLineParser names the program by its full path; the command's own name reads better.
        QString help = parser.helpText();
        const QString program = QCoreApplication::arguments().value(0);
        if (const qsizetype at = help.indexOf(program); at >= 0 && !program.isEmpty())
            help.replace(at, program.size(), args.value(0));
        QTextStream(stdout) << help;
        std::exit(ExitOk);
    }
    return readCommonOptions(parser);
}

bool CliContext::readCommonOptions(const QCommandLineParser &parser)
{
    m_trace = parser.isSet(QStringLiteral("trace"));
    m_caFile = parser.value(QStringLiteral("ca-file"));
    m_passwordFile = parser.value(QStringLiteral("password-file"));
    if (!m_caFile.isEmpty() && !QFileInfo(m_caFile).isReadable()) {
        usage(Cli::tr("The CA file %1 cannot be read.").arg(m_caFile));
        return false;
    }
    if (parser.isSet(QStringLiteral("timeout"))) {
        bool ok = false;
        const int seconds = parser.value(QStringLiteral("timeout")).toInt(&ok);
        if (!ok || seconds <= 0) {
            usage(Cli::tr("--timeout takes a whole number of seconds greater than zero."));
            return false;
        }
        m_timeoutMs = seconds * 1000;
    }
    return true;
}

bool CliContext::resolveEndpoint(const QString &urlOrName, protocols::ServerEndpoint *out,
                                 const QString &which)
{
    if (urlOrName.contains(QLatin1String("://"))) {
        QString error;
        if (!protocols::ServerEndpoint::fromUrl(QUrl(urlOrName), out, &error)) {
            usage(error);
            return false;
        }
        if (out->user.isEmpty()) {
            usage(Cli::tr("The address %1 has no user name. Write it as scheme://user@host.").arg(urlOrName));
            return false;
        }
    } else {
        models::AccountStore store;
        models::Account account;
        if (!store.find(urlOrName, &account)) {
            usage(Cli::tr("There is no account named “%1”. Use a server address such as "
                     "imaps://anna@mail.example.com, or see “postier-cli accounts list”.")
                      .arg(urlOrName));
            return false;
        }
        *out = which == QLatin1String("outgoing") ? account.outgoing : account.incoming;
        if (out->host.isEmpty()) {
            usage(which == QLatin1String("outgoing")
                      ? Cli::tr("The account “%1” has no outgoing server.").arg(account.name)
                      : Cli::tr("The account “%1” has no incoming server.").arg(account.name));
            return false;
        }
    }
    if (!m_caFile.isEmpty())
        out->trust.extraCaFile = m_caFile;
    out->timeoutMs = m_timeoutMs;
    return true;
}

int CliContext::resolvePassword(const protocols::ServerEndpoint &endpoint, QString *password)
{
    if (!m_passwordFile.isEmpty()) {
        QFile f(m_passwordFile);
        if (!f.open(QIODevice::ReadOnly)) {
            return fail(protocols::Error(protocols::ErrorKind::LocalIo,
                                         Cli::tr("The password file %1 cannot be read: %2.").arg(m_passwordFile, f.errorString())));
        }
        *password = QString::fromUtf8(f.readLine()).remove(QLatin1Char('\r')).remove(QLatin1Char('\n'));
        return ExitOk;
    }
    const QByteArray env = qgetenv("POSTIER_PASSWORD");
    if (!env.isEmpty()) {
        *password = QString::fromUtf8(env);
        return ExitOk;
    }
    const auto result = models::PasswordStore::readAndWait(models::Account::passwordKey(endpoint));
    if (result.ok) {
        *password = result.password;
        return ExitOk;
    }
    return fail(protocols::Error(protocols::ErrorKind::Auth,
                                 Cli::tr("No password for %1: %2 Give one with --password-file or the "
                                    "POSTIER_PASSWORD environment variable.")
                                     .arg(endpoint.displayName(), result.error)));
}

protocols::ConnectionOptions CliContext::connectionOptions() const
{
    protocols::ConnectionOptions options;
    if (m_trace) {
        options.trace = [](bool outgoing, const QByteArray &line) {
            std::fprintf(stderr, "%s %s\n", outgoing ? "C:" : "S:", line.trimmed().constData());
        };
    }
    return options;
}

std::unique_ptr<protocols::Connection> CliContext::connect(const protocols::ServerEndpoint &endpoint,
                                                           const QString &password) const
{
    return std::make_unique<protocols::Connection>(endpoint, password, connectionOptions());
}

int CliContext::fail(const protocols::Error &error) const
{
    endProgress();
    if (m_json) {
        QJsonObject o{{QStringLiteral("ok"), false},
                      {QStringLiteral("error"), protocols::Error::kindName(error.kind())},
                      {QStringLiteral("message"), error.sentence()}};
        if (!error.serverText().isEmpty())
            o.insert(QStringLiteral("server"), error.serverText());
        if (!error.certificate().isEmpty()) {
            o.insert(QStringLiteral("certificate"),
                     QJsonObject{{QStringLiteral("sha256"), error.certificate().fingerprintText()},
                                 {QStringLiteral("subject"), error.certificate().subject},
                                 {QStringLiteral("issuer"), error.certificate().issuer}});
        }
        printJson(o);
    } else {
        printErr(Cli::tr("postier-cli: %1").arg(error.sentence()));
    }
    return exitCodeFor(error);
}

int CliContext::usage(const QString &sentence) const
{
    return fail(protocols::Error(protocols::ErrorKind::Usage, sentence));
}

void CliContext::printJson(const QJsonObject &object) const
{
    QTextStream out(stdout);
    out << QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Indented));
    out.flush();
}

void CliContext::progress(const QString &line) const
{
    if (m_json)
        return;
    if (::isatty(STDERR_FILENO)) {
        std::fprintf(stderr, "\r\033[K%s", line.toLocal8Bit().constData());
    } else {
        std::fprintf(stderr, "%s\n", line.toLocal8Bit().constData());
    }
    m_progressShown = true;
}

void CliContext::endProgress() const
{
    if (m_progressShown && ::isatty(STDERR_FILENO))
        std::fputc('\n', stderr);
    m_progressShown = false;
}

} // namespace postier::cli
