#pragma once

// Internal to MessageParser: what its files share (MessageParser.cpp: the MIME tree;
// MessageParserHeaders.cpp: header fields and their values; MessageParserContent.cpp: transfer
// decoding, text bodies and attachment file names). Not part of any public interface.

#include "protocols/mime/ParsedMessage.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QCoreApplication>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

namespace postier::protocols::mimedetail {

// The translation context of the parser's sentences (parseMessage() is a free function).
struct Text {
    Q_DECLARE_TR_FUNCTIONS(postier::protocols::MessageParser)
};

// ---------------------------------------------------------------------------------------------
// Header fields (MessageParserHeaders.cpp).

struct Header {
    QList<QPair<QByteArray, QByteArray>> fields; // lower-case name, unfolded value; kept ones only
    bool empty = true; // no field at all, kept or not

    [[nodiscard]] QByteArray value(QByteArrayView name) const
    {
        for (const auto &f : fields) {
            if (f.first == name)
                return f.second;
        }
        return {};
    }
    [[nodiscard]] bool has(QByteArrayView name) const
    {
        for (const auto &f : fields) {
            if (f.first == name)
                return true;
        }
        return false;
    }
    // Address fields sent twice ("To:" on two lines) are read as one list.
    [[nodiscard]] QByteArray joined(QByteArrayView name) const
    {
        QByteArray out;
        for (const auto &f : fields) {
            if (f.first == name) {
                if (!out.isEmpty())
                    out += ", ";
                out += f.second;
            }
        }
        return out;
    }
};

struct Problems {
    QStringList sentences;
    void add(const QString &s)
    {
        if (!sentences.contains(s))
            sentences << s;
    }
};

// Reads the header of the entity at [start, end). Returns it and sets *bodyStart.
Header parseHeader(QByteArrayView raw, qsizetype start, qsizetype end, qsizetype *bodyStart,
                   Problems *problems);

struct ContentType {
    QByteArray type = "text";
    QByteArray subtype = "plain";
    QByteArray charset;
    QByteArray boundary;
    QByteArray format; // "flowed"
    bool delSp = false;
    QString name; // the "name" parameter, decoded

    [[nodiscard]] QByteArray mimeType() const { return type + '/' + subtype; }
    [[nodiscard]] bool is(QByteArrayView t, QByteArrayView s) const
    {
        return type == t && subtype == s;
    }
};

ContentType parseContentType(const Header &header, const ContentType &fallback, Problems *problems);

struct Disposition {
    QByteArray type; // "attachment", "inline" or empty
    QString fileName;
};

Disposition parseDisposition(const Header &header);

// An unstructured value (encoded words decoded, control characters gone, trimmed).
QString decodeHeaderValue(QByteArrayView raw);
QString stripAngles(QString id);
// The message fields of ParsedMessage from the top-level header.
void fillHeaders(const Header &header, ParsedMessage *m);

// ---------------------------------------------------------------------------------------------
// Transfer decoding, text bodies, file names (MessageParserContent.cpp).

bool isIdentityEncoding(const QByteArray &encoding);
// Decodes into *out (or only counts, when out is null). Returns false for an encoding vmime does
// not know; the bytes are then taken as they are.
bool decodeTransfer(QByteArrayView raw, const QByteArray &encoding, QByteArray *out, qint64 *size);

QString normalizeText(QString text);
// RFC 3676: joins soft line breaks (a line ending in a space) of the same quote depth, undoes
// space-stuffing, and writes quotes back as "> " prefixes.
QString unflow(const QString &text, bool delSp);
// The name given by the sender, without its path and the characters that could mislead.
QString safeFileName(const QString &name);
// "attachment-<number>.<suffix of the MIME type>" (translated), for a part without a name.
QString fallbackFileName(const QByteArray &mimeType, int number);

} // namespace postier::protocols::mimedetail
