#include "protocols/mime/HtmlSanitizerInternal.h"

#include <algorithm>

namespace postier::protocols::htmldetail {

// ---------------------------------------------------------------------------------------------
// CSS: style attributes and <style> blocks.

namespace {

QString withoutComments(QStringView css)
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

bool isAllowedProperty(QStringView p)
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


bool selectorOk(QStringView selector)
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

qsizetype skipBlock(const QString &text, qsizetype openBrace)
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

} // namespace

// Checks one value; rewrites its url()s. Returns an empty string to drop the declaration.
QString ContentPolicy::cssValue(const QString &value)
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

QString ContentPolicy::declarations(QStringView css)
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

QString ContentPolicy::styleSheet(QStringView css)
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

} // namespace postier::protocols::htmldetail
