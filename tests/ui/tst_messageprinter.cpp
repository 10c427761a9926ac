// Printing a message: the document MessagePrinter builds (header and body as the viewer shows
// them), a real PDF written through QPrinter (checked structurally: header, cross-reference table,
// page tree), pagination of a long message, and the privacy promise that printing never reaches
// the network. The print preview is saved as a screenshot to look at.

#include "ui/viewer/MessageBrowser.h"
#include "ui/viewer/MessagePrinter.h"
#include "ui/viewer/MessageView.h"
#include "ui/viewer/RemoteContentBar.h"
#include "ui/viewer/RemoteContentLoader.h"

#include <QAbstractTextDocumentLayout>
#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QFontMetricsF>
#include <QImage>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QPushButton>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextFragment>

#include <cmath>

using namespace postier;
using namespace postier::ui;

namespace {

QByteArray sample(const char *name)
{
    QFile f(QStringLiteral(POSTIER_TEST_DATA "/mime/") + QLatin1String(name));
    if (!f.open(QIODevice::ReadOnly))
        qFatal("missing sample %s", name);
    return f.readAll();
}

QByteArray png(const QSize &size, const QColor &color)
{
    QImage image(size, QImage::Format_RGB32);
    image.fill(color);
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return bytes;
}

QString screenshotPath(const QString &name)
{
    QString dir = qEnvironmentVariable("POSTIER_SCREENSHOT_DIR");
    if (dir.isEmpty())
        dir = QDir::tempPath();
    QDir().mkpath(dir);
    return dir + QLatin1Char('/') + name;
}

// Our own seam: records what the viewer asks for, answers when told to.
class RecordingLoader : public RemoteContentLoader
{
public:
    QList<QUrl> requests;
    std::function<QByteArray(const QUrl &)> answer;

    void load(const QUrl &url) override
    {
        requests << url;
        if (answer) {
            QMetaObject::invokeMethod(
                this, [this, url] { Q_EMIT loaded(url, answer(url)); }, Qt::QueuedConnection);
        }
    }
    void cancelAll() override {}
};

// A plain TCP listener on 127.0.0.1 that only counts connections: any request would be one.
class CountingServer : public QObject
{
public:
    CountingServer()
    {
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = m_server.nextPendingConnection()) {
                ++connections;
                socket->disconnectFromHost();
            }
        });
        if (!m_server.listen(QHostAddress::LocalHost, 0))
            qFatal("cannot listen on 127.0.0.1");
    }
    [[nodiscard]] QString base() const
    {
        return QStringLiteral("http://127.0.0.1:%1").arg(m_server.serverPort());
    }
    int connections = 0;

private:
    QTcpServer m_server;
};

/// What a structural look at a PDF file found.
struct PdfFacts {
    bool valid = false;
    QString why;
    int pageObjects = 0; ///< objects of /Type /Page
    int count = -1;      ///< /Count of the root page tree
};

// Checks what a reader relies on: the %PDF header and %%EOF, a startxref that points at an
// "xref" table, every in-use entry of that table pointing at "<n> 0 obj", and the page tree.
PdfFacts inspectPdf(const QByteArray &pdf)
{
    PdfFacts f;
    auto fail = [&f](const QString &why) {
        f.why = why;
        return f;
    };
    if (!pdf.startsWith("%PDF-1."))
        return fail(QStringLiteral("no %PDF-1.x header"));
    if (!pdf.trimmed().endsWith("%%EOF"))
        return fail(QStringLiteral("no %%EOF at the end"));
    const qsizetype sx = pdf.lastIndexOf("startxref");
    if (sx < 0)
        return fail(QStringLiteral("no startxref"));
    bool ok = false;
    const qsizetype xref = pdf.mid(sx + 9).trimmed().split('\n').value(0).trimmed().toLongLong(&ok);
    if (!ok || pdf.mid(xref, 4) != "xref")
        return fail(QStringLiteral("startxref does not point at a cross-reference table"));
    const QList<QByteArray> lines = pdf.mid(xref).split('\n');
    const QList<QByteArray> range = lines.value(1).trimmed().split(' ');
    const int first = range.value(0).toInt();
    const int entries = range.value(1).toInt();
    if (entries < 2)
        return fail(QStringLiteral("empty cross-reference table"));
    for (int i = 0; i < entries; ++i) {
        const QByteArray entry = lines.value(2 + i).trimmed();
        if (!entry.endsWith(" n"))
            continue;
        const qsizetype offset = entry.left(10).toLongLong();
        const QByteArray expected = QByteArray::number(first + i) + " 0 obj";
        if (pdf.mid(offset, expected.size()) != expected)
            return fail(QStringLiteral("object %1 is not where the table says").arg(first + i));
    }
    static const QRegularExpression page(QStringLiteral("/Type\\s*/Page(?![s\\w])"));
    f.pageObjects = int(QString::fromLatin1(pdf).count(page));
    static const QRegularExpression pages(QStringLiteral("/Type\\s*/Pages\\b[^>]*?/Count\\s+(\\d+)"));
    const auto m = pages.match(QString::fromLatin1(pdf));
    if (!m.hasMatch())
        return fail(QStringLiteral("no page tree with a /Count"));
    f.count = m.captured(1).toInt();
    f.valid = true;
    return f;
}

QByteArray plainMessage(int lines)
{
    QByteArray body;
    for (int i = 1; i <= lines; ++i)
        body += "Line " + QByteArray::number(i).rightJustified(3, '0') + " of the minutes.\r\n";
    return "From: Claire Dubois <claire@example.test>\r\nTo: Anna <anna@example.com>\r\n"
           "Cc: Ben <ben@example.org>\r\nSubject: Minutes of the long meeting\r\n"
           "Date: Tue, 24 Nov 2026 09:12:00 +0100\r\nMIME-Version: 1.0\r\n"
           "Content-Type: text/plain; charset=utf-8\r\n\r\n"
        + body;
}

std::unique_ptr<QPrinter> pdfPrinter(const QString &path)
{
    auto printer = std::make_unique<QPrinter>(QPrinter::HighResolution);
    printer->setOutputFormat(QPrinter::PdfFormat);
    printer->setOutputFileName(path);
    printer->setPageSize(QPageSize(QPageSize::A4));
    printer->setPageMargins(QMarginsF(15, 15, 15, 15), QPageLayout::Millimeter);
    return printer;
}

QStringList imageNames(const QTextDocument *doc)
{
    QStringList out;
    for (QTextBlock b = doc->begin(); b.isValid(); b = b.next()) {
        for (auto it = b.begin(); !it.atEnd(); ++it) {
            const QTextCharFormat f = it.fragment().charFormat();
            if (f.isImageFormat())
                out << f.toImageFormat().name();
        }
    }
    return out;
}

} // namespace

class TestMessagePrinter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
        QVERIFY(m_dir.isValid());
    }

    void documentHasHeaderAndBody()
    {
        MessageView view;
        view.setRemoteContentLoader(new RecordingLoader);
        view.setMessage(sample("alternative-qp.eml"));
        QVERIFY(view.isShowingHtml());
        const MessagePrinter printer = MessagePrinter::fromView(view);
        const QString text = printer.document()->toPlainText();
        QCOMPARE(printer.title(), QStringLiteral("Réunion de l’équipe — ordre du jour"));
        QVERIFY2(text.startsWith(QStringLiteral("Réunion de l’équipe — ordre du jour")), qPrintable(text.left(200)));
        for (const QString &expected :
             {QStringLiteral("From:"), QStringLiteral("Léa Dubois <lea.dubois@example.fr>"),
              QStringLiteral("To:"), QStringLiteral("Müller, Anna <anna@example.com>"),
              QStringLiteral("Cc:"), QStringLiteral("Ben Okafor <ben@example.org>, 山田 <yamada@example.jp>"),
              QStringLiteral("Date:"), QStringLiteral("2024"), QStringLiteral("Café et croissants")})
            QVERIFY2(text.contains(expected), qPrintable(expected + QStringLiteral(" missing from:\n") + text));
        // The body is the one on screen: the HTML alternative, not the text one.
        QVERIFY(text.contains(view.browser()->toPlainText().trimmed().left(40)));
        // The header comes first, the body after it.
        QVERIFY(text.indexOf(QStringLiteral("Date:")) < text.indexOf(QStringLiteral("Café et croissants")));

        // Plain text: the text as shown; a message without Cc prints no Cc line.
        view.setMessage("From: a@example.com\r\nTo: b@example.com\r\nSubject: Short\r\n\r\nJust this.\r\n");
        const QString plain = MessagePrinter::fromView(view).document()->toPlainText();
        QVERIFY(plain.contains(QStringLiteral("Just this.")));
        QVERIFY(plain.contains(QStringLiteral("a@example.com")));
        QVERIFY(!plain.contains(QStringLiteral("Cc:")));
    }

    void longMessageIsARealPdfWithItsPages()
    {
        MessageView view;
        view.setRemoteContentLoader(new RecordingLoader);
        const int lines = 400;
        view.setMessage(plainMessage(lines));
        const MessagePrinter printer = MessagePrinter::fromView(view);
        QVERIFY(printer.document()->toPlainText().contains(QStringLiteral("Line 400 of the minutes.")));

        const QString path = m_dir.filePath(QStringLiteral("long.pdf"));
        auto device = pdfPrinter(path);
        QString error;
        const int pages = printer.print(device.get(), &error);
        QVERIFY2(pages > 0, qPrintable(error));

        // What 400 lines need, from the font alone: one line's height on this printer against the
        // page's height (at most all of it, at least all but a footer of a few lines), plus a
        // header of a few lines.
        const qreal line = QFontMetricsF(printer.document()->defaultFont(), device.get()).lineSpacing();
        const int atLeast = int(std::ceil(lines * line / device->height()));
        const int atMost = int(std::ceil((lines + 12) * line / (device->height() - 4 * line)));
        qInfo("%d pages for %d lines (expected %d to %d)", pages, lines, atLeast, atMost);
        QVERIFY2(atLeast >= 3, "the test message should need several pages");
        QVERIFY2(pages >= atLeast && pages <= atMost,
                 qPrintable(QStringLiteral("%1 pages, expected %2 to %3").arg(pages).arg(atLeast).arg(atMost)));

        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray pdf = file.readAll();
        QVERIFY(pdf.size() > 2000);
        const PdfFacts facts = inspectPdf(pdf);
        QVERIFY2(facts.valid, qPrintable(facts.why));
        QCOMPARE(facts.pageObjects, pages);
        QCOMPARE(facts.count, pages);

        // The last line is laid out on the last page.
        const QTextDocument *doc = printer.document();
        const QTextBlock last = doc->findBlock(doc->toPlainText().indexOf(QStringLiteral("Line 400")));
        QVERIFY(last.isValid());
        const QRectF box = doc->documentLayout()->blockBoundingRect(last);
        QCOMPARE(int(box.top() / doc->pageSize().height()), pages - 1);

        // A short message is one page.
        view.setMessage(plainMessage(5));
        const QString shortPath = m_dir.filePath(QStringLiteral("short.pdf"));
        auto shortDevice = pdfPrinter(shortPath);
        QCOMPARE(MessagePrinter::fromView(view).print(shortDevice.get()), 1);
        QFile shortFile(shortPath);
        QVERIFY(shortFile.open(QIODevice::ReadOnly));
        const PdfFacts shortFacts = inspectPdf(shortFile.readAll());
        QVERIFY2(shortFacts.valid, qPrintable(shortFacts.why));
        QCOMPARE(shortFacts.count, 1);
    }

    // Printing lays out every image of the message again, on the printer: the recording seam
    // must see no request, and cid: images must come from the message.
    void printingNeverReachesTheNetwork()
    {
        MessageView view;
        auto *loader = new RecordingLoader;
        view.setRemoteContentLoader(loader);
        view.resize(900, 800);
        view.setMessage(sample("newsletter.eml"));
        QCOMPARE(view.blockedRemoteCount(), 6);
        const MessagePrinter printer = MessagePrinter::fromView(view);
        auto device = pdfPrinter(m_dir.filePath(QStringLiteral("newsletter.pdf")));
        QVERIFY(printer.print(device.get()) >= 1);
        QVERIFY2(loader->requests.isEmpty(), qPrintable(loader->requests.value(0).toString()));
        const QStringList images = imageNames(printer.document());
        QVERIFY2(images.contains(QStringLiteral("cid:logo@weekly-byte.example")), qPrintable(images.join(u',')));
        const QImage logo = printer.document()
                                ->resource(QTextDocument::ImageResource, QUrl(QStringLiteral("cid:logo@weekly-byte.example")))
                                .value<QImage>();
        QCOMPARE(logo.size(), QSize(120, 40));
        QCOMPARE(logo.pixelColor(10, 10), QColor(32, 96, 200));
        // A blocked remote image is not even named in the printed document.
        QVERIFY(!printer.document()->toHtml().contains(QStringLiteral("cdn.example.net")));

        // Allowed by the user and arrived: printed as shown, still without a new request.
        loader->answer = [](const QUrl &) { return png(QSize(56, 18), Qt::darkCyan); };
        QTest::mouseClick(view.remoteContentBar()->showButton(), Qt::LeftButton);
        (void)view.grab();
        const QUrl hero(QStringLiteral("https://cdn.example.net/issue42/hero.png"));
        QTRY_VERIFY(view.browser()->loadedResource(QTextDocument::ImageResource, hero).value<QImage>().size() == QSize(56, 18));
        const qsizetype asked = loader->requests.size();
        const MessagePrinter allowed = MessagePrinter::fromView(view);
        auto device2 = pdfPrinter(m_dir.filePath(QStringLiteral("newsletter-allowed.pdf")));
        QVERIFY(allowed.print(device2.get()) >= 1);
        QCOMPARE(allowed.document()->resource(QTextDocument::ImageResource, hero).value<QImage>().size(), QSize(56, 18));
        QCOMPARE(loader->requests.size(), asked);
    }

    // The same with the real network loader and a real socket: no connection at all.
    void printingOpensNoConnection()
    {
        CountingServer server;
        MessageView view; // default loader: NetworkRemoteContentLoader
        view.setMessage(
            "From: Shop <news@shop.example>\r\nTo: anna@example.com\r\nSubject: Offers\r\n"
            "MIME-Version: 1.0\r\nContent-Type: text/html; charset=utf-8\r\n\r\n"
            + QStringLiteral("<p>Hello</p><p><img src=\"%1/a.png\" width=\"40\" height=\"30\"></p>"
                             "<table background=\"%1/t.png\"><tr><td>x</td></tr></table>")
                  .arg(server.base())
                  .toUtf8());
        QCOMPARE(view.blockedRemoteCount(), 2);
        const MessagePrinter printer = MessagePrinter::fromView(view);
        auto device = pdfPrinter(m_dir.filePath(QStringLiteral("offers.pdf")));
        QCOMPARE(printer.print(device.get()), 1);
        QTest::qWait(300); // time for any stray request to reach the server
        QCOMPARE(server.connections, 0);
    }

    void unwritableFileIsASentence()
    {
        MessageView view;
        view.setRemoteContentLoader(new RecordingLoader);
        view.setMessage(plainMessage(3));
        auto device = pdfPrinter(QStringLiteral("/nonexistent-dir/for/sure/out.pdf"));
        QString error;
        QCOMPARE(MessagePrinter::fromView(view).print(device.get(), &error), 0);
        QVERIFY2(error.contains(QStringLiteral("Minutes of the long meeting"))
                     && error.contains(QStringLiteral("out.pdf")),
                 qPrintable(error));
    }

    // Screenshot to look at: postier-print-preview.png (the preview dialog with a long message).
    void previewScreenshot()
    {
        MessageView view;
        view.setRemoteContentLoader(new RecordingLoader);
        view.setMessage(sample("newsletter.eml"));
        const MessagePrinter printer = MessagePrinter::fromView(view);
        QPrinter device(QPrinter::HighResolution);
        device.setPageSize(QPageSize(QPageSize::A4));
        QPrintPreviewDialog dialog(&device);
        int painted = 0;
        connect(&dialog, &QPrintPreviewDialog::paintRequested, this, [&](QPrinter *p) {
            painted = printer.print(p);
        });
        dialog.resize(900, 760);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QTRY_VERIFY(painted >= 1);
        QTest::qWait(200);
        QVERIFY(dialog.grab().save(screenshotPath(QStringLiteral("postier-print-preview.png"))));
    }

private:
    QTemporaryDir m_dir;
};

QTEST_MAIN(TestMessagePrinter)
#include "tst_messageprinter.moc"
