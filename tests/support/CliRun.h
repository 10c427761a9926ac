#pragma once

// Running the built postier-cli ($POSTIER_CLI) as a user would, for the CLI integration tests
// (tst_cli, tst_climail): each run gets a temporary HOME, XDG_CONFIG_HOME, XDG_CACHE_HOME and
// XDG_DATA_HOME, so nothing touches real settings or caches; the password comes only from what
// the test passes. Plus the server's own view through doveadm. Header-only, like MigrationCheck.h.

#include "tests/support/TestServer.h"

#include <QByteArray>
#include <QFile>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QProcessEnvironment>
#include <QStringList>
#include <QTemporaryDir>
#include <QTest>

#include <functional>
#include <memory>

namespace postier::test {

/// What one run of postier-cli did.
struct CliRun {
    int exitCode = -1;
    bool finished = false; ///< started, and exited normally within the bound
    QByteArray out;
    QByteArray err;

    [[nodiscard]] QString describe() const
    {
        return QStringLiteral("exit %1\n--- stdout\n%2\n--- stderr\n%3")
            .arg(exitCode)
            .arg(QString::fromUtf8(out), QString::fromUtf8(err));
    }
    [[nodiscard]] QJsonObject object() const { return QJsonDocument::fromJson(out).object(); }
    [[nodiscard]] bool isJson() const
    {
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(out, &error);
        return error.error == QJsonParseError::NoError && !doc.isNull();
    }
    [[nodiscard]] QStringList lines() const
    {
        return QString::fromUtf8(out).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    }
};

/// Fails the test, showing the run's exit code and output, unless it finished with `code`.
#define VERIFY_RUN(run, code)                                                                      \
    do {                                                                                           \
        QVERIFY2((run).finished, qPrintable((run).describe()));                                    \
        QVERIFY2((run).exitCode == (code), qPrintable((run).describe()));                          \
    } while (false)

/// The program under test; empty unless $POSTIER_CLI names an existing file (ctest sets it).
inline QString cliProgram()
{
    const QString program = qEnvironmentVariable("POSTIER_CLI");
    return QFile::exists(program) ? program : QString();
}

/// Runs `program args` with its home in `home` and English messages. `password` becomes
/// $POSTIER_PASSWORD (unset when empty); `extraEnv` is applied last. `childSetup` runs in the
/// child before exec (e.g. to set a resource limit).
inline CliRun runCli(const QString &program, const QString &home, const QStringList &args,
                     const QString &password = {}, const QHash<QString, QString> &extraEnv = {},
                     const std::function<void()> &childSetup = {})
{
    constexpr int kRunTimeoutMs = 120000; // a bound for one run, not a timing assert
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("POSTIER_PASSWORD"));
    // The messages under test are the English ones, whatever the machine's language: LANGUAGE
    // would win over LC_ALL in Qt's choice of translation.
    env.remove(QStringLiteral("LANGUAGE"));
    env.insert(QStringLiteral("HOME"), home);
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), home + QStringLiteral("/config"));
    env.insert(QStringLiteral("XDG_CACHE_HOME"), home + QStringLiteral("/cache"));
    env.insert(QStringLiteral("XDG_DATA_HOME"), home + QStringLiteral("/data"));
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    if (!password.isEmpty())
        env.insert(QStringLiteral("POSTIER_PASSWORD"), password);
    for (auto it = extraEnv.cbegin(); it != extraEnv.cend(); ++it)
        env.insert(it.key(), it.value());

    QProcess process;
    process.setProcessEnvironment(env);
    process.setWorkingDirectory(home);
    if (childSetup)
        process.setChildProcessModifier(childSetup);
    process.start(program, args);
    CliRun r;
    if (!process.waitForStarted(10000))
        return r;
    process.closeWriteChannel();
    r.finished = process.waitForFinished(kRunTimeoutMs) && process.exitStatus() == QProcess::NormalExit;
    if (!r.finished) {
        process.kill();
        process.waitForFinished(5000);
    }
    r.exitCode = process.exitCode();
    r.out = process.readAllStandardOutput();
    r.err = process.readAllStandardError();
    return r;
}

/// LF line ends become CRLF, as on the wire.
inline QByteArray crlf(const QByteArray &text)
{
    QByteArray out = text;
    out.replace("\r\n", "\n");
    out.replace("\n", "\r\n");
    return out;
}

/// One doveadm fetch field of every message in the folder (optionally of those whose header
/// `searchKey` contains `searchValue`): the server's own view.
inline QByteArrayList doveadmField(const TestServer &server, const QString &user, const QString &folder,
                                   const QString &field, const QString &searchKey = {},
                                   const QString &searchValue = {})
{
    QStringList args = {QStringLiteral("-f"), QStringLiteral("tab"), QStringLiteral("fetch"),
                        QStringLiteral("-u"), user, field, QStringLiteral("mailbox"), folder};
    if (!searchKey.isEmpty())
        args << QStringLiteral("header") << searchKey << searchValue;
    bool ok = false;
    QByteArrayList lines = server.doveadm(args, &ok).split('\n');
    if (!ok || lines.isEmpty())
        return {};
    lines.removeFirst(); // the column names
    lines.removeAll(QByteArray());
    return lines;
}

/// The number of messages in the folder according to dovecot; -1 on failure.
inline int doveadmCount(const TestServer &server, const QString &user, const QString &folder)
{
    bool ok = false;
    const QByteArrayList lines = server.doveadm({QStringLiteral("-f"), QStringLiteral("tab"),
                                                 QStringLiteral("mailbox"), QStringLiteral("status"),
                                                 QStringLiteral("-u"), user, QStringLiteral("messages"),
                                                 folder},
                                                &ok)
                                     .split('\n');
    if (!ok || lines.size() < 2)
        return -1;
    const int column = int(lines[0].split('\t').indexOf("messages"));
    return column < 0 ? -1 : lines[1].split('\t').value(column).trimmed().toInt();
}

/// What the postier-cli test classes share: the program under test, the CTest fixture's dovecot
/// instances and a fresh home for each test function. A test class inherits it (after QObject) and
/// calls start() from initTestCase(), newHome() from init() and endHome() from cleanup().
class CliFixture
{
protected:
    /// Empty when ready, else why not (for QVERIFY2).
    [[nodiscard]] QString start(bool withMaildirpp = false)
    {
        m_cli = cliProgram();
        if (m_cli.isEmpty())
            return QStringLiteral("POSTIER_CLI must name the built postier-cli: run the test through ctest.");
        m_fs = TestServer::fromEnvironment(QStringLiteral("fs"));
        if (!m_fs.isValid())
            return m_fs.reason();
        if (withMaildirpp) {
            m_maildirpp = TestServer::fromEnvironment(QStringLiteral("maildirpp"));
            if (!m_maildirpp.isValid())
                return m_maildirpp.reason();
        }
        return {};
    }
    [[nodiscard]] bool newHome()
    {
        m_home = std::make_unique<QTemporaryDir>();
        return m_home->isValid();
    }
    void endHome() { m_home.reset(); }

    /// postier-cli `args` in this test function's home; see runCli().
    CliRun run(const QStringList &args, const QString &password = {},
               const QHash<QString, QString> &extraEnv = {},
               const std::function<void()> &childSetup = {}) const
    {
        return runCli(m_cli, m_home->path(), args, password, extraEnv, childSetup);
    }
    static QString addUser(const QString &prefix, const TestServer &server) { return server.addUser(prefix); }
    static QString imapsUrl(const QString &user, const TestServer &server)
    {
        return QStringLiteral("imaps://%1@127.0.0.1:%2").arg(user).arg(server.port("IMAPS_PORT"));
    }
    /// Delivers `message` (LF or CRLF) to `user` on the fs instance.
    bool deliver(const QString &user, const QByteArray &message,
                 const QString &folder = QStringLiteral("INBOX")) const
    {
        return m_fs.deliver(user, crlf(message), folder);
    }

    QString m_cli;
    TestServer m_fs;
    TestServer m_maildirpp; // only with start(true)
    std::unique_ptr<QTemporaryDir> m_home; // HOME, XDG_* of one test function
};

} // namespace postier::test
