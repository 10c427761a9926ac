#pragma once

#include "protocols/smtp/SmtpJob.h"

#include <QByteArray>
#include <QStringList>

namespace postier::protocols {

/// Submits a message that is already in RFC 5322 form (a draft, a message to send again, the
/// bytes of a SendMessageJob that failed) with an explicit SMTP envelope.
///
/// Contract: line ends are made CRLF and any Bcc header field is removed from the header (a draft
/// keeps its Bcc list there; the recipients still get the message through the envelope). On
/// success messageBytes() are exactly the bytes the server received and stored. Errors as for
/// SendMessageJob: RecipientRejected names the address, the job keeps its input whatever
/// happens, and it is never retried automatically.
class SendRawMessageJob : public SmtpJob
{
    Q_OBJECT
public:
    SendRawMessageJob(QByteArray rfc822, QString envelopeFrom, QStringList recipients,
                      QObject *parent = nullptr);
    [[nodiscard]] QString description() const override;

    [[nodiscard]] const QByteArray &input() const { return m_input; }
    [[nodiscard]] const QString &envelopeFrom() const { return m_from; }
    [[nodiscard]] const QStringList &recipients() const { return m_recipients; }
    [[nodiscard]] const QByteArray &messageBytes() const { return m_bytes; }

protected:
    void runSmtp(SmtpSession &session) override;

private:
    QByteArray m_input;
    QString m_from;
    QStringList m_recipients;
    QByteArray m_bytes;
};

} // namespace postier::protocols
