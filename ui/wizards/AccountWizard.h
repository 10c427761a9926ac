#pragma once

#include "models/accounts/Account.h"
#include "models/accounts/PasswordStore.h"
#include "models/autoconfig/DiscoveryOptions.h"
#include "models/accounts/Pop3Options.h"
#include "protocols/ConnectionOptions.h"
#include "ui/wizards/AccountWizardState.h"

#include <QWizard>

#include <functional>

namespace postier::models {
class AccountStore;
}

namespace postier::ui {

class AccountDiscoveryPage;
class AccountDonePage;
class AccountIdentityPage;
class AccountManualPage;
class AccountTestPage;

/// Sets up a mail account from a name, an address and a password.
///
/// Pages, in order: AccountIdentityPage (name, address, password) → AccountDiscoveryPage
/// (AccountDiscovery: provider table, autoconfig, DNS SRV; "Edit settings" or nothing found →
/// AccountManualPage) → AccountTestPage (AccountTester logs in to both servers for real; an
/// untrusted certificate can be trusted there, exactly that one, by its SHA-256 fingerprint) →
/// AccountDonePage (account name, summary). Pages that wait for the network start in
/// initializePage(), are complete only when their job is done and OK, and abandon the job in
/// cleanupPage(); the UI thread never waits.
///
/// Finish (accept()) saves the account through the AccountStore given to the constructor and
/// the password through the password writer, under Account::passwordKey() of both servers,
/// then closes. A refused save (a name already taken, an unwritable settings file, a keychain
/// error) is shown on the last page and the wizard stays open; a keychain that does not exist at
/// all (no Secret Service) does not stop the wizard: keychainWarning() then says so. Without an
/// AccountStore the wizard saves nothing and the caller takes account(), password() and
/// pop3Options() itself.
class AccountWizard : public QWizard
{
    Q_OBJECT
public:
    enum PageId { IdentityPageId, DiscoveryPageId, ManualPageId, TestPageId, DonePageId };

    /// Writes one password to the keychain and answers once through the callback (the shape of
    /// PasswordStore::write, which is the default).
    using PasswordWriter = std::function<void(const QString &key, const QString &password,
                                              models::PasswordStore::Callback callback)>;

    explicit AccountWizard(models::AccountStore *store = nullptr, QWidget *parent = nullptr);
    ~AccountWizard() override;

    /// Set before show(): how discovery runs (test seams for autoconfig and DNS).
    void setDiscoveryOptions(const models::DiscoveryOptions &options);
    /// Set before show(): options for the login test connections (test seams, trace).
    void setConnectionOptions(const protocols::ConnectionOptions &options);
    void setPasswordWriter(PasswordWriter writer);

    /// The account as the pages now describe it (id empty until saved).
    [[nodiscard]] models::Account account() const;
    [[nodiscard]] QString password() const { return m_state.password; }
    /// POP3 fetching options; meaningful when account().incoming is POP3. Account cannot hold
    /// them yet, so the caller stores them.
    [[nodiscard]] models::Pop3Options pop3Options() const { return m_state.pop3; }
    /// After accept(): a sentence when the keychain was not available, empty otherwise.
    [[nodiscard]] QString keychainWarning() const { return m_keychainWarning; }
    [[nodiscard]] const AccountWizardState &state() const { return m_state; }

    [[nodiscard]] AccountIdentityPage *identityPage() const { return m_identityPage; }
    [[nodiscard]] AccountDiscoveryPage *discoveryPage() const { return m_discoveryPage; }
    [[nodiscard]] AccountManualPage *manualPage() const { return m_manualPage; }
    [[nodiscard]] AccountTestPage *testPage() const { return m_testPage; }
    [[nodiscard]] AccountDonePage *donePage() const { return m_donePage; }

    void accept() override;

Q_SIGNALS:
    /// The account and its password were saved (before the dialog closes).
    void accountSaved(const postier::models::Account &account);

private:
    void savePasswords(const models::Account &account);

    AccountWizardState m_state;
    models::AccountStore *m_store;
    PasswordWriter m_passwordWriter;
    models::PasswordStore *m_passwordStore = nullptr;
    AccountIdentityPage *m_identityPage;
    AccountDiscoveryPage *m_discoveryPage;
    AccountManualPage *m_manualPage;
    AccountTestPage *m_testPage;
    AccountDonePage *m_donePage;
    QString m_savedId;
    QString m_keychainWarning;
    bool m_saving = false;
};

} // namespace postier::ui
