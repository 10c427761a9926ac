#include "protocols/local/EmlSource.h"

#include "protocols/local/MaildirStore.h"

#include <QDir>
#include <QFileInfo>

namespace postier::protocols {

namespace {
constexpr int kMaxDepth = 32; // a symlink loop must not recurse forever

bool hasEmlFiles(const QDir &dir)
{
    return !dir.entryList({QStringLiteral("*.eml")}, QDir::Files | QDir::NoDotAndDotDot).isEmpty();
}
} // namespace

EmlSource::EmlSource(const LocalSourceOptions &options, QString description)
    : FileTreeSource(options, std::move(description))
{}

void EmlSource::addTree(const QString &dirPath, const QString &prefix, int depth)
{
    if (depth > kMaxDepth)
        return;
    const QDir dir(dirPath);
    if (hasEmlFiles(dir))
        addFolder(prefix.isEmpty() ? MaildirStore::inboxName() : prefix, Store::EmlDirectory,
                  dirPath);
    for (const QString &name : dir.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name)) {
        if (isHidden(name))
            continue;
        QString folder = prefix.isEmpty() ? name : prefix + QLatin1Char('/') + name;
        if (prefix.isEmpty() && isInboxName(name))
            folder = MaildirStore::inboxName();
        addTree(dir.filePath(name), folder, depth + 1);
    }
}

std::unique_ptr<EmlSource> EmlSource::create(const QString &path, const LocalSourceOptions &options,
                                             Error *error)
{
    const QFileInfo info(path);
    const QString where = QDir::toNativeSeparators(path);
    std::unique_ptr<EmlSource> source;
    if (info.isDir()) {
        source.reset(new EmlSource(options, tr("the folder of .eml files %1").arg(where)));
        source->addTree(path, QString(), 0);
        if (!source->hasFolders()) {
            if (error)
                *error = Error(ErrorKind::Usage, tr("No .eml file was found in %1.").arg(where));
            return nullptr;
        }
    } else {
        source.reset(new EmlSource(options, tr("the .eml file %1").arg(where)));
        source->addFolder(MaildirStore::inboxName(), Store::EmlFile, path);
    }
    source->finishFolders(0);
    return source;
}

} // namespace postier::protocols
