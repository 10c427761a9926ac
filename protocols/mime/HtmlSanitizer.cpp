#include "protocols/mime/HtmlSanitizer.h"

#include <QList>
#include <QSet>
#include <QUrl>

#include <algorithm>
#include <string_view>
#include <unordered_map>
#include <unordered_set>

namespace postier::protocols {

namespace {

constexpr int MaxOpenElements = 200;
constexpr qsizetype MaxPlainAttributeLength = 4096;
constexpr qsizetype MaxLinkLength = 8192;
constexpr qsizetype MaxDataImageLength = 8 * 1024 * 1024;
constexpr int MaxImageDimension = 4096;
constexpr int MaxAttributesPerTag = 128;

bool isSpace(QChar c)
{
    return c == u' ' || c == u'\t' || c == u'\n' || c == u'\r' || c == u'\f';
}

bool isAsciiAlpha(QChar c)
{
    return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z');
}

bool isAsciiAlnum(QChar c)
{
    return isAsciiAlpha(c) || (c >= u'0' && c <= u'9');
}

using NameSet = std::unordered_set<std::u16string_view>;

std::u16string_view key(QStringView v)
{
    return std::u16string_view(v.utf16(), size_t(v.size()));
}

bool has(const NameSet &set, QStringView name)
{
    return set.contains(key(name));
}

bool isIn(QStringView name, std::initializer_list<const char16_t *> names)
{
    for (const char16_t *n : names) {
        if (name == QStringView(n))
            return true;
    }
    return false;
}

// ---------------------------------------------------------------------------------------------
// Character references.

struct NamedEntity {
    const char16_t *name;
    char16_t value;
};

// Latin-1 160..255, in order.
constexpr const char16_t *Latin1Names[96] = {
    u"nbsp",   u"iexcl",  u"cent",   u"pound",  u"curren", u"yen",    u"brvbar", u"sect",
    u"uml",    u"copy",   u"ordf",   u"laquo",  u"not",    u"shy",    u"reg",    u"macr",
    u"deg",    u"plusmn", u"sup2",   u"sup3",   u"acute",  u"micro",  u"para",   u"middot",
    u"cedil",  u"sup1",   u"ordm",   u"raquo",  u"frac14", u"frac12", u"frac34", u"iquest",
    u"Agrave", u"Aacute", u"Acirc",  u"Atilde", u"Auml",   u"Aring",  u"AElig",  u"Ccedil",
    u"Egrave", u"Eacute", u"Ecirc",  u"Euml",   u"Igrave", u"Iacute", u"Icirc",  u"Iuml",
    u"ETH",    u"Ntilde", u"Ograve", u"Oacute", u"Ocirc",  u"Otilde", u"Ouml",   u"times",
    u"Oslash", u"Ugrave", u"Uacute", u"Ucirc",  u"Uuml",   u"Yacute", u"THORN",  u"szlig",
    u"agrave", u"aacute", u"acirc",  u"atilde", u"auml",   u"aring",  u"aelig",  u"ccedil",
    u"egrave", u"eacute", u"ecirc",  u"euml",   u"igrave", u"iacute", u"icirc",  u"iuml",
    u"eth",    u"ntilde", u"ograve", u"oacute", u"ocirc",  u"otilde", u"ouml",   u"divide",
    u"oslash", u"ugrave", u"uacute", u"ucirc",  u"uuml",   u"yacute", u"thorn",  u"yuml",
};

// ASCII punctuation (the names used to disguise "javascript:") and common typography.
constexpr NamedEntity OtherEntities[] = {
    {u"amp", u'&'},      {u"lt", u'<'},       {u"gt", u'>'},       {u"quot", u'"'},
    {u"apos", u'\''},    {u"Tab", u'\t'},     {u"NewLine", u'\n'}, {u"excl", u'!'},
    {u"num", u'#'},      {u"dollar", u'$'},   {u"percnt", u'%'},   {u"lpar", u'('},
    {u"rpar", u')'},     {u"ast", u'*'},      {u"plus", u'+'},     {u"comma", u','},
    {u"period", u'.'},   {u"sol", u'/'},      {u"colon", u':'},    {u"semi", u';'},
    {u"equals", u'='},   {u"quest", u'?'},    {u"commat", u'@'},   {u"lsqb", u'['},
    {u"lbrack", u'['},   {u"bsol", u'\\'},    {u"rsqb", u']'},     {u"rbrack", u']'},
    {u"Hat", u'^'},      {u"lowbar", u'_'},   {u"grave", u'`'},    {u"lcub", u'{'},
    {u"lbrace", u'{'},   {u"verbar", u'|'},   {u"vert", u'|'},     {u"rcub", u'}'},
    {u"rbrace", u'}'},   {u"OElig", 0x152},   {u"oelig", 0x153},   {u"Scaron", 0x160},
    {u"scaron", 0x161},  {u"Yuml", 0x178},    {u"fnof", 0x192},    {u"circ", 0x2C6},
    {u"tilde", 0x2DC},   {u"ensp", 0x2002},   {u"emsp", 0x2003},   {u"thinsp", 0x2009},
    {u"zwnj", 0x200C},   {u"zwj", 0x200D},    {u"lrm", 0x200E},    {u"rlm", 0x200F},
    {u"ndash", 0x2013},  {u"mdash", 0x2014},  {u"lsquo", 0x2018},  {u"rsquo", 0x2019},
    {u"sbquo", 0x201A},  {u"ldquo", 0x201C},  {u"rdquo", 0x201D},  {u"bdquo", 0x201E},
    {u"dagger", 0x2020}, {u"Dagger", 0x2021}, {u"bull", 0x2022},   {u"hellip", 0x2026},
    {u"permil", 0x2030}, {u"prime", 0x2032},  {u"Prime", 0x2033},  {u"lsaquo", 0x2039},
    {u"rsaquo", 0x203A}, {u"oline", 0x203E},  {u"frasl", 0x2044},  {u"euro", 0x20AC},
    {u"trade", 0x2122},  {u"larr", 0x2190},   {u"uarr", 0x2191},   {u"rarr", 0x2192},
    {u"darr", 0x2193},   {u"harr", 0x2194},   {u"lArr", 0x21D0},   {u"rArr", 0x21D2},
    {u"hArr", 0x21D4},   {u"minus", 0x2212},  {u"lowast", 0x2217}, {u"infin", 0x221E},
    {u"asymp", 0x2248},  {u"ne", 0x2260},     {u"le", 0x2264},     {u"ge", 0x2265},
    {u"loz", 0x25CA},    {u"spades", 0x2660}, {u"clubs", 0x2663},  {u"hearts", 0x2665},
    {u"diams", 0x2666},  {u"check", 0x2713},  {u"star", 0x2606},   {u"starf", 0x2605},
    {u"alpha", 0x3B1},   {u"beta", 0x3B2},    {u"gamma", 0x3B3},   {u"delta", 0x3B4},
    {u"pi", 0x3C0},      {u"mu", 0x3BC},      {u"sigma", 0x3C3},   {u"Omega", 0x3A9},
};

// Named references that HTML still decodes without the final ';'.
bool isLegacyEntity(QStringView name)
{
    return isIn(
        name,
        {u"amp", u"lt", u"gt", u"quot", u"nbsp", u"copy", u"reg", u"AMP", u"LT", u"GT", u"QUOT"});
}

int namedEntity(QStringView name)
{
    static const std::unordered_map<std::u16string_view, char16_t> table = [] {
        std::unordered_map<std::u16string_view, char16_t> t;
        for (int i = 0; i < 96; ++i)
            t.emplace(Latin1Names[i], char16_t(160 + i));
        for (const auto &e : OtherEntities)
            t.emplace(e.name, e.value);
        t.emplace(u"AMP", u'&');
        t.emplace(u"LT", u'<');
        t.emplace(u"GT", u'>');
        t.emplace(u"QUOT", u'"');
        return t;
    }();
    const auto it = table.find(key(name));
    return it == table.end() ? -1 : it->second;
}

constexpr char16_t Windows1252High[32] = {
    0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
    0x2039, 0x0152, 0x008D, 0x017D, 0x008F, 0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
    0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178,
};

void appendCodePoint(QString &out, char32_t cp)
{
    if (cp == 0 || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
        cp = 0xFFFD;
    else if (cp >= 0x80 && cp < 0xA0)
        cp = Windows1252High[cp - 0x80];
    if (cp < 0x20 && cp != u'\t' && cp != u'\n' && cp != u'\r' && cp != u'\f')
        cp = 0xFFFD;
    const char32_t one[1] = {cp};
    out += QString::fromUcs4(one, 1);
}

// Decodes character references the way an HTML parser does. In attribute values, a legacy
// reference without ';' followed by an alphanumeric or '=' stays as it is ("?a=1&copy=2").
QString decodeEntities(QStringView in, bool inAttribute)
{
    if (!in.contains(u'&'))
        return in.toString();
    QString out;
    out.reserve(in.size());
    const qsizetype n = in.size();
    qsizetype i = 0;
    while (i < n) {
        const QChar c = in[i];
        if (c != u'&') {
            out += c;
            ++i;
            continue;
        }
        qsizetype p = i + 1;
        if (p < n && in[p] == u'#') {
            ++p;
            bool hex = false;
            if (p < n && (in[p] == u'x' || in[p] == u'X')) {
                hex = true;
                ++p;
            }
            const qsizetype digitsStart = p;
            char32_t value = 0;
            bool overflow = false;
            while (p < n) {
                const QChar d = in[p];
                int v = -1;
                if (d >= u'0' && d <= u'9')
                    v = d.unicode() - u'0';
                else if (hex && d >= u'a' && d <= u'f')
                    v = d.unicode() - u'a' + 10;
                else if (hex && d >= u'A' && d <= u'F')
                    v = d.unicode() - u'A' + 10;
                if (v < 0)
                    break;
                if (!overflow) {
                    value = value * (hex ? 16 : 10) + char32_t(v);
                    if (value > 0x10FFFF)
                        overflow = true;
                }
                ++p;
            }
            if (p == digitsStart) { // "&#" with no digits: literal
                out += c;
                ++i;
                continue;
            }
            if (p < n && in[p] == u';')
                ++p;
            appendCodePoint(out, overflow ? 0xFFFD : value);
            i = p;
            continue;
        }
        while (p < n && p - i <= 32 && isAsciiAlnum(in[p]))
            ++p;
        const QStringView name = in.mid(i + 1, p - i - 1);
        const bool semicolon = p < n && in[p] == u';';
        const int value = name.isEmpty() ? -1 : namedEntity(name);
        if (value >= 0 && semicolon) {
            out += QChar(char16_t(value));
            i = p + 1;
            continue;
        }
        if (value >= 0 && isLegacyEntity(name)) {
            const bool blocked = inAttribute && p < n && (isAsciiAlnum(in[p]) || in[p] == u'=');
            if (!blocked) {
                out += QChar(char16_t(value));
                i = p;
                continue;
            }
        }
        out += c;
        ++i;
    }
    return out;
}

void appendEscaped(QString &out, QStringView text, bool attribute)
{
    for (const QChar c : text) {
        switch (c.unicode()) {
        case u'&':
            out += QLatin1String("&amp;");
            break;
        case u'<':
            out += QLatin1String("&lt;");
            break;
        case u'>':
            out += QLatin1String("&gt;");
            break;
        case u'"':
            if (attribute)
                out += QLatin1String("&quot;");
            else
                out += c;
            break;
        case 0:
            out += QChar::ReplacementCharacter;
            break;
        default:
            out += c;
        }
    }
}

// ---------------------------------------------------------------------------------------------
// URLs.

enum class UrlKind { Remote, Mailto, Cid, DataImage, Fragment, Rejected };

struct CheckedUrl {
    UrlKind kind = UrlKind::Rejected;
    QString url; // normalised: what was checked is what is written
};

// WHATWG URL parsing drops ASCII tab and newline anywhere and C0 controls and spaces at both
// ends; browsers and Qt differ in details, so every C0 control and DEL goes.
CheckedUrl checkUrl(const QString &value)
{
    CheckedUrl r;
    QString v;
    v.reserve(value.size());
    for (const QChar c : value) {
        if (c.unicode() >= 0x20 && c.unicode() != 0x7F)
            v += c;
    }
    v = v.trimmed();
    if (v.isEmpty())
        return r;
    if (v.startsWith(u'#')) {
        r.kind = UrlKind::Fragment;
        r.url = v;
        return r;
    }
    const qsizetype colon = v.indexOf(u':');
    if (colon <= 0)
        return r; // relative: nothing to resolve it against in a mail
    const QStringView scheme = QStringView(v).left(colon);
    if (!isAsciiAlpha(scheme.front()))
        return r;
    for (const QChar c : scheme) {
        if (!isAsciiAlnum(c) && c != u'+' && c != u'-' && c != u'.')
            return r;
    }
    const QString lower = scheme.toString().toLower();
    r.url = lower + v.mid(colon);
    if (lower == u"http" || lower == u"https") {
        const QUrl url(r.url, QUrl::StrictMode);
        if (url.isValid() && !url.host().isEmpty())
            r.kind = UrlKind::Remote;
    } else if (lower == u"mailto") {
        r.kind = UrlKind::Mailto;
    } else if (lower == u"cid") {
        if (v.size() > colon + 1)
            r.kind = UrlKind::Cid;
    } else if (lower == u"data") {
        const QString rest = v.mid(colon + 1).trimmed().toLower();
        for (const char16_t *type : {u"image/png", u"image/gif", u"image/jpeg", u"image/jpg",
                                     u"image/webp", u"image/bmp"}) {
            const QStringView t(type);
            if (rest.startsWith(t) && rest.size() > t.size()
                && (rest[t.size()] == u';' || rest[t.size()] == u',')) {
                r.kind = UrlKind::DataImage;
                break;
            }
        }
    }
    return r;
}

// ---------------------------------------------------------------------------------------------
// Element and attribute policy.

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

bool isNumericAttribute(QStringView name)
{
    static const NameSet names {u"width",   u"height",  u"border", u"cellpadding", u"cellspacing",
                                u"colspan", u"rowspan", u"size",   u"hspace",      u"vspace",
                                u"start",   u"value",   u"span"};
    return has(names, name);
}

bool isGlobalAttribute(QStringView name)
{
    static const NameSet names {
        u"align",   u"valign",  u"bgcolor", u"border", u"cellpadding", u"cellspacing", u"color",
        u"colspan", u"rowspan", u"dir",     u"face",   u"height",      u"width",       u"size",
        u"title",   u"alt",     u"class",   u"id",     u"lang",        u"nowrap",      u"span",
        u"summary", u"clear",   u"hspace",  u"vspace", u"start",       u"value",       u"type",
        u"name",    u"text",    u"link",    u"vlink",  u"alink"};
    return has(names, name);
}

// ---------------------------------------------------------------------------------------------
// The tokenizer.

struct Attribute {
    QString name;
    QString value;
};

struct Tag {
    QString name;
    QList<Attribute> attributes;
    bool end = false;
    bool selfClosing = false;

    [[nodiscard]] const Attribute *attribute(QStringView n) const
    {
        for (const auto &a : attributes) {
            if (a.name == n)
                return &a;
        }
        return nullptr;
    }
};

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
            const QString css = styleSheet(content);
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
            attributes(tag, &attrs);
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
        if (!attributes(tag, &attrs))
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

    // Writes the allowed attributes of `tag` to *out (" name=\"value\"..."). Returns false when
    // the element must not be written at all (an image with nothing we may show).
    bool attributes(const Tag &tag, QString *out)
    {
        const QString &element = tag.name;
        const bool isImage = element == u"img";
        bool imageHasSource = false;
        for (const Attribute &a : tag.attributes) {
            const QString &name = a.name;
            QString value = a.value;
            if (name == u"href") {
                if (element != u"a" || value.size() > MaxLinkLength)
                    continue;
                const CheckedUrl url = checkUrl(value);
                if (url.kind != UrlKind::Remote && url.kind != UrlKind::Mailto
                    && url.kind != UrlKind::Fragment)
                    continue;
                value = url.url;
            } else if (name == u"src") {
                if (!isImage)
                    continue;
                value = imageSource(value);
                if (value.isEmpty())
                    continue;
                imageHasSource = true;
            } else if (name == u"background") {
                if (!isIn(element, {u"body", u"table", u"td", u"th", u"tr"}))
                    continue;
                value = backgroundSource(value);
                if (value.isEmpty())
                    continue;
            } else if (name == u"style") {
                value = declarations(value);
                if (value.isEmpty())
                    continue;
            } else if (isGlobalAttribute(name)) {
                if (value.size() > MaxPlainAttributeLength)
                    continue;
                if (isNumericAttribute(name) && !numericValueOk(name, value, isImage))
                    continue;
                if (name == u"type" && !isIn(element, {u"ol", u"ul", u"li"}))
                    continue;
                if (name == u"dir" && !isIn(value.toLower(), {u"ltr", u"rtl", u"auto"}))
                    continue;
                value.remove(QChar(0));
            } else {
                continue; // on*, srcset, target, formaction, xmlns, data-*...
            }
            *out += QLatin1Char(' ') + name + QLatin1String("=\"");
            appendEscaped(*out, value, true);
            *out += QLatin1Char('"');
        }
        return !isImage || imageHasSource;
    }

    bool numericValueOk(QStringView name, const QString &value, bool isImage)
    {
        const QString v = value.trimmed();
        if (v.isEmpty() || v.size() > 12)
            return false;
        for (const QChar c : v) {
            if (!(c.isDigit() || c == u'%' || c == u'.' || c == u'*' || c == u'p' || c == u'x'))
                return false;
        }
        if ((name == u"width" || name == u"height") && !v.endsWith(u'%')) {
            bool ok = false;
            const double number = QStringView(v)
                                      .left(v.indexOf(u'p') < 0 ? v.size() : v.indexOf(u'p'))
                                      .toDouble(&ok);
            // A 1 x 100000 "spacer" would make the viewer allocate a huge image.
            if (!ok || number > (isImage ? MaxImageDimension : 20000))
                return false;
        }
        return true;
    }

    QString remote(const QString &url)
    {
        if (!m_result.remoteUrls.contains(url))
            m_result.remoteUrls << url;
        if (m_options.allowRemoteContent)
            return url;
        return HtmlSanitizer::blockedScheme() + QLatin1Char(':')
            + QString::number(m_result.remoteUrls.indexOf(url) + 1);
    }

    QString imageSource(const QString &value)
    {
        const CheckedUrl url = checkUrl(value);
        switch (url.kind) {
        case UrlKind::Cid:
            return url.url;
        case UrlKind::DataImage:
            return url.url.size() <= MaxDataImageLength ? url.url : QString();
        case UrlKind::Remote:
            return remote(url.url);
        default:
            return {};
        }
    }

    QString backgroundSource(const QString &value)
    {
        const CheckedUrl url = checkUrl(value);
        if (url.kind == UrlKind::Cid)
            return url.url;
        if (url.kind == UrlKind::DataImage && url.url.size() <= MaxDataImageLength)
            return url.url;
        if (url.kind == UrlKind::Remote) {
            const QString r = remote(url.url);
            return m_options.allowRemoteContent ? r : QString();
        }
        return {};
    }

    // --- CSS -----------------------------------------------------------------------------

    static QString withoutComments(QStringView css)
    {
        QString out;
        out.reserve(css.size());
        qsizetype i = 0;
        while (i < css.size()) {
            const qsizetype open = css.indexOf(u"/*", i);
            if (open < 0) {
                out += css.mid(i);
                break;
            }
            out += css.mid(i, open - i);
            out += QLatin1Char(' ');
            const qsizetype close = css.indexOf(u"*/", open + 2);
            if (close < 0)
                break;
            i = close + 2;
        }
        return out;
    }

    static bool isAllowedProperty(QStringView p)
    {
        if (p.startsWith(u"margin") || p.startsWith(u"padding") || p.startsWith(u"border"))
            return true;
        static const NameSet names {u"color",
                                    u"background",
                                    u"background-color",
                                    u"background-image",
                                    u"background-repeat",
                                    u"background-position",
                                    u"font",
                                    u"font-family",
                                    u"font-size",
                                    u"font-style",
                                    u"font-weight",
                                    u"font-variant",
                                    u"text-align",
                                    u"text-decoration",
                                    u"text-indent",
                                    u"text-transform",
                                    u"vertical-align",
                                    u"line-height",
                                    u"white-space",
                                    u"width",
                                    u"height",
                                    u"min-width",
                                    u"max-width",
                                    u"min-height",
                                    u"max-height",
                                    u"letter-spacing",
                                    u"word-spacing",
                                    u"direction",
                                    u"list-style",
                                    u"list-style-type",
                                    u"list-style-position",
                                    u"float",
                                    u"clear",
                                    u"display",
                                    u"page-break-before",
                                    u"page-break-after",
                                    u"table-layout",
                                    u"word-wrap",
                                    u"overflow-wrap",
                                    u"word-break"};
        return has(names, p);
    }

    // Checks one value; rewrites its url()s. Returns an empty string to drop the declaration.
    QString cssValue(const QString &value)
    {
        const QString lower = value.toLower();
        if (value.contains(u'\\') || value.contains(u'<') || value.contains(u'>')
            || value.contains(u'{') || value.contains(u'}') || value.contains(u'@'))
            return {};
        // Functions: only colours and url().
        for (qsizetype k = lower.indexOf(u'('); k >= 0; k = lower.indexOf(u'(', k + 1)) {
            qsizetype b = k;
            while (b > 0
                   && (isAsciiAlnum(lower[b - 1]) || lower[b - 1] == u'-' || lower[b - 1] == u'_'))
                --b;
            const QStringView function = QStringView(lower).mid(b, k - b);
            if (!isIn(function, {u"url", u"rgb", u"rgba", u"hsl", u"hsla"}))
                return {};
        }
        QString out;
        qsizetype i = 0;
        while (true) {
            const qsizetype u = lower.indexOf(u"url(", i);
            if (u < 0) {
                out += QStringView(value).mid(i);
                break;
            }
            out += QStringView(value).mid(i, u - i);
            const qsizetype close = value.indexOf(u')', u + 4);
            if (close < 0)
                return {};
            QString inner = value.mid(u + 4, close - u - 4).trimmed();
            if (inner.size() >= 2 && (inner.front() == u'"' || inner.front() == u'\'')
                && inner.back() == inner.front())
                inner = inner.mid(1, inner.size() - 2);
            if (inner.contains(u'"') || inner.contains(u'\'') || inner.contains(u'('))
                return {};
            const CheckedUrl url = checkUrl(inner);
            QString target;
            if (url.kind == UrlKind::Cid
                || (url.kind == UrlKind::DataImage && url.url.size() <= MaxDataImageLength))
                target = url.url;
            else if (url.kind == UrlKind::Remote) {
                const QString r = remote(url.url);
                if (!m_options.allowRemoteContent)
                    return {};
                target = r;
            } else {
                return {};
            }
            out += QLatin1String("url('") + target + QLatin1String("')");
            i = close + 1;
        }
        return out.trimmed();
    }

    QString declarations(QStringView css)
    {
        const QString text = withoutComments(css);
        QString out;
        // Split on ';' outside quotes and parentheses.
        QList<QStringView> parts;
        int depth = 0;
        QChar quote;
        qsizetype start = 0;
        for (qsizetype k = 0; k < text.size(); ++k) {
            const QChar c = text[k];
            if (!quote.isNull()) {
                if (c == quote)
                    quote = QChar();
            } else if (c == u'"' || c == u'\'') {
                quote = c;
            } else if (c == u'(') {
                ++depth;
            } else if (c == u')') {
                depth = std::max(0, depth - 1);
            } else if (c == u';' && depth == 0) {
                parts << QStringView(text).mid(start, k - start);
                start = k + 1;
            }
        }
        parts << QStringView(text).mid(start);
        for (const QStringView part : parts) {
            const qsizetype colon = part.indexOf(u':');
            if (colon <= 0)
                continue;
            const QString property = part.left(colon).trimmed().toString().toLower();
            bool valid = !property.isEmpty();
            for (const QChar c : property)
                valid = valid && ((c >= u'a' && c <= u'z') || c == u'-');
            if (!valid || !isAllowedProperty(property))
                continue;
            const QString value = cssValue(part.mid(colon + 1).trimmed().toString());
            if (value.isEmpty())
                continue;
            if (!out.isEmpty())
                out += QLatin1String("; ");
            out += property + QLatin1String(": ") + value;
        }
        return out;
    }

    static bool selectorOk(QStringView selector)
    {
        if (selector.trimmed().isEmpty())
            return false;
        for (const QChar c : selector) {
            if (!(isAsciiAlnum(c) || isSpace(c)
                  || QStringView(u".#,:_*>+~-[]=\"'|^$()").contains(c)))
                return false;
        }
        return true;
    }

    QString styleSheet(QStringView css)
    {
        const QString text = withoutComments(css);
        const qsizetype n = text.size();
        QString out;
        qsizetype i = 0;
        while (i < n) {
            while (i < n && (isSpace(text[i]) || text[i] == u';' || text[i] == u'}'))
                ++i;
            if (i >= n)
                break;
            const qsizetype brace = text.indexOf(u'{', i);
            if (text[i] == u'@') {
                // At-rules (@import, @media, @font-face...) go, with their block if any. A
                // remote @import still counts as a blocked resource.
                const qsizetype semi = text.indexOf(u';', i);
                const QString rule = text.mid(i, (semi < 0 ? n : semi) - i).toLower();
                if (rule.startsWith(QLatin1String("@import"))) {
                    const qsizetype q = rule.indexOf(u"http");
                    if (q >= 0) {
                        qsizetype stop = q;
                        while (stop < rule.size() && !isSpace(rule[stop])
                               && !QStringView(u"\"');").contains(rule[stop]))
                            ++stop;
                        const QString url = rule.mid(q, stop - q);
                        const CheckedUrl checked = checkUrl(url);
                        if (checked.kind == UrlKind::Remote && !m_options.allowRemoteContent)
                            remote(checked.url);
                    }
                }
                if (semi >= 0 && (brace < 0 || semi < brace)) {
                    i = semi + 1;
                } else if (brace >= 0) {
                    i = skipBlock(text, brace);
                } else {
                    break;
                }
                continue;
            }
            if (brace < 0)
                break;
            const qsizetype close = text.indexOf(u'}', brace + 1);
            const qsizetype nestedOpen = text.indexOf(u'{', brace + 1);
            if (nestedOpen >= 0 && (close < 0 || nestedOpen < close)) {
                i = skipBlock(text, brace);
                continue;
            }
            const qsizetype end = close < 0 ? n : close;
            const QStringView selector = QStringView(text).mid(i, brace - i).trimmed();
            const QString body = declarations(QStringView(text).mid(brace + 1, end - brace - 1));
            if (selectorOk(selector) && !body.isEmpty())
                out += selector.toString() + QLatin1String(" { ") + body + QLatin1String(" }\n");
            i = end + 1;
        }
        out.remove(u'<');
        return out;
    }

    static qsizetype skipBlock(const QString &text, qsizetype openBrace)
    {
        int depth = 0;
        for (qsizetype k = openBrace; k < text.size(); ++k) {
            if (text[k] == u'{')
                ++depth;
            else if (text[k] == u'}' && --depth == 0)
                return k + 1;
        }
        return text.size();
    }

    const HtmlSanitizer::Options &m_options;
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
