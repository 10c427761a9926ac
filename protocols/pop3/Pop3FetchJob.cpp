#include "protocols/pop3/Pop3FetchJob.h"

#include "protocols/local/MaildirStore.h"
#include "protocols/pop3/Pop3Operations.h"
#include "protocols/pop3/Pop3Session.h"
#include "protocols/pop3/Pop3UidlRecord.h"

#include <QDateTime>
#include <QSet>

namespace postier::protocols {

Pop3FetchJob::Pop3FetchJob(QString storeRoot, QObject *parent)
    : Pop3Job(parent)
    , m_root(std::move(storeRoot))
    , m_folder(MaildirStore::inboxName())
{}

QString Pop3FetchJob::description() const
{
    return tr("Fetching new mail");
}

QStringList Pop3FetchJob::storedIds() const
{
    QStringList ids;
    ids.reserve(m_stored.size());
    for (const auto &s : m_stored)
        ids << s.localId;
    return ids;
}

void Pop3FetchJob::runPop3(Pop3Session &session)
{
    MaildirStore store(m_root);
    Error error;
    if (!store.open(&error))
        throw JobFailure{error};
    Pop3UidlRecord record(Pop3UidlRecord::defaultPath(m_root));
    if (!record.load(&error))
        throw JobFailure{error};

    (void)session.freshInbox();
    const Pop3Listing listing = pop3::list(session);
    pop3::requireUids(session, listing);

    // This may be a retry after a cut: the messages an earlier attempt stored are recorded now,
    // but they were downloaded by this job, not skipped; m_stored keeps them.
    m_skipped = 0;
    QSet<QString> storedByThisJob;
    for (const auto &s : std::as_const(m_stored))
        storedByThisJob.insert(s.uid);
    Pop3Listing wanted;
    for (const auto &m : listing) {
        if (!record.contains(m.uid))
            wanted << m;
        else if (!storedByThisJob.contains(m.uid))
            ++m_skipped;
    }

    reportProgress(0, wanted.size());
    for (qsizetype i = 0; i < wanted.size(); ++i) {
        session.throwIfCancelled();
        const Pop3StoredMessage stored = pop3::retrieve(session, wanted.at(i), store, m_folder);
        m_stored << stored;
        // Only now, with the message on disk, does it count as downloaded.
        if (!record.add(stored.uid, stored.localId, QDateTime::currentSecsSinceEpoch(), &error))
            throw JobFailure{error};
        reportProgress(i + 1, wanted.size());
    }

    const qint64 now = QDateTime::currentSecsSinceEpoch();
    Pop3Listing doomed;
    for (const auto &m : listing) {
        const auto entry = record.entry(m.uid);
        if (!entry)
            continue;
        if (!m_leaveOnServer
            || (m_deleteAfterDays > 0
                && entry->fetchedAt <= now - qint64(m_deleteAfterDays) * 86400))
            doomed << m;
    }
    session.throwIfCancelled();
    m_deleted = pop3::deleteAndCommit(session, doomed);

    const QSet<QString> gone(m_deleted.cbegin(), m_deleted.cend());
    QStringList present;
    present.reserve(listing.size());
    for (const auto &m : listing) {
        if (!gone.contains(m.uid))
            present << m.uid;
    }
    record.prune(present);
    if (!record.save(&error))
        throw JobFailure{error};
}

} // namespace postier::protocols
