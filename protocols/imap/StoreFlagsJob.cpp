#include "protocols/imap/StoreFlagsJob.h"

#include "protocols/imap/ImapSession.h"

#include <algorithm>
#include <cstring>

namespace postier::protocols {

namespace {

// flag-keyword = atom: no specials, no controls, no 8-bit (RFC 3501 9). A backslash only leads a
// system flag.
bool isValidKeyword(const QByteArray &keyword)
{
    if (keyword.isEmpty())
        return false;
    for (const char ch : keyword) {
        const auto c = static_cast<unsigned char>(ch);
        if (c <= 0x20 || c >= 0x7f)
            return false;
        if (std::strchr("(){%*\"\\]", ch))
            return false;
    }
    return true;
}

} // namespace

StoreFlagsJob::StoreFlagsJob(const QByteArray &rawFolderName, const QVector<quint32> &uids,
                             const MessageFlags &flags, Operation operation, QObject *parent)
    : ImapJob(parent)
    , m_folder(rawFolderName)
    , m_uids(uids)
    , m_flags(flags)
    , m_operation(operation)
{
    std::sort(m_uids.begin(), m_uids.end());
    m_uids.erase(std::unique(m_uids.begin(), m_uids.end()), m_uids.end());
    m_uids.removeAll(0);
}

QString StoreFlagsJob::description() const
{
    return tr("Marking %n message(s) in “%1”", nullptr, int(m_uids.size()))
        .arg(imap::decodeMailboxName(m_folder));
}

void StoreFlagsJob::runImap(ImapSession &session)
{
    const QString folder = imap::decodeMailboxName(m_folder);
    for (const QByteArray &keyword : m_flags.keywords) {
        if (!isValidKeyword(keyword))
            throw JobFailure{Error(ErrorKind::Usage,
                                   tr("“%1” cannot be used as a message tag on an IMAP server: tags "
                                      "may not contain spaces, brackets, quotes or accents.")
                                       .arg(QString::fromUtf8(keyword)))};
    }
    if (m_uids.isEmpty())
        return;
    MessageFlags flags = m_flags;
    flags.bits &= ~FlagRecent;
    if (flags.bits == 0 && flags.keywords.isEmpty() && m_operation != Operation::Replace)
        return;

    session.select(m_folder, false);
    const char *item = m_operation == Operation::Add      ? " +FLAGS.SILENT ("
                       : m_operation == Operation::Remove ? " -FLAGS.SILENT ("
                                                          : " FLAGS.SILENT (";
    const QByteArray list = flags.toImapList();
    const QString what = tr("change the flags of messages in “%1”").arg(folder);

    const QByteArrayList sets = ImapSession::uidSetChunks(m_uids);
    for (int i = 0; i < sets.size(); ++i) {
        session.throwIfCancelled();
        session.executeOk("UID STORE " + sets[i] + item + list + ')', what);
        reportProgress(i + 1, sets.size());
    }
}

} // namespace postier::protocols
