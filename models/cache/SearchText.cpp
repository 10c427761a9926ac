#include "models/cache/SearchText.h"

#include <QStringDecoder>
#include <QUtf8StringView>

#include <algorithm>

namespace postier::models {

namespace {

constexpr int MaxTerms = 16;

QString decodeBytes(const QByteArray &bytes, const QByteArray &charset)
{
    if (!charset.isEmpty()) {
        if (const auto encoding = QStringConverter::encodingForName(charset.constData())) {
            // Stateless: a truncated sequence at the end is an error, not input kept for later.
            QStringDecoder decoder(*encoding, QStringConverter::Flag::Stateless);
            QString text = decoder.decode(bytes);
            if (!decoder.hasError())
                return text;
        }
    }
    QStringDecoder utf8(QStringConverter::Utf8, QStringConverter::Flag::Stateless);
    QString text = utf8.decode(bytes);
    if (!utf8.hasError())
        return text;
    return QString::fromLatin1(bytes);
}

bool isSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\r' || c == '\n';
}

int hexValue(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    return -1;
}

QByteArray decodeQ(QByteArrayView text)
{
    QByteArray out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (c == '_') {
            out += ' ';
        } else if (c == '=' && i + 2 < text.size() && hexValue(text[i + 1]) >= 0
                   && hexValue(text[i + 2]) >= 0) {
            out += char(hexValue(text[i + 1]) * 16 + hexValue(text[i + 2]));
            i += 2;
        } else {
            out += c;
        }
    }
    return out;
}

struct EncodedWord {
    QByteArray charset;
    QByteArray bytes;
    qsizetype end = 0;
};

// =?charset[*language]?B|Q?text?= with no white space inside; anything else is ordinary text.
bool parseEncodedWord(const QByteArray &raw, qsizetype at, EncodedWord *word)
{
    if (at + 1 >= raw.size() || raw[at] != '=' || raw[at + 1] != '?')
        return false;
    const qsizetype charsetEnd = raw.indexOf('?', at + 2);
    if (charsetEnd < 0 || charsetEnd == at + 2 || charsetEnd + 2 >= raw.size()
        || raw[charsetEnd + 2] != '?')
        return false;
    const char encoding = raw[charsetEnd + 1];
    if (encoding != 'B' && encoding != 'b' && encoding != 'Q' && encoding != 'q')
        return false;
    const qsizetype textStart = charsetEnd + 3;
    const qsizetype textEnd = raw.indexOf("?=", textStart);
    if (textEnd < 0)
        return false;
    for (qsizetype i = at + 2; i < textEnd; ++i) {
        if (isSpace(raw[i]))
            return false;
    }
    QByteArray charset = raw.mid(at + 2, charsetEnd - at - 2);
    if (const qsizetype star = charset.indexOf('*'); star >= 0)
        charset.truncate(star);
    const QByteArrayView text(raw.constData() + textStart, textEnd - textStart);
    word->charset = charset.toLower();
    word->bytes = (encoding == 'B' || encoding == 'b') ? QByteArray::fromBase64(text.toByteArray())
                                                       : decodeQ(text);
    word->end = textEnd + 2;
    return true;
}

bool isTokenCharacter(char32_t codePoint)
{
    switch (QChar::category(codePoint)) {
    case QChar::Letter_Uppercase:
    case QChar::Letter_Lowercase:
    case QChar::Letter_Titlecase:
    case QChar::Letter_Modifier:
    case QChar::Letter_Other:
    case QChar::Number_DecimalDigit:
    case QChar::Number_Letter:
    case QChar::Number_Other:
    case QChar::Mark_NonSpacing:
    case QChar::Mark_SpacingCombining:
    case QChar::Mark_Enclosing:
    case QChar::Other_PrivateUse:
        return true;
    default:
        return false;
    }
}

} // namespace

QString decodedHeaderText(const QByteArray &raw)
{
    if (!raw.contains("=?"))
        return decodeBytes(raw, {});

    QString out;
    QByteArray pending;        // bytes of adjacent encoded words sharing one charset
    QByteArray pendingCharset;
    QByteArray plain;          // ordinary bytes since the last encoded word
    bool afterEncodedWord = false;
    const auto flushPending = [&] {
        if (!pending.isEmpty())
            out += decodeBytes(pending, pendingCharset);
        pending.clear();
    };
    const auto flushPlain = [&] {
        if (!plain.isEmpty())
            out += decodeBytes(plain, {});
        plain.clear();
    };

    qsizetype i = 0;
    while (i < raw.size()) {
        EncodedWord word;
        if (parseEncodedWord(raw, i, &word)) {
            // RFC 2047 §6.2: white space between two encoded words is not displayed.
            const bool onlySpace = std::all_of(plain.cbegin(), plain.cend(), isSpace);
            if (afterEncodedWord && onlySpace) {
                plain.clear();
            } else {
                flushPending();
                flushPlain();
            }
            if (word.charset != pendingCharset) {
                flushPending();
                pendingCharset = word.charset;
            }
            pending += word.bytes;
            afterEncodedWord = true;
            i = word.end;
        } else {
            plain += raw[i];
            ++i;
        }
    }
    flushPending();
    flushPlain();
    return out;
}

QByteArray searchableHeaderText(const QByteArray &raw)
{
    if (!raw.contains("=?") && QUtf8StringView(raw).isValidUtf8())
        return raw;
    return decodedHeaderText(raw).toUtf8();
}

QStringList searchTerms(const QString &userText)
{
    QStringList terms;
    QString current;
    const auto endTerm = [&] {
        if (!current.isEmpty() && terms.size() < MaxTerms)
            terms.append(current);
        current.clear();
    };
    for (qsizetype i = 0; i < userText.size(); ++i) {
        const QChar c = userText[i];
        if (c.isHighSurrogate() && i + 1 < userText.size() && userText[i + 1].isLowSurrogate()) {
            const QChar low = userText[i + 1];
            if (isTokenCharacter(QChar::surrogateToUcs4(c, low))) {
                current += c;
                current += low;
            } else {
                endTerm();
            }
            ++i;
        } else if (!c.isSurrogate() && isTokenCharacter(c.unicode())) {
            current += c;
        } else {
            endTerm();
        }
    }
    endTerm();
    return terms;
}

QString ftsMatchExpression(const QString &userText)
{
    QStringList phrases;
    // A term holds only letters, digits and marks, so wrapping it in double quotes cannot be
    // escaped from; the quotes also stop FTS5 from reading AND/OR/NOT/NEAR as operators.
    for (const QString &term : searchTerms(userText))
        phrases.append(QLatin1Char('"') + term + QStringLiteral("\"*"));
    return phrases.join(QLatin1Char(' '));
}

} // namespace postier::models
