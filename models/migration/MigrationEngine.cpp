#include "models/migration/MigrationEngine.h"


#include <QCoreApplication>
#include <QThread>

namespace postier::models {

// What the worker thread and the engine share. The run lives in the engine's thread (so that its
// signals are queued to the engine, and it is destroyed there) but run() executes on the worker.
struct MigrationEngine::Shared {
    explicit Shared(const MigrationSettings &settings)
        : run(settings)
    {
    }
    void cancel() { run.cancel(); }
    MigrationRun run;
    // Written by the worker before the thread ends, read by the engine after.
    MigrationReport report;
};

MigrationEngine::MigrationEngine(QObject *parent)
    : QObject(parent)
{
    qRegisterMetaType<postier::models::MigrationReport>();
    qRegisterMetaType<postier::models::MigrationProgress>();
}

MigrationEngine::~MigrationEngine()
{
    // The thread keeps the run alive until it ends, then deletes itself: nothing waits here.
    cancel();
}

bool MigrationEngine::start(const MigrationSettings &settings)
{
    if (m_running)
        return false;
    auto shared = std::make_shared<Shared>(settings);
    auto *thread = new QThread;
    thread->setObjectName(QStringLiteral("migration"));
    m_shared = shared;
    m_running = true;
    m_paused = false;
    m_dryRun = settings.dryRun;

    connect(&shared->run, &MigrationRun::progress, this, &MigrationEngine::progress);
    connect(&shared->run, &MigrationRun::stage, this, &MigrationEngine::stage);
    // Runs on the new thread (direct connection from its own started()).
    connect(thread, &QThread::started, thread, [shared] {
        shared->report = shared->run.run();
        QThread::currentThread()->quit();
    }, Qt::DirectConnection);
    // Queued to this engine; dropped if the engine is gone by then.
    connect(thread, &QThread::finished, this, [this, shared] { onFinished(*shared); });
    connect(thread, &QThread::finished, thread, &QObject::deleteLater);
    // Only a run still going when the application quits is waited for (it stops within
    // milliseconds once cancelled; the journal keeps what was done).
    if (QCoreApplication::instance()) {
        connect(QCoreApplication::instance(), &QCoreApplication::aboutToQuit, thread, [thread, shared] {
            shared->cancel();
            thread->wait(10000);
        });
    }
    thread->start();
    return true;
}

void MigrationEngine::setPaused(bool paused)
{
    if (!m_running || m_paused == paused)
        return;
    m_paused = paused;
    m_shared->run.setPaused(paused);
    Q_EMIT pausedChanged(paused);
}

void MigrationEngine::cancel()
{
    if (m_running && m_shared)
        m_shared->cancel();
}

void MigrationEngine::onFinished(const Shared &shared)
{
    m_running = false;
    const bool wasPaused = m_paused;
    m_paused = false;
    m_report = shared.report;
    m_flagsCompleted = m_report.total(&MigrationFolderReport::flagsAdded);
    m_shared.reset();
    if (wasPaused)
        Q_EMIT pausedChanged(false);
    Q_EMIT finished(m_report);
}

} // namespace postier::models
