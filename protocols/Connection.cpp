#include "protocols/Connection.h"

#include "protocols/ConnectionWorker.h"
#include "protocols/Job.h"

#include <QEventLoop>
#include <QThread>

namespace postier::protocols {

Connection::Connection(const ServerEndpoint &endpoint, const QString &password,
                       const ConnectionOptions &options, QObject *parent)
    : QObject(parent)
    , m_endpoint(endpoint)
    , m_thread(new QThread)
    , m_worker(new ConnectionWorker(endpoint, password, options))
{
    qRegisterMetaType<postier::protocols::Error>();
    m_thread->setObjectName(QStringLiteral("postier-") + endpoint.protocolName().toLower());
    m_worker->moveToThread(m_thread);
    connect(m_worker, &ConnectionWorker::pendingJobsChanged, this, &Connection::pendingJobsChanged);
    m_thread->start();
}

Connection::~Connection()
{
    m_worker->cancelAll();
    // shutdown() disconnects and destroys the vmime objects on their own thread. The thread quits
    // from inside the same call: a quit() from here could end its event loop before the queued
    // call ran, leaking the worker and leaving the queued jobs without their finished().
    QMetaObject::invokeMethod(m_worker, [w = m_worker, t = m_thread] {
        w->shutdown();
        delete w;
        t->quit();
    }, Qt::QueuedConnection);
    m_thread->wait();
    delete m_thread;
}

void Connection::enqueue(Job *job)
{
    m_worker->enqueue(job);
}

void Connection::cancelAll()
{
    m_worker->cancelAll();
}

Error runJobAndWait(Connection &connection, Job &job)
{
    job.setAutoDelete(false);
    QEventLoop loop;
    QObject::connect(&job, &Job::finished, &loop, &QEventLoop::quit);
    connection.enqueue(&job);
    if (!job.isFinished())
        loop.exec();
    return job.error();
}

} // namespace postier::protocols
