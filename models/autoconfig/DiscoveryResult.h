#pragma once

#include "models/autoconfig/MailSettings.h"

#include <QMetaType>
#include <QString>
#include <QStringList>
#include <QUrl>

namespace postier::models {

/// What AccountDiscovery found for an address, and where.
struct DiscoveryResult {
    enum class Source {
        None,       ///< nothing found: the user enters the settings
        Table,      ///< Postier's built-in provider table
        Autoconfig, ///< the domain's autoconfig file (Thunderbird format)
        Srv,        ///< the domain's DNS SRV records (RFC 6186, RFC 8314)
    };

    Source source = Source::None;
    QString emailAddress;
    QString domain;
    MailSettings settings;    ///< empty when source is None
    QUrl sourceUrl;           ///< the autoconfig file's https address, for Source::Autoconfig
    /// One sentence for people: where the settings came from, or that they must be entered.
    QString sentence;
    /// Why the earlier steps found nothing, one sentence each ("autoconfig.example.com did not
    /// answer within 8 seconds."), for a "details" view.
    QStringList attempts;

    [[nodiscard]] bool found() const { return source != Source::None; }
};

} // namespace postier::models

Q_DECLARE_METATYPE(postier::models::DiscoveryResult)
