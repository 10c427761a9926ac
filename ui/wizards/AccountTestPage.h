#pragma once

#include "models/autoconfig/AccountTester.h"

#include <QWizardPage>

class QLabel;

namespace postier::ui {

class AccountServerCheckWidget;
struct AccountWizardState;

/// The login test of AccountWizard: logs in to the incoming and the outgoing server for real
/// (AccountTester) and shows each outcome with an icon and a sentence.
///
/// initializePage() starts both checks; the page is complete only when both passed. An
/// untrusted certificate is shown in full (subject, issuer, validity, SHA-256 fingerprint) with
/// "Trust this certificate": that pins exactly this certificate (TrustSettings::pinnedSha256)
/// on the server that showed it, and on the other server too when that has the same host name
/// and showed the very same certificate, and checks again. "Try again" repeats a check that
/// failed on the network. A refused password comes with the provider's advice when Postier
/// knows it (app passwords).
/// cleanupPage() abandons the checks and forgets the pins.
class AccountTestPage : public QWizardPage
{
    Q_OBJECT
public:
    explicit AccountTestPage(AccountWizardState *state, QWidget *parent = nullptr);

    void initializePage() override;
    void cleanupPage() override;
    [[nodiscard]] bool isComplete() const override;
    [[nodiscard]] int nextId() const override;

    [[nodiscard]] const models::AccountTester &tester() const { return *m_tester; }
    [[nodiscard]] AccountServerCheckWidget *incomingCheck() const { return m_incoming; }
    [[nodiscard]] AccountServerCheckWidget *outgoingCheck() const { return m_outgoing; }
    [[nodiscard]] QLabel *summaryLabel() const { return m_summary; }

private:
    [[nodiscard]] AccountServerCheckWidget *widgetFor(models::AccountTester::Role role) const;
    [[nodiscard]] protocols::ServerEndpoint &endpointFor(models::AccountTester::Role role);
    void onCheckFinished(models::AccountTester::Role role, const protocols::Error &error);
    void onFinished();
    static models::AccountTester::Role otherRole(models::AccountTester::Role role);
    void trust(models::AccountTester::Role role);
    void retry(models::AccountTester::Role role);

    AccountWizardState *m_state;
    models::AccountTester *m_tester;
    QLabel *m_intro;
    AccountServerCheckWidget *m_incoming;
    AccountServerCheckWidget *m_outgoing;
    QLabel *m_summary;
};

} // namespace postier::ui
