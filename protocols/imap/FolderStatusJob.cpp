#include "protocols/imap/FolderStatusJob.h"

#include "protocols/ExceptionTranslator.h"
#include "protocols/imap/ImapSession.h"

namespace postier::protocols {

namespace {

// How many STATUS commands may wait for their reply at once. Enough to hide the round trip;
// small enough that the server's replies never fill the socket buffers while we are writing.
constexpr int kWindow = 32;

// "INBOX" is case-insensitive (RFC 3501 5.1); every other name is compared byte for byte.
QByteArray nameKey(const QByteArray &rawName)
{
    return rawName.compare("INBOX", Qt::CaseInsensitive) == 0 ? QByteArrayLiteral("INBOX") : rawName;
}

} // namespace

FolderStatusJob::FolderStatusJob(const QByteArrayList &rawFolderNames, QObject *parent)
    : ImapJob(parent)
{
    for (const QByteArray &name : rawFolderNames) {
        if (!m_folders.contains(name))
            m_folders.append(name);
    }
}

QString FolderStatusJob::description() const
{
    if (m_folders.size() == 1)
        return tr("Counting the messages in “%1”").arg(imap::decodeMailboxName(m_folders.first()));
    return tr("Counting the messages in %n folders", nullptr, int(m_folders.size()));
}

void FolderStatusJob::runImap(ImapSession &session)
{
    m_statuses.clear();
    m_errors.clear();
    QByteArray items = "MESSAGES UNSEEN RECENT UIDNEXT UIDVALIDITY";
    if (session.hasCapability("CONDSTORE"))
        items += " HIGHESTMODSEQ";

    QHash<QByteArray, int> indexByName;
    for (int i = 0; i < m_folders.size(); ++i)
        indexByName.insert(nameKey(m_folders[i]), i);
    // Dovecot (as RFC 3501 6.3.10 allows) answers STATUS for the selected mailbox from this
    // session's own view, which misses what other clients did since: close it first.
    const QByteArray selected = session.selectedMailbox();
    if (!selected.isEmpty() && indexByName.contains(nameKey(selected))) {
        const QString closing = tr("close the folder “%1”").arg(imap::decodeMailboxName(selected));
        if (session.hasCapability("UNSELECT")) {
            session.executeOk("UNSELECT", closing);
        } else {
            // No UNSELECT (RFC 3691), and STATUS SHOULD NOT ask about the selected folder (RFC
            // 3501 6.3.10): CLOSE it. CLOSE expunges a folder opened read-write, so it is
            // re-opened read-only (EXAMINE) first; a read-only folder closes without expunging.
            if (!session.selectedReadOnly())
                session.select(selected, true);
            session.executeOk("CLOSE", closing);
        }
        session.forgetSelection();
    }
    QHash<QByteArray, int> pendingByTag;
    QVector<bool> answered(m_folders.size(), false);
    int done = 0;

    auto folderError = [&](int index, const imap::StatusResponse &status) {
        return serverRefusal(session.endpoint(),
                             tr("read the message counts of the folder “%1”")
                                 .arg(imap::decodeMailboxName(m_folders[index])),
                             status.serverWords());
    };

    auto handle = [&](std::string_view response) {
        switch (imap::kindOf(response)) {
        case imap::ResponseKind::Untagged: {
            QByteArray name;
            FolderStatus status;
            if (!imap::parseStatusData(response, &name, &status))
                return; // EXISTS, EXPUNGE, FETCH for the selected folder: not ours
            const auto it = indexByName.constFind(nameKey(name));
            if (it == indexByName.constEnd())
                return;
            m_statuses.insert(m_folders[*it], status);
            answered[*it] = true;
            return;
        }
        case imap::ResponseKind::Tagged: {
            imap::StatusResponse status;
            if (!imap::parseStatus(response, &status))
                return;
            const auto it = pendingByTag.constFind(status.tag);
            if (it == pendingByTag.constEnd())
                return;
            const int index = *it;
            pendingByTag.erase(it);
            ++done;
            if (!status.isOk()) {
                m_statuses.remove(m_folders[index]);
                m_errors.insert(m_folders[index], folderError(index, status));
            } else if (!answered[index]) {
                m_errors.insert(m_folders[index],
                                Error(ErrorKind::Protocol,
                                      tr("%1 accepted the request for the message counts of “%2” "
                                         "but sent none.")
                                          .arg(session.endpoint().host,
                                               imap::decodeMailboxName(m_folders[index]))));
            }
            return;
        }
        case imap::ResponseKind::Continuation:
            return;
        }
    };

    int next = 0;
    while (next < m_folders.size() || !pendingByTag.isEmpty()) {
        session.throwIfCancelled();
        while (next < m_folders.size() && pendingByTag.size() < kWindow) {
            const QByteArray tag = session.nextTag();
            pendingByTag.insert(tag, next);
            session.sendCommand(tag, "STATUS " + session.astring(m_folders[next]) + " (" + items + ')',
                                handle);
            ++next;
        }
        if (!pendingByTag.isEmpty())
            handle(session.readResponse());
        reportProgress(done, m_folders.size());
    }
}

} // namespace postier::protocols
