#include "protocols/local/MaildirStore.h"

#include "protocols/imap/MessageFlags.h"

#include <QDateTime>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QIODevice>
#include <QSysInfo>

#include <algorithm>
#include <atomic>
#include <cerrno>
#include <chrono>
#include <cstring>

namespace postier::protocols {

namespace {

const QString kCur = QStringLiteral("cur");
const QString kNew = QStringLiteral("new");
const QString kTmp = QStringLiteral("tmp");

bool isFlagLetter(QChar c)
{
    return (c >= QLatin1Char('A') && c <= QLatin1Char('Z'))
        || (c >= QLatin1Char('a') && c <= QLatin1Char('z'));
}

// Where the "2,FLAGS" info starts in a file name, or -1. Both separators are accepted so that a
// tree copied between systems still reads correctly.
int infoStart(const QString &fileName)
{
    for (int i = fileName.size() - 3; i > 0; --i) {
        const QChar c = fileName.at(i);
        if ((c == QLatin1Char(':') || c == QLatin1Char(';'))
            && fileName.at(i + 1) == QLatin1Char('2') && fileName.at(i + 2) == QLatin1Char(','))
            return i;
    }
    return -1;
}

bool isValidId(const QString &id)
{
    return !id.isEmpty() && !id.startsWith(QLatin1Char('.')) && !id.contains(QLatin1Char('/'))
        && !id.contains(QLatin1Char('\\')) && infoStart(id) < 0;
}

bool makeMaildir(const QString &dir, bool isSubfolder, Error *error)
{
    QDir d;
    for (const QString &sub : {kCur, kNew, kTmp}) {
        const QString path = dir + QLatin1Char('/') + sub;
        errno = 0;
        if (!d.mkpath(path)) {
            const int err = errno;
            if (error)
                *error = MaildirStore::localIoError(
                    QCoreApplication::translate("postier::protocols::MaildirStore",
                                                "create the folder"),
                    path, err, QString::fromLocal8Bit(std::strerror(err ? err : EIO)));
            return false;
        }
    }
    if (isSubfolder) {
        // Maildir++ marks every subfolder with this empty file; dovecot and courier check it.
        QFile marker(dir + QStringLiteral("/maildirfolder"));
        if (!marker.exists() && !marker.open(QIODevice::WriteOnly)) {
            if (error)
                *error = MaildirStore::localIoError(
                    QCoreApplication::translate("postier::protocols::MaildirStore",
                                                "create the folder"),
                    marker.fileName(), errno, marker.errorString());
            return false;
        }
    }
    return true;
}

} // namespace

MaildirStore::MaildirStore(QString rootPath)
    : m_root(QDir::cleanPath(QDir(rootPath).absolutePath()))
{}

bool MaildirStore::open(Error *error)
{
    return makeMaildir(m_root, false, error);
}

bool MaildirStore::exists() const
{
    const QDir root(m_root);
    return root.exists(kCur) && root.exists(kNew) && root.exists(kTmp);
}

bool MaildirStore::isValidFolderName(const QString &name, QString *reason)
{
    auto refuse = [reason](const QString &why) {
        if (reason)
            *reason = why;
        return false;
    };
    if (name.isEmpty() || name.compare(inboxName(), Qt::CaseInsensitive) == 0)
        return true;
    const QStringList parts = name.split(QLatin1Char('/'));
    for (const QString &part : parts) {
        if (part.trimmed().isEmpty())
            return refuse(tr("The folder name “%1” has an empty level.").arg(name));
        if (part.contains(QLatin1Char('.')))
            return refuse(tr("The folder name “%1” contains a dot, which local folders cannot "
                             "have: choose another character.")
                              .arg(name));
        for (const QChar c : part) {
            if (c == QLatin1Char('\\') || c == QLatin1Char(':') || c == QLatin1Char(';')
                || c.category() == QChar::Other_Control)
                return refuse(tr("The folder name “%1” contains the character “%2”, which local "
                                 "folders cannot have.")
                                  .arg(name, c.isPrint() ? QString(c) : QStringLiteral("?")));
        }
    }
    return true;
}

QString MaildirStore::folderPath(const QString &name) const
{
    if (name.isEmpty() || name.compare(inboxName(), Qt::CaseInsensitive) == 0)
        return m_root;
    if (!isValidFolderName(name))
        return {};
    return m_root + QStringLiteral("/.")
        + QString(name).replace(QLatin1Char('/'), QLatin1Char('.'));
}

QStringList MaildirStore::folders() const
{
    QStringList out;
    QDirIterator it(m_root, QDir::Dirs | QDir::Hidden | QDir::NoDotAndDotDot);
    while (it.hasNext()) {
        it.next();
        const QString dirName = it.fileName();
        if (!dirName.startsWith(QLatin1Char('.')) || dirName.size() < 2)
            continue;
        const QDir dir(it.filePath());
        if (!dir.exists(kCur) || !dir.exists(kNew))
            continue;
        out << dirName.mid(1).replace(QLatin1Char('.'), QLatin1Char('/'));
    }
    std::sort(out.begin(), out.end(), [](const QString &a, const QString &b) {
        return QString::localeAwareCompare(a, b) < 0;
    });
    out.prepend(inboxName());
    return out;
}

bool MaildirStore::hasFolder(const QString &name) const
{
    const QString dir = folderPath(name);
    if (dir.isEmpty())
        return false;
    const QDir d(dir);
    return d.exists(kCur) && d.exists(kNew) && d.exists(kTmp);
}

bool MaildirStore::createFolder(const QString &name, Error *error)
{
    QString reason;
    if (!isValidFolderName(name, &reason)) {
        if (error)
            *error = Error(ErrorKind::Usage, reason);
        return false;
    }
    const QString dir = folderPath(name);
    return makeMaildir(dir, dir != m_root, error);
}

std::unique_ptr<MaildirDelivery> MaildirStore::beginDelivery(const QString &folder, Error *error)
{
    const QString dir = folderPath(folder);
    if (dir.isEmpty() || !hasFolder(folder)) {
        if (error)
            *error = Error(ErrorKind::NotFound,
                           tr("The local folder “%1” does not exist in %2.").arg(folder, m_root));
        return nullptr;
    }
    std::unique_ptr<MaildirDelivery> delivery(
        new MaildirDelivery(dir, folder.isEmpty() ? inboxName() : folder, uniqueName()));
    if (!delivery->openFile()) {
        if (error)
            *error = delivery->error();
        return nullptr;
    }
    return delivery;
}

QString MaildirStore::deliver(const QString &folder, QIODevice &data, const QString &flags,
                              qint64 unixTime, Error *error)
{
    auto delivery = beginDelivery(folder, error);
    if (!delivery)
        return {};
    static constexpr qint64 chunkSize = 64 * 1024;
    QByteArray buffer(chunkSize, Qt::Uninitialized);
    for (;;) {
        const qint64 n = data.read(buffer.data(), chunkSize);
        if (n < 0) {
            delivery->abort();
            if (error)
                *error = Error(ErrorKind::LocalIo,
                               tr("Could not read the message to save into “%1”: %2.")
                                   .arg(folder, data.errorString()));
            return {};
        }
        if (n == 0 && (data.atEnd() || !data.waitForReadyRead(-1)))
            break;
        if (n > 0 && !delivery->write(buffer.constData(), n)) {
            if (error)
                *error = delivery->error();
            return {};
        }
    }
    const QString id = delivery->commit(flags, unixTime);
    if (id.isEmpty() && error)
        *error = delivery->error();
    return id;
}

QString MaildirStore::deliver(const QString &folder, const QByteArray &data, const QString &flags,
                              qint64 unixTime, Error *error)
{
    auto delivery = beginDelivery(folder, error);
    if (!delivery)
        return {};
    if (!delivery->write(data)) {
        if (error)
            *error = delivery->error();
        return {};
    }
    const QString id = delivery->commit(flags, unixTime);
    if (id.isEmpty() && error)
        *error = delivery->error();
    return id;
}

std::optional<MaildirMessage> MaildirStore::describe(const QString &folder, const QString &dir,
                                                     const QString &fileName, bool isNew) const
{
    if (fileName.startsWith(QLatin1Char('.')))
        return std::nullopt;
    const QFileInfo info(dir + QLatin1Char('/') + fileName);
    if (!info.isFile())
        return std::nullopt;
    MaildirMessage m;
    const int at = infoStart(fileName);
    m.id = at < 0 ? fileName : fileName.left(at);
    m.flags = at < 0 ? QString() : normalizedFlags(fileName.mid(at + 3));
    m.folder = folder.isEmpty() ? inboxName() : folder;
    m.path = info.filePath();
    m.size = info.size();
    m.modified = info.lastModified().toSecsSinceEpoch();
    m.isNew = isNew;
    return m;
}

void MaildirStore::forEachMessage(const QString &folder,
                                  const std::function<bool(const MaildirMessage &)> &visit) const
{
    const QString dir = folderPath(folder);
    if (dir.isEmpty())
        return;
    for (const QString &sub : {kNew, kCur}) {
        const QString subDir = dir + QLatin1Char('/') + sub;
        QDirIterator it(subDir, QDir::Files | QDir::NoDotAndDotDot);
        while (it.hasNext()) {
            it.next();
            const auto m = describe(folder, subDir, it.fileName(), sub == kNew);
            if (m && !visit(*m))
                return;
        }
    }
}

QList<MaildirMessage> MaildirStore::messages(const QString &folder) const
{
    QList<MaildirMessage> out;
    forEachMessage(folder, [&out](const MaildirMessage &m) {
        out << m;
        return true;
    });
    return out;
}

std::optional<MaildirMessage> MaildirStore::message(const QString &folder, const QString &id) const
{
    const QString dir = folderPath(folder);
    if (dir.isEmpty() || !isValidId(id))
        return std::nullopt;
    for (const QString &sub : {kNew, kCur}) {
        const QString subDir = dir + QLatin1Char('/') + sub;
        // The usual cases cost one stat: new mail without info, or a name we can guess.
        if (auto m = describe(folder, subDir, id, sub == kNew))
            return m;
        QDirIterator it(subDir, QDir::Files | QDir::NoDotAndDotDot);
        while (it.hasNext()) {
            it.next();
            const QString name = it.fileName();
            if (name.size() > id.size() && name.startsWith(id) && infoStart(name) == id.size())
                return describe(folder, subDir, name, sub == kNew);
        }
    }
    return std::nullopt;
}

std::unique_ptr<QFile> MaildirStore::openMessage(const QString &folder, const QString &id,
                                                 Error *error) const
{
    const auto m = message(folder, id);
    if (!m) {
        if (error)
            *error = Error(ErrorKind::NotFound,
                           tr("The message %1 is no longer in the local folder “%2”.")
                               .arg(id, folder.isEmpty() ? inboxName() : folder));
        return nullptr;
    }
    auto file = std::make_unique<QFile>(m->path);
    errno = 0;
    if (!file->open(QIODevice::ReadOnly)) {
        if (error)
            *error = localIoError(tr("read the message"), m->path, errno, file->errorString());
        return nullptr;
    }
    return file;
}

QByteArray MaildirStore::readMessage(const QString &folder, const QString &id, Error *error) const
{
    auto file = openMessage(folder, id, error);
    if (!file)
        return {};
    errno = 0;
    QByteArray data = file->readAll();
    if (file->error() != QFileDevice::NoError) {
        if (error)
            *error = localIoError(tr("read the message"), file->fileName(), errno,
                                  file->errorString());
        return {};
    }
    return data;
}

bool MaildirStore::setFlags(const QString &folder, const QString &id, const QString &flags,
                            Error *error)
{
    const auto m = message(folder, id);
    if (!m) {
        if (error)
            *error = Error(ErrorKind::NotFound,
                           tr("The message %1 is no longer in the local folder “%2”.")
                               .arg(id, folder.isEmpty() ? inboxName() : folder));
        return false;
    }
    const QString target = folderPath(folder) + QLatin1Char('/') + kCur + QLatin1Char('/') + id
        + infoSeparator() + QStringLiteral("2,") + normalizedFlags(flags);
    if (target == m->path)
        return true;
    QFile file(m->path);
    errno = 0;
    if (!file.rename(target)) {
        if (error)
            *error = localIoError(tr("change the flags of a message"), m->path, errno,
                                  file.errorString());
        return false;
    }
    return true;
}

bool MaildirStore::removeMessage(const QString &folder, const QString &id, Error *error)
{
    const auto m = message(folder, id);
    if (!m) {
        if (error)
            *error = Error(ErrorKind::NotFound,
                           tr("The message %1 is no longer in the local folder “%2”.")
                               .arg(id, folder.isEmpty() ? inboxName() : folder));
        return false;
    }
    QFile file(m->path);
    errno = 0;
    if (!file.remove()) {
        if (error)
            *error = localIoError(tr("delete a message"), m->path, errno, file.errorString());
        return false;
    }
    return true;
}

std::optional<MaildirMessage> MaildirStore::locate(const QString &folder, const QString &id,
                                                   const QString &hint) const
{
    const QString dir = folderPath(folder);
    if (dir.isEmpty() || !isValidId(id))
        return std::nullopt;
    const qsizetype slash = hint.indexOf(QLatin1Char('/'));
    if (slash > 0) {
        const QString sub = hint.left(slash);
        const QString name = hint.mid(slash + 1);
        const bool nameFits = name == id || (name.startsWith(id) && infoStart(name) == id.size());
        if ((sub == kCur || sub == kNew) && nameFits) {
            if (auto m = describe(folder, dir + QLatin1Char('/') + sub, name, sub == kNew))
                return m;
        }
    }
    return message(folder, id);
}

std::optional<MaildirMessage> MaildirStore::changeFlags(const QString &folder, const QString &id,
                                                        const QString &flags, const QString &hint,
                                                        Error *error)
{
    const auto m = locate(folder, id, hint);
    if (!m) {
        if (error)
            *error = Error(ErrorKind::NotFound,
                           tr("The message %1 is no longer in the local folder “%2”.")
                               .arg(id, folder.isEmpty() ? inboxName() : folder));
        return std::nullopt;
    }
    const QString normalized = normalizedFlags(flags);
    const QString target = folderPath(folder) + QLatin1Char('/') + kCur + QLatin1Char('/') + id
        + infoSeparator() + QStringLiteral("2,") + normalized;
    MaildirMessage now = *m;
    if (target != m->path) {
        QFile file(m->path);
        errno = 0;
        if (!file.rename(target)) {
            if (error)
                *error = localIoError(tr("change the flags of a message"), m->path, errno,
                                      file.errorString());
            return std::nullopt;
        }
        now.path = target;
        now.isNew = false;
    }
    now.flags = normalized;
    return now;
}

std::optional<MaildirMessage> MaildirStore::moveMessage(const QString &from, const QString &id,
                                                        const QString &to, const QString &hint,
                                                        Error *error)
{
    const auto m = locate(from, id, hint);
    if (!m) {
        if (error)
            *error = Error(ErrorKind::NotFound,
                           tr("The message %1 is no longer in the local folder “%2”.")
                               .arg(id, from.isEmpty() ? inboxName() : from));
        return std::nullopt;
    }
    if (!hasFolder(to)) {
        if (error)
            *error = Error(ErrorKind::NotFound,
                           tr("The local folder “%1” does not exist in %2.").arg(to, m_root));
        return std::nullopt;
    }
    const QString fileName = QFileInfo(m->path).fileName();
    const QString targetDir = folderPath(to) + QLatin1Char('/') + (m->isNew ? kNew : kCur);
    const QString target = targetDir + QLatin1Char('/') + fileName;
    QFile file(m->path);
    errno = 0;
    // QFile::rename never replaces an existing file, so a clash cannot lose a message.
    if (!file.rename(target)) {
        if (error)
            *error = localIoError(tr("move a message"), m->path, errno, file.errorString());
        return std::nullopt;
    }
    MaildirMessage now = *m;
    now.folder = to.isEmpty() ? inboxName() : to;
    now.path = target;
    return now;
}

QString MaildirStore::copyMessage(const QString &from, const QString &id, const QString &to,
                                  const QString &hint, Error *error)
{
    const auto m = locate(from, id, hint);
    if (!m) {
        if (error)
            *error = Error(ErrorKind::NotFound,
                           tr("The message %1 is no longer in the local folder “%2”.")
                               .arg(id, from.isEmpty() ? inboxName() : from));
        return {};
    }
    QFile file(m->path);
    errno = 0;
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = localIoError(tr("read the message"), m->path, errno, file.errorString());
        return {};
    }
    return deliver(to, file, m->flags, m->modified, error);
}

QString MaildirStore::relativePath(const MaildirMessage &message)
{
    return (message.isNew ? kNew : kCur) + QLatin1Char('/') + QFileInfo(message.path).fileName();
}

QString MaildirStore::normalizedFlags(const QString &flags)
{
    QString out;
    for (const QChar c : flags) {
        if (isFlagLetter(c) && !out.contains(c))
            out += c;
    }
    std::sort(out.begin(), out.end(), [](QChar a, QChar b) { return a.unicode() < b.unicode(); });
    return out;
}

QString MaildirStore::flagsFromBits(quint8 bits)
{
    QString out;
    if (bits & FlagDraft)
        out += QLatin1Char('D');
    if (bits & FlagFlagged)
        out += QLatin1Char('F');
    if (bits & FlagForwarded)
        out += QLatin1Char('P');
    if (bits & FlagAnswered)
        out += QLatin1Char('R');
    if (bits & FlagSeen)
        out += QLatin1Char('S');
    if (bits & FlagDeleted)
        out += QLatin1Char('T');
    return out;
}

quint8 MaildirStore::bitsFromFlags(const QString &flags)
{
    quint8 bits = 0;
    for (const QChar c : flags) {
        switch (c.unicode()) {
        case 'D': bits |= FlagDraft; break;
        case 'F': bits |= FlagFlagged; break;
        case 'P': bits |= FlagForwarded; break;
        case 'R': bits |= FlagAnswered; break;
        case 'S': bits |= FlagSeen; break;
        case 'T': bits |= FlagDeleted; break;
        default: break;
        }
    }
    return bits;
}

QChar MaildirStore::infoSeparator()
{
#ifdef Q_OS_WIN
    return QLatin1Char(';'); // ':' cannot appear in Windows file names
#else
    return QLatin1Char(':');
#endif
}

QString MaildirStore::uniqueName()
{
    static std::atomic<quint64> counter{0};
    static const QString host = [] {
        QString h = QSysInfo::machineHostName();
        if (h.isEmpty())
            h = QStringLiteral("localhost");
        // The Maildir convention for characters that cannot appear in this part of the name.
        h.replace(QLatin1Char('/'), QStringLiteral("\\057"));
        h.replace(QLatin1Char(':'), QStringLiteral("\\072"));
        h.replace(QLatin1Char(';'), QStringLiteral("\\073"));
        return h;
    }();
    const auto now = std::chrono::system_clock::now().time_since_epoch();
    const qint64 usecs = std::chrono::duration_cast<std::chrono::microseconds>(now).count();
    return QString::number(usecs / 1000000) + QStringLiteral(".M")
        + QString::number(usecs % 1000000) + QLatin1Char('P')
        + QString::number(QCoreApplication::applicationPid()) + QLatin1Char('Q')
        + QString::number(++counter) + QLatin1Char('.') + host;
}

Error MaildirStore::localIoError(const QString &action, const QString &path, int errnoValue,
                                 const QString &systemText)
{
    switch (errnoValue) {
    case ENOSPC:
#ifdef EDQUOT
    case EDQUOT:
#endif
    case EFBIG:
        return Error(ErrorKind::LocalIo,
                     tr("Could not %1 in %2: the disk is full. Free some space, then try again; "
                        "nothing was lost.")
                         .arg(action, QDir::toNativeSeparators(path)),
                     systemText);
    case EACCES:
    case EPERM:
    case EROFS:
        return Error(ErrorKind::LocalIo,
                     tr("Could not %1 in %2: permission denied. Check that your user account may "
                        "write there.")
                         .arg(action, QDir::toNativeSeparators(path)),
                     systemText);
    default:
        return Error(
            ErrorKind::LocalIo,
            tr("Could not %1 in %2: %3.").arg(action, QDir::toNativeSeparators(path), systemText),
            systemText);
    }
}

} // namespace postier::protocols
