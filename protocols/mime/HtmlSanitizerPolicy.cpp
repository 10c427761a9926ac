#include "protocols/mime/HtmlSanitizerInternal.h"

#include <QUrl>

namespace postier::protocols::htmldetail {

// ---------------------------------------------------------------------------------------------
// URLs.

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
// Attribute policy.

namespace {

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

} // namespace

bool ContentPolicy::attributes(const Tag &tag, QString *out)
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

QString ContentPolicy::remote(const QString &url)
{
    if (!m_remoteUrls.contains(url))
        m_remoteUrls << url;
    if (m_options.allowRemoteContent)
        return url;
    return HtmlSanitizer::blockedScheme() + QLatin1Char(':')
        + QString::number(m_remoteUrls.indexOf(url) + 1);
}

QString ContentPolicy::imageSource(const QString &value)
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

QString ContentPolicy::backgroundSource(const QString &value)
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

} // namespace postier::protocols::htmldetail
