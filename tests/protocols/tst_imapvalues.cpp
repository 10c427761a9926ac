// Unit tests of protocols/imap/ImapParserValues.cpp: INTERNALDATE parsing and formatting (with a
// randomized round trip across time zones), modified UTF-7 mailbox names (strict both ways, and
// tolerant decoding of what broken servers send), quoted strings and uid sets. Responses are in
// tst_imapparser.cpp, FETCH in tst_imapfetchparser.cpp.

#include "protocols/imap/ImapParser.h"
#include "tests/support/ImapParserTestData.h"

#include <QRandomGenerator>
#include <QTest>

using namespace postier::protocols;
using namespace postier::protocols::imap;
using namespace postier::test;

class TestImapValues : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parseInternalDate_data();
    void parseInternalDate();
    void formatInternalDate_data();
    void formatInternalDate();
    void internalDateRoundTrip();

    void mailboxName_data();
    void mailboxName();
    void decodeMailboxNameTolerant_data();
    void decodeMailboxNameTolerant();
    void quoteString_data();
    void quoteString();
    void uidSet_data();
    void uidSet();
};

void TestImapValues::parseInternalDate_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<qint64>("expected");
    QTest::newRow("rfc3501") << QByteArray("17-Jul-1996 02:44:25 -0700") << qint64(837596665);
    QTest::newRow("utc") << QByteArray("17-Jul-1996 09:44:25 +0000") << qint64(837596665);
    QTest::newRow("space padded day") << QByteArray(" 3-Feb-2020 09:00:00 +0000") << qint64(1580720400);
    QTest::newRow("unpadded day") << QByteArray("3-Feb-2020 10:00:00 +0100") << qint64(1580720400);
    QTest::newRow("zero padded day") << QByteArray("03-feb-2020 04:30:00 -0430") << qint64(1580720400);
    QTest::newRow("quoted") << QByteArray("\"03-Feb-2020 09:00:00 +0000\"") << qint64(1580720400);
    QTest::newRow("leap day") << QByteArray("29-Feb-2000 12:00:00 +0000") << qint64(951825600);
    QTest::newRow("before epoch") << QByteArray("31-Dec-1969 23:59:58 +0000") << qint64(-2);
    QTest::newRow("1900") << QByteArray("01-Jan-1900 00:00:00 +0000") << qint64(-2208988800LL);
    QTest::newRow("offset crosses year") << QByteArray("01-Jan-2021 01:00:00 +1400") << qint64(1609412400);
    QTest::newRow("bad month") << QByteArray("17-Jux-1996 02:44:25 -0700") << qint64(-1);
    QTest::newRow("30 february") << QByteArray("30-Feb-2020 02:44:25 -0700") << qint64(-1);
    QTest::newRow("29 february 1900") << QByteArray("29-Feb-1900 02:44:25 -0700") << qint64(-1);
    QTest::newRow("hour 24") << QByteArray("17-Jul-1996 24:44:25 -0700") << qint64(-1);
    QTest::newRow("no zone") << QByteArray("17-Jul-1996 02:44:25") << qint64(-1);
    QTest::newRow("bad zone") << QByteArray("17-Jul-1996 02:44:25 *0700") << qint64(-1);
    QTest::newRow("zone minutes") << QByteArray("17-Jul-1996 02:44:25 -0760") << qint64(-1);
    QTest::newRow("empty") << QByteArray() << qint64(-1);
    QTest::newRow("rfc822 date") << QByteArray("Wed, 17 Jul 1996 02:23:25 -0700") << qint64(-1);
}

void TestImapValues::parseInternalDate()
{
    QFETCH(QByteArray, text);
    QTEST(imap::parseInternalDate(sv(text)), "expected");
}

void TestImapValues::formatInternalDate_data()
{
    QTest::addColumn<qint64>("seconds");
    QTest::addColumn<QByteArray>("expected");
    QTest::newRow("rfc3501") << qint64(837596665) << QByteArray("17-Jul-1996 09:44:25 +0000");
    QTest::newRow("one digit day") << qint64(1580720400) << QByteArray(" 3-Feb-2020 09:00:00 +0000");
    QTest::newRow("epoch") << qint64(0) << QByteArray(" 1-Jan-1970 00:00:00 +0000");
    QTest::newRow("before epoch") << qint64(-1) << QByteArray("31-Dec-1969 23:59:59 +0000");
    QTest::newRow("leap day") << qint64(951825600) << QByteArray("29-Feb-2000 12:00:00 +0000");
    QTest::newRow("1900") << qint64(-2208988800LL) << QByteArray(" 1-Jan-1900 00:00:00 +0000");
    QTest::newRow("year 10000") << qint64(253402300800LL) << QByteArray();
}

void TestImapValues::formatInternalDate()
{
    QFETCH(qint64, seconds);
    QTEST(imap::formatInternalDate(seconds), "expected");
}

void TestImapValues::internalDateRoundTrip()
{
    // Every formatted date parses back, and any offset means the same instant.
    QRandomGenerator rng(4711);
    const char *zones[] = {"+0000", "-0700", "+0530", "-1200", "+1400", "+0045"};
    const int offsets[] = {0, -7 * 3600, 5 * 3600 + 1800, -12 * 3600, 14 * 3600, 45 * 60};
    for (int i = 0; i < 20000; ++i) {
        const qint64 t = qint64(rng.bounded(8000000000LL)) - 3000000000LL;
        const QByteArray text = imap::formatInternalDate(t);
        QCOMPARE(text.size(), 26);
        QCOMPARE(imap::parseInternalDate(sv(text)), t);
        // The same instant expressed in another zone, built by hand.
        const int z = i % 6;
        QByteArray local = imap::formatInternalDate(t + offsets[z]);
        local.replace(21, 5, zones[z]);
        QCOMPARE(imap::parseInternalDate(sv(local)), t);
    }
}

// ---------------------------------------------------------------------------------------------

void TestImapValues::mailboxName_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QByteArray>("encoded");
    QTest::newRow("ascii") << QStringLiteral("INBOX/Sent Items") << QByteArray("INBOX/Sent Items");
    QTest::newRow("umlaut") << QStringLiteral("Entw\u00fcrfe") << QByteArray("Entw&APw-rfe");
    QTest::newRow("japanese") << QStringLiteral("\u65e5\u672c\u8a9e") << QByteArray("&ZeVnLIqe-");
    QTest::newRow("ampersand") << QStringLiteral("&") << QByteArray("&-");
    QTest::newRow("ampersands") << QStringLiteral("A&B&&") << QByteArray("A&-B&-&-");
    QTest::newRow("rfc3501 example") << QStringLiteral("~peter/mail/\u53f0\u5317/\u65e5\u672c\u8a9e")
                                     << QByteArray("~peter/mail/&U,BTFw-/&ZeVnLIqe-");
    QTest::newRow("surrogate pair") << QString::fromUtf8("\xf0\x9f\x98\x80") << QByteArray("&2D3eAA-");
    QTest::newRow("mixed runs") << QString::fromUtf8("a\xc3\xbc\xc3\xbc-b\xf0\x9f\x98\x80&")
                                << QByteArray("a&APwA,A--b&2D3eAA-&-");
    QTest::newRow("control char") << QStringLiteral("a\tb") << QByteArray("a&AAk-b");
    QTest::newRow("empty") << QString() << QByteArray();
}

void TestImapValues::mailboxName()
{
    QFETCH(QString, name);
    QFETCH(QByteArray, encoded);
    QCOMPARE(imap::encodeMailboxName(name), encoded);
    QCOMPARE(imap::decodeMailboxName(encoded), name);
}

void TestImapValues::decodeMailboxNameTolerant_data()
{
    QTest::addColumn<QByteArray>("raw");
    QTest::addColumn<QString>("expected");
    QTest::newRow("raw utf-8 from a non-compliant server") << QByteArray("Entw\xc3\xbcrfe") << QStringLiteral("Entw\u00fcrfe");
    QTest::newRow("unterminated shift") << QByteArray("a&APw") << QStringLiteral("a&APw");
    QTest::newRow("bad base64") << QByteArray("a&A*w-") << QStringLiteral("a&A*w-");
    QTest::newRow("dangling bits") << QByteArray("&APx-") << QStringLiteral("&APx-");
    QTest::newRow("too short") << QByteArray("&AP-") << QStringLiteral("&AP-");
}

void TestImapValues::decodeMailboxNameTolerant()
{
    QFETCH(QByteArray, raw);
    QTEST(imap::decodeMailboxName(raw), "expected");
}

void TestImapValues::quoteString_data()
{
    QTest::addColumn<QByteArray>("value");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<QByteArray>("quoted");
    QTest::newRow("plain") << QByteArray("INBOX") << true << QByteArray("\"INBOX\"");
    QTest::newRow("empty") << QByteArray("") << true << QByteArray("\"\"");
    QTest::newRow("escapes") << QByteArray("a\"b\\c") << true << QByteArray("\"a\\\"b\\\\c\"");
    QTest::newRow("cr") << QByteArray("a\rb") << false << QByteArray();
    QTest::newRow("lf") << QByteArray("a\nb") << false << QByteArray();
    QTest::newRow("nul") << QByteArray("a\0b", 3) << false << QByteArray();
    QTest::newRow("8-bit") << QByteArray("\xc3\xbc") << false << QByteArray();
}

void TestImapValues::quoteString()
{
    QFETCH(QByteArray, value);
    QFETCH(bool, ok);
    QByteArray quoted;
    QCOMPARE(imap::quoteString(value, &quoted), ok);
    if (ok)
        QTEST(quoted, "quoted");
}

void TestImapValues::uidSet_data()
{
    QTest::addColumn<QList<quint32>>("uids");
    QTest::addColumn<QByteArray>("expected");
    QTest::newRow("empty") << QList<quint32>{} << QByteArray();
    QTest::newRow("one") << QList<quint32>{7} << QByteArray("7");
    QTest::newRow("ranges") << QList<quint32>{1, 2, 3, 5, 7, 8, 9} << QByteArray("1:3,5,7:9");
    QTest::newRow("unsorted with duplicates") << QList<quint32>{9, 3, 1, 2, 8, 3, 5, 7, 1} << QByteArray("1:3,5,7:9");
    QTest::newRow("zero dropped, max kept") << QList<quint32>{0, 4294967295u, 4294967294u}
                                            << QByteArray("4294967294:4294967295");
}

void TestImapValues::uidSet()
{
    QFETCH(QList<quint32>, uids);
    QTEST(imap::uidSet(uids), "expected");
}

QTEST_APPLESS_MAIN(TestImapValues)

#include "tst_imapvalues.moc"
