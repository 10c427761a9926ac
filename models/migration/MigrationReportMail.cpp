#include "models/migration/MigrationReportMail.h"

#include <QLocale>
#include <QUuid>

namespace postier::models {

namespace {

bool isPrintableAscii(const QString &s)
{
    for (const QChar c : s) {
        if (c.unicode() < 0x20 || c.unicode() > 0x7e)
            return false;
    }
    return true;
}

QByteArray rfc5322Date(const QDateTime &when)
{
    // English names whatever the user's language: the format is fixed by RFC 5322.
    const QDateTime local = when.toLocalTime();
    const int offset = local.offsetFromUtc() / 60;
    const QByteArray zone = QByteArray(offset < 0 ? "-" : "+")
        + QByteArray::number(qAbs(offset) / 60).rightJustified(2, '0')
        + QByteArray::number(qAbs(offset) % 60).rightJustified(2, '0');
    return QLocale::c().toString(local, QStringLiteral("ddd, dd MMM yyyy HH:mm:ss ")).toLatin1() + zone;
}

QByteArray domainOf(const QString &address)
{
    const qsizetype at = address.lastIndexOf(QLatin1Char('@'));
    const QString domain = at >= 0 ? address.mid(at + 1) : QString();
    return domain.isEmpty() ? QByteArrayLiteral("postier.invalid") : domain.toUtf8();
}

} // namespace

QString MigrationReportMail::subject(const QDateTime &when)
{
    return tr("Postier migration report — %1").arg(QLocale().toString(when.toLocalTime(), QLocale::ShortFormat));
}

QByteArray MigrationReportMail::quotedPrintable(const QByteArray &utf8)
{
    static const char hex[] = "0123456789ABCDEF";
    QByteArray out;
    const QList<QByteArray> lines = utf8.split('\n');
    for (qsizetype l = 0; l < lines.size(); ++l) {
        QByteArray line = lines.at(l);
        if (line.endsWith('\r'))
            line.chop(1);
        if (l == lines.size() - 1 && line.isEmpty())
            break; // the text ended with a line break
        int column = 0;
        for (qsizetype i = 0; i < line.size(); ++i) {
            const auto c = static_cast<unsigned char>(line.at(i));
            const bool last = i == line.size() - 1;
            QByteArray piece;
            if ((c >= 33 && c <= 126 && c != '=') || ((c == ' ' || c == '\t') && !last))
                piece = QByteArray(1, char(c));
            else
                piece = QByteArray(1, '=') + hex[c >> 4] + hex[c & 15];
            if (column + piece.size() > 75) {
                out += "=\r\n";
                column = 0;
            }
            out += piece;
            column += int(piece.size());
        }
        out += "\r\n";
    }
    return out;
}

QByteArray MigrationReportMail::headerValue(const QString &value)
{
    if (isPrintableAscii(value))
        return value.toLatin1();
    // Encoded words of at most 39 bytes of UTF-8 each (52 characters of base64, 64 with the
    // markers), never cutting a character, one per line: below 78 after any usual field name.
    QByteArrayList words;
    QByteArray chunk;
    for (qsizetype i = 0; i < value.size(); ++i) {
        const qsizetype n = value.at(i).isHighSurrogate() && i + 1 < value.size() ? 2 : 1;
        const QByteArray bytes = value.mid(i, n).toUtf8();
        i += n - 1;
        if (chunk.size() + bytes.size() > 39) {
            words << "=?UTF-8?B?" + chunk.toBase64() + "?=";
            chunk.clear();
        }
        chunk += bytes;
    }
    if (!chunk.isEmpty())
        words << "=?UTF-8?B?" + chunk.toBase64() + "?=";
    return words.join("\r\n ");
}

QByteArray MigrationReportMail::build(const QString &reportText, const QString &displayName,
                                      const QString &address, const QDateTime &when)
{
    QByteArray mailbox = address.toUtf8();
    if (!displayName.isEmpty()) {
        QByteArray phrase;
        if (isPrintableAscii(displayName)) {
            QString quoted = displayName;
            quoted.replace(QLatin1Char('\\'), QLatin1String("\\\\")).replace(QLatin1Char('"'), QLatin1String("\\\""));
            phrase = '"' + quoted.toLatin1() + '"';
        } else {
            phrase = headerValue(displayName);
        }
        mailbox = phrase + " <" + mailbox + '>';
    }
    QByteArray m;
    m += "From: " + mailbox + "\r\n";
    m += "To: " + mailbox + "\r\n";
    m += "Subject: " + headerValue(subject(when)) + "\r\n";
    m += "Date: " + rfc5322Date(when) + "\r\n";
    m += "Message-ID: <report." + QUuid::createUuid().toString(QUuid::Id128).toLatin1() + '@' + domainOf(address)
        + ">\r\n";
    m += "MIME-Version: 1.0\r\n";
    m += "Content-Type: text/plain; charset=utf-8\r\n";
    m += "Content-Transfer-Encoding: quoted-printable\r\n";
    m += "User-Agent: Postier/" POSTIER_VERSION "\r\n";
    m += "\r\n";
    m += quotedPrintable(reportText.toUtf8());
    return m;
}

} // namespace postier::models
