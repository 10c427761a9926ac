// QuotaJob's parsing of GETQUOTAROOT answers (RFC 2087/9208): root names as atoms, quoted
// strings and literals, several resources, unlimited roots, and malformed lines. The job against
// a real server (dovecot's quota plugin) is covered by tests/integration/tst_migrationwizard.cpp.

#include "protocols/imap/QuotaJob.h"

#include <QTest>

using postier::protocols::QuotaJob;
using postier::protocols::QuotaRoot;

class TestQuotaJob : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void quotaWithStorageAndMessages()
    {
        QuotaRoot root;
        QVERIFY(QuotaJob::parseQuota("* QUOTA \"User quota\" (STORAGE 10 1024 MESSAGE 5 1000)\r\n", &root));
        QCOMPARE(root.name, QStringLiteral("User quota"));
        QCOMPARE(root.resources.size(), 2);
        QCOMPARE(root.resources[0].name, QByteArray("STORAGE"));
        QCOMPARE(root.resources[0].usage, 10);
        QCOMPARE(root.resources[0].limit, 1024);
        QCOMPARE(root.resources[1].name, QByteArray("MESSAGE"));
        QCOMPARE(root.resources[1].limit, 1000);
    }

    void quotaRootNameForms()
    {
        QuotaRoot root;
        QVERIFY(QuotaJob::parseQuota("* QUOTA \"\" (storage 1 2)\r\n", &root));
        QCOMPARE(root.name, QString());
        QCOMPARE(root.resources.first().name, QByteArray("STORAGE")); // upper-cased
        QVERIFY(QuotaJob::parseQuota("* QUOTA user.anna (STORAGE 3 4)\r\n", &root));
        QCOMPARE(root.name, QStringLiteral("user.anna"));
        QVERIFY(QuotaJob::parseQuota("* QUOTA {4}\r\nq\"(x (STORAGE 5 6)\r\n", &root));
        QCOMPARE(root.name, QStringLiteral("q\"(x"));
        QCOMPARE(root.resources.first().usage, 5);
        QVERIFY(QuotaJob::parseQuota("* QUOTA \"a \\\"b\\\"\" (STORAGE 7 8)\r\n", &root));
        QCOMPARE(root.name, QStringLiteral("a \"b\""));
    }

    void unlimitedRootHasNoResources()
    {
        QuotaRoot root;
        QVERIFY(QuotaJob::parseQuota("* QUOTA \"User quota\" ()\r\n", &root));
        QVERIFY(root.resources.isEmpty());
    }

    void malformedIsRejected()
    {
        QuotaRoot root;
        QVERIFY(!QuotaJob::parseQuota("* QUOTAROOT INBOX \"User quota\"\r\n", &root));
        QVERIFY(!QuotaJob::parseQuota("* QUOTA \"x\" (STORAGE 10)\r\n", &root));
        QVERIFY(!QuotaJob::parseQuota("* QUOTA \"x\" (STORAGE ten 20)\r\n", &root));
        QVERIFY(!QuotaJob::parseQuota("* QUOTA \"x\" STORAGE 1 2\r\n", &root));
        QVERIFY(!QuotaJob::parseQuota("* QUOTA \"unterminated (STORAGE 1 2)\r\n", &root));
        QVERIFY(!QuotaJob::parseQuota("* QUOTA {99}\r\nshort\r\n", &root));
        QVERIFY(!QuotaJob::parseQuota("* 3 EXISTS\r\n", &root));
    }

    void quotaRoot()
    {
        QStringList roots;
        QVERIFY(QuotaJob::parseQuotaRoot("* QUOTAROOT INBOX \"User quota\" \"Domain\"\r\n", &roots));
        QCOMPARE(roots, (QStringList{QStringLiteral("User quota"), QStringLiteral("Domain")}));
        QVERIFY(QuotaJob::parseQuotaRoot("* QUOTAROOT INBOX\r\n", &roots));
        QVERIFY(roots.isEmpty());
        QVERIFY(!QuotaJob::parseQuotaRoot("* QUOTA \"\" ()\r\n", &roots));
    }
};

QTEST_GUILESS_MAIN(TestQuotaJob)
#include "tst_quotajob.moc"
