#include "protocols/imap/CreateFolderJob.h"

#include "protocols/imap/ImapSession.h"

namespace postier::protocols {

CreateFolderJob::CreateFolderJob(const QByteArray &rawFolderName, QObject *parent)
    : ImapJob(parent)
    , m_folder(rawFolderName)
{
}

QString CreateFolderJob::description() const
{
    return tr("Creating the folder “%1”").arg(imap::decodeMailboxName(m_folder));
}

void CreateFolderJob::runImap(ImapSession &session)
{
    QByteArray name = m_folder;
    const QChar separator = session.separator();
    if (!separator.isNull()) {
        const char sep = separator.toLatin1();
        while (name.size() > 1 && name.endsWith(sep))
            name.chop(1);
    }
    const QString folder = imap::decodeMailboxName(name);
    if (name.isEmpty())
        throw JobFailure{Error(ErrorKind::Usage, tr("A folder needs a name."))};
    session.executeOk("CREATE " + session.astring(name), tr("create the folder “%1”").arg(folder));
    m_created = name;
    session.forgetSelection();
}

} // namespace postier::protocols
