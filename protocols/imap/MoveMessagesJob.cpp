#include "protocols/imap/MoveMessagesJob.h"

#include "protocols/imap/ImapSession.h"

namespace postier::protocols {

MoveMessagesJob::MoveMessagesJob(const QByteArray &rawSourceFolder, const QVector<quint32> &uids,
                                 const QByteArray &rawDestinationFolder, QObject *parent)
    : ImapJob(parent)
    , m_source(rawSourceFolder)
    , m_destination(rawDestinationFolder)
    , m_uids(uids)
{
}

QString MoveMessagesJob::description() const
{
    return tr("Moving %n message(s) to “%1”", nullptr, int(m_uids.size()))
        .arg(imap::decodeMailboxName(m_destination));
}

void MoveMessagesJob::noteCopyUid(const QByteArray &code, QVector<quint32> *copiedSources)
{
    quint32 validity = 0;
    QVector<quint32> source, target;
    if (!imap::parseCopyUid(code, &validity, &source, &target))
        return;
    m_hasMapping = true;
    m_destinationUidValidity = validity;
    for (qsizetype k = 0; k < source.size(); ++k)
        m_mapping.insert(source[k], target[k]);
    if (copiedSources)
        *copiedSources += source;
}

void MoveMessagesJob::runImap(ImapSession &session)
{
    m_mapping.clear();
    m_hasMapping = false;
    m_destinationUidValidity = 0;
    const QByteArrayList sets = ImapSession::uidSetChunks(m_uids);
    if (sets.isEmpty())
        return;

    const QString source = imap::decodeMailboxName(m_source);
    const QString target = imap::decodeMailboxName(m_destination);
    m_usedMove = m_useMove && session.hasCapability("MOVE");
    if (!m_usedMove && !session.hasCapability("UIDPLUS"))
        throw JobFailure{Error(ErrorKind::ServerRefused,
                               tr("%1 cannot move messages safely (it offers neither MOVE nor "
                                  "UIDPLUS), so Postier left “%2” unchanged. Copy the messages "
                                  "instead and delete them yourself.")
                                   .arg(session.endpoint().host, source))};

    session.select(m_source, false);
    const QByteArray destination = session.astring(m_destination);
    const QString what = tr("move messages from “%1” to “%2”").arg(source, target);
    try {
        for (int i = 0; i < sets.size(); ++i) {
            session.throwIfCancelled();
            if (m_usedMove) {
                // RFC 6851 sends COPYUID in an untagged OK before the EXPUNGEs; some servers put it
                // in the tagged reply instead.
                const imap::StatusResponse status = session.executeOk(
                    "UID MOVE " + sets[i] + ' ' + destination, what, [this](std::string_view r) {
                        imap::StatusResponse untagged;
                        if (imap::parseStatus(r, &untagged) && untagged.isOk())
                            noteCopyUid(untagged.code, nullptr);
                    });
                noteCopyUid(status.code, nullptr);
            } else {
                QVector<quint32> copied;
                const imap::StatusResponse status =
                    session.executeOk("UID COPY " + sets[i] + ' ' + destination, what);
                noteCopyUid(status.code, &copied);
                // Without COPYUID every UID of the set that still exists was copied; UID EXPUNGE
                // below touches only UIDs of the set either way.
                const QByteArray copiedSet = copied.isEmpty() ? sets[i] : imap::uidSet(copied);
                session.executeOk("UID STORE " + copiedSet + " +FLAGS.SILENT (\\Deleted)", what);
                session.executeOk("UID EXPUNGE " + copiedSet, what);
            }
            reportProgress(i + 1, sets.size());
        }
    } catch (...) {
        session.forgetSelection();
        throw;
    }
    // The source stays selected on the server (its counters are asked again by select()).
}

} // namespace postier::protocols
