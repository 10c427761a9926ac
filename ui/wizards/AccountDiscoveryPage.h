#pragma once

#include "models/autoconfig/DiscoveryResult.h"

#include <QWizardPage>

class QButtonGroup;
class QLabel;
class QProgressBar;
class QPushButton;
class QRadioButton;
class QWidget;

namespace postier::models {
class AccountDiscovery;
}

namespace postier::ui {

struct AccountWizardState;

/// Second page of AccountWizard: finds the server settings for the address (AccountDiscovery)
/// and shows where they came from and what they are.
///
/// initializePage() starts the discovery and shows its steps with a busy bar; the page is
/// complete once it has finished, whatever it found. When both IMAP and POP3 are offered the
/// user picks one (IMAP by default). The provider's notice (app passwords, OAuth) is shown
/// before any login is tried. Next goes to the login test, or to AccountManualPage when nothing
/// usable was found, when the only server found is unencrypted (the manual page asks for
/// explicit consent), or when the user pressed "Edit settings". cleanupPage() cancels the
/// discovery.
class AccountDiscoveryPage : public QWizardPage
{
    Q_OBJECT
public:
    explicit AccountDiscoveryPage(AccountWizardState *state, QWidget *parent = nullptr);
    ~AccountDiscoveryPage() override;

    void initializePage() override;
    void cleanupPage() override;
    [[nodiscard]] bool isComplete() const override;
    [[nodiscard]] bool validatePage() override;
    [[nodiscard]] int nextId() const override;

    [[nodiscard]] bool isRunning() const;
    [[nodiscard]] const models::DiscoveryResult &result() const { return m_result; }
    [[nodiscard]] QLabel *statusLabel() const { return m_status; }
    [[nodiscard]] QLabel *summaryLabel() const { return m_summary; }
    [[nodiscard]] QLabel *noticeLabel() const { return m_notice; }
    [[nodiscard]] QPushButton *editButton() const { return m_edit; }
    [[nodiscard]] QRadioButton *imapButton() const { return m_imap; }
    [[nodiscard]] QRadioButton *pop3Button() const { return m_pop3; }

private:
    void onFinished(const models::DiscoveryResult &result);
    void updateSummary();
    [[nodiscard]] bool needsManualSettings() const;

    AccountWizardState *m_state;
    models::AccountDiscovery *m_discovery = nullptr;
    models::DiscoveryResult m_result;
    bool m_finished = false;
    bool m_editRequested = false;
    bool m_trackingPageChanges = false;
    QLabel *m_status;
    QProgressBar *m_busy;
    QLabel *m_summary;
    QLabel *m_notice;
    QWidget *m_protocolBox;
    QRadioButton *m_imap;
    QRadioButton *m_pop3;
    QLabel *m_details;
    QPushButton *m_edit;
};

} // namespace postier::ui
