#pragma once

#include "protocols/ServerEndpoint.h"

#include <QWizardPage>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace postier::ui {

class AccountPop3OptionsWidget;
struct AccountWizardState;

/// The settings page of AccountWizard, for when discovery found nothing or the user wants to
/// change what it found: incoming server (IMAP or POP3, host, port, security, user name),
/// outgoing SMTP server (host, port, security, user name) and, for POP3, whether to leave mail on
/// the server (and remove it after some days) and how often to check.
///
/// Starts from what discovery found, or from the usual ports with the address as user name.
/// Changing the protocol or the security moves a port that was the default to the new default.
/// "None" (no encryption) shows a warning and the page stays incomplete until the user ticks
/// that they accept sending the password unencrypted. Complete when both host names are
/// plausible and both user names are filled in.
class AccountManualPage : public QWizardPage
{
    Q_OBJECT
public:
    explicit AccountManualPage(AccountWizardState *state, QWidget *parent = nullptr);

    void initializePage() override;
    [[nodiscard]] bool isComplete() const override;
    [[nodiscard]] bool validatePage() override;
    [[nodiscard]] int nextId() const override;

    /// The endpoints as the fields now describe them (no trust settings).
    [[nodiscard]] protocols::ServerEndpoint incoming() const;
    [[nodiscard]] protocols::ServerEndpoint outgoing() const;

    [[nodiscard]] QComboBox *protocolBox() const { return m_protocol; }
    [[nodiscard]] QLineEdit *incomingHostEdit() const { return m_inHost; }
    [[nodiscard]] QSpinBox *incomingPortBox() const { return m_inPort; }
    [[nodiscard]] QComboBox *incomingSecurityBox() const { return m_inSecurity; }
    [[nodiscard]] QLineEdit *incomingUserEdit() const { return m_inUser; }
    [[nodiscard]] QLineEdit *outgoingHostEdit() const { return m_outHost; }
    [[nodiscard]] QSpinBox *outgoingPortBox() const { return m_outPort; }
    [[nodiscard]] QComboBox *outgoingSecurityBox() const { return m_outSecurity; }
    [[nodiscard]] QLineEdit *outgoingUserEdit() const { return m_outUser; }
    [[nodiscard]] AccountPop3OptionsWidget *pop3Options() const { return m_pop3; }
    [[nodiscard]] QLabel *plainWarningLabel() const { return m_plainWarning; }
    [[nodiscard]] QCheckBox *plainConsentBox() const { return m_plainConsent; }

private:
    static void fillSecurity(QComboBox *box);
    static void setSecurity(QComboBox *box, protocols::Security security);
    [[nodiscard]] static protocols::Security securityOf(const QComboBox *box);
    [[nodiscard]] protocols::Protocol incomingProtocol() const;
    void onIncomingKindChanged();
    void onOutgoingSecurityChanged();
    void updatePlainWarning();

    AccountWizardState *m_state;
    QComboBox *m_protocol;
    QLineEdit *m_inHost;
    QSpinBox *m_inPort;
    QComboBox *m_inSecurity;
    QLineEdit *m_inUser;
    QLineEdit *m_outHost;
    QSpinBox *m_outPort;
    QComboBox *m_outSecurity;
    QLineEdit *m_outUser;
    AccountPop3OptionsWidget *m_pop3;
    QLabel *m_plainWarning;
    QCheckBox *m_plainConsent;
    quint16 m_inDefaultPort = 993;
    quint16 m_outDefaultPort = 465;
};

} // namespace postier::ui
