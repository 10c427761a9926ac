#include "protocols/mime/HtmlSanitizerInternal.h"

#include <unordered_map>

namespace postier::protocols::htmldetail {

namespace {

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

} // namespace

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

} // namespace postier::protocols::htmldetail
