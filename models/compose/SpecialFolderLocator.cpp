#include "models/compose/SpecialFolderLocator.h"

#include "models/Roles.h"
#include "models/cache/HeaderCache.h"
#include "models/folders/FolderModel.h"
#include "models/session/MailSession.h"
#include "protocols/imap/CreateFolderJob.h"
#include "protocols/imap/ListFoldersJob.h"

namespace postier::models {

namespace {

using protocols::SpecialUse;

QString keyOf(const QString &accountId, SpecialUse use)
{
    return accountId + QLatin1Char('\n') + QString::number(int(use));
}

QStringList usualNames(SpecialUse use)
{
    if (use == SpecialUse::Sent)
        return {QStringLiteral("Sent"), QStringLiteral("Sent Items"),
                QStringLiteral("Sent Messages"), QStringLiteral("Sent Mail")};
    return {QStringLiteral("Drafts"), QStringLiteral("Draft")};
}

QString kindName(SpecialUse use)
{
    return use == SpecialUse::Sent ? SpecialFolderLocator::tr("Sent")
                                   : SpecialFolderLocator::tr("Drafts");
}

} // namespace

SpecialFolderLocator::SpecialFolderLocator(MailSession &session, QObject *parent)
    : QObject(parent)
    , m_session(session)
{
}

void SpecialFolderLocator::setFolderModel(FolderModel *model)
{
    m_folderModel = model;
}

QByteArray SpecialFolderLocator::find(const protocols::FolderList &folders, SpecialUse use)
{
    for (const auto &f : folders) {
        if (f.specialUse == use && f.isSelectable())
            return f.rawName;
    }
    // By name: a top-level folder first, then one directly under INBOX (Courier/Cyrus namespaces).
    for (const QString &name : usualNames(use)) {
        for (const auto &f : folders) {
            if (f.isSelectable() && f.path.compare(name, Qt::CaseInsensitive) == 0)
                return f.rawName;
        }
        for (const auto &f : folders) {
            if (!f.isSelectable() || f.separator.isNull())
                continue;
            const QString underInbox = QStringLiteral("INBOX") + f.separator + name;
            if (f.path.compare(underInbox, Qt::CaseInsensitive) == 0)
                return f.rawName;
        }
    }
    return {};
}

void SpecialFolderLocator::forget(const QString &accountId)
{
    for (auto it = m_found.begin(); it != m_found.end();) {
        if (it.key().startsWith(accountId + QLatin1Char('\n')))
            it = m_found.erase(it);
        else
            ++it;
    }
}

void SpecialFolderLocator::remember(const QString &accountId, SpecialUse use,
                                    const QByteArray &rawName)
{
    m_found.insert(keyOf(accountId, use), rawName);
}

QByteArray SpecialFolderLocator::findInFolderModel(const QString &accountId, SpecialUse use) const
{
    if (!m_folderModel)
        return {};
    const QModelIndex account = m_folderModel->indexFor(accountId);
    if (!account.isValid())
        return {};
    QList<QModelIndex> pending {account};
    while (!pending.isEmpty()) {
        const QModelIndex parent = pending.takeFirst();
        for (int row = 0; row < m_folderModel->rowCount(parent); ++row) {
            const QModelIndex child = m_folderModel->index(row, 0, parent);
            if (child.data(Roles::SpecialUse).toInt() == int(use)
                && !child.data(Roles::IsGhost).toBool())
                return child.data(Roles::FolderRawName).toByteArray();
            pending.append(child);
        }
    }
    return {};
}

void SpecialFolderLocator::locate(const QString &accountId, SpecialUse use, Callback callback)
{
    const auto known = m_found.constFind(keyOf(accountId, use));
    if (known != m_found.constEnd()) {
        callback(*known, {});
        return;
    }
    Account account;
    if (!m_session.account(accountId, &account)) {
        callback(
            {},
            protocols::Error(protocols::ErrorKind::Usage, tr("This account no longer exists.")));
        return;
    }
    if (account.incoming.protocol != protocols::Protocol::Imap) {
        callback({},
                 protocols::Error(protocols::ErrorKind::Usage,
                                  tr("The account %1 receives mail by POP3, so it has no %2 folder "
                                     "on the server.")
                                      .arg(account.name, kindName(use))));
        return;
    }
    QByteArray found = findInFolderModel(accountId, use);
    if (found.isEmpty())
        found = find(m_session.cache().folderList(Account::passwordKey(account.incoming)), use);
    if (!found.isEmpty()) {
        remember(accountId, use, found);
        callback(found, {});
        return;
    }
    listAndFind(accountId, use, std::move(callback));
}

void SpecialFolderLocator::listAndFind(const QString &accountId, SpecialUse use, Callback callback)
{
    auto *job = new protocols::ListFoldersJob;
    connect(job, &protocols::Job::finished, this, [this, job, accountId, use, callback] {
        if (job->error()) {
            callback({}, job->error());
            return;
        }
        const QByteArray found = find(job->folders(), use);
        if (!found.isEmpty()) {
            remember(accountId, use, found);
            callback(found, {});
            return;
        }
        create(accountId, use, job->folders(), callback);
    });
    m_session.runIncoming(accountId, job);
}

void SpecialFolderLocator::create(const QString &accountId, SpecialUse use,
                                  const protocols::FolderList &folders, Callback callback)
{
    // Servers with an "INBOX." personal namespace keep every folder under INBOX; follow them.
    bool allUnderInbox = folders.size() > 1;
    QChar separator;
    for (const auto &f : folders) {
        if (!f.separator.isNull())
            separator = f.separator;
        if (f.path.compare(QLatin1String("INBOX"), Qt::CaseInsensitive) == 0)
            continue;
        if (f.separator.isNull()
            || !f.path.startsWith(QStringLiteral("INBOX") + f.separator, Qt::CaseInsensitive))
            allUnderInbox = false;
    }
    const QString base = usualNames(use).first();
    const QByteArray name = (allUnderInbox && !separator.isNull())
        ? (QStringLiteral("INBOX") + separator + base).toLatin1()
        : base.toLatin1();
    auto *job = new protocols::CreateFolderJob(name);
    connect(job, &protocols::Job::finished, this, [this, job, accountId, use, name, callback] {
        const protocols::Error &e = job->error();
        const bool exists = e.kind() == protocols::ErrorKind::ServerRefused
            && (e.serverText().contains(QLatin1String("ALREADYEXISTS"), Qt::CaseInsensitive)
                || e.serverText().contains(QLatin1String("exists"), Qt::CaseInsensitive));
        if (e && !exists) {
            callback({},
                     protocols::Error(e.kind(),
                                      tr("There is no %1 folder, and it could not be created: %2")
                                          .arg(kindName(use), e.sentence()),
                                      e.serverText()));
            return;
        }
        const QByteArray created = job->createdName().isEmpty() ? name : job->createdName();
        remember(accountId, use, created);
        callback(created, {});
    });
    m_session.runIncoming(accountId, job);
}

} // namespace postier::models
