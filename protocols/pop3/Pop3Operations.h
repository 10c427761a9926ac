#pragma once

// Internal to protocols/pop3: the protocol steps that several POP3 jobs share. Connection thread
// only; every function throws on failure (vmime exceptions or JobFailure).

#include "protocols/pop3/Pop3MessageInfo.h"

#include <QString>
#include <QStringList>

namespace postier::protocols {

class MaildirStore;
class Pop3Session;

namespace pop3 {

struct Stat {
    int count = 0;
    qint64 totalSize = 0;
};

/// STAT on the current session.
[[nodiscard]] Stat stat(Pop3Session &session);

/// LIST and UIDL for every message of the session's open INBOX, in maildrop order.
[[nodiscard]] Pop3Listing list(Pop3Session &session);

/// Fails with a sentence unless every message has a UIDL.
void requireUids(const Pop3Session &session, const Pop3Listing &listing);

/// RETR of one message, streamed into a new message of `folder` in `store`, byte-stuffing
/// removed and line ends turned into the LF that Maildir files use. The message is committed
/// (visible) when this returns. If the disk refuses the data mid-answer, the session is dropped.
[[nodiscard]] Pop3StoredMessage retrieve(Pop3Session &session, const Pop3MessageInfo &message,
                                         MaildirStore &store, const QString &folder);

/// DELE for each target, QUIT to commit, then lists the maildrop again on a new session and
/// returns the UIDLs that are really gone. Throws if the server kept any of them. If anything
/// fails before QUIT, the session is dropped after RSET so that nothing half-done is committed.
[[nodiscard]] QStringList deleteAndCommit(Pop3Session &session, const Pop3Listing &targets);

} // namespace pop3
} // namespace postier::protocols
