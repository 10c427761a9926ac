#include "protocols/pop3/Pop3UidlRecord.h"

#include "protocols/local/MaildirStore.h"

#include <QDir>
#include <QFile>
#include <QSaveFile>
#include <QSet>

#include <algorithm>
#include <cerrno>

#ifdef Q_OS_WIN
#include <io.h>
#else
#include <unistd.h>
#endif

namespace postier::protocols {

namespace {

const QByteArray kHeader
    = "# Postier POP3 UIDL record, version 1: uidl<TAB>local message id<TAB>fetched at "
      "(seconds since 1970)\n";

QByteArray lineFor(const QString &uid, const QString &localId, qint64 fetchedAt)
{
    return uid.toUtf8() + '\t' + localId.toUtf8() + '\t' + QByteArray::number(fetchedAt) + '\n';
}

} // namespace

Pop3UidlRecord::Pop3UidlRecord(QString filePath)
    : m_path(std::move(filePath))
{}

QString Pop3UidlRecord::defaultPath(const QString &storeRoot)
{
    return QDir(storeRoot).filePath(QStringLiteral("postier-uidl"));
}

bool Pop3UidlRecord::load(Error *error)
{
    m_entries.clear();
    QFile file(m_path);
    if (!file.exists())
        return true;
    errno = 0;
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = MaildirStore::localIoError(tr("read the list of downloaded messages"), m_path,
                                                errno, file.errorString());
        return false;
    }
    const QByteArray data = file.readAll();
    qsizetype start = 0;
    while (start < data.size()) {
        const qsizetype end = data.indexOf('\n', start);
        if (end < 0)
            break; // torn by a crash during add(): not safely recorded
        const QByteArray line = data.mid(start, end - start);
        start = end + 1;
        if (line.isEmpty() || line.startsWith('#'))
            continue;
        const QList<QByteArray> fields = line.split('\t');
        if (fields.size() != 3 || fields[0].isEmpty() || fields[1].isEmpty())
            continue;
        bool ok = false;
        const qint64 when = fields[2].toLongLong(&ok);
        if (!ok)
            continue;
        m_entries.insert(QString::fromUtf8(fields[0]), Entry{QString::fromUtf8(fields[1]), when});
    }
    return true;
}

std::optional<Pop3UidlRecord::Entry> Pop3UidlRecord::entry(const QString &uid) const
{
    const auto it = m_entries.constFind(uid);
    if (it == m_entries.constEnd())
        return std::nullopt;
    return *it;
}

bool Pop3UidlRecord::add(const QString &uid, const QString &localId, qint64 fetchedAt, Error *error)
{
    QFile file(m_path);
    const bool fresh = !file.exists() || file.size() == 0;
    errno = 0;
    if (!file.open(QIODevice::WriteOnly | QIODevice::Append | QIODevice::Unbuffered)) {
        if (error)
            *error = MaildirStore::localIoError(tr("record a downloaded message"), m_path, errno,
                                                file.errorString());
        return false;
    }
    const QByteArray bytes = (fresh ? kHeader : QByteArray()) + lineFor(uid, localId, fetchedAt);
    errno = 0;
    bool ok = file.write(bytes) == bytes.size();
#ifdef Q_OS_WIN
    ok = ok && ::_commit(file.handle()) == 0;
#else
    ok = ok && ::fsync(file.handle()) == 0;
#endif
    if (!ok) {
        const int err = errno;
        if (error)
            *error = MaildirStore::localIoError(tr("record a downloaded message"), m_path, err,
                                                file.errorString());
        return false;
    }
    m_entries.insert(uid, Entry{localId, fetchedAt});
    return true;
}

int Pop3UidlRecord::prune(const QStringList &present)
{
    const QSet<QString> keep(present.cbegin(), present.cend());
    int removed = 0;
    for (auto it = m_entries.begin(); it != m_entries.end();) {
        if (!keep.contains(it.key())) {
            it = m_entries.erase(it);
            ++removed;
        } else {
            ++it;
        }
    }
    return removed;
}

bool Pop3UidlRecord::save(Error *error)
{
    QSaveFile file(m_path);
    errno = 0;
    if (!file.open(QIODevice::WriteOnly)) {
        if (error)
            *error = MaildirStore::localIoError(tr("update the list of downloaded messages"),
                                                m_path, errno, file.errorString());
        return false;
    }
    // Sorted by fetch time, so the file reads like a log and diffs stay small.
    QList<std::pair<QString, Entry>> sorted;
    sorted.reserve(m_entries.size());
    for (auto it = m_entries.cbegin(); it != m_entries.cend(); ++it)
        sorted.append({it.key(), it.value()});
    std::sort(sorted.begin(), sorted.end(), [](const auto &a, const auto &b) {
        return a.second.fetchedAt != b.second.fetchedAt ? a.second.fetchedAt < b.second.fetchedAt
                                                        : a.first < b.first;
    });
    file.write(kHeader);
    for (const auto &[uid, e] : sorted)
        file.write(lineFor(uid, e.localId, e.fetchedAt));
    errno = 0;
    if (!file.commit()) {
        if (error)
            *error = MaildirStore::localIoError(tr("update the list of downloaded messages"),
                                                m_path, errno, file.errorString());
        return false;
    }
    return true;
}

} // namespace postier::protocols
