#pragma once

#include <QByteArray>
#include <QStringList>
#include <QtGlobal>

namespace postier::protocols::localsource {

/// What the headers of a stored message say about its state, for the local sources. Pure
/// functions over raw header values; nothing here reads files.

/// A Date header value ("Tue, 1 Jul 2003 10:52:37 +0200 (CEST)", also asctime-like and obsolete
/// forms with two-digit years or US zone names) in seconds since the epoch, or -1. A value without
/// a zone is read as UTC.
[[nodiscard]] qint64 parseDateHeader(const QByteArray &value);

/// The date of a Received field value (after its last ';'), in seconds since the epoch, or -1.
[[nodiscard]] qint64 parseReceivedDate(const QByteArray &value);

/// An mbox envelope line ("From sender Www Mmm dd hh:mm:ss [zone] yyyy [zone]", the line end
/// already removed): true when it carries such a date (the test mutt applies before splitting),
/// with *seconds set when not null. A date without a zone is local time.
[[nodiscard]] bool parseEnvelopeLine(const QByteArray &line, qint64 *seconds = nullptr);

/// 8 lower-case hex digits of the SHA-1 of `line`: the second half of an mbox message id.
[[nodiscard]] QByteArray envelopeHash(const QByteArray &line);

/// The header values a source needs to derive flags; each is the raw value of the first
/// occurrence (continuation lines joined), empty when absent.
struct StateHeaders {
    QByteArray status;          ///< Status (mutt, c-client)
    QByteArray xStatus;         ///< X-Status
    QByteArray mozillaStatus;   ///< X-Mozilla-Status (4 hex digits)
    QByteArray mozillaStatus2;  ///< X-Mozilla-Status2 (8 hex digits)
    QByteArray mozillaKeys;     ///< X-Mozilla-Keys (space-separated keywords, padded)
    bool hasMozillaStatus = false;
    bool hasStatus = false;
};

struct StoredState {
    quint8 flags = 0;       ///< MessageFlag bits
    QStringList keywords;
    bool expunged = false;  ///< Thunderbird expunged it (0x0008); compaction would remove it
    bool partial = false;   ///< Thunderbird holds only the headers (0x0400)
};

/// X-Mozilla-Status/X-Mozilla-Status2 when present, else Status/X-Status; keywords from
/// X-Mozilla-Keys ("$Forwarded" becomes FlagForwarded; tokens that are not IMAP atoms are left
/// out because no server would accept them).
[[nodiscard]] StoredState storedState(const StateHeaders &headers);

} // namespace postier::protocols::localsource
