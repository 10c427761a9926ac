#include "protocols/imap/RenameFolderJob.h"

#include "protocols/imap/ImapSession.h"

namespace postier::protocols {

RenameFolderJob::RenameFolderJob(const QByteArray &rawOldName, const QByteArray &rawNewName,
                                 QObject *parent)
    : ImapJob(parent)
    , m_old(rawOldName)
    , m_new(rawNewName)
{
}

QString RenameFolderJob::description() const
{
    return tr("Renaming the folder “%1” to “%2”")
        .arg(imap::decodeMailboxName(m_old), imap::decodeMailboxName(m_new));
}

void RenameFolderJob::runImap(ImapSession &session)
{
    QByteArray target = m_new;
    const QChar separator = session.separator();
    if (!separator.isNull()) {
        while (target.size() > 1 && target.endsWith(separator.toLatin1()))
            target.chop(1);
    }
    const QString from = imap::decodeMailboxName(m_old);
    const QString to = imap::decodeMailboxName(target);
    if (target.isEmpty())
        throw JobFailure{Error(ErrorKind::Usage, tr("A folder needs a name."))};

    // RFC 3501 leaves subscriptions alone on RENAME: note the subscribed names at or below the
    // old one, to carry them over afterwards.
    QByteArrayList subscribed;
    const QByteArray childPrefix = separator.isNull() ? QByteArray() : m_old + separator.toLatin1();
    auto collect = [&](std::string_view r) {
        FolderInfo info;
        if (!imap::parseList(r, &info) || subscribed.contains(info.rawName))
            return;
        if (info.rawName == m_old || (!childPrefix.isEmpty() && info.rawName.startsWith(childPrefix)))
            subscribed.append(info.rawName);
    };
    const QString what = tr("rename the folder “%1” to “%2”").arg(from, to);
    session.executeOk("LSUB \"\" " + session.astring(m_old), what, collect);
    if (!childPrefix.isEmpty())
        session.executeOk("LSUB \"\" " + session.astring(childPrefix + '*'), what, collect);

    if (session.selectedMailbox() == m_old && session.hasCapability("UNSELECT"))
        session.execute("UNSELECT");
    session.forgetSelection();
    session.executeOk("RENAME " + session.astring(m_old) + ' ' + session.astring(target), what);

    // The server may have moved them itself; the commands are harmless then.
    for (const QByteArray &oldName : std::as_const(subscribed)) {
        const QByteArray newName = target + oldName.mid(m_old.size());
        session.execute("UNSUBSCRIBE " + session.astring(oldName));
        session.executeOk("SUBSCRIBE " + session.astring(newName),
                          tr("subscribe to the renamed folder “%1”").arg(imap::decodeMailboxName(newName)));
    }
}

} // namespace postier::protocols
