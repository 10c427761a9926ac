#pragma once

#include "models/Roles.h"
#include "protocols/imap/FolderInfo.h"

#include <QAbstractItemModel>
#include <memory>
#include <vector>

namespace postier::models {

class MailSession;

/// Accounts and their folder trees, lazily.
///
/// The top-level rows are the accounts of the MailSession. An account's folders appear at once
/// from the offline cache, then canFetchMore()/fetchMore() lists them on the server (LIST, with
/// LIST-EXTENDED where offered), stores the list in the cache and asks for the message and
/// unread counts (STATUS). Each account row has a FetchState (Loading while the server is asked,
/// Unavailable with an Error sentence when it cannot be reached, so views can draw "offline").
/// Folders the server lists but that cannot hold mail are kept and marked IsGhost; parents that
/// the server implies but does not list are added as ghosts too. INBOX comes first, then the
/// special folders (Drafts, Sent, Archive, Junk, Trash), then the others by name.
///
/// A POP3 account shows its local folders instead (LocalMail: INBOX, Drafts, Sent, Archive,
/// Trash and any other of its Maildir), at once and without a server: its raw names are the
/// Maildir folder names in UTF-8, its counts come from the offline cache and follow
/// LocalMail::countsChanged(). refresh() lists them again.
///
/// Drag and drop: folder rows can be dragged (folderMimeType: "<account id>\n<raw name>").
/// A folder of an IMAP account accepts messages (MessageListModel::mimeType, any account:
/// messagesDropped()), a folder of another account (folderDropped()) and mbox or .eml files from
/// the file manager (text/uri-list: filesDropped()); the controllers do the work, nothing is
/// removed by the view. A local (POP3) folder accepts messages only.
class FolderModel : public QAbstractItemModel
{
    Q_OBJECT
public:
    explicit FolderModel(MailSession &session, QObject *parent = nullptr);
    ~FolderModel() override;

    /// Lists the account's folders again (and their counts).
    void refresh(const QModelIndex &accountIndex);
    /// Re-reads the accounts from the session.
    void reloadAccounts();
    /// Updates the counts shown for one folder (after a sync).
    void setCounts(const QString &accountId, const QByteArray &rawName, int total, int unread);
    [[nodiscard]] QModelIndex indexFor(const QString &accountId, const QByteArray &rawName = {}) const;

    [[nodiscard]] QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    [[nodiscard]] QModelIndex parent(const QModelIndex &child) const override;
    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] bool hasChildren(const QModelIndex &parent = {}) const override;
    [[nodiscard]] bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role) const override;
    [[nodiscard]] Qt::ItemFlags flags(const QModelIndex &index) const override;
    [[nodiscard]] QStringList mimeTypes() const override;
    [[nodiscard]] bool canDropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                                       const QModelIndex &parent) const override;
    bool dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                      const QModelIndex &parent) override;
    [[nodiscard]] Qt::DropActions supportedDropActions() const override;
    [[nodiscard]] Qt::DropActions supportedDragActions() const override;
    [[nodiscard]] QMimeData *mimeData(const QModelIndexList &indexes) const override;

    static constexpr const char *folderMimeType = "application/x-postier-folder";
    /// Whether a dropped file may be mail: a folder, *.mbox, *.mbx, *.eml, or a file whose first
    /// bytes are "From " (models::CrossAccountCopy::fileSpec() decides at the drop).
    [[nodiscard]] static bool mayHoldMail(const QString &path);

Q_SIGNALS:
    /// Messages were dropped on a folder: the UI's controller moves or copies them.
    void messagesDropped(const QByteArray &mimeData, const QString &accountId, const QByteArray &rawFolder,
                         Qt::DropAction action);
    /// A folder of another account was dropped on an IMAP folder.
    void folderDropped(const QString &sourceAccountId, const QByteArray &sourceRawFolder,
                       const QString &accountId, const QByteArray &rawFolder);
    /// Files from the file manager were dropped on an IMAP folder (local paths).
    void filesDropped(const QStringList &paths, const QString &accountId, const QByteArray &rawFolder);

private:
    struct Node;
    Node *nodeOf(const QModelIndex &index) const;
    QModelIndex indexOf(Node *node) const;
    void setFolders(Node *account, const protocols::FolderList &folders);
    /// The local folders of a POP3 account (LocalMail), with their counts.
    void showLocalFolders(Node *account);
    void requestCounts(Node *account);

    MailSession &m_session;
    std::unique_ptr<Node> m_root;
};

} // namespace postier::models
