#pragma once

#include "protocols/smtp/OutgoingMessage.h" // MailAddress

#include <QByteArray>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

namespace postier::protocols {

/// What a reader needs from one RFC 5322 message, as plain Qt values that cross threads freely.
/// Produced by parseMessage() (see MessageParser.h); holds no vmime object and no pointer into the
/// raw bytes.
///
/// Text is already decoded: encoded words, charsets, transfer encodings and format=flowed are
/// undone, line ends are "\n", NUL characters are U+FFFD. Nothing here is sanitised for display:
/// htmlBody is the sender's HTML, which must go through HtmlSanitizer before it is shown.
struct ParsedMessage {
    /// A part that the HTML body shows through a "cid:" URL, usually an image.
    struct InlinePart {
        QString mimeType; ///< Lower case, "image/png".
        QByteArray data; ///< Decoded bytes.
    };

    /// A part the reader can save or open. Its bytes are not kept here: ask
    /// attachmentData(rfc822, index) for them, so a message with a large attachment costs no
    /// more than its text until someone saves it.
    struct Attachment {
        int index = -1; ///< Argument for attachmentData(); stable for the same raw bytes.
        /// Decoded (RFC 2231 / RFC 2047) and safe to use as a file name: no directory part, no
        /// control or bidirectional-override character, never empty, "." or "..".
        QString fileName;
        QString mimeType; ///< Lower case, "application/pdf"; "message/rfc822" for a mail.
        qint64 size = 0; ///< Decoded size in bytes.
        QString contentId; ///< Without angle brackets; empty when the part has none.
        QByteArray partPath; ///< IMAP-style section ("2", "1.3") of the part in the message.
        bool isInline = false; ///< Content-Disposition: inline (or an unreferenced cid: part).
    };

    QString subject;
    QList<MailAddress> from;
    QList<MailAddress> sender;
    QList<MailAddress> to;
    QList<MailAddress> cc;
    QList<MailAddress> replyTo;
    QDateTime date; ///< With the sender's UTC offset; invalid when absent or unreadable.
    QString messageId; ///< Without angle brackets.
    QStringList inReplyTo; ///< Message-IDs, without angle brackets.
    QStringList references; ///< Message-IDs, oldest first, without angle brackets.
    QString listUnsubscribe; ///< The List-Unsubscribe value as sent ("<mailto:...>, <https:...>").

    QString textBody; ///< The best text/plain alternative; empty when there is none.
    QString htmlBody; ///< The best text/html alternative; empty when there is none.
    /// Parts referenced by Content-ID, keyed by the id without angle brackets.
    QHash<QString, InlinePart> inlineParts;
    QList<Attachment> attachments;

    /// One sentence for people when the message was damaged or unusual (a missing boundary, an
    /// unknown charset, nesting too deep...); what could be read is still filled in. Empty when
    /// all was well.
    QString problem;

    /// The first From address, or an empty one.
    [[nodiscard]] MailAddress firstFrom() const
    {
        return from.isEmpty() ? MailAddress() : from.first();
    }
    /// The inline part for a "cid:" reference, whatever its case or percent-encoding; nullptr
    /// when there is none.
    [[nodiscard]] const InlinePart *inlinePart(const QString &contentId) const;
};

} // namespace postier::protocols

Q_DECLARE_METATYPE(postier::protocols::ParsedMessage)
