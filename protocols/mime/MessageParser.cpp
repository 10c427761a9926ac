#include "protocols/mime/MessageParser.h"

#include "protocols/mime/Charset.h"
#include "protocols/mime/MessageParserInternal.h"
#include "protocols/VmimePlatform.h"

#include <QByteArrayMatcher>
#include <QUrl>

#include <algorithm>
#include <cstring>

namespace postier::protocols {

namespace {

using namespace mimedetail;

constexpr int MaxDepth = 24; // nested multiparts
constexpr int MaxParts = 1000; // leaves and multiparts together
constexpr qsizetype MaxInlinePartBytes = 32 * 1024 * 1024;

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

} // namespace postier::protocols
