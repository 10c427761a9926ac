// NewMailWatcher against the real dovecot of the CTest fixture: mail delivered through LMTP while
// the watcher listens (IDLE on a connection of its own, or STATUS polling on the session's) is
// announced with the right count, sender and subject; what was there at start-up, what the user
// moved into the Inbox, read mail, and mail from the account's own address are not.

#include "models/accounts/AccountStore.h"
#include "models/accounts/PasswordStore.h"
#include "models/session/MailSession.h"
#include "models/session/NewMailWatcher.h"
#include "protocols/Connection.h"
#include "protocols/imap/AppendMessageJob.h"
#include "protocols/imap/MoveMessagesJob.h"
#include "tests/support/TestServer.h"
#include "tests/support/VerifyOk.h"

#include <QDateTime>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace postier;
using models::NewMailWatcher;

namespace {

QByteArray message(const QByteArray &from, const QByteArray &subject, const QByteArray &id)
{
    return "From: " + from + "\r\nTo: someone@postier.test\r\nSubject: " + subject
        + "\r\nDate: Thu, 26 Nov 2026 10:00:00 +0100\r\nMessage-ID: <" + id
        + "@example.test>\r\nMIME-Version: 1.0\r\nContent-Type: text/plain; charset=utf-8\r\n\r\nHello.\r\n";
}

struct Announcement {
    QString accountId;
    int count = 0;
    QString from;
    QString subject;
};

Announcement at(const QSignalSpy &spy, qsizetype i)
{
    const QList<QVariant> args = spy.at(i);
    return {args.at(0).toString(), args.at(1).toInt(), args.at(2).toString(), args.at(3).toString()};
}

protocols::HeaderRecord record(quint8 flags, qint64 date, const QByteArray &from)
{
    protocols::HeaderRecord r;
    r.uid = 1;
    r.flags.bits = flags;
    r.internalDate = date;
    r.from = from;
    return r;
}

} // namespace

class TestNewMailWatcher : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        m_server = test::TestServer::fromEnvironment();
        QVERIFY2(m_server.isValid(), qPrintable(m_server.reason()));
        QVERIFY(m_dir.isValid());
    }

    void theRule()
    {
        const qint64 since = 1'700'000'000;
        const QString me = QStringLiteral("anna@example.com");
        QVERIFY(NewMailWatcher::isNews(record(0, since + 5, "Ben <ben@example.org>"), me, since));
        QVERIFY(NewMailWatcher::isNews(record(protocols::FlagRecent | protocols::FlagFlagged, since, "ben@example.org"), me, since));
        QVERIFY(!NewMailWatcher::isNews(record(protocols::FlagSeen, since + 5, "Ben <ben@example.org>"), me, since));
        QVERIFY(!NewMailWatcher::isNews(record(protocols::FlagDeleted, since + 5, "ben@example.org"), me, since));
        QVERIFY(!NewMailWatcher::isNews(record(protocols::FlagDraft, since + 5, "ben@example.org"), me, since));
        QVERIFY(!NewMailWatcher::isNews(record(0, since - 1, "Ben <ben@example.org>"), me, since));
        QVERIFY(!NewMailWatcher::isNews(record(0, since + 5, "Anna <ANNA@Example.com>"), me, since));
        QVERIFY(!NewMailWatcher::isNews(record(0, since + 5, "anna@example.com"), me, since));
        QCOMPARE(NewMailWatcher::senderName("=?UTF-8?Q?L=C3=A9a?= Dubois <lea@example.fr>"), QStringLiteral("Léa Dubois"));
        QCOMPARE(NewMailWatcher::senderName("\"M\xc3\xbcller, Anna\" <anna@example.com>, Ben <ben@example.org>"),
                 QStringLiteral("Müller, Anna"));
        QCOMPARE(NewMailWatcher::senderName("bob@example.com, carl@example.com"), QStringLiteral("bob@example.com"));
    }

    // IDLE on the watcher's own connection.
    void announcesDeliveriesOnly()
    {
        Fixture f = fixture(QStringLiteral("watch"));
        NewMailWatcher watcher(*f.session);
        const QString password = test::TestServer::passwordFor(f.user);
        watcher.setConnectionFactory([password](const models::Account &a, NewMailWatcher::ConnectionReady ready) {
            ready(std::make_unique<protocols::Connection>(a.incoming, password), {});
        });
        QSignalSpy watching(&watcher, &NewMailWatcher::watching);
        QSignalSpy news(&watcher, &NewMailWatcher::newMail);
        watcher.start();
        QVERIFY(watching.wait(15000));
        QCOMPARE(watching.first().first().toString(), f.accountId);
        bool own = false;
        QVERIFY(watcher.isWatching(f.accountId, &own));
        QVERIFY(own);

        // One delivery: one announcement, and the two messages of before were not news.
        QVERIFY(m_server.deliver(f.user, message("Nils Jensen <nils@example.test>", "Climbing on Saturday?", "c1")));
        QVERIFY(news.wait(15000));
        QCOMPARE(news.size(), 1);
        Announcement a = at(news, 0);
        QCOMPARE(a.accountId, f.accountId);
        QCOMPARE(a.count, 1);
        QCOMPARE(a.from, QStringLiteral("Nils Jensen"));
        QCOMPARE(a.subject, QStringLiteral("Climbing on Saturday?"));

        // Encoded words come out decoded.
        QVERIFY(m_server.deliver(f.user, message("=?UTF-8?Q?L=C3=A9a?= Dubois <lea@example.fr>",
                                                 "=?UTF-8?Q?R=C3=A9union_de_rentr=C3=A9e?=", "r1")));
        QTRY_COMPARE_WITH_TIMEOUT(news.size(), 2, 15000);
        a = at(news, 1);
        QCOMPARE(a.count, 1);
        QCOMPARE(a.from, QStringLiteral("Léa Dubois"));
        QCOMPARE(a.subject, QStringLiteral("Réunion de rentrée"));

        // Two deliveries: two messages announced (in one or two announcements), the newest last.
        QVERIFY(m_server.deliver(f.user, message("Ben Okafor <ben@example.org>", "First of two", "t1")));
        QVERIFY(m_server.deliver(f.user, message("Ben Okafor <ben@example.org>", "Second of two", "t2")));
        QTRY_VERIFY_WITH_TIMEOUT(countFrom(news, 2) >= 2, 15000);
        QCOMPARE(countFrom(news, 2), 2);
        QCOMPARE(at(news, news.size() - 1).subject, QStringLiteral("Second of two"));
        const qsizetype before = news.size();

        // What the user does himself is not news: a message moved into the Inbox (old date), the
        // announced one moved out and back in, read mail, and mail from his own address.
        protocols::Connection other(f.endpoint, password);
        protocols::AppendMessageJob append("INBOX");
        append.setAutoDelete(false);
        append.addMessage(message("Old Friend <old@example.test>", "From the archive", "o1"), {},
                          QDateTime::currentSecsSinceEpoch() - 40 * 86400);
        protocols::MessageFlags seen;
        seen.bits = protocols::FlagSeen;
        append.addMessage(message("Ben Okafor <ben@example.org>", "Already read elsewhere", "s1"), seen);
        VERIFY_OK(protocols::runJobAndWait(other, append));
        QVERIFY(m_server.deliver(f.user, message(f.address.toUtf8(), "Note to self", "n1")));
        bool ok = false;
        const QByteArray found = m_server.doveadm({QStringLiteral("search"), QStringLiteral("-u"), f.user,
                                                   QStringLiteral("mailbox"), QStringLiteral("INBOX"),
                                                   QStringLiteral("HEADER"), QStringLiteral("Message-ID"),
                                                   QStringLiteral("c1@example.test")}, &ok);
        QVERIFY(ok);
        const quint32 climbing = found.trimmed().split(' ').last().toUInt();
        QVERIFY(climbing > 0);
        protocols::MoveMessagesJob out("INBOX", {climbing}, "Archive");
        out.setAutoDelete(false);
        VERIFY_OK(protocols::runJobAndWait(other, out));
        QVERIFY(out.uidMapping().contains(climbing));
        protocols::MoveMessagesJob back("Archive", {out.uidMapping().value(climbing)}, "INBOX");
        back.setAutoDelete(false);
        VERIFY_OK(protocols::runJobAndWait(other, back));

        // Then a real delivery: it alone is announced.
        QVERIFY(m_server.deliver(f.user, message("Nils Jensen <nils@example.test>", "Rope or shoes?", "c2")));
        QTRY_VERIFY_WITH_TIMEOUT(countFrom(news, before) >= 1, 15000);
        QTest::qWait(500); // a late announcement of the others would come now
        QCOMPARE(countFrom(news, before), 1);
        QCOMPARE(at(news, news.size() - 1).subject, QStringLiteral("Rope or shoes?"));

        // Stopped: nothing more.
        watcher.stop();
        QVERIFY(!watcher.isWatching(f.accountId));
        const qsizetype stopped = news.size();
        QVERIFY(m_server.deliver(f.user, message("Nils Jensen <nils@example.test>", "Are you there?", "c3")));
        QTest::qWait(1500);
        QCOMPARE(news.size(), stopped);
    }

    // Without a connection of its own (no password in the keychain): STATUS polling on the
    // session's connection.
    void pollsWithStatusWithoutItsOwnConnection()
    {
        Fixture f = fixture(QStringLiteral("poll"));
        NewMailWatcher watcher(*f.session);
        watcher.setConnectionFactory([](const models::Account &, NewMailWatcher::ConnectionReady ready) {
            ready(nullptr, protocols::Error(protocols::ErrorKind::Auth, QStringLiteral("No password is saved.")));
        });
        watcher.setPollInterval(300);
        QSignalSpy watching(&watcher, &NewMailWatcher::watching);
        QSignalSpy news(&watcher, &NewMailWatcher::newMail);
        watcher.start();
        QVERIFY(watching.wait(15000));
        bool own = true;
        QVERIFY(watcher.isWatching(f.accountId, &own));
        QVERIFY(!own);
        QTest::qWait(700); // two polls with nothing new
        QCOMPARE(news.size(), 0);
        QVERIFY(m_server.deliver(f.user, message("Nils Jensen <nils@example.test>", "Polled news", "p1")));
        QVERIFY(news.wait(15000));
        QCOMPARE(at(news, 0).count, 1);
        QCOMPARE(at(news, 0).subject, QStringLiteral("Polled news"));
        QCOMPARE(at(news, 0).from, QStringLiteral("Nils Jensen"));
    }

    // The default connection factory reads the password from the keychain.
    void defaultFactoryUsesTheKeychain()
    {
        Fixture f = fixture(QStringLiteral("keychain"));
        const auto written = models::PasswordStore::writeAndWait(models::Account::passwordKey(f.endpoint),
                                                                 test::TestServer::passwordFor(f.user));
        QVERIFY2(written.ok, qPrintable(QStringLiteral("The system keychain is needed (scripts/test.sh runs an "
                                                       "unlocked gnome-keyring; see TESTING.md): ")
                                        + written.error));
        NewMailWatcher watcher(*f.session);
        QSignalSpy watching(&watcher, &NewMailWatcher::watching);
        QSignalSpy news(&watcher, &NewMailWatcher::newMail);
        watcher.start();
        QVERIFY(watching.wait(15000));
        bool own = false;
        QVERIFY(watcher.isWatching(f.accountId, &own));
        QVERIFY(own);
        QVERIFY(m_server.deliver(f.user, message("Nils Jensen <nils@example.test>", "Through the keychain", "k1")));
        QVERIFY(news.wait(15000));
        QCOMPARE(at(news, 0).subject, QStringLiteral("Through the keychain"));
        (void)models::PasswordStore::removeAndWait(models::Account::passwordKey(f.endpoint));
    }

    void reportNewMailIsAnnounced()
    {
        Fixture f = fixture(QStringLiteral("report"), false);
        NewMailWatcher watcher(*f.session);
        QSignalSpy news(&watcher, &NewMailWatcher::newMail);
        watcher.reportNewMail(QStringLiteral("pop-account"), 3, QStringLiteral("Ben"), QStringLiteral("Hello"));
        watcher.reportNewMail(QStringLiteral("pop-account"), 0, QString(), QString());
        QCOMPARE(news.size(), 1);
        const Announcement a = at(news, 0);
        QCOMPARE(a.accountId, QStringLiteral("pop-account"));
        QCOMPARE(a.count, 3);
        QCOMPARE(a.from, QStringLiteral("Ben"));
        QCOMPARE(a.subject, QStringLiteral("Hello"));
    }

private:
    struct Fixture {
        QString user;
        QString address;
        QString accountId;
        protocols::ServerEndpoint endpoint;
        std::unique_ptr<models::MailSession> session;
    };

    Fixture fixture(const QString &prefix, bool withMail = true)
    {
        Fixture f;
        f.user = m_server.addUser(prefix);
        if (f.user.isEmpty())
            return f;
        f.address = f.user + QStringLiteral("@postier.test");
        if (withMail) {
            // Mail that is already there when the watcher starts, and a folder to move to.
            (void)m_server.deliver(f.user, message("Early Bird <early@example.test>", "Already here", "e1"));
            (void)m_server.deliver(f.user, message("Early Bird <early@example.test>", "Also here", "e2"));
            (void)m_server.doveadm({QStringLiteral("mailbox"), QStringLiteral("create"), QStringLiteral("-u"), f.user,
                                    QStringLiteral("Archive")});
        }
        const QString dir = m_dir.filePath(f.user);
        f.session = std::make_unique<models::MailSession>(dir + QStringLiteral("/cache.sqlite"),
                                                          dir + QStringLiteral("/settings.ini"));
        QString error;
        if (!f.session->open(&error))
            qWarning("%s", qPrintable(error));
        models::Account account;
        account.name = QStringLiteral("Work");
        account.address = f.address;
        account.incoming = m_server.endpoint(protocols::Protocol::Imap, protocols::Security::Tls, f.user);
        f.endpoint = account.incoming;
        (void)f.session->accountStore().save(account, &error);
        f.session->reloadAccounts();
        if (!f.session->accounts().isEmpty())
            f.accountId = f.session->accounts().first().id;
        f.session->providePassword(f.accountId, test::TestServer::passwordFor(f.user), false);
        return f;
    }

    static int countFrom(const QSignalSpy &spy, qsizetype first)
    {
        int total = 0;
        for (qsizetype i = first; i < spy.size(); ++i)
            total += at(spy, i).count;
        return total;
    }

    test::TestServer m_server;
    QTemporaryDir m_dir;
};

QTEST_MAIN(TestNewMailWatcher)
#include "tst_newmailwatcher.moc"
