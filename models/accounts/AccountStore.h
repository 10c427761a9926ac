#pragma once

#include "models/accounts/Account.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

class QSettings;

namespace postier::models {

/// Reads and writes the account list in the application's settings (QSettings, group
/// "accounts", one group per account id). Never stores passwords: see PasswordStore.
///
/// An account's aliases are the array "identities" in its group (name, address, signature per
/// entry); its primary identity is its own displayName, address and signature keys.
///
/// Unknown or malformed entries are skipped with a warning sentence (warnings(), filled by
/// every read), never thrown away on save: an account that cannot be read keeps its group, and
/// an alias that cannot be read (no address, not an address, an address the account already
/// has) is written back unchanged after the others.
class AccountStore
{
    Q_DECLARE_TR_FUNCTIONS(postier::models::AccountStore)

public:
    /// Uses the application's default QSettings, or `settingsFile` (INI) when given.
    explicit AccountStore(const QString &settingsFile = {});
    ~AccountStore();

    [[nodiscard]] QList<Account> accounts() const;
    /// Finds by name (case-insensitive) or id.
    [[nodiscard]] bool find(const QString &nameOrId, Account *out) const;
    /// Adds or replaces (by id). Fails with a sentence when another account has the same name,
    /// or an alias is not an e-mail address or repeats one of the account's addresses.
    [[nodiscard]] bool save(const Account &account, QString *error);
    [[nodiscard]] bool remove(const QString &id);
    [[nodiscard]] QString defaultAccountId() const;
    void setDefaultAccountId(const QString &id);
    [[nodiscard]] QStringList warnings() const { return m_warnings; }

private:
    QSettings *m_settings;
    mutable QStringList m_warnings;
};

} // namespace postier::models
