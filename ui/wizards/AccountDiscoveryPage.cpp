#include "ui/wizards/AccountDiscoveryPage.h"

#include "models/autoconfig/AccountDiscovery.h"
#include "ui/wizards/AccountWizard.h"
#include "ui/wizards/AccountWizardState.h"

#include <QButtonGroup>
#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

namespace postier::ui {

using protocols::Protocol;
using protocols::Security;

namespace {

QString escaped(const QString &text)
{
    return text.toHtmlEscaped();
}

} // namespace

AccountDiscoveryPage::AccountDiscoveryPage(AccountWizardState *state, QWidget *parent)
    : QWizardPage(parent)
    , m_state(state)
    , m_status(new QLabel(this))
    , m_busy(new QProgressBar(this))
    , m_summary(new QLabel(this))
    , m_notice(new QLabel(this))
    , m_protocolBox(new QWidget(this))
    , m_imap(new QRadioButton(tr("&IMAP: keep my mail on the server, the same on every device "
                                 "(recommended)"),
                              m_protocolBox))
    , m_pop3(new QRadioButton(tr("&POP3: download my mail to this computer"), m_protocolBox))
    , m_details(new QLabel(this))
    , m_edit(new QPushButton(tr("&Edit settings…"), this))
{
    setTitle(tr("Finding your server settings"));

    m_status->setWordWrap(true);
    m_busy->setRange(0, 0);
    m_busy->setTextVisible(false);
    m_busy->setAccessibleName(tr("Looking up the settings"));
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::RichText);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_notice->setWordWrap(true);
    m_notice->setTextFormat(Qt::PlainText);
    m_notice->setFrameShape(QFrame::StyledPanel);
    m_notice->setMargin(8);
    m_notice->setStyleSheet(QStringLiteral("QLabel { background: #fff4ce; color: #3b2f00; }"));
    m_details->setWordWrap(true);
    m_details->setTextFormat(Qt::RichText);

    auto *protocolLabel = new QLabel(tr("How do you want to receive your mail?"), m_protocolBox);
    protocolLabel->setWordWrap(true);
    m_imap->setChecked(true);
    auto *group = new QButtonGroup(this);
    group->addButton(m_imap);
    group->addButton(m_pop3);
    auto *protocolLayout = new QVBoxLayout(m_protocolBox);
    protocolLayout->setContentsMargins(0, 0, 0, 0);
    protocolLayout->addWidget(protocolLabel);
    protocolLayout->addWidget(m_imap);
    protocolLayout->addWidget(m_pop3);

    auto *editRow = new QHBoxLayout;
    auto *editHelp = new QLabel(tr("Not what your provider told you? You can change every "
                                   "setting."),
                                this);
    editHelp->setWordWrap(true);
    editRow->addWidget(editHelp, 1);
    editRow->addWidget(m_edit, 0, Qt::AlignTop);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_status);
    layout->addWidget(m_busy);
    layout->addWidget(m_summary);
    layout->addWidget(m_notice);
    layout->addWidget(m_protocolBox);
    layout->addWidget(m_details);
    layout->addStretch();
    layout->addLayout(editRow);

    connect(m_imap, &QRadioButton::toggled, this, &AccountDiscoveryPage::updateSummary);
    connect(m_edit, &QPushButton::clicked, this, [this] {
        m_editRequested = true;
        if (wizard())
            wizard()->next();
    });
}

AccountDiscoveryPage::~AccountDiscoveryPage() = default;

void AccountDiscoveryPage::initializePage()
{
    if (!m_trackingPageChanges && wizard()) {
        // Coming back from the manual page: Next goes to the test again unless asked otherwise.
        m_trackingPageChanges = true;
        connect(wizard(), &QWizard::currentIdChanged, this, [this](int id) {
            if (id == AccountWizard::DiscoveryPageId)
                m_editRequested = false;
        });
    }
    m_editRequested = false;
    m_finished = false;
    m_result = {};
    m_status->setText(tr("Looking up the settings for %1…").arg(m_state->address));
    m_busy->setVisible(true);
    m_summary->clear();
    m_summary->setVisible(false);
    m_notice->setVisible(false);
    m_protocolBox->setVisible(false);
    m_details->setVisible(false);
    m_edit->setEnabled(false);
    m_imap->setChecked(m_state->incomingProtocol != Protocol::Pop3);
    m_pop3->setChecked(m_state->incomingProtocol == Protocol::Pop3);

    if (!m_discovery) {
        m_discovery = new models::AccountDiscovery(m_state->discoveryOptions, this);
        connect(m_discovery, &models::AccountDiscovery::progress, this,
                [this](const QString &step) { m_status->setText(step); });
        connect(m_discovery, &models::AccountDiscovery::finished, this,
                &AccountDiscoveryPage::onFinished);
    }
    m_discovery->start(m_state->address);
    Q_EMIT completeChanged();
}

void AccountDiscoveryPage::cleanupPage()
{
    if (m_discovery)
        m_discovery->cancel();
    m_finished = false;
}

bool AccountDiscoveryPage::isRunning() const
{
    return m_discovery && m_discovery->isRunning();
}

void AccountDiscoveryPage::onFinished(const models::DiscoveryResult &result)
{
    m_result = result;
    m_finished = true;
    m_busy->setVisible(false);
    m_edit->setEnabled(true);
    m_status->setText(result.sentence);

    const bool both = result.settings.offers(Protocol::Imap) && result.settings.offers(Protocol::Pop3);
    m_protocolBox->setVisible(both);
    if (!result.settings.offers(Protocol::Pop3))
        m_imap->setChecked(true);
    else if (!result.settings.offers(Protocol::Imap))
        m_pop3->setChecked(true);

    m_notice->setText(result.settings.notice);
    m_notice->setVisible(!result.settings.notice.isEmpty());

    if (!result.found() && !result.attempts.isEmpty()) {
        QString html = QStringLiteral("<p>") + escaped(tr("What Postier tried:")) + QStringLiteral("</p><ul>");
        for (const QString &attempt : result.attempts)
            html += QStringLiteral("<li>") + escaped(attempt) + QStringLiteral("</li>");
        m_details->setText(html + QStringLiteral("</ul>"));
        m_details->setVisible(true);
    }
    updateSummary();
    Q_EMIT completeChanged();
}

void AccountDiscoveryPage::updateSummary()
{
    if (!m_finished || !m_result.found()) {
        m_summary->setVisible(false);
        return;
    }
    const Protocol preferred = m_pop3->isChecked() ? Protocol::Pop3 : Protocol::Imap;
    const auto in = m_result.settings.bestIncoming(preferred);
    const auto out = m_result.settings.bestOutgoing();
    QString html = QStringLiteral("<table cellspacing=\"4\">");
    auto row = [&html](const QString &label, const QString &value) {
        html += QStringLiteral("<tr><td><b>") + escaped(label) + QStringLiteral("</b></td><td>")
            + escaped(value) + QStringLiteral("</td></tr>");
    };
    row(tr("Incoming mail:"), in ? models::MailSettings::describe(in->endpoint) : tr("not found"));
    row(tr("Outgoing mail:"), out ? models::MailSettings::describe(out->endpoint) : tr("not found"));
    row(tr("User name:"), in ? in->endpoint.user : m_state->address);
    html += QStringLiteral("</table>");
    if (in && in->endpoint.security == Security::None)
        html += QStringLiteral("<p>")
            + escaped(tr("This server is reached without encryption. Check the settings on the "
                         "next page before going on."))
            + QStringLiteral("</p>");
    m_summary->setText(html);
    m_summary->setVisible(true);
}

bool AccountDiscoveryPage::isComplete() const
{
    return m_finished;
}

bool AccountDiscoveryPage::needsManualSettings() const
{
    if (!m_result.found())
        return true;
    const Protocol preferred = m_pop3->isChecked() ? Protocol::Pop3 : Protocol::Imap;
    const auto in = m_result.settings.bestIncoming(preferred);
    const auto out = m_result.settings.bestOutgoing();
    return !in || !out || in->endpoint.security == Security::None
        || out->endpoint.security == Security::None;
}

bool AccountDiscoveryPage::validatePage()
{
    m_state->discovery = m_result;
    m_state->incomingProtocol = m_pop3->isChecked() ? Protocol::Pop3 : Protocol::Imap;
    m_state->incoming = {};
    m_state->outgoing = {};
    if (const auto in = m_result.settings.bestIncoming(m_state->incomingProtocol))
        m_state->incoming = in->endpoint;
    if (const auto out = m_result.settings.bestOutgoing())
        m_state->outgoing = out->endpoint;
    return true;
}

int AccountDiscoveryPage::nextId() const
{
    return m_editRequested || needsManualSettings() ? AccountWizard::ManualPageId
                                                    : AccountWizard::TestPageId;
}

} // namespace postier::ui
