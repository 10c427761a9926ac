#pragma once

#include "protocols/ConnectionOptions.h"
#include "protocols/Error.h"
#include "protocols/ServerEndpoint.h"

#include <QObject>
#include <deque>
#include <memory>
#include <mutex>
#include <vector>

namespace postier::protocols {

class Job;
class ProtocolSession;

/// The half of a Connection that lives on the connection thread. Internal to protocols/.
class ConnectionWorker : public QObject
{
    Q_OBJECT
public:
    ConnectionWorker(const ServerEndpoint &endpoint, const QString &password,
                     const ConnectionOptions &options);
    ~ConnectionWorker() override;

    /// Thread-safe.
    void enqueue(Job *job);
    /// Thread-safe: cancels every queued job and the running one. Jobs waiting for a retry
    /// complete as cancelled at once.
    void cancelAll();
    /// Runs on the worker thread, just before the thread ends.
    void shutdown();

Q_SIGNALS:
    void pendingJobsChanged(int pending);

private:
    struct Entry {
        Job *job;
        int attempt;
    };
    /// A job whose connection dropped, waiting for its back-off timer (never slept: the worker
    /// runs other jobs meanwhile). `serial` tells the timer whether it is still waiting.
    struct Waiting {
        Job *job;
        int attempt;
        quint64 serial;
    };
    void scheduleNext();
    void runNext();
    /// Creates the session on first use; false when the protocol has none.
    [[nodiscard]] bool ensureSession();
    void retryLater(Job *job, int attempt);
    void retryDue(quint64 serial);
    /// Completes, as cancelled, the waiting jobs that were cancelled meanwhile.
    void releaseCancelledRetries();
    void finishJob(Job *job, const Error &error);
    void complete(Job *job, const Error &error);
    [[nodiscard]] int pendingLocked() const;

    ServerEndpoint m_endpoint;
    QString m_password;
    ConnectionOptions m_options;
    std::unique_ptr<ProtocolSession> m_session;

    std::mutex m_mutex; // guards the queues and m_running
    std::deque<Entry> m_interactive;
    std::deque<Entry> m_background;
    Job *m_running = nullptr;
    std::vector<Waiting> m_retrying;
    quint64 m_nextSerial = 0;
    bool m_scheduled = false;
    bool m_shuttingDown = false;
};

} // namespace postier::protocols
