#include "protocols/mime/MessageParser.h"

#include "protocols/mime/Charset.h"
#include "protocols/VmimePlatform.h"

#include <vmime/vmime.hpp>
#include <vmime/contentDispositionField.hpp>
#include <vmime/contentTypeField.hpp>
#include <vmime/utility/encoder/encoderFactory.hpp>
#include <vmime/utility/inputStreamByteBufferAdapter.hpp>

#include <QByteArrayMatcher>
#include <QCoreApplication>
#include <QMimeDatabase>
#include <QUrl>

#include <cstring>

namespace postier::protocols {

namespace {

constexpr int MaxDepth = 24; // nested multiparts
constexpr int MaxParts = 1000; // leaves and multiparts together
constexpr int MaxHeaderFields = 1000; // kept fields per entity
constexpr qsizetype MaxFieldBytes = 64 * 1024; // per header field given to vmime
constexpr qsizetype MaxInlinePartBytes = 32 * 1024 * 1024;

// The translation context of the parser's sentences (parseMessage() is a free function).
struct Text {
    Q_DECLARE_TR_FUNCTIONS(postier::protocols::MessageParser)
};

std::string toStd(QByteArrayView bytes)
{
    return std::string(bytes.data(), size_t(bytes.size()));
}

// ---------------------------------------------------------------------------------------------
// vmime streams over Qt buffers, so decoding neither copies the input nor goes through std::string.

class ByteArrayOutputStream : public vmime::utility::outputStream
{
public:
    explicit ByteArrayOutputStream(QByteArray *out)
        : m_out(out)
    {
    }
    void flush() override { }

protected:
    void writeImpl(const vmime::byte_t *const data, const size_t count) override
    {
        m_out->append(reinterpret_cast<const char *>(data), qsizetype(count));
    }

private:
    QByteArray *m_out;
};

class CountingOutputStream : public vmime::utility::outputStream
{
public:
    void flush() override { }
    [[nodiscard]] qint64 count() const { return m_count; }

protected:
    void writeImpl(const vmime::byte_t *const, const size_t count) override
    {
        m_count += qint64(count);
    }

private:
    qint64 m_count = 0;
};

bool isIdentityEncoding(const QByteArray &encoding)
{
    return encoding.isEmpty() || encoding == "7bit" || encoding == "8bit" || encoding == "binary";
}

// Decodes into *out (or only counts, when out is null). Returns false for an encoding vmime does
// not know; the bytes are then taken as they are.
bool decodeTransfer(QByteArrayView raw, const QByteArray &encoding, QByteArray *out, qint64 *size)
{
    if (!isIdentityEncoding(encoding)) {
        try {
            const auto encoder = vmime::utility::encoder::encoderFactory::getInstance()->create(
                encoding.toStdString());
            vmime::utility::inputStreamByteBufferAdapter in(
                reinterpret_cast<const vmime::byte_t *>(raw.data()), size_t(raw.size()));
            if (out) {
                out->reserve(encoding == "base64" ? raw.size() * 3 / 4 + 4 : raw.size());
                ByteArrayOutputStream os(out);
                encoder->decode(in, os);
                if (size)
                    *size = out->size();
            } else {
                CountingOutputStream os;
                encoder->decode(in, os);
                if (size)
                    *size = os.count();
            }
            return true;
        } catch (...) {
            if (out)
                out->clear();
        }
    }
    if (out)
        *out = raw.toByteArray();
    if (size)
        *size = raw.size();
    return isIdentityEncoding(encoding);
}

// ---------------------------------------------------------------------------------------------
// Header fields, cut by hand so that 8-bit bytes, NUL, missing blank lines and huge headers are
// under our control; each value is then given to vmime.

struct Header {
    QList<QPair<QByteArray, QByteArray>> fields; // lower-case name, unfolded value; kept ones only
    bool empty = true; // no field at all, kept or not

    [[nodiscard]] QByteArray value(QByteArrayView name) const
    {
        for (const auto &f : fields) {
            if (f.first == name)
                return f.second;
        }
        return {};
    }
    [[nodiscard]] bool has(QByteArrayView name) const
    {
        for (const auto &f : fields) {
            if (f.first == name)
                return true;
        }
        return false;
    }
    // Address fields sent twice ("To:" on two lines) are read as one list.
    [[nodiscard]] QByteArray joined(QByteArrayView name) const
    {
        QByteArray out;
        for (const auto &f : fields) {
            if (f.first == name) {
                if (!out.isEmpty())
                    out += ", ";
                out += f.second;
            }
        }
        return out;
    }
};

bool isFieldNameChar(char c)
{
    return c > 32 && c < 127 && c != ':';
}

struct Problems {
    QStringList sentences;
    void add(const QString &s)
    {
        if (!sentences.contains(s))
            sentences << s;
    }
};

// The fields this parser reads; others are skipped, so a header of 20 000 "X-" lines costs a scan
// and nothing more.
bool isKeptField(QByteArrayView lowerName)
{
    static constexpr const char *kept[] = {
        "subject",
        "from",
        "sender",
        "to",
        "cc",
        "reply-to",
        "date",
        "message-id",
        "in-reply-to",
        "references",
        "list-unsubscribe",
        "content-type",
        "content-transfer-encoding",
        "content-disposition",
        "content-id",
    };
    for (const char *k : kept) {
        if (lowerName == QByteArrayView(k))
            return true;
    }
    return false;
}

// Reads the header of the entity at [start, end). Returns it and sets *bodyStart.
Header parseHeader(QByteArrayView raw, qsizetype start, qsizetype end, qsizetype *bodyStart,
                   Problems *problems)
{
    Header header;
    const char *data = raw.data();
    qsizetype pos = start;
    bool truncated = false;
    bool current = false; // the last field is kept and open for continuation lines
    bool anyField = false;
    *bodyStart = end;
    while (pos < end) {
        const void *nl = std::memchr(data + pos, '\n', size_t(end - pos));
        const qsizetype lineEnd = nl ? static_cast<const char *>(nl) - data : end;
        const qsizetype next = nl ? lineEnd + 1 : end;
        qsizetype contentEnd = lineEnd;
        if (contentEnd > pos && data[contentEnd - 1] == '\r')
            --contentEnd;
        const QByteArrayView line(data + pos, contentEnd - pos);

        if (line.isEmpty()) {
            *bodyStart = next;
            break;
        }
        if (line.front() == ' ' || line.front() == '\t') {
            if (current) {
                QByteArray &value = header.fields.last().second;
                if (value.size() + line.size() <= MaxFieldBytes)
                    value += line;
                else
                    truncated = true;
            }
            pos = next;
            continue;
        }
        const qsizetype colon = line.indexOf(':');
        qsizetype nameEnd = colon;
        while (nameEnd > 0 && (line[nameEnd - 1] == ' ' || line[nameEnd - 1] == '\t'))
            --nameEnd;
        bool validName = colon > 0 && nameEnd > 0;
        for (qsizetype i = 0; validName && i < nameEnd; ++i)
            validName = isFieldNameChar(line[i]);
        if (!validName) {
            if (!anyField && pos == start && line.startsWith("From ")) {
                pos = next; // mbox separator line
                continue;
            }
            // The header ended without its blank line: what follows is body.
            if (anyField)
                problems->add(Text::tr("A header section ended without the blank line that should "
                                       "follow it."));
            *bodyStart = pos;
            break;
        }
        anyField = true;
        header.empty = false;
        const QByteArray name = line.first(nameEnd).toByteArray().toLower();
        current = isKeptField(name);
        if (current && header.fields.size() >= MaxHeaderFields) {
            truncated = true;
            current = false;
        }
        if (current) {
            QByteArrayView value = line.sliced(colon + 1);
            while (!value.isEmpty() && (value.front() == ' ' || value.front() == '\t'))
                value = value.sliced(1);
            if (value.size() > MaxFieldBytes) {
                value = value.first(MaxFieldBytes);
                truncated = true;
            }
            header.fields.append({name, value.toByteArray()});
        }
        pos = next;
    }
    if (truncated)
        problems->add(Text::tr("The header was too large and was only partly read."));
    for (auto &f : header.fields)
        f.second.replace('\0', ' ');
    return header;
}

// ---------------------------------------------------------------------------------------------
// Header values through vmime.

QString wordsToString(const vmime::text &text)
{
    QString out;
    for (const auto &w : text.getWordList()) {
        const std::string &buffer = w->getBuffer();
        out += decodeCharset(QByteArrayView(buffer.data(), qsizetype(buffer.size())),
                             QByteArrayView(w->getCharset().getName().c_str()));
    }
    return out;
}

QString wordToString(const vmime::word &w)
{
    const std::string &buffer = w.getBuffer();
    return decodeCharset(QByteArrayView(buffer.data(), qsizetype(buffer.size())),
                         QByteArrayView(w.getCharset().getName().c_str()));
}

QString cleanText(QString text)
{
    for (QChar &c : text) {
        if (c.unicode() < 0x20 || c.unicode() == 0x7F)
            c = QLatin1Char(' ');
    }
    return text.trimmed();
}

QString decodeHeaderValue(QByteArrayView raw)
{
    try {
        ensureVmimePlatform();
        const auto text = vmime::text::decodeAndUnfold(toStd(raw));
        return cleanText(wordsToString(*text));
    } catch (...) {
        return cleanText(decodeUtf8OrWindows1252(raw));
    }
}

MailAddress toMailAddress(const vmime::mailbox &mb)
{
    MailAddress a;
    a.name = cleanText(wordsToString(mb.getName()));
    const std::string email = mb.getEmail().toString();
    a.address
        = cleanText(decodeUtf8OrWindows1252(QByteArrayView(email.data(), qsizetype(email.size()))));
    if (a.name.size() >= 2 && a.name.startsWith(QLatin1Char('"'))
        && a.name.endsWith(QLatin1Char('"')))
        a.name = a.name.mid(1, a.name.size() - 2);
    if (a.name.compare(a.address, Qt::CaseInsensitive) == 0)
        a.name.clear();
    return a;
}

QList<MailAddress> parseAddresses(const QByteArray &raw)
{
    QList<MailAddress> out;
    if (raw.trimmed().isEmpty())
        return out;
    try {
        vmime::addressList list;
        list.parse(raw.toStdString());
        for (const auto &address : list.getAddressList()) {
            if (address->isGroup()) {
                const auto group = vmime::dynamicCast<const vmime::mailboxGroup>(address);
                for (const auto &mb : group->getMailboxList())
                    out << toMailAddress(*mb);
            } else if (const auto mb = vmime::dynamicCast<const vmime::mailbox>(address)) {
                if (!mb->isEmpty())
                    out << toMailAddress(*mb);
            }
        }
    } catch (...) {
        out.clear();
    }
    if (out.isEmpty()) {
        // "Undisclosed recipients:;" is an empty group, fine. Anything else unreadable is kept as
        // a name so that it still shows.
        const QString text = decodeHeaderValue(raw);
        if (!text.isEmpty() && !text.endsWith(QLatin1String(":;")))
            out << MailAddress {text, QString()};
    }
    return out;
}

QDateTime parseDate(const QByteArray &raw)
{
    const QByteArray value = raw.trimmed();
    if (value.isEmpty())
        return {};
    try {
        vmime::datetime dt;
        dt.parse(value.toStdString());
        // vmime reads anything as some date ("not a date" is 1 April 1970), so its answer only
        // counts when the text really holds that year, month name and day.
        static constexpr const char *months[]
            = {"jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"};
        const QByteArray lower = value.toLower();
        const int month = dt.getMonth();
        const bool plausible = month >= 1 && month <= 12 && lower.contains(months[month - 1])
            && value.contains(QByteArray::number(dt.getYear()))
            && value.contains(QByteArray::number(dt.getDay())) && qAbs(dt.getZone()) <= 24 * 60;
        const QDate date(dt.getYear(), month, dt.getDay());
        const QTime time(dt.getHour(), dt.getMinute(), dt.getSecond());
        if (plausible && date.isValid() && time.isValid())
            return QDateTime(date, time, Qt::OffsetFromUTC, dt.getZone() * 60);
    } catch (...) {
    }
    return QDateTime::fromString(QString::fromLatin1(value), Qt::RFC2822Date);
}

QString stripAngles(QString id)
{
    id = id.trimmed();
    if (id.startsWith(QLatin1Char('<')))
        id.remove(0, 1);
    if (id.endsWith(QLatin1Char('>')))
        id.chop(1);
    return id.trimmed();
}

QString parseMessageId(const QByteArray &raw)
{
    if (raw.trimmed().isEmpty())
        return {};
    try {
        vmime::messageId id;
        id.parse(raw.toStdString());
        const std::string s = id.getId();
        if (!s.empty() && s != "@")
            return cleanText(
                decodeUtf8OrWindows1252(QByteArrayView(s.data(), qsizetype(s.size()))));
    } catch (...) {
    }
    return stripAngles(cleanText(decodeUtf8OrWindows1252(raw)));
}

QStringList parseMessageIds(const QByteArray &raw)
{
    QStringList out;
    if (raw.trimmed().isEmpty())
        return out;
    try {
        vmime::messageIdSequence seq;
        seq.parse(raw.toStdString());
        for (const auto &id : seq.getMessageIdList()) {
            const std::string s = id->getId();
            if (!s.empty() && s != "@")
                out << cleanText(
                    decodeUtf8OrWindows1252(QByteArrayView(s.data(), qsizetype(s.size()))));
        }
    } catch (...) {
        out.clear();
    }
    return out;
}

struct ContentType {
    QByteArray type = "text";
    QByteArray subtype = "plain";
    QByteArray charset;
    QByteArray boundary;
    QByteArray format; // "flowed"
    bool delSp = false;
    QString name; // the "name" parameter, decoded

    [[nodiscard]] QByteArray mimeType() const { return type + '/' + subtype; }
    [[nodiscard]] bool is(QByteArrayView t, QByteArrayView s) const
    {
        return type == t && subtype == s;
    }
};

QByteArray paramValue(const vmime::parameterizedHeaderField &field, const char *name)
{
    const auto p = field.findParameter(name);
    if (!p)
        return {};
    const std::string &v = p->getValue().getBuffer();
    return QByteArray(v.data(), qsizetype(v.size()));
}

ContentType parseContentType(const Header &header, const ContentType &fallback, Problems *problems)
{
    ContentType ct = fallback;
    const QByteArray raw = header.value("content-type");
    if (raw.trimmed().isEmpty())
        return ct;
    try {
        const auto field
            = vmime::headerFieldFactory::getInstance()->create("Content-Type", raw.toStdString());
        const auto ctf = vmime::dynamicCast<vmime::contentTypeField>(field);
        const auto media
            = ctf ? vmime::dynamicCast<const vmime::mediaType>(ctf->getValue()) : nullptr;
        if (!ctf || !media || media->getType().empty() || media->getSubType().empty()) {
            problems->add(
                Text::tr("A part had a Content-Type that could not be read; it was shown as "
                         "plain text."));
            return ContentType();
        }
        ct = ContentType();
        ct.type = QByteArray::fromStdString(media->getType()).toLower().trimmed();
        ct.subtype = QByteArray::fromStdString(media->getSubType()).toLower().trimmed();
        ct.charset = paramValue(*ctf, "charset").trimmed();
        ct.boundary = paramValue(*ctf, "boundary");
        ct.format = paramValue(*ctf, "format").trimmed().toLower();
        ct.delSp = paramValue(*ctf, "delsp").trimmed().toLower() == "yes";
        if (const auto p = ctf->findParameter("name"))
            ct.name = wordToString(p->getValue());
    } catch (...) {
        problems->add(
            Text::tr("A part had a Content-Type that could not be read; it was shown as plain "
                     "text."));
        return ContentType();
    }
    return ct;
}

struct Disposition {
    QByteArray type; // "attachment", "inline" or empty
    QString fileName;
};

Disposition parseDisposition(const Header &header)
{
    Disposition d;
    const QByteArray raw = header.value("content-disposition");
    if (raw.trimmed().isEmpty())
        return d;
    try {
        const auto field = vmime::headerFieldFactory::getInstance()->create("Content-Disposition",
                                                                            raw.toStdString());
        const auto cdf = vmime::dynamicCast<vmime::contentDispositionField>(field);
        if (!cdf)
            return d;
        if (const auto value = vmime::dynamicCast<const vmime::contentDisposition>(cdf->getValue()))
            d.type = QByteArray::fromStdString(value->getName()).toLower().trimmed();
        if (cdf->findParameter("filename"))
            d.fileName = wordToString(cdf->getFilename());
    } catch (...) {
        const qsizetype semi = raw.indexOf(';');
        d.type = raw.left(semi).trimmed().toLower();
    }
    return d;
}

// ---------------------------------------------------------------------------------------------
// Text bodies.

QString normalizeText(QString text)
{
    if (text.contains(QLatin1Char('\r'))) {
        text.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
        text.replace(QLatin1Char('\r'), QLatin1Char('\n'));
    }
    if (text.contains(QChar(0)))
        text.replace(QChar(0), QChar::ReplacementCharacter);
    return text;
}

// RFC 3676: joins soft line breaks (a line ending in a space) of the same quote depth, undoes
// space-stuffing, and writes quotes back as "> " prefixes.
QString unflow(const QString &text, bool delSp)
{
    const QStringList lines = text.split(QLatin1Char('\n'));
    QString out;
    out.reserve(text.size());
    QString paragraph;
    int paragraphDepth = -1;
    auto flush = [&] {
        if (paragraphDepth < 0)
            return;
        if (paragraphDepth > 0)
            out += QString(paragraphDepth, QLatin1Char('>')) + QLatin1Char(' ');
        out += paragraph;
        out += QLatin1Char('\n');
        paragraph.clear();
        paragraphDepth = -1;
    };
    for (const QString &line : lines) {
        int depth = 0;
        while (depth < line.size() && line[depth] == QLatin1Char('>'))
            ++depth;
        QStringView content = QStringView(line).mid(depth);
        if (content.startsWith(QLatin1Char(' ')))
            content = content.mid(1);
        if (paragraphDepth >= 0 && paragraphDepth != depth)
            flush();
        const bool signature = content == QLatin1String("-- ");
        const bool soft = !signature && content.endsWith(QLatin1Char(' '));
        paragraphDepth = depth;
        paragraph += soft && delSp ? content.chopped(1) : content;
        if (!soft)
            flush();
    }
    flush();
    if (!text.endsWith(QLatin1Char('\n')) && out.endsWith(QLatin1Char('\n')))
        out.chop(1);
    return out;
}

// ---------------------------------------------------------------------------------------------
// File names.

bool isUnsafeFileNameChar(QChar c)
{
    const char16_t u = c.unicode();
    if (u < 0x20 || u == 0x7F || (u >= 0x80 && u < 0xA0))
        return true;
    // Bidirectional controls turn "gnp.exe" into something that reads like "exe.png".
    if (u == 0x200E || u == 0x200F || (u >= 0x202A && u <= 0x202E) || (u >= 0x2066 && u <= 0x2069)
        || u == 0x061C)
        return true;
    return false;
}

QString safeFileName(const QString &name)
{
    QString n = name;
    const qsizetype slash
        = std::max(n.lastIndexOf(QLatin1Char('/')), n.lastIndexOf(QLatin1Char('\\')));
    if (slash >= 0)
        n = n.mid(slash + 1);
    QString out;
    out.reserve(n.size());
    for (const QChar c : n) {
        if (isUnsafeFileNameChar(c))
            continue;
        if (QStringView(u":*?\"<>|").contains(c))
            out += QLatin1Char('_');
        else
            out += c;
    }
    out = out.trimmed();
    while (out.endsWith(QLatin1Char('.')))
        out.chop(1);
    while (out.startsWith(QLatin1Char('.')))
        out.remove(0, 1);
    if (out.size() > 200) {
        const qsizetype dot = out.lastIndexOf(QLatin1Char('.'));
        const QString suffix = dot > 0 && out.size() - dot <= 16 ? out.mid(dot) : QString();
        out = out.left(200 - suffix.size()) + suffix;
    }
    return out;
}

QString fallbackFileName(const QByteArray &mimeType, int number)
{
    QString suffix
        = QMimeDatabase().mimeTypeForName(QString::fromLatin1(mimeType)).preferredSuffix();
    if (suffix.isEmpty())
        suffix = QStringLiteral("bin");
    return Text::tr("attachment") + QLatin1Char('-') + QString::number(number) + QLatin1Char('.')
        + suffix;
}

// ---------------------------------------------------------------------------------------------
// The MIME tree.

struct Range {
    qsizetype start;
    qsizetype end;
};

// The parts of a multipart body, per RFC 2046: delimiter lines "--boundary" at the start of a
// line, followed only by white space; "--boundary--" closes. The line end before a delimiter
// belongs to it.
QList<Range> splitMultipart(QByteArrayView raw, Range body, const QByteArray &boundary,
                            bool *closed)
{
    QList<Range> parts;
    *closed = false;
    const QByteArray delimiter = "--" + boundary;
    const QByteArrayMatcher matcher(delimiter);
    const char *data = raw.data();
    qsizetype pos = body.start;
    qsizetype partStart = -1;
    while (pos < body.end) {
        const qsizetype hit = matcher.indexIn(data, body.end, pos);
        if (hit < 0)
            break;
        if (hit != body.start && data[hit - 1] != '\n') {
            pos = hit + 1;
            continue;
        }
        qsizetype p = hit + delimiter.size();
        const bool isClose = p + 1 < body.end && data[p] == '-' && data[p + 1] == '-';
        if (isClose)
            p += 2;
        while (p < body.end && (data[p] == ' ' || data[p] == '\t'))
            ++p;
        if (!isClose && p < body.end && data[p] != '\r' && data[p] != '\n') {
            pos = hit + 1; // "--boundaryX": a longer boundary of some inner part
            continue;
        }
        const void *nl = p < body.end ? std::memchr(data + p, '\n', size_t(body.end - p)) : nullptr;
        const qsizetype nextLine = nl ? static_cast<const char *>(nl) - data + 1 : body.end;
        if (partStart >= 0) {
            qsizetype e = hit;
            if (e > partStart && data[e - 1] == '\n') {
                --e;
                if (e > partStart && data[e - 1] == '\r')
                    --e;
            }
            parts.append({partStart, e});
        }
        if (isClose) {
            *closed = true;
            return parts;
        }
        partStart = nextLine;
        pos = nextLine;
    }
    if (partStart >= 0)
        parts.append({partStart, body.end});
    return parts;
}

enum class Mode { Parse, Locate };

// A non-body leaf, before the final decision whether it is listed.
struct Candidate {
    ParsedMessage::Attachment attachment;
    bool explicitAttachment = false; // Content-Disposition: attachment
};

class Walker
{
public:
    Walker(QByteArrayView raw, Mode mode, int wanted = -1)
        : m_raw(raw)
        , m_mode(mode)
        , m_wanted(wanted)
    {
    }

    void walk(Range entity, int depth, const QByteArray &path, const QByteArray &parentSubtype,
              const Header *knownHeader = nullptr, qsizetype knownBodyStart = -1)
    {
        if (m_stop)
            return;
        if (++m_partCount > MaxParts) {
            problems.add(Text::tr("The message has too many parts; only the first %1 were read.")
                             .arg(MaxParts));
            m_stop = true;
            return;
        }
        Header localHeader;
        qsizetype bodyStart = knownBodyStart;
        if (!knownHeader) {
            localHeader = parseHeader(m_raw, entity.start, entity.end, &bodyStart, &problems);
            knownHeader = &localHeader;
        }
        const Header &header = *knownHeader;
        const Range body {bodyStart, entity.end};

        ContentType fallback;
        if (parentSubtype == "digest") {
            fallback.type = "message";
            fallback.subtype = "rfc822";
        }
        ContentType ct = parseContentType(header, fallback, &problems);
        const QByteArray encoding = header.value("content-transfer-encoding").trimmed().toLower();

        if (ct.type == "multipart") {
            if (depth >= MaxDepth) {
                problems.add(
                    Text::tr("Parts nested more than %1 deep were not opened; they are listed "
                             "as attachments.")
                        .arg(MaxDepth));
                leaf(header, ct, encoding, body, path, parentSubtype);
                return;
            }
            bool closed = false;
            const QList<Range> parts = ct.boundary.isEmpty()
                ? QList<Range>()
                : splitMultipart(m_raw, body, ct.boundary, &closed);
            if (parts.isEmpty()) {
                problems.add(Text::tr("A multipart section had no readable parts (its boundary is "
                                      "missing or wrong); it is shown as plain text."));
                leaf(header, ContentType(), encoding, body, path, parentSubtype);
                return;
            }
            if (!closed)
                problems.add(
                    Text::tr("The message ends before its last MIME boundary; it may have been "
                             "cut off."));
            for (int i = 0; i < parts.size() && !m_stop; ++i) {
                const QByteArray childPath
                    = (path.isEmpty() ? QByteArray() : path + '.') + QByteArray::number(i + 1);
                walk(parts[i], depth + 1, childPath, ct.subtype);
            }
            return;
        }
        leaf(header, ct, encoding, body, path.isEmpty() ? QByteArray("1") : path, parentSubtype);
    }

    Problems problems;
    ParsedMessage *out = nullptr; // Parse mode
    QList<Candidate> candidates; // Parse mode
    QByteArray located; // Locate mode
    bool found = false; // Locate mode

private:
    void leaf(const Header &header, const ContentType &ct, const QByteArray &encoding, Range body,
              const QByteArray &path, const QByteArray &parentSubtype)
    {
        const Disposition disposition = parseDisposition(header);
        const QByteArrayView raw
            = m_raw.sliced(body.start, std::max<qsizetype>(0, body.end - body.start));
        const bool isAttachment = disposition.type == "attachment";
        const bool isPlain = ct.is("text", "plain");
        const bool isHtml = ct.is("text", "html");
        const QString givenName = !disposition.fileName.isEmpty() ? disposition.fileName : ct.name;

        if ((isPlain || isHtml) && !isAttachment) {
            bool &taken = isPlain ? m_havePlain : m_haveHtml;
            const bool mixedContext = parentSubtype.isEmpty() || parentSubtype == "mixed";
            // A named text part after the body of a multipart/mixed, without "inline", is a
            // file someone attached ("page.html"), not a second body.
            const bool namedFile = mixedContext && !givenName.isEmpty()
                && disposition.type != "inline" && (m_havePlain || m_haveHtml);
            if (!namedFile && (!taken || (mixedContext && givenName.isEmpty()))) {
                const bool append = taken;
                taken = true;
                if (m_mode == Mode::Parse)
                    addBody(ct, encoding, raw, isPlain, append);
                return;
            }
            if (parentSubtype == "alternative")
                return; // a second rendering of a text we already have
        }

        const int index = m_nextIndex++;
        if (m_mode == Mode::Locate) {
            if (index == m_wanted) {
                decodeTransfer(raw, encoding, &located, nullptr);
                found = true;
                m_stop = true;
            }
            return;
        }

        Candidate c;
        c.explicitAttachment = isAttachment;
        ParsedMessage::Attachment &a = c.attachment;
        a.index = index;
        a.mimeType = QString::fromLatin1(ct.mimeType());
        a.partPath = path;
        a.isInline = disposition.type == "inline";
        a.contentId = stripAngles(decodeHeaderValue(header.value("content-id")));

        const bool isMessage = ct.is("message", "rfc822") || ct.is("message", "global");
        const bool keepInline = !a.contentId.isEmpty() && ct.type == "image"
            && raw.size() <= MaxInlinePartBytes * 4 / 3 + 4096;
        // A forwarded message is read in place unless it was encoded (rare): only its subject
        // is needed here.
        const bool decodeNow = keepInline || (isMessage && !isIdentityEncoding(encoding));
        QByteArray decoded;
        if (!decodeTransfer(raw, encoding, decodeNow ? &decoded : nullptr, &a.size))
            problems.add(
                Text::tr("A part uses the unknown transfer encoding \"%1\"; it is kept as it "
                         "was sent.")
                    .arg(QString::fromLatin1(encoding)));
        if (keepInline)
            out->inlineParts.insert(a.contentId, {a.mimeType, decoded});

        QString name = safeFileName(givenName);
        if (name.isEmpty() && isMessage) {
            const QByteArrayView inner = decodeNow ? QByteArrayView(decoded) : raw;
            qsizetype innerBody = 0;
            Problems ignored;
            const Header innerHeader = parseHeader(inner, 0, inner.size(), &innerBody, &ignored);
            QString subject = safeFileName(decodeHeaderValue(innerHeader.value("subject")));
            if (subject.isEmpty())
                subject = Text::tr("message");
            name = subject + QStringLiteral(".eml");
        }
        if (name.isEmpty())
            name = fallbackFileName(ct.mimeType(), index + 1);
        a.fileName = name;
        candidates << c;
    }

    void addBody(const ContentType &ct, const QByteArray &encoding, QByteArrayView raw,
                 bool isPlain, bool append)
    {
        QByteArray bytes;
        if (!decodeTransfer(raw, encoding, &bytes, nullptr))
            problems.add(
                Text::tr("A text part uses the unknown transfer encoding \"%1\"; it is shown "
                         "as it was sent.")
                    .arg(QString::fromLatin1(encoding)));
        bool known = true;
        QString text = normalizeText(decodeCharset(bytes, ct.charset, &known));
        if (!known)
            problems.add(
                Text::tr("The text is in a character set Postier does not know (\"%1\"); it "
                         "may show wrong characters.")
                    .arg(QString::fromLatin1(ct.charset)));
        if (isPlain && ct.format == "flowed")
            text = unflow(text, ct.delSp);
        QString &target = isPlain ? out->textBody : out->htmlBody;
        if (append && !target.isEmpty())
            target += isPlain ? QStringLiteral("\n\n") : QStringLiteral("\n<hr>\n");
        target += text;
    }

    QByteArrayView m_raw;
    Mode m_mode;
    int m_wanted;
    int m_nextIndex = 0;
    int m_partCount = 0;
    bool m_stop = false;
    bool m_havePlain = false;
    bool m_haveHtml = false;
};

bool htmlReferences(const QString &html, const QString &contentId)
{
    if (html.isEmpty() || contentId.isEmpty())
        return false;
    const QString plain = QStringLiteral("cid:") + contentId;
    if (html.contains(plain, Qt::CaseInsensitive))
        return true;
    const QString encoded
        = QStringLiteral("cid:") + QString::fromLatin1(QUrl::toPercentEncoding(contentId, "@"));
    return html.contains(encoded, Qt::CaseInsensitive);
}

void fillHeaders(const Header &header, ParsedMessage *m)
{
    m->subject = decodeHeaderValue(header.value("subject"));
    m->from = parseAddresses(header.joined("from"));
    m->sender = parseAddresses(header.joined("sender"));
    m->to = parseAddresses(header.joined("to"));
    m->cc = parseAddresses(header.joined("cc"));
    m->replyTo = parseAddresses(header.joined("reply-to"));
    m->date = parseDate(header.value("date"));
    m->messageId = parseMessageId(header.value("message-id"));
    m->inReplyTo = parseMessageIds(header.value("in-reply-to"));
    m->references = parseMessageIds(header.value("references"));
    m->listUnsubscribe = decodeHeaderValue(header.value("list-unsubscribe"));
}

QString problemSentence(const Problems &problems)
{
    if (problems.sentences.isEmpty())
        return {};
    QStringList shown = problems.sentences.mid(0, 3);
    return shown.join(QLatin1Char(' '));
}

} // namespace

const ParsedMessage::InlinePart *ParsedMessage::inlinePart(const QString &contentId) const
{
    auto it = inlineParts.constFind(contentId);
    if (it != inlineParts.cend())
        return &it.value();
    const QString decoded = QUrl::fromPercentEncoding(contentId.toUtf8());
    for (auto i = inlineParts.cbegin(); i != inlineParts.cend(); ++i) {
        if (i.key().compare(decoded, Qt::CaseInsensitive) == 0)
            return &i.value();
    }
    return nullptr;
}

ParsedMessage parseMessage(const QByteArray &rfc822)
{
    ParsedMessage m;
    try {
        ensureVmimePlatform();
        Walker walker(rfc822, Mode::Parse);
        walker.out = &m;
        qsizetype bodyStart = 0;
        const Header header = parseHeader(rfc822, 0, rfc822.size(), &bodyStart, &walker.problems);
        if (header.empty && !rfc822.isEmpty())
            walker.problems.add(Text::tr("The message has no header."));
        fillHeaders(header, &m);
        walker.walk({0, rfc822.size()}, 0, QByteArray(), QByteArray(), &header, bodyStart);
        for (const Candidate &c : std::as_const(walker.candidates)) {
            const bool shownInline = !c.attachment.contentId.isEmpty()
                && m.inlineParts.contains(c.attachment.contentId)
                && htmlReferences(m.htmlBody, c.attachment.contentId);
            if (c.explicitAttachment || !shownInline)
                m.attachments << c.attachment;
        }
        m.problem = problemSentence(walker.problems);
    } catch (const std::exception &e) {
        m.problem = Text::tr("The message could not be read completely (%1).")
                        .arg(QString::fromLocal8Bit(e.what()));
    } catch (...) {
        m.problem = Text::tr("The message could not be read completely.");
    }
    return m;
}

QByteArray attachmentData(const QByteArray &rfc822, int index)
{
    if (index < 0)
        return {};
    try {
        ensureVmimePlatform();
        Walker walker(rfc822, Mode::Locate, index);
        qsizetype bodyStart = 0;
        const Header header = parseHeader(rfc822, 0, rfc822.size(), &bodyStart, &walker.problems);
        walker.walk({0, rfc822.size()}, 0, QByteArray(), QByteArray(), &header, bodyStart);
        return walker.found ? walker.located : QByteArray();
    } catch (...) {
        return {};
    }
}

QString decodeHeaderText(const QByteArray &raw)
{
    bool plain = !raw.contains("=?");
    bool folded = false;
    for (const char c : raw) {
        const auto b = static_cast<unsigned char>(c);
        if (b >= 0x80 || b == 0) {
            plain = false;
            break;
        }
        if (c == '\r' || c == '\n')
            folded = true;
    }
    if (plain) {
        if (!folded)
            return cleanText(QString::fromLatin1(raw));
        QByteArray unfolded = raw;
        unfolded.replace("\r\n", "").replace('\n', "").replace('\r', "");
        return cleanText(QString::fromLatin1(unfolded));
    }
    QByteArray value = raw;
    value.replace('\0', ' ');
    return decodeHeaderValue(value);
}

} // namespace postier::protocols
