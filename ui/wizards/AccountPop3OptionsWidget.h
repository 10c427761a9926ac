#pragma once

#include "models/accounts/Pop3Options.h"

#include <QGroupBox>

class QCheckBox;
class QSpinBox;

namespace postier::ui {

/// The POP3 choices of AccountWizard, shown on the settings page and again on the last page
/// (where a POP3 account found by discovery meets them first): leave a copy on the server,
/// remove it after some days, check every few minutes.
class AccountPop3OptionsWidget : public QGroupBox
{
    Q_OBJECT
public:
    explicit AccountPop3OptionsWidget(QWidget *parent = nullptr);

    void setOptions(const models::Pop3Options &options);
    [[nodiscard]] models::Pop3Options options() const;

    [[nodiscard]] QCheckBox *leaveOnServerBox() const { return m_leaveOnServer; }
    [[nodiscard]] QCheckBox *removeAfterBox() const { return m_removeAfter; }
    [[nodiscard]] QSpinBox *removeAfterDaysBox() const { return m_removeAfterDays; }
    [[nodiscard]] QSpinBox *checkIntervalBox() const { return m_checkInterval; }

private:
    void updateEnabled();

    QCheckBox *m_leaveOnServer;
    QCheckBox *m_removeAfter;
    QSpinBox *m_removeAfterDays;
    QSpinBox *m_checkInterval;
};

} // namespace postier::ui
