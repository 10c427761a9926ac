#include "protocols/imap/ImapParser.h"

#include <QFile>
#include <QRandomGenerator>
#include <QTest>

#include <memory>

using namespace postier::protocols;
using namespace postier::protocols::imap;

namespace {

std::string_view sv(const QByteArray &b)
{
    return std::string_view(b.constData(), static_cast<size_t>(b.size()));
}

QByteArray bytes(std::string_view v)
{
    return QByteArray(v.data(), static_cast<qsizetype>(v.size()));
}

// A compact, stable description of everything a FETCH filled, for readable comparisons.
QByteArray describe(const HeaderRecord &r)
{
    QByteArrayList parts;
    auto add = [&parts](const char *name, const QByteArray &value) {
        if (!value.isEmpty())
            parts << QByteArray(QByteArray(name) + '=' + value);
    };
    if (r.uid)
        add("uid", QByteArray::number(r.uid));
    if (r.size)
        add("size", QByteArray::number(r.size));
    if (r.internalDate)
        add("internaldate", QByteArray::number(r.internalDate));
    if (r.modseq)
        add("modseq", QByteArray::number(r.modseq));
    QByteArray flags = r.flags.toImapList();
    if (r.flags.bits & FlagRecent)
        flags += flags.isEmpty() ? "\\Recent" : " \\Recent";
    add("flags", flags);
    add("date", r.date);
    add("subject", r.subject);
    add("from", r.from);
    add("to", r.to);
    add("cc", r.cc);
    add("inreplyto", r.inReplyTo);
    add("messageid", r.messageId);
    add("references", r.references);
    return parts.join('|');
}

QByteArray readData(const char *name)
{
    QFile f(QStringLiteral(POSTIER_TEST_DATA "/imap/") + QLatin1String(name));
    if (!f.open(QIODevice::ReadOnly))
        return QByteArray();
    return f.readAll();
}

QList<QByteArray> cut(const QByteArray &stream)
{
    ResponseBuffer buffer;
    buffer.append(stream.constData(), static_cast<size_t>(stream.size()));
    QList<QByteArray> out;
    std::string_view r;
    while (buffer.take(&r))
        out << bytes(r);
    return out;
}

// The RFC 3501 section 8 example, on one line as a server sends it.
const char kRfc3501Fetch[] =
    "* 12 FETCH (FLAGS (\\Seen) INTERNALDATE \"17-Jul-1996 02:44:25 -0700\" "
    "RFC822.SIZE 4286 ENVELOPE (\"Wed, 17 Jul 1996 02:23:25 -0700 (PDT)\" "
    "\"IMAP4rev1 WG mtg summary and minutes\" "
    "((\"Terry Gray\" NIL \"gray\" \"cac.washington.edu\")) "
    "((\"Terry Gray\" NIL \"gray\" \"cac.washington.edu\")) "
    "((\"Terry Gray\" NIL \"gray\" \"cac.washington.edu\")) "
    "((NIL NIL \"imap\" \"cac.washington.edu\")) "
    "((NIL NIL \"minutes\" \"CNRI.Reston.VA.US\")"
    "(\"John Klensin\" NIL \"KLENSIN\" \"MIT.EDU\")) NIL NIL "
    "\"<B27397-0100000@cac.washington.edu>\") "
    "BODY (\"TEXT\" \"PLAIN\" (\"CHARSET\" \"US-ASCII\") NIL NIL \"7BIT\" 3028 92))\r\n";

const char kRfc3501Expected[] =
    "size=4286|internaldate=837596665|flags=\\Seen"
    "|date=Wed, 17 Jul 1996 02:23:25 -0700 (PDT)|subject=IMAP4rev1 WG mtg summary and minutes"
    "|from=Terry Gray <gray@cac.washington.edu>|to=imap@cac.washington.edu"
    "|cc=minutes@CNRI.Reston.VA.US, John Klensin <KLENSIN@MIT.EDU>"
    "|messageid=<B27397-0100000@cac.washington.edu>";

} // namespace

class TestImapParser : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void kindOf_data();
    void kindOf();
    void parseStatus_data();
    void parseStatus();

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

void TestImapParser::parseFetch_data()
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

void TestImapParser::parseFetch()
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

void TestImapParser::parseFetchSequenceNumber()
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

void TestImapParser::parseFetchBody_data()
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

void TestImapParser::parseFetchBody()
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

void TestImapParser::parseFetchKeepsWhatIsNotSent()
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

void TestImapParser::parseFetchMalformed_data()
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

void TestImapParser::parseFetchMalformed()
{
    QFETCH(QByteArray, response);
    HeaderRecord rec;
    QByteArray error;
    QByteArray body;
    QVERIFY(!imap::parseFetch(sv(response), nullptr, &rec, &body, nullptr, &error));
    QVERIFY(!error.isEmpty());
}

void TestImapParser::parseFetchDovecot()
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

void TestImapParser::parseFetchDovecotBody()
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

void TestImapParser::parseInternalDate_data()
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

void TestImapParser::parseInternalDate()
{
    QFETCH(QByteArray, text);
    QTEST(imap::parseInternalDate(sv(text)), "expected");
}

void TestImapParser::formatInternalDate_data()
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

void TestImapParser::formatInternalDate()
{
    QFETCH(qint64, seconds);
    QTEST(imap::formatInternalDate(seconds), "expected");
}

void TestImapParser::internalDateRoundTrip()
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

void TestImapParser::mailboxName_data()
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

void TestImapParser::mailboxName()
{
    QFETCH(QString, name);
    QFETCH(QByteArray, encoded);
    QCOMPARE(imap::encodeMailboxName(name), encoded);
    QCOMPARE(imap::decodeMailboxName(encoded), name);
}

void TestImapParser::decodeMailboxNameTolerant_data()
{
    QTest::addColumn<QByteArray>("raw");
    QTest::addColumn<QString>("expected");
    QTest::newRow("raw utf-8 from a non-compliant server") << QByteArray("Entw\xc3\xbcrfe") << QStringLiteral("Entw\u00fcrfe");
    QTest::newRow("unterminated shift") << QByteArray("a&APw") << QStringLiteral("a&APw");
    QTest::newRow("bad base64") << QByteArray("a&A*w-") << QStringLiteral("a&A*w-");
    QTest::newRow("dangling bits") << QByteArray("&APx-") << QStringLiteral("&APx-");
    QTest::newRow("too short") << QByteArray("&AP-") << QStringLiteral("&AP-");
}

void TestImapParser::decodeMailboxNameTolerant()
{
    QFETCH(QByteArray, raw);
    QTEST(imap::decodeMailboxName(raw), "expected");
}

void TestImapParser::quoteString_data()
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

void TestImapParser::quoteString()
{
    QFETCH(QByteArray, value);
    QFETCH(bool, ok);
    QByteArray quoted;
    QCOMPARE(imap::quoteString(value, &quoted), ok);
    if (ok)
        QTEST(quoted, "quoted");
}

void TestImapParser::uidSet_data()
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

void TestImapParser::uidSet()
{
    QFETCH(QList<quint32>, uids);
    QTEST(imap::uidSet(uids), "expected");
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
