#include "protocols/imap/AppendMessageJob.h"

#include "protocols/ExceptionTranslator.h"
#include "protocols/imap/ImapSession.h"

#include <QHash>
#include <QIODevice>

namespace postier::protocols {

namespace {

constexpr qint64 kChunk = 256 * 1024;
// Marks a message refused as part of a MULTIAPPEND group, to be sent again alone.
constexpr quint32 kRetryAlone = 0xffffffffu;


} // namespace

AppendMessageJob::AppendMessageJob(const QByteArray &rawFolderName, QObject *parent)
    : ImapJob(parent)
    , m_folder(rawFolderName)
{
}

AppendMessageJob::~AppendMessageJob() = default;

int AppendMessageJob::add(Message message)
{
    m_messages.push_back(std::move(message));
    m_results.append(Result());
    return int(m_messages.size()) - 1;
}

int AppendMessageJob::addMessage(const QByteArray &message, const MessageFlags &flags,
                                 qint64 internalDate)
{
    Message m;
    m.data = message;
    m.size = message.size();
    m.flags = flags;
    m.internalDate = internalDate;
    return add(std::move(m));
}

int AppendMessageJob::addMessage(std::unique_ptr<QIODevice> device, qint64 size,
                                 const MessageFlags &flags, qint64 internalDate)
{
    Message m;
    m.device = std::move(device);
    m.size = size;
    m.flags = flags;
    m.internalDate = internalDate;
    return add(std::move(m));
}

int AppendMessageJob::addMessage(Opener open, qint64 size, const MessageFlags &flags, qint64 internalDate)
{
    Message m;
    m.opener = std::move(open);
    m.size = size;
    m.flags = flags;
    m.internalDate = internalDate;
    return add(std::move(m));
}

QString AppendMessageJob::description() const
{
    return tr("Saving %n message(s) in “%1”", nullptr, count()).arg(imap::decodeMailboxName(m_folder));
}

int AppendMessageJob::appendedCount() const
{
    return int(std::count_if(m_results.cbegin(), m_results.cend(),
                             [](const Result &r) { return r.outcome == Outcome::Appended; }));
}

void AppendMessageJob::sendLiteral(ImapSession &session, int index, qint64 size, qint64 *sentTotal,
                                   qint64 total, const QByteArray &after)
{
    Message &m = m_messages[size_t(index)];
    if (m.opener) {
        // Opened now, and again for a second sending: a stream cannot be rewound.
        Error error;
        m.device = m.opener(&error);
        if (!m.device || (!m.device->isOpen() && !m.device->open(QIODevice::ReadOnly))) {
            m_results[index].error = error.isOk()
                ? Error(ErrorKind::LocalIo, tr("Postier could not open message %1 to save it in “%2”.")
                                                .arg(index + 1)
                                                .arg(imap::decodeMailboxName(m_folder)))
                : error;
            m.device.reset();
            throw JobFailure{m_results[index].error};
        }
    }
    if (!m.device) {
        for (qint64 offset = 0; offset < size; offset += kChunk) {
            const qint64 n = std::min(kChunk, size - offset);
            session.sendRaw(m.data.constData() + offset, size_t(n));
            *sentTotal += n;
            reportProgress(*sentTotal, total);
        }
    } else {
        QByteArray buffer(int(std::min(kChunk, std::max<qint64>(size, 1))), Qt::Uninitialized);
        qint64 left = size;
        while (left > 0) {
            const qint64 n = m.device->read(buffer.data(), std::min<qint64>(left, buffer.size()));
            if (n <= 0) {
                // The literal can no longer be completed; runImap() drops the connection, which
                // makes the server discard the partial message.
                const QString reason = m.device->errorString();
                m_results[index].error = Error(
                    ErrorKind::LocalIo,
                    tr("Postier could not read message %1 while saving it in “%2” (%3). Nothing "
                       "of it was kept on the server.")
                        .arg(index + 1)
                        .arg(imap::decodeMailboxName(m_folder), reason));
                throw JobFailure{m_results[index].error};
            }
            session.sendRaw(buffer.constData(), size_t(n));
            left -= n;
            *sentTotal += n;
            reportProgress(*sentTotal, total);
        }
        if (m.opener)
            m.device.reset(); // one open file at a time, however many messages the job holds
    }
    session.sendRaw(after);
}

QByteArray AppendMessageJob::appendArguments(int index, qint64 size, bool nonSynchronizing, bool binary) const
{
    const Message &m = m_messages[size_t(index)];
    QByteArray out;
    MessageFlags flags = m.flags;
    flags.bits &= quint8(~FlagRecent);
    const QByteArray list = flags.toImapList();
    if (!list.isEmpty())
        out += " (" + list + ')';
    if (m.internalDate > 0) {
        const QByteArray date = imap::formatInternalDate(m.internalDate);
        if (!date.isEmpty())
            out += " \"" + date + '"';
    }
    out += (binary && m.nul ? " ~{" : " {") + QByteArray::number(size) + (nonSynchronizing ? "+}" : "}");
    return out;
}

void AppendMessageJob::runImap(ImapSession &session)
{
    const QString folder = imap::decodeMailboxName(m_folder);
    const QString host = session.endpoint().host;
    const bool literalPlus = session.hasCapability("LITERAL+");

    for (Result &r : m_results)
        r = Result();

    // Sizes first, so that progress has a total and a device that cannot be read fails before
    // anything is sent for it.
    QVector<qint64> sizes(count(), -1);
    qint64 total = 0;
    for (int i = 0; i < count(); ++i) {
        Message &m = m_messages[size_t(i)];
        if (m.opener) {
            sizes[i] = m.size;
        } else if (m.device) {
            if (!m.device->isOpen() && !m.device->open(QIODevice::ReadOnly)) {
                m_results[i].error = Error(ErrorKind::LocalIo,
                                           tr("Postier could not open message %1 to save it in "
                                              "“%2” (%3).")
                                               .arg(i + 1)
                                               .arg(folder, m.device->errorString()));
                continue;
            }
            if (m.size < 0 && m.device->isSequential()) {
                m_results[i].error = Error(ErrorKind::Usage,
                                           tr("Message %1 for “%2” comes from a stream of unknown "
                                              "length, which IMAP cannot save.")
                                               .arg(i + 1)
                                               .arg(folder));
                continue;
            }
            sizes[i] = m.size >= 0 ? m.size : m.device->size() - m.device->pos();
        } else {
            sizes[i] = m.data.size();
        }
        total += sizes[i];
    }

    QVector<int> all;
    for (int i = 0; i < count(); ++i) {
        if (sizes[i] >= 0)
            all << i; // the others failed locally, already recorded
    }
    qint64 sent = 0;
    const bool grouped = m_multi > 1 && literalPlus && session.hasCapability("MULTIAPPEND");
    appendAll(session, all, sizes, total, &sent, grouped);
    if (grouped) {
        // Groups the server refused: their messages again, one by one, for a result each.
        QVector<int> again;
        for (int i : std::as_const(all)) {
            if (m_results[i].outcome == Outcome::Refused && m_results[i].uid == kRetryAlone) {
                m_results[i] = Result();
                again << i;
            }
        }
        if (!again.isEmpty())
            appendAll(session, again, sizes, total, &sent, false);
    }

    // A selected destination stays selected; select() asks its counters again next time.

    const Error failure = summary(host);
    if (!failure.isOk())
        throw JobFailure{failure};
}

void AppendMessageJob::appendAll(ImapSession &session, const QVector<int> &indices,
                                 const QVector<qint64> &sizes, qint64 total, qint64 *sent, bool grouped)
{
    const QString folder = imap::decodeMailboxName(m_folder);
    const QString host = session.endpoint().host;
    const bool literalPlus = session.hasCapability("LITERAL+");
    const bool literalMinus = session.hasCapability("LITERAL-");
    const bool binary = session.hasCapability("BINARY");
    const QByteArray mailbox = session.astring(m_folder);

    QHash<QByteArray, QVector<int>> waiting; // tag -> the messages of that command
    auto handle = [&](std::string_view response) {
        const imap::ResponseKind kind = imap::kindOf(response);
        imap::StatusResponse status;
        if (kind == imap::ResponseKind::Untagged) {
            if (imap::parseStatus(response, &status) && status.status == "BYE")
                throw vmime::exceptions::socket_not_connected_exception();
            return; // "* 5 EXISTS" when the folder is the selected one
        }
        if (kind != imap::ResponseKind::Tagged || !imap::parseStatus(response, &status))
            return;
        const auto it = waiting.constFind(status.tag);
        if (it == waiting.constEnd())
            return;
        const QVector<int> group = *it;
        waiting.erase(it);
        if (status.isOk()) {
            quint32 validity = 0;
            QVector<quint32> uids;
            const bool withUids = imap::parseAppendUidSet(status.code, &validity, &uids) && uids.size() == group.size();
            for (int k = 0; k < group.size(); ++k) {
                Result &result = m_results[group[k]];
                result.outcome = Outcome::Appended;
                if (withUids) {
                    result.uidValidity = validity;
                    result.uid = uids[k];
                }
            }
            return;
        }
        for (const int index : group) {
            Result &result = m_results[index];
            result.outcome = Outcome::Refused;
            result.uid = group.size() > 1 ? kRetryAlone : 0;
            result.error = serverRefusal(
                session.endpoint(),
                count() == 1 ? tr("save the message in “%1”").arg(folder)
                             : tr("save message %1 of %2 in “%3”").arg(index + 1).arg(count()).arg(folder),
                status.serverWords());
        }
    };

    QVector<int> inProgress; // the command whose literals are being sent
    constexpr qint64 kGroupBytes = 8 * 1024 * 1024;
    try {
        int next = 0;
        while (next < indices.size()) {
            session.throwIfCancelled();
            while (waiting.size() >= (grouped ? std::max(2, m_depth / 8) : m_depth))
                handle(session.readResponse());

            QVector<int> group {indices[next++]};
            qint64 groupBytes = sizes[group.first()];
            while (grouped && next < indices.size() && group.size() < m_multi
                   && groupBytes + sizes[indices[next]] <= kGroupBytes) {
                groupBytes += sizes[indices[next]];
                group << indices[next++];
            }
            const int first = group.first();
            const bool nonSynchronizing = literalPlus || (literalMinus && sizes[first] <= 4096);
            const QByteArray command = "APPEND " + mailbox + appendArguments(first, sizes[first], nonSynchronizing, binary);
            const QByteArray tag = session.nextTag();
            waiting.insert(tag, group);
            for (const int index : std::as_const(group))
                m_results[index].outcome = Outcome::Unknown;
            inProgress = group;
            if (session.sendCommand(tag, command, handle)) {
                // Grouped commands only run with LITERAL+: each next message follows its
                // predecessor's literal directly, the last one ends the command.
                for (int k = 0; k < group.size(); ++k) {
                    const QByteArray after = k + 1 < group.size()
                        ? appendArguments(group[k + 1], sizes[group[k + 1]], true, binary) + "\r\n"
                        : QByteArrayLiteral("\r\n");
                    sendLiteral(session, group[k], sizes[group[k]], sent, total, after);
                }
            }
            // else refused before the literal; handle() recorded why
            inProgress.clear();
        }
        while (!waiting.isEmpty())
            handle(session.readResponse());
    } catch (...) {
        if (!inProgress.isEmpty()) {
            // Cut off before the end of its literals (cancel, network, unreadable device): once
            // the connection is gone the server discards the partial command, so none of its
            // messages was saved.
            session.abandon();
            for (auto it = waiting.begin(); it != waiting.end(); ++it) {
                if (it.value() == inProgress) {
                    waiting.erase(it);
                    break;
                }
            }
            for (const int index : std::as_const(inProgress)) {
                Result &result = m_results[index];
                result.outcome = Outcome::NotSent;
                if (result.error.isOk())
                    result.error = Error(ErrorKind::Network,
                                         tr("Message %1 was not saved in “%2” on %3: sending it was "
                                            "interrupted.")
                                             .arg(index + 1)
                                             .arg(folder, host));
            }
        }
        for (auto it = waiting.cbegin(); it != waiting.cend(); ++it) {
            for (const int index : it.value()) {
                Result &result = m_results[index];
                if (result.error.isOk())
                    result.error = Error(ErrorKind::Network,
                                         tr("The connection to %1 ended before the server confirmed "
                                            "message %2 in “%3”: it may or may not have been saved.")
                                             .arg(host)
                                             .arg(index + 1)
                                             .arg(folder));
            }
        }
        throw;
    }
}

Error AppendMessageJob::summary(const QString &host) const
{
    const Error *first = nullptr;
    int failed = 0;
    bool sameKind = true;
    for (const Result &r : m_results) {
        if (r.outcome == Outcome::Appended)
            continue;
        ++failed;
        if (!first)
            first = &r.error;
        else if (r.error.kind() != first->kind())
            sameKind = false;
    }
    if (failed == 0)
        return Error();
    if (count() == 1)
        return *first;
    return Error(sameKind ? first->kind() : ErrorKind::ServerRefused,
                 tr("%1 of %2 messages could not be saved in “%3” on %4; the others were. The "
                    "first problem: %5")
                     .arg(failed)
                     .arg(count())
                     .arg(imap::decodeMailboxName(m_folder), host, first->sentence()),
                 first->serverText());
}

} // namespace postier::protocols
