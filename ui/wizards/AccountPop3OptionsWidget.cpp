#include "ui/wizards/AccountPop3OptionsWidget.h"

#include <QCheckBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QSpinBox>

namespace postier::ui {

AccountPop3OptionsWidget::AccountPop3OptionsWidget(QWidget *parent)
    : QGroupBox(tr("Downloading with POP3"), parent)
    , m_leaveOnServer(new QCheckBox(tr("&Leave a copy of each message on the server"), this))
    , m_removeAfter(new QCheckBox(tr("Re&move it from the server after"), this))
    , m_removeAfterDays(new QSpinBox(this))
    , m_checkInterval(new QSpinBox(this))
{
    m_removeAfterDays->setRange(1, 3650);
    // "1 day", "2 days": the unit follows the number in every language.
    const auto daysSuffix = [this](int n) { m_removeAfterDays->setSuffix(tr(" day(s)", nullptr, n)); };
    connect(m_removeAfterDays, &QSpinBox::valueChanged, this, daysSuffix);
    m_removeAfterDays->setAccessibleName(tr("Days before removal from the server"));
    m_checkInterval->setRange(1, 1440);
    const auto minutesSuffix = [this](int n) { m_checkInterval->setSuffix(tr(" minute(s)", nullptr, n)); };
    connect(m_checkInterval, &QSpinBox::valueChanged, this, minutesSuffix);
    m_checkInterval->setAccessibleName(tr("Minutes between checks for new mail"));

    auto *checkLabel = new QLabel(tr("Check for new mail &every"), this);
    checkLabel->setBuddy(m_checkInterval);

    auto *layout = new QGridLayout(this);
    layout->addWidget(m_leaveOnServer, 0, 0, 1, 3);
    auto *removeRow = new QHBoxLayout;
    removeRow->setContentsMargins(20, 0, 0, 0);
    removeRow->addWidget(m_removeAfter);
    removeRow->addWidget(m_removeAfterDays);
    removeRow->addStretch();
    layout->addLayout(removeRow, 1, 0, 1, 3);
    layout->addWidget(checkLabel, 2, 0);
    layout->addWidget(m_checkInterval, 2, 1);
    layout->setColumnStretch(2, 1);

    connect(m_leaveOnServer, &QCheckBox::toggled, this, &AccountPop3OptionsWidget::updateEnabled);
    connect(m_removeAfter, &QCheckBox::toggled, this, &AccountPop3OptionsWidget::updateEnabled);
    setOptions({});
    daysSuffix(m_removeAfterDays->value());
    minutesSuffix(m_checkInterval->value());
}

void AccountPop3OptionsWidget::setOptions(const models::Pop3Options &options)
{
    m_leaveOnServer->setChecked(options.leaveOnServer);
    m_removeAfter->setChecked(options.removeAfterDays > 0);
    m_removeAfterDays->setValue(options.removeAfterDays > 0 ? options.removeAfterDays : 14);
    m_checkInterval->setValue(options.checkIntervalMinutes);
    updateEnabled();
}

models::Pop3Options AccountPop3OptionsWidget::options() const
{
    models::Pop3Options o;
    o.leaveOnServer = m_leaveOnServer->isChecked();
    o.removeAfterDays = o.leaveOnServer && m_removeAfter->isChecked() ? m_removeAfterDays->value() : 0;
    o.checkIntervalMinutes = m_checkInterval->value();
    return o;
}

void AccountPop3OptionsWidget::updateEnabled()
{
    m_removeAfter->setEnabled(m_leaveOnServer->isChecked());
    m_removeAfterDays->setEnabled(m_leaveOnServer->isChecked() && m_removeAfter->isChecked());
}

} // namespace postier::ui
