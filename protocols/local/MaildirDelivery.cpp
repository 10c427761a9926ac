#include "protocols/local/MaildirDelivery.h"

#include "protocols/local/MaildirStore.h"

#include <QDateTime>
#include <QDir>

#include <cerrno>

#ifdef Q_OS_WIN
#include <io.h>
#else
#include <fcntl.h>
#include <unistd.h>
#endif

namespace postier::protocols {

namespace {

bool syncFile(int fd)
{
#ifdef Q_OS_WIN
    return ::_commit(fd) == 0;
#else
    return ::fsync(fd) == 0;
#endif
}

// The rename into new/ or cur/ is only durable once the directory itself reaches the disk.
void syncDirectory(const QString &dir)
{
#ifndef Q_OS_WIN
    const int fd = ::open(QFile::encodeName(dir).constData(), O_RDONLY | O_DIRECTORY);
    if (fd >= 0) {
        ::fsync(fd);
        ::close(fd);
    }
#else
    Q_UNUSED(dir);
#endif
}

} // namespace

MaildirDelivery::MaildirDelivery(QString folderDir, QString folderName, QString id)
    : m_folderDir(std::move(folderDir))
    , m_folderName(std::move(folderName))
    , m_id(std::move(id))
{}

MaildirDelivery::~MaildirDelivery()
{
    abort();
}

bool MaildirDelivery::openFile()
{
    m_file.setFileName(m_folderDir + QStringLiteral("/tmp/") + m_id);
    errno = 0;
    // NewOnly: never reuse a name, even if the clock went backwards. Unbuffered: a write that the
    // disk refuses fails here, with its errno, rather than later in a flush.
    if (!m_file.open(QIODevice::WriteOnly | QIODevice::NewOnly | QIODevice::Unbuffered)) {
        fail(tr("save the message"), errno);
        return false;
    }
    m_created = true;
    return true;
}

bool MaildirDelivery::write(const char *data, qint64 size)
{
    if (!m_error.isOk() || m_committed || !m_file.isOpen())
        return false;
    qint64 done = 0;
    while (done < size) {
        errno = 0;
        const qint64 n = m_file.write(data + done, size - done);
        if (n <= 0) {
            fail(tr("save the message"), errno);
            return false;
        }
        done += n;
    }
    m_written += size;
    return true;
}

QString MaildirDelivery::commit(const QString &flags, qint64 unixTime)
{
    if (m_committed)
        return m_id;
    if (!m_error.isOk() || !m_file.isOpen())
        return {};
    const QDateTime date
        = unixTime > 0 ? QDateTime::fromSecsSinceEpoch(unixTime) : QDateTime::currentDateTimeUtc();
    // mtime is the arrival date for Maildir readers (dovecot's INTERNALDATE); set it last,
    // because every write moves it.
    m_file.setFileTime(date, QFileDevice::FileModificationTime);
    errno = 0;
    if (!syncFile(m_file.handle())) {
        fail(tr("save the message"), errno);
        return {};
    }
    m_file.close();
    if (m_file.error() != QFileDevice::NoError) {
        fail(tr("save the message"), errno);
        return {};
    }

    const QString normalized = MaildirStore::normalizedFlags(flags);
    const QString targetDir
        = m_folderDir + (normalized.isEmpty() ? QStringLiteral("/new") : QStringLiteral("/cur"));
    QString target = targetDir + QLatin1Char('/') + m_id;
    if (!normalized.isEmpty())
        target += MaildirStore::infoSeparator() + QStringLiteral("2,") + normalized;
    errno = 0;
    // QFile::rename never replaces an existing file, so a clash cannot lose a message.
    if (!m_file.rename(target)) {
        fail(tr("save the message"), errno);
        return {};
    }
    syncDirectory(targetDir);
    m_committed = true;
    return m_id;
}

void MaildirDelivery::abort()
{
    if (m_committed)
        return;
    if (m_file.isOpen())
        m_file.close();
    if (m_created) {
        QFile::remove(m_file.fileName());
        m_created = false;
    }
}

void MaildirDelivery::fail(const QString &what, int errnoValue)
{
    if (m_error.isOk()) {
        m_error = MaildirStore::localIoError(what,
                                             m_folderDir + QLatin1Char('/') + QStringLiteral("tmp"),
                                             errnoValue, m_file.errorString());
    }
    abort();
}

} // namespace postier::protocols
