#include "ui/mainwindow/MailController.h"

#include "models/Roles.h"
#include "models/cache/HeaderCache.h"
#include "models/folders/FolderModel.h"
#include "models/local/LocalMail.h"
#include "models/messages/MessageListModel.h"
#include "models/session/MailSession.h"
#include "models/sync/FolderSynchronizer.h"
#include "protocols/Connection.h"
#include "protocols/imap/FetchMessageJob.h"
#include "protocols/imap/StoreFlagsJob.h"

namespace postier::ui {

MailController::MailController(models::MailSession &session, models::FolderModel &folders,
                               models::MessageListModel &messages, QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_folders(folders)
    , m_messages(messages)
{
    models::LocalMail &local = m_session.local();
    connect(&local, &models::LocalMail::folderIndexed, this,
            [this](const QString &, const QString &, qint64 folderId, bool complete) {
                if (!m_isLocal || folderId != m_folderId)
                    return;
                m_messages.reload();
                if (complete) {
                    const auto [total, unread] = m_session.cache().messageCounts(folderId);
                    Q_EMIT folderSynced(total, unread);
                }
            });
    connect(&local, &models::LocalMail::problem, this, &MailController::problem);
}

MailController::~MailController()
{
    if (m_sync)
        m_sync->cancel();
}

void MailController::selectFolder(const QModelIndex &folderIndex)
{
    m_uid = 0;
    m_message.clear();
    Q_EMIT messageCleared();
    if (m_sync) {
        m_sync->cancel();
        m_sync->deleteLater();
        // Forgotten now, not when deleted: refresh() below must start the new folder's sync
        // (the same folder selected again after the tree was refreshed stayed empty otherwise).
        m_sync = nullptr;
    }
    if (!folderIndex.isValid() || folderIndex.data(models::Roles::IsAccount).toBool()
        || folderIndex.data(models::Roles::IsGhost).toBool()) {
        m_accountId.clear();
        m_folder.clear();
        m_folderId = 0;
        m_isLocal = false;
        m_messages.setFolder(0);
        return;
    }
    m_accountId = folderIndex.data(models::Roles::AccountId).toString();
    m_folder = folderIndex.data(models::Roles::FolderRawName).toByteArray();
    m_isLocal = m_session.local().isLocalAccount(m_accountId);
    if (m_isLocal) {
        // The cache first, then the files: a scan that finds nothing new costs a directory listing.
        m_folderId = m_session.local().folderId(m_accountId, localFolder());
        m_messages.setFolder(m_folderId);
        m_session.local().rescan(m_accountId, localFolder());
        return;
    }
    models::Account account;
    if (!m_session.account(m_accountId, &account))
        return;
    protocols::FolderInfo info;
    info.rawName = m_folder;
    info.path = folderIndex.data(models::Roles::FolderPath).toString();
    m_folderId = m_session.cache().folderId(models::Account::passwordKey(account.incoming), info);
    // The cache first: the list is on screen before the server has said a word.
    m_messages.setFolder(m_folderId);
    refresh();
}

void MailController::refresh()
{
    if (m_isLocal) {
        m_session.local().fetch(m_accountId);
        return;
    }
    if (m_folder.isEmpty() || m_sync)
        return;
    const QString accountId = m_accountId;
    const QByteArray folder = m_folder;
    m_session.withIncoming(accountId, [this, accountId, folder](protocols::Connection *connection, const protocols::Error &error) {
        if (!connection) {
            Q_EMIT problem(error.sentence());
            return;
        }
        if (accountId != m_accountId || folder != m_folder)
            return; // the user moved on meanwhile
        if (m_sync)
            return; // another refresh of this folder got there first
        models::Account account;
        if (!m_session.account(accountId, &account))
            return; // removed meanwhile
        auto *sync = new models::FolderSynchronizer(*connection, m_session.cache(),
                                                    models::Account::passwordKey(account.incoming), this);
        m_sync = sync;
        connect(sync, &models::FolderSynchronizer::finished, this,
                [this, sync, accountId, folder](const models::FolderSynchronizer::Result &result) {
                    sync->deleteLater();
                    if (result.error) {
                        if (result.error.kind() != protocols::ErrorKind::Cancelled)
                            Q_EMIT problem(result.error.sentence());
                        return;
                    }
                    m_folders.setCounts(accountId, folder, int(result.status.messages), int(result.status.unseen));
                    if (folder != m_folder)
                        return;
                    if (result.received || result.removed || result.flagUpdates || result.uidValidityReset)
                        m_messages.reload();
                    Q_EMIT folderSynced(int(result.status.messages), int(result.status.unseen));
                });
        connect(sync, &models::FolderSynchronizer::firstScreenStored, this, [this, folder] {
            if (folder == m_folder)
                m_messages.reload(); // a cold folder shows its newest messages at once
        });
        sync->start(folder);
    });
}

void MailController::selectMessage(quint32 uid)
{
    m_uid = uid;
    m_message.clear();
    if (uid == 0) {
        Q_EMIT messageCleared();
        return;
    }
    if (m_isLocal) {
        Q_EMIT messageLoading();
        const qint64 folderId = m_folderId;
        m_session.local().readMessage(m_accountId, localFolder(), uid, this,
                                      [this, uid, folderId](const QByteArray &bytes, const protocols::Error &error) {
                                          if (uid != m_uid || folderId != m_folderId)
                                              return;
                                          if (error)
                                              Q_EMIT problem(error.sentence());
                                          else
                                              showMessage(uid, bytes);
                                      });
        return;
    }
    if (const auto cached = m_session.cache().body(m_folderId, uid, QByteArray())) {
        showMessage(uid, *cached);
        return;
    }
    Q_EMIT messageLoading();
    auto *job = new protocols::FetchMessageJob(m_folder, uid);
    const qint64 folderId = m_folderId;
    connect(job, &protocols::Job::finished, this, [this, job, uid, folderId] {
        if (job->error()) {
            if (uid == m_uid)
                Q_EMIT problem(job->error().sentence());
            return;
        }
        (void)m_session.cache().storeBody(folderId, uid, QByteArray(), job->content());
        if (uid == m_uid && folderId == m_folderId)
            showMessage(uid, job->content());
    });
    m_session.runIncoming(m_accountId, job);
}

void MailController::showMessage(quint32 uid, const QByteArray &bytes)
{
    m_message = bytes;
    Q_EMIT messageReady(bytes);
    const int row = m_messages.rowForUid(uid);
    if (row >= 0 && m_messages.index(row, 0).data(models::Roles::IsUnread).toBool())
        markRead(uid);
}

void MailController::markRead(quint32 uid)
{
    const int row = m_messages.rowForUid(uid);
    const quint8 flags = quint8(m_messages.index(row, 0).data(models::Roles::Flags).toInt());
    if (m_isLocal) {
        protocols::Error error;
        const auto changed = m_session.local().setFlag(m_accountId, localFolder(), {uid}, protocols::FlagSeen, true, &error);
        for (const auto &[changedUid, bits] : changed)
            m_messages.setFlags(changedUid, bits);
        if (error)
            Q_EMIT problem(error.sentence());
        return;
    }
    protocols::MessageFlags seen;
    seen.bits = protocols::FlagSeen;
    auto *job = new protocols::StoreFlagsJob(m_folder, {uid}, seen, protocols::StoreFlagsJob::Operation::Add);
    const qint64 folderId = m_folderId;
    // Shown as read at once; put back if the server refuses.
    m_messages.setFlags(uid, flags | protocols::FlagSeen);
    connect(job, &protocols::Job::finished, this, [this, job, uid, flags, folderId] {
        protocols::MessageFlags stored;
        stored.bits = job->error() ? flags : quint8(flags | protocols::FlagSeen);
        if (job->error()) {
            if (folderId == m_folderId)
                m_messages.setFlags(uid, flags);
            Q_EMIT problem(job->error().sentence());
            return;
        }
        (void)m_session.cache().updateFlags(folderId, {{uid, stored}}, 0);
    });
    m_session.runIncoming(m_accountId, job);
}

} // namespace postier::ui
