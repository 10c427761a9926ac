#include "protocols/imap/ImapParser.h"

#include <QString>

#include <algorithm>
#include <array>
#include <cstring>
#include <vector>

namespace postier::protocols::imap {

namespace {

// ---------------------------------------------------------------------------------------------
// Character classes

constexpr char toUpperAscii(char c)
{
    return (c >= 'a' && c <= 'z') ? static_cast<char>(c - 'a' + 'A') : c;
}

constexpr bool isDigit(char c) { return c >= '0' && c <= '9'; }

// Bytes that end an atom. '[' and ']' are handled by the callers that care (FETCH item names,
// response codes); '{' is only special at the start of a token, so an atom may contain it.
constexpr std::array<bool, 256> makeAtomStops()
{
    std::array<bool, 256> t{};
    for (int c = 0; c < 0x20; ++c)
        t[static_cast<size_t>(c)] = true;
    t[0x7f] = true;
    for (unsigned char c : {' ', '(', ')', '"'})
        t[c] = true;
    return t;
}
constexpr std::array<bool, 256> kAtomStop = makeAtomStops();

inline bool isAtomStop(char c) { return kAtomStop[static_cast<unsigned char>(c)]; }

bool equalsNoCase(std::string_view a, std::string_view upper)
{
    if (a.size() != upper.size())
        return false;
    for (size_t i = 0; i < a.size(); ++i) {
        if (toUpperAscii(a[i]) != upper[i])
            return false;
    }
    return true;
}

bool startsWithNoCase(std::string_view a, std::string_view upper)
{
    return a.size() >= upper.size() && equalsNoCase(a.substr(0, upper.size()), upper);
}

bool containsNoCase(std::string_view a, std::string_view upper)
{
    for (size_t i = 0; i + upper.size() <= a.size(); ++i) {
        if (equalsNoCase(a.substr(i, upper.size()), upper))
            return true;
    }
    return false;
}

// "HEADER.FIELDS (REFERENCES ...)": what SyncHeadersJob asks for threading. Other header fields
// (the migration's identity fields, say) are returned raw like any other section.
bool isReferencesSection(std::string_view section)
{
    return startsWithNoCase(section, "HEADER.FIELDS") && !startsWithNoCase(section, "HEADER.FIELDS.NOT")
        && containsNoCase(section, "REFERENCES");
}

QByteArray toUpperBytes(std::string_view v)
{
    QByteArray r(static_cast<qsizetype>(v.size()), Qt::Uninitialized);
    char *d = r.data();
    for (size_t i = 0; i < v.size(); ++i)
        d[i] = toUpperAscii(v[i]);
    return r;
}

QByteArray bytes(std::string_view v)
{
    return v.empty() ? QByteArray() : QByteArray(v.data(), static_cast<qsizetype>(v.size()));
}

// ---------------------------------------------------------------------------------------------
// Tokenizer. Every read checks `p < end` first; on bad input a function returns false and the
// caller gives up, so no loop can spin without consuming a byte.

struct Cursor {
    const char *p;
    const char *end;

    explicit Cursor(std::string_view v) : p(v.data()), end(v.data() + v.size()) {}
    [[nodiscard]] bool atEnd() const { return p >= end; }
    [[nodiscard]] char peek() const { return p < end ? *p : '\0'; }
    [[nodiscard]] size_t left() const { return static_cast<size_t>(end - p); }
    void skipSpaces()
    {
        while (p < end && *p == ' ')
            ++p;
    }
    bool consume(char c)
    {
        if (p < end && *p == c) {
            ++p;
            return true;
        }
        return false;
    }
    // True at the end of the response line: CRLF, a lone LF, or the end of the view.
    [[nodiscard]] bool atLineEnd() const { return p >= end || *p == '\r' || *p == '\n'; }
};

std::string_view readAtom(Cursor &c)
{
    const char *start = c.p;
    while (c.p < c.end && !isAtomStop(*c.p))
        ++c.p;
    return {start, static_cast<size_t>(c.p - start)};
}

// An atom inside a response code: "[UIDNEXT 4]" ends at the bracket.
std::string_view readCodeAtom(Cursor &c)
{
    const char *start = c.p;
    while (c.p < c.end && !isAtomStop(*c.p) && *c.p != ']')
        ++c.p;
    return {start, static_cast<size_t>(c.p - start)};
}

// An atom that may carry a bracketed part, as in FETCH item names ("BODY[HEADER.FIELDS (X)]<0>")
// and some list entries. Quoted strings inside the brackets are skipped as units.
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

template<typename T>
bool readNumber(Cursor &c, T *value)
{
    const char *start = c.p;
    T v = 0;
    constexpr T max = ~T(0);
    while (c.p < c.end && isDigit(*c.p)) {
        const T digit = static_cast<T>(*c.p - '0');
        if (v > (max - digit) / 10)
            return false;
        v = v * 10 + digit;
        ++c.p;
    }
    if (c.p == start)
        return false;
    *value = v;
    return true;
}

// A string as it appears on the wire: the bytes between the quotes (still escaped when
// `escapes` is non-zero), a literal's bytes, or an atom. Nothing is copied.
struct StringToken {
    const char *data = nullptr;
    size_t size = 0;
    size_t escapes = 0;
    bool nil = true;

    [[nodiscard]] bool isEmpty() const { return nil || size == 0; }
    [[nodiscard]] size_t decodedSize() const { return size - escapes; }
    char *copyTo(char *dst) const
    {
        if (escapes == 0) {
            if (size)
                std::memcpy(dst, data, size);
            return dst + size;
        }
        const char *s = data;
        const char *e = data + size;
        while (s < e) {
            if (*s == '\\' && s + 1 < e)
                ++s;
            *dst++ = *s++;
        }
        return dst;
    }
    [[nodiscard]] QByteArray toByteArray() const
    {
        if (isEmpty())
            return QByteArray();
        if (escapes == 0)
            return QByteArray(data, static_cast<qsizetype>(size));
        QByteArray r(static_cast<qsizetype>(decodedSize()), Qt::Uninitialized);
        copyTo(r.data());
        return r;
    }
    [[nodiscard]] std::string_view raw() const { return {data, size}; }
};

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

enum class StringMode {
    NString, ///< NIL means no value
    AString, ///< atoms allowed; NIL is the name "NIL"
    Lenient, ///< NIL, quoted, literal or atom: for servers that put atoms where strings belong
};

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

// Skips one value of any shape: atom (including bracketed parts), number, quoted string, literal
// or a parenthesised list, however deeply nested. Iterative, so hostile nesting cannot exhaust
// the stack.
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

bool fail(QByteArray *error, const char *what, const Cursor &c, std::string_view whole)
{
    if (error) {
        *error = QByteArray(what);
        error->append(" at offset ");
        error->append(QByteArray::number(static_cast<qulonglong>(c.p - whole.data())));
    }
    return false;
}

// ---------------------------------------------------------------------------------------------
// ENVELOPE addresses

struct Address {
    StringToken name;
    StringToken mailbox;
    StringToken host;
};

// Reads "NIL" or "((name adl mailbox host) ...)". Tolerates an empty string or "()" for an
// empty list, as some servers send.
bool readAddressList(Cursor &c, std::vector<Address> *list)
{
    list->clear();
    if (c.atEnd())
        return false;
    if (*c.p != '(') {
        StringToken tok;
        return readString(c, &tok, StringMode::Lenient) && tok.isEmpty();
    }
    ++c.p;
    for (;;) {
        c.skipSpaces();
        if (c.consume(')'))
            return true;
        if (!c.consume('('))
            return false;
        Address a;
        StringToken adl;
        c.skipSpaces();
        if (!readString(c, &a.name, StringMode::Lenient))
            return false;
        c.skipSpaces();
        if (!readString(c, &adl, StringMode::Lenient))
            return false;
        c.skipSpaces();
        if (!readString(c, &a.mailbox, StringMode::Lenient))
            return false;
        c.skipSpaces();
        if (!readString(c, &a.host, StringMode::Lenient))
            return false;
        c.skipSpaces();
        if (!c.consume(')'))
            return false;
        list->push_back(a);
    }
}

struct SizeSink {
    size_t n = 0;
    void put(const char *, size_t size) { n += size; }
    void put(const StringToken &t) { n += t.isEmpty() ? 0 : t.decodedSize(); }
};

struct WriteSink {
    char *p;
    void put(const char *s, size_t size)
    {
        std::memcpy(p, s, size);
        p += size;
    }
    void put(const StringToken &t)
    {
        if (!t.isEmpty())
            p = t.copyTo(p);
    }
};

// "Name <mailbox@host>", or "mailbox@host" without a name, joined by ", ". RFC 2822 groups are
// kept as groups: (NIL NIL "team" NIL) ... (NIL NIL NIL NIL) becomes "team: a@b, c@d;", and the
// usual Bcc placeholder becomes "undisclosed-recipients:;". A name without mailbox and host
// outside a group (Exchange sends these) is kept as the bare name.
template<typename Sink>
void formatAddresses(const std::vector<Address> &list, Sink &sink)
{
    bool needSeparator = false;
    bool inGroup = false;
    bool groupHasMembers = false;
    for (const Address &a : list) {
        if (a.host.nil && a.mailbox.nil) {
            if (inGroup) {
                sink.put(";", 1);
                inGroup = false;
                needSeparator = true;
            } else if (!a.name.isEmpty()) {
                if (needSeparator)
                    sink.put(", ", 2);
                sink.put(a.name);
                needSeparator = true;
            }
            continue;
        }
        if (a.host.nil) {
            if (inGroup)
                sink.put(";", 1);
            if (needSeparator || inGroup)
                sink.put(", ", 2);
            sink.put(a.mailbox);
            sink.put(":", 1);
            inGroup = true;
            groupHasMembers = false;
            needSeparator = false;
            continue;
        }
        if (needSeparator)
            sink.put(", ", 2);
        else if (inGroup && !groupHasMembers)
            sink.put(" ", 1);
        if (!a.name.isEmpty()) {
            sink.put(a.name);
            sink.put(" <", 2);
        }
        sink.put(a.mailbox);
        sink.put("@", 1);
        sink.put(a.host);
        if (!a.name.isEmpty())
            sink.put(">", 1);
        needSeparator = true;
        groupHasMembers = inGroup;
    }
    if (inGroup)
        sink.put(";", 1);
}

QByteArray formatAddressList(const std::vector<Address> &list)
{
    if (list.empty())
        return QByteArray();
    SizeSink size;
    formatAddresses(list, size);
    if (size.n == 0)
        return QByteArray();
    QByteArray r(static_cast<qsizetype>(size.n), Qt::Uninitialized);
    WriteSink write{r.data()};
    formatAddresses(list, write);
    return r;
}

// Address lists are parsed into a reused per-thread vector, so that formatting can size its
// result exactly and allocate once.
std::vector<Address> &scratchAddresses()
{
    thread_local std::vector<Address> scratch;
    return scratch;
}

bool readEnvelope(Cursor &c, HeaderRecord *out)
{
    if (c.atEnd())
        return false;
    if (*c.p != '(') {
        StringToken tok;
        return readString(c, &tok, StringMode::Lenient) && tok.nil;
    }
    ++c.p;
    StringToken tok;
    c.skipSpaces();
    if (!readString(c, &tok, StringMode::Lenient))
        return false;
    out->date = tok.toByteArray();
    c.skipSpaces();
    if (!readString(c, &tok, StringMode::Lenient))
        return false;
    out->subject = tok.toByteArray();

    std::vector<Address> &addresses = scratchAddresses();
    // from, sender, reply-to, to, cc, bcc
    QByteArray *targets[6] = {&out->from, nullptr, nullptr, &out->to, &out->cc, nullptr};
    for (QByteArray *target : targets) {
        c.skipSpaces();
        if (!target) {
            if (!skipValue(c))
                return false;
            continue;
        }
        if (!readAddressList(c, &addresses))
            return false;
        *target = formatAddressList(addresses);
    }
    c.skipSpaces();
    if (!readString(c, &tok, StringMode::Lenient))
        return false;
    out->inReplyTo = tok.toByteArray();
    c.skipSpaces();
    if (!readString(c, &tok, StringMode::Lenient))
        return false;
    out->messageId = tok.toByteArray();
    // Anything a future extension appends is skipped.
    for (;;) {
        c.skipSpaces();
        if (c.consume(')'))
            return true;
        if (!skipValue(c))
            return false;
    }
}

// ---------------------------------------------------------------------------------------------
// References from BODY[HEADER.FIELDS (REFERENCES)]

inline bool isWsp(char c) { return c == ' ' || c == '\t'; }

// Calls `segment` for each physical line of the References field's value, trimmed.
template<typename F>
void forEachReferencesSegment(std::string_view header, F segment)
{
    const char *p = header.data();
    const char *end = p + header.size();
    auto lineEnd = [end](const char *s) {
        const void *nl = std::memchr(s, '\n', static_cast<size_t>(end - s));
        return nl ? static_cast<const char *>(nl) : end;
    };
    auto emit = [&segment](const char *s, const char *e) {
        while (s < e && (isWsp(*s) || *s == '\r'))
            ++s;
        while (e > s && (isWsp(e[-1]) || e[-1] == '\r'))
            --e;
        if (e > s)
            segment(s, static_cast<size_t>(e - s));
    };
    constexpr std::string_view name = "REFERENCES";
    while (p < end) {
        const char *eol = lineEnd(p);
        const std::string_view line(p, static_cast<size_t>(eol - p));
        if (startsWithNoCase(line, name)) {
            const char *q = p + name.size();
            while (q < eol && isWsp(*q))
                ++q;
            if (q < eol && *q == ':') {
                emit(q + 1, eol);
                p = eol < end ? eol + 1 : end;
                while (p < end && isWsp(*p)) {
                    const char *e = lineEnd(p);
                    emit(p, e);
                    p = e < end ? e + 1 : end;
                }
                return;
            }
        }
        p = eol < end ? eol + 1 : end;
    }
}

// The References value unfolded: each fold (CRLF plus the white space around it) becomes one
// space, and the result is trimmed.
QByteArray extractReferences(std::string_view header)
{
    size_t total = 0;
    int segments = 0;
    forEachReferencesSegment(header, [&](const char *, size_t n) {
        total += n;
        ++segments;
    });
    if (segments == 0)
        return QByteArray();
    total += static_cast<size_t>(segments - 1);
    QByteArray r(static_cast<qsizetype>(total), Qt::Uninitialized);
    char *d = r.data();
    bool first = true;
    forEachReferencesSegment(header, [&](const char *s, size_t n) {
        if (!first)
            *d++ = ' ';
        first = false;
        std::memcpy(d, s, n);
        d += n;
    });
    return r;
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

// ---------------------------------------------------------------------------------------------
// Dates

constexpr std::array<const char *, 12> kMonths = {"JAN", "FEB", "MAR", "APR", "MAY", "JUN",
                                                  "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"};
constexpr std::array<const char *, 12> kMonthNames = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                                      "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};

// Howard Hinnant's days_from_civil / civil_from_days: exact for the proleptic Gregorian calendar.
qint64 daysFromCivil(qint64 y, unsigned m, unsigned d)
{
    y -= m <= 2;
    const qint64 era = (y >= 0 ? y : y - 399) / 400;
    const unsigned yoe = static_cast<unsigned>(y - era * 400);
    const unsigned doy = (153 * (m > 2 ? m - 3 : m + 9) + 2) / 5 + d - 1;
    const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + static_cast<qint64>(doe) - 719468;
}

void civilFromDays(qint64 z, qint64 *y, unsigned *m, unsigned *d)
{
    z += 719468;
    const qint64 era = (z >= 0 ? z : z - 146096) / 146097;
    const unsigned doe = static_cast<unsigned>(z - era * 146097);
    const unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const unsigned mp = (5 * doy + 2) / 153;
    *d = doy - (153 * mp + 2) / 5 + 1;
    *m = mp < 10 ? mp + 3 : mp - 9;
    *y = static_cast<qint64>(yoe) + era * 400 + (*m <= 2);
}

bool isLeap(qint64 y) { return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0; }

unsigned daysInMonth(qint64 y, unsigned m)
{
    static constexpr unsigned kDays[12] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    return m == 2 && isLeap(y) ? 29 : kDays[m - 1];
}

// Exactly `n` digits.
bool fixedDigits(const char *s, int n, unsigned *value)
{
    unsigned v = 0;
    for (int i = 0; i < n; ++i) {
        if (!isDigit(s[i]))
            return false;
        v = v * 10 + static_cast<unsigned>(s[i] - '0');
    }
    *value = v;
    return true;
}

// ---------------------------------------------------------------------------------------------
// Modified UTF-7 (RFC 3501 5.1.3): base64 of UTF-16BE with ',' for '/', no padding.

constexpr char kBase64[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+,";

constexpr std::array<signed char, 256> makeBase64Values()
{
    std::array<signed char, 256> t{};
    for (auto &v : t)
        v = -1;
    for (int i = 0; i < 64; ++i)
        t[static_cast<unsigned char>(kBase64[i])] = static_cast<signed char>(i);
    return t;
}
constexpr std::array<signed char, 256> kBase64Values = makeBase64Values();

// Decodes the base64 run between '&' and '-'. False when the run is not valid modified base64.
bool decodeMutf7Run(const char *s, const char *e, QString *out)
{
    quint32 bits = 0;
    int nbits = 0;
    bool any = false;
    for (; s < e; ++s) {
        const int v = kBase64Values[static_cast<unsigned char>(*s)];
        if (v < 0)
            return false;
        bits = (bits << 6) | static_cast<quint32>(v);
        nbits += 6;
        if (nbits >= 16) {
            nbits -= 16;
            out->append(QChar(static_cast<char16_t>((bits >> nbits) & 0xffff)));
            any = true;
        }
    }
    // Leftover bits are padding: fewer than 6 of them, all zero.
    return any && nbits < 6 && (bits & ((1u << nbits) - 1)) == 0;
}

void encodeMutf7Run(const QChar *s, const QChar *e, QByteArray *out)
{
    out->append('&');
    quint32 bits = 0;
    int nbits = 0;
    for (; s < e; ++s) {
        bits = (bits << 16) | s->unicode();
        nbits += 16;
        while (nbits >= 6) {
            nbits -= 6;
            out->append(kBase64[(bits >> nbits) & 0x3f]);
        }
    }
    if (nbits > 0)
        out->append(kBase64[(bits << (6 - nbits)) & 0x3f]);
    out->append('-');
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

bool parseFetch(std::string_view response, quint32 *sequence, HeaderRecord *out, QByteArray *body,
                QByteArray *section, QByteArray *error)
{
    Cursor c(response);
    if (!c.consume('*') || !c.consume(' '))
        return fail(error, "FETCH: not an untagged response", c, response);
    c.skipSpaces();
    quint32 seq = 0;
    if (!readNumber(c, &seq))
        return fail(error, "FETCH: expected a message number", c, response);
    if (!c.consume(' '))
        return fail(error, "FETCH: expected a space", c, response);
    c.skipSpaces();
    if (!equalsNoCase(readAtom(c), "FETCH"))
        return fail(error, "FETCH: not a FETCH response", c, response);
    c.skipSpaces();
    if (!c.consume('('))
        return fail(error, "FETCH: expected '('", c, response);

    HeaderRecord scratch;
    HeaderRecord *rec = out ? out : &scratch;
    for (;;) {
        c.skipSpaces();
        if (c.atEnd())
            return fail(error, "FETCH: response ends before ')'", c, response);
        if (*c.p == ')') {
            ++c.p;
            break;
        }
        std::string_view name, sectionText;
        bool hasSection = false;
        if (!readItemName(c, &name, &sectionText, &hasSection) || name.empty())
            return fail(error, "FETCH: malformed item name", c, response);
        if (!c.consume(' '))
            return fail(error, "FETCH: expected a space after the item name", c, response);
        c.skipSpaces();

        bool ok = true;
        const char first = toUpperAscii(name[0]);
        if (hasSection) {
            if (equalsNoCase(name, "BODY") || equalsNoCase(name, "BINARY")
                || equalsNoCase(name, "BODY.PEEK")) {
                StringToken value;
                ok = readString(c, &value, StringMode::NString);
                if (ok && isReferencesSection(sectionText)) {
                    if (value.escapes == 0) {
                        rec->references = extractReferences(value.raw());
                    } else {
                        const QByteArray plain = value.toByteArray();
                        rec->references = extractReferences(
                            std::string_view(plain.constData(), static_cast<size_t>(plain.size())));
                    }
                } else if (ok) {
                    if (body)
                        *body = value.toByteArray();
                    if (section)
                        *section = bytes(sectionText);
                }
            } else {
                ok = skipValue(c); // BINARY.SIZE[...] and whatever comes next
            }
        } else if (first == 'U' && equalsNoCase(name, "UID")) {
            ok = readNumber(c, &rec->uid);
        } else if (first == 'F' && equalsNoCase(name, "FLAGS")) {
            MessageFlags flags;
            ok = c.consume('(');
            while (ok) {
                c.skipSpaces();
                if (c.consume(')'))
                    break;
                const std::string_view flag = readAtom(c);
                if (flag.empty()) {
                    ok = false;
                    break;
                }
                flags.addToken(flag.data(), static_cast<int>(flag.size()));
            }
            if (ok)
                rec->flags = std::move(flags);
        } else if (first == 'E' && equalsNoCase(name, "ENVELOPE")) {
            ok = readEnvelope(c, rec);
        } else if (first == 'I' && equalsNoCase(name, "INTERNALDATE")) {
            StringToken value;
            ok = readString(c, &value, StringMode::Lenient);
            if (ok && !value.isEmpty()) {
                const qint64 t = parseInternalDate(value.raw());
                if (t != -1)
                    rec->internalDate = t;
            }
        } else if (first == 'R' && equalsNoCase(name, "RFC822.SIZE")) {
            quint64 size = 0;
            ok = readNumber(c, &size);
            rec->size = static_cast<quint32>(std::min<quint64>(size, 0xffffffffu));
        } else if (first == 'M' && equalsNoCase(name, "MODSEQ")) {
            ok = c.consume('(');
            c.skipSpaces();
            ok = ok && readNumber(c, &rec->modseq);
            c.skipSpaces();
            ok = ok && c.consume(')');
        } else if (first == 'R'
                   && (equalsNoCase(name, "RFC822") || equalsNoCase(name, "RFC822.HEADER")
                       || equalsNoCase(name, "RFC822.TEXT"))) {
            StringToken value;
            ok = readString(c, &value, StringMode::NString);
            if (ok && body)
                *body = value.toByteArray();
            if (ok && section)
                *section = name.size() > 6 ? toUpperBytes(name.substr(7)) : QByteArray();
        } else {
            ok = skipValue(c); // BODYSTRUCTURE, X-GM-*, EMAILID, PREVIEW, ...
        }
        if (!ok)
            return fail(error, "FETCH: malformed value", c, response);
    }
    c.skipSpaces();
    c.consume('\r');
    c.consume('\n');
    if (!c.atEnd())
        return fail(error, "FETCH: unexpected data after ')'", c, response);
    if (sequence)
        *sequence = seq;
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

qint64 parseInternalDate(std::string_view text)
{
    // Tolerate the surrounding quotes and a leading space from date-day-fixed.
    if (text.size() >= 2 && text.front() == '"' && text.back() == '"')
        text = text.substr(1, text.size() - 2);
    while (!text.empty() && text.front() == ' ')
        text.remove_prefix(1);
    while (!text.empty() && text.back() == ' ')
        text.remove_suffix(1);
    // d-Mon-yyyy hh:mm:ss +zzzz (25 bytes) or dd-Mon-yyyy hh:mm:ss +zzzz (26 bytes)
    if (text.size() != 25 && text.size() != 26)
        return -1;
    const char *s = text.data();
    unsigned day = 0;
    const int dayDigits = text.size() == 26 ? 2 : 1;
    if (!fixedDigits(s, dayDigits, &day))
        return -1;
    s += dayDigits;
    if (s[0] != '-' || s[4] != '-')
        return -1;
    unsigned month = 0;
    for (unsigned m = 0; m < 12; ++m) {
        if (toUpperAscii(s[1]) == kMonths[m][0] && toUpperAscii(s[2]) == kMonths[m][1]
            && toUpperAscii(s[3]) == kMonths[m][2]) {
            month = m + 1;
            break;
        }
    }
    if (month == 0)
        return -1;
    s += 5;
    unsigned year = 0, hour = 0, minute = 0, second = 0, zh = 0, zm = 0;
    if (!fixedDigits(s, 4, &year) || s[4] != ' ' || !fixedDigits(s + 5, 2, &hour) || s[7] != ':'
        || !fixedDigits(s + 8, 2, &minute) || s[10] != ':' || !fixedDigits(s + 11, 2, &second)
        || s[13] != ' ' || (s[14] != '+' && s[14] != '-') || !fixedDigits(s + 15, 2, &zh)
        || !fixedDigits(s + 17, 2, &zm))
        return -1;
    if (day < 1 || day > daysInMonth(year, month) || hour > 23 || minute > 59 || second > 60
        || zm > 59)
        return -1;
    const qint64 offset = (static_cast<qint64>(zh) * 60 + zm) * 60 * (s[14] == '-' ? -1 : 1);
    const qint64 days = daysFromCivil(year, month, day);
    return days * 86400 + hour * 3600 + minute * 60 + second - offset;
}

QByteArray formatInternalDate(qint64 secondsSinceEpoch)
{
    // Years 0..9999 only: the format has four digits.
    constexpr qint64 kMin = -62167219200LL; // 0000-01-01T00:00:00Z
    constexpr qint64 kMax = 253402300799LL; // 9999-12-31T23:59:59Z
    if (secondsSinceEpoch < kMin || secondsSinceEpoch > kMax)
        return QByteArray();
    qint64 days = secondsSinceEpoch / 86400;
    qint64 rem = secondsSinceEpoch % 86400;
    if (rem < 0) {
        rem += 86400;
        --days;
    }
    qint64 y = 0;
    unsigned m = 0, d = 0;
    civilFromDays(days, &y, &m, &d);
    const unsigned hh = static_cast<unsigned>(rem / 3600);
    const unsigned mm = static_cast<unsigned>(rem / 60 % 60);
    const unsigned ss = static_cast<unsigned>(rem % 60);
    char buf[27];
    auto two = [](char *p, unsigned v) {
        p[0] = static_cast<char>('0' + v / 10);
        p[1] = static_cast<char>('0' + v % 10);
    };
    // date-day-fixed: a one-digit day is padded with a space.
    buf[0] = d < 10 ? ' ' : static_cast<char>('0' + d / 10);
    buf[1] = static_cast<char>('0' + d % 10);
    buf[2] = '-';
    std::memcpy(buf + 3, kMonthNames[m - 1], 3);
    buf[6] = '-';
    const unsigned year = static_cast<unsigned>(y);
    two(buf + 7, year / 100);
    two(buf + 9, year % 100);
    buf[11] = ' ';
    two(buf + 12, hh);
    buf[14] = ':';
    two(buf + 15, mm);
    buf[17] = ':';
    two(buf + 18, ss);
    std::memcpy(buf + 20, " +0000", 6);
    return QByteArray(buf, 26);
}

QString decodeMailboxName(const QByteArray &raw)
{
    const char *s = raw.constData();
    const char *end = s + raw.size();
    // Servers that ignore RFC 3501 (or speak UTF8=ACCEPT) send 8-bit names: those are UTF-8.
    for (const char *p = s; p < end; ++p) {
        if (static_cast<unsigned char>(*p) >= 0x80)
            return QString::fromUtf8(raw);
    }
    QString out;
    out.reserve(raw.size());
    while (s < end) {
        if (*s != '&') {
            out.append(QLatin1Char(*s));
            ++s;
            continue;
        }
        const char *dash = static_cast<const char *>(std::memchr(s + 1, '-', static_cast<size_t>(end - s - 1)));
        if (!dash)
            return QString::fromLatin1(raw); // not modified UTF-7 after all: show it as sent
        if (dash == s + 1) {
            out.append(QLatin1Char('&'));
        } else if (!decodeMutf7Run(s + 1, dash, &out)) {
            return QString::fromLatin1(raw);
        }
        s = dash + 1;
    }
    return out;
}

QByteArray encodeMailboxName(const QString &name)
{
    QByteArray out;
    out.reserve(name.size() + 8);
    const QChar *s = name.constData();
    const QChar *end = s + name.size();
    while (s < end) {
        const char16_t u = s->unicode();
        if (u == '&') {
            out.append("&-", 2);
            ++s;
        } else if (u >= 0x20 && u <= 0x7e) {
            out.append(static_cast<char>(u));
            ++s;
        } else {
            const QChar *runEnd = s;
            while (runEnd < end && (runEnd->unicode() < 0x20 || runEnd->unicode() > 0x7e))
                ++runEnd;
            encodeMutf7Run(s, runEnd, &out);
            s = runEnd;
        }
    }
    return out;
}

bool quoteString(const QByteArray &value, QByteArray *quoted)
{
    size_t extra = 0;
    for (const char ch : value) {
        const auto u = static_cast<unsigned char>(ch);
        if (u == 0 || u == '\r' || u == '\n' || u >= 0x80)
            return false;
        if (ch == '"' || ch == '\\')
            ++extra;
    }
    if (!quoted)
        return true;
    QByteArray r(value.size() + static_cast<qsizetype>(extra) + 2, Qt::Uninitialized);
    char *d = r.data();
    *d++ = '"';
    for (const char ch : value) {
        if (ch == '"' || ch == '\\')
            *d++ = '\\';
        *d++ = ch;
    }
    *d = '"';
    *quoted = std::move(r);
    return true;
}

QByteArray uidSet(QVector<quint32> uids)
{
    std::sort(uids.begin(), uids.end());
    uids.erase(std::unique(uids.begin(), uids.end()), uids.end());
    // UID 0 does not exist; a server answers BAD to it.
    if (!uids.isEmpty() && uids.first() == 0)
        uids.removeFirst();
    QByteArray out;
    qsizetype i = 0;
    while (i < uids.size()) {
        qsizetype j = i;
        while (j + 1 < uids.size() && uids[j + 1] == uids[j] + 1)
            ++j;
        if (!out.isEmpty())
            out.append(',');
        out.append(QByteArray::number(uids[i]));
        if (j > i) {
            out.append(':');
            out.append(QByteArray::number(uids[j]));
        }
        i = j + 1;
    }
    return out;
}

} // namespace postier::protocols::imap
