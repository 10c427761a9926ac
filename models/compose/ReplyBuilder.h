#pragma once

#include "models/compose/Identity.h"
#include "protocols/mime/ParsedMessage.h"
#include "protocols/smtp/OutgoingMessage.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace postier::models {

/// Turns a received message into the start of a reply or a forward, as the composer shows it.
///
/// Contract (all pure functions; parsing goes through protocols::parseMessage()):
/// - Subjects: a reply is "Re: " + the subject without its reply prefixes ("Re:", "RE:", "Re[2]:",
///   "AW:", "SV:", "Antw:", repeated or not), so prefixes never stack; a forward is "Fwd: " + the
///   subject without its forward prefixes ("Fwd:", "Fw:", "WG:", "TR:").
/// - Threading: a reply carries In-Reply-To = the original's Message-ID and References = the
///   original's References (or, lacking those, its single In-Reply-To) followed by its Message-ID,
///   at most 20 ids (the first and the 19 newest). A forward carries neither. Both go into
///   OutgoingMessage::extraHeaders.
/// - Recipients: Reply answers Reply-To, else From. Reply all adds the original To to that and
///   keeps its Cc, then removes the identity's own address and duplicates (addresses compare
///   case-insensitively; the first occurrence wins). When the original was sent by the identity
///   itself (a message from Sent), the reply goes to the original recipients instead. Forwards
///   have no recipient.
/// - Body: a reply quotes the original text ("On <date>, <name> wrote:" then every line prefixed
///   "> ", or ">" before an already quoted line), without the sender's signature (after "-- ").
///   A forward inline starts with a header block (Subject, Date, From, To, Cc) followed by the
///   original text, and re-attaches the original's attachments. A forward as attachment carries
///   the original bytes unchanged as one message/rfc822 attachment named after its subject.
///   An HTML-only original is converted to plain text first.
/// - From is the identity; the message stays plain text.
class ReplyBuilder
{
    Q_DECLARE_TR_FUNCTIONS(postier::models::ReplyBuilder)
public:
    enum class Mode { Reply, ReplyAll, ForwardInline, ForwardAsAttachment };

    [[nodiscard]] static protocols::OutgoingMessage build(Mode mode, const QByteArray &original,
                                                          const Identity &identity);
    /// Same, with the original already parsed (from the same bytes).
    [[nodiscard]] static protocols::OutgoingMessage build(Mode mode, const QByteArray &original,
                                                          const protocols::ParsedMessage &parsed,
                                                          const Identity &identity);

    [[nodiscard]] static QString replySubject(const QString &subject);
    [[nodiscard]] static QString forwardSubject(const QString &subject);
    /// The text with every line quoted, the signature and trailing blank lines removed.
    [[nodiscard]] static QString quote(const QString &text);
    /// "On <date>, <name> wrote:" in the local time zone, or "<name> wrote:" without a date.
    [[nodiscard]] static QString attribution(const protocols::ParsedMessage &message);
    /// The text body, or the HTML body as plain text when there is no text body.
    [[nodiscard]] static QString plainText(const protocols::ParsedMessage &message);
    /// Tags removed, block ends as line breaks, entities decoded, white space collapsed.
    [[nodiscard]] static QString htmlToPlainText(const QString &html);
    /// The References value of a reply: "<a@x> <b@y>".
    [[nodiscard]] static QString references(const protocols::ParsedMessage &message);
};

} // namespace postier::models
