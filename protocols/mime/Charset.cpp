#include "protocols/mime/Charset.h"

#include "protocols/VmimePlatform.h"

#include <vmime/vmime.hpp>

#include <QStringDecoder>

namespace postier::protocols {

namespace {

// windows-1252 0x80..0x9F; the five undefined bytes map to the C1 controls, as in WHATWG.
constexpr char16_t Windows1252High[32] = {
    0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
    0x2039, 0x0152, 0x008D, 0x017D, 0x008F, 0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
    0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178,
};

QString decodeWindows1252(QByteArrayView bytes)
{
    QString out(bytes.size(), Qt::Uninitialized);
    QChar *dst = out.data();
    for (const char c : bytes) {
        const auto b = static_cast<unsigned char>(c);
        *dst++ = (b >= 0x80 && b < 0xA0) ? QChar(Windows1252High[b - 0x80]) : QChar(char16_t(b));
    }
    return out;
}

bool isAscii(QByteArrayView bytes)
{
    for (const char c : bytes) {
        if (static_cast<unsigned char>(c) >= 0x80)
            return false;
    }
    return true;
}

QByteArray normalizedName(QByteArrayView charset)
{
    QByteArray name = charset.trimmed().toByteArray().toLower();
    if (name.size() >= 2 && (name.startsWith('"') || name.startsWith('\''))
        && name.back() == name.front())
        name = name.mid(1, name.size() - 2).trimmed();
    return name;
}

// Charsets whose bytes are all ASCII yet do not mean ASCII: escape sequences or UTF-16 units.
bool isSevenBitStateful(const QByteArray &name)
{
    return name.startsWith("iso-2022") || name.startsWith("csiso2022") || name == "utf-7"
        || name.startsWith("hz") || name.startsWith("utf-16") || name.startsWith("utf-32")
        || name.startsWith("ucs-") || name == "unicode";
}

bool isUtf8Name(const QByteArray &name)
{
    return name == "utf-8" || name == "utf8";
}

bool meansUnknown(const QByteArray &name)
{
    return name.isEmpty() || name == "us-ascii" || name == "ascii" || name == "ansi_x3.4-1968"
        || name == "unknown-8bit" || name == "x-unknown" || name == "unknown" || name == "default"
        || name == "x-user-defined";
}

bool isWindows1252Name(const QByteArray &name)
{
    return name == "iso-8859-1" || name == "iso8859-1" || name == "iso_8859-1" || name == "latin1"
        || name == "l1" || name == "windows-1252" || name == "cp1252" || name == "x-cp1252"
        || name == "iso-8859-1:1987" || name == "iso_8859-1:1987";
}

} // namespace

QString decodeUtf8OrWindows1252(QByteArrayView bytes)
{
    QStringDecoder utf8(QStringConverter::Utf8, QStringConverter::Flag::Stateless);
    QString text = utf8.decode(bytes);
    if (!utf8.hasError())
        return text;
    return decodeWindows1252(bytes);
}

QString decodeCharset(QByteArrayView bytes, QByteArrayView charset, bool *known)
{
    if (known)
        *known = true;
    if (bytes.isEmpty())
        return {};
    const QByteArray name = normalizedName(charset);
    if (isUtf8Name(name))
        return QString::fromUtf8(bytes);
    if (meansUnknown(name))
        return decodeUtf8OrWindows1252(bytes);
    if (!isSevenBitStateful(name) && isAscii(bytes))
        return QString::fromLatin1(bytes);
    if (isWindows1252Name(name))
        return decodeWindows1252(bytes);

    try {
        ensureVmimePlatform();
        vmime::charsetConverterOptions options;
        options.silentlyReplaceInvalidSequences = true;
        options.invalidSequence = "\xEF\xBF\xBD"; // U+FFFD
        const auto converter = vmime::charsetConverter::create(
            vmime::charset(name.toStdString()), vmime::charset(vmime::charsets::UTF_8), options);
        const std::string in(bytes.data(), size_t(bytes.size()));
        std::string out;
        converter->convert(in, out);
        return QString::fromUtf8(out.data(), qsizetype(out.size()));
    } catch (...) {
        // ICU does not know the name (vmime throws charset_conv_error): fall through.
    }
    if (known)
        *known = false;
    return decodeUtf8OrWindows1252(bytes);
}

} // namespace postier::protocols
