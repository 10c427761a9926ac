#include "protocols/imap/FetchIdentityJob.h"

#include "protocols/imap/ImapParser.h"
#include "protocols/imap/ImapSession.h"

namespace postier::protocols {

FetchIdentityJob::FetchIdentityJob(const QByteArray &rawFolderName, const QByteArrayList &fields,
                                   QObject *parent)
    : ImapJob(parent)
    , m_folder(rawFolderName)
    , m_fields(fields)
{
}

QString FetchIdentityJob::description() const
{
    return tr("Listing the messages of “%1”").arg(imap::decodeMailboxName(m_folder));
}

void FetchIdentityJob::runImap(ImapSession &session)
{
    m_messages.clear(); // a retry after a cut lists the folder again
    m_status = session.select(m_folder, true);
    if (m_status.messages == 0)
        return;
    m_messages.reserve(qsizetype(m_status.messages));
    const QByteArray command = "UID FETCH 1:* (UID RFC822.SIZE FLAGS INTERNALDATE BODY.PEEK[HEADER.FIELDS ("
        + m_fields.join(' ') + ")])";
    const qint64 expected = m_status.messages;
    session.executeOk(command, tr("list the messages of “%1”").arg(imap::decodeMailboxName(m_folder)),
                      [&](std::string_view response) {
        HeaderRecord record;
        MessageIdentity identity;
        quint32 sequence = 0;
        if (!imap::parseFetch(response, &sequence, &record, &identity.fields)) {
            imap::applySelectData(response, &m_status);
            return;
        }
        if (record.uid == 0)
            return; // a FLAGS update the server pushed, not our answer
        identity.uid = record.uid;
        identity.size = record.size;
        identity.internalDate = record.internalDate;
        identity.flags = record.flags;
        m_messages.append(std::move(identity));
        if (m_messages.size() % 1000 == 0) {
            reportProgress(m_messages.size(), expected);
            session.throwIfCancelled();
        }
    });
    reportProgress(m_messages.size(), expected);
}

} // namespace postier::protocols
