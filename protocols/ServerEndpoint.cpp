#include "protocols/ServerEndpoint.h"

#include <QCoreApplication>

namespace postier::protocols {

namespace {
struct SchemeInfo {
    const char *scheme;
    Protocol protocol;
    Security security;
};

constexpr SchemeInfo kSchemes[] = {
    {"imaps", Protocol::Imap, Security::Tls},
    {"imap", Protocol::Imap, Security::StartTls},
    {"imap+starttls", Protocol::Imap, Security::StartTls},
    {"imap+plain", Protocol::Imap, Security::None},
    {"pop3s", Protocol::Pop3, Security::Tls},
    {"pop3", Protocol::Pop3, Security::StartTls},
    {"pop3+starttls", Protocol::Pop3, Security::StartTls},
    {"pop3+plain", Protocol::Pop3, Security::None},
    {"smtps", Protocol::Smtp, Security::Tls},
    {"submissions", Protocol::Smtp, Security::Tls},
    {"smtp", Protocol::Smtp, Security::StartTls},
    {"smtp+starttls", Protocol::Smtp, Security::StartTls},
    {"submission", Protocol::Smtp, Security::StartTls},
    {"smtp+plain", Protocol::Smtp, Security::None},
    {"sieve", Protocol::ManageSieve, Security::StartTls},
    {"sieve+starttls", Protocol::ManageSieve, Security::StartTls},
    {"sieve+plain", Protocol::ManageSieve, Security::None},
};

} // namespace

bool ServerEndpoint::fromUrl(const QUrl &url, ServerEndpoint *out, QString *error)
{
    const QString scheme = url.scheme().toLower();
    const SchemeInfo *info = nullptr;
    for (const auto &s : kSchemes) {
        if (scheme == QLatin1String(s.scheme))
            info = &s;
    }
    if (!url.isValid() || !info) {
        if (error)
            *error = tr("“%1” is not a server address Postier understands. Use, for example, "
                        "imaps://anna@mail.example.com or smtp+starttls://anna@mail.example.com:587.")
                         .arg(url.toDisplayString());
        return false;
    }
    if (url.host().isEmpty()) {
        if (error)
            *error = tr("The address “%1” has no server name.").arg(url.toDisplayString());
        return false;
    }
    if (!url.password().isEmpty()) {
        if (error)
            *error = tr("Do not put the password in the address: it would end up in your shell "
                        "history. Use the keychain, --password-file or POSTIER_PASSWORD instead.");
        return false;
    }
    ServerEndpoint e;
    e.protocol = info->protocol;
    e.security = info->security;
    e.host = url.host();
    e.user = url.userName();
    const int port = url.port(0);
    e.port = port > 0 ? static_cast<quint16>(port) : defaultPort(e.protocol, e.security);
    *out = e;
    return true;
}

QUrl ServerEndpoint::toUrl() const
{
    QString scheme;
    switch (protocol) {
    case Protocol::Imap: scheme = QStringLiteral("imap"); break;
    case Protocol::Pop3: scheme = QStringLiteral("pop3"); break;
    case Protocol::Smtp: scheme = QStringLiteral("smtp"); break;
    case Protocol::ManageSieve: scheme = QStringLiteral("sieve"); break;
    }
    switch (security) {
    case Security::Tls:
        scheme += protocol == Protocol::ManageSieve ? QStringLiteral("+starttls") : QStringLiteral("s");
        break;
    case Security::StartTls: scheme += QStringLiteral("+starttls"); break;
    case Security::None: scheme += QStringLiteral("+plain"); break;
    }
    QUrl url;
    url.setScheme(scheme);
    url.setHost(host);
    url.setUserName(user);
    if (port != defaultPort(protocol, security))
        url.setPort(port);
    return url;
}

quint16 ServerEndpoint::defaultPort(Protocol protocol, Security security)
{
    switch (protocol) {
    case Protocol::Imap: return security == Security::Tls ? 993 : 143;
    case Protocol::Pop3: return security == Security::Tls ? 995 : 110;
    case Protocol::Smtp: return security == Security::Tls ? 465 : 587;
    case Protocol::ManageSieve: return 4190;
    }
    return 0;
}

QString ServerEndpoint::protocolName() const
{
    switch (protocol) {
    case Protocol::Imap: return QStringLiteral("IMAP");
    case Protocol::Pop3: return QStringLiteral("POP3");
    case Protocol::Smtp: return QStringLiteral("SMTP");
    case Protocol::ManageSieve: return QStringLiteral("ManageSieve");
    }
    return {};
}

QString ServerEndpoint::displayName() const
{
    const QString hostPort = host + QLatin1Char(':') + QString::number(port);
    return user.isEmpty() ? hostPort : user + QLatin1Char('@') + hostPort;
}

} // namespace postier::protocols
