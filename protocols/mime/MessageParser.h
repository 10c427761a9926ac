#pragma once

#include "protocols/mime/ParsedMessage.h"

#include <QByteArray>
#include <QString>

namespace postier::protocols {

/// Reads a raw RFC 5322 message (CRLF or bare LF line ends) into a ParsedMessage.
///
/// Contract:
/// - Pure and re-entrant: no shared state, safe on any thread, several at once (the viewer calls
///   it on a pool thread for large messages). It never throws and never crashes on hostile input
///   (broken or missing boundaries, no Content-Type, NUL bytes, raw 8-bit headers, huge headers,
///   nesting 10 000 deep); what could be read is returned and ParsedMessage::problem says what
///   was wrong.
/// - Header values go through vmime (encoded words, address lists, RFC 2231 parameters, dates,
///   message ids); text goes through vmime's transfer decoders and charset conversion (ICU).
///   The MIME tree itself is cut by this parser, directly on `rfc822`, so that nesting depth
///   (24) and part count (1000) are capped and no part is copied before it is needed.
/// - Body choice: the first text/plain and first text/html part that is not an attachment,
///   outside attachments. Further inline text parts of a multipart/mixed without a file name are
///   appended to that body (Apple Mail splits a text around pasted images that way); any other
///   part becomes an attachment, including images with a Content-ID, which are also in
///   inlineParts; those the HTML body refers to ("cid:") are not listed as attachments unless
///   their disposition says "attachment". message/rfc822 parts are attachments (named after their
///   subject), not walked into.
/// - Cost: linear in the size of the message; attachment bodies are only decoded to count their
///   size, never kept.
[[nodiscard]] ParsedMessage parseMessage(const QByteArray &rfc822);

/// The decoded bytes of the attachment whose Attachment::index is `index`, from the same raw
/// message that parseMessage() read: base64, quoted-printable or uuencode undone; a
/// message/rfc822 attachment comes back as the complete inner message. Empty for an index that
/// does not exist. Only that one part is decoded. Same guarantees as parseMessage().
[[nodiscard]] QByteArray attachmentData(const QByteArray &rfc822, int index);

/// A raw header value as people read it: folding removed, RFC 2047 encoded words decoded in any
/// charset (vmime + ICU), raw 8-bit bytes read as UTF-8 when valid and windows-1252 otherwise.
/// ASCII input without "=?" takes a fast path that does not touch vmime, which is what the
/// message list needs for subjects and senders cached as raw bytes. Never throws.
[[nodiscard]] QString decodeHeaderText(const QByteArray &raw);

} // namespace postier::protocols
