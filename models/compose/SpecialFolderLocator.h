#pragma once

#include "protocols/Error.h"
#include "protocols/imap/FolderInfo.h"

#include <QByteArray>
#include <QHash>
#include <QObject>
#include <QPointer>
#include <functional>

namespace postier::models {

class FolderModel;
class MailSession;

/// Finds an account's Sent or Drafts folder on its IMAP server, creating it when there is none.
///
/// Contract: locate() calls back exactly once, from the event loop or directly, with the folder's
/// raw (wire) name, or with an empty name and an Error sentence. The folder is, in this order:
/// the one marked with the SPECIAL-USE attribute (\Sent, \Drafts) in the FolderModel when one is
/// set, else in the offline cache's folder list, else in a fresh LIST from the server
/// (ListFoldersJob); failing that, a selectable folder with the usual name ("Sent", "Sent Items",
/// "Sent Messages", "Sent Mail"; "Drafts", "Draft"; any case, at the top level or under INBOX);
/// failing that, "Sent" or "Drafts" is created (CreateFolderJob) next to the other folders (under
/// "INBOX<sep>" when every folder lives there). A CREATE refused because the folder already
/// exists counts as found. The answer is remembered per account and kind until forget(). A POP3
/// account has no server folders: it fails with ErrorKind::Usage.
class SpecialFolderLocator : public QObject
{
    Q_OBJECT
public:
    using Callback = std::function<void(const QByteArray &rawName, const protocols::Error &error)>;

    explicit SpecialFolderLocator(MailSession &session, QObject *parent = nullptr);

    /// Optional: the main window's folder tree, consulted first.
    void setFolderModel(FolderModel *model);
    /// use: protocols::SpecialUse::Sent or Drafts.
    void locate(const QString &accountId, protocols::SpecialUse use, Callback callback);
    /// Forgets what was found for the account (a folder was deleted or renamed).
    void forget(const QString &accountId);

    /// The best match in a folder list, or an empty name.
    [[nodiscard]] static QByteArray find(const protocols::FolderList &folders,
                                         protocols::SpecialUse use);

private:
    [[nodiscard]] QByteArray findInFolderModel(const QString &accountId,
                                               protocols::SpecialUse use) const;
    void listAndFind(const QString &accountId, protocols::SpecialUse use, Callback callback);
    void create(const QString &accountId, protocols::SpecialUse use,
                const protocols::FolderList &folders, Callback callback);
    void remember(const QString &accountId, protocols::SpecialUse use, const QByteArray &rawName);

    MailSession &m_session;
    QPointer<FolderModel> m_folderModel;
    QHash<QString, QByteArray> m_found; // key: accountId + '\n' + int(use)
};

} // namespace postier::models
