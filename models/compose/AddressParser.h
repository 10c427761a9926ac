#pragma once

#include "protocols/smtp/OutgoingMessage.h"

#include <QList>
#include <QString>

namespace postier::models {

/// Reads what people type into To, Cc and Bcc, and writes addresses back in the same form.
///
/// Contract: a field holds entries separated by commas or semicolons (outside quotes and angle
/// brackets). An entry is `addr@example.com`, `<addr@example.com>`, `Name <addr@example.com>` or
/// `"Last, First" <addr@example.com>`; quotes around a name are removed, backslash escapes in them
/// undone. Empty entries (a trailing comma) are ignored. An entry whose address does not look like
/// an address (see isValidAddress()) makes parseList() fail and name that entry as typed, so the
/// composer can say which one is wrong. Pure functions; no network, no vmime.
class AddressParser
{
public:
    /// Parses a whole field. On failure returns false, leaves *out with the entries read so far
    /// and sets *badEntry (when non-null) to the offending entry, trimmed.
    [[nodiscard]] static bool parseList(const QString &text, QList<protocols::MailAddress> *out,
                                        QString *badEntry = nullptr);
    /// The entries of a field as typed, trimmed, without parsing them (for completion: the text
    /// after the last separator is what is being typed).
    [[nodiscard]] static QStringList splitEntries(const QString &text);
    /// An addr-spec as SMTP accepts it: a dot-atom or quoted local part (non-ASCII letters allowed,
    /// as with SMTPUTF8), "@", and a domain of letters, digits and hyphens in dot-separated labels
    /// (IDN letters allowed) or an IPv4 literal in brackets. Spaces, a second "@", an empty part,
    /// leading, trailing or doubled dots are refused.
    [[nodiscard]] static bool isValidAddress(const QString &address);
    /// "Name <addr>" (the name quoted when it holds specials such as a comma), or "addr".
    [[nodiscard]] static QString format(const protocols::MailAddress &address);
    /// format() of each, joined with ", ".
    [[nodiscard]] static QString formatList(const QList<protocols::MailAddress> &addresses);
};

} // namespace postier::models
