#pragma once

#include "protocols/ServerEndpoint.h"

#include <QGroupBox>

class QComboBox;
class QLineEdit;
class QSpinBox;

namespace postier::ui {

/// The settings of one server in AccountSettingsDialog: for incoming mail the protocol (IMAP or
/// POP3), then host, port, security and user name, laid out as on the wizard's settings page.
/// Changing the protocol or the security moves a port that was the default to the new default.
///
/// endpoint() is the endpoint given to setEndpoint() with the fields applied. Its trust settings
/// stay, except that a pinned certificate is dropped when the host changes: it was accepted for
/// the old server.
class AccountServerBox : public QGroupBox
{
    Q_OBJECT
public:
    enum class Kind { Incoming, Outgoing };

    AccountServerBox(Kind kind, const QString &title, QWidget *parent = nullptr);

    void setEndpoint(const protocols::ServerEndpoint &endpoint);
    [[nodiscard]] protocols::ServerEndpoint endpoint() const;
    /// Why `endpoint` cannot be saved, as a sentence; empty when it can. *hostWrong (when
    /// non-null) says whether the host or the user name is to blame.
    [[nodiscard]] static QString problem(Kind kind, const protocols::ServerEndpoint &endpoint,
                                         bool *hostWrong = nullptr);
    /// Puts the cursor in the host or the user name field.
    void focusField(bool host);

    [[nodiscard]] QComboBox *protocolBox() const { return m_protocol; } ///< nullptr for Outgoing
    [[nodiscard]] QLineEdit *hostEdit() const { return m_host; }
    [[nodiscard]] QSpinBox *portBox() const { return m_port; }
    [[nodiscard]] QComboBox *securityBox() const { return m_security; }
    [[nodiscard]] QLineEdit *userEdit() const { return m_user; }

Q_SIGNALS:
    /// The user changed a field (not emitted by setEndpoint()).
    void edited();

private:
    [[nodiscard]] protocols::Protocol protocol() const;
    [[nodiscard]] protocols::Security security() const;
    void onKindChanged();

    Kind m_kind;
    QComboBox *m_protocol = nullptr;
    QLineEdit *m_host;
    QSpinBox *m_port;
    QComboBox *m_security;
    QLineEdit *m_user;
    protocols::ServerEndpoint m_endpoint;
    quint16 m_defaultPort = 0;
    bool m_filling = false;
};

} // namespace postier::ui
