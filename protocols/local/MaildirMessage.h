#pragma once

#include <QString>
#include <QtGlobal>

namespace postier::protocols {

/// One message file of a MaildirStore, as found on disk. A plain value: it stays valid as a
/// description after the file moves, but `path` is only current until the flags change.
struct MaildirMessage {
    QString id;          ///< The unique base name; stable when the flags change.
    QString folder;      ///< "INBOX" or a folder name such as "Archive/2024".
    QString path;        ///< Absolute path of the file right now.
    qint64 size = 0;     ///< Bytes on disk.
    QString flags;       ///< Maildir flag letters in ASCII order ("FS"); empty for new mail.
    qint64 modified = 0; ///< File mtime in seconds since the epoch: the arrival date.
    bool isNew = false;  ///< Still in new/: no mail reader has looked at it yet.
};

} // namespace postier::protocols
