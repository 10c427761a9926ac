#include "protocols/pop3/Pop3Operations.h"

#include "protocols/Job.h"
#include "protocols/local/MaildirStore.h"
#include "protocols/pop3/Pop3Session.h"

#include <vmime/net/pop3/POP3Command.hpp>
#include <vmime/net/pop3/POP3Connection.hpp>
#include <vmime/net/pop3/POP3Response.hpp>

#include <QCoreApplication>
#include <QSet>

#include <sstream>

namespace postier::protocols::pop3 {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("postier::protocols::Pop3", text);
}

// vmime hands RETR data over as it arrives, CRLF line ends included. Maildir files use LF, so
// CRLF pairs become LF on the way, with a CR at the end of one chunk held back until the next.
// Every byte goes straight to the tmp/ file: the message is never in memory as a whole.
class MaildirOutput : public vmime::utility::outputStream
{
public:
    explicit MaildirOutput(MaildirDelivery &delivery) : m_delivery(delivery) {}

    void flush() override {}

    /// After RETR: puts back the final line end that vmime strips with the ".\r\n" terminator.
    void finish()
    {
        QByteArray tail;
        if (m_pendingCr)
            tail += '\r';
        m_pendingCr = false;
        tail += '\n';
        put(tail.constData(), tail.size());
    }

protected:
    void writeImpl(const vmime::byte_t *const data, const size_t count) override
    {
        const char *in = reinterpret_cast<const char *>(data);
        m_buffer.resize(0);
        m_buffer.reserve(qsizetype(count) + 1);
        size_t i = 0;
        if (m_pendingCr) {
            m_pendingCr = false;
            if (count > 0 && in[0] != '\n')
                m_buffer += '\r';
        }
        for (; i < count; ++i) {
            const char c = in[i];
            if (c == '\r') {
                if (i + 1 == count) {
                    m_pendingCr = true;
                    break;
                }
                if (in[i + 1] == '\n')
                    continue;
            }
            m_buffer += c;
        }
        put(m_buffer.constData(), m_buffer.size());
    }

private:
    void put(const char *data, qint64 size)
    {
        if (size > 0 && !m_delivery.write(data, size))
            throw JobFailure{m_delivery.error()};
    }

    MaildirDelivery &m_delivery;
    QByteArray m_buffer;
    bool m_pendingCr = false;
};

} // namespace

Stat stat(Pop3Session &session)
{
    // vmime's getStatus() drops the size from the STAT answer, so ask ourselves.
    const auto connection = session.store()->getConnection();
    vmime::net::pop3::POP3Command::STAT()->send(connection);
    const auto response = vmime::net::pop3::POP3Response::readResponse(connection);
    if (!response->isSuccess())
        throw vmime::exceptions::command_error("STAT", response->getFirstLine());
    std::istringstream in(response->getText());
    long long count = -1;
    long long size = -1;
    in >> count >> size;
    if (in.fail() || count < 0 || size < 0)
        throw vmime::exceptions::invalid_response("STAT", response->getFirstLine());
    return Stat{int(count), qint64(size)};
}

Pop3Listing list(Pop3Session &session)
{
    const auto folder = session.inbox();
    const size_t count = folder->getMessageCount();
    Pop3Listing out;
    if (count == 0)
        return out;
    auto messages = folder->getMessages(vmime::net::messageSet::byNumber(1, count));
    folder->fetchMessages(messages, vmime::net::fetchAttributes(vmime::net::fetchAttributes::SIZE
                                                                | vmime::net::fetchAttributes::UID));
    out.reserve(qsizetype(messages.size()));
    for (const auto &m : messages) {
        Pop3MessageInfo info;
        info.number = int(m->getNumber());
        info.uid = QString::fromStdString(static_cast<vmime::string>(m->getUID()));
        try {
            info.size = qint64(m->getSize());
        } catch (const vmime::exceptions::unfetched_object &) {
            info.size = -1; // LIST left this one out
        }
        out.append(info);
    }
    return out;
}

void requireUids(const Pop3Session &session, const Pop3Listing &listing)
{
    for (const auto &m : listing) {
        if (m.uid.isEmpty())
            throw JobFailure{Error(
                ErrorKind::Protocol,
                tr("%1 does not give its messages lasting names (the POP3 UIDL command), so "
                   "Postier cannot tell which ones it already downloaded. Nothing was "
                   "downloaded or deleted.")
                    .arg(session.endpoint().host))};
    }
}

Pop3StoredMessage retrieve(Pop3Session &session, const Pop3MessageInfo &message,
                           MaildirStore &store, const QString &folder)
{
    Error error;
    auto delivery = store.beginDelivery(folder, &error);
    if (!delivery)
        throw JobFailure{error};
    const auto vmimeMessage = session.inbox()->getMessage(size_t(message.number));
    MaildirOutput out(*delivery);
    try {
        vmimeMessage->extract(out);
        out.finish();
    } catch (const JobFailure &) {
        // The disk refused the data while the rest of the RETR answer is still on the wire: the
        // session cannot carry another command, so drop it.
        session.abandon();
        throw;
    }
    const QString id = delivery->commit();
    if (id.isEmpty())
        throw JobFailure{delivery->error()};
    return Pop3StoredMessage{message.uid, id, delivery->bytesWritten()};
}

QStringList deleteAndCommit(Pop3Session &session, const Pop3Listing &targets)
{
    if (targets.isEmpty())
        return {};
    try {
        const auto folder = session.inbox();
        for (const auto &t : targets) {
            session.throwIfCancelled();
            folder->deleteMessages(vmime::net::messageSet::byNumber(size_t(t.number)));
        }
    } catch (...) {
        // RSET (in the session's logout) undoes the DELE marks already sent.
        session.disconnect();
        throw;
    }
    session.commitDeletions();

    QSet<QString> remaining;
    for (const auto &m : list(session))
        remaining.insert(m.uid);
    QStringList gone;
    QStringList kept;
    for (const auto &t : targets)
        (remaining.contains(t.uid) ? kept : gone) << t.uid;
    if (!kept.isEmpty())
        throw JobFailure{Error(ErrorKind::ServerRefused,
                               QCoreApplication::translate(
                                   "postier::protocols::Pop3",
                                   "%1 accepted the request to delete %n message(s) but still "
                                   "has %2 of them. They stay on the server; Postier will try "
                                   "again next time.",
                                   nullptr, int(targets.size()))
                                   .arg(session.endpoint().host)
                                   .arg(kept.size()))};
    return gone;
}

} // namespace postier::protocols::pop3
