#include "protocols/smtp/SmtpSubmission.h"

#include "protocols/Job.h"
#include "protocols/smtp/SmtpSession.h"

#include <vmime/net/smtp/SMTPExceptions.hpp>
#include <vmime/utility/inputStreamByteBufferAdapter.hpp>
#include <vmime/utility/progressListener.hpp>

#include <QCoreApplication>

namespace postier::protocols::smtp {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("postier::protocols::Smtp", text);
}

class ProgressAdapter : public vmime::utility::progressListener
{
public:
    explicit ProgressAdapter(const std::function<void(qint64, qint64)> &sink) : m_sink(sink) {}
    void start(const size_t total) override { report(0, total); }
    void progress(const size_t current, const size_t total) override { report(current, total); }
    void stop(const size_t total) override { report(total, total); }

private:
    void report(size_t done, size_t total)
    {
        if (m_sink)
            m_sink(qint64(done), qint64(total));
    }
    const std::function<void(qint64, qint64)> &m_sink;
};

// "RCPT TO:<anna@example.com> NOTIFY=..." -> "anna@example.com"
QString addressIn(const std::string &command)
{
    const QString c = QString::fromStdString(command);
    const int open = c.indexOf(QLatin1Char('<'));
    const int close = c.indexOf(QLatin1Char('>'), open + 1);
    return open >= 0 && close > open ? c.mid(open + 1, close - open - 1) : c;
}

Error translateSmtpError(const ServerEndpoint &e, const vmime::net::smtp::SMTPCommandError &ex)
{
    const QString server = QString(QString::number(ex.statusCode()) + QLatin1Char(' ')
                                   + QString::fromStdString(ex.response()).trimmed())
                               .left(500);
    const QString command = QString::fromStdString(ex.command()).trimmed();
    if (command.startsWith(QLatin1String("RCPT"), Qt::CaseInsensitive)) {
        return Error(ErrorKind::RecipientRejected,
                     tr("%1 refused to send to “%2”: the server said “%3”. Check this address. "
                        "The message was not sent to anyone, and it is kept.")
                         .arg(e.host, addressIn(ex.command()), server),
                     server);
    }
    if (command.startsWith(QLatin1String("MAIL"), Qt::CaseInsensitive)) {
        return Error(ErrorKind::ServerRefused,
                     tr("%1 refused the sender address “%2”: the server said “%3”. Check the "
                        "address of the account you send from. The message was not sent, and "
                        "it is kept.")
                         .arg(e.host, addressIn(ex.command()), server),
                     server);
    }
    const bool tooLarge = server.contains(QLatin1String("5.3.4"));
    if (!tooLarge && (ex.statusCode() == 552 || server.contains(QLatin1String("5.2.2"))
                      || server.contains(QLatin1String("quota"), Qt::CaseInsensitive))) {
        return Error(ErrorKind::QuotaExceeded,
                     tr("%1 refused the message because a recipient's mailbox is full: the "
                        "server said “%2”. The message was not sent, and it is kept.")
                         .arg(e.host, server),
                     server);
    }
    if (tooLarge) {
        return Error(ErrorKind::ServerRefused,
                     tr("%1 refused the message because it is too large: the server said “%2”. "
                        "Remove or shrink attachments. The message was not sent, and it is kept.")
                         .arg(e.host, server),
                     server);
    }
    return Error(ErrorKind::ServerRefused,
                 tr("%1 refused the message: the server said “%2”. The message was not sent, "
                    "and it is kept.")
                     .arg(e.host, server),
                 server);
}

} // namespace

void submit(SmtpSession &session, const QString &from, const QStringList &recipients,
            const QByteArray &message, const std::function<void(qint64, qint64)> &progress)
{
    const ServerEndpoint &e = session.endpoint();
    if (from.isEmpty() || recipients.isEmpty())
        throw JobFailure{Error(ErrorKind::Usage,
                               tr("A message needs a sender and at least one recipient to be "
                                  "sent."))};
    const vmime::mailbox expeditor{vmime::emailAddress(from.toStdString())};
    vmime::mailboxList to;
    for (const QString &r : recipients)
        to.appendMailbox(vmime::make_shared<vmime::mailbox>(vmime::emailAddress(r.toStdString())));

    // vmime ends DATA with "\r\n.\r\n", whose CRLF also ends the last line: send the message
    // without its final CRLF so that the server stores exactly `message`.
    const QByteArray wire = message.endsWith("\r\n") ? message.chopped(2) : message;
    vmime::utility::inputStreamByteBufferAdapter in(
        reinterpret_cast<const vmime::byte_t *>(wire.constData()), size_t(wire.size()));
    ProgressAdapter listener(progress);
    try {
        session.throwIfCancelled();
        session.transport()->send(expeditor, to, in, size_t(wire.size()), &listener);
    } catch (const vmime::net::smtp::SMTPCommandError &ex) {
        session.abandon();
        throw JobFailure{translateSmtpError(e, ex)};
    } catch (const vmime::net::smtp::SMTPMessageSizeExceedsMaxLimitsException &ex) {
        session.abandon();
        throw JobFailure{Error(ErrorKind::ServerRefused,
                               tr("%1 refused the message because it is larger than the server "
                                  "accepts (%2). Remove or shrink attachments. The message was "
                                  "not sent, and it is kept.")
                                   .arg(e.host, QString::fromStdString(ex.what())))};
    } catch (const vmime::net::smtp::SMTPMessageSizeExceedsCurLimitsException &ex) {
        session.abandon();
        throw JobFailure{Error(ErrorKind::ServerRefused,
                               tr("%1 has no room for the message right now (%2). Try again "
                                  "later; the message is kept.")
                                   .arg(e.host, QString::fromStdString(ex.what())))};
    }
}

} // namespace postier::protocols::smtp
