// Unit tests of protocols/imap/ImapParserFetch.cpp: FETCH responses (sequence number, UID, FLAGS,
// INTERNALDATE, RFC822.SIZE, MODSEQ, ENVELOPE addresses, BODY[] sections and References headers),
// what a FETCH leaves untouched, malformed input with its error text, and captured dovecot 2.3
// responses. The other responses are in tst_imapparser.cpp, values in tst_imapvalues.cpp.

#include "protocols/imap/ImapParser.h"
#include "tests/support/ImapParserTestData.h"

#include <QTest>

using namespace postier::protocols;
using namespace postier::protocols::imap;
using namespace postier::test;

class TestImapFetchParser : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parseFetch_data();
    void parseFetch();
    void parseFetchSequenceNumber();
    void parseFetchBody_data();
    void parseFetchBody();
    void parseFetchKeepsWhatIsNotSent();
    void parseFetchMalformed_data();
    void parseFetchMalformed();
    void parseFetchDovecot();
    void parseFetchDovecotBody();
};

void TestImapFetchParser::parseFetch_data()
{
    QTest::addColumn<QByteArray>("response");
    QTest::addColumn<QByteArray>("expected");

    QTest::newRow("rfc3501 section 8") << QByteArray(kRfc3501Fetch) << QByteArray(kRfc3501Expected);

    QTest::newRow("any order, mixed case")
        << QByteArray("* 3 fetch (envelope (NIL \"Hi\" NIL NIL NIL NIL NIL NIL NIL NIL) Flags (\\SEEN \\answered) "
                      "rfc822.size 12 Uid 77 InternalDate \" 3-Feb-2020 09:00:00 +0000\")\r\n")
        << QByteArray("uid=77|size=12|internaldate=1580720400|flags=\\Seen \\Answered|subject=Hi");

    QTest::newRow("nil everywhere")
        << QByteArray("* 1 FETCH (UID 1 ENVELOPE (NIL NIL NIL NIL NIL NIL NIL NIL NIL NIL) FLAGS ())\r\n")
        << QByteArray("uid=1");

    QTest::newRow("nil envelope") << QByteArray("* 1 FETCH (UID 2 ENVELOPE NIL)\r\n") << QByteArray("uid=2");

    QTest::newRow("quoted escapes")
        << QByteArray("* 1 FETCH (ENVELOPE (NIL \"say \\\"hi\\\" \\\\o/\" "
                      "((\"Doe, \\\"JD\\\" John\" NIL \"jd\" \"example.com\")) NIL NIL NIL NIL NIL NIL NIL))\r\n")
        << QByteArray("subject=say \"hi\" \\o/|from=Doe, \"JD\" John <jd@example.com>");

    QTest::newRow("literal subject with CRLF")
        << QByteArray("* 1 FETCH (ENVELOPE (NIL {13}\r\nline1\r\n line2 NIL NIL NIL NIL NIL NIL NIL NIL) UID 5)\r\n")
        << QByteArray("uid=5|subject=line1\r\n line2");

    QTest::newRow("8-bit literal subject and name")
        << QByteArray("* 1 FETCH (ENVELOPE (NIL {9}\r\nEntw\xc3\xbcrfe (({7}\r\nJ\xc3\xbcrgen NIL \"j\" \"x.de\")) "
                      "NIL NIL NIL NIL NIL NIL NIL))\r\n")
        << QByteArray("subject=Entw\xc3\xbcrfe|from=J\xc3\xbcrgen <j@x.de>");

    QTest::newRow("encoded words stay raw")
        << QByteArray("* 1 FETCH (ENVELOPE (NIL \"=?UTF-8?B?w5xiZXJzZXR6dW5n?=\" "
                      "((\"=?UTF-8?Q?J=C3=BCrgen?=\" NIL \"j\" \"x.de\")) NIL NIL NIL NIL NIL NIL NIL))\r\n")
        << QByteArray("subject==?UTF-8?B?w5xiZXJzZXR6dW5n?=|from==?UTF-8?Q?J=C3=BCrgen?= <j@x.de>");

    QTest::newRow("undisclosed recipients group")
        << QByteArray("* 1 FETCH (ENVELOPE (NIL NIL NIL NIL NIL "
                      "((NIL NIL \"undisclosed-recipients\" NIL)(NIL NIL NIL NIL)) NIL NIL NIL NIL))\r\n")
        << QByteArray("to=undisclosed-recipients:;");

    QTest::newRow("group with members between addresses")
        << QByteArray("* 1 FETCH (ENVELOPE (NIL NIL NIL NIL NIL "
                      "((\"A\" NIL \"a\" \"x\")(NIL NIL \"Team\" NIL)(NIL NIL \"b\" \"x\")(\"C C\" NIL \"c\" \"x\")"
                      "(NIL NIL NIL NIL)(NIL NIL \"d\" \"x\")) NIL NIL NIL NIL))\r\n")
        << QByteArray("to=A <a@x>, Team: b@x, C C <c@x>;, d@x");

    QTest::newRow("unterminated group and stray end")
        << QByteArray("* 1 FETCH (ENVELOPE (NIL NIL NIL NIL NIL "
                      "((NIL NIL NIL NIL)(NIL NIL \"Team\" NIL)(NIL NIL \"b\" \"x\")) "
                      "((NIL NIL \"One\" NIL)(NIL NIL \"Two\" NIL)(NIL NIL NIL NIL)) NIL NIL NIL))\r\n")
        << QByteArray("to=Team: b@x;|cc=One:;, Two:;");

    QTest::newRow("name only address and empty lists")
        << QByteArray("* 1 FETCH (ENVELOPE (NIL \"\" ((\"Undisclosed recipients\" NIL NIL NIL)) () \"\" "
                      "((\"\" NIL \"a\" \"b\")) NIL NIL \"\" \"<m@x>\"))\r\n")
        << QByteArray("from=Undisclosed recipients|to=a@b|messageid=<m@x>");

    QTest::newRow("gmail")
        << QByteArray("* 1 FETCH (X-GM-THRID 1278455344230334865 X-GM-MSGID 1278455344230334865 "
                      "X-GM-LABELS (\\Inbox \\Sent Important \"Muy Importante\" {5}\r\nl(a)b) UID 4 "
                      "MODSEQ (4534) FLAGS (\\Seen $Forwarded Junk $label1) "
                      "INTERNALDATE \"07-Jan-2021 23:59:59 +0530\" RFC822.SIZE 2199 "
                      "ENVELOPE (\"Thu, 7 Jan 2021 23:59:59 +0530\" \"Re: hi\" "
                      "((\"Bob\" NIL \"bob\" \"gmail.com\")) ((\"Bob\" NIL \"bob\" \"gmail.com\")) "
                      "((\"Bob\" NIL \"bob\" \"gmail.com\")) ((NIL NIL \"al\" \"gmail.com\")) NIL NIL "
                      "\"<p@mail.gmail.com>\" \"<c@mail.gmail.com>\"))\r\n")
        << QByteArray("uid=4|size=2199|internaldate=1610044199|modseq=4534|flags=\\Seen $Forwarded Junk $label1"
                      "|date=Thu, 7 Jan 2021 23:59:59 +0530|subject=Re: hi|from=Bob <bob@gmail.com>"
                      "|to=al@gmail.com|inreplyto=<p@mail.gmail.com>|messageid=<c@mail.gmail.com>");

    QTest::newRow("references folded")
        << QByteArray("* 2 FETCH (UID 2 BODY[HEADER.FIELDS (REFERENCES)] {74}\r\n"
                      "References: <root@example.de>\r\n <mid@example.de>\r\n\t<parent@example.de>\r\n\r\n)\r\n")
        << QByteArray("uid=2|references=<root@example.de> <mid@example.de> <parent@example.de>");

    QTest::newRow("references name case and other fields")
        << QByteArray("* 2 FETCH (BODY[HEADER.FIELDS (References List-Id)] {60}\r\n"
                      "List-Id: <l.x>\r\nREFERENCES :  <a@b>  \r\n   \r\n <c@d>\r\nX: y\r\n\r\n UID 3)\r\n")
        << QByteArray("uid=3|references=<a@b> <c@d>");

    QTest::newRow("references absent") << QByteArray("* 2 FETCH (UID 9 BODY[HEADER.FIELDS (REFERENCES)] {2}\r\n\r\n)\r\n")
                                       << QByteArray("uid=9");

    QTest::newRow("references nil and quoted")
        << QByteArray("* 2 FETCH (BODY[HEADER.FIELDS (REFERENCES)] NIL UID 1)\r\n") << QByteArray("uid=1");
    QTest::newRow("references quoted")
        << QByteArray("* 2 FETCH (BODY[HEADER.FIELDS (\"REFERENCES\")] \"References: <a@b>\" UID 1)\r\n")
        << QByteArray("uid=1|references=<a@b>");
    QTest::newRow("references without line break")
        << QByteArray("* 2 FETCH (BODY[HEADER.FIELDS (REFERENCES)] {16}\r\nReferences:<a@b>)\r\n")
        << QByteArray("references=<a@b>");
    QTest::newRow("not references") << QByteArray("* 2 FETCH (BODY[HEADER.FIELDS (REFERENCES)] {18}\r\nReferencesX: <a@b>)\r\n")
                                    << QByteArray();

    QTest::newRow("bodystructure and unknown items skipped")
        << QByteArray("* 1 FETCH (BODYSTRUCTURE ((\"TEXT\" \"PLAIN\" (\"CHARSET\" \"UTF-8\") NIL NIL \"8BIT\" 3 1)"
                      "(\"APPLICATION\" \"PDF\" (\"NAME\" {7}\r\na(b)\"c\") NIL NIL \"BASE64\" 100) \"MIXED\") "
                      "X-UNKNOWN {3}\r\n))) EMAILID (M6d99ac3275bb4e) PREVIEW NIL BINARY.SIZE[1] 7 "
                      "X-NESTED (((((a))))) UID 8)\r\n")
        << QByteArray("uid=8");

    QTest::newRow("modseq 64 bit and spaces")
        << QByteArray("* 1 FETCH ( UID 1  MODSEQ ( 18446744073709551615 ) FLAGS ( \\Draft \\Deleted ) )\r\n")
        << QByteArray("uid=1|modseq=18446744073709551615|flags=\\Deleted \\Draft");

    QTest::newRow("dovecot missing domain")
        << QByteArray("* 4 FETCH (UID 4 FLAGS (\\Answered \\Seen \\Recent) INTERNALDATE \"26-Nov-2026 12:25:37 +0000\" "
                      "RFC822.SIZE 33 ENVELOPE (NIL \"\" ((NIL NIL \"nobody\" \"MISSING_DOMAIN\")) "
                      "((NIL NIL \"nobody\" \"MISSING_DOMAIN\")) ((NIL NIL \"nobody\" \"MISSING_DOMAIN\")) "
                      "NIL NIL NIL NIL NIL))\r\n")
        << QByteArray("uid=4|size=33|internaldate=1795695937|flags=\\Seen \\Answered \\Recent"
                      "|from=nobody@MISSING_DOMAIN");

    QTest::newRow("bare LF line end") << QByteArray("* 1 FETCH (UID 6)\n") << QByteArray("uid=6");
    QTest::newRow("no line end") << QByteArray("* 1 FETCH (UID 6)") << QByteArray("uid=6");
    QTest::newRow("malformed internaldate is ignored")
        << QByteArray("* 1 FETCH (UID 6 INTERNALDATE \"yesterday\")\r\n") << QByteArray("uid=6");
}

void TestImapFetchParser::parseFetch()
{
    QFETCH(QByteArray, response);
    QFETCH(QByteArray, expected);
    HeaderRecord rec;
    QByteArray error;
    quint32 seq = 0;
    QVERIFY2(imap::parseFetch(sv(response), &seq, &rec, nullptr, nullptr, &error), error.constData());
    QVERIFY(error.isEmpty());
    QCOMPARE(describe(rec), expected);
}

void TestImapFetchParser::parseFetchSequenceNumber()
{
    HeaderRecord rec;
    quint32 seq = 0;
    QVERIFY(imap::parseFetch(kRfc3501Fetch, &seq, &rec));
    QCOMPARE(seq, 12u);
    QVERIFY(imap::parseFetch("* 4294967295 FETCH (UID 1)\r\n", &seq, &rec));
    QCOMPARE(seq, 4294967295u);
    QVERIFY(!imap::parseFetch("* 4294967296 FETCH (UID 1)\r\n", &seq, &rec));
    // Null outputs are allowed.
    QVERIFY(imap::parseFetch(kRfc3501Fetch, nullptr, nullptr));
}

void TestImapFetchParser::parseFetchBody_data()
{
    QTest::addColumn<QByteArray>("response");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QByteArray>("section");
    QTest::addColumn<QByteArray>("expected");

    QTest::newRow("whole message") << QByteArray("* 1 FETCH (UID 3 BODY[] {11}\r\nSubject: x\n)\r\n")
                                   << QByteArray("Subject: x\n") << QByteArray("") << QByteArray("uid=3");
    QTest::newRow("part") << QByteArray("* 1 FETCH (BODY[1.2] {5}\r\n)))(( UID 3)\r\n") << QByteArray(")))((")
                          << QByteArray("1.2") << QByteArray("uid=3");
    QTest::newRow("partial origin") << QByteArray("* 1 FETCH (BODY[]<0> {4}\r\nDate)\r\n") << QByteArray("Date")
                                    << QByteArray("") << QByteArray();
    QTest::newRow("binary literal8") << QByteArray("* 1 FETCH (BINARY[1] ~{3}\r\n\x00\x01\x02)\r\n", 33)
                                     << QByteArray("\x00\x01\x02", 3) << QByteArray("1") << QByteArray();
    QTest::newRow("quoted body") << QByteArray("* 1 FETCH (BODY[TEXT] \"a \\\"b\\\"\")\r\n") << QByteArray("a \"b\"")
                                 << QByteArray("TEXT") << QByteArray();
    QTest::newRow("nil body") << QByteArray("* 1 FETCH (BODY[2] NIL)\r\n") << QByteArray() << QByteArray("2")
                              << QByteArray();
    QTest::newRow("rfc822.header") << QByteArray("* 1 FETCH (RFC822.HEADER {3}\r\nA: )\r\n") << QByteArray("A: ")
                                   << QByteArray("HEADER") << QByteArray();
    QTest::newRow("header fields go to references, not body")
        << QByteArray("* 1 FETCH (BODY[HEADER.FIELDS (REFERENCES)] {19}\r\nReferences: <a@b>\r\n)\r\n")
        << QByteArray("untouched") << QByteArray("untouched") << QByteArray("references=<a@b>");
}

void TestImapFetchParser::parseFetchBody()
{
    QFETCH(QByteArray, response);
    HeaderRecord rec;
    QByteArray body = "untouched";
    QByteArray section = "untouched";
    QByteArray error;
    QVERIFY2(imap::parseFetch(sv(response), nullptr, &rec, &body, &section, &error), error.constData());
    QTEST(body, "body");
    QTEST(section, "section");
    QTEST(describe(rec), "expected");
    // Without somewhere to put the body, it is skipped.
    HeaderRecord rec2;
    QVERIFY(imap::parseFetch(sv(response), nullptr, &rec2));
    QCOMPARE(describe(rec2), describe(rec));
}

void TestImapFetchParser::parseFetchKeepsWhatIsNotSent()
{
    HeaderRecord rec;
    QVERIFY(imap::parseFetch(kRfc3501Fetch, nullptr, &rec));
    rec.uid = 99;
    // An unsolicited flag change replaces the flags and nothing else.
    QVERIFY(imap::parseFetch("* 12 FETCH (FLAGS (\\Deleted $Junk))\r\n", nullptr, &rec));
    QCOMPARE(rec.uid, 99u);
    QCOMPARE(rec.flags.bits, quint8(FlagDeleted));
    QCOMPARE(rec.flags.keywords, QByteArrayList{"$Junk"});
    QCOMPARE(rec.subject, QByteArray("IMAP4rev1 WG mtg summary and minutes"));
}

void TestImapFetchParser::parseFetchMalformed_data()
{
    QTest::addColumn<QByteArray>("response");
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("tagged") << QByteArray("A1 OK done\r\n");
    QTest::newRow("not fetch") << QByteArray("* 3 EXISTS\r\n");
    QTest::newRow("no number") << QByteArray("* FETCH (UID 1)\r\n");
    QTest::newRow("no paren") << QByteArray("* 1 FETCH UID 1\r\n");
    QTest::newRow("unterminated") << QByteArray("* 1 FETCH (UID 1\r\n");
    QTest::newRow("truncated") << QByteArray("* 1 FETCH (UID");
    QTest::newRow("uid not a number") << QByteArray("* 1 FETCH (UID x)\r\n");
    QTest::newRow("uid overflow") << QByteArray("* 1 FETCH (UID 99999999999)\r\n");
    QTest::newRow("literal past end") << QByteArray("* 1 FETCH (BODY[] {100}\r\nshort)\r\n");
    QTest::newRow("literal huge") << QByteArray("* 1 FETCH (BODY[] {99999999999999999999999}\r\nx)\r\n");
    QTest::newRow("literal without newline") << QByteArray("* 1 FETCH (BODY[] {3}abc)\r\n");
    QTest::newRow("unterminated quote") << QByteArray("* 1 FETCH (ENVELOPE (\"abc))\r\n");
    QTest::newRow("escape at end") << QByteArray("* 1 FETCH (ENVELOPE (\"abc\\");
    QTest::newRow("short envelope") << QByteArray("* 1 FETCH (ENVELOPE (NIL NIL))\r\n");
    QTest::newRow("bad address") << QByteArray("* 1 FETCH (ENVELOPE (NIL NIL ((NIL NIL \"a\")) NIL NIL NIL NIL NIL NIL NIL))\r\n");
    QTest::newRow("unbalanced unknown") << QByteArray("* 1 FETCH (X-FOO ((a) UID 1)\r\n");
    QTest::newRow("stray close") << QByteArray("* 1 FETCH (UID 1))\r\n");
    QTest::newRow("unterminated section") << QByteArray("* 1 FETCH (BODY[HEADER {2}\r\n\r\n)\r\n");
    QTest::newRow("flags unterminated") << QByteArray("* 1 FETCH (FLAGS (\\Seen\r\n");
    QTest::newRow("modseq bare") << QByteArray("* 1 FETCH (MODSEQ 5)\r\n");
    QTest::newRow("item without value") << QByteArray("* 1 FETCH (UID)\r\n");
    QTest::newRow("control byte") << QByteArray("* 1 FETCH (UID 1 \x01)\r\n");
}

void TestImapFetchParser::parseFetchMalformed()
{
    QFETCH(QByteArray, response);
    HeaderRecord rec;
    QByteArray error;
    QByteArray body;
    QVERIFY(!imap::parseFetch(sv(response), nullptr, &rec, &body, nullptr, &error));
    QVERIFY(!error.isEmpty());
}

void TestImapFetchParser::parseFetchDovecot()
{
    // Captured from dovecot 2.3.19 with
    // UID FETCH 1:* (UID FLAGS INTERNALDATE RFC822.SIZE ENVELOPE BODY.PEEK[HEADER.FIELDS (REFERENCES)])
    const QByteArray stream = readData("dovecot-2.3-fetch-envelope.txt");
    QVERIFY(!stream.isEmpty());
    const QList<QByteArray> responses = cut(stream);
    QCOMPARE(responses.size(), 5);
    QCOMPARE(imap::kindOf(sv(responses.last())), ResponseKind::Tagged);

    QByteArrayList described;
    for (int i = 0; i < 4; ++i) {
        HeaderRecord rec;
        quint32 seq = 0;
        QByteArray error;
        QVERIFY2(imap::parseFetch(sv(responses[i]), &seq, &rec, nullptr, nullptr, &error), error.constData());
        QCOMPARE(seq, quint32(i + 1));
        described << describe(rec);
    }
    QCOMPARE(described[0],
             QByteArray("uid=1|size=349|internaldate=837596665|flags=\\Seen"
                        "|date=Wed, 17 Jul 1996 02:23:25 -0700 (PDT)|subject=IMAP4rev1 WG mtg summary and minutes"
                        "|from=Terry Gray <gray@cac.washington.edu>|to=imap@cac.washington.edu"
                        "|cc=minutes@CNRI.Reston.VA.US, John Klensin <KLENSIN@MIT.EDU>"
                        "|messageid=<B27397-0100000@cac.washington.edu>"));
    QCOMPARE(described[1],
             QByteArray("uid=2|size=329|internaldate=1580720400|flags=\\Seen \\Flagged"
                        "|date=Mon, 3 Feb 2020 10:00:00 +0100|subject==?UTF-8?B?w5xiZXJzZXR6dW5n?= der Entw\xc3\xbcrfe"
                        "|from==?UTF-8?Q?J=C3=BCrgen_M=C3=BCller?= <juergen@example.de>"
                        "|to=undisclosed-recipients:;|inreplyto=<parent@example.de>|messageid=<abc@example.de>"
                        "|references=<root@example.de> <mid@example.de> <parent@example.de>"));
    QCOMPARE(described[2],
             QByteArray("uid=3|size=165|internaldate=1795695937|subject=line one folded"
                        "|from=Quote \"Me\" \\ Back <q@example.org>"
                        "|to=Team: a@example.org, B B <b@example.org>;, c@example.org|messageid=<x@y>"));
    QCOMPARE(described[3],
             QByteArray("uid=4|size=33|internaldate=1795695937|flags=\\Seen \\Answered"
                        "|from=nobody@MISSING_DOMAIN"));
}

void TestImapFetchParser::parseFetchDovecotBody()
{
    // FETCH 1:2 (MODSEQ BODYSTRUCTURE PREVIEW SAVEDATE BODY.PEEK[1] BINARY.PEEK[1] BINARY.SIZE[1]
    // BODY.PEEK[]<0.20>): the last body item wins.
    const QList<QByteArray> responses = cut(readData("dovecot-2.3-fetch-body.txt"));
    QCOMPARE(responses.size(), 3);
    HeaderRecord rec;
    QByteArray body, section;
    QVERIFY(imap::parseFetch(sv(responses[0]), nullptr, &rec, &body, &section));
    QCOMPARE(rec.modseq, quint64(2));
    QCOMPARE(body, QByteArray("Date: Wed, 17 Jul 19"));
    QCOMPARE(section, QByteArray(""));
    QVERIFY(imap::parseFetch(sv(responses[1]), nullptr, &rec, &body, &section));
    QCOMPARE(body, QByteArray("Date: Mon, 3 Feb 202"));
}

QTEST_APPLESS_MAIN(TestImapFetchParser)

#include "tst_imapfetchparser.moc"
