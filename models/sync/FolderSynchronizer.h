#pragma once

#include "protocols/Error.h"
#include "protocols/imap/FolderInfo.h"

#include <QObject>
#include <QPointer>
#include <QString>

namespace postier::protocols {
class Connection;
class SyncHeadersJob;
} // namespace postier::protocols

namespace postier::models {

class HeaderCache;

/// Brings one folder of the offline cache up to date with the server.
///
/// A cold folder is read in full. A cached one is resynced cheaply: STATUS first; a changed
/// UIDVALIDITY drops the folder's cache and starts over; new UIDs are fetched from the highest
/// cached UID on; flag changes come from CHANGEDSINCE where the server has CONDSTORE, else from a
/// flags-only pass; messages expunged elsewhere are found by comparing the server's UID list with
/// the cache when the counts disagree. Headers stream into the cache batch by batch while the
/// network read goes on (the cache writes in this thread, the parsing in the connection's), with
/// at most a few batches in flight, so memory stays flat whatever the folder size. The folder's
/// sync markers are stored only at the end, after the headers they describe.
///
/// A cold folder is read newest first: the most recent screenful, then firstScreenStored(), then
/// the rest, so a view shows the top of the list long before a large folder is complete.
///
/// Runs asynchronously: progress() while it works, then finished() exactly once.
class FolderSynchronizer : public QObject
{
    Q_OBJECT
public:
    struct Result {
        protocols::Error error;
        qint64 received = 0;      ///< headers fetched (new or, on a cold start, all)
        qint64 flagUpdates = 0;   ///< messages whose flags were refreshed
        qint64 removed = 0;       ///< messages expunged on the server, removed from the cache
        bool uidValidityReset = false;
        protocols::FolderStatus status;
    };

    FolderSynchronizer(protocols::Connection &connection, HeaderCache &cache, QString accountKey,
                       QObject *parent = nullptr);
    ~FolderSynchronizer() override;

    /// Starts the sync of one folder (raw, modified UTF-7 name).
    void start(const QByteArray &rawFolderName);
    /// Cancels the running job; finished() then reports ErrorKind::Cancelled.
    void cancel();
    /// For postier-cli and benchmarks: runs a local event loop until finished.
    Result syncAndWait(const QByteArray &rawFolderName);

Q_SIGNALS:
    void progress(qint64 done, qint64 total);
    /// A cold folder's newest messages are in the cache: a view can show its first screen now,
    /// while the older ones are still being read.
    void firstScreenStored();
    void finished(const postier::models::FolderSynchronizer::Result &result);

private:
    void onStatus(const protocols::FolderStatus &status);
    void fetchNew(quint32 firstUid);
    void fetchCold();
    void fetchOlder();
    void refreshFlags();
    void findVanished();
    void runHeaderJob(protocols::SyncHeadersJob *job, void (FolderSynchronizer::*next)());
    void complete();
    void fail(const protocols::Error &error);

    protocols::Connection &m_connection;
    HeaderCache &m_cache;
    QString m_accountKey;
    QByteArray m_folder;
    qint64 m_folderId = 0;
    quint64 m_cachedModSeq = 0;
    quint32 m_maxCachedUid = 0;
    bool m_condstore = false;
    bool m_collectUids = false;  // a flags pass over all UIDs, to find expunged messages
    QVector<quint32> m_seenUids;
    QPointer<protocols::SyncHeadersJob> m_running;
    QPointer<protocols::SyncHeadersJob> m_newestJob;
    bool m_cancelled = false;
    Result m_result;
};

} // namespace postier::models
