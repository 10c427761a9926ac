#include "models/local/LocalMail.h"

#include "models/accounts/Account.h"
#include "models/cache/HeaderCache.h"
#include "models/cache/SearchText.h"
#include "models/local/LocalFolderScanner.h"
#include "models/local/LocalIndexer.h"
#include "models/local/LocalStore.h"
#include "models/session/MailSession.h"
#include "models/session/NewMailWatcher.h"
#include "protocols/local/MaildirStore.h"
#include "protocols/pop3/Pop3FetchJob.h"

#include <QCoreApplication>
#include <QFile>
#include <QPointer>
#include <QTimer>

#include <cerrno>

namespace postier::models {

namespace {

QString inbox()
{
    return protocols::MaildirStore::inboxName();
}

} // namespace

LocalMail::LocalMail(MailSession &session, QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_indexer(new LocalIndexer(session.cache(), this))
{
    connect(m_indexer, &LocalIndexer::indexed, this, [this](qint64 folderId, bool complete) {
        const auto it = m_folderOf.constFind(folderId);
        if (it == m_folderOf.constEnd())
            return;
        const auto [accountId, folder] = *it;
        Q_EMIT folderIndexed(accountId, folder, folderId, complete);
        if (complete)
            announceCounts(accountId, folder);
    });
    connect(&m_session, &MailSession::accountsChanged, this, &LocalMail::reloadAccounts);
    reloadAccounts();
}

LocalMail::~LocalMail()
{
    // Before anything else: it waits for the worker threads, which post their results to us.
    delete m_indexer;
    m_indexer = nullptr;
}

bool LocalMail::account(const QString &accountId, Account *out) const
{
    return m_session.account(accountId, out);
}

bool LocalMail::isLocalAccount(const QString &accountId) const
{
    Account a;
    return account(accountId, &a) && a.incoming.protocol == protocols::Protocol::Pop3;
}

QString LocalMail::storeRoot(const QString &accountId) const
{
    return LocalStore::rootFor(accountId);
}

void LocalMail::setMinuteLength(int milliseconds)
{
    m_minute = std::max(1, milliseconds);
    for (const AccountTimer &t : std::as_const(m_timers)) {
        if (t.minutes > 0)
            t.timer->start(t.minutes * m_minute);
    }
}

void LocalMail::reloadAccounts()
{
    QSet<QString> present;
    for (const Account &a : m_session.accounts()) {
        if (a.incoming.protocol != protocols::Protocol::Pop3)
            continue;
        present.insert(a.id);
        const int minutes = std::max(0, a.pop3.checkIntervalMinutes);
        auto it = m_timers.find(a.id);
        const bool isNew = it == m_timers.end();
        if (isNew) {
            auto *timer = new QTimer(this);
            connect(timer, &QTimer::timeout, this, [this, id = a.id] { fetch(id); });
            it = m_timers.insert(a.id, AccountTimer{timer, -1});
        }
        if (it->minutes != minutes) {
            it->minutes = minutes;
            if (minutes > 0)
                it->timer->start(minutes * m_minute);
            else
                it->timer->stop();
        }
        // Mail is checked when Postier starts, then at each interval.
        if (isNew && minutes > 0)
            QTimer::singleShot(0, this, [this, id = a.id] { fetch(id); });
    }
    for (auto it = m_timers.begin(); it != m_timers.end();) {
        if (!present.contains(it.key())) {
            delete it->timer;
            it = m_timers.erase(it);
        } else {
            ++it;
        }
    }
}

protocols::FolderList LocalMail::folders(const QString &accountId, protocols::Error *error)
{
    protocols::MaildirStore store(storeRoot(accountId));
    if (!m_prepared.contains(accountId)) {
        protocols::Error e;
        if (!LocalStore::ensureStandardFolders(store, &e)) {
            if (error)
                *error = e;
            return store.exists() ? LocalStore::folderList(store) : protocols::FolderList();
        }
        m_prepared.insert(accountId);
    }
    return LocalStore::folderList(store);
}

qint64 LocalMail::folderId(const QString &accountId, const QString &folder)
{
    for (auto it = m_folderOf.cbegin(); it != m_folderOf.cend(); ++it) {
        if (it->first == accountId && it->second == folder)
            return it.key();
    }
    const qint64 id = m_session.cache().folderId(LocalStore::cacheKey(accountId), LocalStore::folderInfo(folder));
    if (id > 0)
        m_folderOf.insert(id, {accountId, folder});
    return id;
}

QPair<int, int> LocalMail::counts(const QString &accountId, const QString &folder)
{
    const qint64 id = folderId(accountId, folder);
    return id > 0 ? m_session.cache().messageCounts(id) : QPair<int, int>(0, 0);
}

void LocalMail::announceCounts(const QString &accountId, const QString &folder)
{
    const auto [total, unread] = counts(accountId, folder);
    Q_EMIT countsChanged(accountId, LocalStore::folderInfo(folder).rawName, total, unread);
}

void LocalMail::rescan(const QString &accountId, const QString &folder, std::function<void()> then)
{
    const qint64 id = folderId(accountId, folder);
    if (id <= 0) {
        if (then)
            then();
        return;
    }
    m_indexer->rescan(id, storeRoot(accountId), folder, std::move(then));
}

void LocalMail::rescanAll(const QString &accountId)
{
    for (const protocols::FolderInfo &f : folders(accountId))
        rescan(accountId, f.path);
}

bool LocalMail::isIndexing(const QString &accountId, const QString &folder)
{
    return m_indexer->isIndexing(folderId(accountId, folder));
}

void LocalMail::fetch(const QString &accountId)
{
    Account a;
    if (!account(accountId, &a) || a.incoming.protocol != protocols::Protocol::Pop3
        || m_fetching.contains(accountId))
        return;
    protocols::Error error;
    (void)folders(accountId, &error);
    if (error) {
        Q_EMIT problem(error.sentence());
        return;
    }
    m_fetching.insert(accountId);
    auto *job = new protocols::Pop3FetchJob(storeRoot(accountId));
    job->setFolder(inbox());
    job->setLeaveOnServer(a.pop3.leaveOnServer);
    job->setDeleteAfterDays(a.pop3.leaveOnServer ? std::max(0, a.pop3.removeAfterDays) : 0);
    connect(job, &protocols::Job::finished, this, [this, job, accountId] {
        fetched(accountId, job->storedIds(), job->error());
    });
    Q_EMIT fetchStarted(accountId);
    m_session.runIncoming(accountId, job);
}

void LocalMail::fetched(const QString &accountId, const QStringList &storedIds,
                        const protocols::Error &error)
{
    // What was downloaded is on disk whatever happened after: index it, then tell.
    rescan(accountId, inbox(), [this, accountId, storedIds, error] {
        m_fetching.remove(accountId);
        if (!storedIds.isEmpty()) {
            const qint64 id = folderId(accountId, inbox());
            QHash<QString, quint32> uidOf;
            for (const auto &e : m_session.cache().localEntries(id))
                uidOf.insert(e.maildirId, e.uid);
            QString from;
            QString subject;
            // Downloaded in the server's order, oldest first: the last one stored is the newest.
            for (auto it = storedIds.crbegin(); it != storedIds.crend(); ++it) {
                if (const auto header = m_session.cache().header(id, uidOf.value(*it))) {
                    from = NewMailWatcher::senderName(header->from);
                    subject = decodedHeaderText(header->subject);
                    break;
                }
            }
            Q_EMIT newMail(accountId, int(storedIds.size()), from, subject);
        }
        Q_EMIT fetchFinished(accountId, int(storedIds.size()), error);
    });
}

QVector<QPair<quint32, quint8>> LocalMail::setFlag(const QString &accountId, const QString &folder,
                                                   const QVector<quint32> &uids, quint8 flag,
                                                   bool on, protocols::Error *error)
{
    QVector<QPair<quint32, quint8>> result;
    const qint64 id = folderId(accountId, folder);
    if (id <= 0)
        return result;
    protocols::MaildirStore store(storeRoot(accountId));
    const QString letters = protocols::MaildirStore::flagsFromBits(flag);
    QVector<HeaderCache::LocalEntry> updates;
    for (const quint32 uid : uids) {
        const auto entry = m_session.cache().localEntry(id, uid);
        const auto m = entry ? store.locate(folder, entry->maildirId, entry->fileName) : std::nullopt;
        if (!m) {
            if (error)
                *error = protocols::Error(protocols::ErrorKind::NotFound,
                                          tr("A message is no longer in the local folder “%1”; "
                                             "the list is being brought up to date.")
                                              .arg(folder));
            rescan(accountId, folder);
            break;
        }
        QString flags = m->flags;
        for (const QChar c : letters) {
            if (on && !flags.contains(c))
                flags += c;
            else if (!on)
                flags.remove(c);
        }
        const auto now = store.changeFlags(folder, m->id, flags,
                                           protocols::MaildirStore::relativePath(*m), error);
        if (!now)
            break;
        const quint8 bits = protocols::MaildirStore::bitsFromFlags(now->flags);
        updates.append({uid, m->id, protocols::MaildirStore::relativePath(*now), bits});
        result.append({uid, bits});
    }
    m_indexer->touch(id);
    (void)m_session.cache().updateLocalFiles(id, updates);
    announceCounts(accountId, folder);
    return result;
}

LocalMail::Transfer LocalMail::transfer(const QString &accountId, const QString &from,
                                        const QVector<quint32> &uids, const QString &to, bool copy)
{
    Transfer result;
    const qint64 fromId = folderId(accountId, from);
    const qint64 toId = folderId(accountId, to);
    if (fromId <= 0 || toId <= 0 || fromId == toId)
        return result;
    protocols::MaildirStore store(storeRoot(accountId));
    if (!store.hasFolder(to) && !store.createFolder(to, &result.error))
        return result;
    QVector<HeaderCache::LocalAddition> additions;
    HeaderCache &cache = m_session.cache();
    for (const quint32 uid : uids) {
        const auto entry = cache.localEntry(fromId, uid);
        const auto header = entry ? cache.header(fromId, uid) : std::nullopt;
        const auto m = entry ? store.locate(from, entry->maildirId, entry->fileName) : std::nullopt;
        if (!header || !m) {
            result.error = protocols::Error(protocols::ErrorKind::NotFound,
                                            tr("A message is no longer in the local folder “%1”; "
                                               "the list is being brought up to date.")
                                                .arg(from));
            rescan(accountId, from);
            break;
        }
        const QString hint = protocols::MaildirStore::relativePath(*m);
        HeaderCache::LocalAddition addition;
        addition.header = *header;
        if (copy) {
            addition.maildirId = store.copyMessage(from, m->id, to, hint, &result.error);
            if (addition.maildirId.isEmpty())
                break;
            addition.fileName = m->flags.isEmpty()
                ? QString(QStringLiteral("new/") + addition.maildirId)
                : QString(QStringLiteral("cur/") + addition.maildirId
                          + protocols::MaildirStore::infoSeparator() + QStringLiteral("2,") + m->flags);
        } else {
            const auto now = store.moveMessage(from, m->id, to, hint, &result.error);
            if (!now)
                break;
            addition.maildirId = m->id;
            addition.fileName = protocols::MaildirStore::relativePath(*now);
        }
        additions.append(addition);
        result.sourceUids.append(uid);
    }
    m_indexer->touch(fromId);
    m_indexer->touch(toId);
    if (!additions.isEmpty()) {
        result.targetUids = cache.addLocalMessages(toId, additions);
        if (!copy)
            (void)cache.removeUids(fromId, result.sourceUids);
        if (result.targetUids.size() != additions.size()) {
            // The files moved, the cache did not follow: let a scan of both catch up.
            result.targetUids.clear();
            rescan(accountId, from);
            rescan(accountId, to);
        }
    }
    announceCounts(accountId, from);
    announceCounts(accountId, to);
    return result;
}

quint32 LocalMail::append(const QString &accountId, const QString &folder, const QByteArray &message,
                          const QString &flags, protocols::Error *error)
{
    const qint64 id = folderId(accountId, folder);
    protocols::MaildirStore store(storeRoot(accountId));
    protocols::Error e;
    if ((!store.hasFolder(folder) && !store.createFolder(folder, &e)) || id <= 0) {
        if (error)
            *error = e ? e : protocols::Error(protocols::ErrorKind::LocalIo, m_session.cache().lastError());
        return 0;
    }
    const QString maildirId = store.deliver(folder, message, flags, 0, &e);
    if (maildirId.isEmpty()) {
        if (error)
            *error = e;
        return 0;
    }
    const auto m = store.locate(folder, maildirId,
                                protocols::MaildirStore::normalizedFlags(flags).isEmpty()
                                    ? QString(QStringLiteral("new/") + maildirId)
                                    : QString(QStringLiteral("cur/") + maildirId + protocols::MaildirStore::infoSeparator()
                                              + QStringLiteral("2,") + protocols::MaildirStore::normalizedFlags(flags)));
    if (!m)
        return 0;
    m_indexer->touch(id);
    const QVector<quint32> uids = m_session.cache().addLocalMessages(
        id, {{maildirId, protocols::MaildirStore::relativePath(*m),
              LocalFolderScanner::readHeader(m->path, m->flags, m->size, m->modified)}});
    announceCounts(accountId, folder);
    return uids.value(0);
}

void LocalMail::readMessage(const QString &accountId, const QString &folder, quint32 uid,
                            QObject *context,
                            std::function<void(const QByteArray &, const protocols::Error &)> done)
{
    const qint64 id = folderId(accountId, folder);
    const auto entry = id > 0 ? m_session.cache().localEntry(id, uid) : std::nullopt;
    QPointer<QObject> guard(context);
    auto deliver = [this, guard, done](const QByteArray &bytes, const protocols::Error &error) {
        QMetaObject::invokeMethod(
            this,
            [guard, done, bytes, error] {
                if (guard)
                    done(bytes, error);
            },
            Qt::QueuedConnection);
    };
    if (!entry) {
        deliver({}, protocols::Error(protocols::ErrorKind::NotFound,
                                     tr("A message is no longer in the local folder “%1”; the list "
                                        "is being brought up to date.")
                                         .arg(folder)));
        rescan(accountId, folder);
        return;
    }
    m_indexer->pool().start([root = storeRoot(accountId), folder, entry = *entry, deliver] {
        const protocols::MaildirStore store(root);
        protocols::Error error;
        const auto m = store.locate(folder, entry.maildirId, entry.fileName);
        if (!m) {
            deliver({}, protocols::Error(protocols::ErrorKind::NotFound,
                                         QCoreApplication::translate("postier::protocols::MaildirStore",
                                                                     "The message %1 is no longer in the local folder “%2”.")
                                             .arg(entry.maildirId, folder)));
            return;
        }
        QFile file(m->path);
        errno = 0;
        QByteArray bytes;
        if (!file.open(QIODevice::ReadOnly) || (bytes = file.readAll(), file.error() != QFileDevice::NoError)) {
            deliver({}, protocols::MaildirStore::localIoError(
                QCoreApplication::translate("postier::protocols::MaildirStore", "read the message"), m->path, errno,
                                                              file.errorString()));
            return;
        }
        deliver(bytes, {});
    });
}

} // namespace postier::models
