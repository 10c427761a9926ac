#pragma once

#include "models/accounts/Account.h"

#include <QAbstractListModel>
#include <QList>

#include <optional>

namespace postier::models {

class AccountStore;

/// The accounts of the settings as a list: one row per account, sorted by name as AccountStore
/// keeps them, optionally only those whose incoming server speaks one protocol (the POP3
/// accounts a conversion can start from, say). DisplayRole is "Name — address" (with
/// "(switched off)" for a disabled account), ToolTipRole the address; the account roles of
/// Roles.h give the id, address, protocol and state. reload() re-reads the settings after they
/// changed (an account added, edited or removed); the rows are replaced in one reset.
class AccountModel : public QAbstractListModel
{
    Q_OBJECT
public:
    explicit AccountModel(AccountStore &store, QObject *parent = nullptr);

    /// Only accounts whose incoming server uses `protocol`; std::nullopt for all of them.
    void setProtocolFilter(std::optional<protocols::Protocol> protocol);
    void reload();

    /// The row of the account with this id, or -1.
    [[nodiscard]] int rowOf(const QString &accountId) const;
    [[nodiscard]] const Account &account(int row) const { return m_accounts.at(row); }

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

private:
    AccountStore &m_store;
    std::optional<protocols::Protocol> m_protocol;
    QList<Account> m_accounts;
};

} // namespace postier::models
