#pragma once

#include "models/migration/MigrationReport.h"
#include "protocols/ConnectionOptions.h"
#include "protocols/ServerEndpoint.h"
#include "protocols/local/LocalSource.h"

#include <QHash>
#include <QMutex>
#include <QObject>
#include <QStringList>

#include <atomic>
#include <memory>

namespace postier::protocols {
class Connection;
class Job;
} // namespace postier::protocols

namespace postier::models {

class FolderMapper;
class MigrationJournal;

struct MigrationSettings {
    QString sourceSpec;      ///< "maildir:PATH", "mbox:PATH", "thunderbird:PATH", "eml:PATH"
    /// A source ready to read (an IMAP folder, a selection of messages: see SelectionSource),
    /// used instead of opening sourceSpec, which then only names the source for the journal.
    std::shared_ptr<protocols::LocalSource> source;
    protocols::LocalSourceOptions sourceOptions;
    protocols::ServerEndpoint destination;
    QString password;
    protocols::ConnectionOptions connection;
    QString journalPath;     ///< empty: MigrationJournal::defaultPath()
    QHash<QString, QString> folderMap; ///< source path → server path ('/' between levels)
    QStringList onlyFolders; ///< empty: every folder of the source
    bool dryRun = false;
    int errorCeiling = 100;          ///< stop after this many refusals in one run
    int consecutiveErrorCeiling = 25; ///< ... or this many in a row
    int batchMessages = 500;         ///< messages per APPEND batch (one journal transaction)
    qint64 batchBytes = 64ll << 20;  ///< bytes per batch
    int pipelineDepth = 64;          ///< APPENDs in flight at once
    int multiAppend = 100;           ///< messages per APPEND command where MULTIAPPEND is offered (one server commit each)
};

struct MigrationProgress {
    QString folder;
    qint64 folderDone = 0;
    qint64 folderTotal = 0;
    qint64 done = 0;   ///< messages handled (uploaded, found there, refused) in the whole run
    qint64 total = 0;  ///< messages of the source, known once every folder was read
    qint64 bytesDone = 0;
};

/// The verified migration engine: copies every message of a local store (Maildir, mbox,
/// Thunderbird, .eml folder) into an IMAP account, folder by folder, with the exact bytes, the
/// flags and the INTERNALDATE, and proves at the end that each message is there.
///
/// How (all on the thread that calls run(); the UI runs it on a worker thread, postier-cli on
/// its main thread; vmime stays on the connection's own thread):
/// 1. The server's folders are listed and each source folder is mapped (FolderMapper); missing
///    folders are created parents first, so no \Noselect ghosts appear; a name the server
///    refuses is retried in a strict form and the mapping is recorded.
/// 2. Per folder, the destination is listed by identity (FetchIdentityJob) and the source read;
///    a source message whose identity (MessageKey) is already there as many times as the source
///    has it, or that the journal says was copied to a UID that still exists, is skipped. So a
///    second run uploads nothing, and a run killed anywhere resumes without duplicates.
/// 3. The rest goes up in pipelined batches (AppendMessageJob, streamed from the files, grouped
///    with MULTIAPPEND where the server has it, so that it commits once per group); after
///    each batch the journal records every confirmed APPEND (UIDPLUS) and every refusal in one
///    transaction. A refusal (quota, size, bad message) is recorded for that message and the run
///    goes on; the error ceilings stop a run that is going wrong. A cut connection redoes the
///    folder from step 2 (at most three times).
/// 4. Every folder is listed again and compared with the source by identity and size; the report
///    names each message that is not there and why. A copy this run made of a message that turns
///    out to be on the server more often than in the source (a killed run's last APPENDs, saved
///    by the server after the rerun had listed the folder) is removed again, so a rerun never
///    leaves duplicates; nothing else on the server is ever removed.
/// The source is only ever read. \Deleted is never uploaded (a message marked deleted locally but
/// still present is copied as a normal message), nor \Recent.
class MigrationRun : public QObject
{
    Q_OBJECT
public:
    explicit MigrationRun(MigrationSettings settings, QObject *parent = nullptr);
    ~MigrationRun() override;

    /// Runs to the end (blocking this thread, never the UI's) and returns the report.
    MigrationReport run();

    /// Thread-safe: stops at the next message; the journal keeps what was done.
    void cancel();
    /// Thread-safe: holds before the next batch until resumed (or cancelled).
    void setPaused(bool paused);

Q_SIGNALS:
    void progress(const postier::models::MigrationProgress &progress);
    void stage(const QString &sentence);

private:
    struct Item;
    struct FolderWork;
    bool prepareFolder(FolderWork &work, const FolderMapper &mapper, QList<QString> &existing);
    bool readSource(FolderWork &work);
    bool uploadFolder(FolderWork &work, bool *retry);
    void verifyFolder(FolderWork &work);
    bool listIdentities(FolderWork &work, QHash<QByteArray, QVector<quint32>> *out, quint32 *uidValidity);
    bool runJob(protocols::Job &job, protocols::Error *error);
    bool createFolder(const QByteArray &raw, protocols::Error *error);
    [[nodiscard]] bool stopRequested() const { return m_cancelled.load(); }
    void waitWhilePaused();

    MigrationSettings m_settings;
    std::shared_ptr<protocols::LocalSource> m_source;
    std::unique_ptr<MigrationJournal> m_journal;
    std::unique_ptr<protocols::Connection> m_connection;
    MigrationReport m_report;
    MigrationProgress m_progress;
    qint64 m_refusedTotal = 0;
    int m_refusedInARow = 0;
    std::atomic_bool m_cancelled {false};
    std::atomic_bool m_paused {false};
    QMutex m_jobMutex;
    protocols::Job *m_job = nullptr; // guarded by m_jobMutex, for cancel()
};

} // namespace postier::models

Q_DECLARE_METATYPE(postier::models::MigrationProgress)
