#include "protocols/pop3/Pop3RetrieveJob.h"

#include "protocols/local/MaildirStore.h"
#include "protocols/pop3/Pop3Operations.h"
#include "protocols/pop3/Pop3Session.h"

#include <QHash>

namespace postier::protocols {

Pop3RetrieveJob::Pop3RetrieveJob(QString storeRoot, QObject *parent)
    : Pop3Job(parent)
    , m_root(std::move(storeRoot))
    , m_folder(MaildirStore::inboxName())
{}

QString Pop3RetrieveJob::description() const
{
    const int n = int(m_uids.isEmpty() ? m_numbers.size() : m_uids.size());
    return tr("Downloading %n message(s)", nullptr, n);
}

void Pop3RetrieveJob::runPop3(Pop3Session &session)
{
    MaildirStore store(m_root);
    Error error;
    if (!store.open(&error))
        throw JobFailure{error};

    Pop3Listing targets;
    if (!m_uids.isEmpty()) {
        (void)session.freshInbox();
        QHash<QString, Pop3MessageInfo> byUid;
        for (const auto &m : pop3::list(session))
            byUid.insert(m.uid, m);
        for (const QString &uid : std::as_const(m_uids)) {
            const auto it = byUid.constFind(uid);
            if (it == byUid.constEnd())
                m_missing << uid;
            else
                targets << *it;
        }
    } else {
        const Pop3Listing listing = pop3::list(session);
        for (const int number : std::as_const(m_numbers)) {
            if (number < 1 || number > listing.size())
                throw JobFailure{Error(
                    ErrorKind::NotFound,
                    tr("Message %1 is not on %2 any more: the server holds %n message(s). List "
                       "the messages again.",
                       nullptr, int(listing.size()))
                        .arg(number)
                        .arg(session.endpoint().host))};
            targets << listing.at(number - 1);
        }
    }

    reportProgress(0, targets.size());
    for (qsizetype i = 0; i < targets.size(); ++i) {
        session.throwIfCancelled();
        m_stored << pop3::retrieve(session, targets.at(i), store, m_folder);
        reportProgress(i + 1, targets.size());
    }
}

} // namespace postier::protocols
