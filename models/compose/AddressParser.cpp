#include "models/compose/AddressParser.h"

#include <algorithm>

namespace postier::models {

namespace {

bool isAtext(QChar c)
{
    if (c.unicode() >= 0x80)
        return c.isLetterOrNumber() || c.isMark();
    if (c.isLetterOrNumber())
        return true;
    return QStringView(u"!#$%&'*+-/=?^_`{|}~").contains(c);
}

bool isValidLocalPart(const QString &local)
{
    if (local.isEmpty() || local.size() > 64)
        return false;
    if (local.size() >= 2 && local.startsWith(QLatin1Char('"'))
        && local.endsWith(QLatin1Char('"'))) {
        for (qsizetype i = 1; i + 1 < local.size(); ++i) {
            const QChar c = local.at(i);
            if (c == QLatin1Char('\r') || c == QLatin1Char('\n'))
                return false;
            if (c == QLatin1Char('\\'))
                ++i;
            else if (c == QLatin1Char('"'))
                return false;
        }
        return true;
    }
    if (local.startsWith(QLatin1Char('.')) || local.endsWith(QLatin1Char('.'))
        || local.contains(QLatin1String("..")))
        return false;
    for (const QChar c : local) {
        if (c != QLatin1Char('.') && !isAtext(c))
            return false;
    }
    return true;
}

bool isValidDomain(const QString &domain)
{
    if (domain.isEmpty() || domain.size() > 255)
        return false;
    if (domain.startsWith(QLatin1Char('['))) {
        if (!domain.endsWith(QLatin1Char(']')))
            return false;
        const QString inner = domain.mid(1, domain.size() - 2);
        if (inner.startsWith(QLatin1String("IPv6:"), Qt::CaseInsensitive)) {
            const QString v6 = inner.mid(5);
            if (v6.isEmpty())
                return false;
            for (const QChar c : v6) {
                if (!(c.isDigit() || c == QLatin1Char(':') || c == QLatin1Char('.')
                      || QStringView(u"abcdefABCDEF").contains(c)))
                    return false;
            }
            return true;
        }
        const QStringList parts = inner.split(QLatin1Char('.'));
        if (parts.size() != 4)
            return false;
        for (const QString &p : parts) {
            bool ok = false;
            const int n = p.toInt(&ok);
            if (!ok || p.isEmpty() || p.size() > 3 || n < 0 || n > 255)
                return false;
        }
        return true;
    }
    const QStringList labels = domain.split(QLatin1Char('.'));
    for (const QString &label : labels) {
        if (label.isEmpty() || label.size() > 63 || label.startsWith(QLatin1Char('-'))
            || label.endsWith(QLatin1Char('-')))
            return false;
        for (const QChar c : label) {
            if (!(c.isLetterOrNumber() || c == QLatin1Char('-')
                  || (c.unicode() >= 0x80 && c.isMark())))
                return false;
        }
    }
    return true;
}

QString unquoteName(QString name)
{
    name = name.trimmed();
    if (name.size() >= 2 && name.startsWith(QLatin1Char('"')) && name.endsWith(QLatin1Char('"'))) {
        QString out;
        for (qsizetype i = 1; i + 1 < name.size(); ++i) {
            if (name.at(i) == QLatin1Char('\\') && i + 2 < name.size())
                ++i;
            out += name.at(i);
        }
        return out.trimmed();
    }
    return name;
}

// Index of the last '<' outside quotes, or -1.
qsizetype lastAngleOutsideQuotes(const QString &entry)
{
    bool quoted = false;
    qsizetype found = -1;
    for (qsizetype i = 0; i < entry.size(); ++i) {
        const QChar c = entry.at(i);
        if (quoted && c == QLatin1Char('\\')) {
            ++i;
            continue;
        }
        if (c == QLatin1Char('"'))
            quoted = !quoted;
        else if (!quoted && c == QLatin1Char('<'))
            found = i;
    }
    return found;
}

bool parseEntry(const QString &entry, protocols::MailAddress *out)
{
    const qsizetype open = lastAngleOutsideQuotes(entry);
    if (open < 0) {
        out->name.clear();
        out->address = entry;
        return AddressParser::isValidAddress(entry);
    }
    const qsizetype close = entry.indexOf(QLatin1Char('>'), open + 1);
    if (close < 0 || !entry.mid(close + 1).trimmed().isEmpty())
        return false;
    out->name = unquoteName(entry.left(open));
    out->address = entry.mid(open + 1, close - open - 1).trimmed();
    return AddressParser::isValidAddress(out->address);
}

} // namespace

QStringList AddressParser::splitEntries(const QString &text)
{
    QStringList entries;
    QString current;
    bool quoted = false;
    bool inAngle = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted && c == QLatin1Char('\\') && i + 1 < text.size()) {
            current += c;
            current += text.at(++i);
            continue;
        }
        if (c == QLatin1Char('"') && !inAngle)
            quoted = !quoted;
        else if (!quoted && c == QLatin1Char('<'))
            inAngle = true;
        else if (!quoted && c == QLatin1Char('>'))
            inAngle = false;
        else if (!quoted && !inAngle && (c == QLatin1Char(',') || c == QLatin1Char(';'))) {
            entries << current.trimmed();
            current.clear();
            continue;
        }
        current += c;
    }
    entries << current.trimmed();
    return entries;
}

bool AddressParser::parseList(const QString &text, QList<protocols::MailAddress> *out,
                              QString *badEntry)
{
    out->clear();
    for (const QString &entry : splitEntries(text)) {
        if (entry.isEmpty())
            continue;
        protocols::MailAddress address;
        if (!parseEntry(entry, &address)) {
            if (badEntry)
                *badEntry = entry;
            return false;
        }
        out->append(address);
    }
    return true;
}

bool AddressParser::isValidAddress(const QString &address)
{
    if (address.size() > 254)
        return false;
    for (const QChar c : address) {
        if (c.category() == QChar::Other_Control)
            return false;
    }
    // Spaces only inside a quoted local part, which isValidLocalPart() checks; the domain
    // takes none.
    // The local part may itself hold a quoted "@": the domain starts after the last one.
    const qsizetype at = address.lastIndexOf(QLatin1Char('@'));
    if (at <= 0)
        return false;
    return isValidLocalPart(address.left(at)) && isValidDomain(address.mid(at + 1));
}

QString AddressParser::format(const protocols::MailAddress &address)
{
    if (address.name.isEmpty())
        return address.address;
    QString name = address.name;
    const bool needsQuotes = name.trimmed() != name
        || std::any_of(name.cbegin(), name.cend(),
                       [](QChar c) { return QStringView(u"()<>[]:;@\\,.\"").contains(c); });
    if (needsQuotes) {
        name.replace(QLatin1Char('\\'), QStringLiteral("\\\\"));
        name.replace(QLatin1Char('"'), QStringLiteral("\\\""));
        name = QLatin1Char('"') + name + QLatin1Char('"');
    }
    return name + QStringLiteral(" <") + address.address + QLatin1Char('>');
}

QString AddressParser::formatList(const QList<protocols::MailAddress> &addresses)
{
    QStringList parts;
    for (const auto &a : addresses)
        parts << format(a);
    return parts.join(QStringLiteral(", "));
}

} // namespace postier::models
