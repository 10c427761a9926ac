#pragma once

#include <QWizardPage>

class QLabel;
class QLineEdit;

namespace postier::ui {

class AccountPop3OptionsWidget;
struct AccountWizardState;

/// Last page of AccountWizard: what will be saved, the name the account goes by in Postier and
/// postier-cli (the address unless the user changes it), and for POP3 the download options.
/// Complete when the name is not empty. Shows the sentence of a save that failed (setError()),
/// for instance a name that another account already uses.
class AccountDonePage : public QWizardPage
{
    Q_OBJECT
public:
    explicit AccountDonePage(AccountWizardState *state, QWidget *parent = nullptr);

    void initializePage() override;
    [[nodiscard]] bool isComplete() const override;
    [[nodiscard]] bool validatePage() override;
    [[nodiscard]] int nextId() const override { return -1; }

    [[nodiscard]] QString accountName() const;
    void setError(const QString &sentence);

    [[nodiscard]] QLineEdit *nameEdit() const { return m_name; }
    [[nodiscard]] QLabel *summaryLabel() const { return m_summary; }
    [[nodiscard]] QLabel *errorLabel() const { return m_error; }
    [[nodiscard]] AccountPop3OptionsWidget *pop3Options() const { return m_pop3; }

private:
    AccountWizardState *m_state;
    QLabel *m_summary;
    QLineEdit *m_name;
    AccountPop3OptionsWidget *m_pop3;
    QLabel *m_error;
};

} // namespace postier::ui
