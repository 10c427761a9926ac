#include "protocols/mime/MessageParserInternal.h"

#include <vmime/vmime.hpp>
#include <vmime/utility/encoder/encoderFactory.hpp>
#include <vmime/utility/inputStreamByteBufferAdapter.hpp>

#include <QMimeDatabase>

#include <algorithm>

namespace postier::protocols::mimedetail {

// ---------------------------------------------------------------------------------------------
// vmime streams over Qt buffers, so decoding neither copies the input nor goes through std::string.

namespace {

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

} // namespace

bool isIdentityEncoding(const QByteArray &encoding)
{
    return encoding.isEmpty() || encoding == "7bit" || encoding == "8bit" || encoding == "binary";
}

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

namespace {

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

} // namespace

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

} // namespace postier::protocols::mimedetail
