#pragma once

#include "models/autoconfig/MailSettings.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace postier::models {

/// Reads Thunderbird's autoconfig format (config-v1.1.xml, the ISPDB format) into MailSettings.
///
/// Contract: takes the first <emailProvider> of a <clientConfig> document and keeps every
/// <incomingServer type="imap|pop3"> and <outgoingServer type="smtp"> with a usable host name,
/// in document order; other server types (Exchange, EWS...) and unknown elements are skipped.
/// socketType SSL, STARTTLS and plain map to Security::Tls, StartTls and None (a missing
/// socketType means SSL/TLS on the implicit-TLS ports 993, 995 and 465 and plain text elsewhere,
/// as Thunderbird reads it); a missing port is the protocol's default for that security.
/// %EMAILADDRESS%, %EMAILLOCALPART% and %EMAILDOMAIN% are replaced in host, user, domain and display names.
///
/// Hostile input is harmless: documents over maxDocumentSize are refused unread, and any DTD is
/// refused, so there is no entity expansion (billion laughs) and no external entity. Malformed
/// XML, a foreign root element, or a document with no usable incoming server make parse()
/// return false with a sentence in *error; nothing throws.
class AutoconfigXml
{
    Q_DECLARE_TR_FUNCTIONS(postier::models::AutoconfigXml)

public:
    static constexpr qsizetype maxDocumentSize = 1024 * 1024;
    static constexpr int maxServers = 32;

    [[nodiscard]] static bool parse(const QByteArray &xml, const QString &emailAddress,
                                    MailSettings *out, QString *error);

    /// Replaces the address placeholders in `text`.
    [[nodiscard]] static QString substitute(QString text, const QString &emailAddress);
    /// Whether `host` can be a server name: letters, digits, '-', '.', at most 253 characters,
    /// or an IP address.
    [[nodiscard]] static bool isPlausibleHost(const QString &host);
};

} // namespace postier::models
