#pragma once

#include <QByteArray>
#include <QByteArrayList>
#include <QtGlobal>

namespace postier::protocols {

/// The system flags as a bit set; keywords travel separately because they are rare.
enum MessageFlag : quint8 {
    FlagSeen = 1 << 0,
    FlagAnswered = 1 << 1,
    FlagFlagged = 1 << 2,
    FlagDeleted = 1 << 3,
    FlagDraft = 1 << 4,
    FlagRecent = 1 << 5,
    FlagForwarded = 1 << 6, ///< $Forwarded keyword, common enough to deserve a bit.
};

/// Converts between the bit set (plus keywords) and the IMAP flag list syntax.
struct MessageFlags {
    quint8 bits = 0;
    QByteArrayList keywords; ///< Anything that is not a system flag or $Forwarded.

    /// Parses the tokens between the parentheses of FLAGS (...).
    void addToken(const char *data, int size);
    /// "\\Seen \\Flagged $Label1", without parentheses; \\Recent is never written.
    [[nodiscard]] QByteArray toImapList() const;
    bool operator==(const MessageFlags &o) const { return bits == o.bits && keywords == o.keywords; }
};

} // namespace postier::protocols
