#include "protocols/smtp/SmtpSubmission.h"

#include "protocols/Job.h"
#include "protocols/smtp/SmtpSession.h"

#include <vmime/net/smtp/SMTPConnection.hpp>
#include <vmime/net/smtp/SMTPExceptions.hpp>
#include <vmime/net/smtp/SMTPTransport.hpp>
#include <vmime/utility/outputStreamStringAdapter.hpp>
#include <vmime/utility/inputStream.hpp>
#include <vmime/utility/progressListener.hpp>

#include <QCoreApplication>
#include <QRegularExpression>
#include <QUrl>

#include <algorithm>
#include <cstring>

namespace postier::protocols::smtp {

namespace {

// The translation context of this file's texts.
class SmtpText
{
    Q_DECLARE_TR_FUNCTIONS(postier::protocols::Smtp)
};

class ProgressAdapter : public vmime::utility::progressListener
{
public:
    explicit ProgressAdapter(const std::function<void(qint64, qint64)> &sink)
        : m_sink(sink)
    {}
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

// The message as vmime reads it for DATA. vmime 0.9.2's dotFilteredOutputStream, which doubles a
// dot at the start of a line, checks the byte before a block only for '\n': when a block ends
// with '.' and the next one starts with CR or LF, it writes an extra '.' (measured: with 16 KiB
// blocks, every line "text." that ended exactly on a block edge arrived as "text.."). So a block
// never ends there: such a read stops one byte early, and the dot starts the next block.
class DotSafeInputStream : public vmime::utility::inputStream
{
public:
    explicit DotSafeInputStream(const QByteArray &data)
        : m_data(data)
    {}

    bool eof() const override { return m_pos >= m_data.size(); }
    void reset() override { m_pos = 0; }
    size_t read(vmime::byte_t *const out, const size_t count) override
    {
        qsizetype n = std::min<qsizetype>(qsizetype(count), m_data.size() - m_pos);
        const qsizetype end = m_pos + n;
        if (n > 1 && end < m_data.size() && m_data.at(end - 1) == '.'
            && (m_data.at(end) == '\r' || m_data.at(end) == '\n'))
            --n;
        std::memcpy(out, m_data.constData() + m_pos, size_t(n));
        m_pos += n;
        return size_t(n);
    }
    size_t skip(const size_t count) override
    {
        const qsizetype n = std::min<qsizetype>(qsizetype(count), m_data.size() - m_pos);
        m_pos += n;
        return size_t(n);
    }

private:
    const QByteArray &m_data;
    qsizetype m_pos = 0;
};

// "RCPT TO:<anna@example.com> NOTIFY=..." -> "anna@example.com"
QString addressIn(const std::string &command)
{
    const QString c = QString::fromStdString(command);
    const int open = c.indexOf(QLatin1Char('<'));
    const int close = c.indexOf(QLatin1Char('>'), open + 1);
    return open >= 0 && close > open ? c.mid(open + 1, close - open - 1) : c;
}

// Why vmime cannot send to `address` exactly as written, or an empty string. vmime 0.9.2 never
// refuses an address: it silently rewrites it. Measured: "bob" became <bob@HOSTNAME>, "bob@"
// became <invalid@invalid>, "b ob@x" became <b@HOSTNAME>, "bob@exa mple.com" became <bob@exa>,
// and a non-ASCII local part became an RFC 2047 encoded word. Each would send the message to
// somebody else, so we check that vmime generates exactly what was typed (the domain in its
// IDNA form) and refuse otherwise.
QString addressProblem(const QString &address, bool serverTakesUtf8)
{
    const int at = address.lastIndexOf(QLatin1Char('@'));
    if (at <= 0 || at == address.size() - 1)
        return SmtpText::tr(
            "it is not a complete address: it needs a name, an @ and a domain, as in "
            "anna@example.com");
    const QString local = address.left(at);
    const QString domain = address.mid(at + 1);
    const bool quoted = local.size() >= 2 && local.startsWith(QLatin1Char('"'))
        && local.endsWith(QLatin1Char('"'));
    for (const QChar c : address) {
        if (c.category() == QChar::Other_Control || (!quoted && c.isSpace()))
            return SmtpText::tr("it contains spaces or invisible characters");
    }
    bool asciiLocal = true;
    for (const QChar c : local)
        asciiLocal = asciiLocal && c.unicode() < 0x80;
    if (!asciiLocal) {
        if (serverTakesUtf8)
            return {}; // sent as UTF-8 with the SMTPUTF8 extension
        return SmtpText::tr("this server does not accept letters with accents or other non-ASCII "
                            "characters before the @");
    }
    const bool literal = domain.startsWith(QLatin1Char('['));
    const QByteArray aceDomain = literal ? domain.toUtf8() : QUrl::toAce(domain);
    if (aceDomain.isEmpty())
        return SmtpText::tr("“%1” is not a valid domain name").arg(domain);
    std::string generated;
    vmime::utility::outputStreamStringAdapter out(generated);
    vmime::emailAddress(address.toStdString()).generate(out);
    const QString actual = QString::fromStdString(generated);
    const int actualAt = actual.lastIndexOf(QLatin1Char('@'));
    if (actualAt < 0 || actual.left(actualAt) != local
        || actual.mid(actualAt + 1).compare(QString::fromLatin1(aceDomain), Qt::CaseInsensitive)
            != 0)
        return SmtpText::tr("Postier could not use it as written (it would have become “%1”)")
            .arg(actual);
    return {};
}

Error translateSmtpError(const ServerEndpoint &e, const vmime::net::smtp::SMTPCommandError &ex)
{
    const QString server = QString(QString::number(ex.statusCode()) + QLatin1Char(' ')
                                   + QString::fromStdString(ex.response()).trimmed())
                               .left(500);
    const QString command = QString::fromStdString(ex.command()).trimmed();
    if (command.startsWith(QLatin1String("RCPT"), Qt::CaseInsensitive)) {
        return Error(
            ErrorKind::RecipientRejected,
            SmtpText::tr("%1 refused to send to “%2”: the server said “%3”. Check this address. "
                         "The message was not sent to anyone, and it is kept.")
                .arg(e.host, addressIn(ex.command()), server),
            server);
    }
    if (command.startsWith(QLatin1String("MAIL"), Qt::CaseInsensitive)) {
        return Error(
            ErrorKind::ServerRefused,
            SmtpText::tr("%1 refused the sender address “%2”: the server said “%3”. Check the "
                         "address of the account you send from. The message was not sent, and "
                         "it is kept.")
                .arg(e.host, addressIn(ex.command()), server),
            server);
    }
    // A relay that delivers after DATA reports a bad mailbox there: "550 5.1.1 <x@y> User
    // doesn't exist". Enhanced status 5.1.x is about an address.
    static const QRegularExpression addressStatus(QStringLiteral("\\b[45]\\.1\\.\\d+\\b"));
    if (addressStatus.match(server).hasMatch()) {
        const int open = server.indexOf(QLatin1Char('<'));
        const int close = server.indexOf(QLatin1Char('>'), open + 1);
        const QString who = open >= 0 && close > open ? server.mid(open + 1, close - open - 1)
                                                      : SmtpText::tr("one of the recipients");
        return Error(
            ErrorKind::RecipientRejected,
            SmtpText::tr("%1 could not deliver to “%2”: the server said “%3”. Check this "
                         "address. The message may have reached the other recipients; it is "
                         "kept.")
                .arg(e.host, who, server),
            server);
    }
    const bool tooLarge = server.contains(QLatin1String("5.3.4"));
    if (!tooLarge
        && (ex.statusCode() == 552 || server.contains(QLatin1String("5.2.2"))
            || server.contains(QLatin1String("quota"), Qt::CaseInsensitive))) {
        return Error(
            ErrorKind::QuotaExceeded,
            SmtpText::tr("%1 refused the message because a recipient's mailbox is full: the "
                         "server said “%2”. The message was not sent, and it is kept.")
                .arg(e.host, server),
            server);
    }
    if (tooLarge) {
        return Error(
            ErrorKind::ServerRefused,
            SmtpText::tr("%1 refused the message because it is too large: the server said “%2”. "
                         "Remove or shrink attachments. The message was not sent, and it is kept.")
                .arg(e.host, server),
            server);
    }
    return Error(
        ErrorKind::ServerRefused,
        SmtpText::tr("%1 refused the message: the server said “%2”. The message was not sent, "
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
        throw JobFailure{
            Error(ErrorKind::Usage,
                  SmtpText::tr("A message needs a sender and at least one recipient to be "
                               "sent."))};
    const auto smtp = vmime::dynamicCast<vmime::net::smtp::SMTPTransport>(session.transport());
    const bool utf8
        = smtp && smtp->getConnection() && smtp->getConnection()->hasExtension("SMTPUTF8");
    if (const QString why = addressProblem(from, utf8); !why.isEmpty())
        throw JobFailure{
            Error(ErrorKind::Usage,
                  SmtpText::tr("The sender address “%1” cannot be used: %2. Check the address "
                               "of the account you send from. The message was not sent, and "
                               "it is kept.")
                      .arg(from, why))};
    for (const QString &r : recipients) {
        if (const QString why = addressProblem(r, utf8); !why.isEmpty())
            throw JobFailure{
                Error(ErrorKind::RecipientRejected,
                      SmtpText::tr("Postier did not send the message to “%1”: %2. Correct "
                                   "the address. The message was not sent to anyone, and it "
                                   "is kept.")
                          .arg(r, why))};
    }
    const vmime::mailbox expeditor{vmime::emailAddress(from.toStdString())};
    vmime::mailboxList to;
    for (const QString &r : recipients)
        to.appendMailbox(vmime::make_shared<vmime::mailbox>(vmime::emailAddress(r.toStdString())));

    // vmime ends DATA with "\r\n.\r\n", whose CRLF also ends the last line: send the message
    // without its final CRLF so that the server stores exactly `message`.
    const QByteArray wire = message.endsWith("\r\n") ? message.chopped(2) : message;
    DotSafeInputStream in(wire);
    ProgressAdapter listener(progress);
    try {
        session.throwIfCancelled();
        session.transport()->send(expeditor, to, in, size_t(wire.size()), &listener);
    } catch (const vmime::net::smtp::SMTPCommandError &ex) {
        session.abandon();
        throw JobFailure{translateSmtpError(e, ex)};
    } catch (const vmime::net::smtp::SMTPMessageSizeExceedsMaxLimitsException &ex) {
        session.abandon();
        throw JobFailure{
            Error(ErrorKind::ServerRefused,
                  SmtpText::tr("%1 refused the message because it is larger than the server "
                               "accepts (%2). Remove or shrink attachments. The message was "
                               "not sent, and it is kept.")
                      .arg(e.host, QString::fromStdString(ex.what())))};
    } catch (const vmime::net::smtp::SMTPMessageSizeExceedsCurLimitsException &ex) {
        session.abandon();
        throw JobFailure{
            Error(ErrorKind::ServerRefused,
                  SmtpText::tr("%1 has no room for the message right now (%2). Try again "
                               "later; the message is kept.")
                      .arg(e.host, QString::fromStdString(ex.what())))};
    }
}

} // namespace postier::protocols::smtp
