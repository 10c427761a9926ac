#include "models/compose/ReplyBuilder.h"

#include "models/compose/AddressParser.h"
#include "protocols/mime/MessageParser.h"

#include <QHash>
#include <QLocale>
#include <QRegularExpression>

namespace postier::models {

namespace {

using protocols::MailAddress;

constexpr int MaxReferences = 20;

QString stripPrefixes(const QString &subject, const QRegularExpression &prefixes)
{
    QString s = subject.trimmed();
    const QRegularExpressionMatch m = prefixes.match(s);
    if (m.hasMatch())
        s = s.mid(m.capturedLength());
    return s.trimmed();
}

bool sameAddress(const MailAddress &a, const QString &address)
{
    return a.address.compare(address, Qt::CaseInsensitive) == 0;
}

void appendUnique(QList<MailAddress> *list, const QList<MailAddress> &more,
                  QList<MailAddress> *seen)
{
    for (const MailAddress &a : more) {
        if (a.address.isEmpty())
            continue;
        const bool known = std::any_of(seen->cbegin(), seen->cend(), [&](const MailAddress &s) {
            return sameAddress(s, a.address);
        });
        if (known)
            continue;
        seen->append(a);
        list->append(a);
    }
}

QList<MailAddress> withoutAddress(const QList<MailAddress> &list, const QString &address)
{
    QList<MailAddress> out;
    for (const MailAddress &a : list) {
        if (!sameAddress(a, address))
            out.append(a);
    }
    return out;
}

QString displayDate(const QDateTime &date)
{
    const QDateTime local = date.toLocalTime();
    const QLocale locale;
    return locale.toString(local.date(), QLocale::LongFormat) + QLatin1Char(' ')
        + locale.toString(local.time(), QLocale::ShortFormat);
}

QString personOf(const protocols::ParsedMessage &message)
{
    const MailAddress from = message.firstFrom();
    return from.name.isEmpty() ? from.address : from.name;
}

// The named entities mail actually uses: HTML 4's Latin-1 set (U+00A0 to U+00FF, in order),
// the markup ones, and common punctuation. Anything else stays as written.
QString decodeNamedEntities(const QString &text)
{
    static const QHash<QString, char32_t> table = [] {
        QHash<QString, char32_t> t;
        const char *latin1
            = "nbsp iexcl cent pound curren yen brvbar sect uml copy ordf laquo not shy reg macr deg "
              "plusmn sup2 sup3 acute micro para middot cedil sup1 ordm raquo frac14 frac12 frac34 "
              "iquest Agrave Aacute Acirc Atilde Auml Aring AElig Ccedil Egrave Eacute Ecirc Euml "
              "Igrave Iacute Icirc Iuml ETH Ntilde Ograve Oacute Ocirc Otilde Ouml times Oslash Ugrave "
              "Uacute Ucirc Uuml Yacute THORN szlig agrave aacute acirc atilde auml aring aelig ccedil "
              "egrave eacute ecirc euml igrave iacute icirc iuml eth ntilde ograve oacute ocirc otilde "
              "ouml divide oslash ugrave uacute ucirc uuml yacute thorn yuml";
        char32_t code = 0xA0;
        for (const QString &name : QString::fromLatin1(latin1).split(QLatin1Char(' ')))
            t.insert(name, code++);
        const QList<QPair<const char *, char32_t>> more
            = {{"amp", U'&'},     {"lt", U'<'},       {"gt", U'>'},       {"quot", U'"'},
               {"apos", U'\''},   {"euro", 0x20AC},   {"hellip", 0x2026}, {"mdash", 0x2014},
               {"ndash", 0x2013}, {"lsquo", 0x2018},  {"rsquo", 0x2019},  {"ldquo", 0x201C},
               {"rdquo", 0x201D}, {"bull", 0x2022},   {"trade", 0x2122},  {"zwnj", 0x200C},
               {"zwj", 0x200D},   {"thinsp", 0x2009}, {"ensp", 0x2002},   {"emsp", 0x2003}};
        for (const auto &[name, c] : more)
            t.insert(QString::fromLatin1(name), c);
        return t;
    }();
    static const QRegularExpression named(QStringLiteral("&([A-Za-z][A-Za-z0-9]{1,7});"));
    QString out;
    out.reserve(text.size());
    qsizetype last = 0;
    auto it = named.globalMatch(text);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        const auto found = table.constFind(m.captured(1));
        if (found == table.constEnd())
            continue;
        out += QStringView(text).mid(last, m.capturedStart() - last);
        // A non-breaking space quotes as a plain one.
        const char32_t c = *found == 0xA0 ? U' ' : *found;
        out += QString::fromUcs4(&c, 1);
        last = m.capturedEnd();
    }
    out += QStringView(text).mid(last);
    return out;
}

QString attachmentNameFor(const QString &subject)
{
    QString name = subject.trimmed();
    static const QRegularExpression unsafe(QStringLiteral("[\\\\/:*?\"<>|\\x00-\\x1f]"));
    name.replace(unsafe, QStringLiteral("_"));
    if (name.size() > 80)
        name = name.left(80).trimmed();
    if (name.isEmpty())
        name = ReplyBuilder::tr("Forwarded message");
    return name + QStringLiteral(".eml");
}

} // namespace

QString ReplyBuilder::replySubject(const QString &subject)
{
    static const QRegularExpression prefixes(
        QStringLiteral("^(?:(?:re|aw|sv|antw)(?:\\s*\\[\\d+\\]|\\s*\\(\\d+\\))?\\s*:\\s*)+"),
        QRegularExpression::CaseInsensitiveOption);
    const QString rest = stripPrefixes(subject, prefixes);
    return rest.isEmpty() ? QStringLiteral("Re:") : QStringLiteral("Re: ") + rest;
}

QString ReplyBuilder::forwardSubject(const QString &subject)
{
    static const QRegularExpression prefixes(
        QStringLiteral("^(?:(?:fwd?|wg|tr)(?:\\s*\\[\\d+\\])?\\s*:\\s*)+"),
        QRegularExpression::CaseInsensitiveOption);
    const QString rest = stripPrefixes(subject, prefixes);
    return rest.isEmpty() ? QStringLiteral("Fwd:") : QStringLiteral("Fwd: ") + rest;
}

QString ReplyBuilder::quote(const QString &text)
{
    QString body = text;
    body.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    QStringList lines = body.split(QLatin1Char('\n'));
    // The signature separator is "-- " on a line of its own (RFC 3676 4.3).
    const qsizetype signature = lines.lastIndexOf(QStringLiteral("-- "));
    if (signature >= 0)
        lines = lines.mid(0, signature);
    while (!lines.isEmpty() && lines.last().trimmed().isEmpty())
        lines.removeLast();
    while (!lines.isEmpty() && lines.first().trimmed().isEmpty())
        lines.removeFirst();
    QStringList quoted;
    quoted.reserve(lines.size());
    for (const QString &line : std::as_const(lines)) {
        if (line.isEmpty())
            quoted << QStringLiteral(">");
        else if (line.startsWith(QLatin1Char('>')))
            quoted << QLatin1Char('>') + line;
        else
            quoted << QStringLiteral("> ") + line;
    }
    return quoted.join(QLatin1Char('\n'));
}

QString ReplyBuilder::attribution(const protocols::ParsedMessage &message)
{
    const QString who = personOf(message);
    if (!message.date.isValid())
        return tr("%1 wrote:").arg(who);
    return tr("On %1, %2 wrote:").arg(displayDate(message.date), who);
}

QString ReplyBuilder::htmlToPlainText(const QString &html)
{
    static const QRegularExpression dropped(
        QStringLiteral("<(head|style|script|title)\\b[^>]*>.*?</\\1\\s*>"),
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::DotMatchesEverythingOption);
    static const QRegularExpression comments(QStringLiteral("<!--.*?-->"),
                                             QRegularExpression::DotMatchesEverythingOption);
    static const QRegularExpression space(QStringLiteral("\\s+"));
    static const QRegularExpression lineBreak(QStringLiteral("<br\\s*/?>"),
                                              QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression blockEnd(
        QStringLiteral(
            "</(p|div|tr|h[1-6]|blockquote|pre|ul|ol|table)\\s*>|<(p|div|tr|h[1-6]|hr|table)\\b[^>]*>"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression listItem(QStringLiteral("<li\\b[^>]*>"),
                                             QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression cell(QStringLiteral("</t[dh]\\s*>"),
                                         QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression tags(QStringLiteral("<[^>]*>"));
    static const QRegularExpression numeric(QStringLiteral("&#(x[0-9a-fA-F]+|[0-9]+);"));
    static const QRegularExpression blankRuns(QStringLiteral("\n{3,}"));

    QString s = html;
    s.remove(comments);
    s.remove(dropped);
    s.replace(space, QStringLiteral(" "));
    s.replace(lineBreak, QStringLiteral("\n"));
    s.replace(listItem, QStringLiteral("\n- "));
    s.replace(cell, QStringLiteral("\t"));
    s.replace(blockEnd, QStringLiteral("\n\n"));
    s.remove(tags);

    QString decoded;
    decoded.reserve(s.size());
    qsizetype last = 0;
    auto it = numeric.globalMatch(s);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        decoded += QStringView(s).mid(last, m.capturedStart() - last);
        const QString n = m.captured(1);
        bool ok = false;
        const uint code = n.startsWith(QLatin1Char('x')) ? n.mid(1).toUInt(&ok, 16) : n.toUInt(&ok);
        if (ok && code > 0 && code <= 0x10FFFF && !(code >= 0xD800 && code <= 0xDFFF)) {
            const char32_t c = code;
            decoded += QString::fromUcs4(&c, 1);
        } else {
            decoded += QChar(QChar::ReplacementCharacter);
        }
        last = m.capturedEnd();
    }
    decoded += QStringView(s).mid(last);
    decoded = decodeNamedEntities(decoded);

    QStringList lines = decoded.split(QLatin1Char('\n'));
    for (QString &line : lines)
        line = line.trimmed();
    QString out = lines.join(QLatin1Char('\n'));
    out.replace(blankRuns, QStringLiteral("\n\n"));
    return out.trimmed();
}

QString ReplyBuilder::plainText(const protocols::ParsedMessage &message)
{
    if (!message.textBody.trimmed().isEmpty() || message.htmlBody.isEmpty())
        return message.textBody;
    return htmlToPlainText(message.htmlBody);
}

QString ReplyBuilder::references(const protocols::ParsedMessage &message)
{
    QStringList ids = message.references;
    if (ids.isEmpty() && message.inReplyTo.size() == 1)
        ids = message.inReplyTo;
    if (!message.messageId.isEmpty() && (ids.isEmpty() || ids.last() != message.messageId))
        ids << message.messageId;
    if (ids.size() > MaxReferences)
        ids = QStringList {ids.first()} + ids.mid(ids.size() - (MaxReferences - 1));
    QStringList bracketed;
    for (const QString &id : std::as_const(ids))
        bracketed << QLatin1Char('<') + id + QLatin1Char('>');
    return bracketed.join(QLatin1Char(' '));
}

protocols::OutgoingMessage ReplyBuilder::build(Mode mode, const QByteArray &original,
                                               const Identity &identity)
{
    return build(mode, original, protocols::parseMessage(original), identity);
}

protocols::OutgoingMessage ReplyBuilder::build(Mode mode, const QByteArray &original,
                                               const protocols::ParsedMessage &parsed,
                                               const Identity &identity)
{
    protocols::OutgoingMessage m;
    m.from = identity.mailAddress();
    const QString me = identity.address;

    if (mode == Mode::Reply || mode == Mode::ReplyAll) {
        m.subject = replySubject(parsed.subject);
        const bool fromMe = !me.isEmpty()
            && std::any_of(parsed.from.cbegin(), parsed.from.cend(),
                           [&](const MailAddress &a) { return sameAddress(a, me); });
        const QList<MailAddress> primary = parsed.replyTo.isEmpty() ? parsed.from : parsed.replyTo;
        QList<MailAddress> seen;
        if (mode == Mode::Reply) {
            appendUnique(&m.to, fromMe ? parsed.to : primary, &seen);
        } else {
            if (fromMe) {
                appendUnique(&m.to, parsed.to, &seen);
            } else {
                appendUnique(&m.to, withoutAddress(primary, me), &seen);
                appendUnique(&m.to, withoutAddress(parsed.to, me), &seen);
            }
            appendUnique(&m.cc, withoutAddress(parsed.cc, me), &seen);
            m.to = withoutAddress(m.to, me);
            if (m.to.isEmpty() && !m.cc.isEmpty())
                std::swap(m.to, m.cc);
            if (m.to.isEmpty() && m.cc.isEmpty()) // a note to oneself
                appendUnique(&m.to, primary, &seen);
        }
        if (!parsed.messageId.isEmpty()) {
            m.extraHeaders.append({QByteArrayLiteral("In-Reply-To"),
                                   QLatin1Char('<') + parsed.messageId + QLatin1Char('>')});
        }
        const QString refs = references(parsed);
        if (!refs.isEmpty())
            m.extraHeaders.append({QByteArrayLiteral("References"), refs});
        m.textBody = QStringLiteral("\n\n") + attribution(parsed) + QLatin1Char('\n')
            + quote(plainText(parsed)) + QLatin1Char('\n');
        return m;
    }

    m.subject = forwardSubject(parsed.subject);
    if (mode == Mode::ForwardAsAttachment) {
        protocols::OutgoingAttachment attachment;
        attachment.data = original;
        attachment.mimeType = QStringLiteral("message/rfc822");
        attachment.fileName = attachmentNameFor(parsed.subject);
        m.attachments.append(attachment);
        return m;
    }

    QStringList header;
    header << tr("-------- Forwarded Message --------");
    header << tr("Subject: %1").arg(parsed.subject);
    if (parsed.date.isValid())
        header << tr("Date: %1").arg(displayDate(parsed.date));
    header << tr("From: %1").arg(AddressParser::formatList(parsed.from));
    if (!parsed.to.isEmpty())
        header << tr("To: %1").arg(AddressParser::formatList(parsed.to));
    if (!parsed.cc.isEmpty())
        header << tr("Cc: %1").arg(AddressParser::formatList(parsed.cc));
    QString text = plainText(parsed);
    text.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    while (text.endsWith(QLatin1Char('\n')))
        text.chop(1);
    m.textBody = QStringLiteral("\n\n") + header.join(QLatin1Char('\n')) + QStringLiteral("\n\n")
        + text + QLatin1Char('\n');
    for (const auto &a : parsed.attachments) {
        protocols::OutgoingAttachment attachment;
        attachment.data = protocols::attachmentData(original, a.index);
        attachment.mimeType = a.mimeType;
        attachment.fileName = a.fileName;
        m.attachments.append(attachment);
    }
    return m;
}

} // namespace postier::models
