// SMTP submission against the project's own dovecot (scripts/testserver.py): building messages,
// sending over STARTTLS (587-style) and implicit TLS (465-style), delivery checked in the
// recipient's INBOX with doveadm, and the refusals people meet.

#include "protocols/Connection.h"
#include "protocols/smtp/OutgoingMessageBuilder.h"
#include "protocols/smtp/SendMessageJob.h"
#include "protocols/smtp/SendRawMessageJob.h"
#include "tests/support/TestServer.h"

#include <vmime/vmime.hpp>

#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace postier::protocols;
using postier::test::TestServer;

Q_DECLARE_METATYPE(postier::protocols::Security)

namespace {

QByteArray toLf(QByteArray data)
{
    return data.replace("\r\n", "\n");
}

QString address(const QString &user)
{
    return user + QStringLiteral("@postier.test");
}

bool hasBareLf(const QByteArray &data)
{
    for (qsizetype i = 0; i < data.size(); ++i) {
        if (data.at(i) == '\n' && (i == 0 || data.at(i - 1) != '\r'))
            return true;
    }
    return false;
}

std::string headerText(const vmime::shared_ptr<vmime::message> &m, const char *field)
{
    const auto value = m->getHeader()->findField(field)->getValue<vmime::text>();
    return value->getConvertedText(vmime::charsets::UTF_8);
}

// The unfolded value of a header field, as raw bytes.
QByteArray rawHeader(const QByteArray &message, const QByteArray &name)
{
    const QByteArray header = message.left(message.indexOf("\r\n\r\n") + 2);
    const QByteArray key = "\r\n" + name.toLower() + ':';
    const qsizetype at = ("\r\n" + header).toLower().indexOf(key);
    if (at < 0)
        return {};
    QByteArray value;
    qsizetype pos = at + key.size() - 2; // in `header`
    for (;;) {
        const qsizetype eol = header.indexOf("\r\n", pos);
        value += header.mid(pos, eol - pos);
        pos = eol + 2;
        if (pos >= header.size() || (header.at(pos) != ' ' && header.at(pos) != '\t'))
            break;
    }
    return value.trimmed();
}

// RFC 2047 decoding as a strict reader (Thunderbird, Python's email package) does it: white space
// between two encoded words is dropped, everything else is kept. Deliberately not vmime's own
// parser, which is lenient about exactly the mistakes we want to catch.
QString strictDecode(const QByteArray &value)
{
    static const QRegularExpression word(QStringLiteral("=\\?([^?]+)\\?([BbQq])\\?([^?]*)\\?="));
    const QString text = QString::fromLatin1(value);
    QString out;
    qsizetype last = 0;
    bool previousWasWord = false;
    auto it = word.globalMatch(text);
    while (it.hasNext()) {
        const auto m = it.next();
        const QString between = text.mid(last, m.capturedStart() - last);
        if (!(previousWasWord && between.trimmed().isEmpty()))
            out += between;
        QByteArray data = m.captured(3).toLatin1();
        if (m.captured(2).compare(QLatin1String("B"), Qt::CaseInsensitive) == 0) {
            data = QByteArray::fromBase64(data);
        } else {
            data.replace('_', ' ');
            QByteArray decoded;
            for (qsizetype i = 0; i < data.size(); ++i) {
                if (data.at(i) == '=' && i + 2 < data.size() + 0) {
                    decoded += char(data.mid(i + 1, 2).toInt(nullptr, 16));
                    i += 2;
                } else {
                    decoded += data.at(i);
                }
            }
            data = decoded;
        }
        out += QString::fromUtf8(data);
        last = m.capturedEnd();
        previousWasWord = true;
    }
    out += text.mid(last);
    return out;
}

OutgoingMessage sampleMessage(const QString &from, const QString &to)
{
    OutgoingMessage m;
    m.from = {QStringLiteral("Zoë Sender"), from};
    m.to = {{QStringLiteral("Anna Müller"), to}};
    m.subject = QStringLiteral("Grüße aus Köln: test ✓");
    m.textBody = QStringLiteral("Hallo Anna,\n\nGrüße!\n.\n.a line that starts with a dot\n");
    return m;
}

} // namespace

class TestSmtp : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();

    void buildsEncodedUtf8Message();
    void headersSurviveStrictReaders_data();
    void headersSurviveStrictReaders();
    void buildsMultipartWithAttachments();
    void bccOnlyMessageNamesNobody();
    void refusesMessagesItCannotBuild();
    void rawHelpers();

    void sendOverStartTls_data();
    void sendOverStartTls();
    void rawMessageIsStoredExactly();
    void recipientRejectedSendsNothing();
    void fullMailboxIsQuotaExceeded();
    void wrongPassword();
    void untrustedCertificate();

private:
    /// Waits (bounded) until the user's INBOX holds a message with this Message-ID and returns
    /// its stored text, or an empty array.
    QByteArray waitForMessage(const QString &user, const QByteArray &messageId);
    int inboxCount(const QString &user);

    TestServer m_server;
};

#define REQUIRE_SERVER()                                                                           \
    QVERIFY2(m_server.isValid(), qPrintable(QStringLiteral("No test server: ") + m_server.reason()))

void TestSmtp::initTestCase()
{
    m_server = TestServer::fromEnvironment();
    ensureVmimePlatform(); // the builder tests parse with vmime on this thread
}

QByteArray TestSmtp::waitForMessage(const QString &user, const QByteArray &messageId)
{
    const QStringList query{QStringLiteral("mailbox"), QStringLiteral("INBOX"),
                            QStringLiteral("header"), QStringLiteral("Message-ID"),
                            QString::fromLatin1(messageId)};
    QByteArray found;
    // Delivery goes submission -> relay -> LMTP; it takes well under a second.
    for (int attempt = 0; attempt < 100 && found.trimmed().isEmpty(); ++attempt) {
        if (attempt > 0)
            QTest::qWait(100);
        found = m_server.doveadm(QStringList{QStringLiteral("search"), QStringLiteral("-u"), user}
                                 + query);
    }
    if (found.trimmed().isEmpty())
        return {};
    QByteArray text = m_server.doveadm(
        QStringList{QStringLiteral("fetch"), QStringLiteral("-u"), user, QStringLiteral("text")}
        + query);
    if (text.startsWith("text:\n"))
        text = text.mid(6);
    return text;
}

int TestSmtp::inboxCount(const QString &user)
{
    const QByteArray out = m_server.doveadm({QStringLiteral("search"), QStringLiteral("-u"), user,
                                             QStringLiteral("mailbox"), QStringLiteral("INBOX"),
                                             QStringLiteral("ALL")});
    return int(out.trimmed().isEmpty() ? 0 : out.trimmed().count('\n') + 1);
}

void TestSmtp::buildsEncodedUtf8Message()
{
    OutgoingMessage m
        = sampleMessage(QStringLiteral("zoe@example.com"), QStringLiteral("anna@example.org"));
    m.cc = {{QString(), QStringLiteral("carl@example.org")}};
    m.bcc = {{QStringLiteral("Secret Bob"), QStringLiteral("bob@example.net")}};
    m.extraHeaders = {{"In-Reply-To", QStringLiteral("<parent@example.org>")},
                      {"X-Mood", QStringLiteral("très bien")}};
    BuiltMessage built;
    Error error;
    QVERIFY2(OutgoingMessageBuilder::build(m, &built, &error), qPrintable(error.sentence()));
    const QByteArray &bytes = built.bytes;

    QVERIFY(bytes.endsWith("\r\n"));
    QVERIFY(!hasBareLf(bytes));
    // Bcc reaches the envelope, never the header.
    QVERIFY(!bytes.contains("Bcc:") && !bytes.contains("bob@example.net"));
    QCOMPARE(m.envelopeRecipients(),
             QStringList({QStringLiteral("anna@example.org"), QStringLiteral("carl@example.org"),
                          QStringLiteral("bob@example.net")}));
    // Non-ASCII headers travel as encoded words; the message is pure ASCII on the wire.
    for (const char c : bytes)
        QVERIFY2(static_cast<unsigned char>(c) < 0x80, "8-bit byte in the generated message");
    QVERIFY(bytes.contains("Subject: =?"));
    QVERIFY(bytes.contains("User-Agent: Postier/" POSTIER_VERSION "\r\n"));
    QVERIFY(bytes.contains("\r\nDate: "));
    QVERIFY(bytes.toLower().contains("\r\nmime-version: 1.0\r\n"));
    QVERIFY(bytes.contains("\r\nIn-Reply-To: <parent@example.org>\r\n"));
    QVERIFY(built.messageId.endsWith("@example.com"));
    QVERIFY(bytes.toLower().contains(
        QByteArray("\r\nmessage-id: <" + built.messageId + ">\r\n").toLower()));

    // Read back with vmime: every header and the body decode to what was written.
    auto parsed = vmime::make_shared<vmime::message>();
    parsed->parse(std::string(bytes.constData(), size_t(bytes.size())));
    QCOMPARE(QString::fromStdString(headerText(parsed, "Subject")), m.subject);
    QCOMPARE(QString::fromStdString(headerText(parsed, "X-Mood")), QStringLiteral("très bien"));
    const auto from = parsed->getHeader()->From()->getValue<vmime::mailbox>();
    QCOMPARE(QString::fromStdString(from->getName().getConvertedText(vmime::charsets::UTF_8)),
             QStringLiteral("Zoë Sender"));
    QCOMPARE(QString::fromStdString(from->getEmail().toString()),
             QStringLiteral("zoe@example.com"));
    vmime::messageParser mp(parsed);
    QCOMPARE(mp.getTextPartCount(), size_t(1));
    const auto part = mp.getTextPartAt(0);
    QCOMPARE(part->getCharset(), vmime::charset(vmime::charsets::UTF_8));
    std::string text;
    vmime::utility::outputStreamStringAdapter out(text);
    part->getText()->extract(out);
    QCOMPARE(
        QString::fromStdString(text),
        QStringLiteral("Hallo Anna,\r\n\r\nGrüße!\r\n.\r\n.a line that starts with a dot\r\n"));

    // A Message-ID chosen by the caller is kept (with or without brackets).
    m.messageId = "<fixed-id@example.com>";
    QVERIFY(OutgoingMessageBuilder::build(m, &built, &error));
    QCOMPARE(built.messageId, QByteArray("fixed-id@example.com"));
    QVERIFY(built.bytes.toLower().contains("\r\nmessage-id: <fixed-id@example.com>\r\n"));
}

void TestSmtp::headersSurviveStrictReaders_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("subject");
    QTest::newRow("accents") << QStringLiteral("Zoë Sender")
                             << QStringLiteral("Grüße aus Köln: test ✓");
    QTest::newRow("ascii") << QStringLiteral("Zoe Sender") << QStringLiteral("Plain subject");
    QTest::newRow("specials") << QStringLiteral("Doe, John (work)")
                              << QStringLiteral("Re: [list] \"quoted\" words");
    QTest::newRow("long accents")
        << QStringLiteral("Ælfgifu Þórsdóttir-Łukasiewicz")
        << QStringLiteral("Très longue ligne d’objet, avec des accents à chaque mot, pour forcer "
                          "le découpage en plusieurs mots encodés — et des espaces  doubles.");
    QTest::newRow("long ascii")
        << QStringLiteral("Someone")
        << QStringLiteral("A very long plain subject line that certainly needs folding because it "
                          "goes on and on well past seventy-eight characters, with  two spaces.");
}

void TestSmtp::headersSurviveStrictReaders()
{
    QFETCH(QString, name);
    QFETCH(QString, subject);
    OutgoingMessage m;
    m.from = {name, QStringLiteral("zoe@example.com")};
    m.to = {{name, QStringLiteral("anna@example.org")}};
    m.subject = subject;
    m.textBody = QStringLiteral("x");
    BuiltMessage built;
    Error error;
    QVERIFY2(OutgoingMessageBuilder::build(m, &built, &error), qPrintable(error.sentence()));
    for (const char c : built.bytes)
        QVERIFY(static_cast<unsigned char>(c) < 0x80);
    const QByteArray header = built.bytes.left(built.bytes.indexOf("\r\n\r\n"));
    for (const QByteArray &line : header.split('\n'))
        QVERIFY2(line.size() <= 998, line.constData()); // RFC 5322 hard limit
    QCOMPARE(strictDecode(rawHeader(built.bytes, "Subject")), subject);
    // The display name, decoded strictly, then unquoted as an address parser would.
    QString from = strictDecode(rawHeader(built.bytes, "From"));
    QVERIFY2(from.endsWith(QLatin1String(" <zoe@example.com>")), qPrintable(from));
    from.chop(int(qstrlen("<zoe@example.com>")));
    from = from.trimmed(); // folding white space before the address is not part of the name
    if (from.startsWith(QLatin1Char('"')) && from.endsWith(QLatin1Char('"')))
        from = from.mid(1, from.size() - 2).replace(QLatin1String("\\\""), QLatin1String("\""));
    QCOMPARE(from, name);
}

void TestSmtp::buildsMultipartWithAttachments()
{
    QTemporaryDir tmp;
    const QString path = tmp.filePath(QStringLiteral("rapport été.pdf"));
    QByteArray pdf("%PDF-1.4\n");
    for (int i = 0; i < 5000; ++i)
        pdf += char(i % 256);
    {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(pdf);
    }
    OutgoingMessage m
        = sampleMessage(QStringLiteral("zoe@example.com"), QStringLiteral("anna@example.org"));
    m.htmlBody = QStringLiteral("<p>Grüße!</p>");
    m.attachments = {
        {path, {}, QStringLiteral("application/pdf"), {}},
        {{}, QByteArray("a,b\n1,2\n"), QStringLiteral("text/csv"), QStringLiteral("données.csv")}};
    BuiltMessage built;
    Error error;
    QVERIFY2(OutgoingMessageBuilder::build(m, &built, &error), qPrintable(error.sentence()));
    QVERIFY(built.bytes.contains("multipart/mixed"));
    QVERIFY(built.bytes.contains("multipart/alternative"));
    QVERIFY(!hasBareLf(built.bytes));

    auto parsed = vmime::make_shared<vmime::message>();
    parsed->parse(std::string(built.bytes.constData(), size_t(built.bytes.size())));
    vmime::messageParser mp(parsed);
    QCOMPARE(mp.getAttachmentCount(), size_t(2));
    QStringList names;
    QList<QByteArray> contents;
    for (size_t i = 0; i < mp.getAttachmentCount(); ++i) {
        const auto a = mp.getAttachmentAt(i);
        names << QString::fromStdString(a->getName().getConvertedText(vmime::charsets::UTF_8));
        std::string data;
        vmime::utility::outputStreamStringAdapter out(data);
        a->getData()->extract(out);
        contents << QByteArray(data.data(), qsizetype(data.size()));
    }
    QCOMPARE(names,
             QStringList({QStringLiteral("rapport été.pdf"), QStringLiteral("données.csv")}));
    QCOMPARE(contents.at(0), pdf);
    QCOMPARE(contents.at(1), QByteArray("a,b\n1,2\n"));
    QCOMPARE(mp.getTextPartCount(), size_t(2)); // plain and HTML
}

void TestSmtp::bccOnlyMessageNamesNobody()
{
    OutgoingMessage m;
    m.from = {{}, QStringLiteral("zoe@example.com")};
    m.bcc = {{{}, QStringLiteral("hidden@example.net")}};
    m.subject = QStringLiteral("Newsletter");
    m.textBody = QStringLiteral("Hi");
    BuiltMessage built;
    Error error;
    QVERIFY2(OutgoingMessageBuilder::build(m, &built, &error), qPrintable(error.sentence()));
    QVERIFY2(built.bytes.contains("To: undisclosed-recipients:;"), built.bytes.constData());
    QVERIFY(!built.bytes.contains("hidden@example.net"));
    QCOMPARE(m.envelopeRecipients(), QStringList{QStringLiteral("hidden@example.net")});
}

void TestSmtp::refusesMessagesItCannotBuild()
{
    BuiltMessage built;
    Error error;
    OutgoingMessage noRecipient;
    noRecipient.from = {{}, QStringLiteral("zoe@example.com")};
    QVERIFY(!OutgoingMessageBuilder::build(noRecipient, &built, &error));
    QCOMPARE(error.kind(), ErrorKind::Usage);
    QVERIFY(error.sentence().contains(QLatin1String("recipient")));

    OutgoingMessage missingFile
        = sampleMessage(QStringLiteral("zoe@example.com"), QStringLiteral("anna@example.org"));
    missingFile.attachments = {{QStringLiteral("/nonexistent/contract.pdf"), {}, {}, {}}};
    QVERIFY(!OutgoingMessageBuilder::build(missingFile, &built, &error));
    QCOMPARE(error.kind(), ErrorKind::LocalIo);
    QVERIFY2(error.sentence().contains(QLatin1String("/nonexistent/contract.pdf")),
             qPrintable(error.sentence()));

    OutgoingMessage badHeader
        = sampleMessage(QStringLiteral("zoe@example.com"), QStringLiteral("anna@example.org"));
    badHeader.extraHeaders = {{"Bad Name", QStringLiteral("x")}};
    QVERIFY(!OutgoingMessageBuilder::build(badHeader, &built, &error));
    QCOMPARE(error.kind(), ErrorKind::Usage);
}

void TestSmtp::rawHelpers()
{
    QCOMPARE(OutgoingMessageBuilder::canonicalCrlf("a\nb\r\nc\rd"),
             QByteArray("a\r\nb\r\nc\r\nd\r\n"));
    QCOMPARE(OutgoingMessageBuilder::canonicalCrlf("a\r\n"), QByteArray("a\r\n"));
    const QByteArray raw = "From: a@b\r\nBcc: x@y,\r\n  z@w\r\nbcc: q@r\r\nSubject: s\r\n\r\n"
                           "Bcc: this line is body text\r\n";
    QCOMPARE(OutgoingMessageBuilder::withoutBcc(raw),
             QByteArray("From: a@b\r\nSubject: s\r\n\r\nBcc: this line is body text\r\n"));
    QCOMPARE(OutgoingMessageBuilder::messageIdDomain(QStringLiteral("anna@Example.org")),
             QStringLiteral("Example.org"));
    QCOMPARE(OutgoingMessageBuilder::messageIdDomain(QStringLiteral("local")),
             QStringLiteral("localhost"));
}

void TestSmtp::sendOverStartTls_data()
{
    QTest::addColumn<Security>("security");
    QTest::newRow("submission STARTTLS") << Security::StartTls;
    QTest::newRow("submissions implicit TLS") << Security::Tls;
}

void TestSmtp::sendOverStartTls()
{
    REQUIRE_SERVER();
    QFETCH(Security, security);
    const QString sender = m_server.addUser(QStringLiteral("smtpfrom"));
    const QString recipient = m_server.addUser(QStringLiteral("smtpto"));
    const QString hidden = m_server.addUser(QStringLiteral("smtpbcc"));
    QVERIFY(!sender.isEmpty() && !recipient.isEmpty() && !hidden.isEmpty());
    const ServerEndpoint endpoint = m_server.endpoint(Protocol::Smtp, security, sender);
    QCOMPARE(endpoint.port,
             m_server.port(security == Security::Tls ? "SUBMISSIONS_PORT" : "SUBMISSION_PORT"));
    Connection connection(endpoint, TestServer::passwordFor(sender));

    OutgoingMessage m = sampleMessage(address(sender), address(recipient));
    m.bcc = {{QStringLiteral("Hidden"), address(hidden)}};
    m.attachments = {{{},
                      QByteArray(100000, 'z'),
                      QStringLiteral("application/octet-stream"),
                      QStringLiteral("z.bin")}};
    SendMessageJob send(m);
    QVERIFY(!send.isRetryable());
    QSignalSpy progress(&send, &Job::progress);
    const Error error = runJobAndWait(connection, send);
    QVERIFY2(error.isOk(), qPrintable(error.sentence()));
    QVERIFY(!send.messageId().isEmpty());
    QVERIFY(send.messageId().endsWith("@postier.test"));
    QVERIFY(!progress.isEmpty());
    QCOMPARE(progress.last().at(0).toLongLong(), progress.last().at(1).toLongLong());
    QVERIFY(progress.last().at(0).toLongLong() > 100000);

    // The recipient has exactly the bytes the job reports (after the trace headers servers add),
    // so appending messageBytes() to Sent stores what was really sent.
    const QByteArray received = waitForMessage(recipient, send.messageId());
    QVERIFY2(!received.isEmpty(), "the message did not arrive within 10 s");
    QVERIFY2(received.endsWith(toLf(send.messageBytes())), received.right(300).constData());
    QVERIFY(!received.contains("Bcc:"));
    // The Bcc recipient got it too, without a trace of the Bcc list in the header.
    const QByteArray hiddenCopy = waitForMessage(hidden, send.messageId());
    QVERIFY(hiddenCopy.endsWith(toLf(send.messageBytes())));
    QVERIFY(!send.messageBytes().contains(address(hidden).toUtf8()));

    // The same connection sends a second message (vmime resets the transaction with RSET).
    SendMessageJob again(sampleMessage(address(sender), address(recipient)));
    QVERIFY(runJobAndWait(connection, again).isOk());
    QVERIFY(!waitForMessage(recipient, again.messageId()).isEmpty());
}

void TestSmtp::rawMessageIsStoredExactly()
{
    REQUIRE_SERVER();
    const QString sender = m_server.addUser(QStringLiteral("smtpraw"));
    const QString recipient = m_server.addUser(QStringLiteral("smtprawto"));
    QVERIFY(!sender.isEmpty() && !recipient.isEmpty());
    Connection connection(m_server.endpoint(Protocol::Smtp, Security::StartTls, sender),
                          TestServer::passwordFor(sender));

    // LF line ends (as a draft on disk may have), a Bcc line to drop, lines that start with a
    // dot, and a line ending in '.' right before every multiple of 4 KiB, so that whatever block
    // size the copy loop uses, some block ends with a dot followed by CRLF.
    const QByteArray id = "raw-" + sender.toUtf8() + "@postier.test";
    const QByteArray from = "From: " + address(sender).toUtf8() + "\r\n";
    const QByteArray rest = "To: " + address(recipient).toUtf8()
        + "\r\nSubject: dots at block edges\r\nMessage-ID: <" + id + ">\r\n\r\n";
    QByteArray crlf = from + rest; // what the server must store, without the Bcc line
    for (int k = 1; k <= 40; ++k) {
        const qsizetype boundary = qsizetype(k) * 4096;
        while (boundary - 1 - crlf.size() > 80)
            crlf += QByteArray(70, 'a') + "\r\n";
        if (k % 4 == 0)
            crlf += ".a line that starts with a dot\r\n.\r\n";
        while (boundary - 1 - crlf.size() > 80)
            crlf += QByteArray(70, 'a') + "\r\n";
        const qsizetype gap = boundary - 1 - crlf.size();
        crlf += QByteArray(gap, 'b') + ".\r\n"; // '.' is the last byte of the block
    }
    crlf += "last\r\n";
    const QByteArray input = toLf(from + "Bcc: secret@postier.test,\r\n  other@postier.test\r\n"
                                  + crlf.mid(from.size()));
    SendRawMessageJob send(input, address(sender), {address(recipient)});
    const Error error = runJobAndWait(connection, send);
    QVERIFY2(error.isOk(), qPrintable(error.sentence()));
    QCOMPARE(send.input(), input); // kept as given
    QVERIFY(!send.messageBytes().contains("Bcc:"));
    QVERIFY(!hasBareLf(send.messageBytes()));
    QCOMPARE(send.messageBytes(), crlf);

    const QByteArray received = waitForMessage(recipient, id);
    QVERIFY2(!received.isEmpty(), "the message did not arrive within 10 s");
    // vmime alone stored "b.." for every "b." line ending on a 16 KiB edge; see SmtpSubmission.cpp.
    QVERIFY2(received.endsWith(toLf(crlf)), "the stored message differs from the bytes sent");
}

void TestSmtp::recipientRejectedSendsNothing()
{
    REQUIRE_SERVER();
    const QString sender = m_server.addUser(QStringLiteral("smtprej"));
    const QString recipient = m_server.addUser(QStringLiteral("smtprejto"));
    QVERIFY(!sender.isEmpty() && !recipient.isEmpty());
    Connection connection(m_server.endpoint(Protocol::Smtp, Security::StartTls, sender),
                          TestServer::passwordFor(sender));

    // Dovecot's submission service checks the syntax of each RCPT itself (the relay behind it
    // accepts every address): a domain with a trailing dot, a typo at the end of a sentence, is
    // refused with "501 5.5.4 Invalid TO: Invalid character in domain".
    OutgoingMessage m = sampleMessage(address(sender), address(recipient));
    m.cc = {{QStringLiteral("Typo"), QStringLiteral("bob@example.org.")}};
    SendMessageJob send(m);
    Error error = runJobAndWait(connection, send);
    QCOMPARE(error.kind(), ErrorKind::RecipientRejected);
    QVERIFY2(error.sentence().contains(QStringLiteral("“bob@example.org.”")),
             qPrintable(error.sentence()));
    QVERIFY2(error.sentence().contains(m_server.host()), qPrintable(error.sentence()));
    QVERIFY2(error.serverText().startsWith(QLatin1String("501")), qPrintable(error.serverText()));
    QVERIFY2(error.sentence().contains(error.serverText()), qPrintable(error.sentence()));
    // Nothing is lost: the job keeps the message and its bytes for another try.
    QCOMPARE(send.message().subject, m.subject);
    QCOMPARE(send.message().cc.size(), 1);
    QVERIFY(!send.messageBytes().isEmpty());

    // Fixed, on the same connection: only this second message arrives, so the first one went to
    // nobody, not even to the valid recipient.
    OutgoingMessage fixed = m;
    fixed.cc.clear();
    SendMessageJob retry(fixed);
    error = runJobAndWait(connection, retry);
    QVERIFY2(error.isOk(), qPrintable(error.sentence()));
    QVERIFY(!waitForMessage(recipient, retry.messageId()).isEmpty());
    QCOMPARE(inboxCount(recipient), 1);

    // Addresses that vmime would silently rewrite into someone else's ("bob" into bob@<this
    // computer's name>, "bob@" into invalid@invalid, "b ob@x" into b@<this computer>) are
    // refused before anything is sent.
    for (const QString &bad :
         {QStringLiteral("bob"), QStringLiteral("bob@"), QStringLiteral("b ob@example.org"),
          QStringLiteral("élise@postier.test")}) {
        SendRawMessageJob raw(send.messageBytes(), address(sender), {address(recipient), bad});
        error = runJobAndWait(connection, raw);
        QCOMPARE(error.kind(), ErrorKind::RecipientRejected);
        QVERIFY2(error.sentence().contains(QStringLiteral("“%1”").arg(bad)),
                 qPrintable(error.sentence()));
        QVERIFY(error.serverText().isEmpty());
    }
    SendRawMessageJob badSender(send.messageBytes(), QStringLiteral("me"), {address(recipient)});
    QCOMPARE(runJobAndWait(connection, badSender).kind(), ErrorKind::Usage);
    // A non-ASCII domain is fine: it goes out in its IDNA form.
    SendRawMessageJob idna(send.messageBytes(), address(sender),
                           {QStringLiteral("anna@bücher.example")});
    error = runJobAndWait(connection, idna);
    QVERIFY2(error.isOk(), qPrintable(error.sentence()));
    QCOMPARE(inboxCount(recipient), 1);
}

void TestSmtp::fullMailboxIsQuotaExceeded()
{
    REQUIRE_SERVER();
    const QString sender = m_server.addUser(QStringLiteral("smtpq"));
    const QString full = m_server.addUser(QStringLiteral("smtpfull"), QStringLiteral("1k"));
    QVERIFY(!sender.isEmpty() && !full.isEmpty());
    Connection connection(m_server.endpoint(Protocol::Smtp, Security::StartTls, sender),
                          TestServer::passwordFor(sender));
    OutgoingMessage m = sampleMessage(address(sender), address(full));
    m.textBody = QString(QStringLiteral("This line is long enough to fill a tiny mailbox.\n"))
                     .repeated(100);
    SendMessageJob send(m);
    const Error error = runJobAndWait(connection, send);
    QCOMPARE(error.kind(), ErrorKind::QuotaExceeded);
    QVERIFY2(error.serverText().startsWith(QLatin1String("552")), qPrintable(error.serverText()));
    QVERIFY2(error.sentence().contains(m_server.host()), qPrintable(error.sentence()));
    QCOMPARE(send.message().textBody, m.textBody);
    QCOMPARE(inboxCount(full), 0);
}

void TestSmtp::wrongPassword()
{
    REQUIRE_SERVER();
    const QString sender = m_server.addUser(QStringLiteral("smtpbadpw"));
    QVERIFY(!sender.isEmpty());
    for (const Security security : {Security::StartTls, Security::Tls}) {
        Connection connection(m_server.endpoint(Protocol::Smtp, security, sender),
                              QStringLiteral("wrong"));
        SendMessageJob send(sampleMessage(address(sender), address(sender)));
        const Error error = runJobAndWait(connection, send);
        QCOMPARE(error.kind(), ErrorKind::Auth);
        QVERIFY2(error.sentence().contains(m_server.host()), qPrintable(error.sentence()));
        QVERIFY2(error.sentence().contains(sender), qPrintable(error.sentence()));
    }
}

void TestSmtp::untrustedCertificate()
{
    REQUIRE_SERVER();
    const QString sender = m_server.addUser(QStringLiteral("smtpcert"));
    QVERIFY(!sender.isEmpty());
    const QString commonName = m_server.certificateCommonName();
    QVERIFY2(!commonName.isEmpty(), qPrintable(m_server.dir()));
    for (const Security security : {Security::StartTls, Security::Tls}) {
        ServerEndpoint endpoint = m_server.endpoint(Protocol::Smtp, security, sender);
        endpoint.trust.extraCaFile.clear();
        Connection connection(endpoint, TestServer::passwordFor(sender));
        SendMessageJob send(sampleMessage(address(sender), address(sender)));
        const Error error = runJobAndWait(connection, send);
        QCOMPARE(error.kind(), ErrorKind::TlsUntrusted);
        QCOMPARE(error.certificate().sha256.size(), 32);
        QVERIFY(error.sentence().contains(error.certificate().fingerprintText()));
        // The subject names the server: the CN of the test server's certificate.
        QVERIFY2(!error.certificate().subject.isEmpty(), qPrintable(error.sentence()));
        QCOMPARE(error.certificate().subject, commonName);
    }
}

QTEST_GUILESS_MAIN(TestSmtp)
#include "tst_smtp.moc"
