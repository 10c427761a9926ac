#include "protocols/mime/MessageParser.h"
#include "ui/viewer/AttachmentListWidget.h"
#include "ui/viewer/MessageBrowser.h"
#include "ui/viewer/MessageHeaderWidget.h"
#include "ui/viewer/MessageView.h"
#include "ui/viewer/RemoteContentBar.h"
#include "ui/viewer/RemoteContentLoader.h"

#include <QAction>
#include <QBuffer>
#include <QClipboard>
#include <QGuiApplication>
#include <QLabel>
#include <QElapsedTimer>
#include <QFile>
#include <QImage>
#include <QListWidget>
#include <QPainter>
#include <QPushButton>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextFragment>

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

QByteArray png(const QSize &size, const QColor &color, const QColor &accent = QColor())
{
    QImage image(size, QImage::Format_RGB32);
    image.fill(color);
    if (accent.isValid()) {
        QPainter p(&image);
        p.setRenderHint(QPainter::Antialiasing);
        QLinearGradient g(0, 0, size.width(), size.height());
        g.setColorAt(0, color);
        g.setColorAt(1, accent);
        p.fillRect(image.rect(), g);
        p.setPen(Qt::white);
        QFont f = p.font();
        f.setPixelSize(size.height() / 5);
        f.setBold(true);
        p.setFont(f);
        p.drawText(image.rect(), Qt::AlignCenter, QStringLiteral("Issue 42"));
    }
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return bytes;
}

// Our own seam, not a server: records what the viewer asks for, answers when told to.
class RecordingLoader : public RemoteContentLoader
{
public:
    QList<QUrl> requests;
    int cancelled = 0;
    std::function<QByteArray(const QUrl &)> answer;

    void load(const QUrl &url) override
    {
        requests << url;
        if (answer) {
            QMetaObject::invokeMethod(
                this, [this, url] { Q_EMIT loaded(url, answer(url)); }, Qt::QueuedConnection);
        }
    }
    void cancelAll() override { ++cancelled; }
};

// A minimal HTTP/1.1 server on 127.0.0.1 that counts connections and serves one image.
class ImageServer : public QObject
{
public:
    explicit ImageServer(QByteArray body)
        : m_body(std::move(body))
    {
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = m_server.nextPendingConnection()) {
                ++connections;
                connect(socket, &QTcpSocket::readyRead, socket, [this, socket] {
                    m_requests[socket] += socket->readAll();
                    if (!m_requests[socket].contains("\r\n\r\n"))
                        return;
                    paths << m_requests[socket].split(' ').value(1);
                    socket->write("HTTP/1.1 200 OK\r\nContent-Type: image/png\r\nContent-Length: "
                                  + QByteArray::number(m_body.size())
                                  + "\r\nConnection: close\r\n\r\n" + m_body);
                    socket->disconnectFromHost();
                });
                connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
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
    QByteArrayList paths;

private:
    QTcpServer m_server;
    QByteArray m_body;
    QHash<QTcpSocket *, QByteArray> m_requests;
};

QByteArray htmlMessage(const QString &html, const QByteArray &from = "Shop <news@shop.example>")
{
    return "From: " + from
        + "\r\nTo: anna@example.com\r\nSubject: Offers\r\n"
          "Date: Fri, 17 May 2024 07:00:00 +0000\r\nMIME-Version: 1.0\r\n"
          "Content-Type: text/html; charset=utf-8\r\n\r\n"
        + html.toUtf8();
}

QList<QString> anchorHrefs(const QTextDocument *doc)
{
    QList<QString> out;
    for (QTextBlock b = doc->begin(); b.isValid(); b = b.next()) {
        for (auto it = b.begin(); !it.atEnd(); ++it) {
            const QTextCharFormat f = it.fragment().charFormat();
            if (f.isAnchor() && !f.anchorHref().isEmpty())
                out << f.anchorHref();
        }
    }
    return out;
}

// How many pixels of the widget's current rendering are close to `color`.
int pixelsLike(QWidget *widget, const QColor &color)
{
    const QImage image = widget->grab().toImage();
    int count = 0;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x) {
            const QColor c = image.pixelColor(x, y);
            if (qAbs(c.red() - color.red()) < 12 && qAbs(c.green() - color.green()) < 12
                && qAbs(c.blue() - color.blue()) < 12)
                ++count;
        }
    }
    return count;
}

QImage resourceImage(MessageView &view, const QString &url)
{
    return view.browser()
        ->document()
        ->resource(QTextDocument::ImageResource, QUrl(url))
        .value<QImage>();
}

} // namespace

class TestMessageView : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom)); }

    void headerAndHtmlBody()
    {
        MessageView view;
        view.setRemoteContentLoader(new RecordingLoader);
        view.resize(900, 700);
        view.setMessage(sample("alternative-qp.eml"));
        QCOMPARE(view.state(), MessageView::State::Ready);
        QCOMPARE(view.header()->subjectText(),
                 QStringLiteral("Réunion de l’équipe — ordre du jour"));
        QCOMPARE(view.header()->fromText(), QStringLiteral("Léa Dubois <lea.dubois@example.fr>"));
        QCOMPARE(view.header()->toText(), QStringLiteral("Müller, Anna <anna@example.com>"));
        QCOMPARE(view.header()->ccText(),
                 QStringLiteral("Ben Okafor <ben@example.org>, 山田 <yamada@example.jp>"));
        QVERIFY(view.header()->dateText().contains(QStringLiteral("2024")));
        QVERIFY(view.isShowingHtml());
        QVERIFY(view.browser()->toPlainText().contains(QStringLiteral("Café et croissants")));
        QVERIFY(!view.remoteContentBar()->isVisibleTo(&view));
        QVERIFY(!view.attachmentList()->isVisibleTo(&view));

        view.setPreferPlainText(true);
        QVERIFY(!view.isShowingHtml());
        QVERIFY(view.browser()->toPlainText().contains(QStringLiteral("Café et croissants ☕")));
    }

    // The key privacy test, with our recording seam: nothing is requested before the click.
    void remoteImagesWaitForTheUser()
    {
        MessageView view;
        auto *loader = new RecordingLoader;
        view.setRemoteContentLoader(loader);
        view.resize(900, 800);
        view.setMessage(sample("newsletter.eml"));
        (void)view.grab(); // lays out and paints: every image resource is asked for now
        QVERIFY(view.isShowingHtml());
        QCOMPARE(view.blockedRemoteCount(), 6);
        QVERIFY(view.remoteContentBar()->isVisibleTo(&view));
        QCOMPARE(view.remoteContentBar()->message(),
                 QStringLiteral("Postier blocked 6 remote images to protect your privacy."));
        QVERIFY(loader->requests.isEmpty());
        // Even asking the document directly for a remote URL loads nothing.
        (void)resourceImage(view, QStringLiteral("https://cdn.example.net/issue42/hero.png"));
        QVERIFY(loader->requests.isEmpty());
        QVERIFY(!view.browser()->document()->toHtml().contains(QStringLiteral("cdn.example.net")));

        loader->answer = [](const QUrl &) { return png(QSize(56, 18), Qt::darkCyan); };
        QTest::mouseClick(view.remoteContentBar()->showButton(), Qt::LeftButton);
        QVERIFY(view.isRemoteContentAllowed());
        QVERIFY(!view.remoteContentBar()->isVisibleTo(&view));
        (void)view.grab();
        QVERIFY(loader->requests.contains(
            QUrl(QStringLiteral("https://cdn.example.net/issue42/hero.png"))));
        QVERIFY(loader->requests.contains(
            QUrl(QStringLiteral("http://t.example.net/open.gif?u=8d7f"))));
        for (const QUrl &url : std::as_const(loader->requests))
            QVERIFY2(!url.host().contains(QLatin1String("evil")), qPrintable(url.toString()));
        QSignalSpy arrived(view.browser(), &MessageBrowser::remoteImageLoaded);
        QVERIFY(arrived.wait());
        QTRY_COMPARE(
            resourceImage(view, QStringLiteral("https://cdn.example.net/issue42/hero.png")).size(),
            QSize(56, 18));
        // Each URL is asked for once, however often the layout asks for it.
        (void)view.grab();
        const qsizetype asked = loader->requests.size();
        (void)view.grab();
        QCOMPARE(loader->requests.size(), asked);
    }

    // The same proof against a real socket: the default QNetworkAccessManager loader, pointed at a
    // server on 127.0.0.1, gets no connection before "Show remote content" and one after, and the
    // image then appears on screen.
    void realLoaderMakesNoRequestUntilAllowed()
    {
        const QColor red(220, 20, 30);
        ImageServer server(png(QSize(40, 30), red));
        const QString imageUrl = server.base() + QStringLiteral("/pixel.png?u=anna");
        MessageView view; // default loader: NetworkRemoteContentLoader
        view.resize(800, 600);
        view.setMessage(htmlMessage(
            QStringLiteral("<p>Hello Anna,</p><p><img src=\"%1\" width=\"40\" height=\"30\"></p>"
                           "<p style=\"background-image: url(%2/bg.png)\">Offers</p>"
                           "<table background=\"%2/table.png\"><tr><td>x</td></tr></table>")
                .arg(imageUrl, server.base())));
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        (void)view.grab();
        QTest::qWait(300); // time for any stray request to reach the server
        QCOMPARE(server.connections, 0);
        QCOMPARE(view.blockedRemoteCount(), 3);
        QCOMPARE(pixelsLike(view.browser()->viewport(), red), 0);

        QTest::mouseClick(view.remoteContentBar()->showButton(), Qt::LeftButton);
        QTRY_VERIFY(server.connections >= 1);
        QTRY_VERIFY(resourceImage(view, imageUrl).size() == QSize(40, 30));
        QCOMPARE(resourceImage(view, imageUrl).pixelColor(5, 5), red);
        QVERIFY(server.paths.contains("/pixel.png?u=anna"));
        // And it is on screen: the 40 x 30 red image is painted.
        QTRY_VERIFY(pixelsLike(view.browser()->viewport(), red) >= 40 * 30 * 9 / 10);
    }

    void inlineCidImageIsRendered()
    {
        MessageView view;
        view.setRemoteContentLoader(new RecordingLoader);
        view.resize(900, 700);
        view.setMessage(sample("newsletter.eml"));
        const QImage logo = resourceImage(view, QStringLiteral("cid:logo@weekly-byte.example"));
        QCOMPARE(logo.size(), QSize(120, 40));
        QCOMPARE(logo.pixelColor(10, 10), QColor(32, 96, 200));
        QVERIFY(pixelsLike(view.browser()->viewport(), QColor(32, 96, 200)) > 120 * 30);
        QVERIFY(view.attachmentList()->isHidden()); // the logo is shown, not listed
    }

    void scriptsFormsAndJavascriptLinksAreGone()
    {
        MessageView view;
        view.setRemoteContentLoader(new RecordingLoader);
        QList<QUrl> opened;
        view.setUrlOpener([&opened](const QUrl &url) {
            opened << url;
            return true;
        });
        QSignalSpy mailto(&view, &MessageView::mailtoRequested);
        view.setMessage(sample("newsletter.eml"));
        const QString html = view.browser()->document()->toHtml();
        for (const char *banned :
             {"<script", "document.cookie", "onclick", "onload", "onerror", "javascript",
              "evil.example", "<form", "<input", "iframe", "expression"}) {
            QVERIFY2(!html.contains(QLatin1String(banned), Qt::CaseInsensitive), banned);
        }
        const QList<QString> hrefs = anchorHrefs(view.browser()->document());
        QVERIFY(hrefs.contains(
            QStringLiteral("https://weekly-byte.example/issue42/lto?utm_source=mail")));
        QVERIFY(
            hrefs.contains(QStringLiteral("mailto:editor@weekly-byte.example?subject=Feedback")));
        for (const QString &href : hrefs) {
            QVERIFY2(href.startsWith(QLatin1String("https:"))
                         || href.startsWith(QLatin1String("mailto:")),
                     qPrintable(href));
        }
        // "Claim your prize" had a javascript: link: its text is there, not as a link.
        const QTextCursor prize
            = view.browser()->document()->find(QStringLiteral("Claim your prize"));
        QVERIFY(!prize.isNull());
        QVERIFY(!prize.charFormat().isAnchor());

        // Even if a link reached the view, only http(s) opens and mailto is handed over.
        Q_EMIT view.browser()->anchorClicked(QUrl(QStringLiteral("javascript:alert(1)")));
        Q_EMIT view.browser()->anchorClicked(QUrl(QStringLiteral("file:///etc/passwd")));
        Q_EMIT view.browser()->anchorClicked(
            QUrl(QStringLiteral("data:text/html,<script>x</script>")));
        QVERIFY(opened.isEmpty());
        Q_EMIT view.browser()->anchorClicked(
            QUrl(QStringLiteral("https://weekly-byte.example/issue42/lto")));
        QCOMPARE(opened,
                 QList<QUrl> {QUrl(QStringLiteral("https://weekly-byte.example/issue42/lto"))});
        Q_EMIT view.browser()->anchorClicked(
            QUrl(QStringLiteral("mailto:editor@weekly-byte.example")));
        QCOMPARE(mailto.size(), 1);
        QCOMPARE(opened.size(), 1);
        // Clicking a link never navigates the view itself.
        QVERIFY(view.browser()->source().isEmpty());
    }

    // Raw HTML that bypasses the sanitiser still cannot make the browser read local files:
    // loadResource() answers every unknown URL itself.
    void browserNeverReadsLocalFiles()
    {
        QTemporaryDir dir;
        const QColor red(220, 20, 30);
        QFile file(dir.filePath(QStringLiteral("secret.png")));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(png(QSize(40, 30), red));
        file.close();
        QFile css(dir.filePath(QStringLiteral("style.css")));
        QVERIFY(css.open(QIODevice::WriteOnly));
        css.write("p { color: #dc141e }");
        css.close();
        QVERIFY(QDir::setCurrent(dir.path()));

        MessageBrowser browser;
        browser.resize(400, 300);
        browser.showHtml(
            QStringLiteral("<p>x</p><img src=\"%1\"><img src=\"secret.png\">"
                           "<img src=\"file://%1\"><link rel=\"stylesheet\" href=\"style.css\">")
                .arg(file.fileName()));
        (void)browser.grab();
        QCOMPARE(pixelsLike(browser.viewport(), red), 0);
        const QImage relative
            = browser.document()
                  ->resource(QTextDocument::ImageResource, QUrl(QStringLiteral("secret.png")))
                  .value<QImage>();
        QCOMPARE(relative.size(), QSize(1, 1));
        QVERIFY(browser.document()
                    ->resource(QTextDocument::StyleSheetResource, QUrl(QStringLiteral("style.css")))
                    .isNull());
        QVERIFY(QDir::setCurrent(QDir::tempPath()));
    }

    void plainTextRendering()
    {
        MessageView view;
        view.setRemoteContentLoader(new RecordingLoader);
        const QByteArray raw
            = "From: Ben <ben@example.org>\r\nSubject: Re: lunch\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n"
              "Sounds good, see https://maps.example.org/place?id=42.\r\n"
              "Or www.example.com/menu (the new one).\r\n"
              "\r\n> Shall we meet at noon?\r\n>> Last week was great\r\n"
              "\tTabbed   and  spaced\r\n";
        view.setMessage(raw);
        QVERIFY(!view.isShowingHtml());
        QTextDocument *doc = view.browser()->document();
        QCOMPARE(doc->toPlainText(),
                 QStringLiteral("Sounds good, see https://maps.example.org/place?id=42.\n"
                                "Or www.example.com/menu (the new one).\n\n"
                                "> Shall we meet at noon?\n>> Last week was great\n"
                                "\tTabbed   and  spaced\n"));
        const QList<QString> hrefs = anchorHrefs(doc);
        QCOMPARE(hrefs,
                 (QList<QString> {QStringLiteral("https://maps.example.org/place?id=42"),
                                  QStringLiteral("http://www.example.com/menu")}));
        const QTextCursor quote = doc->find(QStringLiteral("Shall we meet"));
        const QTextCursor deeper = doc->find(QStringLiteral("Last week"));
        const QTextCursor normal = doc->find(QStringLiteral("Sounds good"));
        QVERIFY(quote.charFormat().foreground().color()
                != normal.charFormat().foreground().color());
        QVERIFY(deeper.charFormat().foreground().color()
                != quote.charFormat().foreground().color());
        // Proportional font, as the rest of the application.
        QVERIFY(!QFontInfo(view.browser()->font()).fixedPitch());
    }

    void japaneseAndRaw8bit()
    {
        MessageView view;
        view.setRemoteContentLoader(new RecordingLoader);
        view.setMessage(sample("iso-2022-jp.eml"));
        QCOMPARE(view.header()->subjectText(), QStringLiteral("会議のお知らせ"));
        QVERIFY(view.browser()->toPlainText().contains(
            QStringLiteral("来週の会議は火曜日の午後３時からです。")));
        view.setMessage(sample("raw-8bit-headers.eml"));
        QCOMPARE(view.header()->fromText(), QStringLiteral("Jörg Weiß <joerg@example.de>"));
        QVERIFY(view.browser()->toPlainText().contains(QStringLiteral("Schöne Grüße aus Zürich!")));
    }

    void brokenMessageShowsProblem()
    {
        MessageView view;
        view.setRemoteContentLoader(new RecordingLoader);
        view.setMessage(sample("broken.eml"));
        auto *problem = view.findChild<QLabel *>(QStringLiteral("problemNotice"));
        QVERIFY(problem && problem->isVisibleTo(&view));
        QVERIFY(problem->text().contains(QStringLiteral("cut off")));
        QVERIFY(view.browser()->toPlainText().contains(
            QStringLiteral("A part with no header at all.")));
    }

    void attachmentNamesAreShownWhole()
    {
        AttachmentListWidget list;
        list.resize(900, 200);
        protocols::ParsedMessage::Attachment shortOne;
        shortOne.fileName = QStringLiteral("Service agreement (signed).pdf");
        shortOne.mimeType = QStringLiteral("application/pdf");
        shortOne.size = 703;
        protocols::ParsedMessage::Attachment longOne = shortOne;
        longOne.fileName = QString(120, QLatin1Char('x')) + QStringLiteral(".pdf");
        list.setAttachments({shortOne});
        const QFontMetrics metrics(list.list()->font());
        const int room = list.list()->gridSize().width() - list.list()->iconSize().width();
        QVERIFY2(metrics.horizontalAdvance(shortOne.fileName) + 16 <= room,
                 qPrintable(QStringLiteral("cell %1 px too narrow").arg(room)));
        // A name too long for any cell is capped (elided in the middle) and whole in the tool tip.
        list.setAttachments({shortOne, longOne});
        QVERIFY(list.list()->gridSize().width() <= 440);
        QVERIFY(list.list()->item(1)->toolTip().contains(longOne.fileName));
    }

    void attachmentsListedSavedAndOpened()
    {
        MessageView view;
        view.setRemoteContentLoader(new RecordingLoader);
        QTemporaryDir dir;
        QString suggested;
        view.setSaveLocationProvider([&](const QString &s) {
            suggested = s;
            return dir.filePath(QStringLiteral("saved.pdf"));
        });
        QList<QUrl> opened;
        view.setUrlOpener([&opened](const QUrl &url) {
            opened << url;
            return true;
        });
        const QByteArray raw = sample("attachments-rfc2231.eml");
        view.setMessage(raw);
        AttachmentListWidget *list = view.attachmentList();
        QVERIFY(list->isVisibleTo(&view));
        QCOMPARE(list->count(), 4);
        QStringList texts;
        for (int i = 0; i < list->list()->count(); ++i)
            texts << list->list()->item(i)->text();
        QCOMPARE(texts,
                 (QStringList {QStringLiteral("Bericht März.pdf\n426 bytes"),
                               QStringLiteral("Grüße.txt\n13 bytes"),
                               QStringLiteral("Überblick 2024.xlsx\n14 bytes"),
                               QStringLiteral("invoicefdp.exe\n32 bytes")}));
        QVERIFY(!list->list()->item(0)->icon().isNull());

        // Save…
        list->list()->setCurrentRow(0);
        QTest::mouseClick(list->findChild<QPushButton *>(QStringLiteral("saveAttachmentButton")),
                          Qt::LeftButton);
        QVERIFY(suggested.endsWith(QStringLiteral("/Bericht März.pdf")));
        QFile saved(dir.filePath(QStringLiteral("saved.pdf")));
        QVERIFY(saved.open(QIODevice::ReadOnly));
        QCOMPARE(saved.readAll(),
                 protocols::attachmentData(raw, view.message().attachments[0].index));

        // Open: written to a private temporary folder, read-only, then handed to the opener.
        QTest::mouseClick(list->findChild<QPushButton *>(QStringLiteral("openAttachmentButton")),
                          Qt::LeftButton);
        QCOMPARE(opened.size(), 1);
        QVERIFY(opened[0].isLocalFile());
        const QFileInfo info(opened[0].toLocalFile());
        QCOMPARE(info.fileName(), QStringLiteral("Bericht März.pdf"));
        QCOMPARE(info.permissions() & (QFile::WriteOwner | QFile::WriteGroup | QFile::WriteOther),
                 QFile::Permissions());
        QCOMPARE(QFileInfo(info.dir().absolutePath() + QStringLiteral("/..")).permissions()
                     & (QFile::ReadOther | QFile::ReadGroup),
                 QFile::Permissions());
        QFile openedFile(info.filePath());
        QVERIFY(openedFile.open(QIODevice::ReadOnly));
        QCOMPARE(openedFile.size(), 426);

        // The disguised program: listed and savable, never opened.
        list->list()->setCurrentRow(3);
        QVERIFY(
            !list->findChild<QPushButton *>(QStringLiteral("openAttachmentButton"))->isEnabled());
        view.openAttachment(3);
        Q_EMIT list->list()->itemActivated(list->list()->item(3));
        QCOMPARE(opened.size(), 1);
    }

    void remoteContentPolicyAndAlwaysForSender()
    {
        MessageView view;
        auto *loader = new RecordingLoader;
        view.setRemoteContentLoader(loader);
        QStringList trusted;
        view.setRemoteContentPolicy(
            [&trusted](const QString &sender) { return trusted.contains(sender); });
        QSignalSpy always(&view, &MessageView::alwaysAllowSender);

        view.setMessage(sample("newsletter.eml"));
        QVERIFY(view.remoteContentBar()->isVisibleTo(&view));
        QVERIFY(view.remoteContentBar()->alwaysButton()->isVisibleTo(&view));
        QTest::mouseClick(view.remoteContentBar()->alwaysButton(), Qt::LeftButton);
        QCOMPARE(always.size(), 1);
        QCOMPARE(always.first().first().toString(), QStringLiteral("news@weekly-byte.example"));
        QVERIFY(view.isRemoteContentAllowed());
        (void)view.grab();
        QVERIFY(!loader->requests.isEmpty());

        // The app stores the sender; the next message from it shows its images without asking.
        trusted << always.first().first().toString();
        loader->requests.clear();
        view.setMessage(sample("newsletter.eml"));
        QVERIFY(view.isRemoteContentAllowed());
        QVERIFY(!view.remoteContentBar()->isVisibleTo(&view));
        (void)view.grab();
        QVERIFY(!loader->requests.isEmpty());

        // Another sender is asked about again, and a new message cancels the old loads.
        const int cancelledBefore = loader->cancelled;
        loader->requests.clear();
        view.setMessage(htmlMessage(QStringLiteral("<img src=\"https://img.example/a.png\">")));
        QVERIFY(loader->cancelled > cancelledBefore);
        QVERIFY(!view.isRemoteContentAllowed());
        QVERIFY(view.remoteContentBar()->isVisibleTo(&view));
        QCOMPARE(view.remoteContentBar()->message(),
                 QStringLiteral("Postier blocked one remote image to protect your privacy."));
        (void)view.grab();
        QVERIFY(loader->requests.isEmpty());
    }

    void showSourceAndStates()
    {
        MessageView view;
        view.setRemoteContentLoader(new RecordingLoader);
        QCOMPARE(view.state(), MessageView::State::Empty);
        QVERIFY(!view.showSourceAction()->isEnabled());
        view.setLoading();
        QCOMPARE(view.state(), MessageView::State::Loading);
        const QByteArray raw = sample("forwarded.eml");
        QSignalSpy source(&view, &MessageView::showSourceRequested);
        view.setMessage(raw);
        QVERIFY(view.showSourceAction()->isEnabled());
        view.showSourceAction()->trigger();
        QCOMPARE(source.size(), 1);
        QCOMPARE(source.first().first().toByteArray(), raw);
        QCOMPARE(view.attachmentList()->count(), 1);
        QCOMPARE(view.message().attachments.first().fileName,
                 QStringLiteral("Rechnung für Mai.eml"));
        view.clear();
        QCOMPARE(view.state(), MessageView::State::Empty);
        QVERIFY(view.header()->subjectText().isEmpty());
    }

    void longAddressListsElideWithTooltip()
    {
        MessageView view;
        view.setRemoteContentLoader(new RecordingLoader);
        QByteArray to;
        for (int i = 0; i < 40; ++i)
            to += (i ? ", " : "") + QByteArray("Person Number ") + QByteArray::number(i)
                + " <person" + QByteArray::number(i) + "@example.com>";
        view.resize(600, 500);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        view.setMessage("From: a@example.com\r\nTo: " + to + "\r\nSubject: " + QByteArray(30, 'x')
                        + " a subject long enough to wrap over more than one line "
                          "in a narrow window, which must never be cut\r\n\r\nhi\r\n");
        auto *toLabel = view.header()->findChild<QLabel *>(QStringLiteral("to"));
        QVERIFY(toLabel);
        QTRY_VERIFY(toLabel->toolTip().contains(QStringLiteral("person39@example.com")));
        QVERIFY(toLabel->text().size() < toLabel->toolTip().size());
        QVERIFY(view.header()->toText().endsWith(QStringLiteral("<person39@example.com>")));
        auto *subject = view.header()->findChild<QLabel *>(QStringLiteral("subject"));
        QVERIFY(subject->wordWrap());
        QVERIFY(subject->text().endsWith(QStringLiteral("must never be cut")));
    }

    void spaceScrollsAndCtrlCCopies()
    {
        MessageView view;
        view.setRemoteContentLoader(new RecordingLoader);
        QByteArray body;
        for (int i = 0; i < 400; ++i)
            body += "Line " + QByteArray::number(i) + " of a long message\r\n";
        view.resize(600, 400);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        view.setMessage("From: a@example.com\r\nSubject: long\r\n\r\n" + body);
        view.browser()->setFocus();
        QScrollBar *bar = view.browser()->verticalScrollBar();
        QCOMPARE(bar->value(), 0);
        QTest::keyClick(view.browser(), Qt::Key_Space);
        QVERIFY(bar->value() > 0);
        const int after = bar->value();
        QTest::keyClick(view.browser(), Qt::Key_Space, Qt::ShiftModifier);
        QVERIFY(bar->value() < after);

        view.browser()->selectAll();
        QTest::keyClick(view.browser(), Qt::Key_C, Qt::ControlModifier);
        QVERIFY(QGuiApplication::clipboard()->text().startsWith(
            QStringLiteral("Line 0 of a long message")));
    }

    // 5 MB of plain text: parsed on the pool thread, shown, and not quadratic (no timing assert:
    // a quadratic path would run into the test timeout).
    void largePlainTextMessage()
    {
        MessageView view;
        view.setRemoteContentLoader(new RecordingLoader);
        QByteArray body;
        int line = 0;
        while (body.size() < 5 * 1024 * 1024) {
            body += "Line " + QByteArray::number(line)
                + ": log output with a link https://ci.example/job/" + QByteArray::number(line)
                + " and some words to make it longer\r\n";
            if (++line % 50 == 0)
                body += "> a quoted line\r\n";
        }
        const QByteArray raw = "From: ci@example.com\r\nSubject: build log\r\n"
                               "Content-Type: text/plain; charset=utf-8\r\n\r\n"
            + body;
        QSignalSpy shown(&view, &MessageView::messageShown);
        QElapsedTimer timer;
        timer.start();
        view.setMessage(raw);
        QCOMPARE(view.state(), MessageView::State::Loading);
        QVERIFY(shown.wait(120000));
        qInfo("5 MB plain-text message shown in %lld ms", timer.elapsed());
        QCOMPARE(view.state(), MessageView::State::Ready);
        QVERIFY(view.browser()->document()->blockCount() > line);
        QVERIFY(view.browser()->toPlainText().endsWith(
            QStringLiteral(" and some words to make it longer\n")));
    }

    // A 4 MB HTML newsletter archive: sanitised on the pool thread too, laid out lazily.
    void largeHtmlMessage()
    {
        MessageView view;
        auto *loader = new RecordingLoader;
        view.setRemoteContentLoader(loader);
        view.resize(800, 600);
        QString html = QStringLiteral("<html><body><table>");
        int row = 0;
        while (html.size() < 4 * 1024 * 1024) {
            html += QStringLiteral(
                        "<tr><td style=\"color:#333\" onclick=\"x()\">Row %1 &amp; text</td>"
                        "<td><a href=\"https://archive.example/%1\">link</a></td></tr>\n")
                        .arg(row);
            if (++row % 500 == 0)
                html += QStringLiteral("<tr><td><img src=\"https://img.example/%1.png\"></td></tr>")
                            .arg(row);
        }
        html += QStringLiteral("</table></body></html>");
        QSignalSpy shown(&view, &MessageView::messageShown);
        QElapsedTimer timer;
        timer.start();
        view.setMessage(htmlMessage(html));
        QCOMPARE(view.state(), MessageView::State::Loading);
        QVERIFY(shown.wait(120000));
        (void)view.grab();
        qInfo("4 MB HTML message shown in %lld ms", timer.elapsed());
        QCOMPARE(view.blockedRemoteCount(), row / 500);
        QVERIFY(loader->requests.isEmpty());
        auto *notice = view.findChild<QLabel *>(QStringLiteral("problemNotice"));
        QVERIFY(notice->isVisibleTo(&view));
        QVERIFY(notice->text().contains(QStringLiteral("tables are shown simplified")));
        QVERIFY(
            view.browser()->toPlainText().contains(QStringLiteral("Row %1 & text").arg(row - 1)));
    }

    // Names chosen by the sender never become markup, not even in tool tips.
    void senderTextStaysText()
    {
        MessageView view;
        view.setRemoteContentLoader(new RecordingLoader);
        view.resize(400, 500);
        view.setMessage(
            "From: \"<b>Bank</b> <img src=x>\" <phish@example.com>\r\n"
            "To: \"<i>you</i>\" <you@example.com>, a@example.com, b@example.com, c@example.com, d@example.com\r\n"
            "Subject: <h1>Urgent</h1>\r\nMIME-Version: 1.0\r\nContent-Type: multipart/mixed; boundary=b\r\n\r\n"
            "--b\r\nContent-Type: text/plain\r\n\r\nhi\r\n"
            "--b\r\nContent-Type: application/pdf; name=\"R&D <plan>.pdf\"\r\n\r\n%PDF\r\n--b--\r\n");
        QCOMPARE(view.header()->subjectText(), QStringLiteral("<h1>Urgent</h1>"));
        auto *subject = view.header()->findChild<QLabel *>(QStringLiteral("subject"));
        QCOMPARE(subject->textFormat(), Qt::PlainText);
        for (auto *label : view.header()->findChildren<QLabel *>())
            QVERIFY(label->textFormat() == Qt::PlainText
                    || !label->text().contains(QLatin1Char('<')));
        auto *to = view.header()->findChild<QLabel *>(QStringLiteral("to"));
        QTRY_VERIFY(!to->toolTip().isEmpty());
        QVERIFY(to->toolTip().contains(QStringLiteral("&lt;i&gt;you&lt;/i&gt;")));
        const QString itemTip = view.attachmentList()->list()->item(0)->toolTip();
        QCOMPARE(view.message().attachments.first().fileName, QStringLiteral("R&D _plan_.pdf"));
        QVERIFY(itemTip.contains(QStringLiteral("R&amp;D _plan_.pdf")));
    }

    // While a large message parses on the pool, a newer setMessage() wins.
    void newerMessageWinsOverSlowParse()
    {
        MessageView view;
        view.setRemoteContentLoader(new RecordingLoader);
        QByteArray big = "From: a@example.com\r\nSubject: big\r\n\r\n";
        big += QByteArray(2 * 1024 * 1024, 'x');
        QSignalSpy shown(&view, &MessageView::messageShown);
        view.setMessage(big);
        view.setMessage("From: b@example.com\r\nSubject: small\r\n\r\nsmall body\r\n");
        QCOMPARE(view.header()->subjectText(), QStringLiteral("small"));
        QTest::qWait(500); // the big parse finishes meanwhile and must be dropped
        QCOMPARE(view.header()->subjectText(), QStringLiteral("small"));
        QCOMPARE(shown.size(), 1);
    }

    // Screenshots to look at: /tmp/messageview-blocked.png (newsletter with the blocked-content
    // bar), /tmp/messageview.png (the same after "Show remote content"),
    // /tmp/messageview-plain.png (plain text, quotes, attachments).
    void screenshots()
    {
        MessageView view;
        auto *loader = new RecordingLoader;
        loader->answer = [](const QUrl &url) {
            if (url.path().endsWith(QLatin1String("hero.png")))
                return png(QSize(560, 180), QColor(20, 60, 120), QColor(40, 160, 200));
            return png(QSize(4, 4), QColor(250, 250, 250));
        };
        view.setRemoteContentLoader(loader);
        view.resize(820, 900);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        view.setMessage(sample("newsletter.eml"));
        QVERIFY(view.grab().save(QStringLiteral("/tmp/messageview-blocked.png")));
        QTest::mouseClick(view.remoteContentBar()->showButton(), Qt::LeftButton);
        (void)view.grab();
        QTRY_COMPARE(
            resourceImage(view, QStringLiteral("https://cdn.example.net/issue42/hero.png")).width(),
            560);
        QVERIFY(view.grab().save(QStringLiteral("/tmp/messageview.png")));

        view.resize(760, 620);
        view.setMessage(sample("attachments-rfc2231.eml"));
        QVERIFY(view.grab().save(QStringLiteral("/tmp/messageview-plain.png")));

        // Narrow: the bar wraps its sentence, the header elides, nothing overlaps.
        view.resize(430, 640);
        view.setMessage(sample("newsletter.eml"));
        auto *bar = view.remoteContentBar();
        // The bar puts its buttons below the sentence, and the view gives it the matching height.
        QTRY_VERIFY(bar->showButton()->geometry().top()
                    > bar->findChild<QLabel *>()->geometry().top() + 10);
        QTRY_VERIFY(bar->height() <= bar->sizeHint().height() + 2);
        QVERIFY(view.grab().save(QStringLiteral("/tmp/messageview-narrow.png")));
    }
};

QTEST_MAIN(TestMessageView)
#include "tst_messageview.moc"
