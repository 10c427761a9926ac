#include "ui/wizards/AccountTestPage.h"

#include "ui/wizards/AccountServerCheckWidget.h"
#include "ui/wizards/AccountWizard.h"
#include "ui/wizards/AccountWizardState.h"

#include <QFrame>
#include <QLabel>
#include <QScrollArea>
#include <QVBoxLayout>

namespace postier::ui {

using models::AccountTester;
using protocols::ErrorKind;

AccountTestPage::AccountTestPage(AccountWizardState *state, QWidget *parent)
    : QWizardPage(parent)
    , m_state(state)
    , m_tester(new AccountTester(this))
    , m_intro(new QLabel(this))
    , m_incoming(new AccountServerCheckWidget(tr("Incoming mail"), this))
    , m_outgoing(new AccountServerCheckWidget(tr("Outgoing mail"), this))
    , m_summary(new QLabel(this))
{
    setTitle(tr("Trying the settings"));
    m_intro->setWordWrap(true);
    m_intro->setText(tr("Postier logs in to both servers to make sure the settings and the "
                        "password work. Nothing is sent and nothing on the server changes."));
    m_summary->setWordWrap(true);

    auto *line = new QFrame(this);
    line->setFrameShape(QFrame::HLine);
    line->setFrameShadow(QFrame::Sunken);

    // A certificate makes the page tall: it scrolls rather than cutting anything off.
    auto *content = new QWidget;
    auto *contentLayout = new QVBoxLayout(content);
    contentLayout->setContentsMargins(0, 8, 0, 0);
    contentLayout->setSpacing(12);
    contentLayout->addWidget(m_incoming);
    contentLayout->addWidget(line);
    contentLayout->addWidget(m_outgoing);
    contentLayout->addStretch(1);
    auto *scroll = new QScrollArea(this);
    scroll->setWidget(content);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addWidget(scroll, 1);
    layout->addWidget(m_summary);

    connect(m_tester, &AccountTester::checkStarted, this, [this](AccountTester::Role role) {
        widgetFor(role)->setRunning();
        m_summary->clear();
        Q_EMIT completeChanged();
    });
    connect(m_tester, &AccountTester::checkFinished, this, &AccountTestPage::onCheckFinished);
    connect(m_tester, &AccountTester::finished, this, &AccountTestPage::onFinished);
    for (const AccountTester::Role role : {AccountTester::Role::Incoming, AccountTester::Role::Outgoing}) {
        connect(widgetFor(role), &AccountServerCheckWidget::trustRequested, this, [this, role] { trust(role); });
        connect(widgetFor(role), &AccountServerCheckWidget::retryRequested, this, [this, role] { retry(role); });
    }
}

AccountServerCheckWidget *AccountTestPage::widgetFor(AccountTester::Role role) const
{
    return role == AccountTester::Role::Incoming ? m_incoming : m_outgoing;
}

AccountTester::Role AccountTestPage::otherRole(AccountTester::Role role)
{
    return role == AccountTester::Role::Incoming ? AccountTester::Role::Outgoing
                                                 : AccountTester::Role::Incoming;
}

protocols::ServerEndpoint &AccountTestPage::endpointFor(AccountTester::Role role)
{
    return role == AccountTester::Role::Incoming ? m_state->incoming : m_state->outgoing;
}

void AccountTestPage::initializePage()
{
    m_summary->clear();
    m_tester->setConnectionOptions(m_state->connectionOptions);
    m_incoming->setEndpoint(m_state->incoming);
    m_outgoing->setEndpoint(m_state->outgoing);
    m_incoming->setNotChecked();
    m_outgoing->setNotChecked();
    m_tester->start(m_state->incoming, m_state->outgoing, m_state->password);
    Q_EMIT completeChanged();
}

void AccountTestPage::cleanupPage()
{
    m_tester->cancel();
    // Pins belong to the settings they were given for; going back may change those.
    m_state->incoming.trust.pinnedSha256.clear();
    m_state->outgoing.trust.pinnedSha256.clear();
    m_summary->clear();
}

void AccountTestPage::onCheckFinished(AccountTester::Role role, const protocols::Error &error)
{
    // The user may trust the incoming server's certificate while the outgoing check is still
    // running. When that check then meets the very certificate already trusted for the same host,
    // asking again would be noise: the pin is applied and the check runs once more.
    const AccountTester::Role other = otherRole(role);
    if (error.kind() == ErrorKind::TlsUntrusted && !error.certificate().sha256.isEmpty()
        && endpointFor(other).trust.pinnedSha256 == error.certificate().sha256
        && endpointFor(role).trust.pinnedSha256 != error.certificate().sha256
        && endpointFor(other).host.compare(endpointFor(role).host, Qt::CaseInsensitive) == 0) {
        endpointFor(role).trust.pinnedSha256 = error.certificate().sha256;
        m_tester->retry(role, endpointFor(role));
        return;
    }
    if (error.isOk())
        widgetFor(role)->setPassed();
    else
        widgetFor(role)->setFailed(error, m_tester->advice(role));
    Q_EMIT completeChanged();
}

void AccountTestPage::onFinished()
{
    if (m_tester->allPassed()) {
        m_summary->setText(tr("Both servers work. Click Next to finish."));
    } else {
        const bool certificate = m_tester->error(AccountTester::Role::Incoming).kind() == ErrorKind::TlsUntrusted
            || m_tester->error(AccountTester::Role::Outgoing).kind() == ErrorKind::TlsUntrusted;
        m_summary->setText(certificate
                               ? tr("Decide whether to trust the certificate, or go back and "
                                    "check the server names.")
                               : tr("Go back to correct the password or the settings, or try "
                                    "again."));
    }
    Q_EMIT completeChanged();
}

void AccountTestPage::trust(AccountTester::Role role)
{
    const protocols::Error error = m_tester->error(role);
    const QByteArray sha256 = error.certificate().sha256;
    if (error.kind() != ErrorKind::TlsUntrusted || sha256.isEmpty())
        return;
    endpointFor(role).trust.pinnedSha256 = sha256;
    const AccountTester::Role other = otherRole(role);
    const protocols::Error otherError = m_tester->error(other);
    const bool sameCertificate = otherError.kind() == ErrorKind::TlsUntrusted
        && otherError.certificate().sha256 == sha256
        && endpointFor(other).host.compare(endpointFor(role).host, Qt::CaseInsensitive) == 0;
    if (sameCertificate)
        endpointFor(other).trust.pinnedSha256 = sha256;
    m_tester->retry(role, endpointFor(role));
    if (sameCertificate)
        m_tester->retry(other, endpointFor(other));
}

void AccountTestPage::retry(AccountTester::Role role)
{
    m_tester->retry(role, endpointFor(role));
}

bool AccountTestPage::isComplete() const
{
    return !m_tester->isRunning() && m_tester->allPassed()
        && m_tester->state(AccountTester::Role::Incoming) == AccountTester::State::Passed
        && m_tester->state(AccountTester::Role::Outgoing) == AccountTester::State::Passed;
}

int AccountTestPage::nextId() const
{
    return AccountWizard::DonePageId;
}

} // namespace postier::ui
