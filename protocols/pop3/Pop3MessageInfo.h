#pragma once

#include <QList>
#include <QString>
#include <QtGlobal>

namespace postier::protocols {

/// One message of a POP3 maildrop as LIST and UIDL describe it.
struct Pop3MessageInfo {
    int number = 0; ///< Position in the maildrop; valid only for the session that listed it.
    QString uid;    ///< UIDL: stable across sessions; empty if the server has no UIDL.
    qint64 size
        = 0; ///< LIST size (CRLF line ends counted), -1 if LIST left it out. Not a checksum.
};

using Pop3Listing = QList<Pop3MessageInfo>;

/// One message that a job stored on this computer.
struct Pop3StoredMessage {
    QString uid;     ///< Its UIDL on the server.
    QString localId; ///< Its id in the MaildirStore.
    qint64 size = 0; ///< Bytes written to disk.
};

} // namespace postier::protocols
