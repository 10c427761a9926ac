#pragma once

#include "protocols/mime/ParsedMessage.h"

#include <QCoreApplication>
#include <QString>
#include <QVariant>

#include <functional>
#include <memory>

class QPrinter;
class QTextDocument;
class QUrl;

namespace postier::ui {

class MessageView;

/// The printed form of one message: the subject, then From, To, Cc and Date, a rule, and the
/// body exactly as the viewer laid it out (the sanitised HTML, or the plain text with its quote
/// colours), with "Page n of m" at the foot of every page.
///
/// Privacy: images are resolved only through the resource function, and nothing else is ever
/// read (no file, no data: fallback, no network). fromView() passes the viewer's
/// MessageBrowser::loadedResource(): inline cid: parts, and remote images only when the user
/// allowed them and they have already arrived; a remote image that has not is printed as the
/// grey box the viewer shows, and printing never starts a download.
///
/// The document is built once, in the constructor; print() lays it out for the printer's page
/// and resolution each time it is called (a preview calls it again on every change of page
/// setup).
class MessagePrinter
{
    Q_DECLARE_TR_FUNCTIONS(postier::ui::MessagePrinter)

public:
    /// Answers QTextDocument::loadResource() for the printed document.
    using ResourceFunction = std::function<QVariant(int type, const QUrl &name)>;

    /// `body` is the viewer's body document (copied here); `resources` resolves its images.
    MessagePrinter(const protocols::ParsedMessage &message, const QTextDocument &body,
                   ResourceFunction resources);
    ~MessagePrinter();
    MessagePrinter(MessagePrinter &&) noexcept;
    MessagePrinter &operator=(MessagePrinter &&) noexcept;

    /// The message the view shows now, as it shows it.
    [[nodiscard]] static MessagePrinter fromView(MessageView &view);

    /// The document print() paints (header and body).
    [[nodiscard]] const QTextDocument *document() const { return m_document.get(); }
    /// The subject, for the print job's name.
    [[nodiscard]] QString title() const { return m_title; }

    /// Prints every page onto `printer` and returns how many; 0 when the printer could not be
    /// started or refused a page, and then `*error` says so in a sentence.
    int print(QPrinter *printer, QString *error = nullptr) const;

private:
    std::unique_ptr<QTextDocument> m_document;
    QString m_title;
};

} // namespace postier::ui
