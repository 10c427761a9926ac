#include "protocols/imap/ListFoldersJob.h"

#include "protocols/imap/ImapSession.h"

#include <QHash>
#include <algorithm>

namespace postier::protocols {

QString ListFoldersJob::description() const
{
    return tr("Listing folders");
}

void ListFoldersJob::runImap(ImapSession &session)
{
    QHash<QByteArray, int> byName;
    FolderList folders;
    auto collect = [&](std::string_view response, bool subscribedPass) {
        FolderInfo info;
        if (!imap::parseList(response, &info))
            return;
        const bool isLsub = response.substr(0, 7) == "* LSUB ";
        auto it = byName.constFind(info.rawName);
        if (it != byName.constEnd()) {
            FolderInfo &known = folders[*it];
            if (subscribedPass || isLsub)
                known.attributes |= FolderSubscribed;
            else
                known.attributes |= info.attributes;
            return;
        }
        if (isLsub) {
            // A subscription without a LIST entry: the folder is gone.
            info.attributes = FolderSubscribed | FolderNonExistent;
        }
        if (subscribedPass)
            info.attributes |= FolderSubscribed;
        byName.insert(info.rawName, folders.size());
        folders.append(info);
    };

    const QString what = tr("list the folders");
    if (session.hasCapability("LIST-EXTENDED")) {
        QByteArray returns = "CHILDREN SUBSCRIBED";
        if (session.hasCapability("SPECIAL-USE"))
            returns += " SPECIAL-USE";
        session.executeOk("LIST \"\" \"*\" RETURN (" + returns + ")", what,
                          [&](std::string_view r) { collect(r, false); });
        session.executeOk("LIST (SUBSCRIBED) \"\" \"*\"", what,
                          [&](std::string_view r) { collect(r, true); });
    } else {
        session.executeOk("LIST \"\" \"*\"", what, [&](std::string_view r) { collect(r, false); });
        session.executeOk("LSUB \"\" \"*\"", what, [&](std::string_view r) { collect(r, true); });
    }

    std::sort(folders.begin(), folders.end(), [](const FolderInfo &a, const FolderInfo &b) {
        const bool aInbox = a.specialUse == SpecialUse::Inbox;
        const bool bInbox = b.specialUse == SpecialUse::Inbox;
        if (aInbox != bInbox)
            return aInbox;
        return a.path.compare(b.path, Qt::CaseInsensitive) < 0;
    });
    m_folders = folders;
}

} // namespace postier::protocols
