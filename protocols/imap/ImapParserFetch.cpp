#include "protocols/imap/ImapParser.h"
#include "protocols/imap/ImapParserInternal.h"

#include <algorithm>
#include <cstring>
#include <vector>

// FETCH responses: the item loop, ENVELOPE with its address lists, and the References header.

namespace postier::protocols::imap {

using namespace detail;

namespace {

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

} // namespace

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

} // namespace postier::protocols::imap
