#include "protocols/imap/SyncHeadersJob.h"

#include "protocols/Job.h"
#include "protocols/imap/ImapSession.h"

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
    if (m_sink) {
        m_sink(std::move(batch));
    } else {
        if (m_maxInFlight > 0) {
            // Wait for the consumer, polling so that a cancel still gets through.
            while (!m_inFlight.tryAcquire(1, 50)) {
                if (cancelToken().isCancelled())
                    throw vmime::exceptions::operation_cancelled();
            }
        }
        Q_EMIT headersReady(batch);
    }
    batch = HeaderBatch();
    batch.reserve(m_batchSize);
}

void SyncHeadersJob::runImap(ImapSession &session)
{
    if (m_maxInFlight > 0 && m_inFlight.available() == 0)
        m_inFlight.release(m_maxInFlight);

    m_status = session.select(m_folder, true);
    const qint64 expected = m_status.messages;
    if (m_status.messages == 0)
        return;

    const bool condstore = session.hasCapability("CONDSTORE");
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
        batch.append(std::move(record));
        ++m_received;
        if (batch.size() >= m_batchSize) {
            deliver(batch);
            reportProgress(m_received, expected);
            session.throwIfCancelled();
        }
    });
    deliver(batch);
    reportProgress(m_received, expected);
}

} // namespace postier::protocols
