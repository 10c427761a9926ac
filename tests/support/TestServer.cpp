#include "tests/support/TestServer.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRandomGenerator>
#include <QSslCertificate>
#include <QtDebug>

namespace postier::test {

namespace {

constexpr int kScriptTimeoutMs = 280000; // below CTest's 300 s per test: seeding 100k takes ~10 s

} // namespace

QString TestServer::python()
{
    // The relay needs Debian's aiosmtpd, which only /usr/bin/python3 has; the other commands
    // run anywhere, but one interpreter for all keeps failures simple to read.
    const QString debian = QStringLiteral("/usr/bin/python3");
    return QFileInfo::exists(debian) ? debian : QStringLiteral("python3");
}

QString TestServer::scriptPath()
{
    const QString fromEnv = qEnvironmentVariable("POSTIER_TESTSERVER_SCRIPT");
    if (!fromEnv.isEmpty())
        return fromEnv;
#ifdef POSTIER_SOURCE_DIR
    return QStringLiteral(POSTIER_SOURCE_DIR "/scripts/testserver.py");
#else
    return QStringLiteral("scripts/testserver.py");
#endif
}

namespace {

bool run(const QString &program, const QStringList &args, const QByteArray &input,
         QByteArray *output)
{
    QProcess proc;
    proc.start(program, args);
    if (!proc.waitForStarted(10000)) {
        qWarning().noquote() << "Could not run" << program << args.join(QLatin1Char(' ')) << ':'
                             << proc.errorString();
        return false;
    }
    if (!input.isEmpty())
        proc.write(input);
    proc.closeWriteChannel();
    if (!proc.waitForFinished(kScriptTimeoutMs)) {
        proc.kill();
        proc.waitForFinished(2000);
        qWarning().noquote() << program << args.join(QLatin1Char(' ')) << "timed out";
        return false;
    }
    const QByteArray out = proc.readAllStandardOutput();
    if (output)
        *output = out;
    if (proc.exitStatus() != QProcess::NormalExit || proc.exitCode() != 0) {
        qWarning().noquote() << program << args.join(QLatin1Char(' ')) << "failed with exit code"
                             << proc.exitCode() << ':'
                             << QString::fromUtf8(proc.readAllStandardError()).trimmed();
        return false;
    }
    return true;
}

} // namespace

TestServer TestServer::fromEnvironment(const QString &layout)
{
    TestServer server;
    const QString base = qEnvironmentVariable("POSTIER_TEST_SERVER_DIR");
    if (base.isEmpty()) {
        server.m_reason = QStringLiteral(
            "POSTIER_TEST_SERVER_DIR is not set: run the test through ctest, which starts the "
            "test server, or run scripts/testserver.py start --dir DIR/%1 yourself.")
                              .arg(layout);
        return server;
    }
    return fromDirectory(QDir(base).absoluteFilePath(layout));
}

TestServer TestServer::fromDirectory(const QString &dir)
{
    TestServer server;
    server.m_dir = dir;
    QFile env(server.m_dir + QStringLiteral("/env"));
    if (!env.open(QIODevice::ReadOnly)) {
        server.m_reason = QStringLiteral("No test server in %1 (%2): is the ctest fixture "
                                         "server_start running?")
                              .arg(server.m_dir, env.errorString());
        return server;
    }
    for (const QByteArray &line : env.readAll().split('\n')) {
        const int eq = line.indexOf('=');
        if (eq > 0 && !line.startsWith('#'))
            server.m_env.insert(QString::fromUtf8(line.left(eq)),
                                QString::fromUtf8(line.mid(eq + 1)).trimmed());
    }
    if (!server.m_env.contains(QStringLiteral("IMAP_PORT"))
        || !server.m_env.contains(QStringLiteral("CONF")))
        server.m_reason = QStringLiteral("%1 is incomplete.").arg(env.fileName());
    return server;
}

bool TestServer::isValid() const
{
    return m_reason.isEmpty() && !m_env.isEmpty();
}

QString TestServer::reason() const
{
    return m_reason;
}

QString TestServer::host() const
{
    return m_env.value(QStringLiteral("HOST"), QStringLiteral("127.0.0.1"));
}

quint16 TestServer::port(const char *key) const
{
    return m_env.value(QLatin1String(key)).toUShort();
}

QString TestServer::caFile() const
{
    return m_env.value(QStringLiteral("CA_FILE"));
}

QString TestServer::certificateCommonName() const
{
    const QList<QSslCertificate> certs = QSslCertificate::fromPath(m_dir + QStringLiteral("/ssl/cert.pem"));
    return certs.isEmpty() ? QString() : certs.first().subjectInfo(QSslCertificate::CommonName).value(0);
}

QString TestServer::dir() const
{
    return m_dir;
}

QString TestServer::mailRoot() const
{
    return m_env.value(QStringLiteral("MAIL_ROOT"));
}

QString TestServer::layout() const
{
    return m_env.value(QStringLiteral("LAYOUT"));
}

QString TestServer::addUser(const QString &prefix, const QString &quota) const
{
    QString name;
    for (const QChar c : prefix.toLower()) {
        if ((c >= QLatin1Char('a') && c <= QLatin1Char('z'))
            || (c >= QLatin1Char('0') && c <= QLatin1Char('9')) || c == QLatin1Char('-')
            || c == QLatin1Char('_') || c == QLatin1Char('.'))
            name.append(c);
    }
    if (name.isEmpty() || !name.at(0).isLetterOrNumber())
        name.prepend(QLatin1Char('u'));
    static constexpr char kAlphabet[] = "abcdefghijklmnopqrstuvwxyz0123456789";
    name.append(QLatin1Char('-'));
    for (int i = 0; i < 8; ++i)
        name.append(QLatin1Char(kAlphabet[QRandomGenerator::global()->bounded(36)]));

    QStringList args = {QStringLiteral("adduser"), QStringLiteral("--dir"), m_dir, name};
    if (!quota.isEmpty())
        args << QStringLiteral("--quota") << quota;
    return runScript(args) ? name : QString();
}

QString TestServer::passwordFor(const QString &user)
{
    return user + QStringLiteral("pw");
}

protocols::ServerEndpoint TestServer::endpoint(protocols::Protocol protocol,
                                               protocols::Security security,
                                               const QString &user) const
{
    using protocols::Protocol;
    using protocols::Security;
    const bool tls = security == Security::Tls;
    const char *key = "IMAP_PORT";
    switch (protocol) {
    case Protocol::Imap:
        key = tls ? "IMAPS_PORT" : "IMAP_PORT";
        break;
    case Protocol::Pop3:
        key = tls ? "POP3S_PORT" : "POP3_PORT";
        break;
    case Protocol::Smtp:
        key = tls ? "SUBMISSIONS_PORT" : "SUBMISSION_PORT";
        break;
    case Protocol::ManageSieve:
        key = "SIEVE_PORT"; // ManageSieve has no implicit-TLS port
        break;
    }
    protocols::ServerEndpoint e;
    e.protocol = protocol;
    e.security = security;
    e.host = host();
    e.port = port(key);
    e.user = user;
    e.trust.extraCaFile = caFile();
    e.timeoutMs = 15000;
    return e;
}

bool TestServer::deliver(const QString &user, const QByteArray &message,
                         const QString &folder) const
{
    return runScript({QStringLiteral("deliver"), QStringLiteral("--dir"), m_dir,
                      QStringLiteral("--user"), user, QStringLiteral("--folder"), folder,
                      QStringLiteral("-")},
                     message);
}

bool TestServer::seed(const QString &user, const QString &folder, int count, int seed,
                      const QString &sizes, const QString &flags) const
{
    return runScript({QStringLiteral("seed"), QStringLiteral("--dir"), m_dir,
                      QStringLiteral("--user"), user, QStringLiteral("--folder"), folder,
                      QStringLiteral("--count"), QString::number(count), QStringLiteral("--seed"),
                      QString::number(seed), QStringLiteral("--sizes"), sizes,
                      QStringLiteral("--flags"), flags});
}

QByteArray TestServer::doveadm(const QStringList &args, bool *ok) const
{
    QByteArray out;
    const QString program = m_env.value(QStringLiteral("DOVEADM"), QStringLiteral("doveadm"));
    const bool success = isValid()
        && run(program, QStringList{QStringLiteral("-c"), m_env.value(QStringLiteral("CONF"))} + args,
               {}, &out);
    if (ok)
        *ok = success;
    return out;
}

bool TestServer::runScript(const QStringList &args, const QByteArray &input,
                           QByteArray *output) const
{
    if (!isValid()) {
        qWarning().noquote() << "No test server:" << m_reason;
        return false;
    }
    return run(python(), QStringList{scriptPath()} + args, input, output);
}

} // namespace postier::test
