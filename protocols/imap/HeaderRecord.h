#pragma once

#include "protocols/imap/MessageFlags.h"

#include <QByteArray>
#include <QMetaType>
#include <QVector>

namespace postier::protocols {

/// One message's list-view data, copied out of a FETCH response. Strings stay as the raw bytes the
/// server sent (RFC 2047 encoded words included): decoding is done once, lazily, for display, so
/// that syncing 100k headers does no charset work. Addresses are "Name <local@domain>" joined
/// with ", ", built from the ENVELOPE structure.
struct HeaderRecord {
    quint32 uid = 0;
    quint32 size = 0;          ///< RFC822.SIZE
    qint64 internalDate = 0;   ///< INTERNALDATE, seconds since the epoch, UTC
    quint64 modseq = 0;        ///< MODSEQ when CONDSTORE is on, else 0
    MessageFlags flags;
    QByteArray date;           ///< ENVELOPE date, raw
    QByteArray subject;        ///< ENVELOPE subject, raw
    QByteArray from;
    QByteArray to;
    QByteArray cc;
    QByteArray messageId;
    QByteArray inReplyTo;
    QByteArray references;     ///< Raw References header value, unfolded
};

using HeaderBatch = QVector<HeaderRecord>;

} // namespace postier::protocols

Q_DECLARE_METATYPE(postier::protocols::HeaderBatch)
