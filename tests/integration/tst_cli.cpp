// postier-cli end to end, the basics: --version and --help, usage errors, the documented exit
// codes, where the password comes from (--password-file, the keychain, none), accounts and the
// demo server. The built program ($POSTIER_CLI) runs as a user would run it, with a temporary
// home (tests/support/CliRun.h) so nothing touches real settings or caches, against the real
// dovecot of the CTest fixture. The accounts test needs the system keychain: scripts/test.sh runs
// the tests with an unlocked gnome-keyring in a private D-Bus session (see TESTING.md). The mail
// commands are tested in tst_climail and tst_clitransfer.

#include "models/accounts/PasswordStore.h"
#include "tests/support/CliRun.h"
#include "tests/support/TestServer.h"

#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QSslCertificate>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using postier::models::PasswordStore;
using postier::test::TestServer;
using Run = postier::test::CliRun;

class TestCli : public QObject, protected postier::test::CliFixture
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void versionAndHelp();
    void optionErrors_data();
    void optionErrors();
    void passwordFile();
    void accounts();
    void keychainUnavailable();
    void demo();
    void exitCodes();

private:
    /// Whether the system keychain answers, as the other tests that use it decide: a write
    /// through PasswordStore, the product's own path. `why` says what it answered otherwise.
    [[nodiscard]] static bool keychainWorks(QString *why);
};

void TestCli::initTestCase()
{
    const QString why = start(false);
    QVERIFY2(why.isEmpty(), qPrintable(why));
}

void TestCli::init()
{
    QVERIFY(newHome());
    // The demo server's dovecot runs as nobody when we are root, and must reach its files.
    QVERIFY(QFile::setPermissions(m_home->path(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner
                                                      | QFile::ReadGroup | QFile::ExeGroup
                                                      | QFile::ReadOther | QFile::ExeOther));
}

void TestCli::cleanup()
{
    endHome();
}

bool TestCli::keychainWorks(QString *why)
{
    const QString key = QStringLiteral("postier-test-probe://tst_cli");
    const PasswordStore::Result written = PasswordStore::writeAndWait(key, QStringLiteral("probe"));
    *why = written.error;
    (void)PasswordStore::removeAndWait(key);
    return written.ok;
}

// --version and --help exit 0 and say what they should; no command is a usage error.
void TestCli::versionAndHelp()
{
    const Run version = run({QStringLiteral("--version")});
    VERIFY_RUN(version, 0);
    QVERIFY2(QRegularExpression(QStringLiteral("^postier-cli \\d+\\.\\d+(\\.\\d+)?\\n$"))
                 .match(QString::fromUtf8(version.out))
                 .hasMatch(),
             qPrintable(version.describe()));

    const Run help = run({QStringLiteral("--help")});
    VERIFY_RUN(help, 0);
    for (const char *word : {"folders", "sync", "fetch", "search", "send", "pop3", "accounts", "demo",
                             "Exit codes", "--password-file"})
        QVERIFY2(help.out.contains(word), word);

    const Run searchHelp = run({QStringLiteral("search"), QStringLiteral("--help")});
    VERIFY_RUN(searchHelp, 0);
    for (const char *word : {"--folder", "--server", "--cache", "--json", "--limit"})
        QVERIFY2(searchHelp.out.contains(word), word);
    // A command's help names it as the user typed it, not by the program's full path.
    QVERIFY2(searchHelp.out.startsWith("Usage: postier-cli search [options]"), qPrintable(searchHelp.describe()));
    const Run shortHelp = run({QStringLiteral("pop3"), QStringLiteral("-h")});
    VERIFY_RUN(shortHelp, 0);
    QVERIFY2(shortHelp.out.contains("--leave-on-server"), qPrintable(shortHelp.describe()));

    VERIFY_RUN(run({}), 2);
    const Run unknown = run({QStringLiteral("frobnicate")});
    VERIFY_RUN(unknown, 2);
    QVERIFY(unknown.err.contains("frobnicate"));
}

// A mistake on the command line is a usage error (2) for every command: a sentence on stderr
// that names the mistake and the command's --help, or a JSON error with --json; never
// QCommandLineParser's own, undocumented, exit status 1.
void TestCli::optionErrors_data()
{
    QTest::addColumn<QString>("command");
    for (const char *command : {"folders", "sync", "fetch", "search", "send", "pop3", "migrate", "accounts", "demo"})
        QTest::newRow(command) << QString::fromLatin1(command);
}

void TestCli::optionErrors()
{
    QFETCH(QString, command);
    const QString help = QStringLiteral("postier-cli %1 --help").arg(command);

    const Run unknown = run({command, QStringLiteral("--no-such-option")});
    VERIFY_RUN(unknown, 2);
    QVERIFY2(unknown.out.isEmpty(), qPrintable(unknown.describe()));
    const QString sentence = QString::fromUtf8(unknown.err).trimmed();
    QVERIFY2(sentence.startsWith(QLatin1String("postier-cli: ")) && sentence.contains(QLatin1String("no-such-option"))
                 && sentence.contains(help) && !sentence.contains(QLatin1Char('\n')),
             qPrintable(unknown.describe()));

    const Run missingValue = run({command, QStringLiteral("--timeout")});
    VERIFY_RUN(missingValue, 2);
    QVERIFY2(missingValue.err.contains("--timeout") && missingValue.err.contains(help.toUtf8()),
             qPrintable(missingValue.describe()));

    // With --json anywhere before the mistake, the error is JSON on stdout, and stderr stays quiet.
    for (const QStringList &args : {QStringList{command, QStringLiteral("--json"), QStringLiteral("--no-such-option")},
                                    QStringList{command, QStringLiteral("--json"), QStringLiteral("--password-file")}}) {
        const Run json = run(args);
        VERIFY_RUN(json, 2);
        QVERIFY2(json.isJson(), qPrintable(json.describe()));
        QVERIFY2(json.err.isEmpty(), qPrintable(json.describe()));
        const QJsonObject o = json.object();
        QCOMPARE(o.value(QLatin1String("ok")).toBool(), false);
        QCOMPARE(o.value(QLatin1String("error")).toString(), QStringLiteral("usage"));
        QVERIFY2(o.value(QLatin1String("message")).toString().contains(args.last().mid(2)), qPrintable(json.describe()));
        QVERIFY2(o.value(QLatin1String("message")).toString().contains(help), qPrintable(json.describe()));
    }

    // --help still wins over a missing argument, and exits 0.
    const Run commandHelp = run({command, QStringLiteral("--help")});
    VERIFY_RUN(commandHelp, 0);
    QVERIFY2(commandHelp.out.startsWith(QStringLiteral("Usage: postier-cli %1 ").arg(command).toUtf8()),
             qPrintable(commandHelp.describe()));
}

// --password-file gives the password to a command that connects, with $POSTIER_PASSWORD unset
// and nothing in the keychain for this user: the right one lists the folders (its line end,
// CRLF here, is not part of it, and it wins over $POSTIER_PASSWORD), a wrong one is refused
// by the server (3), one that cannot be read is a local error (8).
void TestCli::passwordFile()
{
    const QString user = addUser(QStringLiteral("clipwfile"), m_fs);
    QVERIFY(!user.isEmpty());
    const QString url = imapsUrl(user, m_fs);
    const auto writeFile = [&](const QString &name, const QByteArray &content) {
        const QString path = m_home->filePath(name);
        QFile f(path);
        return f.open(QIODevice::WriteOnly) && f.write(content) == content.size() ? path : QString();
    };
    const QString right = writeFile(QStringLiteral("right"), TestServer::passwordFor(user).toUtf8() + "\r\n");
    const QString wrong = writeFile(QStringLiteral("wrong"), "not-the-password\n");
    QVERIFY(!right.isEmpty() && !wrong.isEmpty());
    const QStringList base = {QStringLiteral("folders"), url, QStringLiteral("--ca-file"), m_fs.caFile(), QStringLiteral("--json")};

    const Run ok = run(base + QStringList{QStringLiteral("--password-file"), right});
    VERIFY_RUN(ok, 0);
    QCOMPARE(ok.object().value(QLatin1String("ok")).toBool(), true);
    QVERIFY(ok.object().value(QLatin1String("folders")).toArray().size() >= 5);
    const Run overEnv = run(base + QStringList{QStringLiteral("--password-file"), right}, QStringLiteral("not-the-password"));
    VERIFY_RUN(overEnv, 0);

    const Run refused = run(base + QStringList{QStringLiteral("--password-file"), wrong});
    VERIFY_RUN(refused, 3);
    QCOMPARE(refused.object().value(QLatin1String("error")).toString(), QStringLiteral("auth"));
    QVERIFY2(refused.object().value(QLatin1String("message")).toString().contains(user), qPrintable(refused.describe()));
    const Run refusedText = run({QStringLiteral("folders"), url, QStringLiteral("--ca-file"), m_fs.caFile(),
                                 QStringLiteral("--password-file"), wrong});
    VERIFY_RUN(refusedText, 3);
    QVERIFY2(refusedText.err.startsWith("postier-cli: ") && refusedText.out.isEmpty(), qPrintable(refusedText.describe()));

    const QString missing = m_home->filePath(QStringLiteral("no-such-file"));
    const Run unreadable = run(base + QStringList{QStringLiteral("--password-file"), missing}, TestServer::passwordFor(user));
    VERIFY_RUN(unreadable, 8);
    QCOMPARE(unreadable.object().value(QLatin1String("error")).toString(), QStringLiteral("local-io"));
    QVERIFY2(unreadable.object().value(QLatin1String("message")).toString().contains(missing), qPrintable(unreadable.describe()));
}

// accounts add/list/remove in a temporary settings directory, an account name used in place of a
// URL, and the password that add stored in the system keychain used by a command that connects.
void TestCli::accounts()
{
    // Without a keychain this fails and says how to get one: a skip would let a broken keyring
    // setup in scripts/test.sh pass unnoticed.
    QString why;
    QVERIFY2(keychainWorks(&why),
             qPrintable(QStringLiteral("This test needs the system keychain (Secret Service). Run it through "
                                       "scripts/test.sh, which starts an unlocked gnome-keyring in a private "
                                       "D-Bus session (TESTING.md). The keychain said: ")
                        + why));
    const QString user = addUser(QStringLiteral("cliaccount"), m_fs);
    QVERIFY(!user.isEmpty());
    const QString passwordFile = m_home->filePath(QStringLiteral("password"));
    {
        QFile f(passwordFile);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(TestServer::passwordFor(user).toUtf8() + '\n');
    }
    const Run empty = run({QStringLiteral("accounts"), QStringLiteral("list"), QStringLiteral("--json")});
    VERIFY_RUN(empty, 0);
    QVERIFY2(empty.isJson(), qPrintable(empty.describe()));
    QCOMPARE(empty.object().value(QLatin1String("accounts")).toArray().size(), 0);

    const QString incoming = imapsUrl(user, m_fs);
    const QString outgoing = QStringLiteral("smtp+starttls://%1@127.0.0.1:%2").arg(user).arg(m_fs.port("SUBMISSION_PORT"));
    const Run add = run({QStringLiteral("accounts"), QStringLiteral("add"), QStringLiteral("Work Mail"),
                         QStringLiteral("--address"), user + QStringLiteral("@postier.test"),
                         QStringLiteral("--incoming"), incoming, QStringLiteral("--outgoing"), outgoing,
                         QStringLiteral("--ca-file"), m_fs.caFile(), QStringLiteral("--password-file"), passwordFile});
    VERIFY_RUN(add, 0);
    QVERIFY2(add.out.contains("Work Mail"), qPrintable(add.describe()));
    QVERIFY(QFile::exists(m_home->filePath(QStringLiteral("config/Postier/Postier.conf"))));

    const Run list = run({QStringLiteral("accounts"), QStringLiteral("list")});
    VERIFY_RUN(list, 0);
    QVERIFY2(list.out.contains("Work Mail") && list.out.contains(incoming.toUtf8()), qPrintable(list.describe()));
    const Run listJson = run({QStringLiteral("accounts"), QStringLiteral("list"), QStringLiteral("--json")});
    VERIFY_RUN(listJson, 0);
    const QJsonArray accounts = listJson.object().value(QLatin1String("accounts")).toArray();
    QCOMPARE(accounts.size(), 1);
    const QJsonObject account = accounts[0].toObject();
    QCOMPARE(account.value(QLatin1String("name")).toString(), QStringLiteral("Work Mail"));
    QCOMPARE(account.value(QLatin1String("address")).toString(), user + QStringLiteral("@postier.test"));
    QCOMPARE(account.value(QLatin1String("incoming")).toString(), incoming);
    QCOMPARE(account.value(QLatin1String("outgoing")).toString(), outgoing);
    QCOMPARE(account.value(QLatin1String("enabled")).toBool(), true);

    // The name works in place of a URL, with the CA file that was stored with the account.
    const Run folders = run({QStringLiteral("folders"), QStringLiteral("Work Mail"), QStringLiteral("--json")},
                            TestServer::passwordFor(user));
    VERIFY_RUN(folders, 0);
    QCOMPARE(folders.object().value(QLatin1String("ok")).toBool(), true);
    // add put the password into the keychain for both servers (the keys are the URLs that list
    // shows), and a command that connects finds it there: no $POSTIER_PASSWORD, no file.
    QVERIFY2(add.err.isEmpty(), qPrintable(add.describe()));
    for (const QString &key : {incoming, outgoing}) {
        const PasswordStore::Result stored = PasswordStore::readAndWait(key);
        QVERIFY2(stored.ok, qPrintable(key + QStringLiteral(": ") + stored.error));
        QCOMPARE(stored.password, TestServer::passwordFor(user));
    }
    const Run fromKeychain = run({QStringLiteral("folders"), QStringLiteral("Work Mail"), QStringLiteral("--json")});
    VERIFY_RUN(fromKeychain, 0);
    QCOMPARE(fromKeychain.object().value(QLatin1String("ok")).toBool(), true);
    QCOMPARE(fromKeychain.object().value(QLatin1String("folders")).toArray().size(),
             folders.object().value(QLatin1String("folders")).toArray().size());

    // An unreadable password file adds nothing: one error, exit 8, no account saved.
    const Run noFile = run({QStringLiteral("accounts"), QStringLiteral("add"), QStringLiteral("Other"),
                            QStringLiteral("--address"), QStringLiteral("o@postier.test"),
                            QStringLiteral("--incoming"), incoming, QStringLiteral("--json"),
                            QStringLiteral("--password-file"), m_home->filePath(QStringLiteral("missing"))});
    VERIFY_RUN(noFile, 8);
    // One JSON document (isJson fails on an error followed by a success), saying it failed.
    QVERIFY2(noFile.isJson() && !noFile.object().value(QLatin1String("ok")).toBool(), qPrintable(noFile.describe()));
    const Run stillOne = run({QStringLiteral("accounts"), QStringLiteral("list"), QStringLiteral("--json")});
    VERIFY_RUN(stillOne, 0);
    QCOMPARE(stillOne.object().value(QLatin1String("accounts")).toArray().size(), 1);

    // A second account with the same name is refused.
    VERIFY_RUN(run({QStringLiteral("accounts"), QStringLiteral("add"), QStringLiteral("work mail"),
                    QStringLiteral("--address"), QStringLiteral("x@postier.test"), QStringLiteral("--incoming"),
                    incoming, QStringLiteral("--outgoing"), outgoing}),
               2);

    const Run remove = run({QStringLiteral("accounts"), QStringLiteral("remove"), QStringLiteral("Work Mail"),
                            QStringLiteral("--json")});
    VERIFY_RUN(remove, 0);
    QVERIFY2(remove.isJson(), qPrintable(remove.describe()));
    QCOMPARE(remove.object().value(QLatin1String("ok")).toBool(), true);
    // remove took the passwords out of the keychain too.
    for (const QString &key : {incoming, outgoing})
        QVERIFY2(!PasswordStore::readAndWait(key).ok, qPrintable(key));
    const Run after = run({QStringLiteral("accounts"), QStringLiteral("list"), QStringLiteral("--json")});
    VERIFY_RUN(after, 0);
    QCOMPARE(after.object().value(QLatin1String("accounts")).toArray().size(), 0);
    VERIFY_RUN(run({QStringLiteral("accounts"), QStringLiteral("remove"), QStringLiteral("Work Mail")}), 2);
    VERIFY_RUN(run({QStringLiteral("folders"), QStringLiteral("Work Mail")}, TestServer::passwordFor(user)), 2);
    VERIFY_RUN(run({QStringLiteral("accounts"), QStringLiteral("rename")}), 2);
}

// With no keychain at all (no D-Bus session bus), accounts add still saves the account, says that
// the password could not be stored, and exits 7 (partial): a script can tell.
void TestCli::keychainUnavailable()
{
    const QString user = addUser(QStringLiteral("clinokeychain"), m_fs);
    QVERIFY(!user.isEmpty());
    const QHash<QString, QString> noBus = {
        {QStringLiteral("DBUS_SESSION_BUS_ADDRESS"), QStringLiteral("unix:path=/nonexistent/postier-test-bus")},
        {QStringLiteral("XDG_RUNTIME_DIR"), m_home->path()},
        {QStringLiteral("DISPLAY"), QString()}};
    const Run add = run({QStringLiteral("accounts"), QStringLiteral("add"), QStringLiteral("No Keychain"),
                         QStringLiteral("--address"), user + QStringLiteral("@postier.test"), QStringLiteral("--incoming"),
                         imapsUrl(user, m_fs), QStringLiteral("--outgoing"),
                         QStringLiteral("smtp+starttls://%1@127.0.0.1:%2").arg(user).arg(m_fs.port("SUBMISSION_PORT")),
                         QStringLiteral("--ca-file"), m_fs.caFile(), QStringLiteral("--json")},
                        TestServer::passwordFor(user), noBus);
    VERIFY_RUN(add, 7);
    QVERIFY2(add.isJson(), qPrintable(add.describe()));
    QCOMPARE(add.object().value(QLatin1String("ok")).toBool(), false);
    QCOMPARE(add.object().value(QLatin1String("error")).toString(), QStringLiteral("local-io"));
    const QString why = add.object().value(QLatin1String("message")).toString();
    QVERIFY2(why.contains(QLatin1String("No Keychain")) && why.contains(QLatin1String("keychain")),
             qPrintable(add.describe()));
    const Run list = run({QStringLiteral("accounts"), QStringLiteral("list")}, {}, noBus);
    VERIFY_RUN(list, 0);
    QVERIFY(list.out.contains("No Keychain"));
    // Without a keychain and without a password, a command that needs one fails as "auth" and
    // tells how to give it.
    const Run noPassword = run({QStringLiteral("folders"), QStringLiteral("No Keychain"), QStringLiteral("--json")}, {}, noBus);
    VERIFY_RUN(noPassword, 3);
    QCOMPARE(noPassword.object().value(QLatin1String("error")).toString(), QStringLiteral("auth"));
    QVERIFY(noPassword.object().value(QLatin1String("message")).toString().contains(QLatin1String("POSTIER_PASSWORD")));
}

// demo starts its own server with two accounts (the README's first steps): the accounts work by
// name, their mail syncs and is searchable, and --stop stops it.
void TestCli::demo()
{
    const QString dir = m_home->filePath(QStringLiteral("demo"));
    const auto stop = qScopeGuard([&] { run({QStringLiteral("demo"), QStringLiteral("--dir"), dir, QStringLiteral("--stop")}); });
    const Run start = run({QStringLiteral("demo"), QStringLiteral("--dir"), dir, QStringLiteral("--json")});
    VERIFY_RUN(start, 0);
    QVERIFY2(start.isJson(), qPrintable(start.describe()));
    const QJsonObject o = start.object();
    QCOMPARE(o.value(QLatin1String("ok")).toBool(), true);
    QCOMPARE(o.value(QLatin1String("dir")).toString(), dir);
    QVERIFY(o.value(QLatin1String("IMAPS_PORT")).toString().toInt() > 0);
    QVERIFY(o.value(QLatin1String("keychain")).isBool());

    const Run accounts = run({QStringLiteral("accounts"), QStringLiteral("list"), QStringLiteral("--json")});
    VERIFY_RUN(accounts, 0);
    QStringList names;
    for (const QJsonValue &v : accounts.object().value(QLatin1String("accounts")).toArray())
        names << v.toObject().value(QLatin1String("name")).toString();
    names.sort();
    QCOMPARE(names, (QStringList{QStringLiteral("Demo Anna"), QStringLiteral("Demo Ben")}));

    const QString password = QStringLiteral("anna-demo");
    const Run folders = run({QStringLiteral("folders"), QStringLiteral("Demo Anna"), QStringLiteral("--json")}, password);
    VERIFY_RUN(folders, 0);
    QVERIFY(folders.object().value(QLatin1String("folders")).toArray().size() >= 5);
    const Run sync = run({QStringLiteral("sync"), QStringLiteral("Demo Anna"), QStringLiteral("--folder"),
                          QStringLiteral("INBOX"), QStringLiteral("--json")},
                         password);
    VERIFY_RUN(sync, 0);
    const int messages = sync.object().value(QLatin1String("messages")).toInt();
    QVERIFY(messages > 0);
    QCOMPARE(sync.object().value(QLatin1String("fetched")).toInt(), messages);
    // The default cache (under XDG_CACHE_HOME) now answers a search by account name, offline.
    QStringList cacheFiles;
    for (QDirIterator it(m_home->filePath(QStringLiteral("cache")), {QStringLiteral("headers.sqlite")}, QDir::Files,
                         QDirIterator::Subdirectories);
         it.hasNext();)
        cacheFiles << it.next();
    QCOMPARE(cacheFiles.size(), 1);
    const Run search = run({QStringLiteral("search"), QStringLiteral("Demo Anna"), QStringLiteral("lunch"),
                            QStringLiteral("--json")});
    VERIFY_RUN(search, 0);
    QVERIFY2(QJsonDocument::fromJson(search.out).isArray(), qPrintable(search.describe()));
    const QJsonArray hits = QJsonDocument::fromJson(search.out).array();
    QVERIFY2(!hits.isEmpty(), qPrintable(search.describe()));
    int lunchSubjects = 0;
    for (const QJsonValue &v : hits) {
        QCOMPARE(v.toObject().value(QLatin1String("folder")).toString(), QStringLiteral("INBOX"));
        QCOMPARE(v.toObject().value(QLatin1String("source")).toString(), QStringLiteral("cache"));
        lunchSubjects += v.toObject().value(QLatin1String("subject")).toString().contains(QLatin1String("Lunch")) ? 1 : 0;
    }
    QVERIFY2(lunchSubjects > 0, qPrintable(search.describe()));

    // --stop without --dir stops it where it was started, and says so; a second --stop says
    // that nothing was running.
    const Run stopped = run({QStringLiteral("demo"), QStringLiteral("--stop")});
    VERIFY_RUN(stopped, 0);
    QVERIFY2(stopped.out.contains("is stopped") && stopped.out.contains(dir.toUtf8()), qPrintable(stopped.describe()));
    const Run again = run({QStringLiteral("demo"), QStringLiteral("--dir"), dir, QStringLiteral("--stop"),
                           QStringLiteral("--json")});
    VERIFY_RUN(again, 0);
    QCOMPARE(again.object().value(QLatin1String("wasRunning")).toBool(true), false);
    const Run gone = run({QStringLiteral("folders"), QStringLiteral("Demo Anna"), QStringLiteral("--timeout"),
                          QStringLiteral("10")},
                         password);
    VERIFY_RUN(gone, 5);
}

// The documented exit codes, each with its --json error object.
void TestCli::exitCodes()
{
    const QString user = addUser(QStringLiteral("cliexit"), m_fs);
    QVERIFY(!user.isEmpty());
    const QString url = imapsUrl(user, m_fs);
    const QString password = TestServer::passwordFor(user);
    const QString ca = m_fs.caFile();

    // 3: wrong password.
    const Run auth = run({QStringLiteral("folders"), url, QStringLiteral("--ca-file"), ca, QStringLiteral("--json")},
                         QStringLiteral("not-the-password"));
    VERIFY_RUN(auth, 3);
    QVERIFY2(auth.isJson(), qPrintable(auth.describe()));
    QCOMPARE(auth.object().value(QLatin1String("ok")).toBool(), false);
    QCOMPARE(auth.object().value(QLatin1String("error")).toString(), QStringLiteral("auth"));
    const Run authText = run({QStringLiteral("folders"), url, QStringLiteral("--ca-file"), ca}, QStringLiteral("nope"));
    VERIFY_RUN(authText, 3);
    QVERIFY2(authText.err.contains("127.0.0.1"), qPrintable(authText.describe()));

    // 4: the test CA is not trusted without --ca-file; the error names the certificate.
    const Run tls = run({QStringLiteral("folders"), url, QStringLiteral("--json")}, password);
    VERIFY_RUN(tls, 4);
    QVERIFY2(tls.isJson(), qPrintable(tls.describe()));
    QCOMPARE(tls.object().value(QLatin1String("error")).toString(), QStringLiteral("tls-untrusted"));
    const QString fingerprint = tls.object().value(QLatin1String("certificate")).toObject().value(QLatin1String("sha256")).toString();
    QVERIFY2(QRegularExpression(QStringLiteral("^([0-9A-F]{2}:){31}[0-9A-F]{2}$")).match(fingerprint).hasMatch(),
             qPrintable(tls.describe()));
    const auto certs = QSslCertificate::fromPath(m_fs.dir() + QStringLiteral("/ssl/cert.pem"));
    QVERIFY(!certs.isEmpty());
    QCOMPARE(fingerprint, QString::fromLatin1(certs.first().digest(QCryptographicHash::Sha256).toHex(':').toUpper()));
    const QString subject = tls.object().value(QLatin1String("certificate")).toObject().value(QLatin1String("subject")).toString();
    QVERIFY2(!subject.isEmpty(), qPrintable(tls.describe()));
    QCOMPARE(subject, m_fs.certificateCommonName());
    // STARTTLS is checked the same way, and so is SMTP.
    VERIFY_RUN(run({QStringLiteral("folders"),
                    QStringLiteral("imap+starttls://%1@127.0.0.1:%2").arg(user).arg(m_fs.port("IMAP_PORT"))},
                   password),
               4);

    // 5: nothing listens on the port.
    quint16 closedPort = 0;
    {
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost));
        closedPort = probe.serverPort();
    }
    const Run network = run({QStringLiteral("folders"), QStringLiteral("imaps://%1@127.0.0.1:%2").arg(user).arg(closedPort),
                             QStringLiteral("--ca-file"), ca, QStringLiteral("--timeout"), QStringLiteral("10"),
                             QStringLiteral("--json")},
                            password);
    VERIFY_RUN(network, 5);
    QCOMPARE(network.object().value(QLatin1String("error")).toString(), QStringLiteral("network"));

    // 6: a folder that does not exist, for fetch and for sync.
    const Run missing = run({QStringLiteral("fetch"), url, QStringLiteral("--ca-file"), ca, QStringLiteral("--folder"),
                             QStringLiteral("Nowhere"), QStringLiteral("--uid"), QStringLiteral("1"), QStringLiteral("--json")},
                            password);
    VERIFY_RUN(missing, 6);
    QVERIFY2(missing.isJson(), qPrintable(missing.describe()));
    QCOMPARE(missing.object().value(QLatin1String("ok")).toBool(), false);
    VERIFY_RUN(run({QStringLiteral("sync"), url, QStringLiteral("--ca-file"), ca, QStringLiteral("--folder"),
                    QStringLiteral("Nowhere"), QStringLiteral("--cache"), m_home->filePath(QStringLiteral("c.sqlite"))},
                   password),
               6);
    // 6 too: a message that does not exist.
    VERIFY_RUN(run({QStringLiteral("fetch"), url, QStringLiteral("--ca-file"), ca, QStringLiteral("--folder"),
                    QStringLiteral("INBOX"), QStringLiteral("--uid"), QStringLiteral("4242")},
                   password),
               6);

    // 2: bad usage of every kind.
    const Run noUid = run({QStringLiteral("fetch"), url, QStringLiteral("--folder"), QStringLiteral("INBOX"),
                           QStringLiteral("--json")},
                          password);
    VERIFY_RUN(noUid, 2);
    QVERIFY2(noUid.isJson(), qPrintable(noUid.describe()));
    QCOMPARE(noUid.object().value(QLatin1String("error")).toString(), QStringLiteral("usage"));
    VERIFY_RUN(run({QStringLiteral("folders"), QStringLiteral("ftp://someone@127.0.0.1")}, password), 2);
    VERIFY_RUN(run({QStringLiteral("folders"), QStringLiteral("imaps://127.0.0.1")}, password), 2);
    VERIFY_RUN(run({QStringLiteral("folders"), url, QStringLiteral("--timeout"), QStringLiteral("soon")}, password), 2);
    VERIFY_RUN(run({QStringLiteral("folders"), QStringLiteral("No Such Account")}, password), 2);
    VERIFY_RUN(run({QStringLiteral("sync"), url}, password), 2);
    VERIFY_RUN(run({QStringLiteral("send"), url, QStringLiteral("--from"), QStringLiteral("a@b.c")}, password), 2);
    VERIFY_RUN(run({QStringLiteral("pop3"), QStringLiteral("fetch"), url}, password), 2);
    VERIFY_RUN(run({QStringLiteral("folders"), url, QStringLiteral("--ca-file"), QStringLiteral("/nonexistent/ca.pem")},
                   password),
               2);
}

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
