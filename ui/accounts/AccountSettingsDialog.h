#pragma once

#include "models/accounts/Account.h"

#include <QDialog>
#include <QMessageBox>
#include <functional>
#include <memory>
#include <optional>

class QCheckBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QTabWidget;

namespace postier::models {
class AccountStore;
class PasswordStore;
} // namespace postier::models

namespace postier::ui {

class AccountIdentitiesEditor;
class AccountPop3OptionsWidget;
class AccountServerBox;
class NoticeBar;

/// Changes the accounts that exist: the list on the left, and for the selected account the
/// pages General (account name, your name, address, enabled), Identities (aliases with their
/// signatures, AccountIdentitiesEditor), Servers (incoming and outgoing server, and the password)
/// and, for a POP3 account, POP3 (AccountPop3OptionsWidget). Remove Account asks first, then
/// forgets the account's settings and password; its mail on this computer stays.
///
/// Edits are kept per account until OK or Apply, which check every changed account (a sentence
/// in the notice bar names the first problem, selects its account and page, and nothing is
/// saved), then save them through the AccountStore. Passwords live only in the keychain
/// (models::AccountKeychain over a PasswordStore): a new password is written under the account's
/// keys; a change of host, user, port, security or protocol moves the stored password to the new
/// Account::passwordKey() and deletes the old entry; removing an account deletes its entries.
/// The keychain answers asynchronously: meanwhile the dialog stays responsive but does not close,
/// and a keychain error is a sentence in the notice bar.
///
/// accountsChanged() follows every save and removal, once the keychain is done with it;
/// passwordChanged() then gives a running session each password that was typed or moved.
class AccountSettingsDialog : public QDialog
{
    Q_OBJECT
public:
    /// Asks the user; returns the button chosen (Yes confirms). The default shows a QMessageBox.
    using Prompter = std::function<QMessageBox::StandardButton(const QString &title, const QString &text)>;

    explicit AccountSettingsDialog(models::AccountStore &store, QWidget *parent = nullptr);
    ~AccountSettingsDialog() override;

    /// The keychain to use instead of the dialog's own PasswordStore (tests); not owned.
    void setPasswordStore(models::PasswordStore *store);
    void setPrompter(Prompter prompter) { m_prompter = std::move(prompter); }

    void selectAccount(const QString &accountId);
    [[nodiscard]] QString currentAccountId() const;
    /// Whether an account has changes that are not saved.
    [[nodiscard]] bool isModified() const;
    /// Whether the keychain is still busy with the last save or removal.
    [[nodiscard]] bool isBusy() const { return m_pending > 0; }

    /// Checks and saves every changed account (Apply). False, with the sentence shown, when
    /// something cannot be saved; the keychain part finishes later (keychainFinished()).
    bool save();
    /// Asks, then removes the selected account.
    void removeCurrentAccount();

    [[nodiscard]] QListWidget *accountList() const { return m_list; }
    [[nodiscard]] QTabWidget *pages() const { return m_tabs; }
    [[nodiscard]] QLineEdit *accountNameEdit() const { return m_accountName; }
    [[nodiscard]] QLineEdit *displayNameEdit() const { return m_displayName; }
    [[nodiscard]] QLineEdit *addressEdit() const { return m_address; }
    [[nodiscard]] QCheckBox *enabledBox() const { return m_enabled; }
    [[nodiscard]] AccountIdentitiesEditor *identitiesEditor() const { return m_identities; }
    [[nodiscard]] AccountServerBox *incomingBox() const { return m_incoming; }
    [[nodiscard]] AccountServerBox *outgoingBox() const { return m_outgoing; }
    [[nodiscard]] QLineEdit *passwordEdit() const { return m_password; }
    [[nodiscard]] AccountPop3OptionsWidget *pop3Options() const { return m_pop3; }
    [[nodiscard]] NoticeBar *noticeBar() const { return m_notice; }
    [[nodiscard]] QPushButton *removeButton() const { return m_remove; }
    [[nodiscard]] QDialogButtonBox *buttons() const { return m_buttons; }

    enum Page { GeneralPage, IdentitiesPage, ServersPage, Pop3Page };

    void accept() override;
    void reject() override;

Q_SIGNALS:
    /// Accounts were saved or removed (after the keychain finished with them).
    void accountsChanged();
    /// The password of `accountId` as now stored (typed in the dialog, or moved to new keys).
    void passwordChanged(const QString &accountId, const QString &password);
    /// The keychain finished the work of the last save or removal.
    void keychainFinished();

private:
    struct Entry {
        models::Account saved;
        models::Account edited;
        std::optional<QString> password; ///< typed in the dialog, not saved yet
        bool modified = false;
    };

    QWidget *buildGeneralPage();
    QWidget *buildServersPage();
    void loadAccounts();
    void updateListItem(int row);
    void showEntry(int row);
    void onEdited();
    void updatePlainWarning();
    void updatePop3Page();
    void updateButtons();
    /// The first problem among the changed accounts: selects it and says why.
    bool validate();
    /// One keychain task (or the save loop) finished; the last one reports and signals.
    void keychainDone();
    [[nodiscard]] models::PasswordStore &passwordStore();
    [[nodiscard]] QMessageBox::StandardButton ask(const QString &title, const QString &text,
                                                  const QString &yesText);

    models::AccountStore &m_store;
    models::PasswordStore *m_passwordStore = nullptr;
    std::shared_ptr<models::PasswordStore> m_ownPasswordStore;
    Prompter m_prompter;

    QList<Entry> m_entries;
    int m_current = -1;
    bool m_filling = false;
    int m_pending = 0;
    bool m_acceptWhenDone = false;
    bool m_anythingSaved = false;
    QStringList m_keychainErrors;
    QString m_doneMessage; ///< what the notice says when all went well; empty when it did not
    QList<QPair<QString, QString>> m_newPasswords;

    NoticeBar *m_notice;
    QListWidget *m_list;
    QPushButton *m_remove;
    QTabWidget *m_tabs;
    QLineEdit *m_accountName = nullptr;
    QLineEdit *m_displayName = nullptr;
    QLineEdit *m_address = nullptr;
    QCheckBox *m_enabled = nullptr;
    AccountIdentitiesEditor *m_identities = nullptr;
    AccountServerBox *m_incoming = nullptr;
    AccountServerBox *m_outgoing = nullptr;
    QLineEdit *m_password = nullptr;
    QCheckBox *m_showPassword = nullptr;
    QLabel *m_plainWarning = nullptr;
    AccountPop3OptionsWidget *m_pop3 = nullptr;
    QWidget *m_pop3Page = nullptr;
    QDialogButtonBox *m_buttons;
};

} // namespace postier::ui
