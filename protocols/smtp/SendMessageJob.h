#pragma once

#include "protocols/smtp/OutgoingMessage.h"
#include "protocols/smtp/SmtpJob.h"

namespace postier::protocols {

/// Builds an OutgoingMessage into RFC 5322 bytes and submits it over SMTP.
///
/// Contract: the envelope sender is message().from, the envelope recipients are To, Cc and Bcc;
/// no Bcc header is sent. On success, messageBytes() are exactly the bytes the server received
/// and stored (CRLF line ends), ready to be appended to the Sent folder, and messageId() is the
/// Message-ID without angle brackets. The job keeps message() whatever happens, and after a
/// failure past the build step messageBytes() too, so the caller can retry with the very same
/// bytes and Message-ID (SendRawMessageJob). A refused recipient fails with
/// ErrorKind::RecipientRejected whose sentence names the address and quotes the server, a full
/// mailbox with QuotaExceeded, bad input (no recipient, unreadable attachment) with Usage or
/// LocalIo before anything is sent. Progress counts bytes. Never retried automatically: a
/// dropped connection after DATA may mean the message was delivered.
class SendMessageJob : public SmtpJob
{
    Q_OBJECT
public:
    explicit SendMessageJob(OutgoingMessage message, QObject *parent = nullptr);
    [[nodiscard]] QString description() const override;

    [[nodiscard]] const OutgoingMessage &message() const { return m_message; }
    [[nodiscard]] const QByteArray &messageBytes() const { return m_bytes; }
    [[nodiscard]] const QByteArray &messageId() const { return m_messageId; }

protected:
    void runSmtp(SmtpSession &session) override;

private:
    OutgoingMessage m_message;
    QByteArray m_bytes;
    QByteArray m_messageId;
};

} // namespace postier::protocols
