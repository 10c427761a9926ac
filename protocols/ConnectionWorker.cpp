#include "protocols/ConnectionWorker.h"

#include "protocols/ExceptionTranslator.h"
#include "protocols/Job.h"
#include "protocols/ProtocolSession.h"

#include <QCoreApplication>
#include <QTimer>

#include <algorithm>

namespace postier::protocols {

ConnectionWorker::ConnectionWorker(const ServerEndpoint &endpoint, const QString &password,
                                   const ConnectionOptions &options)
    : m_endpoint(endpoint)
    , m_password(password)
    , m_options(options)
{
}

ConnectionWorker::~ConnectionWorker() = default;

void ConnectionWorker::enqueue(Job *job)
{
    int pending;
    {
        std::lock_guard lock(m_mutex);
        auto &queue = job->priority() == Job::Priority::Interactive ? m_interactive : m_background;
        queue.push_back({job, 0});
        pending = pendingLocked();
    }
    Q_EMIT pendingJobsChanged(pending);
    scheduleNext();
}

void ConnectionWorker::cancelAll()
{
    std::lock_guard lock(m_mutex);
    for (const auto &e : m_interactive)
        e.job->cancel();
    for (const auto &e : m_background)
        e.job->cancel();
    // A waiting job's cancel listener brings it back to releaseCancelledRetries().
    for (const auto &w : m_retrying)
        w.job->cancel();
    if (m_running)
        m_running->cancel();
}

int ConnectionWorker::pendingLocked() const
{
    return int(m_interactive.size() + m_background.size() + m_retrying.size()) + (m_running ? 1 : 0);
}

void ConnectionWorker::scheduleNext()
{
    {
        std::lock_guard lock(m_mutex);
        if (m_scheduled || m_running || m_shuttingDown)
            return;
        m_scheduled = true;
    }
    QMetaObject::invokeMethod(this, &ConnectionWorker::runNext, Qt::QueuedConnection);
}

void ConnectionWorker::runNext()
{
    Entry entry{nullptr, 0};
    {
        std::lock_guard lock(m_mutex);
        m_scheduled = false;
        if (m_running || m_shuttingDown)
            return;
        auto &queue = !m_interactive.empty() ? m_interactive : m_background;
        if (queue.empty())
            return;
        entry = queue.front();
        queue.pop_front();
        m_running = entry.job;
    }
    Job *job = entry.job;
    const CancelToken token = job->cancelToken();
    Error error;
    if (token.isCancelled()) {
        error = cancelledError(m_endpoint);
    } else if (job->protocol() != m_endpoint.protocol) {
        error = Error(ErrorKind::Usage,
                      QCoreApplication::translate("postier::protocols::Connection",
                                                  "This operation cannot run on a %1 connection.")
                          .arg(m_endpoint.protocolName()));
    } else if (!ensureSession()) {
        error = Error(ErrorKind::Usage,
                      QCoreApplication::translate("postier::protocols::Connection",
                                                  "Postier cannot open a %1 connection to %2: it does "
                                                  "not support that protocol.")
                          .arg(m_endpoint.protocolName(), m_endpoint.host));
    } else {
        m_session->beginJob(token);
        try {
            m_session->ensureConnected();
            job->run(*m_session);
        } catch (...) {
            error = translateCurrentException(*m_session, token);
        }
        // After a cancel, a timeout or a cut, the protocol state is unknown: start afresh.
        if (error.kind() == ErrorKind::Cancelled || error.kind() == ErrorKind::Timeout
            || error.kind() == ErrorKind::Network || error.kind() == ErrorKind::Protocol)
            m_session->abandon();
        m_session->endJob();
    }

    const bool transient = error.kind() == ErrorKind::Network || error.kind() == ErrorKind::Timeout;
    if (transient && job->isRetryable() && entry.attempt < m_options.maxReconnects
        && !token.isCancelled()) {
        retryLater(job, entry.attempt);
        return;
    }
    if (error.kind() == ErrorKind::Timeout && entry.attempt > 0)
        error = timeoutAfterRetries(m_endpoint, entry.attempt);
    finishJob(job, error);
}

bool ConnectionWorker::ensureSession()
{
    if (m_session)
        return true;
    m_session = ProtocolSession::create(m_endpoint, m_password, m_options);
    if (!m_session)
        return false; // a protocol without a session of its own (ManageSieve)
    m_session->setPendingWorkProbe([this] {
        std::lock_guard lock(m_mutex);
        return !m_interactive.empty() || !m_background.empty();
    });
    return true;
}

void ConnectionWorker::retryLater(Job *job, int attempt)
{
    // Re-queued with a timer, never slept: other jobs and cancels stay responsive.
    const int delay = m_options.reconnectBaseDelayMs * (1 << attempt);
    quint64 serial;
    {
        std::lock_guard lock(m_mutex);
        m_running = nullptr;
        serial = ++m_nextSerial;
        m_retrying.push_back({job, attempt + 1, serial});
    }
    const CancelToken token = job->cancelToken();
    token.setListener([this] {
        QMetaObject::invokeMethod(this, &ConnectionWorker::releaseCancelledRetries, Qt::QueuedConnection);
    });
    if (token.isCancelled()) // cancelled before the listener was in place
        QMetaObject::invokeMethod(this, &ConnectionWorker::releaseCancelledRetries, Qt::QueuedConnection);
    QTimer::singleShot(delay, this, [this, serial] { retryDue(serial); });
    scheduleNext();
}

void ConnectionWorker::retryDue(quint64 serial)
{
    {
        std::lock_guard lock(m_mutex);
        const auto it = std::find_if(m_retrying.begin(), m_retrying.end(),
                                     [serial](const Waiting &w) { return w.serial == serial; });
        if (it == m_retrying.end())
            return; // cancelled meanwhile, and already completed
        const Waiting waiting = *it;
        m_retrying.erase(it);
        // From here a cancel is seen as for any queued job.
        waiting.job->cancelToken().setListener({});
        auto &queue = waiting.job->priority() == Job::Priority::Interactive ? m_interactive : m_background;
        queue.push_front({waiting.job, waiting.attempt});
    }
    scheduleNext();
}

void ConnectionWorker::releaseCancelledRetries()
{
    std::vector<Job *> cancelled;
    {
        std::lock_guard lock(m_mutex);
        const auto firstCancelled = std::stable_partition(
            m_retrying.begin(), m_retrying.end(),
            [](const Waiting &w) { return !w.job->cancelToken().isCancelled(); });
        for (auto it = firstCancelled; it != m_retrying.end(); ++it) {
            it->job->cancelToken().setListener({});
            cancelled.push_back(it->job);
        }
        m_retrying.erase(firstCancelled, m_retrying.end());
    }
    for (Job *job : cancelled)
        complete(job, cancelledError(m_endpoint));
}

void ConnectionWorker::finishJob(Job *job, const Error &error)
{
    {
        std::lock_guard lock(m_mutex);
        m_running = nullptr;
    }
    complete(job, error);
    scheduleNext();
}

void ConnectionWorker::complete(Job *job, const Error &error)
{
    int pending;
    {
        std::lock_guard lock(m_mutex);
        pending = pendingLocked();
    }
    // complete() runs in the job's own thread, after everything run() wrote.
    QMetaObject::invokeMethod(job, [job, error] { job->complete(error); }, Qt::QueuedConnection);
    Q_EMIT pendingJobsChanged(pending);
}

void ConnectionWorker::shutdown()
{
    std::deque<Entry> leftovers;
    {
        std::lock_guard lock(m_mutex);
        m_shuttingDown = true;
        leftovers.insert(leftovers.end(), m_interactive.begin(), m_interactive.end());
        leftovers.insert(leftovers.end(), m_background.begin(), m_background.end());
        for (const auto &w : m_retrying) {
            w.job->cancelToken().setListener({});
            leftovers.push_back({w.job, 0});
        }
        m_interactive.clear();
        m_background.clear();
        m_retrying.clear();
    }
    for (const auto &e : leftovers) {
        Job *job = e.job;
        const Error error = cancelledError(m_endpoint);
        QMetaObject::invokeMethod(job, [job, error] { job->complete(error); }, Qt::QueuedConnection);
    }
    if (m_session)
        m_session->disconnect();
    m_session.reset();
}

} // namespace postier::protocols
