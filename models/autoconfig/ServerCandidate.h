#pragma once

#include "protocols/ServerEndpoint.h"

#include <QList>

namespace postier::models {

/// How a server wants to be logged in to, in the terms of Thunderbird's autoconfig files.
enum class AuthMethod {
    PasswordCleartext, ///< "password-cleartext": PLAIN or LOGIN inside TLS, what Postier does
    PasswordEncrypted, ///< "password-encrypted": CRAM-MD5 and friends; also a password
    OAuth2,            ///< "OAuth2": a browser sign-in, which Postier does not offer yet
    Other,             ///< NTLM, GSSAPI, client certificates, "none", or anything unknown
};

/// One server a provider offers, as found in the provider table, an autoconfig file or DNS:
/// where it is (the endpoint, without trust settings) and how it wants the password.
struct ServerCandidate {
    protocols::ServerEndpoint endpoint;
    /// In the source's order. Empty means the source did not say; a password is then assumed.
    QList<AuthMethod> authMethods;

    /// True when logging in with a password is possible (cleartext or encrypted, or unknown).
    [[nodiscard]] bool acceptsPassword() const
    {
        if (authMethods.isEmpty())
            return true;
        return authMethods.contains(AuthMethod::PasswordCleartext)
            || authMethods.contains(AuthMethod::PasswordEncrypted);
    }
    [[nodiscard]] bool requiresOAuth2() const
    {
        return !acceptsPassword() && authMethods.contains(AuthMethod::OAuth2);
    }
};

} // namespace postier::models
