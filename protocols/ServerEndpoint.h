#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <QUrl>

namespace postier::protocols {

enum class Protocol { Imap, Pop3, Smtp, ManageSieve };

/// How the connection is protected. There is no "try TLS, else plain": StartTls fails if the
/// server does not offer it, and None is only ever used when the user chose it explicitly.
enum class Security { Tls, StartTls, None };

/// What we trust beyond the system store. Both are optional and per account.
struct TrustSettings {
    QString extraCaFile;       ///< PEM file with one or more CA certificates.
    QByteArray pinnedSha256;   ///< SHA-256 of one leaf certificate the user accepted explicitly.
};

/// Where and how to reach one server, without the password (that lives in the keychain).
struct ServerEndpoint {
    Q_DECLARE_TR_FUNCTIONS(postier::protocols::ServerEndpoint)

public:
    Protocol protocol = Protocol::Imap;
    Security security = Security::Tls;
    QString host;
    quint16 port = 0;
    QString user;
    TrustSettings trust;
    int timeoutMs = 30000;

    /// Parses `imaps://alice@host:993`, `imap+starttls://…`, `imap+plain://…`, `pop3s://…`,
    /// `pop3+starttls://…`, `smtps://…`, `smtp+starttls://…`, `sieve+starttls://…`.
    /// Plain `imap://`, `pop3://` and `smtp://` mean STARTTLS: plain text must be asked for by
    /// name (`+plain`). The port defaults from the scheme. On failure, returns false and sets
    /// *error to a sentence.
    [[nodiscard]] static bool fromUrl(const QUrl &url, ServerEndpoint *out, QString *error);
    [[nodiscard]] QUrl toUrl() const;

    [[nodiscard]] static quint16 defaultPort(Protocol protocol, Security security);
    [[nodiscard]] QString protocolName() const;
    /// "alice@mail.example.com:993", for sentences.
    [[nodiscard]] QString displayName() const;
};

} // namespace postier::protocols
