#pragma once

#include "protocols/Error.h"
#include "protocols/VmimePlatform.h" // ensureVmimePlatform(), which callers of build() need
#include "protocols/smtp/OutgoingMessage.h"

#include <QByteArray>
#include <QCoreApplication>

namespace postier::protocols {

/// The RFC 5322 form of an OutgoingMessage.
struct BuiltMessage {
    QByteArray bytes;     ///< CRLF line ends, ending with CRLF, no Bcc header.
    QByteArray messageId; ///< Without angle brackets.
};

/// Turns an OutgoingMessage into the bytes that SMTP sends and that go into the Sent folder.
///
/// Contract: see OutgoingMessage for what the message contains. Bad input (no sender, no
/// recipient, an attachment that cannot be read, a header that cannot be formed) returns false
/// with a sentence (ErrorKind::Usage or LocalIo); nothing throws. Uses vmime, whose platform
/// handler must be set: call it on a connection thread (SendMessageJob does) or after
/// ensureVmimePlatform().
class OutgoingMessageBuilder
{
    Q_DECLARE_TR_FUNCTIONS(postier::protocols::OutgoingMessageBuilder)
public:
    [[nodiscard]] static bool build(const OutgoingMessage &message, BuiltMessage *out,
                                    Error *error);
    /// Bytes with every line ending in CRLF (bare LF and bare CR become CRLF) and a final CRLF.
    [[nodiscard]] static QByteArray canonicalCrlf(const QByteArray &data);
    /// The message without its Bcc header field(s), folded continuation lines included; the body
    /// is untouched.
    [[nodiscard]] static QByteArray withoutBcc(const QByteArray &data);
    /// The domain for generated Message-IDs: the sender's, or "localhost".
    [[nodiscard]] static QString messageIdDomain(const QString &senderAddress);
};

} // namespace postier::protocols
