#pragma once

#include "models/accounts/Pop3Options.h"
#include "protocols/ServerEndpoint.h"

#include <QString>
#include <QUuid>

namespace postier::models {

/// One mail account as the user set it up: where mail comes from, where it goes, and the name
/// the user knows it by. Holds no secret: passwords are in the keychain under passwordKey().
struct Account {
    QString id;              ///< Stable identifier (a UUID), used for cache and keychain keys
    QString name;            ///< "Work", chosen by the user; unique, used by postier-cli
    QString address;         ///< anna@example.com
    QString displayName;     ///< Anna Martin
    protocols::ServerEndpoint incoming;
    protocols::ServerEndpoint outgoing;
    bool enabled = true;     ///< A disabled account keeps its settings and local mail
    Pop3Options pop3;        ///< Only meaningful when incoming.protocol is POP3

    /// The keychain entry of the incoming server's password: "imaps://anna@host:993".
    [[nodiscard]] static QString passwordKey(const protocols::ServerEndpoint &endpoint)
    {
        QUrl url = endpoint.toUrl();
        url.setPort(endpoint.port);
        return url.toString();
    }
};

} // namespace postier::models
