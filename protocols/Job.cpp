#include "protocols/Job.h"

namespace postier::protocols {

Job::Job(QObject *parent)
    : QObject(parent)
{
}

Job::~Job() = default;

void Job::cancel()
{
    m_token.cancel();
}

void Job::reportProgress(qint64 done, qint64 total)
{
    // Emitted from the connection thread; receivers in other threads get a queued call.
    Q_EMIT progress(done, total);
}

void Job::complete(const Error &error)
{
    m_error = error;
    m_finished = true;
    Q_EMIT finished(this);
    if (m_error.isOk())
        Q_EMIT succeeded();
    else
        Q_EMIT failed(m_error);
    if (m_autoDelete)
        deleteLater();
}

void completeWithoutRunning(Job *job, const Error &error)
{
    QMetaObject::invokeMethod(job, [job, error] { job->complete(error); }, Qt::QueuedConnection);
}

} // namespace postier::protocols
