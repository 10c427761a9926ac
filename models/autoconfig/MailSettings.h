#pragma once

#include "models/autoconfig/ServerCandidate.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace postier::models {

/// What a provider offers for one address: the incoming (IMAP, POP3) and outgoing (SMTP) servers
/// it lists, with placeholders already filled in. A plain value.
///
/// The choice rules, used by the wizard and by postier-cli alike: a server reached in plain text
/// is never chosen while an encrypted one (SSL/TLS or STARTTLS) exists; then a server that takes
/// a password beats one that wants OAuth2 only; then the preferred protocol (IMAP unless the user
/// asked for POP3); then SSL/TLS beats STARTTLS; then the source's own order.
struct MailSettings {
    Q_DECLARE_TR_FUNCTIONS(postier::models::MailSettings)

public:
    QString providerId;       ///< emailProvider id, "infomaniak.com"; may be empty
    QString displayName;      ///< "Infomaniak"; may be empty
    QStringList domains;      ///< the address domains the source says it covers
    QList<ServerCandidate> incoming; ///< IMAP and POP3 servers, in the source's order
    QList<ServerCandidate> outgoing; ///< SMTP servers, in the source's order
    /// What the user must know or do before logging in works (an app password, enabling IMAP in
    /// the provider's web settings); a translated paragraph, empty when there is nothing to say.
    QString notice;

    [[nodiscard]] bool hasIncoming() const { return !incoming.isEmpty(); }
    [[nodiscard]] bool hasOutgoing() const { return !outgoing.isEmpty(); }
    /// Whether the provider lists an incoming server of this protocol.
    [[nodiscard]] bool offers(protocols::Protocol protocol) const;

    /// The incoming server to use, by the rules above; nullopt when there is none.
    [[nodiscard]] std::optional<ServerCandidate> bestIncoming(
        protocols::Protocol preferred = protocols::Protocol::Imap) const;
    /// The outgoing server to use, by the rules above; nullopt when there is none.
    [[nodiscard]] std::optional<ServerCandidate> bestOutgoing() const;

    /// "IMAP, mail.example.com, port 993, SSL/TLS", for summaries.
    [[nodiscard]] static QString describe(const protocols::ServerEndpoint &endpoint);
    /// "SSL/TLS", "STARTTLS" or "no encryption".
    [[nodiscard]] static QString securityName(protocols::Security security);
};

} // namespace postier::models
