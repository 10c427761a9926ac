#include "protocols/smtp/SendRawMessageJob.h"

#include "protocols/smtp/OutgoingMessageBuilder.h"
#include "protocols/smtp/SmtpSession.h"
#include "protocols/smtp/SmtpSubmission.h"

namespace postier::protocols {

SendRawMessageJob::SendRawMessageJob(QByteArray rfc822, QString envelopeFrom,
                                     QStringList recipients, QObject *parent)
    : SmtpJob(parent)
    , m_input(std::move(rfc822))
    , m_from(std::move(envelopeFrom))
    , m_recipients(std::move(recipients))
{}

QString SendRawMessageJob::description() const
{
    return tr("Sending a message to %n recipient(s)", nullptr, int(m_recipients.size()));
}

void SendRawMessageJob::runSmtp(SmtpSession &session)
{
    m_bytes = OutgoingMessageBuilder::canonicalCrlf(OutgoingMessageBuilder::withoutBcc(m_input));
    smtp::submit(session, m_from, m_recipients, m_bytes,
                 [this](qint64 done, qint64 total) { reportProgress(done, total); });
}

} // namespace postier::protocols
