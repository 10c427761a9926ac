#pragma once

#include "protocols/imap/FolderInfo.h"
#include "protocols/imap/HeaderRecord.h"
#include "protocols/imap/ImapJob.h"

#include <QSemaphore>
#include <functional>

namespace postier::protocols {

/// Reads the list-view data of a folder's messages into compact HeaderRecords, in batches.
///
/// Opens the folder read-only (EXAMINE, with CONDSTORE where offered) and issues one
/// `UID FETCH <from>:* (UID FLAGS INTERNALDATE RFC822.SIZE ENVELOPE
/// BODY.PEEK[HEADER.FIELDS (REFERENCES)] [MODSEQ])`, parsed by Postier's own parser (vmime's is
/// about 18x slower). In FlagsOnly mode it asks only `(UID FLAGS [MODSEQ])`, optionally
/// `(CHANGEDSINCE modseq)`: the cheap resync of a folder already in the cache.
///
/// Records are handed over in batches of batchSize() as they arrive, and never all kept: either
/// to a sink called on the connection thread (setSink(), for a consumer that lives there), or
/// through the headersReady() signal, queued to the receiver's thread. With the signal, call
/// setMaxBatchesInFlight(n) and batchConsumed() after each batch to bound memory when the
/// consumer is slower than the network. folderStatus() is the SELECT result (UIDVALIDITY,
/// HIGHESTMODSEQ, EXISTS), available once the job has finished.
///
/// Retried after a cut connection, the job reads the folder again from the start but hands over
/// each UID once: the batches of the cut attempt are not delivered again (the consumers count
/// what they receive). received() and lowestUid() describe the attempt that finished, so
/// received() ends at the number of messages the server sent, not more. folderStatus() then keeps
/// the HIGHESTMODSEQ of the cut attempt, the older one, so that a later CHANGEDSINCE sync from it
/// also covers flags changed between the attempts. If the folder was replaced in between (another
/// UIDVALIDITY) after records were handed over, the job fails with ErrorKind::NotFound.
class SyncHeadersJob : public ImapJob
{
    Q_OBJECT
public:
    enum class Mode { Full, FlagsOnly };

    explicit SyncHeadersJob(const QByteArray &rawFolderName, QObject *parent = nullptr);

    void setMode(Mode mode) { m_mode = mode; }
    [[nodiscard]] Mode mode() const { return m_mode; }
    /// Only messages with UID >= firstUid (incremental sync of new mail).
    void setFirstUid(quint32 uid) { m_firstUid = uid; }
    /// Only messages with UID <= lastUid (0: no upper bound).
    void setLastUid(quint32 uid) { m_lastUid = uid; }
    /// Only the `count` most recent messages by position (`FETCH n:*`), whatever their UIDs: how a
    /// cold folder shows its newest screenful first. 0 (the default) means no such limit.
    void setNewestCount(quint32 count) { m_newestCount = count; }
    /// The lowest UID received, after the job finished (0 when none).
    [[nodiscard]] quint32 lowestUid() const { return m_lowestUid; }
    /// FlagsOnly: only messages changed since this MODSEQ (needs CONDSTORE; ignored otherwise).
    void setChangedSince(quint64 modseq) { m_changedSince = modseq; }
    void setBatchSize(int size) { m_batchSize = size; }
    [[nodiscard]] int batchSize() const { return m_batchSize; }
    void setSink(std::function<void(HeaderBatch &&)> sink) { m_sink = std::move(sink); }
    void setMaxBatchesInFlight(int n) { m_maxInFlight = n; }
    /// Called by a signal consumer after it has processed one batch.
    void batchConsumed() { m_inFlight.release(); }

    [[nodiscard]] QString description() const override;
    [[nodiscard]] const FolderStatus &folderStatus() const { return m_status; }
    [[nodiscard]] qint64 received() const { return m_received; }
    /// True when the server applied CHANGEDSINCE (so absent UIDs did not change).
    [[nodiscard]] bool usedChangedSince() const { return m_usedChangedSince; }

Q_SIGNALS:
    void headersReady(const postier::protocols::HeaderBatch &batch);

protected:
    void runImap(ImapSession &session) override;

private:
    void deliver(HeaderBatch &batch);
    [[nodiscard]] bool deliveredBefore(quint32 uid) const;

    QByteArray m_folder;
    Mode m_mode = Mode::Full;
    quint32 m_firstUid = 1;
    quint32 m_lastUid = 0;
    quint32 m_newestCount = 0;
    quint32 m_lowestUid = 0;
    quint64 m_changedSince = 0;
    int m_batchSize = 2000;
    int m_maxInFlight = 0;
    bool m_inFlightPrimed = false;
    QSemaphore m_inFlight;
    /// UIDs handed over, across attempts; the first m_earlierDelivered are sorted and come from
    /// attempts that were cut.
    QVector<quint32> m_delivered;
    qsizetype m_earlierDelivered = 0;
    std::function<void(HeaderBatch &&)> m_sink;
    FolderStatus m_status;
    qint64 m_received = 0;
    bool m_usedChangedSince = false;
};

} // namespace postier::protocols
