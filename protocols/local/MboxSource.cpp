#include "protocols/local/MboxSource.h"

#include "protocols/local/MaildirStore.h"

#include <QDir>
#include <QFileInfo>

namespace postier::protocols {

namespace {

constexpr int kMaxDepth = 32; // a symlink loop must not recurse forever

bool hasMboxExtension(const QString &name)
{
    return name.endsWith(QLatin1String(".mbox"), Qt::CaseInsensitive)
        || name.endsWith(QLatin1String(".mbx"), Qt::CaseInsensitive);
}

// Files Thunderbird keeps among its folders that are not folders.
bool isThunderbirdSideFile(const QString &name)
{
    static const char *const extensions[] = {".msf", ".dat", ".json", ".html", ".htm", ".sqlite",
                                             ".js",  ".mab", ".log",  ".bak",  ".tmp", ".lock",
                                             ".rdf", ".txt"};
    for (const char *ext : extensions) {
        if (name.endsWith(QLatin1String(ext), Qt::CaseInsensitive))
            return true;
    }
    return false;
}

QString join(const QString &prefix, const QString &level)
{
    if (prefix.isEmpty())
        return LocalSource::isInboxName(level) ? MaildirStore::inboxName() : level;
    return prefix + QLatin1Char('/') + level;
}

} // namespace

MboxSource::MboxSource(const LocalSourceOptions &options, QString description)
    : FileTreeSource(options, std::move(description))
{}

void MboxSource::addMboxTree(const QString &dirPath, const QString &prefix, int depth,
                             bool thunderbird)
{
    if (depth > kMaxDepth)
        return;
    const QDir dir(dirPath);
    const QFileInfoList entries =
        dir.entryInfoList(QDir::Files | QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
    for (const QFileInfo &info : entries) {
        const QString name = info.fileName();
        if (isHidden(name))
            continue;
        if (info.isDir()) {
            if (name.endsWith(QLatin1String(".sbd")) && name.size() > 4)
                addMboxTree(info.filePath(), join(prefix, name.chopped(4)), depth + 1, thunderbird);
            else if (thunderbird && isMaildirDirectory(info.filePath(), true))
                addFolder(join(prefix, name), Store::Maildir, info.filePath());
            else if (!thunderbird)
                addMboxTree(info.filePath(), join(prefix, name), depth + 1, thunderbird);
            continue;
        }
        bool isMbox = false;
        QString level = name;
        if (thunderbird) {
            isMbox = !isThunderbirdSideFile(name)
                && (dir.exists(name + QStringLiteral(".msf")) || info.size() == 0
                    || startsLikeMbox(info.filePath()));
        } else {
            isMbox = hasMboxExtension(name) || startsLikeMbox(info.filePath());
            if (hasMboxExtension(name))
                level = info.completeBaseName();
        }
        if (isMbox && !level.isEmpty())
            addFolder(join(prefix, level), Store::Mbox, info.filePath());
    }
}

std::unique_ptr<MboxSource> MboxSource::create(const QString &path,
                                               const LocalSourceOptions &options, Error *error)
{
    const QFileInfo info(path);
    const QString where = QDir::toNativeSeparators(path);
    std::unique_ptr<MboxSource> source;
    if (info.isDir()) {
        source.reset(new MboxSource(options, tr("the folder of mbox files %1").arg(where)));
        source->addMboxTree(path, QString(), 0, false);
        if (!source->hasFolders()) {
            if (error)
                *error = Error(ErrorKind::Usage,
                               tr("No mbox file was found in %1: an mbox file starts with a "
                                  "“From ” line or has a name ending in .mbox.")
                                   .arg(where));
            return nullptr;
        }
    } else {
        source.reset(new MboxSource(options, tr("the mbox file %1").arg(where)));
        const QString level = hasMboxExtension(info.fileName()) && !info.completeBaseName().isEmpty()
            ? info.completeBaseName()
            : info.fileName();
        source->addFolder(join(QString(), level), Store::Mbox, path);
    }
    source->finishFolders(0);
    return source;
}

} // namespace postier::protocols
