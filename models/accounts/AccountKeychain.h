#pragma once

#include "models/accounts/Account.h"

#include <QObject>
#include <QString>
#include <QStringList>
#include <functional>
#include <optional>

namespace postier::models {

class PasswordStore;

/// Keeps an account's password in the keychain in step with its settings. The password lives
/// under the Account::passwordKey() of the incoming server and, when it differs, of the outgoing
/// server (keysOf()), as the account wizard stores it.
///
/// update(): after the settings changed from `before` to `after`. With a new password, it is
/// written under every key of `after`. Without one, when the keys changed (another host, user,
/// port, security or protocol), the stored password is read from the old incoming key and
/// written under the new keys. Keys of `before` that `after` no longer uses are deleted, but only
/// once every new key was written: a failure never loses the stored password. forget(): deletes
/// every key of a removed account (a key that has no entry counts as deleted).
///
/// Everything runs through the PasswordStore, asynchronously; `done` runs exactly once, in the
/// caller's thread, unless `context` or the store was destroyed by then (and at once when there
/// is nothing to do).
class AccountKeychain
{
public:
    struct Outcome {
        bool ok = true;
        bool unavailable = false; ///< there is no usable keychain at all
        QString error; ///< the keychain's sentence when !ok
        /// The account's password when it was written or moved (for a running session).
        std::optional<QString> password;
    };
    using Done = std::function<void(const Outcome &outcome)>;

    [[nodiscard]] static QStringList keysOf(const Account &account);

    static void update(PasswordStore &store, const Account &before, const Account &after,
                       const std::optional<QString> &password, QObject *context, Done done);
    static void forget(PasswordStore &store, const Account &account, QObject *context, Done done);
};

} // namespace postier::models
