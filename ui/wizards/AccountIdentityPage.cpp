#include "ui/wizards/AccountIdentityPage.h"

#include "models/autoconfig/AccountDiscovery.h"
#include "ui/wizards/AccountWizard.h"
#include "ui/wizards/AccountWizardState.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace postier::ui {

AccountIdentityPage::AccountIdentityPage(AccountWizardState *state, QWidget *parent)
    : QWizardPage(parent)
    , m_state(state)
    , m_name(new QLineEdit(this))
    , m_address(new QLineEdit(this))
    , m_password(new QLineEdit(this))
    , m_showPassword(new QCheckBox(tr("&Show password"), this))
    , m_addressHint(new QLabel(this))
{
    setTitle(tr("Add a mail account"));

    auto *intro = new QLabel(tr("Enter your name, your e-mail address and its password. Postier "
                                "then looks up the server settings itself and tries them before "
                                "saving anything."),
                             this);
    intro->setWordWrap(true);

    m_name->setPlaceholderText(tr("Anna Martin"));
    m_name->setAccessibleName(tr("Your name"));
    m_address->setPlaceholderText(tr("anna@example.com"));
    m_address->setAccessibleName(tr("E-mail address"));
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setAccessibleName(tr("Password"));
    m_addressHint->setWordWrap(true);
    m_addressHint->setVisible(false);

    auto *nameHelp = new QLabel(tr("Shown to the people you write to."), this);
    nameHelp->setWordWrap(true);
    auto *passwordHelp = new QLabel(tr("Postier keeps it in your system’s keychain, never in a "
                                       "settings file."),
                                    this);
    passwordHelp->setWordWrap(true);
    for (QLabel *help : {nameHelp, passwordHelp, m_addressHint}) {
        QFont small = help->font();
        small.setPointSizeF(small.pointSizeF() * 0.9);
        help->setFont(small);
        // A wrapped label in a form keeps a narrow preferred width unless it may grow.
        help->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    }

    auto *form = new QFormLayout;
    form->setRowWrapPolicy(QFormLayout::DontWrapRows);
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    form->addRow(tr("Your na&me:"), m_name);
    form->addRow(QString(), nameHelp);
    form->addRow(tr("&E-mail address:"), m_address);
    form->addRow(QString(), m_addressHint);
    form->addRow(tr("&Password:"), m_password);
    form->addRow(QString(), m_showPassword);
    form->addRow(QString(), passwordHelp);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addSpacing(8);
    layout->addLayout(form);
    layout->addStretch();

    connect(m_showPassword, &QCheckBox::toggled, this, [this](bool show) {
        m_password->setEchoMode(show ? QLineEdit::Normal : QLineEdit::Password);
    });
    for (QLineEdit *edit : {m_name, m_address, m_password})
        connect(edit, &QLineEdit::textChanged, this, &QWizardPage::completeChanged);
    connect(m_address, &QLineEdit::editingFinished, this, &AccountIdentityPage::updateAddressHint);
    connect(m_address, &QLineEdit::textChanged, this, [this] {
        if (m_addressHint->isVisible())
            updateAddressHint();
    });
}

void AccountIdentityPage::updateAddressHint()
{
    const QString address = m_address->text().trimmed();
    const bool bad = !address.isEmpty() && models::AccountDiscovery::domainOf(address).isEmpty();
    m_addressHint->setText(bad ? tr("This is not a complete e-mail address. It looks like "
                                    "anna@example.com.")
                               : QString());
    m_addressHint->setVisible(bad);
}

bool AccountIdentityPage::isComplete() const
{
    return !m_name->text().trimmed().isEmpty()
        && !models::AccountDiscovery::domainOf(m_address->text()).isEmpty()
        && !m_password->text().isEmpty();
}

bool AccountIdentityPage::validatePage()
{
    m_state->displayName = m_name->text().trimmed();
    m_state->address = m_address->text().trimmed();
    m_state->password = m_password->text();
    return true;
}

int AccountIdentityPage::nextId() const
{
    return AccountWizard::DiscoveryPageId;
}

} // namespace postier::ui
