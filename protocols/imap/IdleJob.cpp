#include "protocols/imap/IdleJob.h"

#include "protocols/ExceptionTranslator.h"
#include "protocols/imap/ImapSession.h"

#include <QElapsedTimer>
#include <QScopeGuard>

namespace postier::protocols {

namespace {

// How long one wait for the server lasts before the job looks at its queue, its clock and its
// cancel token again. Short enough that a queued job starts within a fraction of a second.
constexpr int kSliceMs = 200;


} // namespace

IdleJob::IdleJob(const QByteArray &rawFolderName, QObject *parent)
    : ImapJob(parent)
    , m_folder(rawFolderName)
{
    setPriority(Priority::Background);
}

QString IdleJob::description() const
{
    return tr("Watching “%1” for new mail").arg(imap::decodeMailboxName(m_folder));
}

void IdleJob::noteResponse(std::string_view response)
{
    quint32 number = 0;
    QByteArray keyword;
    if (!imap::parseNumbered(response, &number, &keyword))
        return;
    if (keyword == "EXISTS") {
        if (number == m_exists)
            return;
        m_exists = number;
        Q_EMIT changed(m_exists);
    } else if (keyword == "EXPUNGE") {
        if (m_exists > 0)
            --m_exists;
        Q_EMIT changed(m_exists);
    }
}

IdleJob::EndReason IdleJob::shouldStop(const ImapSession &session, qint64 elapsedMs) const
{
    if (session.hasPendingWork())
        return EndReason::Yielded;
    if (elapsedMs >= m_maxDurationMs)
        return EndReason::MaxDuration;
    return EndReason::None;
}

void IdleJob::runImap(ImapSession &session)
{
    m_endReason = EndReason::None;
    const QString folder = imap::decodeMailboxName(m_folder);
    const QString what = tr("watch “%1” for new mail").arg(folder);
    QElapsedTimer clock;
    clock.start();

    // A fresh EXAMINE: the count cached from an earlier selection may predate other jobs' APPENDs.
    // And afterwards the session's cached counters are stale by whatever IDLE reported, so the
    // next job (typically a header sync prompted by changed()) must open the folder afresh.
    session.forgetSelection();
    const auto forgetAfterwards = qScopeGuard([&session] { session.forgetSelection(); });
    m_exists = session.select(m_folder, true).messages;
    m_usedIdle = !m_forcePolling && session.hasCapability("IDLE");

    if (!m_usedIdle) {
        Q_EMIT listening();
        QElapsedTimer sinceNoop;
        sinceNoop.start();
        for (;;) {
            session.throwIfCancelled();
            const EndReason reason = shouldStop(session, clock.elapsed());
            if (reason != EndReason::None) {
                m_endReason = reason;
                break;
            }
            if (sinceNoop.elapsed() >= m_pollIntervalMs) {
                session.setTimeoutOverride(0);
                session.executeOk("NOOP", what, [this](std::string_view r) { noteResponse(r); });
                sinceNoop.restart();
            }
            // Between two NOOPs the silence is ours, not the server's.
            session.setTimeoutOverride(m_pollIntervalMs + session.endpoint().timeoutMs);
            std::string_view response;
            if (session.pollResponse(kSliceMs, &response))
                noteResponse(response);
        }
        session.setTimeoutOverride(0);
        return;
    }

    const QByteArray tag = session.nextTag();
    session.sendCommand(tag, "IDLE");
    auto tagged = [&tag](std::string_view response, imap::StatusResponse *status) {
        return imap::kindOf(response) == imap::ResponseKind::Tagged
            && imap::parseStatus(response, status) && status->tag == tag;
    };
    for (;;) {
        const std::string_view response = session.readResponse();
        if (imap::kindOf(response) == imap::ResponseKind::Continuation)
            break;
        imap::StatusResponse status;
        if (tagged(response, &status)) {
            if (status.isOk())
                return; // ended before it began; nothing to watch this time
            throw JobFailure{serverRefusal(session.endpoint(), what, status.serverWords())};
        }
        noteResponse(response);
    }
    Q_EMIT listening();

    // The server stays silent while there is nothing new (dovecot says "* OK Still here" every
    // two minutes): that is not a timeout.
    session.setTimeoutOverride(m_maxDurationMs + session.endpoint().timeoutMs);
    for (;;) {
        session.throwIfCancelled();
        const EndReason reason = shouldStop(session, clock.elapsed());
        if (reason != EndReason::None) {
            m_endReason = reason;
            break;
        }
        std::string_view response;
        if (!session.pollResponse(kSliceMs, &response))
            continue;
        imap::StatusResponse status;
        if (tagged(response, &status)) {
            // The server ended IDLE by itself.
            session.setTimeoutOverride(0);
            if (!status.isOk())
                throw JobFailure{serverRefusal(session.endpoint(), what, status.serverWords())};
            m_endReason = EndReason::MaxDuration;
            return;
        }
        if (imap::kindOf(response) == imap::ResponseKind::Untagged && imap::parseStatus(response, &status)
            && status.status == "BYE")
            throw vmime::exceptions::socket_not_connected_exception();
        noteResponse(response);
    }

    // Sending DONE also restarts vmime's silence clock, so the normal timeout applies again.
    session.setTimeoutOverride(0);
    session.sendRaw(QByteArrayLiteral("DONE\r\n"));
    for (;;) {
        const std::string_view response = session.readResponse();
        imap::StatusResponse status;
        if (tagged(response, &status)) {
            if (!status.isOk())
                throw JobFailure{serverRefusal(session.endpoint(), what, status.serverWords())};
            break;
        }
        noteResponse(response);
    }
}

} // namespace postier::protocols
