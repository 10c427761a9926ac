#include "models/session/NewMailWatcher.h"

#include "models/accounts/PasswordStore.h"
#include "models/cache/SearchText.h"
#include "models/session/MailSession.h"
#include "protocols/Connection.h"
#include "protocols/imap/FolderStatusJob.h"
#include "protocols/imap/IdleJob.h"
#include "protocols/imap/SyncHeadersJob.h"

#include <QDateTime>
#include <QPointer>
#include <QSet>
#include <QTimer>

#include <algorithm>

namespace postier::models {

using protocols::Error;
using protocols::ErrorKind;

namespace {

constexpr qint64 kClockSlackSecs = 10 * 60; // server and client clocks may disagree this much
constexpr int kFirstRetryMs = 30 * 1000;
constexpr int kMaxRetryMs = 10 * 60 * 1000;
constexpr int kCoalesceMs = 300;            // one check for a burst of EXISTS
constexpr int kRememberedIds = 2000;

const QByteArray &inbox()
{
    static const QByteArray name = QByteArrayLiteral("INBOX");
    return name;
}

qint64 now()
{
    return QDateTime::currentSecsSinceEpoch();
}

// The first address of a decoded address list: name (may be empty) and address.
std::pair<QString, QString> firstAddress(const QString &list)
{
    const qsizetype open = list.indexOf(QLatin1Char('<'));
    if (open >= 0) {
        const qsizetype close = list.indexOf(QLatin1Char('>'), open);
        QString name = list.left(open).trimmed();
        if (name.size() >= 2 && name.startsWith(QLatin1Char('"')) && name.endsWith(QLatin1Char('"')))
            name = name.mid(1, name.size() - 2);
        return {name, list.mid(open + 1, close < 0 ? -1 : close - open - 1).trimmed()};
    }
    return {QString(), list.section(QLatin1Char(','), 0, 0).trimmed()};
}

} // namespace

struct NewMailWatcher::Watch {
    Account account;
    quint64 generation = 0;
    std::unique_ptr<protocols::Connection> connection; // own; none in the STATUS fallback
    bool pollMode = false;
    bool gaveUp = false;
    bool baselineKnown = false;
    quint32 uidNext = 0;
    quint32 uidValidity = 0;
    quint32 messages = 0;      // at the last baseline or check
    quint32 lastExists = 0;    // as IDLE last said
    qint64 lastContact = 0;    // client clock, seconds
    QPointer<protocols::IdleJob> idle;
    QPointer<protocols::Job> busy; // the baseline, check or poll job queued or running
    bool checkAgain = false;
    int failures = 0;
    QTimer coalesce;
    QTimer retry;
    QTimer pollTimer;
    QSet<QByteArray> seenIds;
    QList<QByteArray> seenOrder;

    /// Remembers the Message-ID; true if it was seen before.
    bool seen(const QByteArray &messageId)
    {
        if (messageId.isEmpty())
            return false;
        if (seenIds.contains(messageId))
            return true;
        seenIds.insert(messageId);
        seenOrder.append(messageId);
        if (seenOrder.size() > kRememberedIds)
            seenIds.remove(seenOrder.takeFirst());
        return false;
    }
};

NewMailWatcher::NewMailWatcher(MailSession &session, QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_passwords(new PasswordStore(this))
{
    m_factory = [this](const Account &account, ConnectionReady ready) {
        m_passwords->read(Account::passwordKey(account.incoming), [account, ready](const PasswordStore::Result &r) {
            if (!r.ok)
                return ready(nullptr, Error(ErrorKind::Auth, r.error));
            ready(std::make_unique<protocols::Connection>(account.incoming, r.password), {});
        });
    };
    connect(&session, &MailSession::accountsChanged, this, [this] {
        if (m_running)
            syncAccounts();
    });
}

NewMailWatcher::~NewMailWatcher()
{
    stop();
}

void NewMailWatcher::setConnectionFactory(ConnectionFactory factory)
{
    m_factory = std::move(factory);
}

void NewMailWatcher::start()
{
    if (m_running)
        return;
    m_running = true;
    syncAccounts();
}

void NewMailWatcher::stop()
{
    m_running = false;
    // Each connection cancels its jobs and joins its thread; their finished() calls come later,
    // find no watch and do nothing.
    m_watches.clear();
}

NewMailWatcher::Watch *NewMailWatcher::watchFor(const QString &accountId) const
{
    const auto it = m_watches.constFind(accountId);
    return it == m_watches.constEnd() ? nullptr : it->get();
}

bool NewMailWatcher::isWatching(const QString &accountId, bool *ownConnection) const
{
    const Watch *w = watchFor(accountId);
    if (ownConnection)
        *ownConnection = w && !w->pollMode && w->connection;
    return w && w->baselineKnown && !w->gaveUp;
}

void NewMailWatcher::syncAccounts()
{
    static quint64 generations = 0;
    QSet<QString> wanted;
    for (const Account &a : m_session.accounts()) {
        if (a.incoming.protocol != protocols::Protocol::Imap || a.incoming.host.isEmpty())
            continue;
        wanted.insert(a.id);
        if (Watch *w = watchFor(a.id)) {
            if (Account::passwordKey(w->account.incoming) == Account::passwordKey(a.incoming)) {
                w->account = a;
                continue;
            }
        }
        auto watch = std::make_shared<Watch>();
        watch->account = a;
        watch->generation = ++generations;
        const QString id = a.id;
        watch->coalesce.setSingleShot(true);
        watch->retry.setSingleShot(true);
        connect(&watch->coalesce, &QTimer::timeout, this, [this, id] { check(id); });
        connect(&watch->pollTimer, &QTimer::timeout, this, [this, id] { poll(id); });
        connect(&watch->retry, &QTimer::timeout, this, [this, id] {
            Watch *w = watchFor(id);
            if (!w)
                return;
            if (!w->baselineKnown)
                takeBaseline(id);
            else if (w->pollMode)
                poll(id);
            else
                check(id); // and listen again after it
        });
        m_watches.insert(id, watch);
        open(*watch);
    }
    for (auto it = m_watches.begin(); it != m_watches.end();) {
        if (wanted.contains(it.key()))
            ++it;
        else
            it = m_watches.erase(it);
    }
}

void NewMailWatcher::open(Watch &watch)
{
    const QString id = watch.account.id;
    const quint64 generation = watch.generation;
    m_factory(watch.account, [this, id, generation](std::unique_ptr<protocols::Connection> connection, const Error &) {
        Watch *w = watchFor(id);
        if (!w || w->generation != generation)
            return;
        // Without a connection of its own (no password in the keychain), STATUS polling on the
        // session's connection, which has the password the user typed.
        w->connection = std::move(connection);
        w->pollMode = !w->connection;
        takeBaseline(id);
    });
}

void NewMailWatcher::runOn(Watch &watch, protocols::Job *job)
{
    if (!watch.pollMode && watch.connection) {
        watch.connection->enqueue(job);
        return;
    }
    m_session.withIncoming(watch.account.id, [job](protocols::Connection *connection, const Error &error) {
        if (connection)
            connection->enqueue(job);
        else
            protocols::completeWithoutRunning(job, error);
    });
}

void NewMailWatcher::takeBaseline(const QString &accountId)
{
    Watch *w = watchFor(accountId);
    if (!w || w->busy)
        return;
    auto *job = new protocols::FolderStatusJob({inbox()});
    job->setPriority(protocols::Job::Priority::Background);
    w->busy = job;
    const quint64 generation = w->generation;
    connect(job, &protocols::Job::finished, this, [this, job, accountId, generation] {
        Watch *w = watchFor(accountId);
        if (!w || w->generation != generation)
            return;
        w->busy = nullptr;
        Error error = job->error();
        if (!error && job->errors().contains(inbox()))
            error = job->errors().value(inbox());
        if (error) {
            if (w->pollMode && error.kind() == ErrorKind::Cancelled) {
                w->gaveUp = true; // the user gave no password: do not ask again and again
                return;
            }
            if (!w->pollMode && error.kind() == ErrorKind::Auth) {
                // The keychain's password is refused: use the session's, which the user typed.
                w->connection.reset();
                w->pollMode = true;
                return takeBaseline(accountId);
            }
            return retryLater(accountId);
        }
        const protocols::FolderStatus status = job->statuses().value(inbox());
        w->uidNext = status.uidNext;
        w->uidValidity = status.uidValidity;
        w->messages = status.messages;
        w->baselineKnown = true;
        w->failures = 0;
        w->lastContact = now();
        Q_EMIT watching(accountId);
        if (!(w = watchFor(accountId)) || w->generation != generation)
            return;
        if (w->pollMode)
            w->pollTimer.start(m_pollIntervalMs);
        else
            listen(accountId);
    });
    runOn(*w, job);
}

void NewMailWatcher::listen(const QString &accountId)
{
    Watch *w = watchFor(accountId);
    if (!w || !w->connection || w->pollMode || w->idle || w->busy)
        return;
    auto *job = new protocols::IdleJob(inbox());
    w->idle = job;
    const quint64 generation = w->generation;
    connect(job, &protocols::IdleJob::listening, this, [this, job, accountId, generation] {
        Watch *w = watchFor(accountId);
        if (!w || w->generation != generation)
            return;
        w->lastContact = now();
        w->lastExists = job->exists();
        if (w->lastExists > w->messages) // arrived between the last check and now
            scheduleCheck(accountId);
    });
    connect(job, &protocols::IdleJob::changed, this, [this, accountId, generation](quint32 exists) {
        Watch *w = watchFor(accountId);
        if (!w || w->generation != generation)
            return;
        const bool grew = exists > w->lastExists;
        w->lastExists = exists;
        if (grew)
            scheduleCheck(accountId);
    });
    connect(job, &protocols::Job::finished, this, [this, job, accountId, generation] {
        Watch *w = watchFor(accountId);
        if (!w || w->generation != generation)
            return;
        w->idle = nullptr;
        if (job->error())
            return retryLater(accountId);
        // It yielded to a check (which listens again when done), or reached its time limit.
        if (!w->busy && !w->coalesce.isActive())
            listen(accountId);
    });
    w->connection->enqueue(job);
}

void NewMailWatcher::scheduleCheck(const QString &accountId)
{
    if (Watch *w = watchFor(accountId))
        w->coalesce.start(kCoalesceMs);
}

void NewMailWatcher::check(const QString &accountId)
{
    Watch *w = watchFor(accountId);
    if (!w)
        return;
    if (!w->baselineKnown)
        return takeBaseline(accountId);
    if (w->busy) {
        w->checkAgain = true;
        return;
    }
    auto *job = new protocols::SyncHeadersJob(inbox());
    job->setFirstUid(std::max<quint32>(1, w->uidNext));
    job->setPriority(protocols::Job::Priority::Background);
    auto records = std::make_shared<protocols::HeaderBatch>();
    connect(job, &protocols::SyncHeadersJob::headersReady, this,
            [records](const protocols::HeaderBatch &batch) { *records += batch; });
    w->busy = job;
    const quint64 generation = w->generation;
    connect(job, &protocols::Job::finished, this, [this, job, records, accountId, generation] {
        Watch *w = watchFor(accountId);
        if (!w || w->generation != generation)
            return;
        w->busy = nullptr;
        if (job->error())
            return retryLater(accountId);
        const protocols::FolderStatus &status = job->folderStatus();
        const qint64 since = w->lastContact - kClockSlackSecs;
        w->lastContact = now();
        w->failures = 0;
        int count = 0;
        const protocols::HeaderRecord *newest = nullptr;
        if (w->uidValidity != 0 && status.uidValidity != 0 && status.uidValidity != w->uidValidity) {
            // The Inbox was recreated: a new baseline, nothing to announce.
            w->uidValidity = status.uidValidity;
            w->uidNext = status.uidNext;
        } else {
            quint32 highest = 0;
            for (const auto &record : std::as_const(*records)) {
                if (record.uid < w->uidNext)
                    continue;
                highest = std::max(highest, record.uid);
                const bool before = w->seen(record.messageId);
                if (!before && isNews(record, w->account.address, since)) {
                    ++count;
                    if (!newest || record.uid > newest->uid)
                        newest = &record;
                }
            }
            w->uidNext = std::max({w->uidNext, status.uidNext, highest + 1});
        }
        w->messages = status.messages;
        if (count > 0) {
            Q_EMIT newMail(accountId, count, senderName(newest->from), decodedHeaderText(newest->subject));
            if (!(w = watchFor(accountId)) || w->generation != generation)
                return;
        }
        if (w->checkAgain) {
            w->checkAgain = false;
            return check(accountId);
        }
        listen(accountId);
    });
    runOn(*w, job);
}

void NewMailWatcher::poll(const QString &accountId)
{
    Watch *w = watchFor(accountId);
    if (!w || w->busy || w->gaveUp)
        return;
    auto *job = new protocols::FolderStatusJob({inbox()});
    job->setPriority(protocols::Job::Priority::Background);
    w->busy = job;
    const quint64 generation = w->generation;
    connect(job, &protocols::Job::finished, this, [this, job, accountId, generation] {
        Watch *w = watchFor(accountId);
        if (!w || w->generation != generation)
            return;
        w->busy = nullptr;
        if (job->error() || job->errors().contains(inbox())) {
            if (job->error().kind() == ErrorKind::Cancelled) {
                w->gaveUp = true;
                w->pollTimer.stop();
            }
            return; // the next tick tries again
        }
        const protocols::FolderStatus status = job->statuses().value(inbox());
        if (status.uidValidity != w->uidValidity || status.uidNext > w->uidNext)
            return check(accountId);
        w->lastContact = now();
        w->messages = status.messages;
    });
    runOn(*w, job);
}

void NewMailWatcher::retryLater(const QString &accountId)
{
    Watch *w = watchFor(accountId);
    if (!w || !m_running)
        return;
    ++w->failures;
    const int delay = w->failures >= 6 ? kMaxRetryMs : std::min(kMaxRetryMs, kFirstRetryMs << (w->failures - 1));
    w->retry.start(delay);
}

bool NewMailWatcher::isNews(const protocols::HeaderRecord &record, const QString &ownAddress, qint64 since)
{
    if (record.flags.bits & (protocols::FlagSeen | protocols::FlagDeleted | protocols::FlagDraft))
        return false; // read elsewhere, or the user's own draft
    if (record.internalDate < since)
        return false; // received long ago: moved here, not delivered
    const QString from = firstAddress(decodedHeaderText(record.from)).second;
    return ownAddress.isEmpty() || from.compare(ownAddress, Qt::CaseInsensitive) != 0;
}

QString NewMailWatcher::senderName(const QByteArray &rawFrom)
{
    const auto [name, address] = firstAddress(decodedHeaderText(rawFrom));
    return name.isEmpty() ? address : name;
}

void NewMailWatcher::reportNewMail(const QString &accountId, int count, const QString &newestFrom,
                                   const QString &newestSubject)
{
    if (count > 0)
        Q_EMIT newMail(accountId, count, newestFrom, newestSubject);
}

} // namespace postier::models
