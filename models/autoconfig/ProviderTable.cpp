#include "models/autoconfig/ProviderTable.h"

#include <initializer_list>

namespace postier::models {

namespace {

using protocols::Protocol;
using protocols::Security;

struct Server {
    Protocol protocol;
    const char *host;
    quint16 port;
    Security security;
    AuthMethod auth;
};

struct Provider {
    const char *id;
    const char *displayName;
    std::initializer_list<const char *> domains;
    std::initializer_list<Server> incoming;
    std::initializer_list<Server> outgoing;
    const char *notice; // QT_TRANSLATE_NOOP in ProviderTable's context, or nullptr
};

// The servers each provider documents for mail programs (user name: the full address), best
// first. Gmail and Outlook.com also list OAuth2; Postier logs in with a password, which those
// two accept only as an app password (Gmail) or not reliably at all (Outlook.com), hence the
// notices the wizard shows before testing the login.
const Provider kProviders[] = {
    {"infomaniak.com", "Infomaniak", {"ik.me", "etik.com", "ikmail.com"},
     {{Protocol::Imap, "mail.infomaniak.com", 993, Security::Tls, AuthMethod::PasswordCleartext},
      {Protocol::Pop3, "mail.infomaniak.com", 995, Security::Tls, AuthMethod::PasswordCleartext}},
     {{Protocol::Smtp, "mail.infomaniak.com", 465, Security::Tls, AuthMethod::PasswordCleartext},
      {Protocol::Smtp, "mail.infomaniak.com", 587, Security::StartTls, AuthMethod::PasswordCleartext}},
     nullptr},
    {"googlemail.com", "Gmail", {"gmail.com", "googlemail.com"},
     {{Protocol::Imap, "imap.gmail.com", 993, Security::Tls, AuthMethod::PasswordCleartext},
      {Protocol::Pop3, "pop.gmail.com", 995, Security::Tls, AuthMethod::PasswordCleartext}},
     {{Protocol::Smtp, "smtp.gmail.com", 465, Security::Tls, AuthMethod::PasswordCleartext},
      {Protocol::Smtp, "smtp.gmail.com", 587, Security::StartTls, AuthMethod::PasswordCleartext}},
     QT_TRANSLATE_NOOP("postier::models::ProviderTable",
                       "Gmail does not accept your usual Google password in mail programs. Turn "
                       "on 2-Step Verification in your Google Account, create an app password at "
                       "myaccount.google.com/apppasswords, and enter that app password here. "
                       "Postier does not offer Google sign-in (OAuth) yet.")},
    {"outlook.com", "Outlook.com",
     {"outlook.com", "hotmail.com", "live.com", "msn.com", "outlook.fr", "outlook.de",
      "hotmail.fr", "hotmail.de", "hotmail.it", "hotmail.co.uk", "live.fr", "live.de", "live.it",
      "live.co.uk"},
     {{Protocol::Imap, "outlook.office365.com", 993, Security::Tls, AuthMethod::OAuth2},
      {Protocol::Pop3, "outlook.office365.com", 995, Security::Tls, AuthMethod::OAuth2}},
     {{Protocol::Smtp, "smtp-mail.outlook.com", 587, Security::StartTls, AuthMethod::OAuth2}},
     QT_TRANSLATE_NOOP("postier::models::ProviderTable",
                       "Microsoft requires OAuth sign-in (Modern Auth) for Outlook.com in mail "
                       "programs, and Postier does not offer it yet, so logging in with a password "
                       "may be refused. If your account has two-step verification, an app "
                       "password from account.microsoft.com/security may work. IMAP and POP "
                       "access must also be switched on in Outlook.com under Settings, Mail, "
                       "Forwarding and IMAP.")},
    {"yahoo.com", "Yahoo Mail",
     {"yahoo.com", "yahoo.fr", "yahoo.de", "yahoo.it", "yahoo.co.uk", "yahoo.es", "ymail.com",
      "rocketmail.com"},
     {{Protocol::Imap, "imap.mail.yahoo.com", 993, Security::Tls, AuthMethod::PasswordCleartext},
      {Protocol::Pop3, "pop.mail.yahoo.com", 995, Security::Tls, AuthMethod::PasswordCleartext}},
     {{Protocol::Smtp, "smtp.mail.yahoo.com", 465, Security::Tls, AuthMethod::PasswordCleartext},
      {Protocol::Smtp, "smtp.mail.yahoo.com", 587, Security::StartTls, AuthMethod::PasswordCleartext}},
     QT_TRANSLATE_NOOP("postier::models::ProviderTable",
                       "Yahoo Mail needs an app password for mail programs: in your Yahoo "
                       "account, open Account Security, choose “Generate app password”, and enter "
                       "that password here instead of your usual one.")},
    {"bluewin.ch", "Swisscom (Bluewin)", {"bluewin.ch", "bluemail.ch"},
     {{Protocol::Imap, "imaps.bluewin.ch", 993, Security::Tls, AuthMethod::PasswordCleartext},
      {Protocol::Pop3, "pop3s.bluewin.ch", 995, Security::Tls, AuthMethod::PasswordCleartext}},
     {{Protocol::Smtp, "smtpauths.bluewin.ch", 465, Security::Tls, AuthMethod::PasswordCleartext}},
     nullptr},
    {"gmx.net", "GMX", {"gmx.net", "gmx.de", "gmx.at", "gmx.ch"},
     {{Protocol::Imap, "imap.gmx.net", 993, Security::Tls, AuthMethod::PasswordCleartext},
      {Protocol::Pop3, "pop.gmx.net", 995, Security::Tls, AuthMethod::PasswordCleartext}},
     {{Protocol::Smtp, "mail.gmx.net", 465, Security::Tls, AuthMethod::PasswordCleartext},
      {Protocol::Smtp, "mail.gmx.net", 587, Security::StartTls, AuthMethod::PasswordCleartext}},
     QT_TRANSLATE_NOOP("postier::models::ProviderTable",
                       "GMX lets mail programs in only after you allow it: in the GMX web mail, "
                       "open the settings, choose “POP3 & IMAP”, and switch on access by POP3 "
                       "and IMAP.")},
    {"gmx.com", "GMX", {"gmx.com", "gmx.us", "gmx.co.uk"},
     {{Protocol::Imap, "imap.gmx.com", 993, Security::Tls, AuthMethod::PasswordCleartext},
      {Protocol::Pop3, "pop.gmx.com", 995, Security::Tls, AuthMethod::PasswordCleartext}},
     {{Protocol::Smtp, "mail.gmx.com", 465, Security::Tls, AuthMethod::PasswordCleartext},
      {Protocol::Smtp, "mail.gmx.com", 587, Security::StartTls, AuthMethod::PasswordCleartext}},
     QT_TRANSLATE_NOOP("postier::models::ProviderTable",
                       "GMX lets mail programs in only after you allow it: in the GMX web mail, "
                       "open the settings, choose “POP3 & IMAP”, and switch on access by POP3 "
                       "and IMAP.")},
};

QList<ServerCandidate> candidates(std::initializer_list<Server> servers, const QString &user)
{
    QList<ServerCandidate> out;
    for (const Server &s : servers) {
        ServerCandidate c;
        c.endpoint.protocol = s.protocol;
        c.endpoint.host = QLatin1String(s.host);
        c.endpoint.port = s.port;
        c.endpoint.security = s.security;
        c.endpoint.user = user;
        c.authMethods = {s.auth};
        // Providers that want OAuth2 still take app passwords on some accounts.
        if (s.auth == AuthMethod::OAuth2)
            c.authMethods << AuthMethod::PasswordCleartext;
        out << c;
    }
    return out;
}

MailSettings settingsOf(const Provider &p, const QString &user)
{
    MailSettings s;
    s.providerId = QLatin1String(p.id);
    s.displayName = QString::fromUtf8(p.displayName);
    for (const char *d : p.domains)
        s.domains << QLatin1String(d);
    s.incoming = candidates(p.incoming, user);
    s.outgoing = candidates(p.outgoing, user);
    if (p.notice)
        s.notice = ProviderTable::tr(p.notice);
    return s;
}

} // namespace

std::optional<MailSettings> ProviderTable::lookup(const QString &emailAddress)
{
    const qsizetype at = emailAddress.lastIndexOf(QLatin1Char('@'));
    if (at <= 0)
        return std::nullopt;
    const QString domain = emailAddress.mid(at + 1).trimmed().toLower();
    for (const Provider &p : kProviders) {
        for (const char *d : p.domains) {
            if (domain == QLatin1String(d))
                return settingsOf(p, emailAddress.trimmed());
        }
    }
    return std::nullopt;
}

std::optional<MailSettings> ProviderTable::lookupByHost(const QString &host)
{
    const QString h = host.trimmed().toLower();
    for (const Provider &p : kProviders) {
        for (const auto *list : {&p.incoming, &p.outgoing}) {
            for (const Server &s : *list) {
                if (h == QLatin1String(s.host))
                    return settingsOf(p, QString());
            }
        }
    }
    return std::nullopt;
}

QStringList ProviderTable::domains()
{
    QStringList out;
    for (const Provider &p : kProviders) {
        for (const char *d : p.domains)
            out << QLatin1String(d);
    }
    return out;
}

} // namespace postier::models
