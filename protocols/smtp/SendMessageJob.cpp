#include "protocols/smtp/SendMessageJob.h"

#include "protocols/smtp/OutgoingMessageBuilder.h"
#include "protocols/smtp/SmtpSession.h"
#include "protocols/smtp/SmtpSubmission.h"

namespace postier::protocols {

SendMessageJob::SendMessageJob(OutgoingMessage message, QObject *parent)
    : SmtpJob(parent)
    , m_message(std::move(message))
{}

QString SendMessageJob::description() const
{
    return m_message.subject.isEmpty() ? tr("Sending a message without subject")
                                       : tr("Sending “%1”").arg(m_message.subject);
}

void SendMessageJob::runSmtp(SmtpSession &session)
{
    BuiltMessage built;
    Error error;
    if (!OutgoingMessageBuilder::build(m_message, &built, &error))
        throw JobFailure{error};
    m_bytes = built.bytes;
    m_messageId = built.messageId;
    smtp::submit(session, m_message.from.address, m_message.envelopeRecipients(), m_bytes,
                 [this](qint64 done, qint64 total) { reportProgress(done, total); });
}

} // namespace postier::protocols
