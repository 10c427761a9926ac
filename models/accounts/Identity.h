#pragma once

#include "protocols/smtp/OutgoingMessage.h"

#include <QString>

namespace postier::models {

struct Account;

/// Who a message is sent as: a name, an address, the signature that goes below the text, and
/// the account whose servers send it.
///
/// Every account has at least one identity, its primary one: the account's own displayName,
/// address and signature (fromAccount()). Further sender addresses of the same mailbox (aliases
/// such as sales@ next to anna@) are Account::aliases. Account::identities() lists them all,
/// primary first.
struct Identity {
    QString accountId;
    QString name; ///< "Anna Martin"; may be empty
    QString address; ///< "anna@example.com"
    /// Plain text, without the "-- " delimiter line; may span lines; empty for none. (Its
    /// initializer lets the older {accountId, name, address} initialisations stay as they are.)
    QString signature {};

    /// The account's primary identity.
    [[nodiscard]] static Identity fromAccount(const Account &account);
    [[nodiscard]] protocols::MailAddress mailAddress() const { return {name, address}; }
    /// "Anna Martin <anna@example.com>", or the bare address without a name.
    [[nodiscard]] QString displayText() const
    {
        return name.isEmpty() ? address : name + QStringLiteral(" <") + address + QLatin1Char('>');
    }
    [[nodiscard]] bool isValid() const { return !accountId.isEmpty() && !address.isEmpty(); }

    bool operator==(const Identity &other) const = default;
};

} // namespace postier::models
