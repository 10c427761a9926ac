#pragma once

#include "protocols/mime/ParsedMessage.h"
#include "ui/viewer/RemoteContentLoader.h"

#include <QHash>
#include <QImage>
#include <QPointer>
#include <QSet>
#include <QTextBrowser>
#include <QTimer>
#include <QUrl>

namespace postier::ui {

class MessageDocument;

/// The body of a message: sanitised HTML or plain text, never navigating anywhere.
///
/// Resources (contract of loadResource()):
/// - "cid:" images come from the message's inline parts; "data:image/..." URLs are decoded
///   (raster formats only, no SVG);
/// - "postier-blocked:N" (remote images the sanitiser blocked) get a light grey box;
/// - http/https images are fetched through the RemoteContentLoader only when remote content is
///   allowed; until the answer arrives a grey box stands in, then the document is built again
///   (coalesced, scroll position kept); a failed load leaves nothing;
/// - any other URL, and any remote URL while remote content is not allowed, gets a transparent
///   1 x 1 image. Returning nothing would not be a refusal: Qt's image handler then reads the
///   name as a local file (see MessageDocument for the other fallbacks it closes).
/// Links are not followed (openLinks is off): the owner handles anchorClicked().
/// Space and Shift+Space page down and up, as in other mail readers.
class MessageBrowser : public QTextBrowser
{
    Q_OBJECT
public:
    explicit MessageBrowser(QWidget *parent = nullptr);

    /// Shows HTML that went through protocols::HtmlSanitizer. Keeps the scroll position when
    /// `keepScrollPosition` (re-showing the same message with remote content).
    void showHtml(const QString &sanitizedHtml, bool keepScrollPosition = false);
    /// Shows plain text: white space kept, "> " quote levels coloured, http(s)://, www. and
    /// mailto: links clickable. Linear in the text; builds the document directly, no HTML.
    void showPlainText(const QString &text);
    /// Empties the view and forgets the previous message's images; cancels remote loads.
    void clearMessage();

    void setInlineParts(const QHash<QString, protocols::ParsedMessage::InlinePart> &parts);
    void setRemoteContentAllowed(bool allowed);
    [[nodiscard]] bool isRemoteContentAllowed() const { return m_remoteAllowed; }
    /// Not owned. Without a loader nothing remote is ever fetched.
    void setRemoteContentLoader(RemoteContentLoader *loader);
    [[nodiscard]] RemoteContentLoader *remoteContentLoader() const { return m_loader; }

    QVariant loadResource(int type, const QUrl &name) override;
    /// What loadResource() answers, without ever asking the loader: a remote image that has not
    /// arrived yet gets the grey box. For printing, which must not reach the network.
    [[nodiscard]] QVariant loadedResource(int type, const QUrl &name);

Q_SIGNALS:
    /// A remote image arrived (or failed) and the document was built again with it.
    void remoteImageLoaded(const QUrl &url);

protected:
    void keyPressEvent(QKeyEvent *event) override;

private:
    [[nodiscard]] QVariant resource(int type, const QUrl &name, bool mayRequest);
    [[nodiscard]] MessageDocument *createDocument();
    void replaceDocument(MessageDocument *doc);
    [[nodiscard]] QImage inlineImage(const QUrl &url);
    void remoteLoaded(const QUrl &url, const QByteArray &data);
    void relayout();

    QString m_html; // the sanitised HTML shown, empty for plain text
    QHash<QString, protocols::ParsedMessage::InlinePart> m_inlineParts;
    QHash<QString, QImage> m_decodedInline;
    QHash<QUrl, QImage> m_remoteImages;
    QSet<QUrl> m_requested;
    QList<QUrl> m_arrived; // waiting for the coalesced relayout
    bool m_remoteAllowed = false;
    QPointer<RemoteContentLoader> m_loader;
    QTimer m_relayoutTimer;
    QImage m_blockedImage;
    QImage m_refusedImage;
};

} // namespace postier::ui
