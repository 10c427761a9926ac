#include "models/sync/FolderSynchronizer.h"

#include "models/cache/HeaderCache.h"
#include "protocols/Connection.h"
#include "protocols/imap/FolderStatusJob.h"
#include "protocols/imap/ImapParser.h"
#include "protocols/imap/SyncHeadersJob.h"

#include <QEventLoop>
#include <algorithm>

namespace postier::models {

using protocols::SyncHeadersJob;

namespace {
constexpr int kBatchesInFlight = 4;
constexpr quint32 kFirstScreen = 200; // more rows than any window shows at once
}

FolderSynchronizer::FolderSynchronizer(protocols::Connection &connection, HeaderCache &cache,
                                       QString accountKey, QObject *parent)
    : QObject(parent)
    , m_connection(connection)
    , m_cache(cache)
    , m_accountKey(std::move(accountKey))
{
}

FolderSynchronizer::~FolderSynchronizer()
{
    cancel();
}

void FolderSynchronizer::start(const QByteArray &rawFolderName)
{
    m_folder = rawFolderName;
    m_result = {};
    m_cancelled = false;
    m_collectUids = false;
    m_seenUids.clear();

    protocols::FolderInfo info;
    info.rawName = rawFolderName;
    info.path = protocols::imap::decodeMailboxName(rawFolderName);
    m_folderId = m_cache.folderId(m_accountKey, info);
    if (m_folderId <= 0) {
        fail(protocols::Error(protocols::ErrorKind::LocalIo, m_cache.lastError()));
        return;
    }

    auto *job = new protocols::FolderStatusJob({rawFolderName});
    connect(job, &protocols::Job::finished, this, [this, job] {
        if (job->error())
            return fail(job->error());
        if (const auto it = job->errors().constFind(m_folder); it != job->errors().constEnd())
            return fail(*it);
        onStatus(job->statuses().value(m_folder));
    });
    m_connection.enqueue(job);
}

void FolderSynchronizer::onStatus(const protocols::FolderStatus &status)
{
    if (m_cancelled)
        return fail(protocols::Error(protocols::ErrorKind::Cancelled, tr("The update was cancelled.")));
    m_result.status = status;
    m_condstore = status.highestModSeq > 0;
    const quint32 knownValidity = m_cache.folderState(m_folderId).uidValidity;
    const bool reset = m_cache.resetIfUidValidityChanged(m_folderId, status.uidValidity);
    m_result.uidValidityReset = reset && knownValidity != 0; // a first sync is not a reset
    const FolderState state = m_cache.folderState(m_folderId);
    m_cachedModSeq = state.highestModSeq;
    const QVector<quint32> cached = state.cachedMessages > 0 ? m_cache.uids(m_folderId) : QVector<quint32>();
    m_maxCachedUid = cached.isEmpty() ? 0 : cached.last();

    // Headers stored but no markers (UIDNEXT 0: they are stored only when a sync completes) mean
    // an interrupted cold sync. It stored the newest screenful and then the oldest messages
    // upwards, so a gap may lie between them that "fetch from the highest cached UID on" would
    // never fill: start it over (stored headers are replaced, not duplicated).
    if (cached.isEmpty() || state.uidNext == 0) {
        fetchCold();
        return;
    }
    if (status.uidNext == 0 || status.uidNext > m_maxCachedUid + 1) {
        fetchNew(m_maxCachedUid + 1);
        return;
    }
    refreshFlags();
}

void FolderSynchronizer::runHeaderJob(SyncHeadersJob *job, void (FolderSynchronizer::*next)())
{
    m_running = job;
    job->setMaxBatchesInFlight(kBatchesInFlight);
    connect(job, &SyncHeadersJob::headersReady, this, [this, job](const protocols::HeaderBatch &batch) {
        // Runs here, in the cache's thread, while the connection thread parses the next batch.
        job->batchConsumed();
        if (m_cancelled || m_result.error)
            return;
        if (m_collectUids) {
            for (const auto &r : batch)
                m_seenUids.append(r.uid);
        }
        if (job->mode() == SyncHeadersJob::Mode::FlagsOnly) {
            QVector<QPair<quint32, protocols::MessageFlags>> flags;
            flags.reserve(batch.size());
            for (const auto &r : batch)
                flags.append({r.uid, r.flags});
            if (!m_cache.updateFlags(m_folderId, flags, 0))
                return fail(protocols::Error(protocols::ErrorKind::LocalIo, m_cache.lastError()));
            m_result.flagUpdates += batch.size();
        } else {
            if (!m_cache.storeHeaders(m_folderId, batch))
                return fail(protocols::Error(protocols::ErrorKind::LocalIo, m_cache.lastError()));
            m_result.received += batch.size();
        }
    });
    connect(job, &SyncHeadersJob::progress, this, &FolderSynchronizer::progress);
    connect(job, &protocols::Job::finished, this, [this, job, next] {
        m_running = nullptr;
        if (m_cancelled && !m_result.error)
            return fail(protocols::Error(protocols::ErrorKind::Cancelled, tr("The update was cancelled.")));
        if (m_result.error)
            return; // already failed (cache error) and reported
        if (job->error())
            return fail(job->error());
        (this->*next)();
    });
    m_connection.enqueue(job);
}

void FolderSynchronizer::fetchNew(quint32 firstUid)
{
    auto *job = new SyncHeadersJob(m_folder);
    job->setFirstUid(firstUid);
    job->setPriority(protocols::Job::Priority::Interactive);
    // On a cold start there are no flags to refresh; otherwise refresh them next.
    runHeaderJob(job, firstUid == 1 ? &FolderSynchronizer::findVanished : &FolderSynchronizer::refreshFlags);
}

void FolderSynchronizer::fetchCold()
{
    if (m_result.status.messages <= kFirstScreen) {
        fetchNew(1);
        return;
    }
    // The newest screenful first, so the list shows at once; then everything older.
    auto *newest = new SyncHeadersJob(m_folder);
    newest->setNewestCount(kFirstScreen);
    newest->setPriority(protocols::Job::Priority::Interactive);
    m_newestJob = newest;
    runHeaderJob(newest, &FolderSynchronizer::fetchOlder);
}

void FolderSynchronizer::fetchOlder()
{
    const quint32 lowest = m_newestJob ? m_newestJob->lowestUid() : 0;
    m_newestJob = nullptr;
    Q_EMIT firstScreenStored();
    if (lowest <= 1)
        return findVanished();
    auto *older = new SyncHeadersJob(m_folder);
    older->setFirstUid(1);
    older->setLastUid(lowest - 1);
    runHeaderJob(older, &FolderSynchronizer::findVanished);
}

void FolderSynchronizer::refreshFlags()
{
    if (m_maxCachedUid == 0)
        return findVanished();
    if (m_condstore && m_cachedModSeq > 0 && m_cachedModSeq == m_result.status.highestModSeq)
        return findVanished(); // nothing changed since the last sync
    auto *job = new SyncHeadersJob(m_folder);
    job->setMode(SyncHeadersJob::Mode::FlagsOnly);
    if (m_condstore && m_cachedModSeq > 0) {
        job->setChangedSince(m_cachedModSeq);
        runHeaderJob(job, &FolderSynchronizer::findVanished);
    } else {
        // A full flags pass also lists every UID, so expunges are found on the way.
        m_collectUids = true;
        runHeaderJob(job, &FolderSynchronizer::complete);
    }
}

void FolderSynchronizer::findVanished()
{
    if (m_cache.messageCount(m_folderId) <= int(m_result.status.messages))
        return complete();
    auto *job = new SyncHeadersJob(m_folder);
    job->setMode(SyncHeadersJob::Mode::FlagsOnly);
    m_collectUids = true;
    runHeaderJob(job, &FolderSynchronizer::complete);
}

void FolderSynchronizer::complete()
{
    if (m_collectUids) {
        std::sort(m_seenUids.begin(), m_seenUids.end());
        QVector<quint32> gone;
        const QVector<quint32> cached = m_cache.uids(m_folderId);
        std::set_difference(cached.begin(), cached.end(), m_seenUids.begin(), m_seenUids.end(),
                            std::back_inserter(gone));
        if (!gone.isEmpty() && !m_cache.removeUids(m_folderId, gone))
            return fail(protocols::Error(protocols::ErrorKind::LocalIo, m_cache.lastError()));
        m_result.removed = gone.size();
        m_seenUids = {};
        m_collectUids = false;
    }
    // The markers go last: they describe headers that are now stored.
    if (!m_cache.storeFolderStatus(m_folderId, m_result.status))
        return fail(protocols::Error(protocols::ErrorKind::LocalIo, m_cache.lastError()));
    Q_EMIT finished(m_result);
}

void FolderSynchronizer::fail(const protocols::Error &error)
{
    if (m_result.error)
        return;
    m_result.error = error;
    if (m_running)
        m_running->cancel();
    Q_EMIT finished(m_result);
}

void FolderSynchronizer::cancel()
{
    m_cancelled = true;
    if (m_running)
        m_running->cancel();
}

FolderSynchronizer::Result FolderSynchronizer::syncAndWait(const QByteArray &rawFolderName)
{
    QEventLoop loop;
    Result result;
    bool done = false;
    auto c = connect(this, &FolderSynchronizer::finished, &loop, [&](const Result &r) {
        result = r;
        done = true;
        loop.quit();
    });
    start(rawFolderName);
    if (!done)
        loop.exec();
    disconnect(c);
    return result;
}

} // namespace postier::models
