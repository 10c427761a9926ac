#pragma once

#include "models/autoconfig/MailSettings.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <optional>

namespace postier::models {

/// Postier's built-in list of well-known providers, the first step of account discovery: the
/// servers that Infomaniak, Gmail, Outlook.com, Yahoo, Swisscom (Bluewin) and GMX document for
/// mail programs, keyed by address domain, with what users must know (app passwords, OAuth2,
/// IMAP access that must be switched on first) as MailSettings::notice.
///
/// Contract: lookups are case-insensitive and exact on the domain (no MX lookups; a custom
/// domain hosted at one of these providers is found by autoconfig or DNS instead). User names
/// are filled in for the given address. The table is compiled in and never changes at run time.
class ProviderTable
{
    Q_DECLARE_TR_FUNCTIONS(postier::models::ProviderTable)

public:
    /// The settings for the domain of `emailAddress`; nullopt when the domain is not listed.
    [[nodiscard]] static std::optional<MailSettings> lookup(const QString &emailAddress);
    /// The settings of the provider that runs the server `host` ("imap.gmail.com"), with user
    /// names left empty; nullopt when no listed provider uses that host. Lets a failed login
    /// point at the provider's advice even when the address has a custom domain.
    [[nodiscard]] static std::optional<MailSettings> lookupByHost(const QString &host);
    /// Every domain in the table, lower case.
    [[nodiscard]] static QStringList domains();
};

} // namespace postier::models
