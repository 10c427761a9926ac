#include "models/migration/FolderMappingModel.h"

#include "models/migration/MigrationReport.h"

#include <QHash>
#include <QLocale>

namespace postier::models {

FolderMappingModel::FolderMappingModel(QObject *parent)
    : QAbstractItemModel(parent)
    , m_root(std::make_unique<Node>())
{
}

FolderMappingModel::~FolderMappingModel() = default;

void FolderMappingModel::setPreflight(const MigrationPreflightResult &preflight, const QStringList &checked)
{
    beginResetModel();
    m_root = std::make_unique<Node>();
    m_order.clear();
    FolderMapper mapper(preflight.serverFolders, preflight.separator);
    QHash<QString, Node *> byPath;
    for (const PreflightFolder &folder : preflight.folders) {
        const qsizetype slash = folder.path.lastIndexOf(QLatin1Char('/'));
        Node *parent = slash > 0 ? byPath.value(folder.path.left(slash), m_root.get()) : m_root.get();
        auto node = std::make_unique<Node>();
        node->parent = parent;
        node->row = int(parent->children.size());
        node->folder = folder;
        node->displayName = folder.path.compare(QLatin1String("INBOX"), Qt::CaseInsensitive) == 0
            ? tr("Inbox") : folder.path.mid(slash + 1);
        node->checked = folder.holdsMessages
            && (checked.isEmpty() ? folder.messages > 0 : checked.contains(folder.path));
        if (folder.holdsMessages) {
            node->mapping = mapper.map(folder.path, folder.specialUse);
            if (!node->mapping.reason.isEmpty())
                node->mappingNote = node->mapping.reason;
            else if (!folder.specialUse.isEmpty())
                node->mappingNote = tr("Goes into the server’s own folder for this purpose, “%1”.")
                                        .arg(node->mapping.destination);
            else if (node->mapping.exists)
                node->mappingNote = tr("“%1” already exists on the server: the messages are added to it.")
                                        .arg(node->mapping.destination);
            else
                node->mappingNote = tr("“%1” is created on the server.").arg(node->mapping.destination);
        }
        byPath.insert(folder.path, node.get());
        m_order.push_back(node.get());
        parent->children.push_back(std::move(node));
    }
    endResetModel();
    Q_EMIT selectionChanged();
}

void FolderMappingModel::setDryRun(const MigrationReport &report)
{
    QHash<QString, const MigrationFolderReport *> byFolder;
    for (const MigrationFolderReport &f : report.folders)
        byFolder.insert(f.source, &f);
    const QLocale locale;
    for (Node *node : m_order) {
        const MigrationFolderReport *f = byFolder.value(node->folder.path);
        if (!f)
            node->uploadText.clear();
        else if (!f->error.isEmpty())
            node->uploadText = tr("cannot be copied");
        else if (f->alreadyThere > 0)
            node->uploadText = tr("%1 (%2 already there)").arg(locale.toString(f->uploaded), locale.toString(f->alreadyThere));
        else
            node->uploadText = locale.toString(f->uploaded);
        const QModelIndex i = indexOfNode(node, UploadColumn);
        Q_EMIT dataChanged(i, i, {Qt::DisplayRole});
    }
}

void FolderMappingModel::clearDryRun()
{
    for (Node *node : m_order) {
        if (node->uploadText.isEmpty())
            continue;
        node->uploadText.clear();
        const QModelIndex i = indexOfNode(node, UploadColumn);
        Q_EMIT dataChanged(i, i, {Qt::DisplayRole});
    }
}

QStringList FolderMappingModel::checkedFolders() const
{
    QStringList out;
    for (const Node *node : m_order) {
        if (node->checked)
            out << node->folder.path;
    }
    return out;
}

qint64 FolderMappingModel::checkedMessages() const
{
    qint64 sum = 0;
    for (const Node *node : m_order)
        sum += node->checked ? node->folder.messages : 0;
    return sum;
}

qint64 FolderMappingModel::checkedBytes() const
{
    qint64 sum = 0;
    for (const Node *node : m_order)
        sum += node->checked ? node->folder.bytes : 0;
    return sum;
}

QStringList FolderMappingModel::renameExplanations() const
{
    QStringList out;
    for (const Node *node : m_order) {
        if (node->checked && !node->mapping.reason.isEmpty())
            out << node->mapping.reason;
    }
    return out;
}

QString FolderMappingModel::sourcePath(const QModelIndex &index) const
{
    const Node *node = nodeOf(index);
    return node == m_root.get() ? QString() : node->folder.path;
}

QModelIndex FolderMappingModel::indexOf(const QString &sourcePath, int column) const
{
    for (const Node *node : m_order) {
        if (node->folder.path == sourcePath)
            return indexOfNode(node, column);
    }
    return {};
}

FolderMappingModel::Node *FolderMappingModel::nodeOf(const QModelIndex &index) const
{
    return index.isValid() ? static_cast<Node *>(index.internalPointer()) : m_root.get();
}

QModelIndex FolderMappingModel::indexOfNode(const Node *node, int column) const
{
    if (!node || node == m_root.get())
        return {};
    return createIndex(node->row, column, const_cast<Node *>(node));
}

QModelIndex FolderMappingModel::index(int row, int column, const QModelIndex &parent) const
{
    const Node *p = nodeOf(parent);
    if (row < 0 || column < 0 || column >= ColumnCount || size_t(row) >= p->children.size())
        return {};
    return createIndex(row, column, p->children[size_t(row)].get());
}

QModelIndex FolderMappingModel::parent(const QModelIndex &child) const
{
    if (!child.isValid())
        return {};
    const Node *node = nodeOf(child);
    return indexOfNode(node->parent, 0);
}

int FolderMappingModel::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid() && parent.column() != 0)
        return 0;
    return int(nodeOf(parent)->children.size());
}

int FolderMappingModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QVariant FolderMappingModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    const Node *node = nodeOf(index);
    const bool holds = node->folder.holdsMessages;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case FolderColumn:
            return node->displayName;
        case MessagesColumn:
            return holds ? QLocale().toString(node->folder.messages) : QString();
        case DestinationColumn:
            return holds ? node->mapping.destination : QString();
        case UploadColumn:
            return node->checked ? node->uploadText : QString();
        }
        break;
    case Qt::CheckStateRole:
        if (index.column() == FolderColumn && holds)
            return node->checked ? Qt::Checked : Qt::Unchecked;
        break;
    case Qt::ToolTipRole:
        if (index.column() == DestinationColumn)
            return node->mappingNote;
        if (index.column() == FolderColumn)
            return holds ? tr("%1: %2 messages, %3").arg(node->folder.path, QLocale().toString(node->folder.messages),
                                                          MigrationPreflightResult::sizeText(node->folder.bytes))
                         : tr("%1 holds only folders.").arg(node->folder.path);
        break;
    case Qt::TextAlignmentRole:
        if (index.column() == MessagesColumn || index.column() == UploadColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        break;
    default:
        break;
    }
    return {};
}

bool FolderMappingModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::CheckStateRole || index.column() != FolderColumn)
        return false;
    Node *node = nodeOf(index);
    if (!node->folder.holdsMessages)
        return false;
    const bool checked = value.value<Qt::CheckState>() == Qt::Checked;
    setCheckedRecursive(node, checked);
    emitSubtreeChanged(node);
    Q_EMIT selectionChanged();
    return true;
}

void FolderMappingModel::setCheckedRecursive(Node *node, bool checked)
{
    if (node->folder.holdsMessages)
        node->checked = checked;
    for (auto &child : node->children)
        setCheckedRecursive(child.get(), checked);
}

void FolderMappingModel::emitSubtreeChanged(Node *node)
{
    Q_EMIT dataChanged(indexOfNode(node, 0), indexOfNode(node, ColumnCount - 1),
                       {Qt::CheckStateRole, Qt::DisplayRole});
    for (auto &child : node->children)
        emitSubtreeChanged(child.get());
}

Qt::ItemFlags FolderMappingModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (index.column() == FolderColumn && nodeOf(index)->folder.holdsMessages)
        f |= Qt::ItemIsUserCheckable;
    return f;
}

QVariant FolderMappingModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case FolderColumn:
        return tr("Folder on this computer");
    case MessagesColumn:
        return tr("Messages");
    case DestinationColumn:
        return tr("Folder on the server");
    case UploadColumn:
        return tr("To upload");
    default:
        return {};
    }
}

} // namespace postier::models
