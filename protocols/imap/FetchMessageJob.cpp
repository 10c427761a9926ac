#include "protocols/imap/FetchMessageJob.h"

#include "protocols/imap/HeaderRecord.h"
#include "protocols/imap/ImapSession.h"

namespace postier::protocols {

namespace {

// Section specs are digits, dots and the upper-case words of RFC 3501 6.4.5; anything else would
// change the command's syntax.
bool isValidSection(const QByteArray &section)
{
    for (const char c : section) {
        const bool ok = (c >= '0' && c <= '9') || c == '.' || (c >= 'A' && c <= 'Z')
            || (c >= 'a' && c <= 'z');
        if (!ok)
            return false;
    }
    return true;
}

} // namespace

FetchMessageJob::FetchMessageJob(const QByteArray &rawFolderName, quint32 uid, QObject *parent)
    : ImapJob(parent)
    , m_folder(rawFolderName)
    , m_uid(uid)
{
}

QString FetchMessageJob::description() const
{
    return tr("Downloading a message from “%1”").arg(imap::decodeMailboxName(m_folder));
}

void FetchMessageJob::runImap(ImapSession &session)
{
    // A retry after a cut asks again; nothing of the cut attempt is kept.
    m_content.clear();
    m_flags = MessageFlags();
    m_internalDate = 0;
    m_size = 0;
    const QString folder = imap::decodeMailboxName(m_folder);
    if (m_uid == 0 || !isValidSection(m_section))
        throw JobFailure{Error(ErrorKind::Usage,
                               tr("Postier asked for an invalid message part (UID %1, part “%2”) in “%3”.")
                                   .arg(m_uid)
                                   .arg(QString::fromLatin1(m_section), folder))};
    session.select(m_folder, true);

    const QByteArray uid = QByteArray::number(m_uid);
    const QByteArray command = "UID FETCH " + uid + " (UID FLAGS INTERNALDATE RFC822.SIZE BODY.PEEK["
        + m_section.toUpper() + "])";
    bool found = false;
    QByteArray parseError;
    session.executeOk(command, tr("download message %1 from “%2”").arg(m_uid).arg(folder),
                      [&](std::string_view response) {
        HeaderRecord record;
        quint32 sequence = 0;
        QByteArray body;
        QByteArray section;
        if (!imap::parseFetch(response, &sequence, &record, &body, &section, &parseError))
            return;
        // Other FETCH responses (flag changes made by other clients) carry other UIDs, or none.
        if (record.uid != m_uid)
            return;
        found = true;
        m_flags = record.flags;
        if (record.internalDate != 0)
            m_internalDate = record.internalDate;
        if (record.size != 0)
            m_size = record.size;
        if (!body.isNull() || !section.isNull())
            m_content = body;
    });
    if (!found)
        throw JobFailure{Error(ErrorKind::NotFound,
                               tr("Message %1 no longer exists in “%2” on %3. It may have been "
                                  "moved or deleted by another program.")
                                   .arg(m_uid)
                                   .arg(folder, session.endpoint().host))};
    reportProgress(m_content.size(), m_content.size());
}

} // namespace postier::protocols
