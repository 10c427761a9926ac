#pragma once

#include "protocols/CancelToken.h"
#include "protocols/Error.h"
#include "protocols/ServerEndpoint.h"

#include <QObject>

namespace postier::protocols {

class ProtocolSession;

/// One named operation on one server connection.
///
/// Contract: a Job is created and owned in the caller's thread and queued on a Connection. Its
/// run() executes later on the connection's thread, where it may use vmime freely but must copy
/// everything it keeps into plain values. When run() returns or throws, the job completes in the
/// caller's thread: finished() always fires first, then exactly one of succeeded() or failed().
/// Exceptions never escape; they become a typed Error with a sentence. By default the job deletes
/// itself after finished(); call setAutoDelete(false) to keep it. A job must not be deleted while
/// it is queued or running: cancel() it and wait for finished().
class Job : public QObject
{
    Q_OBJECT
public:
    enum class Priority { Interactive, Background };

    explicit Job(QObject *parent = nullptr);
    ~Job() override;

    [[nodiscard]] Priority priority() const { return m_priority; }
    void setPriority(Priority priority) { m_priority = priority; }
    [[nodiscard]] bool autoDelete() const { return m_autoDelete; }
    void setAutoDelete(bool autoDelete) { m_autoDelete = autoDelete; }

    [[nodiscard]] const Error &error() const { return m_error; }
    [[nodiscard]] bool isFinished() const { return m_finished; }

    /// Asks the job to stop. A queued job completes with ErrorKind::Cancelled without running; one
    /// waiting to be retried after a dropped connection completes so at once; a running one stops
    /// at its next socket poll (a few milliseconds) and its connection is reopened before the next
    /// job, because the protocol state is then unknown.
    void cancel();
    [[nodiscard]] CancelToken cancelToken() const { return m_token; }

    /// Which kind of connection can run this job.
    [[nodiscard]] virtual Protocol protocol() const = 0;
    /// A short phrase for the list of running jobs: "Listing folders on mail.example.com".
    [[nodiscard]] virtual QString description() const = 0;
    /// Whether running the job again after a dropped connection is harmless. Jobs that change
    /// the server in ways that cannot be recognised afterwards (APPEND, SMTP send) say false, and
    /// their callers decide.
    [[nodiscard]] virtual bool isRetryable() const { return true; }

Q_SIGNALS:
    void progress(qint64 done, qint64 total);
    void finished(postier::protocols::Job *job);
    void succeeded();
    void failed(const postier::protocols::Error &error);

protected:
    /// Runs on the connection thread. Throw on failure (vmime exceptions, or postier::protocols::
    /// JobFailure for our own errors); return normally on success.
    virtual void run(ProtocolSession &session) = 0;
    /// Thread-safe: may be called from run().
    void reportProgress(qint64 done, qint64 total);

private:
    friend class ConnectionWorker;
    friend void completeWithoutRunning(Job *job, const Error &error);
    void complete(const Error &error);

    Priority m_priority = Priority::Interactive;
    Error m_error;
    CancelToken m_token;
    bool m_finished = false;
    bool m_autoDelete = true;
};

/// Completes a job that cannot be queued anywhere (no connection could be had), with the reason,
/// from the event loop: the caller sees finished() and failed() as for any other failure.
void completeWithoutRunning(Job *job, const Error &error);

/// Thrown inside run() to fail with an Error we built ourselves.
struct JobFailure {
    Error error;
};

} // namespace postier::protocols
