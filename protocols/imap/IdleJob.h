#pragma once

#include "protocols/imap/ImapJob.h"

namespace postier::protocols {

/// Watches one folder for new and removed messages until there is other work, and says so.
///
/// Opens the folder read-only (EXAMINE, which is enough for IDLE), then, when the server offers
/// IDLE (RFC 2177), sends `IDLE` and listens; without IDLE it sends `NOOP` every pollInterval().
/// Each `* n EXISTS` that raises the count and each `* n EXPUNGE` emits changed() with the new
/// message count; the signal is queued to the receiver's thread and is a hint: fetch what is
/// new with SyncHeadersJob. The job ends successfully, ending IDLE cleanly with `DONE`, when
/// another job is queued on the same connection (Yielded: re-queue the IdleJob after it), or after
/// maxDuration() (default 25 minutes, below the 29-minute limit of RFC 2177: re-queue it). A
/// cancel ends it at once with ErrorKind::Cancelled and a dropped connection. While listening,
/// the server's silence is not a timeout. Background priority.
class IdleJob : public ImapJob
{
    Q_OBJECT
public:
    enum class EndReason { None, Yielded, MaxDuration };

    explicit IdleJob(const QByteArray &rawFolderName, QObject *parent = nullptr);

    void setMaxDuration(int milliseconds) { m_maxDurationMs = milliseconds; }
    [[nodiscard]] int maxDuration() const { return m_maxDurationMs; }
    /// How often to poll with NOOP when the server has no IDLE (default 60 s).
    void setPollInterval(int milliseconds) { m_pollIntervalMs = milliseconds; }
    [[nodiscard]] int pollInterval() const { return m_pollIntervalMs; }
    /// Poll with NOOP even when the server offers IDLE (for servers whose IDLE misbehaves).
    void setForcePolling(bool force) { m_forcePolling = force; }

    [[nodiscard]] QString description() const override;
    /// Why the job ended, once it has finished successfully.
    [[nodiscard]] EndReason endReason() const { return m_endReason; }
    /// The message count last seen.
    [[nodiscard]] quint32 exists() const { return m_exists; }
    /// Whether the server's IDLE was used (false: NOOP polling).
    [[nodiscard]] bool usedIdle() const { return m_usedIdle; }

Q_SIGNALS:
    /// Emitted from the connection thread when the folder gained or lost messages.
    void changed(quint32 exists);
    /// Emitted once the job is listening (IDLE accepted, or polling started).
    void listening();

protected:
    void runImap(ImapSession &session) override;

private:
    void noteResponse(std::string_view response);
    [[nodiscard]] EndReason shouldStop(const ImapSession &session, qint64 elapsedMs) const;

    QByteArray m_folder;
    int m_maxDurationMs = 25 * 60 * 1000;
    int m_pollIntervalMs = 60 * 1000;
    bool m_forcePolling = false;
    bool m_usedIdle = false;
    EndReason m_endReason = EndReason::None;
    quint32 m_exists = 0;
};

} // namespace postier::protocols
