#pragma once

#include "models/accounts/Account.h"
#include "models/autoconfig/DiscoveryResult.h"
#include "protocols/Error.h"

#include <QWizardPage>

class QComboBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace postier::models {
class AccountDiscovery;
class AccountModel;
class AccountTester;
} // namespace postier::models

namespace postier::ui {

class AccountServerCheckWidget;
struct MigrationWizardState;

/// First page of MigrationWizard: which POP account to convert, and the IMAP account it becomes.
///
/// Lists the POP3 accounts of the AccountStore. For the chosen one it reads the password from the
/// keychain (under Account::passwordKey() of its POP server) and finds the IMAP side: an IMAP
/// account of the same address already in Postier (then its own keychain password is preferred),
/// else the IMAP server that AccountDiscovery finds (provider table, autoconfig, DNS SRV), else
/// the POP server's own host on port 993; the user name is the POP account's. When both run on
/// the same host, the certificate trust of the POP account carries over, and the page says so
/// (Infomaniak's mail.infomaniak.com serves both). Then it logs in for real (AccountTester).
///
/// Nothing is typed twice: the password field only appears when the keychain has no password or
/// the server refused it, and the server fields only on "Change Server…" or when nothing works.
/// Complete once the IMAP login passed. Nothing is saved here.
class MigrationAccountPage : public QWizardPage
{
    Q_OBJECT
public:
    explicit MigrationAccountPage(MigrationWizardState *state, QWidget *parent = nullptr);
    ~MigrationAccountPage() override;

    void initializePage() override;
    void cleanupPage() override;
    [[nodiscard]] bool isComplete() const override;
    bool validatePage() override;
    [[nodiscard]] int nextId() const override;

    [[nodiscard]] QComboBox *accountCombo() const { return m_combo; }
    [[nodiscard]] AccountServerCheckWidget *serverCheck() const { return m_check; }
    [[nodiscard]] QLabel *sameHostLabel() const { return m_sameHost; }
    [[nodiscard]] QLabel *accountLabel() const { return m_accountNote; }
    [[nodiscard]] QLineEdit *passwordEdit() const { return m_passwordEdit; }
    [[nodiscard]] QPushButton *changeServerButton() const { return m_changeServer; }
    [[nodiscard]] QLineEdit *hostEdit() const { return m_hostEdit; }
    [[nodiscard]] QSpinBox *portSpin() const { return m_portSpin; }
    [[nodiscard]] QPushButton *checkServerButton() const { return m_checkServer; }
    /// The IMAP server as it will be used.
    [[nodiscard]] const protocols::ServerEndpoint &imapEndpoint() const { return m_endpoint; }

private:
    void fillAccounts();
    void abandon();
    void startChecks();
    void readPassword(const QString &key, bool fallbackToPop);
    void onDiscovered(const models::DiscoveryResult &result);
    void setEndpoint(const protocols::ServerEndpoint &endpoint);
    void askPassword(const QString &sentence);
    void maybeTest();
    void onTested(const protocols::Error &error);
    void showServerFields(bool show);
    void checkEditedServer();
    void updateNotes();
    [[nodiscard]] QString newAccountName() const;

    MigrationWizardState *m_state;
    models::AccountDiscovery *m_discovery;
    models::AccountTester *m_tester;
    QLabel *m_intro;
    QComboBox *m_combo;
    models::AccountModel *m_accounts;
    QLabel *m_noAccounts;
    QLabel *m_status;
    AccountServerCheckWidget *m_check;
    QLabel *m_sameHost;
    QLabel *m_accountNote;
    QWidget *m_passwordRow;
    QLabel *m_passwordLabel;
    QLineEdit *m_passwordEdit;
    QPushButton *m_passwordButton;
    QPushButton *m_changeServer;
    QGroupBox *m_serverBox;
    QLineEdit *m_hostEdit;
    QSpinBox *m_portSpin;
    QComboBox *m_securityCombo;
    QPushButton *m_checkServer;

    models::Account m_pop;
    models::Account m_imap;
    bool m_imapExisted = false;
    protocols::ServerEndpoint m_endpoint;
    bool m_endpointKnown = false;
    QString m_password;
    bool m_passwordKnown = false;
    bool m_passwordTyped = false;
    quint64 m_generation = 0;
};

} // namespace postier::ui
