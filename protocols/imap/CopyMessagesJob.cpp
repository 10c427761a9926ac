#include "protocols/imap/CopyMessagesJob.h"

#include "protocols/imap/ImapSession.h"

namespace postier::protocols {

CopyMessagesJob::CopyMessagesJob(const QByteArray &rawSourceFolder, const QVector<quint32> &uids,
                                 const QByteArray &rawDestinationFolder, QObject *parent)
    : ImapJob(parent)
    , m_source(rawSourceFolder)
    , m_destination(rawDestinationFolder)
    , m_uids(uids)
{
}

QString CopyMessagesJob::description() const
{
    return tr("Copying %n message(s) to “%1”", nullptr, int(m_uids.size()))
        .arg(imap::decodeMailboxName(m_destination));
}

void CopyMessagesJob::runImap(ImapSession &session)
{
    m_mapping.clear();
    m_hasMapping = false;
    m_destinationUidValidity = 0;
    const QByteArrayList sets = ImapSession::uidSetChunks(m_uids);
    if (sets.isEmpty())
        return;

    session.select(m_source, true);
    const QByteArray destination = session.astring(m_destination);
    const QString what = tr("copy messages from “%1” to “%2”")
                             .arg(imap::decodeMailboxName(m_source), imap::decodeMailboxName(m_destination));
    for (int i = 0; i < sets.size(); ++i) {
        session.throwIfCancelled();
        const imap::StatusResponse status = session.executeOk("UID COPY " + sets[i] + ' ' + destination, what);
        quint32 validity = 0;
        QVector<quint32> source, target;
        if (imap::parseCopyUid(status.code, &validity, &source, &target)) {
            m_hasMapping = true;
            m_destinationUidValidity = validity;
            for (qsizetype k = 0; k < source.size(); ++k)
                m_mapping.insert(source[k], target[k]);
        }
        reportProgress(i + 1, sets.size());
    }
    // The source stays selected on the server (its counters are asked again by select()).
}

} // namespace postier::protocols
