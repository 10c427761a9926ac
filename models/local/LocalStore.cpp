#include "models/local/LocalStore.h"

#include "protocols/Error.h"
#include "protocols/local/MaildirStore.h"

#include <QStandardPaths>

namespace postier::models {

namespace {

struct StandardFolder {
    protocols::SpecialUse use;
    const char *name;
};

constexpr StandardFolder kStandard[] = {
    {protocols::SpecialUse::Drafts, "Drafts"},
    {protocols::SpecialUse::Sent, "Sent"},
    {protocols::SpecialUse::Archive, "Archive"},
    {protocols::SpecialUse::Trash, "Trash"},
};

} // namespace

QString LocalStore::rootFor(const QString &accountId)
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)
        + QStringLiteral("/local/") + accountId;
}

QString LocalStore::cacheKey(const QString &accountId)
{
    return QStringLiteral("local:") + accountId;
}

QString LocalStore::folderName(protocols::SpecialUse use)
{
    for (const auto &f : kStandard) {
        if (f.use == use)
            return QLatin1String(f.name);
    }
    return use == protocols::SpecialUse::Inbox ? protocols::MaildirStore::inboxName() : QString();
}

protocols::SpecialUse LocalStore::specialUse(const QString &folder)
{
    if (folder.compare(protocols::MaildirStore::inboxName(), Qt::CaseInsensitive) == 0)
        return protocols::SpecialUse::Inbox;
    for (const auto &f : kStandard) {
        if (folder == QLatin1String(f.name))
            return f.use;
    }
    return protocols::SpecialUse::None;
}

protocols::FolderInfo LocalStore::folderInfo(const QString &folder)
{
    protocols::FolderInfo info;
    info.path = folder.isEmpty() ? protocols::MaildirStore::inboxName() : folder;
    info.rawName = info.path.toUtf8();
    info.separator = QLatin1Char('/');
    info.specialUse = specialUse(info.path);
    return info;
}

QString LocalStore::folderName(const QByteArray &rawName)
{
    return QString::fromUtf8(rawName);
}

bool LocalStore::ensureStandardFolders(protocols::MaildirStore &store, protocols::Error *error)
{
    if (!store.exists() && !store.open(error))
        return false;
    for (const auto &f : kStandard) {
        const QString name = QLatin1String(f.name);
        if (!store.hasFolder(name) && !store.createFolder(name, error))
            return false;
    }
    return true;
}

protocols::FolderList LocalStore::folderList(const protocols::MaildirStore &store)
{
    protocols::FolderList out;
    for (const QString &name : store.folders())
        out.append(folderInfo(name));
    return out;
}

} // namespace postier::models
