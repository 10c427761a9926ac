#include "models/migration/MigrationPreflight.h"

#include "protocols/Connection.h"
#include "protocols/imap/ListFoldersJob.h"
#include "protocols/imap/QuotaJob.h"
#include "protocols/local/LocalSource.h"

#include <QLocale>
#include <QMutex>
#include <QMutexLocker>
#include <QThread>
#include <QTimer>

#include <cmath>

namespace postier::models {

qint64 MigrationPreflightResult::freeBytes() const
{
    if (quotaLimit < 0)
        return -1;
    return std::max<qint64>(0, quotaLimit - std::max<qint64>(0, quotaUsed));
}

bool MigrationPreflightResult::fits() const
{
    const qint64 free = freeBytes();
    return free < 0 || bytes <= free;
}

qint64 MigrationPreflightResult::estimateSeconds(qint64 messages, qint64 bytes)
{
    constexpr double kBytesPerSecond = 10.0e6 / 8.0; // 10 Mbit/s
    constexpr double kSecondsPerMessage = 0.010;      // the server's commit per APPEND
    constexpr double kVerifyPerMessage = 0.001;       // listing both sides again at the end
    const double seconds = double(bytes) / kBytesPerSecond
        + double(messages) * (kSecondsPerMessage + kVerifyPerMessage);
    return std::max<qint64>(1, qint64(std::ceil(seconds)));
}

QString MigrationPreflightResult::durationText(qint64 seconds)
{
    if (seconds < 60)
        return tr("less than a minute");
    const qint64 minutes = (seconds + 59) / 60;
    if (minutes < 90)
        return tr("about %1 minutes").arg(QLocale().toString(std::max<qint64>(2, minutes)));
    const qint64 hours = (minutes + 30) / 60;
    return tr("about %1 hours").arg(QLocale().toString(hours));
}

QString MigrationPreflightResult::sizeText(qint64 bytes)
{
    return QLocale().formattedDataSize(bytes, 1, QLocale::DataSizeTraditionalFormat);
}

/// What the scanning thread shares with the preflight: the result it fills, where it is (for
/// progress), and the cancel flag.
struct MigrationPreflight::Scan {
    MigrationPreflightResult result;
    std::atomic_bool cancelled {false};
    QMutex mutex;
    QString folder; // guarded by mutex
};

MigrationPreflight::MigrationPreflight(QObject *parent)
    : QObject(parent)
{
}

MigrationPreflight::~MigrationPreflight()
{
    cancel();
}

void MigrationPreflight::cancel()
{
    ++m_generation;
    m_running = false;
    if (m_scanCancel)
        *m_scanCancel = true;
    m_scanCancel.reset();
    // The connection completes its jobs as cancelled and joins its thread (milliseconds); the
    // jobs are ours and go after it.
    if (m_list)
        disconnect(m_list, nullptr, this, nullptr);
    if (m_quota)
        disconnect(m_quota, nullptr, this, nullptr);
    m_connection.reset();
    delete m_list;
    delete m_quota;
    m_list = nullptr;
    m_quota = nullptr;
    m_pending = 0;
}

void MigrationPreflight::start(const QString &sourceSpec, const protocols::ServerEndpoint &destination,
                               const QString &password, const protocols::ConnectionOptions &options)
{
    cancel();
    const quint64 generation = m_generation;
    m_result = MigrationPreflightResult();
    m_running = true;
    m_pending = 3; // the scan, the listing, the quota

    // The source, on a thread of its own: each message is read once to know its exact size.
    auto scan = std::make_shared<Scan>();
    m_scanCancel = std::shared_ptr<std::atomic_bool>(scan, &scan->cancelled);
    auto *thread = new QThread;
    thread->setObjectName(QStringLiteral("preflight"));
    connect(thread, &QThread::started, thread, [scan, sourceSpec] {
        MigrationPreflightResult &r = scan->result;
        protocols::Error error;
        const auto source = protocols::LocalSource::open(sourceSpec, {}, &error);
        if (!source) {
            r.sourceError = error.sentence();
            QThread::currentThread()->quit();
            return;
        }
        r.sourceDescription = source->description();
        const QList<protocols::LocalSourceFolder> folders = source->folders(&error);
        if (error)
            r.sourceError = error.sentence();
        for (const protocols::LocalSourceFolder &f : folders) {
            if (scan->cancelled)
                break;
            {
                QMutexLocker lock(&scan->mutex);
                scan->folder = f.path;
            }
            PreflightFolder folder;
            folder.path = f.path;
            folder.specialUse = f.specialUse;
            folder.holdsMessages = f.holdsMessages;
            protocols::Error readError;
            const bool read = !f.holdsMessages || source->forEachMessage(f.path, [&](const protocols::LocalSourceMessage &m) {
                ++folder.messages;
                folder.bytes += m.size;
                folder.largest = std::max(folder.largest, m.size);
                return !scan->cancelled.load();
            }, &readError);
            if (!read && readError && r.sourceError.isEmpty())
                r.sourceError = MigrationPreflightResult::tr("“%1” could not be read: %2").arg(f.path, readError.sentence());
            r.messages += folder.messages;
            r.bytes += folder.bytes;
            if (folder.largest > r.largest) {
                r.largest = folder.largest;
                r.largestFolder = f.path;
            }
            r.folders << folder;
        }
        QThread::currentThread()->quit();
    }, Qt::DirectConnection);
    connect(thread, &QThread::finished, this, [this, scan, generation] {
        if (generation == m_generation)
            onScanDone(scan->result);
    });
    connect(thread, &QThread::finished, thread, &QObject::deleteLater);
    if (QCoreApplication::instance()) {
        connect(QCoreApplication::instance(), &QCoreApplication::aboutToQuit, thread, [thread, scan] {
            scan->cancelled = true;
            thread->wait(5000);
        });
    }
    // Progress: where the scan is, every few hundred milliseconds, read under the lock.
    auto *ticker = new QTimer(this);
    ticker->setInterval(250);
    connect(ticker, &QTimer::timeout, this, [this, scan, ticker, generation] {
        if (generation != m_generation || !m_running) {
            ticker->deleteLater();
            return;
        }
        QString folder;
        {
            QMutexLocker lock(&scan->mutex);
            folder = scan->folder;
        }
        if (!folder.isEmpty())
            Q_EMIT progress(tr("Counting the messages of “%1”…").arg(folder));
    });
    ticker->start();
    thread->start();

    // The server: its folders and its quota, on one connection.
    m_connection = std::make_unique<protocols::Connection>(destination, password, options);
    m_list = new protocols::ListFoldersJob;
    m_quota = new protocols::QuotaJob;
    for (protocols::Job *job : {static_cast<protocols::Job *>(m_list), static_cast<protocols::Job *>(m_quota)}) {
        job->setAutoDelete(false);
        connect(job, &protocols::Job::finished, this, [this, generation] {
            if (generation == m_generation)
                onJobDone();
        });
        m_connection->enqueue(job);
    }
    Q_EMIT progress(tr("Counting the messages on this computer and asking %1 for its folders…").arg(destination.host));
}

void MigrationPreflight::onScanDone(const MigrationPreflightResult &source)
{
    m_result.sourceDescription = source.sourceDescription;
    m_result.folders = source.folders;
    m_result.messages = source.messages;
    m_result.bytes = source.bytes;
    m_result.largest = source.largest;
    m_result.largestFolder = source.largestFolder;
    m_result.sourceError = source.sourceError;
    --m_pending;
    finishIfDone();
}

void MigrationPreflight::onJobDone()
{
    --m_pending;
    finishIfDone();
}

void MigrationPreflight::finishIfDone()
{
    if (m_pending > 0)
        return;
    if (m_list->error()) {
        m_result.serverError = m_list->error();
    } else {
        m_result.serverFolders = m_list->folders();
        for (const protocols::FolderInfo &f : m_result.serverFolders) {
            if (!f.separator.isNull()) {
                m_result.separator = f.separator;
                break;
            }
        }
    }
    // A quota that cannot be read is not a reason to stop: it is only unknown.
    if (m_quota->error().isOk()) {
        m_result.quotaSupported = m_quota->supported() && m_quota->refusal().isEmpty();
        m_result.quotaUsed = m_quota->storageUsed();
        m_result.quotaLimit = m_quota->storageLimit();
    }
    m_running = false;
    ++m_generation; // the ticker stops
    // The connection is not needed any more; closing it here keeps no idle login open.
    m_connection.reset();
    Q_EMIT finished();
}

} // namespace postier::models
