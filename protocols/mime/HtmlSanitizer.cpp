#include "protocols/mime/HtmlSanitizer.h"

#include "protocols/mime/HtmlSanitizerInternal.h"

#include <QList>

namespace postier::protocols {

namespace {

using namespace htmldetail;

// ---------------------------------------------------------------------------------------------
// Element policy.

// Elements dropped together with everything inside them.
bool dropsContent(QStringView name)
{
    static const NameSet names {u"object",   u"applet",   u"svg",    u"math",   u"template",
                                u"audio",    u"video",    u"canvas", u"select", u"button",
                                u"datalist", u"frameset", u"portal", u"dialog", u"marquee"};
    return has(names, name);
}

// Elements dropped alone (void or irrelevant).
bool dropsAlone(QStringView name)
{
    static const NameSet names {
        u"meta",  u"link", u"base",  u"input", u"keygen",   u"param",   u"source",  u"track",
        u"embed", u"area", u"frame", u"image", u"basefont", u"bgsound", u"command", u"menuitem"};
    return has(names, name);
}

// Raw-text elements: their content is not markup.
bool isRawText(QStringView name)
{
    static const NameSet names {u"script",   u"style",    u"xmp",   u"iframe",   u"noembed",
                                u"noframes", u"textarea", u"title", u"plaintext"};
    return has(names, name);
}

bool isVoid(QStringView name)
{
    static const NameSet names {u"br", u"hr", u"img", u"col", u"wbr"};
    return has(names, name);
}

bool isAllowedElement(QStringView name)
{
    static const NameSet names {
        u"a",       u"abbr",   u"address", u"b",    u"big",   u"blockquote", u"br",
        u"caption", u"center", u"cite",    u"code", u"col",   u"colgroup",   u"dd",
        u"del",     u"dfn",    u"div",     u"dl",   u"dt",    u"em",         u"font",
        u"h1",      u"h2",     u"h3",      u"h4",   u"h5",    u"h6",         u"hr",
        u"i",       u"img",    u"ins",     u"kbd",  u"li",    u"nobr",       u"ol",
        u"p",       u"pre",    u"q",       u"s",    u"samp",  u"small",      u"span",
        u"strike",  u"strong", u"sub",     u"sup",  u"table", u"tbody",      u"td",
        u"tfoot",   u"th",     u"thead",   u"tr",   u"tt",    u"u",          u"ul",
        u"var",     u"wbr",    u"mark"};
    return has(names, name);
}

// HTML5 block elements QTextBrowser does not know: shown as <div> so lines still break.
bool isBlockAlias(QStringView name)
{
    static const NameSet names {u"section", u"article",  u"header", u"footer",     u"main",
                                u"nav",     u"aside",    u"figure", u"figcaption", u"details",
                                u"summary", u"fieldset", u"legend", u"hgroup",     u"menu",
                                u"dir",     u"listing"};
    return has(names, name);
}

bool isHeading(QStringView name)
{
    return name.size() == 2 && name[0] == u'h' && name[1] >= u'1' && name[1] <= u'6';
}

bool closesParagraph(QStringView name)
{
    static const NameSet names {u"p",        u"div",     u"table",      u"ul",     u"ol",
                                u"dl",       u"pre",     u"blockquote", u"hr",     u"address",
                                u"center",   u"section", u"article",    u"header", u"footer",
                                u"main",     u"nav",     u"aside",      u"figure", u"details",
                                u"fieldset", u"menu",    u"listing",    u"xmp",    u"plaintext"};
    return isHeading(name) || has(names, name);
}

// ---------------------------------------------------------------------------------------------
// The tokenizer.

// Reads a tag starting at s[i] == '<' (followed by a letter, or "/" and a letter). Returns
// false when the input ends inside the tag: HTML drops such a tag.
bool readTag(QStringView s, qsizetype &i, Tag *tag)
{
    const qsizetype n = s.size();
    qsizetype p = i + 1;
    if (p < n && s[p] == u'/') {
        tag->end = true;
        ++p;
    }
    const qsizetype nameStart = p;
    while (p < n && !isSpace(s[p]) && s[p] != u'/' && s[p] != u'>')
        ++p;
    tag->name = s.mid(nameStart, p - nameStart).toString().toLower();
    while (true) {
        while (p < n && (isSpace(s[p]) || s[p] == u'/')) {
            if (s[p] == u'/' && p + 1 < n && s[p + 1] == u'>')
                tag->selfClosing = true;
            ++p;
        }
        if (p >= n) {
            i = n;
            return false;
        }
        if (s[p] == u'>') {
            i = p + 1;
            return true;
        }
        const qsizetype nameBegin = p++;
        while (p < n && !isSpace(s[p]) && s[p] != u'/' && s[p] != u'>' && s[p] != u'=')
            ++p;
        Attribute a;
        a.name = s.mid(nameBegin, p - nameBegin).toString().toLower();
        qsizetype q = p;
        while (q < n && isSpace(s[q]))
            ++q;
        if (q < n && s[q] == u'=') {
            p = q + 1;
            while (p < n && isSpace(s[p]))
                ++p;
            if (p >= n) {
                i = n;
                return false;
            }
            const QChar quote = s[p];
            if (quote == u'"' || quote == u'\'') {
                const qsizetype close = s.indexOf(quote, p + 1);
                if (close < 0) {
                    i = n;
                    return false;
                }
                a.value = decodeEntities(s.mid(p + 1, close - p - 1), true);
                p = close + 1;
            } else {
                const qsizetype valueStart = p;
                while (p < n && !isSpace(s[p]) && s[p] != u'>')
                    ++p;
                a.value = decodeEntities(s.mid(valueStart, p - valueStart), true);
            }
        }
        if (tag->attributes.size() < MaxAttributesPerTag && !tag->attribute(a.name))
            tag->attributes << a; // the first of duplicate attributes wins, as in HTML
    }
}

// Where the raw text of <name> ends: at "</name" followed by white space, '/' or '>'.
qsizetype rawTextEnd(QStringView s, qsizetype from, QStringView name)
{
    qsizetype p = from;
    while (true) {
        p = s.indexOf(u"</", p);
        if (p < 0)
            return s.size();
        const qsizetype after = p + 2 + name.size();
        if (after <= s.size() && s.mid(p + 2, name.size()).compare(name, Qt::CaseInsensitive) == 0
            && (after == s.size() || isSpace(s[after]) || s[after] == u'/' || s[after] == u'>'))
            return p;
        p += 2;
    }
}

// ---------------------------------------------------------------------------------------------
// The writer.

class Sanitizer
{
public:
    Sanitizer(const HtmlSanitizer::Options &options)
        : m_options(options)
    {
    }

    HtmlSanitizer::Result run(QStringView s)
    {
        m_out.reserve(s.size() + s.size() / 8);
        const qsizetype n = s.size();
        qsizetype i = 0;
        while (i < n) {
            const qsizetype lt = s.indexOf(u'<', i);
            const qsizetype textEnd = lt < 0 ? n : lt;
            if (textEnd > i)
                text(s.mid(i, textEnd - i));
            if (lt < 0)
                break;
            i = lt;
            const QStringView rest = s.mid(i);
            if (rest.startsWith(u"<!--")) {
                // "<!-->" and "<!--->" are complete (empty) comments in HTML.
                if (rest.startsWith(u"<!-->")) {
                    i += 5;
                } else if (rest.startsWith(u"<!--->")) {
                    i += 6;
                } else {
                    const qsizetype close = s.indexOf(u"-->", i + 4);
                    const qsizetype bang = s.indexOf(u"--!>", i + 4);
                    qsizetype end = n;
                    if (close >= 0)
                        end = close + 3;
                    if (bang >= 0 && bang + 4 < end)
                        end = bang + 4;
                    i = end;
                }
                continue;
            }
            if (rest.size() >= 2 && (rest[1] == u'!' || rest[1] == u'?')) {
                // DOCTYPE, <![CDATA[...]]> outside foreign content, processing instructions:
                // bogus comments, up to the first '>'.
                const qsizetype close = s.indexOf(u'>', i + 2);
                i = close < 0 ? n : close + 1;
                continue;
            }
            if (rest.size() >= 3 && rest[1] == u'/' && isAsciiAlpha(rest[2])) {
                Tag tag;
                if (!readTag(s, i, &tag))
                    break;
                endTag(tag.name);
                continue;
            }
            if (rest.size() >= 2 && rest[1] == u'/') {
                // "</>" is ignored; "</ anything>" is a bogus comment.
                const qsizetype close = s.indexOf(u'>', i + 2);
                i = close < 0 ? n : close + 1;
                continue;
            }
            if (rest.size() >= 2 && isAsciiAlpha(rest[1])) {
                Tag tag;
                if (!readTag(s, i, &tag))
                    break;
                if (isRawText(tag.name)) {
                    const qsizetype end = tag.name == u"plaintext" ? n : rawTextEnd(s, i, tag.name);
                    rawText(tag, s.mid(i, end - i));
                    i = end;
                    continue;
                }
                startTag(tag);
                continue;
            }
            text(u"<");
            ++i;
        }
        while (!m_stack.isEmpty())
            pop();
        m_result.html = m_out;
        m_result.remoteUrls = m_policy.remoteUrls();
        m_result.blockedRemoteCount
            = m_options.allowRemoteContent ? 0 : int(m_result.remoteUrls.size());
        return m_result;
    }

private:
    struct Open {
        QString name; // as in the source
        QString emitted; // what was written ("div" for <section>); empty: nothing was written
    };

    void text(QStringView raw)
    {
        if (m_skipDepth > 0)
            return;
        appendEscaped(m_out, decodeEntities(raw, false), false);
    }

    void rawText(const Tag &tag, QStringView content)
    {
        if (m_skipDepth > 0)
            return;
        if (tag.name == u"style") {
            const QString css = m_policy.styleSheet(content);
            if (!css.trimmed().isEmpty()) {
                m_out += QLatin1String("<style type=\"text/css\">\n");
                m_out += css;
                m_out += QLatin1String("</style>");
            }
        } else if (tag.name == u"xmp" || tag.name == u"plaintext") {
            closeParagraph();
            m_out += QLatin1String("<pre>");
            appendEscaped(m_out, content, false);
            m_out += QLatin1String("</pre>");
        }
        // script, iframe, noembed, noframes, textarea, title: dropped with their content.
    }

    void startTag(const Tag &tag)
    {
        const QString &name = tag.name;
        if (m_skipDepth > 0) {
            if (name == m_skipName && !tag.selfClosing)
                ++m_skipDepth;
            return;
        }
        if (dropsAlone(name) || name == u"html" || name == u"head")
            return;
        if (dropsContent(name)) {
            if (!tag.selfClosing) {
                m_skipName = name;
                m_skipDepth = 1;
            }
            return;
        }
        if (name == u"body") {
            if (m_bodyOpen)
                return;
            m_bodyOpen = true;
            QString attrs;
            m_policy.attributes(tag, &attrs);
            m_out += QLatin1String("<body") + attrs + QLatin1Char('>');
            push(name, QStringLiteral("body"));
            return;
        }

        QString emitted;
        if (m_options.flattenTables && isTablePart(name))
            emitted = flattened(name);
        else if (isAllowedElement(name))
            emitted = name;
        else if (isBlockAlias(name))
            emitted = QStringLiteral("div");

        impliedEnds(isBlockAlias(name) ? QStringView(emitted) : QStringView(name));

        if (emitted.isEmpty()) {
            // Unknown or unwrapped (form, label, noscript, font-like custom tags): content stays.
            if (!tag.selfClosing && !isVoid(name))
                push(name, QString());
            return;
        }

        QString attrs;
        if (!m_policy.attributes(tag, &attrs))
            return; // an <img> without a source we may show
        if (emitted == u"a" && !attrs.contains(QLatin1String(" href="))
            && !attrs.contains(QLatin1String(" name="))) {
            push(name, QString()); // no link left (or it was refused): plain text
            return;
        }
        if (isVoid(emitted)) {
            m_out += QLatin1Char('<') + emitted + attrs + QLatin1Char('>');
            return;
        }
        if (m_stack.size() >= MaxOpenElements)
            return;
        m_out += QLatin1Char('<') + emitted + attrs + QLatin1Char('>');
        push(name, emitted);
    }

    void endTag(const QString &name)
    {
        if (m_skipDepth > 0) {
            if (name == m_skipName)
                --m_skipDepth;
            return;
        }
        if (isIn(name, {u"body", u"html", u"head"}))
            return;
        if (name == u"br") { // "</br>" is a <br> in every browser
            m_out += QLatin1String("<br>");
            return;
        }
        const bool tablePart
            = isIn(name, {u"table", u"tbody", u"thead", u"tfoot", u"tr", u"td", u"th", u"caption"});
        for (qsizetype k = m_stack.size() - 1; k >= 0; --k) {
            const QString &open = m_stack[k].name;
            if (open == name) {
                while (m_stack.size() > k)
                    pop();
                return;
            }
            // An end tag does not reach out of a table cell or table it is not part of.
            if (name != u"table" && isIn(open, {u"table", u"body"}))
                return;
            if (!tablePart && isIn(open, {u"td", u"th", u"caption"}))
                return;
        }
    }

    // The end tags HTML implies when a start tag arrives, for the cases that change layout.
    void impliedEnds(QStringView name)
    {
        if (closesParagraph(name))
            closeParagraph();
        if (name == u"li")
            closeUpTo({u"li"}, {u"ul", u"ol", u"td", u"th", u"table"});
        else if (name == u"dt" || name == u"dd")
            closeUpTo({u"dt", u"dd"}, {u"dl", u"td", u"th", u"table"});
        else if (name == u"tr")
            closeUpTo({u"tr"}, {u"table"});
        else if (name == u"td" || name == u"th")
            closeUpTo({u"td", u"th"}, {u"tr", u"table"});
        else if (name == u"tbody" || name == u"thead" || name == u"tfoot")
            closeUpTo({u"tbody", u"thead", u"tfoot"}, {u"table"});
        else if (name == u"a")
            closeUpTo({u"a"}, {u"td", u"th", u"table"});
        else if (name == u"p")
            closeUpTo({u"p"}, {u"td", u"th", u"table", u"caption", u"body"});
        if (isHeading(name) && !m_stack.isEmpty() && isHeading(m_stack.last().name))
            pop();
    }

    void closeParagraph() { closeUpTo({u"p"}, {u"td", u"th", u"table", u"caption", u"body"}); }

    void closeUpTo(std::initializer_list<const char16_t *> targets,
                   std::initializer_list<const char16_t *> barriers)
    {
        for (qsizetype k = m_stack.size() - 1; k >= 0; --k) {
            const QString &open = m_stack[k].name;
            if (isIn(open, targets)) {
                while (m_stack.size() > k)
                    pop();
                return;
            }
            if (isIn(open, barriers))
                return;
        }
    }

    void push(const QString &name, const QString &emitted)
    {
        if (m_stack.size() < MaxOpenElements)
            m_stack.append({name, emitted});
    }

    void pop()
    {
        const Open open = m_stack.takeLast();
        if (!open.emitted.isEmpty())
            m_out += QLatin1String("</") + open.emitted + QLatin1Char('>');
        if (m_options.flattenTables && (open.name == u"td" || open.name == u"th"))
            m_out += QLatin1Char(' '); // cells of a flattened row stay apart
    }

    static bool isTablePart(QStringView name)
    {
        return isIn(name,
                    {u"table", u"tbody", u"thead", u"tfoot", u"tr", u"td", u"th", u"caption",
                     u"colgroup", u"col"});
    }

    // Rows become lines and cells runs of text: Qt lays tables out eagerly and slowly (seconds
    // for a few MB), blocks lazily.
    static QString flattened(QStringView name)
    {
        if (name == u"tr" || name == u"caption")
            return QStringLiteral("div");
        if (name == u"td" || name == u"th")
            return QStringLiteral("span");
        return {};
    }

    const HtmlSanitizer::Options &m_options;
    ContentPolicy m_policy {m_options};
    HtmlSanitizer::Result m_result;
    QString m_out;
    QList<Open> m_stack;
    QString m_skipName;
    int m_skipDepth = 0;
    bool m_bodyOpen = false;
};

} // namespace

HtmlSanitizer::Result HtmlSanitizer::sanitize(QStringView html, const Options &options)
{
    Sanitizer sanitizer(options);
    return sanitizer.run(html);
}

} // namespace postier::protocols
