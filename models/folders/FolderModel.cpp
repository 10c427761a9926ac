#include "models/folders/FolderModel.h"

#include "models/cache/HeaderCache.h"
#include "models/local/LocalMail.h"
#include "models/local/LocalStore.h"
#include "models/messages/MessageListModel.h"
#include "models/session/MailSession.h"
#include "protocols/imap/FolderStatusJob.h"
#include "protocols/imap/ListFoldersJob.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMimeData>
#include <QUrl>
#include <algorithm>

namespace postier::models {

struct FolderModel::Node {
    Node *parent = nullptr;
    std::vector<std::unique_ptr<Node>> children;
    bool isAccount = false;
    bool isLocal = false;         // the folders of a POP3 account, on this computer
    QString accountId;
    QString name;
    protocols::FolderInfo folder; // for folder nodes
    bool implied = false;         // a parent the server implies but does not list
    int total = -1;
    int unread = -1;
    FetchState state = FetchState::None;
    QString error;

    int row() const
    {
        if (!parent)
            return 0;
        for (size_t i = 0; i < parent->children.size(); ++i) {
            if (parent->children[i].get() == this)
                return int(i);
        }
        return 0;
    }
};

namespace {

int specialRank(protocols::SpecialUse use)
{
    using protocols::SpecialUse;
    switch (use) {
    case SpecialUse::Inbox: return 0;
    case SpecialUse::Drafts: return 1;
    case SpecialUse::Sent: return 2;
    case SpecialUse::Archive: return 3;
    case SpecialUse::All: return 4;
    case SpecialUse::Flagged: return 5;
    case SpecialUse::Junk: return 6;
    case SpecialUse::Trash: return 7;
    case SpecialUse::None: return 100;
    }
    return 100;
}


// A local folder's name as people read it: the standard ones in the user's language.
QString localName(const protocols::FolderInfo &f)
{
    switch (f.specialUse) {
    case protocols::SpecialUse::Inbox: return FolderModel::tr("Inbox");
    case protocols::SpecialUse::Drafts: return FolderModel::tr("Drafts");
    case protocols::SpecialUse::Sent: return FolderModel::tr("Sent");
    case protocols::SpecialUse::Archive: return FolderModel::tr("Archive");
    case protocols::SpecialUse::Trash: return FolderModel::tr("Trash");
    default: return f.name();
    }
}

template<typename NodePtr>
void sortTree(std::vector<NodePtr> &nodes)
{
    std::sort(nodes.begin(), nodes.end(), [](const auto &a, const auto &b) {
        const int ra = specialRank(a->folder.specialUse);
        const int rb = specialRank(b->folder.specialUse);
        if (ra != rb)
            return ra < rb;
        return a->name.localeAwareCompare(b->name) < 0;
    });
    for (auto &n : nodes)
        sortTree(n->children);
}

} // namespace

FolderModel::FolderModel(MailSession &session, QObject *parent)
    : QAbstractItemModel(parent)
    , m_session(session)
    , m_root(std::make_unique<Node>())
{
    reloadAccounts();
    connect(&m_session, &MailSession::accountsChanged, this, &FolderModel::reloadAccounts);
    connect(&m_session.local(), &LocalMail::countsChanged, this, &FolderModel::setCounts);
}

FolderModel::~FolderModel() = default;

void FolderModel::reloadAccounts()
{
    beginResetModel();
    m_root->children.clear();
    for (const Account &a : m_session.accounts()) {
        auto node = std::make_unique<Node>();
        node->parent = m_root.get();
        node->isAccount = true;
        node->accountId = a.id;
        node->name = a.name;
        m_root->children.push_back(std::move(node));
    }
    endResetModel();
    // The cached trees show at once; the server is asked when a view wants the children.
    for (auto &node : m_root->children) {
        Account a;
        if (!m_session.account(node->accountId, &a))
            continue;
        if (a.incoming.protocol == protocols::Protocol::Pop3) {
            node->isLocal = true;
            showLocalFolders(node.get());
            continue;
        }
        const protocols::FolderList cached = m_session.cache().folderList(Account::passwordKey(a.incoming));
        if (!cached.isEmpty())
            setFolders(node.get(), cached);
    }
}

void FolderModel::showLocalFolders(Node *account)
{
    LocalMail &local = m_session.local();
    protocols::Error error;
    const protocols::FolderList folders = local.folders(account->accountId, &error);
    account->state = error ? FetchState::Unavailable : FetchState::Done;
    account->error = error.sentence();
    setFolders(account, folders);
    // Counts from the cache at once; then every folder is compared with its files (a cheap
    // directory listing when nothing changed), which fixes the counts if anything did.
    for (const protocols::FolderInfo &f : folders) {
        const auto [total, unread] = local.counts(account->accountId, f.path);
        setCounts(account->accountId, f.rawName, total, unread);
    }
    local.rescanAll(account->accountId);
    const QModelIndex idx = indexOf(account);
    Q_EMIT dataChanged(idx, idx);
}

FolderModel::Node *FolderModel::nodeOf(const QModelIndex &index) const
{
    return index.isValid() ? static_cast<Node *>(index.internalPointer()) : m_root.get();
}

QModelIndex FolderModel::indexOf(Node *node) const
{
    if (!node || node == m_root.get())
        return {};
    return createIndex(node->row(), 0, node);
}

QModelIndex FolderModel::index(int row, int column, const QModelIndex &parent) const
{
    Node *p = nodeOf(parent);
    if (column != 0 || row < 0 || row >= int(p->children.size()))
        return {};
    return createIndex(row, 0, p->children[size_t(row)].get());
}

QModelIndex FolderModel::parent(const QModelIndex &child) const
{
    if (!child.isValid())
        return {};
    Node *n = nodeOf(child);
    return indexOf(n->parent);
}

int FolderModel::rowCount(const QModelIndex &parent) const
{
    if (parent.column() > 0)
        return 0;
    return int(nodeOf(parent)->children.size());
}

int FolderModel::columnCount(const QModelIndex &) const
{
    return 1;
}

bool FolderModel::hasChildren(const QModelIndex &parent) const
{
    const Node *n = nodeOf(parent);
    if (n->isAccount)
        return true; // an account always has at least INBOX, listed or not yet
    return !n->children.empty();
}

bool FolderModel::canFetchMore(const QModelIndex &parent) const
{
    const Node *n = nodeOf(parent);
    return n->isAccount && n->state == FetchState::None;
}

void FolderModel::fetchMore(const QModelIndex &parent)
{
    Node *n = nodeOf(parent);
    if (!n->isAccount || n->state == FetchState::Loading)
        return;
    refresh(parent);
}

void FolderModel::refresh(const QModelIndex &accountIndex)
{
    Node *n = nodeOf(accountIndex);
    if (!n->isAccount)
        return;
    Account account;
    if (!m_session.account(n->accountId, &account))
        return;
    if (n->isLocal) {
        showLocalFolders(n);
        return;
    }
    if (account.incoming.protocol != protocols::Protocol::Imap) {
        n->state = FetchState::Unavailable;
        n->error = tr("The folders of POP3 accounts are kept on this computer.");
        Q_EMIT dataChanged(accountIndex, accountIndex);
        return;
    }
    n->state = FetchState::Loading;
    n->error.clear();
    Q_EMIT dataChanged(accountIndex, accountIndex);
    const QString accountId = n->accountId;
    auto *job = new protocols::ListFoldersJob;
    connect(job, &protocols::Job::finished, this, [this, job, accountId, key = Account::passwordKey(account.incoming)] {
        const QModelIndex idx = indexFor(accountId);
        if (!idx.isValid())
            return;
        Node *node = nodeOf(idx);
        if (job->error()) {
            node->state = FetchState::Unavailable;
            node->error = job->error().sentence();
            Q_EMIT dataChanged(idx, idx);
            return;
        }
        (void)m_session.cache().storeFolderList(key, job->folders());
        node->state = FetchState::Done;
        setFolders(node, job->folders());
        Q_EMIT dataChanged(idx, idx);
        requestCounts(node);
    });
    m_session.runIncoming(accountId, job);
}

void FolderModel::setFolders(Node *account, const protocols::FolderList &folders)
{
    const QModelIndex accountIndex = indexOf(account);
    // Keep counts across a refresh.
    QHash<QByteArray, QPair<int, int>> counts;
    std::function<void(Node *)> collect = [&](Node *n) {
        for (auto &c : n->children) {
            counts.insert(c->folder.rawName, {c->total, c->unread});
            collect(c.get());
        }
    };
    collect(account);

    if (!account->children.empty()) {
        beginRemoveRows(accountIndex, 0, int(account->children.size()) - 1);
        account->children.clear();
        endRemoveRows();
    }
    std::vector<std::unique_ptr<Node>> top;
    QHash<QString, Node *> byPath;
    auto findOrCreate = [&](const QString &path, QChar sep, auto &&self) -> Node * {
        if (Node *n = byPath.value(path))
            return n;
        const int cut = sep.isNull() ? -1 : int(path.lastIndexOf(sep));
        Node *parentNode = cut > 0 ? self(path.left(cut), sep, self) : nullptr;
        auto node = std::make_unique<Node>();
        node->accountId = account->accountId;
        node->name = cut > 0 ? path.mid(cut + 1) : path;
        node->folder.path = path;
        node->folder.separator = sep;
        node->folder.attributes = protocols::FolderNonExistent;
        node->implied = true;
        Node *raw = node.get();
        if (parentNode) {
            node->parent = parentNode;
            parentNode->children.push_back(std::move(node));
        } else {
            top.push_back(std::move(node));
        }
        byPath.insert(path, raw);
        return raw;
    };
    for (const auto &f : folders) {
        Node *n = findOrCreate(f.path, f.separator, findOrCreate);
        n->folder = f;
        n->implied = false;
        n->name = f.specialUse == protocols::SpecialUse::Inbox ? tr("Inbox") : f.name();
        if (account->isLocal)
            n->name = localName(f);
        const auto c = counts.value(f.rawName, {-1, -1});
        n->total = c.first;
        n->unread = c.second;
    }
    sortTree(top);
    if (!top.empty()) {
        beginInsertRows(accountIndex, 0, int(top.size()) - 1);
        for (auto &n : top) {
            n->parent = account;
            account->children.push_back(std::move(n));
        }
        endInsertRows();
    }
}

void FolderModel::requestCounts(Node *account)
{
    QByteArrayList names;
    std::function<void(Node *)> collect = [&](Node *n) {
        for (auto &c : n->children) {
            if (!c->implied && c->folder.isSelectable())
                names << c->folder.rawName;
            collect(c.get());
        }
    };
    collect(account);
    if (names.isEmpty())
        return;
    auto *job = new protocols::FolderStatusJob(names);
    job->setPriority(protocols::Job::Priority::Background);
    const QString accountId = account->accountId;
    connect(job, &protocols::Job::finished, this, [this, job, accountId] {
        if (job->error())
            return;
        for (auto it = job->statuses().cbegin(); it != job->statuses().cend(); ++it)
            setCounts(accountId, it.key(), int(it->messages), int(it->unseen));
    });
    m_session.runIncoming(accountId, job);
}

void FolderModel::setCounts(const QString &accountId, const QByteArray &rawName, int total, int unread)
{
    const QModelIndex idx = indexFor(accountId, rawName);
    if (!idx.isValid())
        return;
    Node *n = nodeOf(idx);
    n->total = total;
    n->unread = unread;
    Q_EMIT dataChanged(idx, idx);
}

QModelIndex FolderModel::indexFor(const QString &accountId, const QByteArray &rawName) const
{
    for (auto &a : m_root->children) {
        if (a->accountId != accountId)
            continue;
        if (rawName.isEmpty())
            return indexOf(a.get());
        std::function<Node *(Node *)> find = [&](Node *n) -> Node * {
            for (auto &c : n->children) {
                if (!c->implied && c->folder.rawName == rawName)
                    return c.get();
                if (Node *hit = find(c.get()))
                    return hit;
            }
            return nullptr;
        };
        return indexOf(find(a.get()));
    }
    return {};
}

QVariant FolderModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    const Node *n = nodeOf(index);
    switch (role) {
    case Qt::DisplayRole:
        if (!n->isAccount && n->unread > 0)
            return QStringLiteral("%1 (%2)").arg(n->name).arg(n->unread);
        return n->name;
    case Qt::ToolTipRole:
        if (n->isAccount && n->isLocal && n->error.isEmpty())
            return tr("%1: mail downloaded with POP3, kept on this computer in %2")
                .arg(n->name, QDir::toNativeSeparators(m_session.local().storeRoot(n->accountId)));
        if (n->isAccount)
            return n->error.isEmpty() ? n->name : n->error;
        if (n->folder.isGhost())
            return tr("“%1” is listed by the server but cannot hold mail (a ghost folder).").arg(n->folder.path);
        if (n->total >= 0)
            return n->unread > 0
                ? tr("%1: %n message(s)", nullptr, n->total).arg(n->folder.path) + tr(", %n unread", nullptr, n->unread)
                : tr("%1: %n message(s)", nullptr, n->total).arg(n->folder.path);
        return n->folder.path;
    case Roles::FetchState: return int(n->state);
    case Roles::Error: return n->error;
    case Roles::IsAccount: return n->isAccount;
    case Roles::AccountId: return n->accountId;
    case Roles::FolderRawName: return n->isAccount ? QVariant() : QVariant(n->folder.rawName);
    case Roles::FolderPath: return n->folder.path;
    case Roles::FolderAttributes: return int(n->folder.attributes);
    case Roles::SpecialUse: return int(n->folder.specialUse);
    case Roles::IsGhost: return !n->isAccount && n->folder.isGhost();
    case Roles::UnreadCount: return n->unread;
    case Roles::TotalCount: return n->total;
    default: return {};
    }
}

Qt::ItemFlags FolderModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    const Node *n = nodeOf(index);
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (!n->isAccount && n->folder.isSelectable())
        f |= Qt::ItemIsDropEnabled;
    if (!n->isAccount && !n->implied)
        f |= Qt::ItemIsDragEnabled;
    return f;
}

QStringList FolderModel::mimeTypes() const
{
    return {QLatin1String(MessageListModel::mimeType), QLatin1String(folderMimeType), QStringLiteral("text/uri-list")};
}

Qt::DropActions FolderModel::supportedDropActions() const
{
    return Qt::MoveAction | Qt::CopyAction;
}

Qt::DropActions FolderModel::supportedDragActions() const
{
    return Qt::MoveAction | Qt::CopyAction;
}

QMimeData *FolderModel::mimeData(const QModelIndexList &indexes) const
{
    for (const QModelIndex &index : indexes) {
        if (!(flags(index) & Qt::ItemIsDragEnabled))
            continue;
        const Node *n = nodeOf(index);
        auto *mime = new QMimeData;
        mime->setData(QLatin1String(folderMimeType), n->accountId.toUtf8() + '\n' + n->folder.rawName);
        return mime;
    }
    return nullptr;
}

bool FolderModel::mayHoldMail(const QString &path)
{
    const QFileInfo info(path);
    if (info.isDir())
        return true;
    const QString suffix = info.suffix().toLower();
    if (suffix == QLatin1String("eml") || suffix == QLatin1String("mbox") || suffix == QLatin1String("mbx"))
        return true;
    QFile file(path);
    return info.isFile() && file.open(QIODevice::ReadOnly) && file.read(5) == "From ";
}

namespace {

// "<account id>\n<raw name>" of a dragged folder.
bool parseFolderMime(const QByteArray &data, QString *accountId, QByteArray *rawFolder)
{
    const qsizetype cut = data.indexOf('\n');
    if (cut <= 0 || cut + 1 >= data.size())
        return false;
    *accountId = QString::fromUtf8(data.left(cut));
    *rawFolder = data.mid(cut + 1);
    return true;
}

QStringList localFiles(const QMimeData *data)
{
    QStringList paths;
    for (const QUrl &url : data->urls()) {
        if (!url.isLocalFile())
            return {};
        paths << url.toLocalFile();
    }
    return paths;
}

} // namespace

bool FolderModel::canDropMimeData(const QMimeData *data, Qt::DropAction, int, int, const QModelIndex &parent) const
{
    if (!parent.isValid() || !(flags(parent) & Qt::ItemIsDropEnabled))
        return false;
    if (data->hasFormat(QLatin1String(MessageListModel::mimeType)))
        return true;
    const Node *target = nodeOf(parent);
    const Node *account = target;
    while (account->parent && !account->isAccount)
        account = account->parent;
    if (account->isLocal)
        return false; // only IMAP folders receive from other accounts and from files
    if (data->hasFormat(QLatin1String(folderMimeType))) {
        QString accountId;
        QByteArray raw;
        return parseFolderMime(data->data(QLatin1String(folderMimeType)), &accountId, &raw)
            && accountId != target->accountId && indexFor(accountId).isValid();
    }
    if (data->hasUrls()) {
        const QStringList paths = localFiles(data);
        return !paths.isEmpty() && std::all_of(paths.cbegin(), paths.cend(), &FolderModel::mayHoldMail);
    }
    return false;
}

bool FolderModel::dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                               const QModelIndex &parent)
{
    if (!canDropMimeData(data, action, row, column, parent))
        return false;
    const Node *n = nodeOf(parent);
    // The controllers do the work; the view must not remove anything itself.
    if (data->hasFormat(QLatin1String(MessageListModel::mimeType))) {
        Q_EMIT messagesDropped(data->data(QLatin1String(MessageListModel::mimeType)), n->accountId,
                               n->folder.rawName, action);
    } else if (data->hasFormat(QLatin1String(folderMimeType))) {
        QString accountId;
        QByteArray raw;
        if (parseFolderMime(data->data(QLatin1String(folderMimeType)), &accountId, &raw))
            Q_EMIT folderDropped(accountId, raw, n->accountId, n->folder.rawName);
    } else {
        Q_EMIT filesDropped(localFiles(data), n->accountId, n->folder.rawName);
    }
    return false;
}


} // namespace postier::models
