#include "models/accounts/AccountModel.h"

#include "models/Roles.h"
#include "models/accounts/AccountStore.h"

namespace postier::models {

AccountModel::AccountModel(AccountStore &store, QObject *parent)
    : QAbstractListModel(parent)
    , m_store(store)
{
    reload();
}

void AccountModel::setProtocolFilter(std::optional<protocols::Protocol> protocol)
{
    m_protocol = protocol;
    reload();
}

void AccountModel::reload()
{
    beginResetModel();
    m_accounts.clear();
    for (const Account &a : m_store.accounts()) {
        if (!m_protocol || a.incoming.protocol == *m_protocol)
            m_accounts.append(a);
    }
    endResetModel();
}

int AccountModel::rowOf(const QString &accountId) const
{
    for (int i = 0; i < m_accounts.size(); ++i) {
        if (m_accounts.at(i).id == accountId)
            return i;
    }
    return -1;
}

int AccountModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_accounts.size());
}

QVariant AccountModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Account &a = m_accounts.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return a.enabled ? tr("%1 — %2").arg(a.name, a.address)
                         : tr("%1 — %2 (switched off)").arg(a.name, a.address);
    case Qt::ToolTipRole:
        return a.address;
    case Roles::IsAccount:
        return true;
    case Roles::AccountId:
        return a.id;
    case Roles::AccountAddress:
        return a.address;
    case Roles::AccountProtocol:
        return int(a.incoming.protocol);
    case Roles::AccountEnabled:
        return a.enabled;
    default:
        return {};
    }
}

} // namespace postier::models
