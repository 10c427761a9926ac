#include "CliContext.h"
#include "Commands.h"
#include "ExitCodes.h"

#include "models/accounts/AccountStore.h"
#include "models/accounts/PasswordStore.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QSettings>
#include <QStandardPaths>
#include <QTextStream>

namespace postier::cli {

namespace {


QString scriptPath()
{
    const QString fromEnv = qEnvironmentVariable("POSTIER_SCRIPTS_DIR");
    const QStringList candidates = {
        fromEnv,
        QCoreApplication::applicationDirPath() + QStringLiteral("/../share/postier/scripts"),
        QStringLiteral(POSTIER_SCRIPTS_DIR),
    };
    for (const QString &dir : candidates) {
        if (!dir.isEmpty() && QFileInfo::exists(dir + QStringLiteral("/testserver.py")))
            return dir + QStringLiteral("/testserver.py");
    }
    return {};
}

QHash<QString, QString> readEnv(const QString &file)
{
    QHash<QString, QString> env;
    QFile f(file);
    if (f.open(QIODevice::ReadOnly)) {
        for (const QByteArray &line : f.readAll().split('\n')) {
            const int eq = line.indexOf('=');
            if (eq > 0)
                env.insert(QString::fromUtf8(line.left(eq)), QString::fromUtf8(line.mid(eq + 1)).trimmed());
        }
    }
    return env;
}

// Whether every existing ancestor of `path` lets other users through (o+x).
bool reachableByOthers(const QString &path)
{
    QFileInfo info(path);
    QString current = info.absoluteFilePath();
    while (!current.isEmpty() && current != QStringLiteral("/")) {
        const QFileInfo f(current);
        if (f.exists() && f.isDir() && !(f.permissions() & QFileDevice::ExeOther))
            return false;
        current = f.absolutePath() == current ? QString() : f.absolutePath();
    }
    return true;
}

struct DemoUser {
    const char *user;
    const char *password;
    const char *accountName;
    const char *displayName;
};

constexpr DemoUser kDemoUsers[] = {
    {"anna", "anna-demo", "Demo Anna", "Anna Demo"},
    {"ben", "ben-demo", "Demo Ben", "Ben Demo"},
};

} // namespace

int runDemo(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Cli::tr("Starts a local demo mail server (dovecot on 127.0.0.1, with realistic demo mail) and "
           "adds two demo accounts, “Demo Anna” and “Demo Ben”, to Postier's settings, with their "
           "passwords in the keychain. Nothing leaves this computer."));
    parser.addOption({QStringLiteral("dir"), Cli::tr("Where the demo server keeps its files."), Cli::tr("dir")});
    parser.addOption({QStringLiteral("stop"), Cli::tr("Stop the demo server.")});
    CliContext::addCommonOptions(parser);
    CliContext ctx;
    if (!ctx.parse(parser, args))
        return ExitUsage;

    const QString script = scriptPath();
    if (script.isEmpty())
        return ctx.fail(protocols::Error(protocols::ErrorKind::LocalIo,
                                         Cli::tr("The demo server script (testserver.py) was not found. "
                                            "Set POSTIER_SCRIPTS_DIR to the scripts folder of the "
                                            "Postier sources.")));
    const bool stopping = parser.isSet(QStringLiteral("stop"));
    // --stop without --dir stops the demo server where the last `demo` started it.
    QSettings settings;
    QString dir = parser.value(QStringLiteral("dir"));
    if (dir.isEmpty() && stopping)
        dir = settings.value(QStringLiteral("demo/dir")).toString();
    if (dir.isEmpty()) {
        dir = QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation) + QStringLiteral("/demo-server");
        // Dovecot's mail processes run as another user (nobody when started as root): they must
        // be able to reach the folder. A private home (mode 700, root's on Debian) does not
        // allow that, so the demo then lives in the temporary folder instead.
        if (!reachableByOthers(dir))
            dir = QDir::tempPath() + QStringLiteral("/postier-demo-") + qEnvironmentVariable("USER", QStringLiteral("user"));
    }

    dir = QFileInfo(dir).absoluteFilePath();
    QProcess proc;
    proc.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    const QString python = QFileInfo::exists(QStringLiteral("/usr/bin/python3")) ? QStringLiteral("/usr/bin/python3")
                                                                                  : QStringLiteral("python3");
    const QString action = stopping ? QStringLiteral("stop") : QStringLiteral("demo");
    proc.start(python, {script, action, QStringLiteral("--dir"), dir});
    if (!proc.waitForFinished(120000) || proc.exitStatus() != QProcess::NormalExit || proc.exitCode() != 0) {
        if (proc.error() != QProcess::FailedToStart && !stopping) {
            QProcess stop; // leave nothing half-started behind
            stop.start(python, {script, QStringLiteral("stop"), QStringLiteral("--dir"), dir});
            stop.waitForFinished(30000);
        }
        return ctx.fail(protocols::Error(protocols::ErrorKind::LocalIo,
                                         proc.error() == QProcess::FailedToStart
                                             ? Cli::tr("The demo server could not be started: python3 is missing. "
                                                       "scripts/install-deps.sh installs it.")
                                             : Cli::tr("The demo server could not be started in %1; the lines above "
                                                       "say why. scripts/install-deps.sh installs dovecot and "
                                                       "python3-aiosmtpd if they are missing.").arg(dir)));
    }
    QTextStream out(stdout);
    if (stopping) {
        // testserver.py says "stopped N process(es) in DIR" or "nothing running in DIR".
        const bool wasRunning = proc.readAllStandardOutput().startsWith("stopped");
        if (settings.value(QStringLiteral("demo/dir")).toString() == dir)
            settings.remove(QStringLiteral("demo/dir"));
        if (ctx.json()) {
            ctx.printJson(QJsonObject{{QStringLiteral("ok"), true}, {QStringLiteral("dir"), dir},
                                      {QStringLiteral("wasRunning"), wasRunning}});
        } else {
            out << (wasRunning ? Cli::tr("The demo server in %1 is stopped.").arg(dir)
                               : Cli::tr("No demo server was running in %1.").arg(dir))
                << Qt::endl;
        }
        return ExitOk;
    }
    settings.setValue(QStringLiteral("demo/dir"), dir);

    const auto env = readEnv(dir + QStringLiteral("/env"));
    const QString host = env.value(QStringLiteral("HOST"), QStringLiteral("127.0.0.1"));
    models::AccountStore store;
    bool keychainOk = true;
    QString keychainError;
    for (const DemoUser &u : kDemoUsers) {
        models::Account account;
        (void)store.find(QLatin1String(u.accountName), &account); // keep the id if it exists
        account.name = QLatin1String(u.accountName);
        account.address = QLatin1String(u.user) + QStringLiteral("@demo.postier");
        account.displayName = QLatin1String(u.displayName);
        account.incoming = {};
        account.incoming.protocol = protocols::Protocol::Imap;
        account.incoming.security = protocols::Security::Tls;
        account.incoming.host = host;
        account.incoming.port = quint16(env.value(QStringLiteral("IMAPS_PORT")).toUInt());
        account.incoming.user = QLatin1String(u.user);
        account.incoming.trust.extraCaFile = env.value(QStringLiteral("CA_FILE"));
        account.outgoing = account.incoming;
        account.outgoing.protocol = protocols::Protocol::Smtp;
        account.outgoing.security = protocols::Security::StartTls;
        account.outgoing.port = quint16(env.value(QStringLiteral("SUBMISSION_PORT")).toUInt());
        QString error;
        if (!store.save(account, &error))
            return ctx.fail(protocols::Error(protocols::ErrorKind::LocalIo, error));
        for (const auto &e : {account.incoming, account.outgoing}) {
            const auto r = models::PasswordStore::writeAndWait(models::Account::passwordKey(e),
                                                               QLatin1String(u.password));
            if (!r.ok) {
                keychainOk = false;
                keychainError = r.error;
            }
        }
    }

    if (ctx.json()) {
        QJsonObject o{{QStringLiteral("ok"), true}, {QStringLiteral("dir"), dir}, {QStringLiteral("keychain"), keychainOk}};
        for (auto it = env.cbegin(); it != env.cend(); ++it)
            o.insert(it.key(), it.value());
        ctx.printJson(o);
        return ExitOk;
    }
    out << Cli::tr("The demo server runs on %1 (files in %2).").arg(host, dir) << '\n'
        << Cli::tr("Accounts “Demo Anna” (anna / anna-demo) and “Demo Ben” (ben / ben-demo) are set up.")
        << '\n';
    if (!keychainOk)
        out << keychainError << '\n'
            << Cli::tr("Until then, pass the password in the environment, e.g. POSTIER_PASSWORD=anna-demo.") << '\n';
    out << Cli::tr("Try: postier-cli folders \"Demo Anna\"") << '\n'
        << Cli::tr("Stop it with: postier-cli demo --stop") << Qt::endl;
    return ExitOk;
}

} // namespace postier::cli
