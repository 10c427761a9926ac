#include "protocols/imap/SubscribeFolderJob.h"

#include "protocols/imap/ImapSession.h"

namespace postier::protocols {

SubscribeFolderJob::SubscribeFolderJob(const QByteArray &rawFolderName, bool subscribe, QObject *parent)
    : ImapJob(parent)
    , m_folder(rawFolderName)
    , m_subscribe(subscribe)
{
}

QString SubscribeFolderJob::description() const
{
    const QString folder = imap::decodeMailboxName(m_folder);
    return m_subscribe ? tr("Subscribing to “%1”").arg(folder)
                       : tr("Unsubscribing from “%1”").arg(folder);
}

void SubscribeFolderJob::runImap(ImapSession &session)
{
    const QString folder = imap::decodeMailboxName(m_folder);
    if (m_subscribe)
        session.executeOk("SUBSCRIBE " + session.astring(m_folder),
                          tr("subscribe to the folder “%1”").arg(folder));
    else
        session.executeOk("UNSUBSCRIBE " + session.astring(m_folder),
                          tr("unsubscribe from the folder “%1”").arg(folder));
}

} // namespace postier::protocols
