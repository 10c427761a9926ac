#include "models/migration/MessageKey.h"

#include <QCryptographicHash>
#include <QList>
#include <algorithm>
#include <utility>

namespace postier::models::MessageKey {

namespace {

struct Field {
    QByteArray name;  // lower case
    QByteArray value; // unfolded, white space collapsed, trimmed
};

bool isWsp(char c)
{
    return c == ' ' || c == '\t';
}

bool isIdentityField(const QByteArray &lowerName)
{
    static const QByteArrayList names = {"message-id", "date", "from", "to", "subject"};
    return names.contains(lowerName);
}

// Splits a header section into fields. A line that starts with white space continues the
// previous field; a line without a colon is not a field and is skipped (with its continuations).
template<typename Visit>
void forEachField(const QByteArray &block, Visit visit)
{
    const char *p = block.constData();
    const char *end = p + block.size();
    while (p < end) {
        const char *lineEnd = static_cast<const char *>(memchr(p, '\n', size_t(end - p)));
        const char *next = lineEnd ? lineEnd + 1 : end;
        // The field runs on over continuation lines.
        while (next < end && isWsp(*next)) {
            const char *e = static_cast<const char *>(memchr(next, '\n', size_t(end - next)));
            next = e ? e + 1 : end;
        }
        const char *colon = static_cast<const char *>(memchr(p, ':', size_t(next - p)));
        if (p < next && (*p == '\r' || *p == '\n'))
            break; // the empty line that ends the header
        if (colon && !isWsp(*p)) {
            QByteArray name(p, colon - p);
            visit(name.trimmed(), p, colon + 1, next);
        }
        p = next;
    }
}

QByteArray normalisedValue(const char *begin, const char *end)
{
    QByteArray out;
    out.reserve(end - begin);
    bool space = false;
    for (const char *c = begin; c < end; ++c) {
        const char ch = *c;
        if (ch == ' ' || ch == '\t' || ch == '\r' || ch == '\n') {
            space = true;
            continue;
        }
        if (space && !out.isEmpty())
            out += ' ';
        space = false;
        out += ch;
    }
    return out;
}

} // namespace

QByteArrayList headerFields()
{
    return {"MESSAGE-ID", "DATE", "FROM", "TO", "SUBJECT"};
}

QByteArray selectFields(const QByteArray &headerBlock)
{
    QByteArray out;
    forEachField(headerBlock, [&](const QByteArray &name, const char *begin, const char *, const char *end) {
        if (isIdentityField(name.toLower()))
            out.append(begin, end - begin);
    });
    return out;
}

QByteArray compute(const QByteArray &fields, qint64 size)
{
    QList<Field> list;
    forEachField(fields, [&](const QByteArray &name, const char *, const char *valueBegin, const char *end) {
        const QByteArray lower = name.toLower();
        if (isIdentityField(lower))
            list.append(Field {lower, normalisedValue(valueBegin, end)});
    });
    std::stable_sort(list.begin(), list.end(), [](const Field &a, const Field &b) { return a.name < b.name; });
    QCryptographicHash hash(QCryptographicHash::Sha1);
    for (const Field &f : std::as_const(list)) {
        hash.addData(f.name);
        hash.addData(":");
        hash.addData(f.value);
        hash.addData("\n");
    }
    const QByteArray sizeLine = QByteArray("size:") + QByteArray::number(size);
    hash.addData(sizeLine);
    return hash.result().toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

QByteArray messageId(const QByteArray &fields)
{
    QByteArray id;
    forEachField(fields, [&](const QByteArray &name, const char *, const char *valueBegin, const char *end) {
        if (!id.isEmpty() || name.toLower() != "message-id")
            return;
        QByteArray value = normalisedValue(valueBegin, end);
        const qsizetype open = value.indexOf('<');
        const qsizetype close = value.indexOf('>', open + 1);
        id = open >= 0 && close > open ? value.mid(open + 1, close - open - 1) : value;
    });
    return id;
}

} // namespace postier::models::MessageKey
