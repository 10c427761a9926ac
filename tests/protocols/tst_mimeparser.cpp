#include "protocols/mime/Charset.h"
#include "protocols/mime/HtmlSanitizer.h"
#include "protocols/mime/MessageParser.h"

#include <QElapsedTimer>
#include <QFile>
#include <QRegularExpression>
#include <QSet>
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
        out << (a.name.isEmpty() ? a.address
                                 : a.name + QStringLiteral(" <") + a.address + QLatin1Char('>'));
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

// An independent check of sanitised output: every '<' starts a tag of the allowed set, every
// attribute is allowed, every URL has an allowed scheme, and no CSS can run or load anything.
// Returns what is wrong, or an empty string.
QString unsafeIn(const QString &html, bool remoteAllowed = false)
{
    static const QSet<QString> tags
        = {QStringLiteral("a"),      QStringLiteral("abbr"),     QStringLiteral("address"),
           QStringLiteral("b"),      QStringLiteral("big"),      QStringLiteral("blockquote"),
           QStringLiteral("body"),   QStringLiteral("br"),       QStringLiteral("caption"),
           QStringLiteral("center"), QStringLiteral("cite"),     QStringLiteral("code"),
           QStringLiteral("col"),    QStringLiteral("colgroup"), QStringLiteral("dd"),
           QStringLiteral("del"),    QStringLiteral("dfn"),      QStringLiteral("div"),
           QStringLiteral("dl"),     QStringLiteral("dt"),       QStringLiteral("em"),
           QStringLiteral("font"),   QStringLiteral("h1"),       QStringLiteral("h2"),
           QStringLiteral("h3"),     QStringLiteral("h4"),       QStringLiteral("h5"),
           QStringLiteral("h6"),     QStringLiteral("hr"),       QStringLiteral("i"),
           QStringLiteral("img"),    QStringLiteral("ins"),      QStringLiteral("kbd"),
           QStringLiteral("li"),     QStringLiteral("nobr"),     QStringLiteral("ol"),
           QStringLiteral("p"),      QStringLiteral("pre"),      QStringLiteral("q"),
           QStringLiteral("s"),      QStringLiteral("samp"),     QStringLiteral("small"),
           QStringLiteral("span"),   QStringLiteral("strike"),   QStringLiteral("strong"),
           QStringLiteral("style"),  QStringLiteral("sub"),      QStringLiteral("sup"),
           QStringLiteral("table"),  QStringLiteral("tbody"),    QStringLiteral("td"),
           QStringLiteral("tfoot"),  QStringLiteral("th"),       QStringLiteral("thead"),
           QStringLiteral("tr"),     QStringLiteral("tt"),       QStringLiteral("u"),
           QStringLiteral("ul"),     QStringLiteral("var"),      QStringLiteral("wbr"),
           QStringLiteral("mark")};
    static const QRegularExpression tagRe(
        QStringLiteral("\\G<(/?)([a-z0-9]+)((?:\\s+[a-z]+=\"[^\"<>]*\")*)\\s*>"));
    static const QRegularExpression attrRe(QStringLiteral("\\s+([a-z]+)=\"([^\"]*)\""));
    static const QRegularExpression badEntity(QStringLiteral("&(?!amp;|lt;|gt;|quot;)"));
    static const QRegularExpression badCss(
        QStringLiteral("expression|javascript|vbscript|behavior|binding|@import|\\\\|<"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression cssUrl(QStringLiteral("url\\('([^'\"]*)'\\)"));

    auto urlOk = [remoteAllowed](const QString &url, bool link) {
        if (link)
            return url.startsWith(QLatin1String("https://"))
                || url.startsWith(QLatin1String("http://"))
                || url.startsWith(QLatin1String("mailto:")) || url.startsWith(QLatin1Char('#'));
        return url.startsWith(QLatin1String("cid:")) || url.startsWith(QLatin1String("data:image/"))
            || url.startsWith(QLatin1String("postier-blocked:"))
            || (remoteAllowed
                && (url.startsWith(QLatin1String("https://"))
                    || url.startsWith(QLatin1String("http://"))));
    };
    auto cssOk = [&](const QString &css) -> QString {
        if (css.contains(badCss))
            return QStringLiteral("dangerous CSS: ") + css;
        auto it = cssUrl.globalMatch(css);
        int urls = 0;
        while (it.hasNext()) {
            ++urls;
            const QString u = it.next().captured(1);
            if (!urlOk(u, false) || u.startsWith(QLatin1String("postier-blocked:")))
                return QStringLiteral("CSS url: ") + u;
        }
        if (css.count(QStringLiteral("url(")) != urls)
            return QStringLiteral("CSS url() in an unexpected form: ") + css;
        return {};
    };

    qsizetype pos = 0;
    while ((pos = html.indexOf(QLatin1Char('<'), pos)) >= 0) {
        const auto m = tagRe.match(html, pos);
        if (!m.hasMatch())
            return QStringLiteral("stray '<' at: ") + html.mid(pos, 60);
        const QString name = m.captured(2);
        if (!tags.contains(name))
            return QStringLiteral("tag <") + name + QLatin1Char('>');
        auto attrs = attrRe.globalMatch(m.captured(3));
        while (attrs.hasNext()) {
            const auto a = attrs.next();
            const QString attr = a.captured(1);
            const QString value = a.captured(2);
            if (attr.startsWith(QLatin1String("on")) || attr == QLatin1String("srcset")
                || attr == QLatin1String("target") || attr == QLatin1String("action"))
                return QStringLiteral("attribute ") + attr;
            if (value.contains(badEntity))
                return QStringLiteral("unescaped '&' in ") + value;
            if (attr == QLatin1String("href") && !urlOk(value, true))
                return QStringLiteral("href ") + value;
            if ((attr == QLatin1String("src") || attr == QLatin1String("background"))
                && !urlOk(value, false))
                return attr + QLatin1Char(' ') + value;
            if (attr == QLatin1String("style")) {
                const QString problem = cssOk(value);
                if (!problem.isEmpty())
                    return problem;
            }
        }
        pos = m.capturedEnd();
        if (name == QLatin1String("style") && m.captured(1).isEmpty()) {
            const qsizetype end = html.indexOf(QLatin1String("</style>"), pos);
            if (end < 0)
                return QStringLiteral("unclosed <style>");
            const QString problem = cssOk(html.mid(pos, end - pos));
            if (!problem.isEmpty())
                return problem;
            pos = end;
        }
    }
    return {};
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
        QCOMPARE(m.inReplyTo, QStringList {QStringLiteral("5c2a1@example.com")});
        QCOMPARE(m.references,
                 (QStringList {QStringLiteral("root.1@example.com"),
                               QStringLiteral("5c2a1@example.com")}));

        // Quoted-printable UTF-8: soft line breaks joined, no-break space kept, CRLF -> LF.
        QVERIFY(m.textBody.startsWith(QStringLiteral("Bonjour Anna,\n\nVoici l’ordre du jour pour "
                                                     "la réunion de jeudi\u00A0:\n")));
        QVERIFY(m.textBody.contains(QStringLiteral("Café et croissants ☕\n")));
        QVERIFY(m.textBody.contains(QStringLiteral(
            "volontairement longue afin que l’encodeur la coupe en deux morceaux.")));
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
        QVERIFY(
            m.htmlBody.contains(QStringLiteral("<script"))); // raw: sanitising is the viewer's job

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
        QCOMPARE(attachmentData(raw, txt->index),
                 QByteArray("Sch\xF6ne Gr\xFC\xDF"
                            "e!"));
        QCOMPARE(txt->size, 13);

        QVERIFY(
            attachmentNamed(m, QStringLiteral("Überblick 2024.xlsx"))); // RFC 2047 in a parameter

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
        QCOMPARE(m.subject, QStringLiteral("Grüße aus Zürich – Fotos")); // UTF-8
        QCOMPARE(addresses(m.from), QStringLiteral("Jörg Weiß <joerg@example.de>")); // UTF-8
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

    void namedTextPartAfterBodyIsAnAttachment()
    {
        const QByteArray raw = crlf(
            "From: a@example.com\nSubject: page\nContent-Type: multipart/mixed; boundary=m\n\n"
            "--m\nContent-Type: text/plain\n\nSee the saved page.\n"
            "--m\nContent-Type: text/html; name=\"page.html\"\n\n<p>saved page</p>\n"
            "--m\nContent-Type: text/plain; name=\"notes.txt\"\n\nnotes\n--m--\n");
        const ParsedMessage m = parseMessage(raw);
        QCOMPARE(m.textBody, QStringLiteral("See the saved page."));
        QVERIFY(m.htmlBody.isEmpty());
        QCOMPARE(m.attachments.size(), 2);
        QCOMPARE(m.attachments[0].fileName, QStringLiteral("page.html"));
        QCOMPARE(attachmentData(raw, m.attachments[0].index), QByteArray("<p>saved page</p>"));
        QCOMPARE(m.attachments[1].fileName, QStringLiteral("notes.txt"));
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
            raw += "Content-Type: multipart/mixed; boundary=\"b" + QByteArray::number(i)
                + "\"\r\n\r\n--b" + QByteArray::number(i) + "\r\n";
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
        const QList<QByteArray> samples
            = {sample("alternative-qp.eml"),      sample("newsletter.eml"),
               sample("attachments-rfc2231.eml"), sample("broken.eml"),
               sample("forwarded.eml"),           sample("iso-2022-jp.eml")};
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
        std::atomic<int> good {0};
        QThreadPool pool;
        pool.setMaxThreadCount(4);
        for (int i = 0; i < 64; ++i) {
            pool.start([&, i] {
                const ParsedMessage m = parseMessage(i % 2 ? raw : other);
                if (m.subject
                    == (i % 2 ? QStringLiteral("会議のお知らせ")
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
        const QByteArray line
            = "Quoted-printable line with caf=C3=A9 and a soft break =\r\nhere.\r\n";
        while (body.size() < 5 * 1024 * 1024)
            body += line;
        const QByteArray raw = "Subject: big\r\nContent-Type: text/plain; charset=utf-8\r\n"
                               "Content-Transfer-Encoding: quoted-printable\r\n\r\n"
            + body;
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
        QTest::newRow("ascii") << QByteArray("Lunch on Friday?")
                               << QStringLiteral("Lunch on Friday?");
        QTest::newRow("folded") << QByteArray("a long\r\n subject")
                                << QStringLiteral("a long subject");
        QTest::newRow("q utf-8") << QByteArray("=?utf-8?Q?Caf=C3=A9_cr=C3=A8me?=")
                                 << QStringLiteral("Café crème");
        QTest::newRow("b utf-8") << QByteArray("=?UTF-8?B?QmVyaWNodCBNw6Ryei5wZGY=?=")
                                 << QStringLiteral("Bericht März.pdf");
        QTest::newRow("adjacent words join")
            << QByteArray("=?utf-8?q?a?= =?utf-8?q?b?=") << QStringLiteral("ab");
        QTest::newRow("mixed text") << QByteArray("Re: =?iso-8859-1?q?Gr=FC=DFe?= from Bern")
                                    << QStringLiteral("Re: Grüße from Bern");
        QTest::newRow("koi8-r") << QByteArray("=?koi8-r?B?8NLJ18XU?=") << QStringLiteral("Привет");
        QTest::newRow("iso-2022-jp") << QByteArray("=?ISO-2022-JP?B?GyRCMnE1RCROJCpDTiRpJDsbKEI=?=")
                                     << QStringLiteral("会議のお知らせ");
        QTest::newRow("gb2312") << QByteArray("=?gb2312?B?xOO6ww==?=") << QStringLiteral("你好");
        QTest::newRow("raw utf-8") << QByteArray("Gr\xC3\xBC\xC3\x9F"
                                                 "e")
                                   << QStringLiteral("Grüße");
        QTest::newRow("raw latin-1") << QByteArray("Gr\xFC\xDF"
                                                   "e")
                                     << QStringLiteral("Grüße");
        QTest::newRow("raw cp1252 quotes")
            << QByteArray("\x93quoted\x94 \x80") << QStringLiteral("“quoted” €");
        QTest::newRow("broken word kept")
            << QByteArray("=?utf-8?q?unterminated") << QStringLiteral("=?utf-8?q?unterminated");
        QTest::newRow("unknown charset")
            << QByteArray("=?x-nonsense?q?abc?=") << QStringLiteral("abc");
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
        QTest::newRow("zone name")
            << QByteArray("Tue, 14 May 2024 07:12:33 GMT")
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

    // -- HtmlSanitizer -----------------------------------------------------------------------

    // Vectors from the OWASP XSS filter evasion cheat sheet and html5sec.org, and mail-specific
    // ones. `expected` is the exact output when given; every output must pass unsafeIn().
    void sanitizerXss_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("expected");
        auto row = [](const char *name, const char *input, const char *expected = nullptr) {
            QTest::newRow(name) << QString::fromUtf8(input)
                                << (expected ? QString::fromUtf8(expected) : QString());
        };
        row("script", "<script>alert(1)</script>ok", "ok");
        row("script src", "<SCRIPT SRC=http://xss.rocks/xss.js></SCRIPT>ok", "ok");
        row("script slash", "<SCRIPT/XSS SRC=\"http://xss.rocks/xss.js\"></SCRIPT>ok", "ok");
        row("script mixed case", "<ScRiPt>alert(1)</sCrIpT>ok", "ok");
        row("script end with junk", "<script>a</script foo>ok", "ok");
        row("script unterminated", "before<SCRIPT SRC=http://xss.rocks/xss.js?< B >after",
            "before");
        row("double open", "<<SCRIPT>alert(\"XSS\");//\\<</SCRIPT>", "&lt;");
        row("img javascript", "<IMG SRC=\"javascript:alert('XSS');\">", "");
        row("img javascript unquoted", "<IMG SRC=javascript:alert('XSS')>", "");
        row("img case", "<IMG SRC=JaVaScRiPt:alert('XSS')>", "");
        row("img backtick", "<IMG SRC=`javascript:alert(\"RSnake says, 'XSS'\")`>", "");
        row("img quotes in name", "<IMG \"\"\"><SCRIPT>alert(\"XSS\")</SCRIPT>\">", "\"&gt;");
        row("img fromCharCode", "<IMG SRC=javascript:alert(String.fromCharCode(88,83,83))>", "");
        row("img hash onmouseover", "<IMG SRC=# onmouseover=\"alert('xxs')\">", "");
        row("img empty src", "<IMG SRC= onmouseover=\"alert('xxs')\">", "");
        row("img onerror", "<IMG SRC=/ onerror=\"alert(String.fromCharCode(88,83,83))\"></img>",
            "");
        row("img onerror entities",
            "<img src=x onerror=\"&#0000106&#0000097&#0000118&#0000097&#0000115&#0000099&#0000114"
            "&#0000105&#0000112&#0000116&#0000058&#0000097&#0000108&#0000101&#0000114&#0000116\">",
            "");
        row("img dynsrc lowsrc",
            "<IMG DYNSRC=\"javascript:alert('XSS')\"><IMG LOWSRC=\"javascript:alert('XSS')\">", "");
        row("img svg data", "<img src=\"data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+\">",
            "");
        row("img cid kept", "<img src=\"cid:logo@x\" alt=\"Logo\">",
            "<img src=\"cid:logo@x\" alt=\"Logo\">");
        row("img data png kept", "<img src=\"data:image/png;base64,iVBORw0KGgo=\">",
            "<img src=\"data:image/png;base64,iVBORw0KGgo=\">");
        row("a onmouseover", "<a onmouseover=\"alert(document.cookie)\">xxs link</a>", "xxs link");
        row("a decimal entities",
            "<a href=\"&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;&#97;&#108;"
            "&#101;&#114;&#116;&#40;&#39;&#88;&#83;&#83;&#39;&#41;\">x</a>",
            "x");
        row("a hex entities no semicolon",
            "<a href=\"&#x6A&#x61&#x76&#x61&#x73&#x63&#x72&#x69&#x70&#x74&#x3A&#x61&#x6C&#x65"
            "&#x72&#x74&#x28&#x27&#x58&#x53&#x53&#x27&#x29\">x</a>",
            "x");
        row("a one entity", "<a href=\"jav&#x61;script:alert(1)\">x</a>", "x");
        row("a tab", "<a href=\"jav\tascript:alert('XSS');\">x</a>", "x");
        row("a tab entity", "<a href=\"jav&#x09;ascript:alert('XSS');\">x</a>", "x");
        row("a newline entity", "<a href=\"jav&#x0A;ascript:alert('XSS');\">x</a>", "x");
        row("a leading control", "<a href=\" &#14;  javascript:alert('XSS');\">x</a>", "x");
        row("a named entities", "<a href=\"java&Tab;script&colon;alert(1)\">x</a>", "x");
        row("a vbscript", "<a href=\"vbscript:msgbox(1)\">x</a>", "x");
        row("a data html",
            "<a href=\"data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==\">x</a>", "x");
        row("a file", "<a href=\"file:///etc/passwd\">x</a>", "x");
        row("a relative", "<a href=\"/account/delete\">x</a>", "x");
        row("a https kept",
            "<a href=\"https://ok.example/?a=1&amp;b=2\" target=\"_blank\" rel=\"noopener\">ok</a>",
            "<a href=\"https://ok.example/?a=1&amp;b=2\">ok</a>");
        row("a unquoted", "<a href=https://example.com/x?y=1>unquoted</a>",
            "<a href=\"https://example.com/x?y=1\">unquoted</a>");
        row("a mailto", "<a href=\"MAILTO:a@example.com\">mail</a>",
            "<a href=\"mailto:a@example.com\">mail</a>");
        row("a legacy entity in query", "<a href=\"https://x.example/?a=1&copy=2\">q</a>",
            "<a href=\"https://x.example/?a=1&amp;copy=2\">q</a>");
        row("body onload", "<BODY ONLOAD=alert('XSS')>x", "<body>x</body>");
        row("body junk attribute", "<BODY onload!#$%&()*~+-_.,:;?@[/|\\]^`=alert(\"XSS\")>x",
            "<body>x</body>");
        row("body background", "<BODY BACKGROUND=\"javascript:alert('XSS')\" bgcolor=\"#fff\">x",
            "<body bgcolor=\"#fff\">x</body>");
        row("title breakout", "</TITLE><SCRIPT>alert(\"XSS\");</SCRIPT>ok", "ok");
        row("input image", "<INPUT TYPE=\"IMAGE\" SRC=\"javascript:alert('XSS');\">", "");
        row("form",
            "<form action=\"https://evil.example/\"><p>Password <input type=password name=pw>"
            "<button>Log in</button></p></form>",
            "<p>Password </p>");
        row("textarea select", "<textarea>secret</textarea><select><option>a</option></select>ok",
            "ok");
        row("iframe", "<iframe src=http://xss.rocks/scriptlet.html <", "");
        row("iframe content", "<iframe src=\"https://evil.example\">fallback</iframe>ok", "ok");
        row("object",
            "<OBJECT TYPE=\"text/x-scriptlet\" DATA=\"http://xss.rocks/scriptlet.html\"></OBJECT>ok",
            "ok");
        row("embed", "<EMBED SRC=\"data:image/svg+xml;base64,PHN2Zz4=\" type=\"image/svg+xml\">ok",
            "ok");
        row("applet", "<applet code=x><param name=a value=b>fallback</applet>ok", "ok");
        row("svg onload", "<svg/onload=alert('XSS')>x</svg>ok", "ok");
        row("svg script", "<svg><script>alert(1)</script><p>inside</p></svg>ok", "ok");
        row("math", "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>", "");
        row("noscript attribute",
            "<noscript><p title=\"</noscript><img src=x onerror=alert(1)>\">x</p></noscript>",
            "<p title=\"&lt;/noscript&gt;&lt;img src=x onerror=alert(1)&gt;\">x</p>");
        row("bgsound", "<BGSOUND SRC=\"javascript:alert('XSS');\">ok", "ok");
        row("br size", "<BR SIZE=\"&{alert('XSS')}\">", "<br>");
        row("link", "<LINK REL=\"stylesheet\" HREF=\"javascript:alert('XSS');\">ok", "ok");
        row("meta refresh",
            "<META HTTP-EQUIV=\"refresh\" CONTENT=\"0;url=javascript:alert('XSS');\">ok", "ok");
        row("base", "<BASE HREF=\"javascript:alert('XSS');//\">ok", "ok");
        row("style import", "<STYLE>@import'http://xss.rocks/xss.css';</STYLE>ok", "ok");
        row("style list image",
            "<STYLE>li {list-style-image: url(\"javascript:alert('XSS')\");}</STYLE><UL><LI>XSS</br>",
            "<ul><li>XSS<br></li></ul>");
        row("style expression", "<DIV STYLE=\"width: expression(alert('XSS'));\">x</DIV>",
            "<div>x</div>");
        row("style expression comment",
            "<DIV STYLE=\"xss:expr/*XSS*/ession(alert('XSS'))\">x</DIV>", "<div>x</div>");
        row("style url javascript",
            "<DIV STYLE=\"background-image: url(javascript:alert('XSS'))\">x</DIV>",
            "<div>x</div>");
        row("style escapes",
            "<DIV STYLE=\"background-image:\\0075\\0072\\006C\\0028'\\006a\\0061\\0076\\0061\\0073\\0063\\0072\\0069\\0070"
            "\\0074\\003a\\0061\\006c\\0065\\0072\\0074\\0028.1027\\0058.1053\\0053\\0027\\0029'\\0029\">x</DIV>",
            "<div>x</div>");
        row("style behavior", "<p style=\"behavior: url(x.htc); color: red\">x</p>",
            "<p style=\"color: red\">x</p>");
        row("style binding", "<p style=\"-moz-binding: url(http://x.example/x.xml#x)\">x</p>",
            "<p>x</p>");
        row("style keeps safe", "<p style=\"color:#555; position: fixed; font-weight:bold\">x</p>",
            "<p style=\"color: #555; font-weight: bold\">x</p>");
        row("style block",
            "<style>body{color:red} .x { top: 0; color: blue } @media screen { p { color: green } }</style>x",
            "<style type=\"text/css\">\nbody { color: red }\n.x { color: blue }\n</style>x");
        row("style block breakout", "<style>p { color: red }</style ><p>x</p>",
            "<style type=\"text/css\">\np { color: red }\n</style><p>x</p>");
        row("table background",
            "<TABLE BACKGROUND=\"javascript:alert('XSS')\"><TD BACKGROUND=\"javascript:alert('XSS')\">x",
            "<table><td>x</td></table>");
        row("conditional comment", "<!--[if gte IE 4]><SCRIPT>alert('XSS');</SCRIPT><![endif]-->ok",
            "ok");
        row("comment", "a<!-- <script>alert(1)</script> -->b", "ab");
        row("short comments", "a<!-->b<!--->c", "abc");
        row("comment bang", "a<!-- x --!>b", "ab");
        row("unterminated comment", "a<!-- <script>alert(1)</script>", "a");
        row("cdata", "<![CDATA[<script>alert(1)</script>]]>", "alert(1)]]&gt;");
        row("processing instruction", "a<?xml version=\"1.0\"?>b", "ab");
        row("doctype", "<!DOCTYPE html><p>x</p>", "<p>x</p>");
        row("xmp", "<xmp><script>alert(1)</script></xmp>",
            "<pre>&lt;script&gt;alert(1)&lt;/script&gt;</pre>");
        row("entities in text",
            "<p>Fish &amp; chips &copy 2024 &unknown; &#x1F600; &#0; &lt;b&gt;</p>",
            "<p>Fish &amp; chips © 2024 &amp;unknown; 😀 \uFFFD &lt;b&gt;</p>");
        row("unclosed", "<b><i>text", "<b><i>text</i></b>");
        row("misnested", "<b><i>x</b>y</i>", "<b><i>x</i></b>y");
        row("implied p", "<p>one<p>two<div>three</div>", "<p>one</p><p>two</p><div>three</div>");
        row("implied cells", "<table><tr><td>a<td>b<tr><td>c</table>after",
            "<table><tr><td>a</td><td>b</td></tr><tr><td>c</td></tr></table>after");
        row("implied li", "<ul><li>a<li>b</ul>", "<ul><li>a</li><li>b</li></ul>");
        row("end tag does not leave cell", "<div><table><tr><td>a</div>b</td></tr></table>c</div>",
            "<div><table><tr><td>ab</td></tr></table>c</div>");
        row("html5 blocks", "<section><header>h</header><article>a</article></section>",
            "<div><div>h</div><div>a</div></div>");
        row("unknown tag unwrapped", "<blink>x</blink><custom-el a=b>y</custom-el>", "xy");
        row("huge image", "<img src=\"cid:a\" width=\"1\" height=\"100000\">",
            "<img src=\"cid:a\" width=\"1\">");
        row("attribute without value", "<td nowrap>x", "<td nowrap=\"\">x</td>");
        row("dir", "<p dir=\"rtl\" lang=\"ar\">x</p><p dir=\"evil\">y</p>",
            "<p dir=\"rtl\" lang=\"ar\">x</p><p>y</p>");
        row("stray lt", "1 < 2 and 3 <> 4 </ 5>", "1 &lt; 2 and 3 &lt;&gt; 4 ");
        row("unterminated tag", "text <a href=\"x", "text ");
        row("nul", QByteArray("a\0b<p title=\"c\0d\">e</p>", 24).constData(), "a");
    }

    void sanitizerXss()
    {
        QFETCH(QString, input);
        QFETCH(QString, expected);
        const auto result = HtmlSanitizer::sanitize(input);
        const QString problem = unsafeIn(result.html);
        QVERIFY2(problem.isEmpty(), qPrintable(problem + QStringLiteral(" in: ") + result.html));
        if (!expected.isNull())
            QCOMPARE(result.html, expected);
        // Idempotent: sanitising the output again changes nothing.
        QCOMPARE(HtmlSanitizer::sanitize(result.html).html, result.html);
    }

    void sanitizerBlocksRemoteContent()
    {
        const QString html = QStringLiteral(
            "<body background=\"https://cdn.example/paper.png\">"
            "<img src=\"https://cdn.example/hero.png\" width=\"560\" height=\"180\">"
            "<img src=\"http://t.example/open.gif?u=1\" width=\"1\" height=\"1\">"
            "<img src=\"http://t.example/open.gif?u=1\">" // same pixel twice: one resource
            "<p style=\"background:url('https://tracker.example/p.gif'); color: red\">x</p>"
            "<style>.hero { background-image: url(https://cdn.example/bg.jpg); color: #333 }</style>"
            "<a href=\"https://weekly.example/article\">links are not loads</a>"
            "<img src=\"cid:logo@x\">");
        const auto blocked = HtmlSanitizer::sanitize(html);
        QCOMPARE(blocked.blockedRemoteCount, 5);
        QCOMPARE(blocked.remoteUrls,
                 (QStringList {QStringLiteral("https://cdn.example/paper.png"),
                               QStringLiteral("https://cdn.example/hero.png"),
                               QStringLiteral("http://t.example/open.gif?u=1"),
                               QStringLiteral("https://tracker.example/p.gif"),
                               QStringLiteral("https://cdn.example/bg.jpg")}));
        QVERIFY(!blocked.html.contains(QStringLiteral("cdn.example")));
        QVERIFY(!blocked.html.contains(QStringLiteral("t.example")));
        QVERIFY(!blocked.html.contains(QStringLiteral("tracker.example")));
        QVERIFY(blocked.html.contains(
            QStringLiteral("<img src=\"postier-blocked:2\" width=\"560\" height=\"180\">")));
        QVERIFY(blocked.html.contains(
            QStringLiteral("<img src=\"postier-blocked:3\" width=\"1\" height=\"1\">")));
        QVERIFY(blocked.html.contains(QStringLiteral("<p style=\"color: red\">")));
        QVERIFY(blocked.html.contains(QStringLiteral(".hero { color: #333 }")));
        QVERIFY(blocked.html.contains(QStringLiteral("href=\"https://weekly.example/article\"")));
        QVERIFY(blocked.html.contains(QStringLiteral("src=\"cid:logo@x\"")));
        QVERIFY2(unsafeIn(blocked.html).isEmpty(), qPrintable(unsafeIn(blocked.html)));

        HtmlSanitizer::Options allow;
        allow.allowRemoteContent = true;
        const auto allowed = HtmlSanitizer::sanitize(html, allow);
        QCOMPARE(allowed.blockedRemoteCount, 0);
        QCOMPARE(allowed.remoteUrls, blocked.remoteUrls);
        QVERIFY(allowed.html.contains(
            QStringLiteral("<body background=\"https://cdn.example/paper.png\">")));
        QVERIFY(allowed.html.contains(QStringLiteral("<img src=\"https://cdn.example/hero.png\"")));
        QVERIFY(allowed.html.contains(QStringLiteral("url('https://tracker.example/p.gif')")));
        QVERIFY2(unsafeIn(allowed.html, true).isEmpty(), qPrintable(unsafeIn(allowed.html, true)));
    }

    void sanitizerNewsletterSample()
    {
        const ParsedMessage m = parseMessage(sample("newsletter.eml"));
        const auto r = HtmlSanitizer::sanitize(m.htmlBody);
        QVERIFY2(unsafeIn(r.html).isEmpty(), qPrintable(unsafeIn(r.html)));
        QCOMPARE(r.blockedRemoteCount, 6); // @import, bg.jpg, paper.png, hero.png, p.gif, open.gif
        QVERIFY(r.html.contains(QStringLiteral("<img src=\"cid:logo@weekly-byte.example\"")));
        QVERIFY(r.html.contains(QStringLiteral("Rust, Qt and the art of the small binary")));
        QVERIFY(r.html.contains(
            QStringLiteral("<a href=\"mailto:editor@weekly-byte.example?subject=Feedback\">")));
        QVERIFY(r.html.contains(QStringLiteral("Claim your prize"))); // text kept, link gone
        QVERIFY(!r.html.contains(QStringLiteral("evil.example")));
        QVERIFY(!r.html.contains(QStringLiteral("document.cookie")));
        QVERIFY(!r.html.contains(QStringLiteral("Password"))
                || !r.html.contains(QStringLiteral("<input")));
    }

    void sanitizerSurvivesGarbageAndDepth()
    {
        // Nesting: 10 000 <div>s and 10 000 unclosed <b>s stay bounded and well-formed.
        QString deep;
        for (int i = 0; i < 10000; ++i)
            deep += QStringLiteral("<div><b>");
        deep += QStringLiteral("bottom");
        const auto r = HtmlSanitizer::sanitize(deep);
        QVERIFY(r.html.contains(QStringLiteral("bottom")));
        QVERIFY(r.html.count(QStringLiteral("<div>")) <= 200);
        QCOMPARE(r.html.count(QStringLiteral("<div>")), r.html.count(QStringLiteral("</div>")));
        QCOMPARE(r.html.count(QStringLiteral("<b>")), r.html.count(QStringLiteral("</b>")));

        // Random tag soup built from hostile fragments: whatever comes out passes the checker.
        const QStringList pieces = {QStringLiteral("<"),
                                    QStringLiteral(">"),
                                    QStringLiteral("\""),
                                    QStringLiteral("'"),
                                    QStringLiteral("="),
                                    QStringLiteral("/"),
                                    QStringLiteral("<script>"),
                                    QStringLiteral("</script>"),
                                    QStringLiteral("<img src="),
                                    QStringLiteral("javascript:"),
                                    QStringLiteral("jav&#x61;script:"),
                                    QStringLiteral(" onerror="),
                                    QStringLiteral("<a href="),
                                    QStringLiteral("<!--"),
                                    QStringLiteral("-->"),
                                    QStringLiteral("<style>"),
                                    QStringLiteral("</style>"),
                                    QStringLiteral("url(http://x.example/a)"),
                                    QStringLiteral("expression("),
                                    QStringLiteral("<p style=\""),
                                    QStringLiteral("&#"),
                                    QStringLiteral("&amp"),
                                    QStringLiteral("<svg>"),
                                    QStringLiteral("<![CDATA["),
                                    QStringLiteral("]]>"),
                                    QStringLiteral(" "),
                                    QStringLiteral("text"),
                                    QStringLiteral("<table><td>"),
                                    QStringLiteral("</div>"),
                                    QStringLiteral("\t"),
                                    QStringLiteral("http://t.example/p.gif"),
                                    QStringLiteral("cid:a"),
                                    QStringLiteral("<body onload=")};
        quint32 seed = 99;
        auto next = [&seed] {
            seed = seed * 1664525u + 1013904223u;
            return seed >> 8;
        };
        for (int round = 0; round < 2000; ++round) {
            QString soup;
            const int length = int(next() % 40);
            for (int k = 0; k < length; ++k)
                soup += pieces[int(next() % quint32(pieces.size()))];
            const auto out = HtmlSanitizer::sanitize(soup);
            const QString problem = unsafeIn(out.html);
            QVERIFY2(problem.isEmpty(),
                     qPrintable(problem + QStringLiteral("\n  input: ") + soup
                                + QStringLiteral("\n  output: ") + out.html));
        }
    }

    void sanitizerFlattensTables()
    {
        HtmlSanitizer::Options options;
        options.flattenTables = true;
        const auto r = HtmlSanitizer::sanitize(
            QStringLiteral("<table><caption>Orders</caption><tr><th>Item</th><td>Price</td></tr>"
                           "<tr><td>Tea<td>3.50</table><p>after</p>"),
            options);
        QCOMPARE(r.html,
                 QStringLiteral("<div>Orders</div><div><span>Item</span> <span>Price</span> </div>"
                                "<div><span>Tea</span> <span>3.50</span> </div><p>after</p>"));
        QVERIFY(unsafeIn(r.html).isEmpty());
    }

    void sanitizerLargeInputIsLinear()
    {
        QString html;
        while (html.size() < 5 * 1024 * 1024)
            html += QStringLiteral(
                "<tr><td class=\"c\" style=\"color:#333\">Cell &amp; text</td>"
                "<td><a href=\"https://x.example/?a=1&b=2\">link</a></td></tr>\n");
        QElapsedTimer timer;
        timer.start();
        html = QStringLiteral("<table>") + html + QStringLiteral("</table>");
        const auto r = HtmlSanitizer::sanitize(html);
        qInfo("5 MB of HTML sanitised in %lld ms", timer.elapsed());
        QVERIFY(r.html.endsWith(QStringLiteral("</table>")));
    }

    void charsets_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QByteArray>("charset");
        QTest::addColumn<QString>("expected");
        QTest::addColumn<bool>("known");
        QTest::newRow("utf-8") << QByteArray("\xC3\xA9") << QByteArray("UTF-8")
                               << QStringLiteral("é") << true;
        QTest::newRow("quoted name")
            << QByteArray("\xE9") << QByteArray("\"iso-8859-1\"") << QStringLiteral("é") << true;
        QTest::newRow("latin-1 is cp1252")
            << QByteArray("\x80") << QByteArray("iso-8859-1") << QStringLiteral("€") << true;
        QTest::newRow("iso-8859-15")
            << QByteArray("\xA4") << QByteArray("iso-8859-15") << QStringLiteral("€") << true;
        QTest::newRow("windows-1251") << QByteArray("\xCF\xF0\xE8") << QByteArray("windows-1251")
                                      << QStringLiteral("При") << true;
        QTest::newRow("shift_jis") << QByteArray("\x93\xfa\x96\x7b") << QByteArray("Shift_JIS")
                                   << QStringLiteral("日本") << true;
        QTest::newRow("us-ascii with utf-8")
            << QByteArray("\xC3\xA9") << QByteArray("us-ascii") << QStringLiteral("é") << true;
        QTest::newRow("missing, latin-1")
            << QByteArray("\xE9t\xE9") << QByteArray() << QStringLiteral("été") << true;
        QTest::newRow("unknown") << QByteArray("\xE9") << QByteArray("x-klingon")
                                 << QStringLiteral("é") << false;
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
