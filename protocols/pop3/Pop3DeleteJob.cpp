#include "protocols/pop3/Pop3DeleteJob.h"

#include "protocols/pop3/Pop3Operations.h"
#include "protocols/pop3/Pop3Session.h"

#include <QHash>

namespace postier::protocols {

Pop3DeleteJob::Pop3DeleteJob(const QStringList &uids, QObject *parent)
    : Pop3Job(parent)
    , m_uids(uids)
{}

QString Pop3DeleteJob::description() const
{
    return tr("Deleting %n message(s) from the server", nullptr, int(m_uids.size()));
}

void Pop3DeleteJob::runPop3(Pop3Session &session)
{
    m_missing.clear(); // a retry after a cut lists again
    (void)session.freshInbox();
    const Pop3Listing listing = pop3::list(session);
    pop3::requireUids(session, listing);
    QHash<QString, Pop3MessageInfo> byUid;
    for (const auto &m : listing)
        byUid.insert(m.uid, m);
    Pop3Listing targets;
    for (const QString &uid : std::as_const(m_uids)) {
        const auto it = byUid.constFind(uid);
        if (it == byUid.constEnd())
            m_missing << uid;
        else
            targets << *it;
    }
    reportProgress(0, targets.size());
    m_deleted = pop3::deleteAndCommit(session, targets);
    reportProgress(targets.size(), targets.size());
}

} // namespace postier::protocols
