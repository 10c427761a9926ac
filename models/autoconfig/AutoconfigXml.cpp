#include "models/autoconfig/AutoconfigXml.h"

#include <QHostAddress>
#include <QXmlStreamReader>

namespace postier::models {

namespace {

using protocols::Protocol;
using protocols::Security;

constexpr qsizetype kMaxTextLength = 1024;

struct RawServer {
    QString type;
    QString hostname;
    QString port;
    QString socketType;
    QString username;
    QList<AuthMethod> auth;
};

AuthMethod authMethodFromText(const QString &text)
{
    const QString t = text.trimmed().toLower();
    // "plain" and "secure" are the names of the format's first version, still found in the wild.
    if (t == QLatin1String("password-cleartext") || t == QLatin1String("plain"))
        return AuthMethod::PasswordCleartext;
    if (t == QLatin1String("password-encrypted") || t == QLatin1String("secure"))
        return AuthMethod::PasswordEncrypted;
    if (t == QLatin1String("oauth2"))
        return AuthMethod::OAuth2;
    return AuthMethod::Other;
}

/// Reads the text of the current element, refusing nested elements and overlong text.
bool readText(QXmlStreamReader &xml, QString *out)
{
    const QString text = xml.readElementText(QXmlStreamReader::SkipChildElements);
    if (xml.hasError())
        return false;
    *out = text.trimmed().left(kMaxTextLength);
    return true;
}

void readServer(QXmlStreamReader &xml, RawServer *server)
{
    server->type = xml.attributes().value(QLatin1String("type")).toString().trimmed().toLower();
    while (xml.readNextStartElement()) {
        const auto name = xml.name();
        QString text;
        if (name == QLatin1String("hostname")) {
            readText(xml, &server->hostname);
        } else if (name == QLatin1String("port")) {
            readText(xml, &server->port);
        } else if (name == QLatin1String("socketType")) {
            readText(xml, &server->socketType);
        } else if (name == QLatin1String("username")) {
            readText(xml, &server->username);
        } else if (name == QLatin1String("authentication")) {
            if (readText(xml, &text) && !text.isEmpty() && server->auth.size() < 16)
                server->auth << authMethodFromText(text);
        } else {
            xml.skipCurrentElement();
        }
    }
}

bool toCandidate(const RawServer &raw, bool outgoing, const QString &emailAddress,
                 ServerCandidate *out)
{
    protocols::ServerEndpoint e;
    if (outgoing) {
        if (raw.type != QLatin1String("smtp"))
            return false;
        e.protocol = Protocol::Smtp;
    } else if (raw.type == QLatin1String("imap")) {
        e.protocol = Protocol::Imap;
    } else if (raw.type == QLatin1String("pop3")) {
        e.protocol = Protocol::Pop3;
    } else {
        return false;
    }

    e.host = AutoconfigXml::substitute(raw.hostname, emailAddress).toLower();
    if (!AutoconfigXml::isPlausibleHost(e.host))
        return false;

    bool portOk = false;
    const uint port = raw.port.toUInt(&portOk);
    if (!raw.port.isEmpty() && (!portOk || port == 0 || port > 65535))
        return false;

    const QString socket = raw.socketType.toLower();
    if (socket == QLatin1String("ssl") || socket == QLatin1String("tls")) {
        e.security = Security::Tls;
    } else if (socket == QLatin1String("starttls")) {
        e.security = Security::StartTls;
    } else if (socket == QLatin1String("plain")) {
        e.security = Security::None;
    } else if (socket.isEmpty()) {
        const bool implicitTls = port == 993 || port == 995 || port == 465;
        e.security = implicitTls ? Security::Tls : Security::None;
    } else {
        return false;
    }
    e.port = portOk ? static_cast<quint16>(port)
                    : protocols::ServerEndpoint::defaultPort(e.protocol, e.security);
    e.user = AutoconfigXml::substitute(raw.username, emailAddress);
    if (e.user.isEmpty())
        e.user = emailAddress;

    out->endpoint = e;
    out->authMethods = raw.auth;
    return true;
}

} // namespace

QString AutoconfigXml::substitute(QString text, const QString &emailAddress)
{
    const qsizetype at = emailAddress.lastIndexOf(QLatin1Char('@'));
    const QString local = at >= 0 ? emailAddress.left(at) : emailAddress;
    const QString domain = at >= 0 ? emailAddress.mid(at + 1) : QString();
    text.replace(QLatin1String("%EMAILADDRESS%"), emailAddress);
    text.replace(QLatin1String("%EMAILLOCALPART%"), local);
    text.replace(QLatin1String("%EMAILDOMAIN%"), domain);
    return text;
}

bool AutoconfigXml::isPlausibleHost(const QString &host)
{
    if (host.isEmpty() || host.size() > 253)
        return false;
    if (!QHostAddress(host).isNull())
        return true;
    for (const QChar c : host) {
        const bool ok = (c >= QLatin1Char('a') && c <= QLatin1Char('z'))
            || (c >= QLatin1Char('A') && c <= QLatin1Char('Z'))
            || (c >= QLatin1Char('0') && c <= QLatin1Char('9')) || c == QLatin1Char('-')
            || c == QLatin1Char('.');
        if (!ok)
            return false;
    }
    return !host.startsWith(QLatin1Char('.')) && !host.contains(QLatin1String(".."));
}

bool AutoconfigXml::parse(const QByteArray &data, const QString &emailAddress, MailSettings *out,
                          QString *error)
{
    auto fail = [error](const QString &sentence) {
        if (error)
            *error = sentence;
        return false;
    };
    if (data.size() > maxDocumentSize)
        return fail(tr("The settings file is too large (%1 KB) to be an autoconfig file, so "
                       "Postier did not read it.")
                        .arg(data.size() / 1024));

    QXmlStreamReader xml(data);
    // Find the root element; a DTD before it is refused outright: autoconfig files never need
    // one, and refusing it rules out entity expansion and external entities altogether.
    while (!xml.atEnd()) {
        const auto token = xml.readNext();
        if (token == QXmlStreamReader::DTD)
            return fail(tr("The settings file contains a document type declaration, which "
                           "autoconfig files never have, so Postier did not use it."));
        if (token == QXmlStreamReader::StartElement)
            break;
    }
    if (xml.hasError() || !xml.isStartElement())
        return fail(tr("The settings file is not valid XML (%1 at line %2).")
                        .arg(xml.hasError() ? xml.errorString() : tr("no root element"))
                        .arg(xml.lineNumber()));
    if (xml.name() != QLatin1String("clientConfig"))
        return fail(tr("The settings file is not an autoconfig file: it starts with <%1> "
                       "instead of <clientConfig>.")
                        .arg(xml.name().toString().left(64)));

    MailSettings settings;
    QList<RawServer> incoming;
    QList<RawServer> outgoing;
    bool sawProvider = false;
    while (xml.readNextStartElement()) {
        if (xml.name() != QLatin1String("emailProvider") || sawProvider) {
            xml.skipCurrentElement();
            continue;
        }
        sawProvider = true;
        settings.providerId = xml.attributes().value(QLatin1String("id")).toString().left(253);
        while (xml.readNextStartElement()) {
            const auto name = xml.name();
            QString text;
            if (name == QLatin1String("domain")) {
                if (readText(xml, &text) && !text.isEmpty() && settings.domains.size() < 256)
                    settings.domains << text;
            } else if (name == QLatin1String("displayName")) {
                readText(xml, &settings.displayName);
            } else if (name == QLatin1String("incomingServer") || name == QLatin1String("outgoingServer")) {
                const bool isOutgoing = name == QLatin1String("outgoingServer");
                RawServer server;
                readServer(xml, &server);
                auto &list = isOutgoing ? outgoing : incoming;
                if (list.size() >= maxServers)
                    return fail(tr("The settings file lists more than %1 servers, so Postier did "
                                   "not use it.")
                                    .arg(maxServers));
                list << server;
            } else {
                xml.skipCurrentElement();
            }
        }
    }
    // Reading to the end reports errors after the provider, such as a truncated document.
    while (!xml.atEnd() && !xml.hasError()) {
        if (xml.readNext() == QXmlStreamReader::DTD)
            return fail(tr("The settings file contains a document type declaration, which "
                           "autoconfig files never have, so Postier did not use it."));
    }
    if (xml.hasError())
        return fail(tr("The settings file is not valid XML (%1 at line %2).")
                        .arg(xml.errorString())
                        .arg(xml.lineNumber()));
    if (!sawProvider)
        return fail(tr("The settings file describes no mail provider (<emailProvider> is missing)."));

    settings.displayName = substitute(settings.displayName, emailAddress);
    for (QString &domain : settings.domains)
        domain = substitute(domain, emailAddress).toLower();
    for (const RawServer &raw : std::as_const(incoming)) {
        ServerCandidate c;
        if (toCandidate(raw, false, emailAddress, &c))
            settings.incoming << c;
    }
    for (const RawServer &raw : std::as_const(outgoing)) {
        ServerCandidate c;
        if (toCandidate(raw, true, emailAddress, &c))
            settings.outgoing << c;
    }
    if (settings.incoming.isEmpty())
        return fail(tr("The settings file lists no IMAP or POP3 server that Postier can use."));
    if (out)
        *out = settings;
    return true;
}

} // namespace postier::models
