#include "protocols/imap/SyncHeadersJob.h"

#include "protocols/Job.h"
#include "protocols/imap/ImapSession.h"

#include <algorithm>

namespace postier::protocols {

SyncHeadersJob::SyncHeadersJob(const QByteArray &rawFolderName, QObject *parent)
    : ImapJob(parent)
    , m_folder(rawFolderName)
{
    qRegisterMetaType<postier::protocols::HeaderBatch>();
    setPriority(Priority::Background);
}

QString SyncHeadersJob::description() const
{
    return tr("Updating “%1”").arg(imap::decodeMailboxName(m_folder));
}

void SyncHeadersJob::deliver(HeaderBatch &batch)
{
    if (batch.isEmpty())
        return;
    auto remember = [this, &batch] {
        for (const HeaderRecord &r : std::as_const(batch))
            m_delivered.append(r.uid);
    };
    if (m_sink) {
        remember();
        m_sink(std::move(batch));
    } else {
        if (m_maxInFlight > 0) {
            // Wait for the consumer, polling so that a cancel still gets through.
            while (!m_inFlight.tryAcquire(1, 50)) {
                if (cancelToken().isCancelled())
                    throw vmime::exceptions::operation_cancelled();
            }
        }
        remember();
        Q_EMIT headersReady(batch);
    }
    batch = HeaderBatch();
    batch.reserve(m_batchSize);
}

bool SyncHeadersJob::deliveredBefore(quint32 uid) const
{
    const auto end = m_delivered.cbegin() + m_earlierDelivered;
    return std::binary_search(m_delivered.cbegin(), end, uid);
}

void SyncHeadersJob::runImap(ImapSession &session)
{
    // This may be a retry after a cut: the counts start over. What the cut attempt handed over is
    // not handed over again: HeaderCache::storeHeaders() would only overwrite the same rows, but
    // the consumers count what they receive (FolderSynchronizer's received and flag updates,
    // NewMailWatcher's new messages, ServerSearch's fetched UIDs), and those would count twice.
    m_received = 0;
    m_lowestUid = 0;
    m_usedChangedSince = false;
    if (m_maxInFlight > 0 && !m_inFlightPrimed) {
        // Once per job: batches of a cut attempt may still be with the consumer, whose
        // batchConsumed() gives their slots back.
        m_inFlight.release(m_maxInFlight);
        m_inFlightPrimed = true;
    }
    std::sort(m_delivered.begin(), m_delivered.end());
    m_delivered.erase(std::unique(m_delivered.begin(), m_delivered.end()), m_delivered.end());
    m_earlierDelivered = m_delivered.size();

    const FolderStatus earlier = m_status;
    m_status = session.select(m_folder, true);
    if (m_earlierDelivered > 0) {
        if (earlier.uidValidity != m_status.uidValidity)
            throw JobFailure{Error(ErrorKind::NotFound,
                                   tr("The folder “%1” on %2 was replaced by a new folder of the same "
                                      "name while Postier was reading it. Update the folder again.")
                                       .arg(imap::decodeMailboxName(m_folder), session.endpoint().host))};
        // Flags the cut attempt handed over may have changed since: a CHANGEDSINCE from its
        // (older) HIGHESTMODSEQ finds them.
        if (earlier.highestModSeq > 0 && earlier.highestModSeq < m_status.highestModSeq)
            m_status.highestModSeq = earlier.highestModSeq;
    }
    const qint64 expected = m_status.messages;
    if (m_status.messages == 0)
        return;
    // Never more than 100 %, even when new mail arrives during the fetch.
    auto progress = [this, expected] { reportProgress(m_received, std::max(expected, m_received)); };

    // A mailbox that answered [NOMODSEQ] (select() leaves its HIGHESTMODSEQ at 0) must get neither
    // the MODSEQ item nor CHANGEDSINCE: the server answers BAD to both (RFC 7162 3.1.2.2).
    const bool condstore = session.hasCapability("CONDSTORE") && m_status.highestModSeq > 0;
    QByteArray items = m_mode == Mode::Full
        ? QByteArrayLiteral("UID FLAGS INTERNALDATE RFC822.SIZE ENVELOPE "
                            "BODY.PEEK[HEADER.FIELDS (REFERENCES)]")
        : QByteArrayLiteral("UID FLAGS");
    if (condstore)
        items += " MODSEQ";
    QByteArray command;
    if (m_newestCount > 0) {
        const quint32 from = m_status.messages > m_newestCount ? m_status.messages - m_newestCount + 1 : 1;
        command = "FETCH " + QByteArray::number(from) + ":* (" + items + ')';
    } else {
        const QByteArray last = m_lastUid > 0 ? QByteArray::number(m_lastUid) : QByteArrayLiteral("*");
        command = "UID FETCH " + QByteArray::number(m_firstUid) + ':' + last + " (" + items + ')';
    }
    if (m_mode == Mode::FlagsOnly && condstore && m_changedSince > 0) {
        command += " (CHANGEDSINCE " + QByteArray::number(m_changedSince) + ')';
        m_usedChangedSince = true;
    }

    HeaderBatch batch;
    batch.reserve(m_batchSize);
    QByteArray parseError;
    session.executeOk(command, tr("read the messages of “%1”").arg(imap::decodeMailboxName(m_folder)),
                      [&](std::string_view response) {
        HeaderRecord record;
        quint32 sequence = 0;
        if (!imap::parseFetch(response, &sequence, &record, nullptr, nullptr, &parseError)) {
            imap::applySelectData(response, &m_status); // EXISTS/EXPUNGE during the fetch
            return;
        }
        // "n:*" always includes the highest UID, even when it is below n (RFC 3501 6.4.8).
        if (record.uid < m_firstUid || record.uid == 0 || (m_lastUid > 0 && record.uid > m_lastUid))
            return;
        if (m_lowestUid == 0 || record.uid < m_lowestUid)
            m_lowestUid = record.uid;
        ++m_received;
        if (deliveredBefore(record.uid)) {
            if (m_received % m_batchSize == 0) {
                progress();
                session.throwIfCancelled();
            }
            return;
        }
        batch.append(std::move(record));
        if (batch.size() >= m_batchSize) {
            deliver(batch);
            progress();
            session.throwIfCancelled();
        }
    });
    deliver(batch);
    progress();
}

} // namespace postier::protocols
