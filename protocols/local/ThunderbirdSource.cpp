#include "protocols/local/ThunderbirdSource.h"

#include <QDir>
#include <QFileInfo>

namespace postier::protocols {

ThunderbirdSource::ThunderbirdSource(const LocalSourceOptions &options, QString description)
    : MboxSource(options, std::move(description))
{
    setPreferReceivedDate(true);
}

bool ThunderbirdSource::isAccountDirectory(const QString &dirPath)
{
    const QDir dir(dirPath);
    if (!dir.entryList({QStringLiteral("*.msf")}, QDir::Files).isEmpty())
        return true;
    for (const char *name : {"Inbox", "INBOX", "msgFilterRules.dat", "popstate.dat"}) {
        if (QFileInfo(dir.filePath(QLatin1String(name))).isFile())
            return true;
    }
    return false;
}

bool ThunderbirdSource::addAccounts(const QString &dirPath)
{
    bool found = false;
    const QDir dir(dirPath);
    for (const QString &name : dir.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name)) {
        const QString account = dir.filePath(name);
        if (isHidden(name) || !isAccountDirectory(account))
            continue;
        found = true;
        addFolder(name, Store::Container, QString());
        addMboxTree(account, name, 1, true);
    }
    return found;
}

std::unique_ptr<ThunderbirdSource> ThunderbirdSource::create(const QString &path,
                                                             const LocalSourceOptions &options,
                                                             Error *error)
{
    const QString where = QDir::toNativeSeparators(path);
    const QDir dir(path);
    auto refuse = [&]() -> std::unique_ptr<ThunderbirdSource> {
        if (error)
            *error = Error(ErrorKind::Usage,
                           tr("%1 is neither a Thunderbird profile nor one of its mail folders: "
                              "choose the profile folder (it holds Mail and ImapMail) or a folder "
                              "inside Mail or ImapMail.")
                               .arg(where));
        return nullptr;
    };
    if (!QFileInfo(path).isDir())
        return refuse();
    const bool isProfile = QFileInfo(dir.filePath(QStringLiteral("Mail"))).isDir()
        || QFileInfo(dir.filePath(QStringLiteral("ImapMail"))).isDir();
    std::unique_ptr<ThunderbirdSource> source;
    if (isProfile) {
        source.reset(new ThunderbirdSource(options, tr("the Thunderbird profile %1").arg(where)));
        bool found = false;
        for (const char *sub : {"Mail", "ImapMail"}) {
            const QString accounts = dir.filePath(QLatin1String(sub));
            if (QFileInfo(accounts).isDir())
                found = source->addAccounts(accounts) || found;
        }
        if (!found)
            return refuse();
        source->finishFolders(1);
        return source;
    }
    source.reset(new ThunderbirdSource(options, tr("the Thunderbird mail folder %1").arg(where)));
    if (isAccountDirectory(path)) {
        source->addMboxTree(path, QString(), 0, true);
        source->finishFolders(0);
    } else if (source->addAccounts(path)) { // Mail/ or ImapMail/ itself
        source->finishFolders(1);
    } else {
        return refuse();
    }
    if (!source->hasFolders())
        return refuse();
    return source;
}

} // namespace postier::protocols
