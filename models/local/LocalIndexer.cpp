#include "models/local/LocalIndexer.h"

#include "models/cache/HeaderCache.h"
#include "protocols/local/MaildirStore.h"

#include <QFileInfo>
#include <QTimer>

#include <algorithm>

namespace postier::models {

namespace {

// Delivery order from a Maildir unique name "<seconds>.M<microseconds>P<pid>Q<n>.<host>" (and
// the older "<seconds>.<pid>.<host>"): seconds, then microseconds, then the name.
std::pair<qint64, qint64> deliveryTime(const QString &id)
{
    const qsizetype dot = id.indexOf(QLatin1Char('.'));
    const qint64 seconds = id.left(dot).toLongLong();
    qint64 micro = 0;
    if (dot >= 0 && id.mid(dot + 1, 1) == QLatin1String("M")) {
        qsizetype end = dot + 2;
        while (end < id.size() && id.at(end).isDigit())
            ++end;
        micro = id.mid(dot + 2, end - dot - 2).toLongLong();
    }
    return {seconds, micro};
}

} // namespace

LocalIndexer::LocalIndexer(HeaderCache &cache, QObject *parent)
    : QObject(parent)
    , m_cache(cache)
{
    m_pool.setMaxThreadCount(2);
}

LocalIndexer::~LocalIndexer()
{
    for (const Folder &f : std::as_const(m_folders)) {
        if (f.cancel)
            f.cancel->store(true);
    }
    m_pool.waitForDone();
}

bool LocalIndexer::isIndexing(qint64 folderId) const
{
    const auto it = m_folders.constFind(folderId);
    return it != m_folders.constEnd() && it->running;
}

void LocalIndexer::touch(qint64 folderId)
{
    const auto it = m_folders.find(folderId);
    if (it != m_folders.end())
        ++it->generation;
}

void LocalIndexer::rescan(qint64 folderId, const QString &storeRoot, const QString &folder,
                          std::function<void()> then)
{
    if (folderId <= 0)
        return;
    Folder &f = m_folders[folderId];
    f.root = storeRoot;
    f.name = folder;
    if (f.running) {
        f.again = true;
        if (then)
            f.thenNext << std::move(then);
        return;
    }
    if (then)
        f.thenCurrent << std::move(then);
    start(folderId);
}

void LocalIndexer::start(qint64 folderId)
{
    Folder &f = m_folders[folderId];
    f.running = true;
    f.again = false;
    f.stale = false;
    f.announced = false;
    f.cancel = std::make_shared<std::atomic_bool>(false);
    const quint64 generation = f.generation;
    // The map is read here, on the cache's thread; the worker only touches the disk.
    m_pool.start([this, folderId, generation, root = f.root, name = f.name,
                  known = m_cache.localEntries(folderId), cancel = f.cancel] {
        LocalFolderScanner::Result result = LocalFolderScanner::scan(root, name, known, cancel.get());
        QMetaObject::invokeMethod(
            this,
            [this, folderId, generation, result = std::move(result)]() mutable {
                scanned(folderId, generation, std::move(result));
            },
            Qt::QueuedConnection);
    });
}

void LocalIndexer::scanned(qint64 folderId, quint64 generation, LocalFolderScanner::Result result)
{
    const auto it = m_folders.find(folderId);
    if (it == m_folders.end())
        return;
    Folder &f = *it;
    if (result.cancelled) {
        finish(folderId);
        return;
    }
    f.stale = generation != f.generation;
    if (f.stale) {
        f.again = true; // what it saw may be out of date: look once more
    } else {
        (void)m_cache.removeUids(folderId, result.removed);
        (void)m_cache.updateLocalFiles(folderId, result.changed);
    }
    std::sort(result.added.begin(), result.added.end(), [](const auto &a, const auto &b) {
        if (a.header.internalDate != b.header.internalDate)
            return a.header.internalDate < b.header.internalDate;
        const auto ta = deliveryTime(a.maildirId);
        const auto tb = deliveryTime(b.maildirId);
        return ta != tb ? ta < tb : a.maildirId < b.maildirId;
    });
    f.pending = std::move(result.added);
    storeBatch(folderId);
}

void LocalIndexer::storeBatch(qint64 folderId)
{
    const auto it = m_folders.find(folderId);
    if (it == m_folders.end())
        return;
    Folder &f = *it;
    if (f.pending.isEmpty()) {
        finish(folderId);
        return;
    }
    const qsizetype n = std::min<qsizetype>(batchSize(), f.pending.size());
    QVector<HeaderCache::LocalAddition> batch;
    batch.reserve(n);
    const protocols::MaildirStore store(f.root);
    const QString dir = store.folderPath(f.name);
    for (qsizetype i = 0; i < n; ++i) {
        // A scan that may be stale only adds files that are still where it saw them.
        if (!f.stale || QFileInfo::exists(dir + QLatin1Char('/') + f.pending[i].fileName))
            batch.append(std::move(f.pending[i]));
    }
    f.pending.remove(0, n);
    (void)m_cache.addLocalMessages(folderId, batch);
    if (f.pending.isEmpty()) {
        finish(folderId);
        return;
    }
    if (!f.announced) {
        f.announced = true;
        Q_EMIT indexed(folderId, false);
    }
    QTimer::singleShot(0, this, [this, folderId] { storeBatch(folderId); });
}

void LocalIndexer::finish(qint64 folderId)
{
    const auto it = m_folders.find(folderId);
    if (it == m_folders.end())
        return;
    it->running = false;
    it->pending.clear();
    const auto then = std::exchange(it->thenCurrent, {});
    const bool again = it->again;
    if (again)
        it->thenCurrent = std::exchange(it->thenNext, {});
    Q_EMIT indexed(folderId, true);
    for (const auto &f : then)
        f();
    if (again) {
        const auto again2 = m_folders.find(folderId);
        if (again2 != m_folders.end() && !again2->running)
            start(folderId);
    }
}

} // namespace postier::models
