#pragma once

// Shared by the ImapParser*.cpp files only, not part of the interface (that is ImapParser.h):
// character classes and the tokenizer that reads a response held in memory without copying it.
// The small, hot pieces are inline here; the rest is defined in ImapParser.cpp.

#include <QByteArray>

#include <array>
#include <cstring>
#include <string_view>

namespace postier::protocols::imap::detail {

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
inline constexpr std::array<bool, 256> kAtomStop = makeAtomStops();

inline bool isAtomStop(char c) { return kAtomStop[static_cast<unsigned char>(c)]; }

inline bool equalsNoCase(std::string_view a, std::string_view upper)
{
    if (a.size() != upper.size())
        return false;
    for (size_t i = 0; i < a.size(); ++i) {
        if (toUpperAscii(a[i]) != upper[i])
            return false;
    }
    return true;
}

inline QByteArray toUpperBytes(std::string_view v)
{
    QByteArray r(static_cast<qsizetype>(v.size()), Qt::Uninitialized);
    char *d = r.data();
    for (size_t i = 0; i < v.size(); ++i)
        d[i] = toUpperAscii(v[i]);
    return r;
}

inline QByteArray bytes(std::string_view v)
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

inline std::string_view readAtom(Cursor &c)
{
    const char *start = c.p;
    while (c.p < c.end && !isAtomStop(*c.p))
        ++c.p;
    return {start, static_cast<size_t>(c.p - start)};
}

// An atom that may carry a bracketed part, as in FETCH item names ("BODY[HEADER.FIELDS (X)]<0>")
// and some list entries. Quoted strings inside the brackets are skipped as units.
bool readItemName(Cursor &c, std::string_view *name, std::string_view *section, bool *hasSection);

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

enum class StringMode {
    NString, ///< NIL means no value
    AString, ///< atoms allowed; NIL is the name "NIL"
    Lenient, ///< NIL, quoted, literal or atom: for servers that put atoms where strings belong
};

bool readString(Cursor &c, StringToken *out, StringMode mode);

// Skips one value of any shape: atom (including bracketed parts), number, quoted string, literal
// or a parenthesised list, however deeply nested. Iterative, so hostile nesting cannot exhaust
// the stack.
bool skipValue(Cursor &c);

} // namespace postier::protocols::imap::detail
