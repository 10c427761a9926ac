#pragma once

// Internal to protocols/smtp: the one SMTP transaction that every sending job performs.
// Connection thread only.

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <functional>

namespace postier::protocols {

class SmtpSession;

namespace smtp {

/// Sends `message` (canonical CRLF, ending with CRLF: what the server will store) with MAIL FROM
/// `from` and one RCPT TO per recipient, reporting bytes sent. Throws JobFailure with a typed
/// sentence when the server refuses: ErrorKind::RecipientRejected naming the address and the
/// server's words, QuotaExceeded for a full mailbox (552), ServerRefused otherwise. After a
/// refusal mid-transaction the session is dropped, because pipelined commands leave the server
/// in an unknown state; the next job reconnects.
void submit(SmtpSession &session, const QString &from, const QStringList &recipients,
            const QByteArray &message, const std::function<void(qint64, qint64)> &progress);

} // namespace smtp
} // namespace postier::protocols
