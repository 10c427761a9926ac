#pragma once

#include "models/accounts/Account.h"
#include "protocols/smtp/OutgoingMessage.h"

#include <QString>

namespace postier::models {

/// Who a message is sent as: a name and an address, and the account that sends it. For now each
/// account has exactly one identity, its display name and address (fromAccount()).
struct Identity {
    QString accountId;
    QString name; ///< "Anna Martin"; may be empty
    QString address; ///< "anna@example.com"

    [[nodiscard]] static Identity fromAccount(const Account &account)
    {
        return Identity {account.id, account.displayName, account.address};
    }
    [[nodiscard]] protocols::MailAddress mailAddress() const { return {name, address}; }
    /// "Anna Martin <anna@example.com>", or the bare address without a name.
    [[nodiscard]] QString displayText() const
    {
        return name.isEmpty() ? address : name + QStringLiteral(" <") + address + QLatin1Char('>');
    }
    [[nodiscard]] bool isValid() const { return !accountId.isEmpty() && !address.isEmpty(); }
};

} // namespace postier::models
