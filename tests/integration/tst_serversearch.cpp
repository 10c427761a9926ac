// ServerSearch against the real dovecot of the CTest fixture: the cache holds only the newest
// screenful of a folder (a cold sync stopped after its first screen, as when the user searches
// while a large folder is still being read), and a search on the server must find the older
// messages, bring their headers into the cache, and agree with what dovecot itself finds
// (doveadm search). Failures (a missing folder, a cancel, a POP3 account) come back as sentences.

#include "models/accounts/AccountStore.h"
#include "models/cache/HeaderCache.h"
#include "models/search/ServerSearch.h"
#include "models/session/JobModel.h"
#include "models/session/MailSession.h"
#include "models/sync/FolderSynchronizer.h"
#include "tests/support/TestServer.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

using namespace postier;
using models::ServerSearch;

namespace {

QByteArray marker(const QByteArray &subject, const QByteArray &body, const QByteArray &id)
{
    return "From: Archive Keeper <keeper@example.test>\r\nTo: someone@postier.test\r\nSubject: " + subject
        + "\r\nDate: Mon, 03 Jan 2022 09:00:00 +0100\r\nMessage-ID: <" + id
        + "@example.test>\r\nMIME-Version: 1.0\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n" + body + "\r\n";
}

} // namespace

class TestServerSearch : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        m_server = test::TestServer::fromEnvironment();
        QVERIFY2(m_server.isValid(), qPrintable(m_server.reason()));
        QVERIFY(m_dir.isValid());
        m_user = m_server.addUser(QStringLiteral("search"));
        QVERIFY(!m_user.isEmpty());
        // Two old messages first (the lowest UIDs), then a few hundred newer ones above them.
        QVERIFY(m_server.deliver(m_user, marker("Quarterly zanzibar figures", "Numbers attached.", "m1")));
        QVERIFY(m_server.deliver(m_user, marker("Old notes", "The xylophone-42 plan, as agreed.", "m2")));
        QVERIFY(m_server.seed(m_user, QStringLiteral("INBOX"), 300, 7));

        m_session = std::make_unique<models::MailSession>(m_dir.filePath(QStringLiteral("cache.sqlite")),
                                                          m_dir.filePath(QStringLiteral("settings.ini")));
        QString error;
        QVERIFY2(m_session->open(&error), qPrintable(error));
        models::Account account;
        account.name = QStringLiteral("Work");
        account.address = m_user + QStringLiteral("@postier.test");
        account.incoming = m_server.endpoint(protocols::Protocol::Imap, protocols::Security::Tls, m_user);
        QVERIFY2(m_session->accountStore().save(account, &error), qPrintable(error));
        models::Account pop = account;
        pop.id.clear();
        pop.name = QStringLiteral("Home");
        pop.incoming = m_server.endpoint(protocols::Protocol::Pop3, protocols::Security::Tls, m_user);
        // Only there to be refused a server search: it must not fetch (and so index, or even
        // delete) the same user's mail while the IMAP account's tests run.
        pop.pop3.checkIntervalMinutes = 0;
        QVERIFY2(m_session->accountStore().save(pop, &error), qPrintable(error));
        m_session->reloadAccounts();
        for (const models::Account &a : m_session->accounts()) {
            m_session->providePassword(a.id, test::TestServer::passwordFor(m_user), false);
            (a.incoming.protocol == protocols::Protocol::Imap ? m_accountId : m_popAccountId) = a.id;
        }
        QVERIFY(!m_accountId.isEmpty() && !m_popAccountId.isEmpty());

        // A cold sync that stops after its first screen: the newest 200 are cached, the rest not.
        models::Account imap;
        QVERIFY(m_session->account(m_accountId, &imap));
        m_accountKey = models::Account::passwordKey(imap.incoming);
        bool stored = false;
        m_session->withIncoming(m_accountId, [&](protocols::Connection *connection, const protocols::Error &e) {
            QVERIFY2(connection, qPrintable(e.sentence()));
            auto *sync = new models::FolderSynchronizer(*connection, m_session->cache(), m_accountKey, this);
            connect(sync, &models::FolderSynchronizer::firstScreenStored, sync, [sync, &stored] {
                stored = true;
                sync->cancel();
            });
            connect(sync, &models::FolderSynchronizer::finished, sync, &QObject::deleteLater);
            sync->start("INBOX");
        });
        QTRY_VERIFY_WITH_TIMEOUT(stored, 30000);
        QTest::qWait(200); // let the cancelled older half settle (it stores nothing)
        protocols::FolderInfo info;
        info.rawName = "INBOX";
        info.path = QStringLiteral("INBOX");
        m_folderId = m_session->cache().folderId(m_accountKey, info);
        QVERIFY(m_folderId > 0);
        const QVector<quint32> cached = m_session->cache().uids(m_folderId);
        QCOMPARE(cached.size(), 200);
        QCOMPARE(cached.first(), 103u); // 302 messages, the newest 200 cached
        QVERIFY(m_session->cache().search(QStringLiteral("zanzibar"), 10).isEmpty());
    }

    void rangesSplitAtTheWidestGaps()
    {
        using R = QVector<QPair<quint32, quint32>>;
        QCOMPARE(ServerSearch::uidRanges({}, 4), R());
        QCOMPARE(ServerSearch::uidRanges({7}, 4), (R{{7, 7}}));
        QCOMPARE(ServerSearch::uidRanges({1, 2, 3, 10, 11, 50}, 16), (R{{1, 3}, {10, 11}, {50, 50}}));
        QCOMPARE(ServerSearch::uidRanges({1, 2, 3, 10, 11, 50}, 2), (R{{1, 11}, {50, 50}}));
        QCOMPARE(ServerSearch::uidRanges({1, 5, 6, 100, 103}, 3), (R{{1, 1}, {5, 6}, {100, 103}}));
        QCOMPARE(ServerSearch::uidRanges({1, 5, 6, 100, 103}, 2), (R{{1, 6}, {100, 103}}));
        QCOMPARE(ServerSearch::uidRanges({1, 5, 6, 100, 103}, 1), (R{{1, 103}}));
        QCOMPARE(ServerSearch::queryTerms(QStringLiteral("  zanzibar \"quarterly  figures\" x ")),
                 (QStringList{QStringLiteral("zanzibar"), QStringLiteral("quarterly  figures"), QStringLiteral("x")}));
        QVERIFY(ServerSearch::queryTerms(QStringLiteral(" \"\" ")).isEmpty());
    }

    // The old message is found on the server, fetched into the cache, and then found locally too.
    void findsWhatIsNotCached()
    {
        const ServerSearch::Result r = search(QStringLiteral("zanzibar"));
        QVERIFY2(r.error.isOk(), qPrintable(r.error.sentence()));
        QCOMPARE(r.uids, QVector<quint32>{1});
        QCOMPARE(r.fetched, QVector<quint32>{1});
        QCOMPARE(r.folderId, m_folderId);
        const auto header = m_session->cache().header(m_folderId, 1);
        QVERIFY(header.has_value());
        QCOMPARE(header->subject, QByteArray("Quarterly zanzibar figures"));
        QVERIFY(header->from.contains("keeper@example.test"));
        QVERIFY(header->internalDate > 0);
        const auto local = m_session->cache().search(QStringLiteral("zanzibar"), 10);
        QCOMPARE(local.size(), 1);
        QCOMPARE(local.first().second, 1u);
        // Only the match came in: the messages around it are still not cached.
        QVERIFY(!m_session->cache().header(m_folderId, 2).has_value());

        // Found again: nothing left to fetch.
        const ServerSearch::Result again = search(QStringLiteral("ZANZIBAR"));
        QCOMPARE(again.uids, QVector<quint32>{1});
        QVERIFY(again.fetched.isEmpty());
    }

    // Text only the server has: the body of an uncached message; several terms all must match.
    void bodyTextAndSeveralTerms()
    {
        QCOMPARE(search(QStringLiteral("xylophone-42")).uids, QVector<quint32>{2});
        QVERIFY(m_session->cache().header(m_folderId, 2).has_value());
        QCOMPARE(search(QStringLiteral("zanzibar quarterly")).uids, QVector<quint32>{1});
        QCOMPARE(search(QStringLiteral("\"quarterly zanzibar\"")).uids, QVector<quint32>{1});
        const ServerSearch::Result none = search(QStringLiteral("zanzibar xylophone"));
        QVERIFY(none.error.isOk());
        QVERIFY(none.uids.isEmpty());
    }

    // A word in every seeded body: the server's answer equals doveadm's, and every missing header
    // is fetched (about a hundred, over a few ranges), the progress being listed in the job model.
    void agreesWithDovecotAndFillsTheGaps()
    {
        bool ok = false;
        const QByteArray out = m_server.doveadm({QStringLiteral("search"), QStringLiteral("-u"), m_user,
                                                 QStringLiteral("mailbox"), QStringLiteral("INBOX"),
                                                 QStringLiteral("TEXT"), QStringLiteral("regards")}, &ok);
        QVERIFY(ok);
        QVector<quint32> expected;
        for (const QByteArray &line : out.split('\n')) {
            if (!line.trimmed().isEmpty())
                expected << line.trimmed().split(' ').last().toUInt();
        }
        std::sort(expected.begin(), expected.end());
        QVERIFY(expected.size() >= 250);
        const QVector<quint32> before = m_session->cache().uids(m_folderId);

        QStringList described;
        auto watch = connect(&m_session->jobs(), &QAbstractItemModel::rowsInserted, this,
                             [&](const QModelIndex &, int first, int last) {
                                 for (int row = first; row <= last; ++row)
                                     described << m_session->jobs().index(row).data(models::JobModel::DescriptionRole).toString();
                             });
        const ServerSearch::Result r = search(QStringLiteral("regards"));
        disconnect(watch);
        QVERIFY2(r.error.isOk(), qPrintable(r.error.sentence()));
        QCOMPARE(r.uids, expected);
        QVector<quint32> missing;
        std::set_difference(expected.begin(), expected.end(), before.begin(), before.end(), std::back_inserter(missing));
        QVERIFY(missing.size() > 50);
        QCOMPARE(r.fetched, missing);
        const QVector<quint32> after = m_session->cache().uids(m_folderId);
        for (const quint32 uid : expected)
            QVERIFY2(std::binary_search(after.begin(), after.end(), uid), qPrintable(QString::number(uid)));
        QVERIFY(described.contains(QStringLiteral("Searching “INBOX”")));
        QVERIFY(described.count(QStringLiteral("Updating “INBOX”")) >= 1);
        QVERIFY(described.count(QStringLiteral("Updating “INBOX”")) <= ServerSearch::maxFetchRanges());
    }

    void serverRefusalIsASentence()
    {
        const ServerSearch::Result r = search(QStringLiteral("anything"), "Nonexistent");
        QVERIFY(!r.error.isOk());
        qInfo("%s", qPrintable(r.error.sentence()));
        QVERIFY(r.error.kind() != protocols::ErrorKind::Cancelled);
        QVERIFY2(r.error.sentence().contains(QStringLiteral("Nonexistent")), qPrintable(r.error.sentence()));
        QVERIFY2(r.error.sentence().endsWith(QLatin1Char('.')), qPrintable(r.error.sentence()));
        QVERIFY(r.uids.isEmpty());
    }

    void cancelAndReplace()
    {
        ServerSearch s(*m_session);
        QSignalSpy finished(&s, &ServerSearch::finished);
        s.start(m_accountId, "INBOX", QStringLiteral("regards"));
        QVERIFY(s.isRunning());
        s.cancel();
        QVERIFY(finished.wait(10000));
        const auto r = finished.first().first().value<ServerSearch::Result>();
        QCOMPARE(r.error.kind(), protocols::ErrorKind::Cancelled);
        QVERIFY(!s.isRunning());

        // A newer start() replaces the running search: only its result comes.
        finished.clear();
        s.start(m_accountId, "INBOX", QStringLiteral("regards"));
        s.start(m_accountId, "INBOX", QStringLiteral("zanzibar"));
        QVERIFY(finished.wait(10000));
        QTest::qWait(300);
        QCOMPARE(finished.size(), 1);
        QCOMPARE(finished.first().first().value<ServerSearch::Result>().uids, QVector<quint32>{1});
    }

    void nothingToSearchOnAPop3AccountOrWithoutWords()
    {
        const ServerSearch::Result pop = search(QStringLiteral("zanzibar"), "INBOX", m_popAccountId);
        QCOMPARE(pop.error.kind(), protocols::ErrorKind::Usage);
        QVERIFY2(pop.error.sentence().contains(QStringLiteral("Home")), qPrintable(pop.error.sentence()));
        const ServerSearch::Result empty = search(QStringLiteral("  \"\"  "));
        QCOMPARE(empty.error.kind(), protocols::ErrorKind::Usage);
        QVERIFY(!empty.error.sentence().isEmpty());
    }

private:
    ServerSearch::Result search(const QString &query, const QByteArray &folder = "INBOX", QString accountId = {})
    {
        ServerSearch s(*m_session);
        QSignalSpy finished(&s, &ServerSearch::finished);
        s.start(accountId.isEmpty() ? m_accountId : accountId, folder, query);
        if (!finished.wait(60000))
            return {protocols::Error(protocols::ErrorKind::Timeout, QStringLiteral("no answer in 60 s")), {}, {}, 0};
        return finished.first().first().value<ServerSearch::Result>();
    }

    test::TestServer m_server;
    QTemporaryDir m_dir;
    QString m_user;
    std::unique_ptr<models::MailSession> m_session;
    QString m_accountId;
    QString m_popAccountId;
    QString m_accountKey;
    qint64 m_folderId = 0;
};

QTEST_MAIN(TestServerSearch)
#include "tst_serversearch.moc"
