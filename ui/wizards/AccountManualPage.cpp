#include "ui/wizards/AccountManualPage.h"

#include "models/autoconfig/AutoconfigXml.h"
#include "ui/wizards/AccountPop3OptionsWidget.h"
#include "ui/wizards/AccountWizard.h"
#include "ui/wizards/AccountWizardState.h"

#include <QCheckBox>
#include <QComboBox>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>
#include <QVBoxLayout>

namespace postier::ui {

using protocols::Protocol;
using protocols::Security;
using protocols::ServerEndpoint;

namespace {

QLabel *buddyLabel(const QString &text, QWidget *buddy, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setBuddy(buddy);
    return label;
}

/// Server, port, security and user name in two rows.
void addServerRows(QGridLayout *grid, QWidget *parent, QLineEdit *host, QSpinBox *port,
                   QComboBox *security, QLineEdit *user, int firstRow, const QString &hostLabel,
                   const QString &portLabel, const QString &securityLabel, const QString &userLabel)
{
    grid->addWidget(buddyLabel(hostLabel, host, parent), firstRow, 0);
    grid->addWidget(host, firstRow, 1);
    grid->addWidget(buddyLabel(portLabel, port, parent), firstRow, 2);
    grid->addWidget(port, firstRow, 3);
    grid->addWidget(buddyLabel(userLabel, user, parent), firstRow + 1, 0);
    grid->addWidget(user, firstRow + 1, 1);
    grid->addWidget(buddyLabel(securityLabel, security, parent), firstRow + 1, 2);
    grid->addWidget(security, firstRow + 1, 3);
    grid->setColumnStretch(1, 1);
}

} // namespace

AccountManualPage::AccountManualPage(AccountWizardState *state, QWidget *parent)
    : QWizardPage(parent)
    , m_state(state)
    , m_protocol(new QComboBox(this))
    , m_inHost(new QLineEdit(this))
    , m_inPort(new QSpinBox(this))
    , m_inSecurity(new QComboBox(this))
    , m_inUser(new QLineEdit(this))
    , m_outHost(new QLineEdit(this))
    , m_outPort(new QSpinBox(this))
    , m_outSecurity(new QComboBox(this))
    , m_outUser(new QLineEdit(this))
    , m_pop3(new AccountPop3OptionsWidget(this))
    , m_plainWarning(new QLabel(this))
    , m_plainConsent(new QCheckBox(tr("I understand, and &want to connect without encryption"), this))
{
    setTitle(tr("Server settings"));

    auto *intro = new QLabel(tr("Your provider’s help pages list these settings, often under "
                                "“IMAP”, “POP” or “mail programs”."),
                             this);
    intro->setWordWrap(true);

    m_protocol->addItem(tr("IMAP (keeps mail on the server)"), int(Protocol::Imap));
    m_protocol->addItem(tr("POP3 (downloads mail to this computer)"), int(Protocol::Pop3));
    fillSecurity(m_inSecurity);
    fillSecurity(m_outSecurity);
    for (QSpinBox *port : {m_inPort, m_outPort}) {
        port->setRange(1, 65535);
        port->setAccessibleName(tr("Port"));
    }
    m_inHost->setPlaceholderText(tr("mail.example.com"));
    m_outHost->setPlaceholderText(tr("smtp.example.com"));
    m_inHost->setAccessibleName(tr("Incoming server"));
    m_outHost->setAccessibleName(tr("Outgoing server"));
    m_inUser->setAccessibleName(tr("Incoming user name"));
    m_outUser->setAccessibleName(tr("Outgoing user name"));

    auto *incomingGroup = new QGroupBox(tr("Incoming mail"), this);
    auto *inGrid = new QGridLayout(incomingGroup);
    inGrid->addWidget(buddyLabel(tr("Pro&tocol:"), m_protocol, incomingGroup), 0, 0);
    inGrid->addWidget(m_protocol, 0, 1, 1, 3);
    addServerRows(inGrid, incomingGroup, m_inHost, m_inPort, m_inSecurity, m_inUser, 1,
                  tr("&Server:"), tr("P&ort:"), tr("Se&curity:"), tr("&User name:"));

    auto *outgoingGroup = new QGroupBox(tr("Outgoing mail (SMTP)"), this);
    auto *outGrid = new QGridLayout(outgoingGroup);
    addServerRows(outGrid, outgoingGroup, m_outHost, m_outPort, m_outSecurity, m_outUser, 0,
                  tr("Ser&ver:"), tr("Po&rt:"), tr("Securit&y:"), tr("User n&ame:"));

    m_plainWarning->setWordWrap(true);
    m_plainWarning->setFrameShape(QFrame::StyledPanel);
    m_plainWarning->setMargin(8);
    m_plainWarning->setStyleSheet(QStringLiteral("QLabel { background: #fde7e9; color: #5c0011; }"));
    m_plainWarning->setText(tr("Without encryption, your password and your mail cross the network "
                               "where anyone on the way can read them, on a public Wi-Fi for "
                               "example. Choose SSL/TLS or STARTTLS whenever your provider offers "
                               "them."));

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(incomingGroup);
    layout->addWidget(outgoingGroup);
    layout->addWidget(m_pop3);
    layout->addWidget(m_plainWarning);
    layout->addWidget(m_plainConsent);
    layout->addStretch();

    connect(m_protocol, &QComboBox::currentIndexChanged, this, &AccountManualPage::onIncomingKindChanged);
    connect(m_inSecurity, &QComboBox::currentIndexChanged, this, &AccountManualPage::onIncomingKindChanged);
    connect(m_outSecurity, &QComboBox::currentIndexChanged, this, &AccountManualPage::onOutgoingSecurityChanged);
    connect(m_plainConsent, &QCheckBox::toggled, this, &QWizardPage::completeChanged);
    for (QLineEdit *edit : {m_inHost, m_inUser, m_outHost, m_outUser})
        connect(edit, &QLineEdit::textChanged, this, &QWizardPage::completeChanged);
    updatePlainWarning();
    m_pop3->setVisible(false);
}

void AccountManualPage::fillSecurity(QComboBox *box)
{
    box->addItem(tr("SSL/TLS"), int(Security::Tls));
    box->addItem(tr("STARTTLS"), int(Security::StartTls));
    box->addItem(tr("None (unencrypted)"), int(Security::None));
}

void AccountManualPage::setSecurity(QComboBox *box, Security security)
{
    box->setCurrentIndex(box->findData(int(security)));
}

Security AccountManualPage::securityOf(const QComboBox *box)
{
    return static_cast<Security>(box->currentData().toInt());
}

Protocol AccountManualPage::incomingProtocol() const
{
    return static_cast<Protocol>(m_protocol->currentData().toInt());
}

void AccountManualPage::initializePage()
{
    ServerEndpoint in = m_state->incoming;
    ServerEndpoint out = m_state->outgoing;
    if (in.host.isEmpty()) {
        in.protocol = m_state->incomingProtocol;
        in.security = Security::Tls;
        in.port = ServerEndpoint::defaultPort(in.protocol, in.security);
    }
    if (in.user.isEmpty())
        in.user = m_state->address;
    if (out.host.isEmpty()) {
        out.protocol = Protocol::Smtp;
        out.security = Security::Tls;
        out.port = ServerEndpoint::defaultPort(out.protocol, out.security);
    }
    if (out.user.isEmpty())
        out.user = in.user;

    // Set the kinds first: their change handlers move default ports.
    const QSignalBlocker b1(m_protocol), b2(m_inSecurity), b3(m_outSecurity);
    m_protocol->setCurrentIndex(m_protocol->findData(int(in.protocol == Protocol::Pop3 ? Protocol::Pop3 : Protocol::Imap)));
    setSecurity(m_inSecurity, in.security);
    setSecurity(m_outSecurity, out.security);
    m_inHost->setText(in.host);
    m_inPort->setValue(in.port ? in.port : ServerEndpoint::defaultPort(in.protocol, in.security));
    m_inUser->setText(in.user);
    m_outHost->setText(out.host);
    m_outPort->setValue(out.port ? out.port : ServerEndpoint::defaultPort(out.protocol, out.security));
    m_outUser->setText(out.user);
    m_inDefaultPort = ServerEndpoint::defaultPort(incomingProtocol(), securityOf(m_inSecurity));
    m_outDefaultPort = ServerEndpoint::defaultPort(Protocol::Smtp, securityOf(m_outSecurity));

    m_pop3->setOptions(m_state->pop3);
    m_pop3->setVisible(incomingProtocol() == Protocol::Pop3);
    m_plainConsent->setChecked(false);
    updatePlainWarning();
    Q_EMIT completeChanged();
}

void AccountManualPage::onIncomingKindChanged()
{
    const quint16 newDefault = ServerEndpoint::defaultPort(incomingProtocol(), securityOf(m_inSecurity));
    if (m_inPort->value() == m_inDefaultPort)
        m_inPort->setValue(newDefault);
    m_inDefaultPort = newDefault;
    updatePlainWarning();
    m_pop3->setVisible(incomingProtocol() == Protocol::Pop3);
    Q_EMIT completeChanged();
}

void AccountManualPage::onOutgoingSecurityChanged()
{
    const quint16 newDefault = ServerEndpoint::defaultPort(Protocol::Smtp, securityOf(m_outSecurity));
    if (m_outPort->value() == m_outDefaultPort)
        m_outPort->setValue(newDefault);
    m_outDefaultPort = newDefault;
    updatePlainWarning();
    Q_EMIT completeChanged();
}

void AccountManualPage::updatePlainWarning()
{
    const bool plain = securityOf(m_inSecurity) == Security::None
        || securityOf(m_outSecurity) == Security::None;
    m_plainWarning->setVisible(plain);
    m_plainConsent->setVisible(plain);
    if (!plain)
        m_plainConsent->setChecked(false);
}

ServerEndpoint AccountManualPage::incoming() const
{
    ServerEndpoint e;
    e.protocol = incomingProtocol();
    e.security = securityOf(m_inSecurity);
    e.host = m_inHost->text().trimmed();
    e.port = static_cast<quint16>(m_inPort->value());
    e.user = m_inUser->text().trimmed();
    return e;
}

ServerEndpoint AccountManualPage::outgoing() const
{
    ServerEndpoint e;
    e.protocol = Protocol::Smtp;
    e.security = securityOf(m_outSecurity);
    e.host = m_outHost->text().trimmed();
    e.port = static_cast<quint16>(m_outPort->value());
    e.user = m_outUser->text().trimmed();
    return e;
}

bool AccountManualPage::isComplete() const
{
    const ServerEndpoint in = incoming();
    const ServerEndpoint out = outgoing();
    if (!models::AutoconfigXml::isPlausibleHost(in.host) || in.user.isEmpty()
        || !models::AutoconfigXml::isPlausibleHost(out.host) || out.user.isEmpty())
        return false;
    const bool plain = in.security == Security::None || out.security == Security::None;
    return !plain || m_plainConsent->isChecked();
}

bool AccountManualPage::validatePage()
{
    // Fresh endpoints: a certificate trusted for other settings does not carry over.
    m_state->incoming = incoming();
    m_state->outgoing = outgoing();
    m_state->incomingProtocol = m_state->incoming.protocol;
    m_state->pop3 = m_pop3->options();
    return true;
}

int AccountManualPage::nextId() const
{
    return AccountWizard::TestPageId;
}

} // namespace postier::ui
