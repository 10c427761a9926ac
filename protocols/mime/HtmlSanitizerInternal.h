#pragma once

// Internal to HtmlSanitizer: what its files share (HtmlSanitizer.cpp: element policy, tokenizer and
// writer; HtmlSanitizerEntities.cpp: character references and escaping; HtmlSanitizerPolicy.cpp:
// URLs and attributes; HtmlSanitizerCss.cpp: style attributes and <style> blocks). Not part of any
// public interface.

#include "protocols/mime/HtmlSanitizer.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <QStringView>

#include <initializer_list>
#include <string_view>
#include <unordered_set>

namespace postier::protocols::htmldetail {

constexpr int MaxOpenElements = 200;
constexpr qsizetype MaxPlainAttributeLength = 4096;
constexpr qsizetype MaxLinkLength = 8192;
constexpr qsizetype MaxDataImageLength = 8 * 1024 * 1024;
constexpr int MaxImageDimension = 4096;
constexpr int MaxAttributesPerTag = 128;

inline bool isSpace(QChar c)
{
    return c == u' ' || c == u'\t' || c == u'\n' || c == u'\r' || c == u'\f';
}

inline bool isAsciiAlpha(QChar c)
{
    return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z');
}

inline bool isAsciiAlnum(QChar c)
{
    return isAsciiAlpha(c) || (c >= u'0' && c <= u'9');
}

using NameSet = std::unordered_set<std::u16string_view>;

inline std::u16string_view key(QStringView v)
{
    return std::u16string_view(v.utf16(), size_t(v.size()));
}

inline bool has(const NameSet &set, QStringView name)
{
    return set.contains(key(name));
}

inline bool isIn(QStringView name, std::initializer_list<const char16_t *> names)
{
    for (const char16_t *n : names) {
        if (name == QStringView(n))
            return true;
    }
    return false;
}

// Character references decoded as an HTML parser does (HtmlSanitizerEntities.cpp).
QString decodeEntities(QStringView in, bool inAttribute);

// Appends `text` with &, <, > (and " in attributes) escaped and NUL replaced.
void appendEscaped(QString &out, QStringView text, bool attribute);

// ---------------------------------------------------------------------------------------------
// URLs.

enum class UrlKind { Remote, Mailto, Cid, DataImage, Fragment, Rejected };

struct CheckedUrl {
    UrlKind kind = UrlKind::Rejected;
    QString url; // normalised: what was checked is what is written
};


// Classifies and normalises a URL taken from an attribute or a CSS url().
CheckedUrl checkUrl(const QString &value);

// ---------------------------------------------------------------------------------------------
// Tokens.

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

// ---------------------------------------------------------------------------------------------
// The attribute, URL and CSS policy of one sanitize() run. It collects the remote resources it
// meets, in document order; unless remote content is allowed they are blocked.

class ContentPolicy
{
public:
    explicit ContentPolicy(const HtmlSanitizer::Options &options)
        : m_options(options)
    {
    }

    // Writes the allowed attributes of `tag` to *out (" name=\"value\"..."). Returns false when
    // the element must not be written at all (an image with nothing we may show).
    bool attributes(const Tag &tag, QString *out);

    // The allowed rules of a <style> block.
    QString styleSheet(QStringView css);

    [[nodiscard]] const QStringList &remoteUrls() const { return m_remoteUrls; }

private:
    QString remote(const QString &url);
    QString imageSource(const QString &value);
    QString backgroundSource(const QString &value);
    QString cssValue(const QString &value);
    QString declarations(QStringView css);

    const HtmlSanitizer::Options &m_options;
    QStringList m_remoteUrls;
};

} // namespace postier::protocols::htmldetail
