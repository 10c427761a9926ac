#pragma once

#include "protocols/ConnectionOptions.h"
#include "protocols/Error.h"
#include "protocols/ServerEndpoint.h"

#include <QObject>
#include <QString>

class QThread;

namespace postier::protocols {

class ConnectionWorker;
class Job;

/// One live connection to one server, with its own thread.
///
/// Contract: the Connection lives in the caller's thread and owns a QThread with a worker that
/// creates, uses and destroys every vmime object of the connection. Jobs are queued with
/// enqueue() and run one at a time, interactive ones before background ones. The connection
/// opens lazily on the first job and reopens after a cancel or a dropped link. Destroying the
/// Connection cancels what is running, completes the queued jobs as cancelled, and joins the
/// thread (which takes at most a few milliseconds, because cancellation is polled).
class Connection : public QObject
{
    Q_OBJECT
public:
    Connection(const ServerEndpoint &endpoint, const QString &password,
               const ConnectionOptions &options = {}, QObject *parent = nullptr);
    ~Connection() override;

    [[nodiscard]] const ServerEndpoint &endpoint() const { return m_endpoint; }

    /// Queues the job. Ownership stays with the job (autoDelete) or its creator.
    void enqueue(Job *job);

    /// Cancels the running job and every queued one.
    void cancelAll();

Q_SIGNALS:
    /// The number of queued plus running jobs changed; feeds the status bar.
    void pendingJobsChanged(int pending);

private:
    ServerEndpoint m_endpoint;
    QThread *m_thread = nullptr;
    ConnectionWorker *m_worker = nullptr;
};

/// Runs one job to completion with a local event loop and returns its error. For postier-cli and
/// tests only: a window must never wait like this.
Error runJobAndWait(Connection &connection, Job &job);

} // namespace postier::protocols
