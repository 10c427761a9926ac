// Unit tests of protocols/imap/ImapParser.cpp: response kinds, tagged status and response codes,
// LIST, STATUS, SELECT data, CAPABILITY, SEARCH/ESEARCH, numbered responses, APPENDUID and COPYUID,
// the ResponseBuffer that cuts a byte stream into responses (literals included), and a fuzz run
// over every parser. FETCH and ENVELOPE are in tst_imapfetchparser.cpp; dates, mailbox names,
// quoting and uid sets in tst_imapvalues.cpp.

#include "protocols/imap/ImapParser.h"
#include "tests/support/ImapParserTestData.h"

#include <QRandomGenerator>
#include <QTest>

#include <cstring>
#include <memory>

using namespace postier::protocols;
using namespace postier::protocols::imap;
using namespace postier::test;

class TestImapParser : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void kindOf_data();
    void kindOf();
    void parseStatus_data();
    void parseStatus();

    void parseList_data();
    void parseList();
    void parseListDovecot();
    void parseStatusData_data();
    void parseStatusData();
    void applySelectDataDovecot();
    void applySelectData_data();
    void applySelectData();
    void parseCapabilities_data();
    void parseCapabilities();
    void parseSearch_data();
    void parseSearch();
    void parseNumbered_data();
    void parseNumbered();
    void parseAppendUid_data();
    void parseAppendUid();
    void parseCopyUid_data();
    void parseCopyUid();

    void responseBufferLines();
    void responseBufferLiterals_data();
    void responseBufferLiterals();
    void responseBufferChunking();
    void responseBufferBigLiteral();
    void responseBufferMarkerInsideLiteral();
    void responseBufferCompacts();

    void fuzz();
};

// ---------------------------------------------------------------------------------------------

void TestImapParser::kindOf_data()
{
    QTest::addColumn<QByteArray>("response");
    QTest::addColumn<int>("kind");
    QTest::newRow("untagged") << QByteArray("* 1 EXISTS\r\n") << int(ResponseKind::Untagged);
    QTest::newRow("continuation") << QByteArray("+ go ahead\r\n") << int(ResponseKind::Continuation);
    QTest::newRow("bare continuation") << QByteArray("+\r\n") << int(ResponseKind::Continuation);
    QTest::newRow("tagged") << QByteArray("A1 OK done\r\n") << int(ResponseKind::Tagged);
    QTest::newRow("tag starting with star-ish") << QByteArray("*A OK x\r\n") << int(ResponseKind::Tagged);
    QTest::newRow("empty") << QByteArray() << int(ResponseKind::Tagged);
}

void TestImapParser::kindOf()
{
    QFETCH(QByteArray, response);
    QFETCH(int, kind);
    QCOMPARE(int(imap::kindOf(sv(response))), kind);
}

void TestImapParser::parseStatus_data()
{
    QTest::addColumn<QByteArray>("response");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<QByteArray>("tag");
    QTest::addColumn<QByteArray>("status");
    QTest::addColumn<QByteArray>("code");
    QTest::addColumn<QByteArray>("text");

    QTest::newRow("tagged ok") << QByteArray("A1 OK LOGIN completed\r\n") << true << QByteArray("A1")
                               << QByteArray("OK") << QByteArray() << QByteArray("LOGIN completed");
    QTest::newRow("code") << QByteArray("A2 OK [APPENDUID 38505 3955] APPEND completed\r\n") << true
                          << QByteArray("A2") << QByteArray("OK") << QByteArray("APPENDUID 38505 3955")
                          << QByteArray("APPEND completed");
    QTest::newRow("nested code") << QByteArray("A3 NO [BADCHARSET (UTF-8)] unsupported\r\n") << true
                                 << QByteArray("A3") << QByteArray("NO") << QByteArray("BADCHARSET (UTF-8)")
                                 << QByteArray("unsupported");
    QTest::newRow("brackets in code") << QByteArray("* NO [REFERRAL imap://[::1]/INBOX] go there\r\n")
                                      << true << QByteArray() << QByteArray("NO")
                                      << QByteArray("REFERRAL imap://[::1]/INBOX") << QByteArray("go there");
    QTest::newRow("permanentflags")
        << QByteArray("* OK [PERMANENTFLAGS (\\Answered \\Flagged \\Deleted \\Seen \\Draft \\*)] Flags permitted.\r\n")
        << true << QByteArray() << QByteArray("OK")
        << QByteArray("PERMANENTFLAGS (\\Answered \\Flagged \\Deleted \\Seen \\Draft \\*)")
        << QByteArray("Flags permitted.");
    QTest::newRow("lower case, no text") << QByteArray("a4 bad\r\n") << true << QByteArray("a4")
                                         << QByteArray("BAD") << QByteArray() << QByteArray();
    QTest::newRow("code only") << QByteArray("A5 OK [READ-WRITE]\r\n") << true << QByteArray("A5")
                               << QByteArray("OK") << QByteArray("READ-WRITE") << QByteArray();
    QTest::newRow("bye") << QByteArray("* BYE [UNAVAILABLE] shutting down\r\n") << true << QByteArray()
                         << QByteArray("BYE") << QByteArray("UNAVAILABLE") << QByteArray("shutting down");
    QTest::newRow("preauth no crlf") << QByteArray("* PREAUTH hi") << true << QByteArray()
                                     << QByteArray("PREAUTH") << QByteArray() << QByteArray("hi");
    QTest::newRow("unclosed code is text") << QByteArray("A6 NO [ALERT oops\r\n") << true << QByteArray("A6")
                                           << QByteArray("NO") << QByteArray() << QByteArray("[ALERT oops");
    QTest::newRow("quoted bracket in code")
        << QByteArray("A7 OK [METADATA \"]\"] x\r\n") << true << QByteArray("A7") << QByteArray("OK")
        << QByteArray("METADATA \"]\"") << QByteArray("x");
    QTest::newRow("dovecot clientbug")
        << QByteArray("OMDM13 OK [CLIENTBUG] Status on selected mailbox completed (0.001 + 0.000 secs).\r\n")
        << true << QByteArray("OMDM13") << QByteArray("OK") << QByteArray("CLIENTBUG")
        << QByteArray("Status on selected mailbox completed (0.001 + 0.000 secs).");
    QTest::newRow("exists") << QByteArray("* 3 EXISTS\r\n") << false << QByteArray() << QByteArray()
                            << QByteArray() << QByteArray();
    QTest::newRow("continuation") << QByteArray("+ OK\r\n") << false << QByteArray() << QByteArray()
                                  << QByteArray() << QByteArray();
    QTest::newRow("okay is not ok") << QByteArray("A1 OKAY\r\n") << false << QByteArray() << QByteArray()
                                    << QByteArray() << QByteArray();
    QTest::newRow("empty") << QByteArray() << false << QByteArray() << QByteArray() << QByteArray()
                           << QByteArray();
}

void TestImapParser::parseStatus()
{
    QFETCH(QByteArray, response);
    QFETCH(bool, ok);
    StatusResponse r;
    QCOMPARE(imap::parseStatus(sv(response), &r), ok);
    if (!ok)
        return;
    QTEST(r.tag, "tag");
    QTEST(r.status, "status");
    QTEST(r.code, "code");
    QTEST(r.text, "text");
    QCOMPARE(r.isOk(), r.status == "OK");
}

// ---------------------------------------------------------------------------------------------

void TestImapParser::parseList_data()
{
    QTest::addColumn<QByteArray>("response");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<QByteArray>("rawName");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("separator");
    QTest::addColumn<int>("attributes");
    QTest::addColumn<int>("specialUse");

    const QString slash = QStringLiteral("/");
    QTest::newRow("sent") << QByteArray("* LIST (\\HasNoChildren \\Subscribed \\Sent) \"/\" \"INBOX/Sent\"\r\n") << true
                          << QByteArray("INBOX/Sent") << QStringLiteral("INBOX/Sent") << slash
                          << int(FolderHasNoChildren | FolderSubscribed) << int(SpecialUse::Sent);
    QTest::newRow("inbox any case") << QByteArray("* LIST (\\HasNoChildren) \".\" inbox\r\n") << true
                                    << QByteArray("inbox") << QStringLiteral("inbox") << QStringLiteral(".")
                                    << int(FolderHasNoChildren) << int(SpecialUse::Inbox);
    QTest::newRow("nil separator") << QByteArray("* LIST (\\Noselect) NIL \"\"\r\n") << true << QByteArray()
                                   << QString() << QString() << int(FolderNoSelect) << int(SpecialUse::None);
    QTest::newRow("ghost") << QByteArray("* LIST (\\NonExistent \\HasChildren) \"/\" a/b\r\n") << true
                           << QByteArray("a/b") << QStringLiteral("a/b") << slash
                           << int(FolderNonExistent | FolderHasChildren) << int(SpecialUse::None);
    QTest::newRow("attribute case") << QByteArray("* LIST (\\NOSELECT \\noinferiors \\trash \\Marked \\unmarked \\Remote \\X-Unknown) \"/\" T\r\n")
                                    << true << QByteArray("T") << QStringLiteral("T") << slash
                                    << int(FolderNoSelect | FolderNoInferiors | FolderMarked | FolderUnmarked | FolderRemote)
                                    << int(SpecialUse::Trash);
    QTest::newRow("all special uses: all") << QByteArray("* LIST (\\All) \"/\" A\r\n") << true << QByteArray("A")
                                           << QStringLiteral("A") << slash << 0 << int(SpecialUse::All);
    QTest::newRow("archive") << QByteArray("* LIST (\\Archive) \"/\" A\r\n") << true << QByteArray("A")
                             << QStringLiteral("A") << slash << 0 << int(SpecialUse::Archive);
    QTest::newRow("drafts") << QByteArray("* LIST (\\Drafts) \"/\" A\r\n") << true << QByteArray("A")
                            << QStringLiteral("A") << slash << 0 << int(SpecialUse::Drafts);
    QTest::newRow("flagged") << QByteArray("* LIST (\\Flagged) \"/\" A\r\n") << true << QByteArray("A")
                             << QStringLiteral("A") << slash << 0 << int(SpecialUse::Flagged);
    QTest::newRow("junk") << QByteArray("* LIST (\\Junk) \"/\" A\r\n") << true << QByteArray("A")
                          << QStringLiteral("A") << slash << 0 << int(SpecialUse::Junk);
    QTest::newRow("gmail xlist spam") << QByteArray("* XLIST (\\HasNoChildren \\Spam) \"/\" \"[Gmail]/Spam\"\r\n")
                                      << true << QByteArray("[Gmail]/Spam") << QStringLiteral("[Gmail]/Spam") << slash
                                      << int(FolderHasNoChildren) << int(SpecialUse::Junk);
    QTest::newRow("gmail all mail") << QByteArray("* LIST (\\All \\HasNoChildren) \"/\" \"[Gmail]/All Mail\"\r\n")
                                    << true << QByteArray("[Gmail]/All Mail") << QStringLiteral("[Gmail]/All Mail")
                                    << slash << int(FolderHasNoChildren) << int(SpecialUse::All);
    QTest::newRow("mutf7") << QByteArray("* LIST (\\HasNoChildren) \"/\" Entw&APw-rfe/&ZeVnLIqe-\r\n") << true
                           << QByteArray("Entw&APw-rfe/&ZeVnLIqe-")
                           << QStringLiteral("Entw\u00fcrfe/\u65e5\u672c\u8a9e") << slash
                           << int(FolderHasNoChildren) << int(SpecialUse::None);
    QTest::newRow("literal name") << QByteArray("* LIST () \"/\" {8}\r\nwith \"q\"\r\n") << true
                                  << QByteArray("with \"q\"") << QStringLiteral("with \"q\"") << slash << 0
                                  << int(SpecialUse::None);
    QTest::newRow("quoted escapes") << QByteArray("* LIST () \"\\\\\" \"a\\\\b \\\"c\\\"\"\r\n") << true
                                    << QByteArray("a\\b \"c\"") << QStringLiteral("a\\b \"c\"")
                                    << QStringLiteral("\\") << 0 << int(SpecialUse::None);
    QTest::newRow("folder called NIL") << QByteArray("* LIST () \".\" NIL\r\n") << true << QByteArray("NIL")
                                       << QStringLiteral("NIL") << QStringLiteral(".") << 0 << int(SpecialUse::None);
    QTest::newRow("childinfo") << QByteArray("* LIST (\\HasNoChildren) \"/\" Entw&APw-rfe (CHILDINFO (\"SUBSCRIBED\"))\r\n")
                               << true << QByteArray("Entw&APw-rfe") << QStringLiteral("Entw\u00fcrfe") << slash
                               << int(FolderHasNoChildren) << int(SpecialUse::None);
    QTest::newRow("extended with literal") << QByteArray("* LIST () \"/\" foo (\"OLDNAME\" ({3}\r\nbar))\r\n")
                                           << true << QByteArray("foo") << QStringLiteral("foo") << slash << 0
                                           << int(SpecialUse::None);
    QTest::newRow("lsub") << QByteArray("* LSUB () \"/\" Entw&APw-rfe/&ZeVnLIqe-\r\n") << true
                          << QByteArray("Entw&APw-rfe/&ZeVnLIqe-") << QStringLiteral("Entw\u00fcrfe/\u65e5\u672c\u8a9e")
                          << slash << 0 << int(SpecialUse::None);
    QTest::newRow("ampersand") << QByteArray("* LIST (\\HasNoChildren) \"/\" A&-B\r\n") << true << QByteArray("A&-B")
                               << QStringLiteral("A&B") << slash << int(FolderHasNoChildren) << int(SpecialUse::None);

    QTest::newRow("status is not list") << QByteArray("* STATUS INBOX (MESSAGES 1)\r\n") << false << QByteArray()
                                        << QString() << QString() << 0 << 0;
    QTest::newRow("no attributes") << QByteArray("* LIST \"/\" INBOX\r\n") << false << QByteArray() << QString()
                                   << QString() << 0 << 0;
    QTest::newRow("no name") << QByteArray("* LIST () \"/\"\r\n") << false << QByteArray() << QString() << QString()
                             << 0 << 0;
    QTest::newRow("unbalanced extension") << QByteArray("* LIST () \"/\" a (b\r\n") << false << QByteArray()
                                          << QString() << QString() << 0 << 0;
}

void TestImapParser::parseList()
{
    QFETCH(QByteArray, response);
    QFETCH(bool, ok);
    FolderInfo info;
    QCOMPARE(imap::parseList(sv(response), &info), ok);
    if (!ok)
        return;
    QTEST(info.rawName, "rawName");
    QTEST(info.path, "path");
    QFETCH(QString, separator);
    QCOMPARE(info.separator.isNull(), separator.isEmpty());
    if (!separator.isEmpty())
        QCOMPARE(info.separator, separator.at(0));
    QTEST(int(info.attributes), "attributes");
    QTEST(int(info.specialUse), "specialUse");
}

void TestImapParser::parseListDovecot()
{
    // LIST "" "*" RETURN (SUBSCRIBED CHILDREN SPECIAL-USE), then the RECURSIVEMATCH form.
    const QList<QByteArray> responses = cut(readData("dovecot-2.3-list-extended.txt"));
    QStringList seen;
    for (const QByteArray &r : responses) {
        if (imap::kindOf(sv(r)) == ResponseKind::Tagged)
            continue;
        FolderInfo info;
        QVERIFY2(imap::parseList(sv(r), &info), r.constData());
        seen << info.path + QLatin1Char(':') + QString::number(int(info.specialUse)) + QLatin1Char(':')
                    + QString::number(info.attributes);
    }
    const QStringList expected = {
        QStringLiteral("Junk:6:8"),
        QStringLiteral("Sent:7:40"),
        QStringLiteral("Drafts:4:40"),
        QStringLiteral("Trash:8:104"),
        QStringLiteral("A&B:0:136"),
        QStringLiteral("Entw\u00fcrfe:0:5"),
        QStringLiteral("Entw\u00fcrfe/\u65e5\u672c\u8a9e:0:168"),
        QStringLiteral("INBOX:1:8"),
        QStringLiteral("Trash:8:40"),
        QStringLiteral("Entw\u00fcrfe:0:8"),
        QStringLiteral("Drafts:4:40"),
        QStringLiteral("Sent:7:40"),
    };
    QCOMPARE(seen, expected);
}

void TestImapParser::parseStatusData_data()
{
    QTest::addColumn<QByteArray>("response");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<QByteArray>("rawName");
    QTest::addColumn<QByteArray>("values"); // messages unseen recent uidnext uidvalidity highestmodseq

    QTest::newRow("dovecot")
        << QByteArray("* STATUS INBOX (MESSAGES 4 RECENT 4 UIDNEXT 5 UIDVALIDITY 1795695938 UNSEEN 1 HIGHESTMODSEQ 2)\r\n")
        << true << QByteArray("INBOX") << QByteArray("4 1 4 5 1795695938 2");
    QTest::newRow("quoted name, extra items")
        << QByteArray("* STATUS \"Sent Items\" (SIZE 12345 MESSAGES 3 APPENDLIMIT NIL MAILBOXID (F123) UIDNEXT 9 )\r\n")
        << true << QByteArray("Sent Items") << QByteArray("3 0 0 9 0 0");
    QTest::newRow("literal name, lower case")
        << QByteArray("* status {3}\r\na\"b (messages 7 highestmodseq 18446744073709551615)\r\n") << true
        << QByteArray("a\"b") << QByteArray("7 0 0 0 0 18446744073709551615");
    QTest::newRow("empty list") << QByteArray("* STATUS x ()\r\n") << true << QByteArray("x") << QByteArray("0 0 0 0 0 0");
    QTest::newRow("not status") << QByteArray("* LIST () \"/\" x\r\n") << false << QByteArray() << QByteArray();
    QTest::newRow("truncated") << QByteArray("* STATUS x (MESSAGES 3") << false << QByteArray() << QByteArray();
    QTest::newRow("bad number") << QByteArray("* STATUS x (MESSAGES x)\r\n") << false << QByteArray() << QByteArray();
}

void TestImapParser::parseStatusData()
{
    QFETCH(QByteArray, response);
    QFETCH(bool, ok);
    QByteArray name;
    FolderStatus s;
    QCOMPARE(imap::parseStatusData(sv(response), &name, &s), ok);
    if (!ok)
        return;
    QTEST(name, "rawName");
    const QByteArray values = QByteArray::number(s.messages) + ' ' + QByteArray::number(s.unseen) + ' '
        + QByteArray::number(s.recent) + ' ' + QByteArray::number(s.uidNext) + ' '
        + QByteArray::number(s.uidValidity) + ' ' + QByteArray::number(s.highestModSeq);
    QTEST(values, "values");
}

void TestImapParser::applySelectDataDovecot()
{
    const QList<QByteArray> responses = cut(readData("dovecot-2.3-select.txt"));
    QCOMPARE(responses.size(), 10);
    FolderStatus s;
    s.unseen = 42; // [UNSEEN n] is a message number, not a count: it must not land here
    int used = 0;
    for (const QByteArray &r : responses)
        used += imap::applySelectData(sv(r), &s) ? 1 : 0;
    QCOMPARE(used, 5);
    QCOMPARE(s.messages, 4u);
    QCOMPARE(s.recent, 0u);
    QCOMPARE(s.uidValidity, 1795695938u);
    QCOMPARE(s.uidNext, 5u);
    QCOMPARE(s.highestModSeq, quint64(2));
    QCOMPARE(s.unseen, 42u);
}

void TestImapParser::applySelectData_data()
{
    QTest::addColumn<QByteArray>("response");
    QTest::addColumn<bool>("used");
    QTest::newRow("nomodseq") << QByteArray("* OK [NOMODSEQ] Sorry\r\n") << true;
    QTest::newRow("lower case") << QByteArray("* 9 exists\r\n") << true;
    QTest::newRow("expunge") << QByteArray("* 9 EXPUNGE\r\n") << false;
    QTest::newRow("flags") << QByteArray("* FLAGS (\\Seen)\r\n") << false;
    QTest::newRow("unseen") << QByteArray("* OK [UNSEEN 3] First unseen.\r\n") << false;
    QTest::newRow("truncated code") << QByteArray("* OK [UIDNEXT 4") << false;
    QTest::newRow("bad number") << QByteArray("* OK [UIDNEXT x] y\r\n") << false;
    QTest::newRow("tagged") << QByteArray("A1 OK [READ-WRITE] done\r\n") << false;
    QTest::newRow("empty") << QByteArray() << false;
}

void TestImapParser::applySelectData()
{
    QFETCH(QByteArray, response);
    FolderStatus s;
    s.highestModSeq = 5;
    QTEST(imap::applySelectData(sv(response), &s), "used");
    QVERIFY(!imap::applySelectData(sv(response), nullptr));
}

void TestImapParser::parseCapabilities_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QByteArrayList>("expected");
    QTest::newRow("plain") << QByteArray("IMAP4rev1 idle AUTH=PLAIN\r\n")
                           << QByteArrayList{"IMAP4REV1", "IDLE", "AUTH=PLAIN"};
    QTest::newRow("spaces") << QByteArray("  IMAP4rev1   LITERAL+ ") << QByteArrayList{"IMAP4REV1", "LITERAL+"};
    QTest::newRow("with keyword") << QByteArray("CAPABILITY IMAP4rev1 SASL-IR") << QByteArrayList{"IMAP4REV1", "SASL-IR"};
    QTest::newRow("whole line") << QByteArray("* CAPABILITY IMAP4rev1 ID\r\n") << QByteArrayList{"IMAP4REV1", "ID"};
    QTest::newRow("code with bracket") << QByteArray("IMAP4rev1 MOVE] Logged in") << QByteArrayList{"IMAP4REV1", "MOVE"};
    QTest::newRow("empty") << QByteArray() << QByteArrayList();
}

void TestImapParser::parseCapabilities()
{
    QFETCH(QByteArray, text);
    QTEST(imap::parseCapabilities(sv(text)), "expected");
}

void TestImapParser::parseSearch_data()
{
    QTest::addColumn<QByteArray>("response");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<QList<quint32>>("uids");
    QTest::newRow("search") << QByteArray("* SEARCH 1 2 3 4\r\n") << true << QList<quint32>{1, 2, 3, 4};
    QTest::newRow("empty search") << QByteArray("* SEARCH\r\n") << true << QList<quint32>{};
    QTest::newRow("condstore search") << QByteArray("* SEARCH 2 5 6 (MODSEQ 917162500)\r\n") << true
                                      << QList<quint32>{2, 5, 6};
    QTest::newRow("esearch dovecot") << QByteArray("* ESEARCH (TAG \"OMDM15\") UID MIN 1 MAX 4 ALL 1:4 COUNT 4\r\n")
                                     << true << QList<quint32>{1, 2, 3, 4};
    QTest::newRow("esearch ranges") << QByteArray("* ESEARCH (TAG \"a\") UID ALL 1:3,5,9:7\r\n") << true
                                    << QList<quint32>{1, 2, 3, 5, 7, 8, 9};
    QTest::newRow("esearch count only") << QByteArray("* ESEARCH (TAG \"a\") UID COUNT 0\r\n") << true << QList<quint32>{};
    QTest::newRow("esearch no tag") << QByteArray("* esearch all 3\r\n") << true << QList<quint32>{3};
    QTest::newRow("not search") << QByteArray("* 1 EXISTS\r\n") << false << QList<quint32>{};
    QTest::newRow("garbage number") << QByteArray("* SEARCH 1 x\r\n") << false << QList<quint32>{};
    QTest::newRow("star in set") << QByteArray("* ESEARCH ALL 1:*\r\n") << false << QList<quint32>{};
    QTest::newRow("hostile range") << QByteArray("* ESEARCH ALL 1:4294967295\r\n") << false << QList<quint32>{};
}

void TestImapParser::parseSearch()
{
    QFETCH(QByteArray, response);
    QFETCH(bool, ok);
    QVector<quint32> uids;
    QCOMPARE(imap::parseSearch(sv(response), &uids), ok);
    if (ok)
        QTEST(uids, "uids");
    else
        QVERIFY(uids.isEmpty());
}

void TestImapParser::parseNumbered_data()
{
    QTest::addColumn<QByteArray>("response");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<quint32>("number");
    QTest::addColumn<QByteArray>("keyword");
    QTest::newRow("exists") << QByteArray("* 4 EXISTS\r\n") << true << 4u << QByteArray("EXISTS");
    QTest::newRow("expunge lower") << QByteArray("* 2 expunge\r\n") << true << 2u << QByteArray("EXPUNGE");
    QTest::newRow("fetch") << QByteArray("* 12 FETCH (UID 1)\r\n") << true << 12u << QByteArray("FETCH");
    QTest::newRow("no number") << QByteArray("* OK hi\r\n") << false << 0u << QByteArray();
    QTest::newRow("no keyword") << QByteArray("* 4\r\n") << false << 0u << QByteArray();
    QTest::newRow("tagged") << QByteArray("4 EXISTS\r\n") << false << 0u << QByteArray();
}

void TestImapParser::parseNumbered()
{
    QFETCH(QByteArray, response);
    QFETCH(bool, ok);
    quint32 n = 0;
    QByteArray keyword;
    QCOMPARE(imap::parseNumbered(sv(response), &n, &keyword), ok);
    if (!ok)
        return;
    QTEST(n, "number");
    QTEST(keyword, "keyword");
}

void TestImapParser::parseAppendUid_data()
{
    QTest::addColumn<QByteArray>("code");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<quint32>("validity");
    QTest::addColumn<quint32>("uid");
    QTest::newRow("rfc4315") << QByteArray("APPENDUID 38505 3955") << true << 38505u << 3955u;
    QTest::newRow("multiappend") << QByteArray("appenduid 1 7:9") << true << 1u << 7u;
    QTest::newRow("other code") << QByteArray("COPYUID 1 2 3") << false << 0u << 0u;
    QTest::newRow("missing uid") << QByteArray("APPENDUID 38505") << false << 0u << 0u;
    QTest::newRow("trailing junk") << QByteArray("APPENDUID 1 2 x") << false << 0u << 0u;
}

void TestImapParser::parseAppendUid()
{
    QFETCH(QByteArray, code);
    QFETCH(bool, ok);
    quint32 validity = 0, uid = 0;
    QCOMPARE(imap::parseAppendUid(code, &validity, &uid), ok);
    if (!ok)
        return;
    QTEST(validity, "validity");
    QTEST(uid, "uid");
}

void TestImapParser::parseCopyUid_data()
{
    QTest::addColumn<QByteArray>("code");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<quint32>("validity");
    QTest::addColumn<QList<quint32>>("source");
    QTest::addColumn<QList<quint32>>("dest");
    QTest::newRow("rfc4315") << QByteArray("COPYUID 38505 304,319:320 3956:3958") << true << 38505u
                             << QList<quint32>{304, 319, 320} << QList<quint32>{3956, 3957, 3958};
    QTest::newRow("reversed ranges") << QByteArray("COPYUID 7 5:3 12:10") << true << 7u << QList<quint32>{3, 4, 5}
                                     << QList<quint32>{10, 11, 12};
    QTest::newRow("dovecot") << QByteArray("COPYUID 1795695941 1:2,4 1:3") << true << 1795695941u
                             << QList<quint32>{1, 2, 4} << QList<quint32>{1, 2, 3};
    QTest::newRow("size mismatch") << QByteArray("COPYUID 1 1:3 4") << false << 0u << QList<quint32>{}
                                   << QList<quint32>{};
    QTest::newRow("truncated") << QByteArray("COPYUID 1 1:") << false << 0u << QList<quint32>{} << QList<quint32>{};
}

void TestImapParser::parseCopyUid()
{
    QFETCH(QByteArray, code);
    QFETCH(bool, ok);
    quint32 validity = 0;
    QVector<quint32> source, dest;
    QCOMPARE(imap::parseCopyUid(code, &validity, &source, &dest), ok);
    if (!ok)
        return;
    QTEST(validity, "validity");
    QTEST(source, "source");
    QTEST(dest, "dest");
}

// ---------------------------------------------------------------------------------------------

void TestImapParser::responseBufferLines()
{
    ResponseBuffer b;
    std::string_view r;
    QVERIFY(!b.take(&r));
    QCOMPARE(b.pending(), size_t(0));
    const QByteArray data = "* 1 EXISTS\r\nA1 OK done\r\n* partial";
    b.append(data.constData(), static_cast<size_t>(data.size()));
    QVERIFY(b.take(&r));
    QCOMPARE(bytes(r), QByteArray("* 1 EXISTS\r\n"));
    QVERIFY(b.take(&r));
    QCOMPARE(bytes(r), QByteArray("A1 OK done\r\n"));
    QVERIFY(!b.take(&r));
    QCOMPARE(b.pending(), size_t(9));
    QCOMPARE(b.literalBytesMissing(), size_t(0));
    b.append(" line\n+\r\n", 9);
    QVERIFY(b.take(&r));
    QCOMPARE(bytes(r), QByteArray("* partial line\n"));
    QVERIFY(b.take(&r));
    QCOMPARE(bytes(r), QByteArray("+\r\n"));
    QVERIFY(!b.take(&r));
    QCOMPARE(b.pending(), size_t(0));
}

void TestImapParser::responseBufferLiterals_data()
{
    QTest::addColumn<QByteArray>("stream");
    QTest::addColumn<QByteArrayList>("responses");
    QTest::newRow("literal") << QByteArray("* 1 FETCH (BODY[] {5}\r\na\r\nb\n)\r\nA OK\r\n")
                             << QByteArrayList{"* 1 FETCH (BODY[] {5}\r\na\r\nb\n)\r\n", "A OK\r\n"};
    QTest::newRow("literal plus") << QByteArray("* 1 X {2+}\r\n\r\n {0+}\r\n\r\n")
                                  << QByteArrayList{"* 1 X {2+}\r\n\r\n {0+}\r\n\r\n"};
    QTest::newRow("literal8") << QByteArray("* 1 FETCH (BINARY[1] ~{3}\r\n\n\n\n)\r\n")
                              << QByteArrayList{"* 1 FETCH (BINARY[1] ~{3}\r\n\n\n\n)\r\n"};
    QTest::newRow("several literals") << QByteArray("* 1 FETCH (ENVELOPE (NIL {1}\r\nx (({2}\r\n\r\n NIL \"a\" \"b\"))))\r\n* 2 EXISTS\r\n")
                                      << QByteArrayList{"* 1 FETCH (ENVELOPE (NIL {1}\r\nx (({2}\r\n\r\n NIL \"a\" \"b\"))))\r\n", "* 2 EXISTS\r\n"};
    QTest::newRow("bare LF after brace") << QByteArray("* 1 X {1}\nz\n") << QByteArrayList{"* 1 X {1}\nz\n"};
    QTest::newRow("not literals") << QByteArray("* OK {x}\r\n* OK {}\r\n* OK }\r\n{5}\r\nabcde\r\n")
                                  << QByteArrayList{"* OK {x}\r\n", "* OK {}\r\n", "* OK }\r\n", "{5}\r\nabcde\r\n"};
    QTest::newRow("too many digits is no literal") << QByteArray("* OK {12345678901234567890}\r\nx\r\n")
                                                   << QByteArrayList{"* OK {12345678901234567890}\r\n", "x\r\n"};
}

void TestImapParser::responseBufferLiterals()
{
    QFETCH(QByteArray, stream);
    QFETCH(QByteArrayList, responses);
    QCOMPARE(QByteArrayList(cut(stream)), responses);
}

void TestImapParser::responseBufferChunking()
{
    // The dovecot samples plus synthetic literals: whole, one byte at a time and random chunks
    // must all cut the same responses.
    QByteArray stream = readData("dovecot-2.3-fetch-envelope.txt") + readData("dovecot-2.3-fetch-body.txt")
        + readData("dovecot-2.3-list-extended.txt") + readData("dovecot-2.3-select.txt");
    stream += "* 5 FETCH (BODY[] {12}\r\n{3}\r\n\r\n{2}\r\n BINARY[1] ~{4}\r\n\r\n\r\n)\r\n+ go\r\n";
    const QList<QByteArray> whole = cut(stream);
    QCOMPARE(whole.size(), 34);

    {
        ResponseBuffer b;
        QList<QByteArray> got;
        std::string_view r;
        for (qsizetype i = 0; i < stream.size(); ++i) {
            b.append(stream.constData() + i, 1);
            while (b.take(&r))
                got << bytes(r);
        }
        QCOMPARE(got, whole);
        QCOMPARE(b.pending(), size_t(0));
    }
    QRandomGenerator rng(1234);
    for (int round = 0; round < 200; ++round) {
        ResponseBuffer b;
        QList<QByteArray> got;
        std::string_view r;
        qsizetype i = 0;
        while (i < stream.size()) {
            const qsizetype n = std::min<qsizetype>(stream.size() - i, rng.bounded(1, 64));
            b.append(stream.constData() + i, static_cast<size_t>(n));
            i += n;
            // Sometimes take only one, so that data piles up and compaction has work.
            if (rng.bounded(3) == 0) {
                if (b.take(&r))
                    got << bytes(r);
            } else {
                while (b.take(&r))
                    got << bytes(r);
            }
        }
        while (b.take(&r))
            got << bytes(r);
        QCOMPARE(got, whole);
    }
}

void TestImapParser::responseBufferBigLiteral()
{
    const size_t size = 1024 * 1024;
    QByteArray body(static_cast<qsizetype>(size), Qt::Uninitialized);
    QRandomGenerator rng(99);
    for (char &c : body)
        c = static_cast<char>(rng.bounded(256)); // CRLF and braces included by chance
    const QByteArray head = "* 7 FETCH (UID 70 BODY[] {" + QByteArray::number(qulonglong(size)) + "}\r\n";
    const QByteArray tail = " FLAGS (\\Seen))\r\nA9 OK done\r\n";

    ResponseBuffer b;
    std::string_view r;
    b.append(head.constData(), static_cast<size_t>(head.size()));
    QVERIFY(!b.take(&r));
    QCOMPARE(b.literalBytesMissing(), size);
    size_t sent = 0;
    int chunks = 0;
    while (sent < size) {
        const size_t n = std::min<size_t>(size - sent, 1000 + rng.bounded(70000));
        b.append(body.constData() + sent, n);
        sent += n;
        ++chunks;
        QCOMPARE(b.literalBytesMissing(), size - sent);
        QVERIFY(!b.take(&r));
    }
    QVERIFY(chunks > 10);
    b.append(tail.constData(), static_cast<size_t>(tail.size()));
    QVERIFY(b.take(&r));
    QCOMPARE(r.size(), head.size() + size + 17);

    HeaderRecord rec;
    QByteArray got, section;
    QByteArray error;
    QVERIFY2(imap::parseFetch(r, nullptr, &rec, &got, &section, &error), error.constData());
    QCOMPARE(rec.uid, 70u);
    QCOMPARE(rec.flags.bits, quint8(FlagSeen));
    QVERIFY(got == body);
    QVERIFY(b.take(&r));
    QCOMPARE(bytes(r), QByteArray("A9 OK done\r\n"));
}

void TestImapParser::responseBufferMarkerInsideLiteral()
{
    // The literal's data ends in "{5" and the next line starts with "}": that is no marker.
    const QByteArray stream = "* 1 FETCH (BODY[] {4}\r\nab{5}\r\n\r\n* 2 EXISTS\r\n";
    const QList<QByteArray> expected = {"* 1 FETCH (BODY[] {4}\r\nab{5}\r\n", "\r\n", "* 2 EXISTS\r\n"};
    QCOMPARE(cut(stream), expected);
    // Also when the bytes arrive one at a time, so the line is resumed after the literal.
    ResponseBuffer b;
    QList<QByteArray> got;
    std::string_view r;
    for (const char c : stream) {
        b.append(&c, 1);
        while (b.take(&r))
            got << bytes(r);
    }
    QCOMPARE(got, expected);
}

void TestImapParser::responseBufferCompacts()
{
    // A long session: pending() stays small and every response comes out intact.
    ResponseBuffer b;
    std::string_view r;
    const QByteArray line = "* 1 FETCH (UID 1 BODY[] {3}\r\nabc)\r\n";
    for (int i = 0; i < 100000; ++i) {
        b.append(line.constData(), static_cast<size_t>(line.size()));
        if (i % 2) {
            QVERIFY(b.take(&r));
            QCOMPARE(bytes(r), line);
            QVERIFY(b.take(&r));
            QCOMPARE(bytes(r), line);
            QCOMPARE(b.pending(), size_t(0));
        }
    }
}

// ---------------------------------------------------------------------------------------------

void TestImapParser::fuzz()
{
    // Truncations and mutations of valid responses must never crash or read past the view. The
    // bytes are copied to an exactly sized heap block so that AddressSanitizer catches any
    // over-read (build with -fsanitize=address,undefined to make that check count).
    QList<QByteArray> corpus = cut(readData("dovecot-2.3-fetch-envelope.txt") + readData("dovecot-2.3-fetch-body.txt")
                                   + readData("dovecot-2.3-list-extended.txt") + readData("dovecot-2.3-select.txt"));
    corpus << QByteArray(kRfc3501Fetch)
           << QByteArray("* 1 FETCH (X-GM-LABELS (\\Inbox {5}\r\nl(a)b) UID 4 MODSEQ (4534) FLAGS (\\Seen) "
                         "BODY[HEADER.FIELDS (REFERENCES)] {25}\r\nReferences: <a@b>\r\n <c@d>\r\n"
                         " BINARY[1] ~{2}\r\nxy ENVELOPE (NIL {3}\r\na\"b ((NIL NIL \"g\" NIL)(\"n\" NIL \"m\" \"h\")"
                         "(NIL NIL NIL NIL)) NIL NIL NIL NIL NIL \"<a>\" \"<b>\"))\r\n")
           << QByteArray("* STATUS \"a\\\\b\" (MESSAGES 3 UNSEEN 1 HIGHESTMODSEQ 9 X (1 (2)))\r\n")
           << QByteArray("* ESEARCH (TAG \"a\") UID ALL 1:3,5,9:7 MIN 1 PARTIAL (1:10 1:3)\r\n")
           << QByteArray("* SEARCH 1 2 (MODSEQ 5)\r\n") << QByteArray("A1 NO [BADCHARSET (UTF-8)] x\r\n")
           << QByteArray("* LIST (\\Sent) \"\\\\\" {3}\r\na&- (\"CHILDINFO\" (\"SUBSCRIBED\"))\r\n")
           << QByteArray("17-Jul-1996 02:44:25 -0700") << QByteArray("COPYUID 38505 304,319:320 3956:3958")
           << QByteArray("APPENDUID 1 2") << QByteArray("Entw&APw-rfe/&ZeVnLIqe-&-");

    const char specials[] = "(){}[]<>\"\\ \r\n~+*:,0123456789&-NIL";
    QRandomGenerator rng(20240607);
    int parsed = 0;
    for (int round = 0; round < 40000; ++round) {
        QByteArray input = corpus.at(rng.bounded(corpus.size()));
        const int mutations = rng.bounded(4);
        for (int m = 0; m < mutations && !input.isEmpty(); ++m) {
            const qsizetype pos = rng.bounded(input.size());
            switch (rng.bounded(4)) {
            case 0: input[pos] = specials[rng.bounded(int(sizeof(specials) - 1))]; break;
            case 1: input.insert(pos, specials[rng.bounded(int(sizeof(specials) - 1))]); break;
            case 2: input.remove(pos, rng.bounded(1, 8)); break;
            default: input[pos] = static_cast<char>(rng.bounded(256)); break;
            }
        }
        if (rng.bounded(2))
            input.truncate(rng.bounded(input.size() + 1));

        const size_t n = static_cast<size_t>(input.size());
        std::unique_ptr<char[]> exact(new char[n ? n : 1]);
        if (n)
            std::memcpy(exact.get(), input.constData(), n);
        const std::string_view v(exact.get(), n);

        HeaderRecord rec;
        QByteArray body, section, error;
        quint32 seq = 0;
        if (imap::parseFetch(v, &seq, &rec, &body, &section, &error))
            ++parsed;
        else
            QVERIFY(!error.isEmpty());
        FolderInfo info;
        parsed += imap::parseList(v, &info);
        StatusResponse st;
        parsed += imap::parseStatus(v, &st);
        QByteArray name;
        FolderStatus fs;
        parsed += imap::parseStatusData(v, &name, &fs);
        parsed += imap::applySelectData(v, &fs);
        QVector<quint32> uids;
        parsed += imap::parseSearch(v, &uids);
        quint32 num = 0;
        QByteArray keyword;
        parsed += imap::parseNumbered(v, &num, &keyword);
        (void)imap::kindOf(v);
        (void)imap::parseCapabilities(v);
        (void)imap::parseInternalDate(v);
        quint32 a = 0, b = 0;
        QVector<quint32> s1, s2;
        parsed += imap::parseAppendUid(input, &a, &b);
        parsed += imap::parseCopyUid(input, &a, &s1, &s2);
        (void)imap::decodeMailboxName(input);

        ResponseBuffer buffer;
        std::string_view r;
        size_t taken = 0;
        for (size_t i = 0; i < n;) {
            const size_t k = std::min<size_t>(n - i, rng.bounded(1, 16));
            buffer.append(exact.get() + i, k);
            i += k;
            while (buffer.take(&r))
                taken += r.size();
        }
        QCOMPARE(taken + buffer.pending(), n);
    }
    QVERIFY(parsed > 1000); // the mutations leave plenty of valid input too
}

QTEST_APPLESS_MAIN(TestImapParser)

#include "tst_imapparser.moc"
