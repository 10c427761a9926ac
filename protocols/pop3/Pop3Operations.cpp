#include "protocols/pop3/Pop3Operations.h"

#include "protocols/Job.h"
#include "protocols/local/MaildirStore.h"
#include "protocols/pop3/Pop3MultilineDecoder.h"
#include "protocols/pop3/Pop3Session.h"

#include <vmime/net/pop3/POP3Command.hpp>
#include <vmime/net/pop3/POP3Connection.hpp>
#include <vmime/net/pop3/POP3Response.hpp>
#include <vmime/net/socket.hpp>
#include <vmime/net/timeoutHandler.hpp>

#include <QCoreApplication>
#include <QSet>

#include <sstream>
#include <vector>

namespace postier::protocols::pop3 {

namespace {

// The translation context of this file's texts.
class Pop3Text
{
    Q_DECLARE_TR_FUNCTIONS(postier::protocols::Pop3)
};

// Reads one RETR answer straight from the socket: vmime's own RETR (POP3Message::extract) mangles
// dot-stuffed lines, see Pop3MultilineDecoder. The waiting loop is vmime's: it polls the timeout
// handler, which is also how a cancel reaches us.
void readRetr(Pop3Session &session, int number, MaildirDelivery &delivery)
{
    const auto connection = session.store()->getConnection();
    vmime::net::pop3::POP3Command::RETR(static_cast<unsigned long>(number))->send(connection);
    const auto socket = connection->getSocket();
    const auto timeout = connection->getTimeoutHandler();
    if (timeout)
        timeout->resetTimeOut();

    QByteArray status;
    bool statusDone = false;
    Pop3MultilineDecoder decoder;
    QByteArray decoded;
    std::vector<vmime::byte_t> buffer(64 * 1024);
    while (!decoder.isFinished()) {
        if (timeout && timeout->isTimeOut()) {
            if (!timeout->handleTimeOut())
                throw vmime::exceptions::operation_timed_out();
            timeout->resetTimeOut();
        }
        const size_t n = socket->receiveRaw(buffer.data(), buffer.size());
        if (n == 0) {
            if (socket->getStatus() & vmime::net::socket::STATUS_WANT_WRITE)
                socket->waitForWrite();
            else
                socket->waitForRead();
            continue;
        }
        if (timeout)
            timeout->resetTimeOut();
        const char *data = reinterpret_cast<const char *>(buffer.data());
        qsizetype used = 0;
        if (!statusDone) {
            const qsizetype eol = QByteArrayView(data, qsizetype(n)).indexOf('\n');
            status += QByteArray(data, eol < 0 ? qsizetype(n) : eol + 1);
            if (eol < 0)
                continue;
            statusDone = true;
            used = eol + 1;
            if (!status.startsWith("+OK"))
                throw vmime::exceptions::command_error("RETR", status.trimmed().toStdString());
        }
        decoded.resize(0);
        used += decoder.feed(data + used, qsizetype(n) - used, &decoded);
        if (!decoded.isEmpty() && !delivery.write(decoded))
            throw JobFailure{delivery.error()};
        if (decoder.isFinished() && used != qsizetype(n))
            throw vmime::exceptions::invalid_response("RETR", "data after the end of the message");
    }
}

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
    folder->fetchMessages(messages,
                          vmime::net::fetchAttributes(vmime::net::fetchAttributes::SIZE
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
            throw JobFailure{
                Error(ErrorKind::Protocol,
                      Pop3Text::tr(
                          "%1 does not give its messages lasting names (the POP3 UIDL command), so "
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
    (void)session.inbox(); // RETR needs the TRANSACTION state that opening the INBOX checks
    try {
        readRetr(session, message.number, *delivery);
    } catch (const JobFailure &) {
        // The disk refused the data while the rest of the answer is still on the wire: the
        // session cannot carry another command, so drop it (only here, once readRetr() has let
        // go of the socket).
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
        throw JobFailure{Error(
            ErrorKind::ServerRefused,
            QCoreApplication::translate("postier::protocols::Pop3",
                                        "%1 accepted the request to delete %n message(s) but still "
                                        "has %2 of them. They stay on the server; Postier will try "
                                        "again next time.",
                                        nullptr, int(targets.size()))
                .arg(session.endpoint().host)
                .arg(kept.size()))};
    return gone;
}

} // namespace postier::protocols::pop3
