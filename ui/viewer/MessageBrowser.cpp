#include "ui/viewer/MessageBrowser.h"

#include "protocols/mime/HtmlSanitizer.h"
#include "ui/viewer/MessageDocument.h"
#include "ui/viewer/RemoteContentLoader.h"

#include <QBuffer>
#include <QImageReader>
#include <QKeyEvent>
#include <QRegularExpression>
#include <QScrollBar>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>

namespace postier::ui {

namespace {

QImage filled(QColor color)
{
    QImage image(1, 1, QImage::Format_ARGB32);
    image.fill(color);
    return image;
}

// Raster images only: an SVG may reference other resources, and nothing needs it in mail.
QImage decodeImage(const QByteArray &data)
{
    QBuffer buffer;
    buffer.setData(data);
    buffer.open(QIODevice::ReadOnly);
    QImageReader reader(&buffer);
    const QByteArray format = reader.format().toLower();
    if (format.isEmpty() || format.startsWith("svg"))
        return {};
    return reader.read();
}

QImage decodeDataUrl(const QUrl &url)
{
    const QString text = url.toString(QUrl::FullyEncoded);
    const qsizetype comma = text.indexOf(QLatin1Char(','));
    if (comma < 0)
        return {};
    const QString header = text.mid(5, comma - 5).toLower(); // after "data:"
    if (!header.startsWith(QLatin1String("image/")) || header.contains(QLatin1String("svg")))
        return {};
    const QByteArray payload = text.mid(comma + 1).toLatin1();
    const QByteArray bytes = header.endsWith(QLatin1String(";base64"))
        ? QByteArray::fromBase64(QByteArray::fromPercentEncoding(payload))
        : QByteArray::fromPercentEncoding(payload);
    return decodeImage(bytes);
}

// One colour per quote level, repeating: readable on light and dark backgrounds.
QColor quoteColor(int depth)
{
    static const QColor colors[] = {QColor(0x1f, 0x6f, 0xb2), QColor(0x2e, 0x8b, 0x57),
                                    QColor(0xa6, 0x6a, 0x00), QColor(0x8e, 0x44, 0xad)};
    return colors[(depth - 1) % 4];
}

int quoteDepth(QStringView line)
{
    int depth = 0;
    for (const QChar c : line) {
        if (c == QLatin1Char('>'))
            ++depth;
        else if (c != QLatin1Char(' '))
            break;
    }
    return depth;
}

bool mayContainLink(QStringView line)
{
    return line.contains(QLatin1String("http"), Qt::CaseInsensitive)
        || line.contains(QLatin1String("www."), Qt::CaseInsensitive)
        || line.contains(QLatin1String("mailto:"), Qt::CaseInsensitive);
}

} // namespace

MessageBrowser::MessageBrowser(QWidget *parent)
    : QTextBrowser(parent)
    , m_blockedImage(filled(QColor(0xe6, 0xe6, 0xe6)))
    , m_refusedImage(filled(Qt::transparent))
{
    replaceDocument(createDocument());
    setOpenLinks(false);
    setOpenExternalLinks(false);
    setReadOnly(true);
    setUndoRedoEnabled(false);
    setFrameShape(QFrame::NoFrame);
    setWordWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    setTabStopDistance(fontMetrics().horizontalAdvance(QLatin1Char(' ')) * 8);
    m_relayoutTimer.setSingleShot(true);
    m_relayoutTimer.setInterval(50);
    connect(&m_relayoutTimer, &QTimer::timeout, this, &MessageBrowser::relayout);
}

MessageDocument *MessageBrowser::createDocument()
{
    auto *doc = new MessageDocument(this);
    doc->setDocumentMargin(16);
    doc->setDefaultFont(font());
    doc->setUndoRedoEnabled(false);
    return doc;
}

// A document filled while detached has no layout yet; attached afterwards, it is laid out
// lazily (what is visible first, the rest in steps from the event loop). Filling the attached
// document instead lays out everything at once: minutes for a 5 MB message.
void MessageBrowser::replaceDocument(MessageDocument *doc)
{
    // The text control deletes the document it made itself; ours it leaves to us.
    const QPointer<QTextDocument> old = document();
    setDocument(doc);
    if (old && old != doc && old->parent() == this)
        delete old.data();
}

void MessageBrowser::showHtml(const QString &sanitizedHtml, bool keepScrollPosition)
{
    const int scroll = verticalScrollBar()->value();
    m_html = sanitizedHtml;
    MessageDocument *doc = createDocument();
    doc->setHtml(sanitizedHtml);
    replaceDocument(doc);
    if (keepScrollPosition)
        verticalScrollBar()->setValue(scroll);
}

void MessageBrowser::showPlainText(const QString &text)
{
    static const QRegularExpression linkPattern(
        QStringLiteral("(?:https?://|www\\.|mailto:)[^\\s<>\"]+"),
        QRegularExpression::CaseInsensitiveOption);

    m_html.clear();
    MessageDocument *doc = createDocument();
    QTextCursor cursor(doc);
    cursor.beginEditBlock();
    const QTextCharFormat plain;
    QTextCharFormat linkFormat;
    linkFormat.setAnchor(true);
    linkFormat.setForeground(palette().link());
    linkFormat.setFontUnderline(true);

    // Runs of ordinary lines go in with one insertText() each: that keeps a 5 MB message fast.
    QString run;
    auto flushRun = [&] {
        if (!run.isEmpty()) {
            cursor.insertText(run, plain);
            run.clear();
        }
    };
    const QStringView all(text);
    qsizetype start = 0;
    bool first = true;
    while (start <= all.size()) {
        qsizetype end = all.indexOf(QLatin1Char('\n'), start);
        if (end < 0)
            end = all.size();
        const QStringView line = all.mid(start, end - start);
        const int depth = quoteDepth(line);
        const bool link = mayContainLink(line);
        if (depth == 0 && !link) {
            if (!first)
                run += QLatin1Char('\n');
            run += line;
        } else {
            if (!first)
                run += QLatin1Char('\n');
            flushRun();
            QTextCharFormat base = plain;
            if (depth > 0)
                base.setForeground(quoteColor(depth));
            qsizetype at = 0;
            if (link) {
                auto it = linkPattern.globalMatch(line);
                while (it.hasNext()) {
                    const auto match = it.next();
                    QStringView target = match.capturedView();
                    // Trailing punctuation belongs to the sentence, not to the address.
                    while (!target.isEmpty()
                           && QStringView(u".,;:!?)]}'").contains(target.back())) {
                        if (target.back() == QLatin1Char(')')
                            && target.count(QLatin1Char('(')) >= target.count(QLatin1Char(')')))
                            break;
                        target.chop(1);
                    }
                    if (target.size() < 8)
                        continue;
                    cursor.insertText(line.mid(at, match.capturedStart() - at).toString(), base);
                    QTextCharFormat f = linkFormat;
                    QString href = target.toString();
                    if (href.startsWith(QLatin1String("www."), Qt::CaseInsensitive))
                        href.prepend(QLatin1String("http://"));
                    f.setAnchorHref(href);
                    cursor.insertText(target.toString(), f);
                    at = match.capturedStart() + target.size();
                }
            }
            cursor.insertText(line.mid(at).toString(), base);
        }
        first = false;
        if (end == all.size())
            break;
        start = end + 1;
    }
    flushRun();
    cursor.endEditBlock();
    replaceDocument(doc);
    moveCursor(QTextCursor::Start);
}

void MessageBrowser::clearMessage()
{
    if (m_loader)
        m_loader->cancelAll();
    m_inlineParts.clear();
    m_decodedInline.clear();
    m_remoteImages.clear();
    m_requested.clear();
    m_arrived.clear();
    m_relayoutTimer.stop();
    m_html.clear();
    replaceDocument(createDocument());
}

void MessageBrowser::setInlineParts(
    const QHash<QString, protocols::ParsedMessage::InlinePart> &parts)
{
    m_inlineParts = parts;
    m_decodedInline.clear();
}

void MessageBrowser::setRemoteContentAllowed(bool allowed)
{
    m_remoteAllowed = allowed;
}

void MessageBrowser::setRemoteContentLoader(RemoteContentLoader *loader)
{
    if (m_loader)
        m_loader->disconnect(this);
    m_loader = loader;
    m_requested.clear();
    if (loader) {
        connect(loader, &RemoteContentLoader::loaded, this, &MessageBrowser::remoteLoaded);
        connect(loader, &RemoteContentLoader::failed, this,
                [this](const QUrl &url) { remoteLoaded(url, QByteArray()); });
    }
}

QVariant MessageBrowser::loadResource(int type, const QUrl &name)
{
    return resource(type, name, true);
}

QVariant MessageBrowser::loadedResource(int type, const QUrl &name)
{
    return resource(type, name, false);
}

QVariant MessageBrowser::resource(int type, const QUrl &name, bool mayRequest)
{
    if (type != QTextDocument::ImageResource)
        return {}; // style sheets and documents: never loaded (MessageDocument adds no fallback)
    const QString scheme = name.scheme().toLower();
    if (scheme == QLatin1String("cid")) {
        const QImage image = inlineImage(name);
        return image.isNull() ? m_refusedImage : image;
    }
    if (scheme == QLatin1String("data")) {
        const QImage image = decodeDataUrl(name);
        return image.isNull() ? m_refusedImage : image;
    }
    if (scheme == protocols::HtmlSanitizer::blockedScheme())
        return m_blockedImage;
    if ((scheme == QLatin1String("http") || scheme == QLatin1String("https")) && m_remoteAllowed
        && m_loader) {
        const auto it = m_remoteImages.constFind(name);
        if (it != m_remoteImages.cend())
            return it.value();
        if (mayRequest && !m_requested.contains(name)) {
            m_requested.insert(name);
            m_loader->load(name);
        }
        return m_blockedImage;
    }
    return m_refusedImage;
}

QImage MessageBrowser::inlineImage(const QUrl &url)
{
    const QString id = url.path(QUrl::FullyDecoded);
    if (const auto it = m_decodedInline.constFind(id); it != m_decodedInline.cend())
        return it.value();
    QImage image;
    const auto part = m_inlineParts.constFind(id);
    if (part != m_inlineParts.cend()) {
        image = decodeImage(part->data);
    } else {
        for (auto i = m_inlineParts.cbegin(); i != m_inlineParts.cend(); ++i) {
            if (i.key().compare(id, Qt::CaseInsensitive) == 0) {
                image = decodeImage(i->data);
                break;
            }
        }
    }
    m_decodedInline.insert(id, image);
    return image;
}

void MessageBrowser::remoteLoaded(const QUrl &url, const QByteArray &data)
{
    if (!m_requested.contains(url))
        return; // a previous message's answer
    const QImage image = decodeImage(data); // a failed load has no data: transparent, no box
    m_remoteImages.insert(url, image.isNull() ? m_refusedImage : image);
    m_arrived << url;
    m_relayoutTimer.start();
}

void MessageBrowser::relayout()
{
    // Once for all images that arrived in the same event-loop pass. Image sizes are read during
    // layout, but backgrounds (table, cell, body, CSS) are baked into the formats when the HTML
    // is parsed: parse it again; every image it asks for is in m_remoteImages by now.
    if (!m_html.isEmpty()) {
        showHtml(m_html, true);
    } else {
        document()->markContentsDirty(0, document()->characterCount());
        viewport()->update();
    }
    const QList<QUrl> arrived = std::exchange(m_arrived, {});
    for (const QUrl &url : arrived)
        Q_EMIT remoteImageLoaded(url);
}

void MessageBrowser::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Space
        && (event->modifiers() == Qt::NoModifier || event->modifiers() == Qt::ShiftModifier)) {
        verticalScrollBar()->triggerAction(event->modifiers() == Qt::ShiftModifier
                                               ? QAbstractSlider::SliderPageStepSub
                                               : QAbstractSlider::SliderPageStepAdd);
        event->accept();
        return;
    }
    QTextBrowser::keyPressEvent(event);
}

} // namespace postier::ui
