#include "ui/migration/MigrationAccountPage.h"

#include "models/accounts/AccountStore.h"
#include "models/accounts/PasswordStore.h"
#include "models/autoconfig/AccountDiscovery.h"
#include "models/autoconfig/AccountTester.h"
#include "models/autoconfig/MailSettings.h"
#include "ui/migration/MigrationWidgets.h"
#include "ui/migration/MigrationWizard.h"
#include "ui/migration/MigrationWizardState.h"
#include "ui/wizards/AccountServerCheckWidget.h"

#include "models/Roles.h"
#include "models/accounts/AccountModel.h"

#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace postier::ui {

using models::AccountTester;
using protocols::ErrorKind;
using protocols::Protocol;
using protocols::Security;

namespace {

bool sameHost(const protocols::ServerEndpoint &a, const protocols::ServerEndpoint &b)
{
    return a.host.compare(b.host, Qt::CaseInsensitive) == 0;
}

} // namespace

MigrationAccountPage::MigrationAccountPage(MigrationWizardState *state, QWidget *parent)
    : QWizardPage(parent)
    , m_state(state)
    , m_discovery(nullptr)
    , m_tester(new AccountTester(this))
    , m_intro(migration::sentenceLabel(this))
    , m_combo(new QComboBox(this))
    , m_accounts(new models::AccountModel(*state->accounts, this))
    , m_noAccounts(migration::warningLabel(this))
    , m_status(migration::sentenceLabel(this))
    , m_check(new AccountServerCheckWidget(tr("IMAP server"), this))
    , m_sameHost(migration::sentenceLabel(this))
    , m_accountNote(migration::sentenceLabel(this))
    , m_passwordRow(new QWidget(this))
    , m_passwordLabel(migration::sentenceLabel(m_passwordRow))
    , m_passwordEdit(new QLineEdit(m_passwordRow))
    , m_passwordButton(new QPushButton(tr("Log &In"), m_passwordRow))
    , m_changeServer(new QPushButton(tr("Change &Server…"), this))
    , m_serverBox(new QGroupBox(tr("IMAP server"), this))
    , m_hostEdit(new QLineEdit(m_serverBox))
    , m_portSpin(new QSpinBox(m_serverBox))
    , m_securityCombo(new QComboBox(m_serverBox))
    , m_checkServer(new QPushButton(tr("&Use This Server"), m_serverBox))
{
    setTitle(tr("Convert a POP Account to IMAP"));
    m_intro->setText(tr("Postier copies the mail that a POP account keeps on this computer into the "
                        "mailbox of the same address on the server, with its folders, flags and "
                        "dates, and then checks every message. Nothing on this computer is changed "
                        "or deleted."));

    auto *comboLabel = new QLabel(tr("&POP account:"), this);
    comboLabel->setBuddy(m_combo);
    m_accounts->setProtocolFilter(Protocol::Pop3);
    m_combo->setModel(m_accounts);
    m_combo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    auto *comboRow = new QHBoxLayout;
    comboRow->addWidget(comboLabel);
    comboRow->addWidget(m_combo, 1);

    m_passwordEdit->setEchoMode(QLineEdit::Password);
    auto *passwordLayout = new QVBoxLayout(m_passwordRow);
    passwordLayout->setContentsMargins(0, 0, 0, 0);
    auto *passwordLine = new QHBoxLayout;
    passwordLine->addWidget(m_passwordEdit, 1);
    passwordLine->addWidget(m_passwordButton);
    passwordLayout->addWidget(m_passwordLabel);
    passwordLayout->addLayout(passwordLine);
    m_passwordLabel->setBuddy(m_passwordEdit);
    m_passwordRow->hide();

    m_portSpin->setRange(1, 65535);
    m_securityCombo->addItem(tr("SSL/TLS"), int(Security::Tls));
    m_securityCombo->addItem(tr("STARTTLS"), int(Security::StartTls));
    auto *serverForm = new QFormLayout(m_serverBox);
    serverForm->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    serverForm->addRow(tr("&Host name:"), m_hostEdit);
    serverForm->addRow(tr("P&ort:"), m_portSpin);
    serverForm->addRow(tr("&Encryption:"), m_securityCombo);
    auto *checkRow = new QHBoxLayout;
    checkRow->addStretch(1);
    checkRow->addWidget(m_checkServer);
    serverForm->addRow(checkRow);
    m_serverBox->hide();

    auto *changeRow = new QHBoxLayout;
    changeRow->addStretch(1);
    changeRow->addWidget(m_changeServer);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addSpacing(6);
    layout->addLayout(comboRow);
    layout->addWidget(m_noAccounts);
    layout->addSpacing(6);
    layout->addWidget(m_status);
    layout->addWidget(m_check);
    layout->addWidget(m_passwordRow);
    layout->addWidget(m_sameHost);
    layout->addWidget(m_accountNote);
    layout->addWidget(m_serverBox);
    layout->addLayout(changeRow);
    layout->addStretch(1);
    m_noAccounts->hide();

    connect(m_combo, &QComboBox::activated, this, [this] { startChecks(); });
    connect(m_tester, &AccountTester::checkStarted, this, [this] {
        m_check->setRunning();
        Q_EMIT completeChanged();
    });
    connect(m_tester, &AccountTester::checkFinished, this,
            [this](AccountTester::Role, const protocols::Error &error) { onTested(error); });
    connect(m_check, &AccountServerCheckWidget::trustRequested, this, [this] {
        const protocols::Error error = m_tester->error(AccountTester::Role::Incoming);
        if (error.kind() != ErrorKind::TlsUntrusted || error.certificate().sha256.isEmpty())
            return;
        m_endpoint.trust.pinnedSha256 = error.certificate().sha256;
        m_tester->retry(AccountTester::Role::Incoming, m_endpoint);
    });
    connect(m_check, &AccountServerCheckWidget::retryRequested, this,
            [this] { m_tester->retry(AccountTester::Role::Incoming, m_endpoint); });
    const auto typed = [this] {
        if (m_passwordEdit->text().isEmpty())
            return;
        m_password = m_passwordEdit->text();
        m_passwordKnown = true;
        m_passwordTyped = true;
        maybeTest();
    };
    connect(m_passwordButton, &QPushButton::clicked, this, typed);
    connect(m_passwordEdit, &QLineEdit::returnPressed, this, typed);
    connect(m_changeServer, &QPushButton::clicked, this, [this] { showServerFields(m_serverBox->isHidden()); });
    connect(m_checkServer, &QPushButton::clicked, this, &MigrationAccountPage::checkEditedServer);
}

MigrationAccountPage::~MigrationAccountPage() = default;

void MigrationAccountPage::fillAccounts()
{
    // A POP account that an earlier conversion switched off is still offered: its local mail is
    // all there, and a second run copies only what is missing.
    m_accounts->reload();
    const QString wanted = m_state->resume.isValid() ? m_state->resume.popAccountId : m_state->preferredPop;
    const QString defaultId = m_state->accounts->defaultAccountId();
    int select = m_accounts->rowOf(wanted);
    if (select < 0 && wanted.isEmpty())
        select = m_accounts->rowOf(defaultId);
    m_combo->setCurrentIndex(select >= 0 ? select : (m_combo->count() > 0 ? 0 : -1));
    m_combo->setEnabled(!m_state->resume.isValid() && m_combo->count() > 0);
    m_noAccounts->setVisible(m_combo->count() == 0);
    m_noAccounts->setText(tr("Postier has no POP account to convert. This assistant is for accounts "
                             "that download mail by POP into folders on this computer."));
}

void MigrationAccountPage::initializePage()
{
    fillAccounts();
    if (m_state->resume.isValid())
        m_intro->setText(tr("This continues the conversion started on %1. Nothing that is already "
                            "on the server is copied again.")
                             .arg(QLocale().toString(m_state->resume.startedAt.toLocalTime(), QLocale::ShortFormat)));
    startChecks();
}

void MigrationAccountPage::cleanupPage()
{
    abandon();
}

void MigrationAccountPage::abandon()
{
    ++m_generation;
    if (m_discovery) {
        m_discovery->cancel();
        m_discovery->deleteLater();
        m_discovery = nullptr;
    }
    m_tester->cancel();
}

void MigrationAccountPage::startChecks()
{
    abandon();
    m_endpointKnown = false;
    m_passwordKnown = false;
    m_passwordTyped = false;
    m_password.clear();
    m_imapExisted = false;
    m_imap = {};
    m_passwordRow->hide();
    m_passwordEdit->clear();
    m_sameHost->clear();
    m_accountNote->clear();
    m_check->setNotChecked();
    m_check->setVisible(false);
    m_changeServer->setVisible(false);
    showServerFields(false);
    Q_EMIT completeChanged();
    if (m_combo->currentIndex() < 0) {
        m_status->clear();
        return;
    }
    const QString id = m_combo->currentData(models::Roles::AccountId).toString();
    if (!m_state->accounts->find(id, &m_pop))
        return;

    // The IMAP side: an account Postier already has for this address, else discovery.
    for (const models::Account &a : m_state->accounts->accounts()) {
        if (a.incoming.protocol == Protocol::Imap && a.address.compare(m_pop.address, Qt::CaseInsensitive) == 0) {
            m_imap = a;
            m_imapExisted = true;
            break;
        }
    }
    if (m_imapExisted) {
        readPassword(models::Account::passwordKey(m_imap.incoming), true);
        m_status->setText(tr("Postier already has an IMAP account for %1.").arg(m_pop.address));
        setEndpoint(m_imap.incoming);
        return;
    }
    readPassword(models::Account::passwordKey(m_pop.incoming), false);
    m_status->setText(tr("Looking for the IMAP server of %1…").arg(m_pop.address));
    m_discovery = new models::AccountDiscovery(m_state->discoveryOptions, this);
    connect(m_discovery, &models::AccountDiscovery::finished, this, &MigrationAccountPage::onDiscovered);
    m_discovery->start(m_pop.address);
}

void MigrationAccountPage::readPassword(const QString &key, bool fallbackToPop)
{
    const quint64 generation = m_generation;
    const QPointer<MigrationAccountPage> self(this);
    m_state->passwords->read(key, [self, generation, fallbackToPop](const models::PasswordStore::Result &r) {
        if (!self || generation != self->m_generation)
            return;
        if (r.ok && !r.password.isEmpty()) {
            self->m_password = r.password;
            self->m_passwordKnown = true;
            self->maybeTest();
            return;
        }
        if (fallbackToPop && r.available) {
            self->readPassword(models::Account::passwordKey(self->m_pop.incoming), false);
            return;
        }
        self->askPassword(r.available
                              ? tr("The keychain has no password for “%1”. Type the password of %2 once; "
                                   "it is kept in the keychain with the IMAP account.")
                                    .arg(self->m_pop.name, self->m_pop.address)
                              : tr("Postier could not read the password of “%1” from the keychain: %2 "
                                   "Type the password of %3.")
                                    .arg(self->m_pop.name, r.error, self->m_pop.address));
    });
}

void MigrationAccountPage::onDiscovered(const models::DiscoveryResult &result)
{
    protocols::ServerEndpoint endpoint;
    const std::optional<models::ServerCandidate> best =
        result.found() ? result.settings.bestIncoming(Protocol::Imap) : std::nullopt;
    if (best && best->endpoint.protocol == Protocol::Imap) {
        endpoint = best->endpoint;
        m_status->setText(result.sentence);
    } else {
        // Many providers serve POP and IMAP from one host: try it before asking anything.
        endpoint.protocol = Protocol::Imap;
        endpoint.security = Security::Tls;
        endpoint.host = m_pop.incoming.host;
        endpoint.port = protocols::ServerEndpoint::defaultPort(Protocol::Imap, Security::Tls);
        m_status->setText(tr("No IMAP server is published for %1; Postier tries the POP server’s "
                             "host, %2.")
                              .arg(m_pop.address, endpoint.host));
    }
    // The same mailbox: the POP account's user name is the one that works.
    endpoint.user = m_pop.incoming.user;
    endpoint.timeoutMs = m_pop.incoming.timeoutMs;
    if (sameHost(endpoint, m_pop.incoming))
        endpoint.trust = m_pop.incoming.trust;
    setEndpoint(endpoint);
}

void MigrationAccountPage::setEndpoint(const protocols::ServerEndpoint &endpoint)
{
    m_endpoint = endpoint;
    m_endpointKnown = true;
    m_check->setVisible(true);
    m_check->setEndpoint(endpoint);
    m_check->setNotChecked();
    m_changeServer->setVisible(true);
    m_hostEdit->setText(endpoint.host);
    m_portSpin->setValue(endpoint.port);
    m_securityCombo->setCurrentIndex(qMax(0, m_securityCombo->findData(int(endpoint.security))));
    updateNotes();
    maybeTest();
}

void MigrationAccountPage::askPassword(const QString &sentence)
{
    m_passwordLabel->setText(sentence);
    m_passwordRow->show();
    m_passwordEdit->setFocus();
    m_passwordKnown = false;
    Q_EMIT completeChanged();
}

void MigrationAccountPage::maybeTest()
{
    if (!m_endpointKnown || !m_passwordKnown)
        return;
    updateNotes();
    m_tester->setConnectionOptions(m_state->connectionOptions);
    m_tester->start(m_endpoint, protocols::ServerEndpoint{}, m_password);
    Q_EMIT completeChanged();
}

void MigrationAccountPage::onTested(const protocols::Error &error)
{
    if (error.isOk()) {
        m_check->setPassed();
        if (m_passwordTyped)
            m_passwordRow->hide();
    } else {
        m_check->setFailed(error, m_tester->advice(AccountTester::Role::Incoming));
        if (error.kind() == ErrorKind::Auth)
            askPassword(tr("The server refused the password. Type the password of %1 for the IMAP server.")
                            .arg(m_pop.address));
        else if (error.kind() == ErrorKind::Network || error.kind() == ErrorKind::Timeout)
            showServerFields(true);
    }
    Q_EMIT completeChanged();
}

void MigrationAccountPage::showServerFields(bool show)
{
    m_serverBox->setVisible(show);
    m_changeServer->setText(show ? tr("Hide &Server") : tr("Change &Server…"));
}

void MigrationAccountPage::checkEditedServer()
{
    protocols::ServerEndpoint endpoint = m_endpoint;
    endpoint.host = m_hostEdit->text().trimmed();
    endpoint.port = quint16(m_portSpin->value());
    endpoint.security = Security(m_securityCombo->currentData().toInt());
    if (endpoint.host.isEmpty())
        return;
    if (!sameHost(endpoint, m_endpoint))
        endpoint.trust = sameHost(endpoint, m_pop.incoming) ? m_pop.incoming.trust : protocols::TrustSettings{};
    m_tester->cancel();
    setEndpoint(endpoint);
}

void MigrationAccountPage::updateNotes()
{
    if (!m_endpointKnown)
        return;
    if (sameHost(m_endpoint, m_pop.incoming))
        m_sameHost->setText(tr("POP and IMAP use the same server, %1: the IMAP mailbox is the very "
                               "one POP has been downloading from.")
                                .arg(m_endpoint.host));
    else
        m_sameHost->setText(tr("POP downloads from %1 and IMAP is on %2: two names for your "
                               "provider’s mailbox of %3.")
                                .arg(m_pop.incoming.host, m_endpoint.host, m_pop.address));
    if (m_imapExisted)
        m_accountNote->setText(tr("The mail goes into the IMAP account “%1”, which Postier already has.")
                                   .arg(m_imap.name));
    else if (m_passwordKnown && !m_passwordTyped)
        m_accountNote->setText(tr("Postier adds the IMAP account “%1” when the copy starts, with the "
                                  "password of “%2” from the keychain.")
                                   .arg(newAccountName(), m_pop.name));
    else
        m_accountNote->setText(tr("Postier adds the IMAP account “%1” when the copy starts.").arg(newAccountName()));
}

QString MigrationAccountPage::newAccountName() const
{
    QStringList taken;
    for (const models::Account &a : m_state->accounts->accounts())
        taken << a.name.toCaseFolded();
    QString name = tr("%1 (IMAP)").arg(m_pop.name);
    for (int n = 2; taken.contains(name.toCaseFolded()); ++n)
        name = tr("%1 (IMAP %2)").arg(m_pop.name).arg(n);
    return name;
}

bool MigrationAccountPage::isComplete() const
{
    return m_endpointKnown && m_passwordKnown && !m_tester->isRunning()
        && m_tester->state(AccountTester::Role::Incoming) == AccountTester::State::Passed;
}

bool MigrationAccountPage::validatePage()
{
    if (!isComplete())
        return false;
    m_state->pop = m_pop;
    m_state->password = m_password;
    m_state->imapExisted = m_imapExisted;
    if (m_imapExisted) {
        m_state->imap = m_imap;
        m_state->imap.incoming = m_endpoint; // with a certificate trusted just now
    } else {
        models::Account imap;
        imap.name = newAccountName();
        imap.address = m_pop.address;
        imap.displayName = m_pop.displayName;
        imap.signature = m_pop.signature;
        imap.aliases = m_pop.aliases;
        imap.incoming = m_endpoint;
        imap.outgoing = m_pop.outgoing; // the same address sends through the same server
        imap.enabled = true;
        m_state->imap = imap;
    }
    return true;
}

int MigrationAccountPage::nextId() const
{
    return MigrationWizard::PreflightPageId;
}

} // namespace postier::ui
