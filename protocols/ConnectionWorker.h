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
    /// Thread-safe: cancels every queued job and the running one.
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
    void scheduleNext();
    void runNext();
    void finishJob(Job *job, const Error &error);
    std::unique_ptr<ProtocolSession> createSession() const;

    ServerEndpoint m_endpoint;
    QString m_password;
    ConnectionOptions m_options;
    std::unique_ptr<ProtocolSession> m_session;

    std::mutex m_mutex; // guards the queues and m_running
    std::deque<Entry> m_interactive;
    std::deque<Entry> m_background;
    Job *m_running = nullptr;
    std::vector<Job *> m_retrying; // waiting for their back-off timer
    bool m_scheduled = false;
    bool m_shuttingDown = false;
};

} // namespace postier::protocols
