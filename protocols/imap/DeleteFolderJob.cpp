#include "protocols/imap/DeleteFolderJob.h"

#include "protocols/ExceptionTranslator.h"
#include "protocols/imap/ImapSession.h"

namespace postier::protocols {

DeleteFolderJob::DeleteFolderJob(const QByteArray &rawFolderName, QObject *parent)
    : ImapJob(parent)
    , m_folder(rawFolderName)
{
}

QString DeleteFolderJob::description() const
{
    return tr("Deleting the folder “%1”").arg(imap::decodeMailboxName(m_folder));
}

void DeleteFolderJob::runImap(ImapSession &session)
{
    const QString folder = imap::decodeMailboxName(m_folder);
    const QByteArray name = session.astring(m_folder);
    // A selected folder is closed first: dovecot ends the session when the selected mailbox is
    // deleted. When Postier does not know what is selected (after a vmime operation), it closes
    // whatever is (a BAD "no mailbox selected" is harmless).
    if ((session.selectedMailbox() == m_folder || session.selectedMailbox().isEmpty())
        && session.hasCapability("UNSELECT"))
        session.execute("UNSELECT");
    session.forgetSelection();

    const imap::StatusResponse status = session.execute("DELETE " + name);
    if (!status.isOk()) {
        const QString serverText = status.serverWords();
        // dovecot: "Mailbox has children, delete them first"; RFC 9051: [HASCHILDREN].
        if (status.code.startsWith("HASCHILDREN")
            || serverText.contains(QLatin1String("children"), Qt::CaseInsensitive))
            throw JobFailure{Error(ErrorKind::ServerRefused,
                                   tr("%1 did not delete the folder “%2” because it still contains "
                                      "subfolders. Delete or move its subfolders first (the server "
                                      "said “%3”).")
                                       .arg(session.endpoint().host, folder, serverText),
                                   serverText)};
        throw JobFailure{serverRefusal(session.endpoint(), tr("delete the folder “%1”").arg(folder),
                                       serverText)};
    }
    if (m_unsubscribe)
        session.execute("UNSUBSCRIBE " + name); // "not subscribed" is fine too
}

} // namespace postier::protocols
