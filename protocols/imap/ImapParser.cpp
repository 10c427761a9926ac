#include "protocols/imap/ImapParser.h"
#include "protocols/imap/ImapParserInternal.h"

#include <algorithm>
#include <cstring>

// The tokenizer shared by the ImapParser*.cpp files, ResponseBuffer, and every response other
// than FETCH (ImapParserFetch.cpp). Dates, mailbox names and command arguments are in
// ImapParserValues.cpp.

namespace postier::protocols::imap::detail {

// ---------------------------------------------------------------------------------------------
// Tokenizer (see ImapParserInternal.h)

namespace {

bool readQuoted(Cursor &c, StringToken *out)
{
    // c.p is on the opening quote.
    ++c.p;
    const char *start = c.p;
    // Most strings hold no backslash: two memchr passes settle them.
    const auto *quote = static_cast<const char *>(std::memchr(start, '"', c.left()));
    if (!quote)
        return false;
    const auto *backslash = static_cast<const char *>(
        std::memchr(start, '\\', static_cast<size_t>(quote - start)));
    if (!backslash) {
        out->data = start;
        out->size = static_cast<size_t>(quote - start);
        out->escapes = 0;
        out->nil = false;
        c.p = quote + 1;
        return true;
    }
    c.p = backslash;
    size_t escapes = 0;
    while (c.p < c.end) {
        const char ch = *c.p;
        if (ch == '"') {
            out->data = start;
            out->size = static_cast<size_t>(c.p - start);
            out->escapes = escapes;
            out->nil = false;
            ++c.p;
            return true;
        }
        if (ch == '\\') {
            if (c.p + 1 >= c.end)
                return false;
            ++escapes;
            c.p += 2;
            continue;
        }
        ++c.p;
    }
    return false;
}

// "{n}\r\n", "{n+}\r\n" or, for BINARY, "~{n}\r\n", followed by n bytes. A bare LF after the
// brace is accepted, as ResponseBuffer accepts it.
bool readLiteral(Cursor &c, StringToken *out)
{
    if (c.peek() == '~')
        ++c.p;
    if (!c.consume('{'))
        return false;
    quint64 n = 0;
    if (!readNumber(c, &n))
        return false;
    c.consume('+');
    if (!c.consume('}'))
        return false;
    c.consume('\r');
    if (!c.consume('\n'))
        return false;
    if (n > c.left())
        return false;
    out->data = c.p;
    out->size = static_cast<size_t>(n);
    out->escapes = 0;
    out->nil = false;
    c.p += n;
    return true;
}

} // namespace

bool readItemName(Cursor &c, std::string_view *name, std::string_view *section, bool *hasSection)
{
    const char *start = c.p;
    while (c.p < c.end && !isAtomStop(*c.p) && *c.p != '[')
        ++c.p;
    *name = {start, static_cast<size_t>(c.p - start)};
    *hasSection = false;
    if (c.p < c.end && *c.p == '[') {
        ++c.p;
        const char *sectionStart = c.p;
        while (c.p < c.end && *c.p != ']') {
            if (*c.p == '"') {
                ++c.p;
                while (c.p < c.end && *c.p != '"') {
                    if (*c.p == '\\')
                        ++c.p;
                    if (c.p < c.end)
                        ++c.p;
                }
                if (c.p >= c.end)
                    return false;
            } else if (*c.p == '\r' || *c.p == '\n') {
                return false;
            }
            ++c.p;
        }
        if (c.p >= c.end)
            return false;
        *section = {sectionStart, static_cast<size_t>(c.p - sectionStart)};
        *hasSection = true;
        ++c.p; // ']'
        if (c.p < c.end && *c.p == '<') {
            while (c.p < c.end && *c.p != '>')
                ++c.p;
            if (c.p >= c.end)
                return false;
            ++c.p;
        }
    }
    return c.p > start;
}

bool readString(Cursor &c, StringToken *out, StringMode mode)
{
    *out = StringToken();
    if (c.atEnd())
        return false;
    const char ch = *c.p;
    if (ch == '"')
        return readQuoted(c, out);
    if (ch == '{' || (ch == '~' && c.left() > 1 && c.p[1] == '{'))
        return readLiteral(c, out);
    const std::string_view atom = readAtom(c);
    if (atom.empty())
        return false;
    if (mode != StringMode::AString && equalsNoCase(atom, "NIL"))
        return true; // nil stays set
    if (mode == StringMode::NString)
        return false;
    out->data = atom.data();
    out->size = atom.size();
    out->nil = false;
    return true;
}

bool skipValue(Cursor &c)
{
    int depth = 0;
    do {
        c.skipSpaces();
        if (c.atEnd())
            return false;
        const char ch = *c.p;
        if (ch == '(') {
            ++depth;
            ++c.p;
            continue;
        }
        if (ch == ')') {
            if (depth == 0)
                return false;
            --depth;
            ++c.p;
            continue;
        }
        if (ch == '\r' || ch == '\n')
            return false;
        StringToken tok;
        if (ch == '"') {
            if (!readQuoted(c, &tok))
                return false;
        } else if (ch == '{' || (ch == '~' && c.left() > 1 && c.p[1] == '{')) {
            if (!readLiteral(c, &tok))
                return false;
        } else {
            std::string_view name, section;
            bool hasSection = false;
            if (!readItemName(c, &name, &section, &hasSection))
                return false;
        }
    } while (depth > 0);
    return true;
}

} // namespace postier::protocols::imap::detail

namespace postier::protocols::imap {

using namespace detail;

namespace {

// An atom inside a response code: "[UIDNEXT 4]" ends at the bracket.
std::string_view readCodeAtom(Cursor &c)
{
    const char *start = c.p;
    while (c.p < c.end && !isAtomStop(*c.p) && *c.p != ']')
        ++c.p;
    return {start, static_cast<size_t>(c.p - start)};
}

// ---------------------------------------------------------------------------------------------
// Sequence sets

// A hostile "1:4294967295" must not allocate 16 GB.
constexpr size_t kMaxExpandedSet = size_t(1) << 24;

bool readSequenceSet(Cursor &c, QVector<quint32> *out)
{
    for (;;) {
        quint32 a = 0;
        if (!readNumber(c, &a))
            return false;
        quint32 b = a;
        if (c.consume(':')) {
            if (!readNumber(c, &b))
                return false;
        }
        if (a > b)
            std::swap(a, b);
        const size_t count = static_cast<size_t>(b) - a + 1;
        if (static_cast<size_t>(out->size()) + count > kMaxExpandedSet)
            return false;
        out->reserve(out->size() + static_cast<qsizetype>(count));
        for (quint64 v = a; v <= b; ++v)
            out->append(static_cast<quint32>(v));
        if (!c.consume(','))
            return true;
    }
}

// "* " followed by a keyword (case-insensitive) and a space or the end of the line.
bool readUntaggedKeyword(Cursor &c, std::string_view upperKeyword)
{
    if (!c.consume('*') || !c.consume(' '))
        return false;
    c.skipSpaces();
    const std::string_view word = readAtom(c);
    return equalsNoCase(word, upperKeyword);
}

} // namespace

// =============================================================================================
// ResponseBuffer

void ResponseBuffer::append(const char *data, size_t size)
{
    if (!data || size == 0)
        return;
    // The previous view is no longer promised, so this is the moment to drop returned bytes.
    // Only when they are more than half of the buffer: moving the rest then costs less than what
    // was consumed, which keeps the whole thing O(total bytes).
    if (m_start > 0 && m_start >= m_buffer.size() / 2) {
        m_buffer.erase(0, m_start);
        m_scan -= m_start;
        m_segment -= m_start;
        m_start = 0;
        if (m_buffer.empty() && m_buffer.capacity() > (size_t(4) << 20))
            m_buffer.shrink_to_fit(); // after a huge literal
    }
    m_buffer.append(data, size);
    if (m_literalMissing > 0) {
        const size_t n = std::min(size, m_literalMissing);
        m_scan += n;
        m_literalMissing -= n;
    }
}

// A line ending in "{n}", "{n+}" or "~{n}" (before the CRLF) announces n bytes of literal.
// Only the current segment (after the previous literal) is examined, so literal data can never
// be mistaken for part of a marker. Like every IMAP client, this cannot tell a literal from
// human text that happens to end in "{5}"; servers do not send such text.
static bool literalAtLineEnd(const char *segment, const char *newline, size_t *size)
{
    const char *e = newline;
    if (e > segment && e[-1] == '\r')
        --e;
    if (e == segment || e[-1] != '}')
        return false;
    --e;
    if (e > segment && e[-1] == '+')
        --e;
    const char *digitsEnd = e;
    while (e > segment && isDigit(e[-1]) && digitsEnd - e < 19)
        --e;
    if (e == digitsEnd || e == segment || e[-1] != '{')
        return false;
    size_t n = 0;
    for (const char *d = e; d < digitsEnd; ++d)
        n = n * 10 + static_cast<size_t>(*d - '0');
    *size = n;
    return true;
}

bool ResponseBuffer::take(std::string_view *response)
{
    if (m_literalMissing > 0)
        return false;
    const char *base = m_buffer.data();
    const size_t size = m_buffer.size();
    while (m_scan < size) {
        const void *nl = std::memchr(base + m_scan, '\n', size - m_scan);
        if (!nl) {
            m_scan = size;
            return false;
        }
        const size_t newline = static_cast<size_t>(static_cast<const char *>(nl) - base);
        m_scan = newline + 1;
        size_t literal = 0;
        if (literalAtLineEnd(base + m_segment, base + newline, &literal)) {
            m_segment = m_scan + literal; // may lie beyond what has arrived
            const size_t available = size - m_scan;
            if (available < literal) {
                m_literalMissing = literal - available;
                m_scan = size;
                return false;
            }
            m_scan += literal;
            continue;
        }
        if (response)
            *response = std::string_view(base + m_start, m_scan - m_start);
        m_start = m_scan;
        m_segment = m_scan;
        return true;
    }
    return false;
}

size_t ResponseBuffer::pending() const
{
    return m_buffer.size() - m_start;
}

size_t ResponseBuffer::literalBytesMissing() const
{
    return m_literalMissing;
}

// =============================================================================================
// Responses

ResponseKind kindOf(std::string_view response)
{
    if (!response.empty() && response[0] == '+')
        return ResponseKind::Continuation;
    if (!response.empty() && response[0] == '*'
        && (response.size() == 1 || response[1] == ' ' || response[1] == '\r' || response[1] == '\n'))
        return ResponseKind::Untagged;
    return ResponseKind::Tagged;
}

bool parseStatus(std::string_view response, StatusResponse *out)
{
    Cursor c(response);
    StatusResponse r;
    if (c.atEnd() || *c.p == '+')
        return false;
    if (c.consume('*')) {
        if (!c.consume(' '))
            return false;
    } else {
        const std::string_view tag = readAtom(c);
        if (tag.empty() || !c.consume(' '))
            return false;
        r.tag = bytes(tag);
    }
    c.skipSpaces();
    const std::string_view status = readAtom(c);
    if (!equalsNoCase(status, "OK") && !equalsNoCase(status, "NO") && !equalsNoCase(status, "BAD")
        && !equalsNoCase(status, "BYE") && !equalsNoCase(status, "PREAUTH"))
        return false;
    r.status = toUpperBytes(status);
    if (!c.atLineEnd() && *c.p != ' ')
        return false;
    c.skipSpaces();

    // The text ends at the first line break; a status response carries no literals.
    const char *lineEnd = c.p;
    while (lineEnd < c.end && *lineEnd != '\r' && *lineEnd != '\n')
        ++lineEnd;
    if (c.p < lineEnd && *c.p == '[') {
        // Codes may nest brackets (a REFERRAL URL with "[::1]") and quoted strings.
        const char *q = c.p + 1;
        int depth = 1;
        while (q < lineEnd) {
            if (*q == '"') {
                ++q;
                while (q < lineEnd && *q != '"') {
                    if (*q == '\\' && q + 1 < lineEnd)
                        ++q;
                    ++q;
                }
            } else if (*q == '[') {
                ++depth;
            } else if (*q == ']' && --depth == 0) {
                break;
            }
            if (q < lineEnd)
                ++q;
        }
        if (q < lineEnd) { // found the closing bracket; otherwise it is all text
            r.code = bytes(std::string_view(c.p + 1, static_cast<size_t>(q - c.p - 1)));
            c.p = q + 1;
            c.skipSpaces();
        }
    }
    r.text = bytes(std::string_view(c.p, static_cast<size_t>(lineEnd - c.p)));
    if (out)
        *out = std::move(r);
    return true;
}

bool parseList(std::string_view response, FolderInfo *out)
{
    Cursor c(response);
    if (!c.consume('*') || !c.consume(' '))
        return false;
    c.skipSpaces();
    const std::string_view keyword = readAtom(c);
    if (!equalsNoCase(keyword, "LIST") && !equalsNoCase(keyword, "LSUB") && !equalsNoCase(keyword, "XLIST"))
        return false;
    c.skipSpaces();
    if (!c.consume('('))
        return false;

    FolderInfo info;
    for (;;) {
        c.skipSpaces();
        if (c.consume(')'))
            break;
        const std::string_view attr = readAtom(c);
        if (attr.empty())
            return false;
        if (attr[0] != '\\')
            continue;
        const std::string_view a = attr.substr(1);
        struct Known {
            std::string_view name;
            quint16 attribute;
            SpecialUse use;
        };
        // Upper case; the last four are Gmail's pre-RFC 6154 XLIST names.
        static constexpr Known kKnown[] = {
            {"NOSELECT", FolderNoSelect, SpecialUse::None},
            {"NONEXISTENT", FolderNonExistent, SpecialUse::None},
            {"HASCHILDREN", FolderHasChildren, SpecialUse::None},
            {"HASNOCHILDREN", FolderHasNoChildren, SpecialUse::None},
            {"NOINFERIORS", FolderNoInferiors, SpecialUse::None},
            {"SUBSCRIBED", FolderSubscribed, SpecialUse::None},
            {"MARKED", FolderMarked, SpecialUse::None},
            {"UNMARKED", FolderUnmarked, SpecialUse::None},
            {"REMOTE", FolderRemote, SpecialUse::None},
            {"ALL", 0, SpecialUse::All},
            {"ARCHIVE", 0, SpecialUse::Archive},
            {"DRAFTS", 0, SpecialUse::Drafts},
            {"FLAGGED", 0, SpecialUse::Flagged},
            {"JUNK", 0, SpecialUse::Junk},
            {"SENT", 0, SpecialUse::Sent},
            {"TRASH", 0, SpecialUse::Trash},
            {"ALLMAIL", 0, SpecialUse::All},
            {"SPAM", 0, SpecialUse::Junk},
            {"STARRED", 0, SpecialUse::Flagged},
            {"INBOX", 0, SpecialUse::Inbox},
        };
        for (const Known &k : kKnown) {
            if (equalsNoCase(a, k.name)) {
                info.attributes |= k.attribute;
                if (k.use != SpecialUse::None)
                    info.specialUse = k.use;
                break;
            }
        }
    }
    if (!c.consume(' '))
        return false;
    c.skipSpaces();
    StringToken delimiter;
    if (!readString(c, &delimiter, StringMode::NString))
        return false;
    if (!delimiter.isEmpty()) {
        char ch = delimiter.data[0];
        if (ch == '\\' && delimiter.escapes > 0 && delimiter.size > 1)
            ch = delimiter.data[1];
        info.separator = QChar::fromLatin1(ch);
    }
    if (!c.consume(' '))
        return false;
    c.skipSpaces();
    StringToken name;
    if (!readString(c, &name, StringMode::AString))
        return false;
    info.rawName = name.toByteArray();
    // LIST-EXTENDED data: ("CHILDINFO" ("SUBSCRIBED")) ("OLDNAME" ("x")); nothing we keep.
    for (;;) {
        c.skipSpaces();
        if (c.atLineEnd())
            break;
        if (!skipValue(c))
            return false;
    }
    c.consume('\r');
    c.consume('\n');
    if (!c.atEnd())
        return false;
    info.path = decodeMailboxName(info.rawName);
    if (equalsNoCase(name.raw(), "INBOX") && name.escapes == 0)
        info.specialUse = SpecialUse::Inbox;
    if (out)
        *out = std::move(info);
    return true;
}

bool parseStatusData(std::string_view response, QByteArray *rawName, FolderStatus *out)
{
    Cursor c(response);
    if (!readUntaggedKeyword(c, "STATUS") || !c.consume(' '))
        return false;
    c.skipSpaces();
    StringToken name;
    if (!readString(c, &name, StringMode::AString))
        return false;
    c.skipSpaces();
    if (!c.consume('('))
        return false;
    FolderStatus status = out ? *out : FolderStatus();
    for (;;) {
        c.skipSpaces();
        if (c.consume(')'))
            break;
        const std::string_view item = readAtom(c);
        if (item.empty() || !c.consume(' '))
            return false;
        c.skipSpaces();
        bool ok = true;
        if (equalsNoCase(item, "MESSAGES"))
            ok = readNumber(c, &status.messages);
        else if (equalsNoCase(item, "UNSEEN"))
            ok = readNumber(c, &status.unseen);
        else if (equalsNoCase(item, "RECENT"))
            ok = readNumber(c, &status.recent);
        else if (equalsNoCase(item, "UIDNEXT"))
            ok = readNumber(c, &status.uidNext);
        else if (equalsNoCase(item, "UIDVALIDITY"))
            ok = readNumber(c, &status.uidValidity);
        else if (equalsNoCase(item, "HIGHESTMODSEQ"))
            ok = readNumber(c, &status.highestModSeq);
        else
            ok = skipValue(c); // SIZE, DELETED, APPENDLIMIT (possibly NIL), MAILBOXID (...)
        if (!ok)
            return false;
    }
    c.skipSpaces();
    c.consume('\r');
    c.consume('\n');
    if (!c.atEnd())
        return false;
    if (rawName)
        *rawName = name.toByteArray();
    if (out)
        *out = status;
    return true;
}

bool applySelectData(std::string_view response, FolderStatus *status)
{
    Cursor c(response);
    if (!status || !c.consume('*') || !c.consume(' '))
        return false;
    c.skipSpaces();
    if (isDigit(c.peek())) {
        quint32 n = 0;
        if (!readNumber(c, &n) || !c.consume(' '))
            return false;
        c.skipSpaces();
        const std::string_view keyword = readAtom(c);
        c.skipSpaces();
        if (!c.atLineEnd())
            return false;
        if (equalsNoCase(keyword, "EXISTS")) {
            status->messages = n;
            return true;
        }
        if (equalsNoCase(keyword, "RECENT")) {
            status->recent = n;
            return true;
        }
        return false;
    }
    if (!equalsNoCase(readAtom(c), "OK"))
        return false;
    c.skipSpaces();
    if (!c.consume('['))
        return false;
    const std::string_view code = readCodeAtom(c);
    if (equalsNoCase(code, "NOMODSEQ")) {
        status->highestModSeq = 0;
        return true;
    }
    // [UNSEEN n] is the first unseen message's number, not a count: not used here.
    if (!c.consume(' '))
        return false;
    c.skipSpaces();
    FolderStatus s = *status;
    bool ok = false;
    if (equalsNoCase(code, "UIDVALIDITY"))
        ok = readNumber(c, &s.uidValidity);
    else if (equalsNoCase(code, "UIDNEXT"))
        ok = readNumber(c, &s.uidNext);
    else if (equalsNoCase(code, "HIGHESTMODSEQ"))
        ok = readNumber(c, &s.highestModSeq);
    if (!ok || !c.consume(']'))
        return false;
    *status = s;
    return true;
}

QByteArrayList parseCapabilities(std::string_view textAfterKeyword)
{
    QByteArrayList result;
    Cursor c(textAfterKeyword);
    // Tolerate being handed the whole line or the whole response code.
    if (c.left() >= 2 && c.p[0] == '*' && c.p[1] == ' ')
        c.p += 2;
    bool firstToken = true;
    for (;;) {
        c.skipSpaces();
        if (c.atLineEnd() || *c.p == ']')
            break;
        const char *start = c.p;
        while (c.p < c.end && *c.p != ' ' && *c.p != '\r' && *c.p != '\n' && *c.p != ']')
            ++c.p;
        const std::string_view token(start, static_cast<size_t>(c.p - start));
        if (!(firstToken && equalsNoCase(token, "CAPABILITY")))
            result.append(toUpperBytes(token));
        firstToken = false;
    }
    return result;
}

bool parseSearch(std::string_view response, QVector<quint32> *uids)
{
    Cursor c(response);
    if (!c.consume('*') || !c.consume(' '))
        return false;
    c.skipSpaces();
    const std::string_view keyword = readAtom(c);
    QVector<quint32> result;
    if (equalsNoCase(keyword, "SEARCH")) {
        for (;;) {
            c.skipSpaces();
            if (c.atLineEnd())
                break;
            if (*c.p == '(') { // CONDSTORE: (MODSEQ 917162500)
                if (!skipValue(c))
                    return false;
                continue;
            }
            quint32 n = 0;
            if (!readNumber(c, &n))
                return false;
            if (static_cast<size_t>(result.size()) >= kMaxExpandedSet)
                return false;
            result.append(n);
        }
    } else if (equalsNoCase(keyword, "ESEARCH")) {
        for (;;) {
            c.skipSpaces();
            if (c.atLineEnd())
                break;
            if (*c.p == '(') { // search correlator (TAG "a")
                if (!skipValue(c))
                    return false;
                continue;
            }
            const std::string_view item = readAtom(c);
            if (item.empty())
                return false;
            if (equalsNoCase(item, "UID"))
                continue;
            c.skipSpaces();
            if (equalsNoCase(item, "ALL")) {
                if (!readSequenceSet(c, &result))
                    return false;
            } else if (!skipValue(c)) { // MIN, MAX, COUNT, MODSEQ, PARTIAL (...)
                return false;
            }
        }
    } else {
        return false;
    }
    c.consume('\r');
    c.consume('\n');
    if (!c.atEnd())
        return false;
    if (uids)
        *uids += result;
    return true;
}

bool parseNumbered(std::string_view response, quint32 *number, QByteArray *keyword)
{
    Cursor c(response);
    if (!c.consume('*') || !c.consume(' '))
        return false;
    c.skipSpaces();
    quint32 n = 0;
    if (!readNumber(c, &n) || !c.consume(' '))
        return false;
    c.skipSpaces();
    const std::string_view word = readAtom(c);
    if (word.empty())
        return false;
    if (!c.atLineEnd() && *c.p != ' ')
        return false;
    if (number)
        *number = n;
    if (keyword)
        *keyword = toUpperBytes(word);
    return true;
}

bool parseAppendUid(const QByteArray &code, quint32 *uidValidity, quint32 *uid)
{
    QVector<quint32> set;
    if (!parseAppendUidSet(code, uidValidity, &set))
        return false;
    if (uid)
        *uid = set.first();
    return true;
}

bool parseAppendUidSet(const QByteArray &code, quint32 *uidValidity, QVector<quint32> *uids)
{
    Cursor c(std::string_view(code.constData(), static_cast<size_t>(code.size())));
    c.skipSpaces();
    if (!equalsNoCase(readAtom(c), "APPENDUID") || !c.consume(' '))
        return false;
    c.skipSpaces();
    quint32 validity = 0;
    if (!readNumber(c, &validity) || !c.consume(' '))
        return false;
    c.skipSpaces();
    // MULTIAPPEND sends a set here, one UID per message in the order they were sent.
    QVector<quint32> set;
    if (!readSequenceSet(c, &set) || set.isEmpty())
        return false;
    c.skipSpaces();
    if (!c.atLineEnd())
        return false;
    if (uidValidity)
        *uidValidity = validity;
    if (uids)
        *uids = std::move(set);
    return true;
}

bool parseCopyUid(const QByteArray &code, quint32 *uidValidity, QVector<quint32> *sourceUids,
                  QVector<quint32> *destUids)
{
    Cursor c(std::string_view(code.constData(), static_cast<size_t>(code.size())));
    c.skipSpaces();
    if (!equalsNoCase(readAtom(c), "COPYUID") || !c.consume(' '))
        return false;
    c.skipSpaces();
    quint32 validity = 0;
    if (!readNumber(c, &validity) || !c.consume(' '))
        return false;
    c.skipSpaces();
    // RFC 4315: the two sets pair up in UID order, so "5:3" means 3, 4, 5.
    QVector<quint32> source, dest;
    if (!readSequenceSet(c, &source) || !c.consume(' '))
        return false;
    c.skipSpaces();
    if (!readSequenceSet(c, &dest))
        return false;
    c.skipSpaces();
    if (!c.atLineEnd() || source.size() != dest.size())
        return false;
    if (uidValidity)
        *uidValidity = validity;
    if (sourceUids)
        *sourceUids = std::move(source);
    if (destUids)
        *destUids = std::move(dest);
    return true;
}

} // namespace postier::protocols::imap
