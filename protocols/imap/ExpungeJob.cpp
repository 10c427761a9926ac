#include "protocols/imap/ExpungeJob.h"

#include "protocols/imap/ImapSession.h"

namespace postier::protocols {

ExpungeJob::ExpungeJob(const QByteArray &rawFolderName, const QVector<quint32> &uids, QObject *parent)
    : ImapJob(parent)
    , m_folder(rawFolderName)
    , m_uids(uids)
{
}

QString ExpungeJob::description() const
{
    return tr("Removing deleted messages from “%1”").arg(imap::decodeMailboxName(m_folder));
}

void ExpungeJob::runImap(ImapSession &session)
{
    m_expunged = 0;
    const QString folder = imap::decodeMailboxName(m_folder);
    const QByteArrayList sets = ImapSession::uidSetChunks(m_uids);
    if (!m_uids.isEmpty() && sets.isEmpty())
        return; // only UID 0: nothing that can exist
    if (!sets.isEmpty() && !session.hasCapability("UIDPLUS"))
        throw JobFailure{Error(ErrorKind::ServerRefused,
                               tr("%1 cannot remove chosen messages only (it lacks UIDPLUS), and "
                                  "removing every deleted message in “%2” might remove mail that "
                                  "another program marked. Nothing was removed.")
                                   .arg(session.endpoint().host, folder))};

    session.select(m_folder, false);
    const QString what = tr("remove deleted messages from “%1”").arg(folder);
    auto count = [this](std::string_view r) {
        quint32 number = 0;
        QByteArray keyword;
        if (imap::parseNumbered(r, &number, &keyword) && keyword == "EXPUNGE")
            ++m_expunged;
    };
    try {
        if (sets.isEmpty()) {
            session.executeOk("EXPUNGE", what, count);
        } else {
            for (int i = 0; i < sets.size(); ++i) {
                session.throwIfCancelled();
                session.executeOk("UID EXPUNGE " + sets[i], what, count);
                reportProgress(i + 1, sets.size());
            }
        }
    } catch (...) {
        session.forgetSelection();
        throw;
    }
    // The folder stays selected on the server: its name is kept, so that a later DELETE or
    // STATUS of it closes it first; its counters are asked again by the next select().
}

} // namespace postier::protocols
