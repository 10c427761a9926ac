#include "protocols/ConnectionWorker.h"

#include "protocols/ExceptionTranslator.h"
#include "protocols/Job.h"
#include "protocols/ProtocolSession.h"

#include <QCoreApplication>
#include <QTimer>

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
        pending = int(m_interactive.size() + m_background.size()) + (m_running ? 1 : 0);
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
    for (Job *job : m_retrying)
        job->cancel();
    if (m_running)
        m_running->cancel();
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
    } else {
        if (!m_session) {
            m_session = ProtocolSession::create(m_endpoint, m_password, m_options);
            m_session->setPendingWorkProbe([this] {
                std::lock_guard lock(m_mutex);
                return !m_interactive.empty() || !m_background.empty();
            });
        }
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
        // Re-queued with a timer, never slept: other jobs and cancels stay responsive.
        const int delay = m_options.reconnectBaseDelayMs * (1 << entry.attempt);
        {
            std::lock_guard lock(m_mutex);
            m_running = nullptr;
            m_retrying.push_back(job);
        }
        QTimer::singleShot(delay, this, [this, job, attempt = entry.attempt + 1] {
            {
                std::lock_guard lock(m_mutex);
                std::erase(m_retrying, job);
                auto &queue = job->priority() == Job::Priority::Interactive ? m_interactive
                                                                            : m_background;
                queue.push_front({job, attempt});
            }
            scheduleNext();
        });
        scheduleNext();
        return;
    }
    finishJob(job, error);
}

void ConnectionWorker::finishJob(Job *job, const Error &error)
{
    int pending;
    {
        std::lock_guard lock(m_mutex);
        m_running = nullptr;
        pending = int(m_interactive.size() + m_background.size() + m_retrying.size());
    }
    // complete() runs in the job's own thread, after everything run() wrote.
    QMetaObject::invokeMethod(job, [job, error] { job->complete(error); }, Qt::QueuedConnection);
    Q_EMIT pendingJobsChanged(pending);
    scheduleNext();
}

void ConnectionWorker::shutdown()
{
    std::deque<Entry> leftovers;
    {
        std::lock_guard lock(m_mutex);
        m_shuttingDown = true;
        leftovers.insert(leftovers.end(), m_interactive.begin(), m_interactive.end());
        leftovers.insert(leftovers.end(), m_background.begin(), m_background.end());
        for (Job *job : m_retrying)
            leftovers.push_back({job, 0});
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
