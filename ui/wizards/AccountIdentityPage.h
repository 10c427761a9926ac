#pragma once

#include <QWizardPage>

class QCheckBox;
class QLabel;
class QLineEdit;

namespace postier::ui {

struct AccountWizardState;

/// First page of AccountWizard: the user's name, e-mail address and password.
///
/// Complete when the name is not empty, the address is a complete address (it has a domain that
/// autoconfig and DNS can be asked about) and the password is not empty. "Show password" reveals
/// it. Writes the three values to the wizard's state when the user goes on.
class AccountIdentityPage : public QWizardPage
{
    Q_OBJECT
public:
    explicit AccountIdentityPage(AccountWizardState *state, QWidget *parent = nullptr);

    [[nodiscard]] bool isComplete() const override;
    [[nodiscard]] bool validatePage() override;
    [[nodiscard]] int nextId() const override;

    [[nodiscard]] QLineEdit *nameEdit() const { return m_name; }
    [[nodiscard]] QLineEdit *addressEdit() const { return m_address; }
    [[nodiscard]] QLineEdit *passwordEdit() const { return m_password; }
    [[nodiscard]] QCheckBox *showPasswordBox() const { return m_showPassword; }

private:
    void updateAddressHint();

    AccountWizardState *m_state;
    QLineEdit *m_name;
    QLineEdit *m_address;
    QLineEdit *m_password;
    QCheckBox *m_showPassword;
    QLabel *m_addressHint;
};

} // namespace postier::ui
