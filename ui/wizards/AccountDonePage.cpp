#include "ui/wizards/AccountDonePage.h"

#include "models/autoconfig/MailSettings.h"
#include "ui/wizards/AccountPop3OptionsWidget.h"
#include "ui/wizards/AccountWizardState.h"

#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace postier::ui {

using protocols::Protocol;

AccountDonePage::AccountDonePage(AccountWizardState *state, QWidget *parent)
    : QWizardPage(parent)
    , m_state(state)
    , m_summary(new QLabel(this))
    , m_name(new QLineEdit(this))
    , m_pop3(new AccountPop3OptionsWidget(this))
    , m_error(new QLabel(this))
{
    setTitle(tr("Your account is ready"));
    setFinalPage(true);

    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::RichText);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_name->setAccessibleName(tr("Account name"));
    auto *nameHelp = new QLabel(tr("The name this account has in Postier’s list and in "
                                   "postier-cli, such as “Work”."),
                                this);
    nameHelp->setWordWrap(true);
    m_error->setWordWrap(true);
    m_error->setTextFormat(Qt::PlainText);
    m_error->setFrameShape(QFrame::StyledPanel);
    m_error->setMargin(8);
    m_error->setStyleSheet(QStringLiteral("QLabel { background: #fde7e9; color: #5c0011; }"));
    m_error->setVisible(false);

    auto *form = new QFormLayout;
    form->addRow(tr("Account &name:"), m_name);
    form->addRow(QString(), nameHelp);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addLayout(form);
    layout->addWidget(m_pop3);
    layout->addWidget(m_error);
    layout->addStretch();

    connect(m_name, &QLineEdit::textChanged, this, &QWizardPage::completeChanged);
}

void AccountDonePage::initializePage()
{
    auto esc = [](const QString &s) { return s.toHtmlEscaped(); };
    QString html = QStringLiteral("<p>")
        + esc(tr("Postier logged in to both servers. Click Finish to save the account; the "
                 "password goes to your system’s keychain."))
        + QStringLiteral("</p><table cellspacing=\"4\">");
    auto row = [&](const QString &label, const QString &value) {
        html += QStringLiteral("<tr><td><b>") + esc(label) + QStringLiteral("</b></td><td>")
            + esc(value) + QStringLiteral("</td></tr>");
    };
    row(tr("Name:"), m_state->displayName);
    row(tr("Address:"), m_state->address);
    row(tr("Incoming mail:"), models::MailSettings::describe(m_state->incoming));
    row(tr("Outgoing mail:"), models::MailSettings::describe(m_state->outgoing));
    if (!m_state->incoming.trust.pinnedSha256.isEmpty() || !m_state->outgoing.trust.pinnedSha256.isEmpty())
        row(tr("Certificate:"), tr("trusted by you, by its fingerprint"));
    html += QStringLiteral("</table>");
    m_summary->setText(html);
    if (m_name->text().trimmed().isEmpty())
        m_name->setText(m_state->address);
    m_pop3->setOptions(m_state->pop3);
    m_pop3->setVisible(m_state->incoming.protocol == Protocol::Pop3);
    m_error->setVisible(false);
    Q_EMIT completeChanged();
}

bool AccountDonePage::isComplete() const
{
    return !m_name->text().trimmed().isEmpty();
}

bool AccountDonePage::validatePage()
{
    if (m_state->incoming.protocol == Protocol::Pop3)
        m_state->pop3 = m_pop3->options();
    return true;
}

QString AccountDonePage::accountName() const
{
    return m_name->text().trimmed();
}

void AccountDonePage::setError(const QString &sentence)
{
    m_error->setText(sentence);
    m_error->setVisible(!sentence.isEmpty());
}

} // namespace postier::ui
