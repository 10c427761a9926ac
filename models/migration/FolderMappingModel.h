#pragma once

#include "models/migration/FolderMapper.h"
#include "models/migration/MigrationPreflight.h"

#include <QAbstractItemModel>
#include <QStringList>

#include <memory>
#include <vector>

namespace postier::models {

struct MigrationReport;

/// The folder mapping of a migration as a tree the user can check: each source folder (by its
/// hierarchy), how many messages it has, where it goes on the server (FolderMapper, exactly as
/// MigrationRun will map it) and, after a dry run, how many messages would be uploaded.
///
/// Columns: Folder (checkable; unchecking a folder unchecks the folders below it, checking one
/// checks them), Messages, On the server, To upload. Levels that only hold subfolders have no
/// check box. The tool tip of "On the server" says why a folder is renamed or mapped onto a
/// special folder. Every folder with messages starts checked. data() is O(1).
class FolderMappingModel : public QAbstractItemModel
{
    Q_OBJECT
public:
    enum Column { FolderColumn, MessagesColumn, DestinationColumn, UploadColumn, ColumnCount };

    explicit FolderMappingModel(QObject *parent = nullptr);
    ~FolderMappingModel() override;

    /// Builds the tree from the preflight's source folders and server folders; `checked`, when
    /// not empty, is the selection to restore (source paths), else every folder with messages.
    void setPreflight(const MigrationPreflightResult &preflight, const QStringList &checked = {});
    /// Fills "To upload" from a dry run's report (folders it did not cover show a dash).
    void setDryRun(const MigrationReport &report);
    void clearDryRun();

    /// The checked source folders, in source order.
    [[nodiscard]] QStringList checkedFolders() const;
    /// Messages and bytes of the checked folders.
    [[nodiscard]] qint64 checkedMessages() const;
    [[nodiscard]] qint64 checkedBytes() const;
    /// One sentence per renamed folder: why its name changes on the server.
    [[nodiscard]] QStringList renameExplanations() const;
    [[nodiscard]] QString sourcePath(const QModelIndex &index) const;
    [[nodiscard]] QModelIndex indexOf(const QString &sourcePath, int column = 0) const;

    [[nodiscard]] QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    [[nodiscard]] QModelIndex parent(const QModelIndex &child) const override;
    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    [[nodiscard]] Qt::ItemFlags flags(const QModelIndex &index) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation,
                                      int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    /// The set of checked folders changed.
    void selectionChanged();

private:
    struct Node {
        Node *parent = nullptr;
        int row = 0;
        std::vector<std::unique_ptr<Node>> children;
        PreflightFolder folder;
        FolderMapping mapping;
        QString displayName;   ///< the last level; "Inbox" for the INBOX
        QString mappingNote;   ///< tool tip of the destination
        QString uploadText;    ///< "12 (3 already there)", or empty
        bool checked = false;
    };

    [[nodiscard]] Node *nodeOf(const QModelIndex &index) const;
    [[nodiscard]] QModelIndex indexOfNode(const Node *node, int column) const;
    void setCheckedRecursive(Node *node, bool checked);
    void emitSubtreeChanged(Node *node);

    std::unique_ptr<Node> m_root;
    std::vector<Node *> m_order; ///< folders in source order
};

} // namespace postier::models
