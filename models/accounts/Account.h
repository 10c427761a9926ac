#pragma once

#include "models/accounts/Identity.h"
#include "models/accounts/Pop3Options.h"
#include "protocols/ServerEndpoint.h"

#include <QList>
#include <QString>
#include <QUuid>

namespace postier::models {

/// One mail account as the user set it up: where mail comes from, where it goes, and the name
/// the user knows it by. Holds no secret: passwords are in the keychain under passwordKey().
///
/// Who the account sends as: displayName, address and signature make its primary identity;
/// aliases are the further sender addresses of the same mailbox. identities() gives them all.
struct Account {
    QString id;              ///< Stable identifier (a UUID), used for cache and keychain keys
    QString name;            ///< "Work", chosen by the user; unique, used by postier-cli
    QString address;         ///< anna@example.com
    QString displayName;     ///< Anna Martin
    QString signature;       ///< The primary identity's signature (plain text; see Identity)
    /// Further identities, in the user's order. Their accountId is not stored: identities()
    /// and AccountStore fill it in from id.
    QList<Identity> aliases;
    protocols::ServerEndpoint incoming;
    protocols::ServerEndpoint outgoing;
    bool enabled = true;     ///< A disabled account keeps its settings and local mail
    Pop3Options pop3;        ///< Only meaningful when incoming.protocol is POP3

    /// The primary identity, then every alias, each with accountId = id.
    [[nodiscard]] QList<Identity> identities() const;

    /// The keychain entry of the incoming server's password: "imaps://anna@host:993".
    [[nodiscard]] static QString passwordKey(const protocols::ServerEndpoint &endpoint)
    {
        QUrl url = endpoint.toUrl();
        url.setPort(endpoint.port);
        return url.toString();
    }
};

inline Identity Identity::fromAccount(const Account &account)
{
    return Identity {account.id, account.displayName, account.address, account.signature};
}

inline QList<Identity> Account::identities() const
{
    QList<Identity> out {Identity::fromAccount(*this)};
    for (Identity alias : aliases) {
        alias.accountId = id;
        out << alias;
    }
    return out;
}

} // namespace postier::models
