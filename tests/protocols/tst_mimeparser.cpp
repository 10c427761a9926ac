#include "protocols/mime/Charset.h"
#include "protocols/mime/MessageParser.h"

#include <QElapsedTimer>
#include <QFile>
#include <QTest>
#include <QThread>
#include <QThreadPool>

#include <atomic>

using namespace postier::protocols;

namespace {

QByteArray sample(const char *name)
{
    QFile f(QStringLiteral(POSTIER_TEST_DATA "/mime/") + QLatin1String(name));
    if (!f.open(QIODevice::ReadOnly))
        qFatal("missing sample %s", name);
    return f.readAll();
}

QString addresses(const QList<MailAddress> &list)
{
    QStringList out;
    for (const auto &a : list)
        out << (a.name.isEmpty() ? a.address : a.name + QStringLiteral(" <") + a.address + QLatin1Char('>'));
    return out.join(QStringLiteral(", "));
}

const ParsedMessage::Attachment *attachmentNamed(const ParsedMessage &m, const QString &name)
{
    for (const auto &a : m.attachments) {
        if (a.fileName == name)
            return &a;
    }
    return nullptr;
}

QByteArray crlf(QByteArray text)
{
    return text.replace("\r\n", "\n").replace("\n", "\r\n");
}

} // namespace

class TestMimeParser : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void alternativeQuotedPrintable()
    {
        const ParsedMessage m = parseMessage(sample("alternative-qp.eml"));
        QVERIFY2(m.problem.isEmpty(), qPrintable(m.problem));
        QCOMPARE(m.subject, QStringLiteral("Réunion de l’équipe — ordre du jour"));
        QCOMPARE(addresses(m.from), QStringLiteral("Léa Dubois <lea.dubois@example.fr>"));
        QCOMPARE(addresses(m.to), QStringLiteral("Müller, Anna <anna@example.com>"));
        QCOMPARE(addresses(m.cc),
                 QStringLiteral("Ben Okafor <ben@example.org>, 山田 <yamada@example.jp>"));
        QCOMPARE(addresses(m.replyTo), QStringLiteral("Léa Dubois <lea@example.fr>"));
        QCOMPARE(m.date, QDateTime(QDate(2024, 5, 14), QTime(9, 12, 33), Qt::OffsetFromUTC, 7200));
        QCOMPARE(m.date.offsetFromUtc(), 7200);
        QCOMPARE(m.messageId, QStringLiteral("20240514091233.4711@example.fr"));
        QCOMPARE(m.inReplyTo, QStringList{QStringLiteral("5c2a1@example.com")});
        QCOMPARE(m.references,
                 (QStringList{QStringLiteral("root.1@example.com"), QStringLiteral("5c2a1@example.com")}));

        // Quoted-printable UTF-8: soft line breaks joined, no-break space kept, CRLF -> LF.
        QVERIFY(m.textBody.startsWith(QStringLiteral("Bonjour Anna,\n\nVoici l’ordre du jour pour "
                                                     "la réunion de jeudi\u00A0:\n")));
        QVERIFY(m.textBody.contains(QStringLiteral("Café et croissants ☕\n")));
        QVERIFY(m.textBody.contains(
            QStringLiteral("volontairement longue afin que l’encodeur la coupe en deux morceaux.")));
        QVERIFY(m.textBody.contains(QStringLiteral("> Est-ce qu'on peut décaler à 10h ?")));
        QVERIFY(m.textBody.endsWith(QStringLiteral("À jeudi,\nLéa")));
        QVERIFY(!m.textBody.contains(QLatin1Char('\r')));
        // ISO-8859-1 HTML.
        QVERIFY(m.htmlBody.contains(QStringLiteral("<p>À jeudi,<br>Léa</p>")));
        QVERIFY(m.htmlBody.contains(QStringLiteral("Café et croissants</li>")));
        QVERIFY(m.attachments.isEmpty());
        QVERIFY(m.inlineParts.isEmpty());
    }

    void newsletterInlineImageAndHeaders()
    {
        const ParsedMessage m = parseMessage(sample("newsletter.eml"));
        QVERIFY2(m.problem.isEmpty(), qPrintable(m.problem));
        QCOMPARE(m.subject, QStringLiteral("The Weekly Byte — Issue 42"));
        QCOMPARE(addresses(m.from), QStringLiteral("The Weekly Byte <news@weekly-byte.example>"));
        QCOMPARE(m.listUnsubscribe,
                 QStringLiteral("<mailto:unsubscribe@weekly-byte.example?subject=8d7f>, "
                                "<https://weekly-byte.example/unsubscribe?u=8d7f>"));
        QVERIFY(m.textBody.startsWith(QStringLiteral("The Weekly Byte, issue 42")));
        QVERIFY(m.htmlBody.contains(QStringLiteral("cid:logo@weekly-byte.example")));
        QVERIFY(m.htmlBody.contains(QStringLiteral("<script")));  // raw: sanitising is the viewer's job

        QCOMPARE(m.inlineParts.size(), 1);
        const auto *logo = m.inlinePart(QStringLiteral("logo@weekly-byte.example"));
        QVERIFY(logo);
        QCOMPARE(logo->mimeType, QStringLiteral("image/png"));
        QCOMPARE(logo->data.size(), 155); // make-samples.py prints "LOGO 155"
        QVERIFY(logo->data.startsWith("\x89PNG\r\n\x1a\n"));
        QVERIFY(m.inlinePart(QStringLiteral("LOGO%40weekly-byte.example"))); // case and %-encoding
        // The logo is shown by the HTML, so it is not listed as an attachment.
        QVERIFY(m.attachments.isEmpty());
    }

    void rfc2231AttachmentNames()
    {
        const QByteArray raw = sample("attachments-rfc2231.eml");
        const ParsedMessage m = parseMessage(raw);
        QVERIFY2(m.problem.isEmpty(), qPrintable(m.problem));
        QCOMPARE(m.subject, QStringLiteral("Bericht März und Grüße"));
        QVERIFY(m.textBody.contains(QStringLiteral("anbei der Bericht für März.")));
        QCOMPARE(m.attachments.size(), 4);

        const auto *pdf = attachmentNamed(m, QStringLiteral("Bericht März.pdf"));
        QVERIFY(pdf);
        QCOMPARE(pdf->mimeType, QStringLiteral("application/pdf"));
        QCOMPARE(pdf->size, 426); // make-samples.py prints "PDF 426"
        QCOMPARE(pdf->partPath, QByteArray("2"));
        const QByteArray pdfData = attachmentData(raw, pdf->index);
        QCOMPARE(pdfData.size(), 426);
        QVERIFY(pdfData.startsWith("%PDF-1.4\n"));

        const auto *txt = attachmentNamed(m, QStringLiteral("Grüße.txt")); // ISO-8859-1 RFC 2231
        QVERIFY(txt);
        QCOMPARE(txt->mimeType, QStringLiteral("text/plain"));
        QCOMPARE(attachmentData(raw, txt->index), QByteArray("Sch\xF6ne Gr\xFC\xDF" "e!"));
        QCOMPARE(txt->size, 13);

        QVERIFY(attachmentNamed(m, QStringLiteral("Überblick 2024.xlsx"))); // RFC 2047 in a parameter

        // "../../invoice<RLO>fdp.exe": no directory part, no bidi override to disguise ".exe".
        const auto *exe = attachmentNamed(m, QStringLiteral("invoicefdp.exe"));
        QVERIFY2(exe, qPrintable(m.attachments.last().fileName));
        QCOMPARE(attachmentData(raw, exe->index).left(2), QByteArray("MZ"));

        QVERIFY(attachmentData(raw, 99).isEmpty());
        QVERIFY(attachmentData(raw, -1).isEmpty());
    }

    void iso2022jp()
    {
        const ParsedMessage m = parseMessage(sample("iso-2022-jp.eml"));
        QVERIFY2(m.problem.isEmpty(), qPrintable(m.problem));
        QCOMPARE(m.subject, QStringLiteral("会議のお知らせ"));
        QCOMPARE(addresses(m.from), QStringLiteral("田中 太郎 <tanaka@example.jp>"));
        QCOMPARE(m.textBody,
                 QStringLiteral("田中です。\n来週の会議は火曜日の午後３時からです。\n"
                                "資料は前日までにお送りします。\n\nよろしくお願いいたします。\n"));
        QCOMPARE(m.date.offsetFromUtc(), 9 * 3600);
    }

    void raw8bitHeaders()
    {
        const ParsedMessage m = parseMessage(sample("raw-8bit-headers.eml"));
        QCOMPARE(m.subject, QStringLiteral("Grüße aus Zürich – Fotos"));             // UTF-8
        QCOMPARE(addresses(m.from), QStringLiteral("Jörg Weiß <joerg@example.de>"));  // UTF-8
        QCOMPARE(addresses(m.to), QStringLiteral("Anna Müller <anna@example.com>")); // Latin-1
        // No Content-Type: text/plain, and the Latin-1 body is not valid UTF-8 -> windows-1252.
        QVERIFY(m.textBody.contains(QStringLiteral("Schöne Grüße aus Zürich!\nJörg")));
    }

    void brokenMessage()
    {
        const QByteArray raw = sample("broken.eml");
        const ParsedMessage m = parseMessage(raw);
        QVERIFY(!m.problem.isEmpty());
        QVERIFY2(m.problem.contains(QStringLiteral("blank line")), qPrintable(m.problem));
        QVERIFY(m.problem.contains(QStringLiteral("cut off")));
        QVERIFY(m.subject.startsWith(QStringLiteral("broken café")));
        QVERIFY(!m.date.isValid());
        QCOMPARE(addresses(m.from), QStringLiteral("Broken Mailer <broken@example.com>"));
        // The header ended at the line without a colon, yet the parts after it are found.
        QVERIFY(m.textBody.contains(QStringLiteral("Text with a NUL\uFFFDbyte and 8-bit été")));
        QVERIFY(m.textBody.contains(QStringLiteral("A part with no header at all.")));
        // Unknown transfer encoding: kept as sent; broken base64 image: still listed.
        QCOMPARE(m.attachments.size(), 2);
        QCOMPARE(m.attachments[0].mimeType, QStringLiteral("application/x-thing"));
        QCOMPARE(attachmentData(raw, m.attachments[0].index),
                 QByteArray("H4sIAAAAAAAAA8tIzcnJBwCGphA2BQAAAA=="));
        QCOMPARE(m.attachments[1].mimeType, QStringLiteral("image/png"));
        QCOMPARE(m.attachments[1].contentId, QStringLiteral("broken-image"));
    }

    void forwardedMessage()
    {
        const QByteArray raw = sample("forwarded.eml");
        const ParsedMessage m = parseMessage(raw);
        QVERIFY2(m.problem.isEmpty(), qPrintable(m.problem));
        // format=flowed: soft breaks joined.
        QCOMPARE(m.textBody,
                 QStringLiteral("Hallo Ben, kannst du dir die Rechnung unten bitte ansehen? Sie "
                                "scheint mir zu hoch zu sein.\n\nAnna"));
        QCOMPARE(m.attachments.size(), 1);
        const auto &fwd = m.attachments.first();
        QCOMPARE(fwd.mimeType, QStringLiteral("message/rfc822"));
        QCOMPARE(fwd.fileName, QStringLiteral("Rechnung für Mai.eml"));
        const QByteArray inner = attachmentData(raw, fwd.index);
        QCOMPARE(inner.size(), fwd.size);
        QVERIFY(inner.startsWith("Date: Wed, 29 May 2024"));
        // The inner message is a message of its own.
        const ParsedMessage innerMessage = parseMessage(inner);
        QCOMPARE(innerMessage.subject, QStringLiteral("Rechnung für Mai"));
        QCOMPARE(innerMessage.attachments.size(), 1);
        QCOMPARE(innerMessage.attachments.first().fileName, QStringLiteral("rechnung-mai.pdf"));
        QCOMPARE(attachmentData(inner, 0), QByteArray("%PDF-1.4\n"));
    }

    void appleMailSplitText()
    {
        const QByteArray raw = crlf(
            "From: a@example.com\nSubject: photos\nMIME-Version: 1.0\n"
            "Content-Type: multipart/mixed; boundary=\"apple\"\n\n"
            "--apple\nContent-Type: text/plain; charset=us-ascii\n\nBefore the photo.\n"
            "--apple\nContent-Type: image/jpeg; name=\"IMG_1.jpg\"\nContent-Disposition: inline; filename=IMG_1.jpg\n"
            "Content-Transfer-Encoding: base64\n\n/9j/4AAQSkZJRg==\n"
            "--apple\nContent-Type: text/plain; charset=us-ascii\n\nAfter the photo.\n"
            "--apple--\n");
        const ParsedMessage m = parseMessage(raw);
        QCOMPARE(m.textBody, QStringLiteral("Before the photo.\n\nAfter the photo."));
        QCOMPARE(m.attachments.size(), 1);
        QCOMPARE(m.attachments.first().fileName, QStringLiteral("IMG_1.jpg"));
        QVERIFY(m.attachments.first().isInline);
        QCOMPARE(m.attachments.first().size, 10);
    }

    void unreferencedInlineImageIsListed()
    {
        const QByteArray raw = crlf(
            "From: a@example.com\nSubject: x\nContent-Type: multipart/related; boundary=r\n\n"
            "--r\nContent-Type: text/html\n\n<p>no image here</p>\n"
            "--r\nContent-Type: image/gif\nContent-ID: <unused@x>\nContent-Transfer-Encoding: base64\n\n"
            "R0lGODlhAQABAAAAACw=\n--r--\n");
        const ParsedMessage m = parseMessage(raw);
        QCOMPARE(m.htmlBody, QStringLiteral("<p>no image here</p>"));
        QCOMPARE(m.attachments.size(), 1);
        QCOMPARE(m.attachments.first().contentId, QStringLiteral("unused@x"));
        QCOMPARE(m.attachments.first().fileName, QStringLiteral("attachment-1.gif"));
        QVERIFY(m.inlinePart(QStringLiteral("unused@x")));
    }

    void bareLfAndNoHeader()
    {
        ParsedMessage m = parseMessage("Subject: bare\n\nline one\nline two\n");
        QCOMPARE(m.subject, QStringLiteral("bare"));
        QCOMPARE(m.textBody, QStringLiteral("line one\nline two\n"));

        m = parseMessage("no header at all, just text");
        QVERIFY(!m.problem.isEmpty());
        QCOMPARE(m.textBody, QStringLiteral("no header at all, just text"));

        m = parseMessage(QByteArray());
        QVERIFY(m.textBody.isEmpty());
        QVERIFY(m.subject.isEmpty());
    }

    void deepNestingIsCapped()
    {
        // 10 000 nested multiparts: the depth cap stops the walk long before the stack would.
        QByteArray raw = "From: a@example.com\r\nSubject: deep\r\n";
        const int depth = 10000;
        for (int i = 0; i < depth; ++i)
            raw += "Content-Type: multipart/mixed; boundary=\"b" + QByteArray::number(i) + "\"\r\n\r\n--b"
                + QByteArray::number(i) + "\r\n";
        raw += "Content-Type: text/plain\r\n\r\ndeepest\r\n";
        const ParsedMessage m = parseMessage(raw);
        QCOMPARE(m.subject, QStringLiteral("deep"));
        QVERIFY(m.problem.contains(QStringLiteral("nested")));
        QCOMPARE(m.attachments.size(), 1); // the part below the cap, kept whole
        QVERIFY(m.attachments.first().mimeType.startsWith(QStringLiteral("multipart/")));
        QVERIFY(attachmentData(raw, m.attachments.first().index).endsWith("deepest\r\n"));
    }

    void manyPartsAreCapped()
    {
        QByteArray raw = "Subject: many\r\nContent-Type: multipart/mixed; boundary=m\r\n\r\n";
        for (int i = 0; i < 5000; ++i)
            raw += "--m\r\nContent-Type: application/octet-stream\r\n\r\nx\r\n";
        raw += "--m--\r\n";
        const ParsedMessage m = parseMessage(raw);
        QVERIFY(m.problem.contains(QStringLiteral("too many parts")));
        QCOMPARE(m.attachments.size(), 999); // 1000 parts including the multipart itself
    }

    void hugeHeadersAndNul()
    {
        QByteArray raw = "Subject: " + QByteArray(3 * 1024 * 1024, 'a') + "\r\n";
        raw += "X-Junk: \x00\x01\x02\xff\r\n";
        for (int i = 0; i < 20000; ++i)
            raw += "X-Filler-" + QByteArray::number(i) + ": y\r\n";
        raw += "From: =?utf-8?q?N=00ul?= <n@example.com>\r\n\r\nbody\r\n";
        const ParsedMessage m = parseMessage(raw);
        QVERIFY(m.problem.contains(QStringLiteral("too large")));
        QVERIFY(m.subject.size() <= 64 * 1024);
        QVERIFY(m.subject.startsWith(QStringLiteral("aaaa")));
        QCOMPARE(addresses(m.from), QStringLiteral("N ul <n@example.com>")); // after 20 000 fields
        QCOMPARE(m.textBody, QStringLiteral("body\n"));
    }

    void garbageNeverCrashes()
    {
        // Random slices and byte flips of the samples: only "does not crash or throw" is checked,
        // plus that every listed attachment can be fetched again by index.
        const QList<QByteArray> samples = {sample("alternative-qp.eml"), sample("newsletter.eml"),
                                           sample("attachments-rfc2231.eml"), sample("broken.eml"),
                                           sample("forwarded.eml"), sample("iso-2022-jp.eml")};
        quint32 seed = 12345;
        auto next = [&seed] {
            seed = seed * 1103515245u + 12345u;
            return (seed >> 16) & 0x7fff;
        };
        for (int round = 0; round < 300; ++round) {
            QByteArray raw = samples[round % samples.size()];
            const int cut = int(next() % quint32(raw.size()));
            if (round % 3 == 0)
                raw.truncate(cut);
            for (int flips = 0; flips < 8; ++flips)
                raw[int(next() % quint32(raw.size()))] = char(next() & 0xff);
            const ParsedMessage m = parseMessage(raw);
            for (const auto &a : m.attachments)
                QCOMPARE(attachmentData(raw, a.index).size(), a.size);
        }
    }

    void parsesOnManyThreadsAtOnce()
    {
        const QByteArray raw = sample("iso-2022-jp.eml");
        const QByteArray other = sample("alternative-qp.eml");
        std::atomic<int> good{0};
        QThreadPool pool;
        pool.setMaxThreadCount(4);
        for (int i = 0; i < 64; ++i) {
            pool.start([&, i] {
                const ParsedMessage m = parseMessage(i % 2 ? raw : other);
                if (m.subject == (i % 2 ? QStringLiteral("会議のお知らせ")
                                        : QStringLiteral("Réunion de l’équipe — ordre du jour")))
                    ++good;
            });
        }
        pool.waitForDone();
        QCOMPARE(good.load(), 64);
    }

    void largePlainTextIsLinear()
    {
        // 5 MB of quoted-printable text: parsing must stay linear (no timing assert; the test
        // would simply time out if it were quadratic).
        QByteArray body;
        const QByteArray line = "Quoted-printable line with caf=C3=A9 and a soft break =\r\nhere.\r\n";
        while (body.size() < 5 * 1024 * 1024)
            body += line;
        const QByteArray raw = "Subject: big\r\nContent-Type: text/plain; charset=utf-8\r\n"
                               "Content-Transfer-Encoding: quoted-printable\r\n\r\n" + body;
        QElapsedTimer timer;
        timer.start();
        const ParsedMessage m = parseMessage(raw);
        qInfo("5 MB quoted-printable message parsed in %lld ms", timer.elapsed());
        QVERIFY(m.textBody.startsWith(QStringLiteral("Quoted-printable line with café and a soft "
                                                     "break here.\n")));
        QCOMPARE(m.textBody.count(QLatin1Char('\n')), body.count("\r\n") / 2);
    }

    void decodeHeaderTextCases_data()
    {
        QTest::addColumn<QByteArray>("raw");
        QTest::addColumn<QString>("expected");
        QTest::newRow("ascii") << QByteArray("Lunch on Friday?") << QStringLiteral("Lunch on Friday?");
        QTest::newRow("folded") << QByteArray("a long\r\n subject") << QStringLiteral("a long subject");
        QTest::newRow("q utf-8") << QByteArray("=?utf-8?Q?Caf=C3=A9_cr=C3=A8me?=")
                                 << QStringLiteral("Café crème");
        QTest::newRow("b utf-8") << QByteArray("=?UTF-8?B?QmVyaWNodCBNw6Ryei5wZGY=?=")
                                 << QStringLiteral("Bericht März.pdf");
        QTest::newRow("adjacent words join") << QByteArray("=?utf-8?q?a?= =?utf-8?q?b?=")
                                             << QStringLiteral("ab");
        QTest::newRow("mixed text") << QByteArray("Re: =?iso-8859-1?q?Gr=FC=DFe?= from Bern")
                                    << QStringLiteral("Re: Grüße from Bern");
        QTest::newRow("koi8-r") << QByteArray("=?koi8-r?B?8NLJ18XU?=") << QStringLiteral("Привет");
        QTest::newRow("iso-2022-jp")
            << QByteArray("=?ISO-2022-JP?B?GyRCMnE1RCROJCpDTiRpJDsbKEI=?=")
            << QStringLiteral("会議のお知らせ");
        QTest::newRow("gb2312") << QByteArray("=?gb2312?B?xOO6ww==?=") << QStringLiteral("你好");
        QTest::newRow("raw utf-8") << QByteArray("Gr\xC3\xBC\xC3\x9F" "e") << QStringLiteral("Grüße");
        QTest::newRow("raw latin-1") << QByteArray("Gr\xFC\xDF" "e") << QStringLiteral("Grüße");
        QTest::newRow("raw cp1252 quotes") << QByteArray("\x93quoted\x94 \x80") << QStringLiteral("“quoted” €");
        QTest::newRow("broken word kept") << QByteArray("=?utf-8?q?unterminated") << QStringLiteral("=?utf-8?q?unterminated");
        QTest::newRow("unknown charset") << QByteArray("=?x-nonsense?q?abc?=") << QStringLiteral("abc");
        QTest::newRow("split multibyte b") // one UTF-8 character cut across two encoded words
            << QByteArray("=?UTF-8?B?w6k=?= =?UTF-8?B?w6k=?=") << QStringLiteral("éé");
        QTest::newRow("empty") << QByteArray() << QString();
    }

    void decodeHeaderTextCases()
    {
        QFETCH(QByteArray, raw);
        QFETCH(QString, expected);
        QCOMPARE(decodeHeaderText(raw), expected);
    }

    void decodeHeaderTextAsciiFastPath()
    {
        // 100k ASCII subjects: the fast path never reaches vmime; this prints a figure, asserts none.
        QList<QByteArray> subjects;
        for (int i = 0; i < 100000; ++i)
            subjects << "Re: Weekly report number " + QByteArray::number(i);
        QElapsedTimer timer;
        timer.start();
        qsizetype total = 0;
        for (const auto &s : std::as_const(subjects))
            total += decodeHeaderText(s).size();
        qInfo("100k ASCII subjects decoded in %lld ms", timer.elapsed());
        QVERIFY(total > 0);
    }

    void dates_data()
    {
        QTest::addColumn<QByteArray>("raw");
        QTest::addColumn<QDateTime>("expected");
        const QDateTime may14(QDate(2024, 5, 14), QTime(9, 12, 33), Qt::OffsetFromUTC, 7200);
        QTest::newRow("rfc 5322") << QByteArray("Tue, 14 May 2024 09:12:33 +0200") << may14;
        QTest::newRow("no weekday") << QByteArray("14 May 2024 09:12:33 +0200") << may14;
        QTest::newRow("comment, no seconds")
            << QByteArray("14 May 2024 09:12 -0700 (PDT)")
            << QDateTime(QDate(2024, 5, 14), QTime(9, 12), Qt::OffsetFromUTC, -7 * 3600);
        QTest::newRow("zone name") << QByteArray("Tue, 14 May 2024 07:12:33 GMT")
                                   << QDateTime(QDate(2024, 5, 14), QTime(7, 12, 33), Qt::OffsetFromUTC, 0);
        QTest::newRow("garbage") << QByteArray("not a date") << QDateTime();
        QTest::newRow("bad month") << QByteArray("Mon, 32 Foo 2024") << QDateTime();
        QTest::newRow("epoch") << QByteArray("Thu, 1 Jan 1970 00:00:00 +0000")
                               << QDateTime(QDate(1970, 1, 1), QTime(0, 0), Qt::OffsetFromUTC, 0);
    }

    void dates()
    {
        QFETCH(QByteArray, raw);
        QFETCH(QDateTime, expected);
        const ParsedMessage m = parseMessage("Date: " + raw + "\r\n\r\nx");
        QCOMPARE(m.date.isValid(), expected.isValid());
        if (expected.isValid()) {
            QCOMPARE(m.date, expected);
            QCOMPARE(m.date.offsetFromUtc(), expected.offsetFromUtc());
        }
    }

    void charsets_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QByteArray>("charset");
        QTest::addColumn<QString>("expected");
        QTest::addColumn<bool>("known");
        QTest::newRow("utf-8") << QByteArray("\xC3\xA9") << QByteArray("UTF-8") << QStringLiteral("é") << true;
        QTest::newRow("quoted name") << QByteArray("\xE9") << QByteArray("\"iso-8859-1\"") << QStringLiteral("é") << true;
        QTest::newRow("latin-1 is cp1252") << QByteArray("\x80") << QByteArray("iso-8859-1") << QStringLiteral("€") << true;
        QTest::newRow("iso-8859-15") << QByteArray("\xA4") << QByteArray("iso-8859-15") << QStringLiteral("€") << true;
        QTest::newRow("windows-1251") << QByteArray("\xCF\xF0\xE8") << QByteArray("windows-1251") << QStringLiteral("При") << true;
        QTest::newRow("shift_jis") << QByteArray("\x93\xfa\x96\x7b") << QByteArray("Shift_JIS") << QStringLiteral("日本") << true;
        QTest::newRow("us-ascii with utf-8") << QByteArray("\xC3\xA9") << QByteArray("us-ascii") << QStringLiteral("é") << true;
        QTest::newRow("missing, latin-1") << QByteArray("\xE9t\xE9") << QByteArray() << QStringLiteral("été") << true;
        QTest::newRow("unknown") << QByteArray("\xE9") << QByteArray("x-klingon") << QStringLiteral("é") << false;
    }

    void charsets()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QByteArray, charset);
        QFETCH(QString, expected);
        QFETCH(bool, known);
        bool wasKnown = !known;
        QCOMPARE(decodeCharset(bytes, charset, &wasKnown), expected);
        QCOMPARE(wasKnown, known);
    }
};

QTEST_GUILESS_MAIN(TestMimeParser)
#include "tst_mimeparser.moc"
