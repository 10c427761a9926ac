#include "protocols/mime/MessageParser.h"

#include "protocols/mime/Charset.h"
#include "protocols/mime/MessageParserInternal.h"
#include "protocols/VmimePlatform.h"

#include <vmime/vmime.hpp>
#include <vmime/contentDispositionField.hpp>
#include <vmime/contentTypeField.hpp>

#include <cstring>

namespace postier::protocols {

namespace mimedetail {

namespace {

constexpr int MaxHeaderFields = 1000; // kept fields per entity
constexpr qsizetype MaxFieldBytes = 64 * 1024; // per header field given to vmime

std::string toStd(QByteArrayView bytes)
{
    return std::string(bytes.data(), size_t(bytes.size()));
}

} // namespace

// ---------------------------------------------------------------------------------------------
// Header fields, cut by hand so that 8-bit bytes, NUL, missing blank lines and huge headers are
// under our control; each value is then given to vmime.

namespace {

bool isFieldNameChar(char c)
{
    return c > 32 && c < 127 && c != ':';
}

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

} // namespace

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

namespace {

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

} // namespace

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

QString stripAngles(QString id)
{
    id = id.trimmed();
    if (id.startsWith(QLatin1Char('<')))
        id.remove(0, 1);
    if (id.endsWith(QLatin1Char('>')))
        id.chop(1);
    return id.trimmed();
}

namespace {

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

QByteArray paramValue(const vmime::parameterizedHeaderField &field, const char *name)
{
    const auto p = field.findParameter(name);
    if (!p)
        return {};
    const std::string &v = p->getValue().getBuffer();
    return QByteArray(v.data(), qsizetype(v.size()));
}

} // namespace

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

} // namespace mimedetail

using namespace mimedetail;

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
