#pragma once

#include <QWizardPage>

class QCheckBox;
class QLabel;

namespace postier::ui {

struct MigrationWizardState;

/// Last page of MigrationWizard: what Finish does, and what to watch out for afterwards.
///
/// When every message was verified, Finish makes the IMAP account the default; the POP account
/// stays switched off (never deleted: its mail stays on this computer). When some messages are
/// not on the server, the IMAP account only becomes the default if the user ticks the box; the
/// POP account stays off either way (switching it back on would download the copied messages
/// again), and the wizard can be run again. Two warnings: other devices that still fetch the
/// address by POP with "leave a copy on the server" may download everything again, and a
/// forwarding from this address to another mailbox that comes back makes a loop (the
/// Gmail-to-Gmail case of the provider's help). apply() does the switching; the wizard calls it
/// from accept().
class MigrationFinishPage : public QWizardPage
{
    Q_OBJECT
public:
    explicit MigrationFinishPage(MigrationWizardState *state, QWidget *parent = nullptr);

    void initializePage() override;
    [[nodiscard]] int nextId() const override { return -1; }

    /// Switches the accounts as the page says; false with *error when the settings refused.
    bool apply(bool *madeDefault, QString *error);

    [[nodiscard]] QLabel *summaryLabel() const { return m_summary; }
    [[nodiscard]] QCheckBox *defaultAnywayBox() const { return m_defaultAnyway; }
    [[nodiscard]] QLabel *devicesLabel() const { return m_devices; }
    [[nodiscard]] QLabel *forwardingLabel() const { return m_forwarding; }
    [[nodiscard]] QLabel *errorLabel() const { return m_error; }

private:
    MigrationWizardState *m_state;
    QLabel *m_summary;
    QCheckBox *m_defaultAnyway;
    QLabel *m_devicesTitle;
    QLabel *m_devices;
    QLabel *m_forwardingTitle;
    QLabel *m_forwarding;
    QLabel *m_error;
};

} // namespace postier::ui
