#pragma once

#include "models/local/LocalFolderScanner.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QThreadPool>

#include <functional>
#include <memory>

namespace postier::models {

class HeaderCache;

/// Keeps the offline cache's index of local (Maildir) folders in step with the files, without
/// blocking the thread it lives on (the UI thread).
///
/// Contract: rescan() lists the folder and reads the headers of new files on a worker thread
/// (LocalFolderScanner), then stores the difference in the cache on this thread: removals and
/// flag changes at once, new messages in batches of batchSize() per event-loop pass, oldest
/// delivery first, so UIDs follow arrival order. indexed() fires after the first batch (so a
/// cold folder shows its newest messages early), and with `complete` at the end. A rescan asked
/// for while one runs is done once more after it, and its `then` runs after that one. Only this
/// object writes local folders' entries to the cache, and touch() tells it that someone changed
/// a folder meanwhile (flags, moves): the part of a running scan that may be stale (removals,
/// changes) is then dropped and the folder scanned again; additions are still stored, because
/// the cache refuses a maildir id it already has. Destroying it cancels the scans and waits for
/// the worker (a few milliseconds).
class LocalIndexer : public QObject
{
    Q_OBJECT
public:
    explicit LocalIndexer(HeaderCache &cache, QObject *parent = nullptr);
    ~LocalIndexer() override;

    void rescan(qint64 folderId, const QString &storeRoot, const QString &folder,
                std::function<void()> then = {});
    void touch(qint64 folderId);
    [[nodiscard]] bool isIndexing(qint64 folderId) const;

    [[nodiscard]] static constexpr int batchSize() { return 250; }
    /// The worker threads, shared with the readers of message files.
    [[nodiscard]] QThreadPool &pool() { return m_pool; }

Q_SIGNALS:
    void indexed(qint64 folderId, bool complete);

private:
    struct Folder {
        QString root;
        QString name;
        quint64 generation = 0;
        bool running = false;
        bool again = false;
        std::shared_ptr<std::atomic_bool> cancel;
        QVector<HeaderCache::LocalAddition> pending;
        bool stale = false;
        bool announced = false;
        QList<std::function<void()>> thenCurrent;
        QList<std::function<void()>> thenNext;
    };
    void start(qint64 folderId);
    void scanned(qint64 folderId, quint64 generation, LocalFolderScanner::Result result);
    void storeBatch(qint64 folderId);
    void finish(qint64 folderId);

    HeaderCache &m_cache;
    QThreadPool m_pool;
    QHash<qint64, Folder> m_folders;
};

} // namespace postier::models
