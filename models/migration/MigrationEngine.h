#pragma once

#include "models/migration/MigrationReport.h"
#include "models/migration/MigrationRun.h"

#include <QObject>
#include <QStringList>

#include <memory>

namespace postier::models {

/// Runs one MigrationRun at a time on a thread of its own, for windows: the UI thread never waits
/// for the copy, and sees it through signals.
///
/// Contract: start() returns at once; progress() and stage() follow in the engine's thread
/// (queued from the run's thread), then finished() exactly once per start() with the report
/// (also after cancel(): the report then says cancelled, and the journal keeps what was done).
/// setPaused() holds the run before its next batch; cancel() stops it at the next message.
/// start() while running does nothing and returns false.
///
/// Destroying the engine while a run goes on cancels the run; the thread is then left to end on
/// its own (a few milliseconds: cancellation is polled) and cleans up after itself, so a closing
/// window never waits. Only a run still going when the application quits is waited for, in
/// QCoreApplication's aboutToQuit.
class MigrationEngine : public QObject
{
    Q_OBJECT
public:
    explicit MigrationEngine(QObject *parent = nullptr);
    ~MigrationEngine() override;

    /// Starts the run on a thread of its own. Messages already on the server get the flags they
    /// have in the source as part of the run (MigrationRun adds, never removes).
    bool start(const MigrationSettings &settings);
    void setPaused(bool paused);
    void cancel();

    [[nodiscard]] bool isRunning() const { return m_running; }
    [[nodiscard]] bool isPaused() const { return m_paused; }
    [[nodiscard]] bool isDryRun() const { return m_dryRun; }
    /// The report of the last finished run.
    [[nodiscard]] const MigrationReport &report() const { return m_report; }
    /// How many messages already on the server got the flags they have in the source.
    [[nodiscard]] qint64 flagsCompleted() const { return m_flagsCompleted; }

Q_SIGNALS:
    void progress(const postier::models::MigrationProgress &progress);
    void stage(const QString &sentence);
    void pausedChanged(bool paused);
    void finished(const postier::models::MigrationReport &report);

private:
    struct Shared;
    void onFinished(const Shared &shared);

    std::shared_ptr<Shared> m_shared; // while running; run() executes on a worker thread
    bool m_running = false;
    bool m_paused = false;
    bool m_dryRun = false;
    MigrationReport m_report;
    qint64 m_flagsCompleted = 0;
};

} // namespace postier::models

Q_DECLARE_METATYPE(postier::models::MigrationReport)
