#include "protocols/imap/ImapFolderSource.h"

#include "protocols/Connection.h"
#include "protocols/imap/FetchIdentityJob.h"
#include "protocols/imap/FetchMessageJob.h"
#include "protocols/imap/ImapParser.h"
#include "protocols/imap/ListFoldersJob.h"

#include <QBuffer>
#include <QMutexLocker>
#include <QThread>
#include <QWaitCondition>

#include <algorithm>

namespace postier::protocols {

ImapFolderSource::ImapFolderSource(std::unique_ptr<Connection> connection, const QByteArray &rawFolder,
                                   const QString &rootPath, Scope scope)
    : m_connection(std::move(connection))
    , m_home(new QThread)
    , m_rawRoot(rawFolder)
    , m_rootPath(rootPath)
    , m_scope(scope)
    , m_host(m_connection->endpoint().host)
    , m_user(m_connection->endpoint().user)
{
    // Jobs complete on the thread their object lives in. The engine's calls come from threads
    // whose event loops are busy (a connection thread in the middle of an APPEND), so the jobs
    // and the connection live here instead.
    m_home->setObjectName(QStringLiteral("imap-source"));
    m_home->start();
    m_connection->moveToThread(m_home);
}

ImapFolderSource::~ImapFolderSource()
{
    cancel();
    Connection *connection = m_connection.release();
    QMetaObject::invokeMethod(connection, [connection] { delete connection; }, Qt::BlockingQueuedConnection);
    m_home->quit();
    m_home->wait();
    delete m_home;
}

void ImapFolderSource::setSelection(const QVector<quint32> &uids)
{
    m_selection = QSet<quint32>(uids.cbegin(), uids.cend());
}

void ImapFolderSource::cancel()
{
    m_cancelled = true;
    QMutexLocker lock(&m_mutex);
    for (Job *job : std::as_const(m_running))
        job->cancel();
}

quint32 ImapFolderSource::uidOf(const QString &id)
{
    bool ok = false;
    const uint uid = id.toUInt(&ok);
    return ok ? quint32(uid) : 0;
}

QString ImapFolderSource::rootLabel() const
{
    return imap::decodeMailboxName(m_rawRoot);
}

QString ImapFolderSource::description() const
{
    if (m_selection)
        return tr("%n message(s) of the folder “%1” of %2 on %3", nullptr, int(m_selection->size()))
            .arg(rootLabel(), m_user, m_host);
    if (m_scope == Scope::FolderAndSubfolders)
        return tr("the folder “%1” of %2 on %3 with its subfolders").arg(rootLabel(), m_user, m_host);
    return tr("the folder “%1” of %2 on %3").arg(rootLabel(), m_user, m_host);
}

Error ImapFolderSource::run(Job *job, const std::function<void(Job &)> &harvest) const
{
    struct Wait {
        QMutex mutex;
        QWaitCondition done;
        bool finished = false;
        Error error;
    };
    auto wait = std::make_shared<Wait>();
    job->moveToThread(m_home);
    // Runs on m_home inside Job::complete(), before the job deletes itself; `harvest` lives on
    // the waiting caller's stack, which waits until this ran.
    QObject::connect(job, &Job::finished, job, [this, wait, &harvest](Job *finished) {
        harvest(*finished);
        {
            QMutexLocker lock(&m_mutex);
            m_running.remove(finished);
        }
        QMutexLocker lock(&wait->mutex);
        wait->error = finished->error();
        wait->finished = true;
        wait->done.wakeAll();
    }, Qt::DirectConnection);
    {
        QMutexLocker lock(&m_mutex);
        m_running.insert(job);
        if (m_cancelled.load())
            job->cancel(); // completes as cancelled without running
    }
    m_connection->enqueue(job);
    QMutexLocker lock(&wait->mutex);
    while (!wait->finished)
        wait->done.wait(&wait->mutex);
    return wait->error;
}

QList<LocalSourceFolder> ImapFolderSource::folders(Error *error) const
{
    {
        QMutexLocker lock(&m_mutex);
        if (m_listed)
            return m_listed->folders;
    }
    FolderList all;
    const Error failed = run(new ListFoldersJob, [&all](Job &job) {
        all = static_cast<ListFoldersJob &>(job).folders();
    });
    if (failed) {
        if (error)
            *error = failed;
        return {};
    }
    const auto root = std::find_if(all.cbegin(), all.cend(), [this](const FolderInfo &f) { return f.rawName == m_rawRoot; });
    if (root == all.cend() || (root->attributes & FolderNonExistent)) {
        if (error)
            *error = Error(ErrorKind::NotFound, tr("The folder “%1” is no longer on %2; it may have been renamed or "
                                                   "deleted by another program.")
                                                    .arg(rootLabel(), m_host));
        return {};
    }

    Listed listed;
    const QString &rootPath = m_rootPath;
    listed.folders.append(LocalSourceFolder {rootPath, QString(), root->isSelectable()});
    listed.rawByPath.insert(rootPath, root->rawName);
    const QChar separator = root->separator;
    if (m_scope == Scope::FolderAndSubfolders && !separator.isNull()) {
        const QString prefix = root->path + separator;
        for (const FolderInfo &f : std::as_const(all)) {
            if (!f.path.startsWith(prefix))
                continue;
            // A subscription whose folder is gone is not a folder to copy.
            if ((f.attributes & FolderNonExistent) && !(f.attributes & FolderHasChildren))
                continue;
            const QString path = rootPath + QLatin1Char('/')
                + f.path.mid(prefix.size()).split(separator).join(QLatin1Char('/'));
            listed.folders.append(LocalSourceFolder {path, QString(), f.isSelectable()});
            listed.rawByPath.insert(path, f.rawName);
        }
    }
    // Parents before children, level by level.
    std::sort(listed.folders.begin() + 1, listed.folders.end(), [](const LocalSourceFolder &a, const LocalSourceFolder &b) {
        return a.path.split(QLatin1Char('/')) < b.path.split(QLatin1Char('/'));
    });
    QMutexLocker lock(&m_mutex);
    if (!m_listed)
        m_listed = std::move(listed);
    return m_listed->folders;
}

QByteArray ImapFolderSource::rawFolder(const QString &path) const
{
    QMutexLocker lock(&m_mutex);
    return m_listed ? m_listed->rawByPath.value(path) : QByteArray();
}

bool ImapFolderSource::forEachMessage(const QString &folder,
                                      const std::function<bool(const LocalSourceMessage &)> &visit,
                                      Error *error) const
{
    const QList<LocalSourceFolder> all = folders(error);
    if (all.isEmpty())
        return false; // *error says why
    const auto it = std::find_if(all.cbegin(), all.cend(), [&folder](const LocalSourceFolder &f) { return f.path == folder; });
    if (it == all.cend()) {
        if (error)
            *error = missingFolderError(folder, description());
        return false;
    }
    if (!it->holdsMessages)
        return true;
    const bool isRoot = it == all.cbegin();
    QVector<MessageIdentity> messages;
    const Error failed = run(new FetchIdentityJob(rawFolder(folder), m_fields), [&messages](Job &job) {
        messages = static_cast<FetchIdentityJob &>(job).messages();
    });
    if (failed) {
        if (error)
            *error = failed;
        return false;
    }
    for (const MessageIdentity &m : std::as_const(messages)) {
        if (isRoot && m_selection && !m_selection->contains(m.uid))
            continue;
        LocalSourceMessage message;
        message.id = QString::number(m.uid);
        message.size = m.size;
        message.flags = quint8(m.flags.bits & ~FlagRecent);
        for (const QByteArray &keyword : m.flags.keywords)
            message.keywords << QString::fromUtf8(keyword);
        message.internalDate = m.internalDate;
        message.headerBlock = m.fields;
        if (!visit(message))
            break;
    }
    return true;
}

std::unique_ptr<QIODevice> ImapFolderSource::openMessage(const QString &folder, const QString &id,
                                                         Error *error) const
{
    const QByteArray raw = rawFolder(folder);
    const quint32 uid = uidOf(id);
    if (raw.isEmpty() || uid == 0) {
        if (error)
            *error = missingMessageError(id, folder, description());
        return nullptr;
    }
    QByteArray content;
    quint32 size = 0;
    const Error failed = run(new FetchMessageJob(raw, uid), [&content, &size](Job &job) {
        const auto &fetch = static_cast<FetchMessageJob &>(job);
        content = fetch.content();
        size = fetch.size();
    });
    if (failed) {
        // A lost link lets the engine retry the folder; anything else is this message's refusal.
        const bool transient = failed.kind() == ErrorKind::Network || failed.kind() == ErrorKind::Timeout
            || failed.kind() == ErrorKind::Cancelled;
        if (error)
            *error = transient ? failed : Error(ErrorKind::LocalIo, failed.sentence(), failed.serverText());
        return nullptr;
    }
    if (size != 0 && content.size() != qsizetype(size)) {
        if (error)
            *error = Error(ErrorKind::LocalIo,
                           tr("Message %1 of “%2” on %3 did not arrive whole (%4 of %5 bytes); it was not copied.")
                               .arg(uid)
                               .arg(imap::decodeMailboxName(raw), m_host)
                               .arg(content.size())
                               .arg(size));
        return nullptr;
    }
    auto buffer = std::make_unique<QBuffer>();
    buffer->setData(content);
    buffer->open(QIODevice::ReadOnly);
    return buffer;
}

} // namespace postier::protocols
