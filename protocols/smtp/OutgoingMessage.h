#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

namespace postier::protocols {

/// A person's name and address, as in "Anna Müller <anna@example.com>".
struct MailAddress {
    QString name;    ///< Display name, any Unicode; may be empty.
    QString address; ///< addr-spec: "anna@example.com".

    [[nodiscard]] bool isEmpty() const { return address.isEmpty(); }
    bool operator==(const MailAddress &o) const { return name == o.name && address == o.address; }
};

/// A file sent with a message: either a file on disk (filePath) or bytes in memory (data).
struct OutgoingAttachment {
    QString filePath; ///< Read when the message is built; takes precedence over data.
    QByteArray data;  ///< In-memory content, used when filePath is empty.
    QString mimeType; ///< "application/pdf"; empty means application/octet-stream.
    QString fileName; ///< Name shown to the recipient; empty means the file's own name.
};

/// A message to send, as the composer fills it in. A plain value that crosses threads freely and
/// that a caller keeps until the send has succeeded, so nothing is lost when it fails.
///
/// SendMessageJob turns it into RFC 5322 bytes: UTF-8 text parts (quoted-printable or base64 as
/// vmime decides), encoded words for non-ASCII names and subject, RFC 2231 file names, Date,
/// MIME-Version, Message-ID (generated at the sender's domain when empty) and
/// "User-Agent: Postier/<version>". Bcc recipients get the message but no Bcc header is sent.
struct OutgoingMessage {
    MailAddress from;
    QList<MailAddress> to;
    QList<MailAddress> cc;
    QList<MailAddress> bcc;
    QString subject;
    QString textBody; ///< UTF-8 plain text; always sent.
    QString htmlBody; ///< Optional; when set, the message is multipart/alternative.
    QList<OutgoingAttachment> attachments;
    /// Additional header fields, e.g. {"In-Reply-To", "<id@host>"}; replaces a built-in field of
    /// the same name. Non-ASCII values are sent as encoded words.
    QList<QPair<QByteArray, QString>> extraHeaders;
    QByteArray messageId; ///< Without angle brackets; empty: generated.

    /// Every recipient address (To, Cc and Bcc), without duplicates, for the SMTP envelope.
    [[nodiscard]] QStringList envelopeRecipients() const
    {
        QStringList out;
        for (const auto *list : {&to, &cc, &bcc}) {
            for (const auto &a : *list) {
                if (!a.address.isEmpty() && !out.contains(a.address, Qt::CaseInsensitive))
                    out << a.address;
            }
        }
        return out;
    }
};

} // namespace postier::protocols
