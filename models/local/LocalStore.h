#pragma once

#include "protocols/imap/FolderInfo.h"

#include <QString>
#include <QStringList>

namespace postier::protocols {
class MaildirStore;
class Error;
} // namespace postier::protocols

namespace postier::models {

/// Where and how a POP3 account's mail is kept on this computer, so that the window and
/// postier-cli agree.
///
/// Each POP3 account has its own Maildir++ tree (protocols::MaildirStore) at rootFor(): the
/// directory "local/<account id>" inside the application's data location
/// (QStandardPaths::AppDataLocation: ~/.local/share/Postier/Postier on Linux,
/// %APPDATA%/Postier/Postier on Windows, ~/Library/Application Support/Postier/Postier on macOS).
/// Downloaded mail goes to its INBOX; the folders Sent, Drafts, Trash and Archive sit beside it
/// and are created when the account is first shown. Its POP3 UIDL record is the file
/// "postier-uidl" at the root (protocols::Pop3UidlRecord). This is the user's mail, not a cache:
/// nothing in it is ever deleted except by the user. The offline cache only indexes it, under the
/// account key cacheKey().
class LocalStore
{
public:
    /// The Maildir root of the account.
    [[nodiscard]] static QString rootFor(const QString &accountId);
    /// The account key of its local folders in the HeaderCache: "local:<account id>".
    [[nodiscard]] static QString cacheKey(const QString &accountId);

    /// The folder name of a special use in every local store ("Trash"...); empty for the others.
    [[nodiscard]] static QString folderName(protocols::SpecialUse use);
    /// The special use of a local folder, by its name (INBOX, Drafts, Sent, Trash, Archive).
    [[nodiscard]] static protocols::SpecialUse specialUse(const QString &folder);
    /// The folder as the folder tree and the cache describe folders: the raw name is the Maildir
    /// folder name in UTF-8, the separator '/'.
    [[nodiscard]] static protocols::FolderInfo folderInfo(const QString &folder);
    /// The Maildir folder name of a raw name from folderInfo().
    [[nodiscard]] static QString folderName(const QByteArray &rawName);

    /// Creates the store and its standard folders where missing; false with *error on failure.
    static bool ensureStandardFolders(protocols::MaildirStore &store, protocols::Error *error);
    /// The store's folders, INBOX first, as folderInfo()s.
    [[nodiscard]] static protocols::FolderList folderList(const protocols::MaildirStore &store);
};

} // namespace postier::models
