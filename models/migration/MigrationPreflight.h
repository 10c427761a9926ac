#pragma once

#include "protocols/ConnectionOptions.h"
#include "protocols/Error.h"
#include "protocols/ServerEndpoint.h"
#include "protocols/imap/FolderInfo.h"

#include <QCoreApplication>
#include <QList>
#include <QObject>
#include <QString>

#include <atomic>
#include <memory>

namespace postier::protocols {
class Connection;
class ListFoldersJob;
class QuotaJob;
} // namespace postier::protocols

namespace postier::models {

/// One folder of the source as the preflight counted it.
struct PreflightFolder {
    QString path;          ///< "Archive/2024", '/' between levels; the INBOX is "INBOX"
    QString specialUse;    ///< as LocalSourceFolder::specialUse
    bool holdsMessages = true;
    qint64 messages = 0;
    qint64 bytes = 0;
    qint64 largest = 0;    ///< the size of its largest message
};

/// What a migration is about to do, measured before anything is copied.
struct MigrationPreflightResult {
    Q_DECLARE_TR_FUNCTIONS(postier::models::MigrationPreflightResult)
public:
    QString sourceDescription;
    QList<PreflightFolder> folders;  ///< parents before children, INBOX first
    qint64 messages = 0;
    qint64 bytes = 0;
    qint64 largest = 0;
    QString largestFolder;
    QString sourceError;             ///< a sentence when the source could not be read

    protocols::FolderList serverFolders;
    QChar separator;                 ///< the server's hierarchy separator
    protocols::Error serverError;    ///< listing the server failed
    bool quotaSupported = false;     ///< the server says what its quota is (QUOTA)
    qint64 quotaUsed = -1;           ///< bytes; -1 unknown or unlimited
    qint64 quotaLimit = -1;          ///< bytes; -1 unknown or unlimited

    [[nodiscard]] bool ok() const { return sourceError.isEmpty() && serverError.isOk(); }
    /// Bytes the quota still allows; -1 when there is no known limit.
    [[nodiscard]] qint64 freeBytes() const;
    /// False only when a known quota is too small for all the source's mail (the server may
    /// already hold some of it: then less is needed, which the dry run shows).
    [[nodiscard]] bool fits() const;
    /// The estimate for this source (estimateSeconds()).
    [[nodiscard]] qint64 estimatedSeconds() const { return estimateSeconds(messages, bytes); }

    /// How long uploading and verifying `messages` messages of `bytes` bytes in all takes at a
    /// typical home upload speed (10 Mbit/s) against a server that commits each APPEND in about
    /// 10 ms (pipelining hides most of the round trips); rounded up, at least one second.
    [[nodiscard]] static qint64 estimateSeconds(qint64 messages, qint64 bytes);
    /// "less than a minute", "about 12 minutes", "about 3 hours".
    [[nodiscard]] static QString durationText(qint64 seconds);
    /// "1.2 MB" as the system shows sizes (QLocale::formattedDataSize).
    [[nodiscard]] static QString sizeText(qint64 bytes);
};

/// Measures a migration before it starts, without blocking: reads the local source on a worker
/// thread (folders, message counts, total size, the largest message: every message is read once,
/// as the migration will) and, at the same time, lists the destination's folders and asks its
/// quota (ListFoldersJob, QuotaJob) on a connection of its own.
///
/// Contract: start() returns at once; finished() fires exactly once per start(), in the caller's
/// thread, when both sides are done (each may have failed: see the result's sentences). cancel()
/// and the destructor abandon the run within milliseconds; nothing is emitted for an abandoned
/// run. Nothing is written anywhere.
class MigrationPreflight : public QObject
{
    Q_OBJECT
public:
    explicit MigrationPreflight(QObject *parent = nullptr);
    ~MigrationPreflight() override;

    void start(const QString &sourceSpec, const protocols::ServerEndpoint &destination,
               const QString &password, const protocols::ConnectionOptions &options = {});
    void cancel();
    [[nodiscard]] bool isRunning() const { return m_running; }
    [[nodiscard]] const MigrationPreflightResult &result() const { return m_result; }

Q_SIGNALS:
    /// A sentence about what is being done ("Counting the messages of “Archive”").
    void progress(const QString &sentence);
    void finished();

private:
    struct Scan;
    void onScanDone(const MigrationPreflightResult &source);
    void onJobDone();
    void finishIfDone();

    MigrationPreflightResult m_result;
    std::unique_ptr<protocols::Connection> m_connection;
    protocols::ListFoldersJob *m_list = nullptr;
    protocols::QuotaJob *m_quota = nullptr;
    std::shared_ptr<std::atomic_bool> m_scanCancel;
    int m_pending = 0;
    quint64 m_generation = 0;
    bool m_running = false;
};

} // namespace postier::models
