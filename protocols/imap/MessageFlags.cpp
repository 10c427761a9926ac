#include "protocols/imap/MessageFlags.h"

#include <cstring>
#include <strings.h>

namespace postier::protocols {

namespace {
bool equalsNoCase(const char *data, int size, const char *literal)
{
    const int n = static_cast<int>(std::strlen(literal));
    return n == size && ::strncasecmp(data, literal, static_cast<size_t>(n)) == 0;
}
} // namespace

void MessageFlags::addToken(const char *data, int size)
{
    if (equalsNoCase(data, size, "\\Seen"))
        bits |= FlagSeen;
    else if (equalsNoCase(data, size, "\\Answered"))
        bits |= FlagAnswered;
    else if (equalsNoCase(data, size, "\\Flagged"))
        bits |= FlagFlagged;
    else if (equalsNoCase(data, size, "\\Deleted"))
        bits |= FlagDeleted;
    else if (equalsNoCase(data, size, "\\Draft"))
        bits |= FlagDraft;
    else if (equalsNoCase(data, size, "\\Recent"))
        bits |= FlagRecent;
    else if (equalsNoCase(data, size, "$Forwarded"))
        bits |= FlagForwarded;
    else if (size > 0)
        keywords.append(QByteArray(data, size));
}

QByteArray MessageFlags::toImapList() const
{
    QByteArrayList parts;
    if (bits & FlagSeen) parts << QByteArrayLiteral("\\Seen");
    if (bits & FlagAnswered) parts << QByteArrayLiteral("\\Answered");
    if (bits & FlagFlagged) parts << QByteArrayLiteral("\\Flagged");
    if (bits & FlagDeleted) parts << QByteArrayLiteral("\\Deleted");
    if (bits & FlagDraft) parts << QByteArrayLiteral("\\Draft");
    if (bits & FlagForwarded) parts << QByteArrayLiteral("$Forwarded");
    parts += keywords;
    return parts.join(' ');
}

} // namespace postier::protocols
