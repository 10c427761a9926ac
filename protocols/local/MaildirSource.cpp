#include "protocols/local/MaildirSource.h"

#include "protocols/imap/ImapParser.h"
#include "protocols/local/MaildirStore.h"

#include <QDir>
#include <QFile>

namespace postier::protocols {

namespace {

// dovecot and courier keep folder names in modified UTF-7; mbsync may keep UTF-8. Either way
// decodeMailboxName gives the name as the user knows it, and leaves other names as they are.
QString levelName(const QString &fileName)
{
    return imap::decodeMailboxName(QFile::encodeName(fileName));
}

constexpr int kMaxDepth = 32; // a symlink loop must not recurse forever

} // namespace

MaildirSource::MaildirSource(const QString &root, const LocalSourceOptions &options)
    : FileTreeSource(options, tr("the Maildir %1").arg(QDir::toNativeSeparators(root)))
{
    if (isMaildirDirectory(root))
        addFolder(MaildirStore::inboxName(), Store::Maildir, root);
    // Maildir++: ".A.B" beside the INBOX's cur/new/tmp.
    const QDir dir(root);
    const QStringList hidden = dir.entryList(QDir::Dirs | QDir::Hidden | QDir::NoDotAndDotDot);
    for (const QString &name : hidden) {
        if (name.size() < 2 || !name.startsWith(QLatin1Char('.')))
            continue;
        const QString path = dir.filePath(name);
        if (!isMaildirDirectory(path))
            continue;
        QStringList levels;
        for (const QString &level : name.mid(1).split(QLatin1Char('.'), Qt::SkipEmptyParts))
            levels << levelName(level);
        if (!levels.isEmpty())
            addFolder(levels.join(QLatin1Char('/')), Store::Maildir, path);
    }
    addNested(root, QString(), 0);
}

void MaildirSource::addNested(const QString &dirPath, const QString &prefix, int depth)
{
    if (depth > kMaxDepth)
        return;
    const QDir dir(dirPath);
    const QStringList names = dir.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
    for (const QString &name : names) {
        if (isHidden(name) || name == QLatin1String("cur") || name == QLatin1String("new")
            || name == QLatin1String("tmp"))
            continue;
        const QString path = dir.filePath(name);
        QString level = levelName(name);
        if (prefix.isEmpty() && isInboxName(level))
            level = MaildirStore::inboxName();
        const QString folder = prefix.isEmpty() ? level : prefix + QLatin1Char('/') + level;
        if (isMaildirDirectory(path))
            addFolder(folder, Store::Maildir, path);
        // Levels without cur/new appear through their children (finishFolders adds them), so a
        // directory of unrelated files adds nothing.
        addNested(path, folder, depth + 1);
    }
}

std::unique_ptr<MaildirSource> MaildirSource::create(const QString &root,
                                                     const LocalSourceOptions &options,
                                                     Error *error)
{
    std::unique_ptr<MaildirSource> source(new MaildirSource(root, options));
    if (!source->hasFolders()) {
        if (error)
            *error = Error(ErrorKind::Usage,
                           tr("%1 is not a Maildir: neither it nor any folder below it has the "
                              "cur and new folders of a Maildir.")
                               .arg(QDir::toNativeSeparators(root)));
        return nullptr;
    }
    source->finishFolders(0);
    return source;
}

} // namespace postier::protocols
