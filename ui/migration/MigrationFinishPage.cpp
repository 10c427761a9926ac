#include "ui/migration/MigrationFinishPage.h"

#include "models/accounts/AccountStore.h"
#include "models/local/LocalStore.h"
#include "ui/migration/MigrationWidgets.h"
#include "ui/migration/MigrationWizardState.h"

#include <QCheckBox>
#include <QDir>
#include <QLabel>
#include <QVBoxLayout>

namespace postier::ui {

MigrationFinishPage::MigrationFinishPage(MigrationWizardState *state, QWidget *parent)
    : QWizardPage(parent)
    , m_state(state)
    , m_summary(migration::sentenceLabel(this))
    , m_defaultAnyway(new QCheckBox(this))
    , m_devicesTitle(migration::headingLabel(tr("Other phones and computers"), this))
    , m_devices(migration::sentenceLabel(this))
    , m_forwardingTitle(migration::headingLabel(tr("Forwarding"), this))
    , m_forwarding(migration::sentenceLabel(this))
    , m_error(migration::warningLabel(this))
{
    setTitle(tr("Switching to IMAP"));
    m_error->hide();
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_defaultAnyway);
    layout->addSpacing(10);
    layout->addWidget(m_devicesTitle);
    layout->addWidget(m_devices);
    layout->addSpacing(6);
    layout->addWidget(m_forwardingTitle);
    layout->addWidget(m_forwarding);
    layout->addStretch(1);
    layout->addWidget(m_error);
}

void MigrationFinishPage::initializePage()
{
    const QString pop = m_state->pop.name;
    const QString imap = m_state->imap.name;
    const QString folder = QDir::toNativeSeparators(models::LocalStore::rootFor(m_state->pop.id));
    const bool verified = m_state->report.allVerified();
    if (verified) {
        m_summary->setText(tr("Every message is on the server. When you click Finish, “%1” becomes "
                              "your default account. “%2” stays switched off and is not deleted: "
                              "its mail stays on this computer, in %3.")
                               .arg(imap, pop, folder));
    } else {
        m_summary->setText(tr("Not every message is on the server: the report says which and why. "
                              "“%1” stays switched off, so that it does not download the copied "
                              "messages again, and its mail stays on this computer, in %2. Run this "
                              "assistant again once the cause is fixed: it copies only what is "
                              "missing.")
                               .arg(pop, folder));
    }
    m_defaultAnyway->setText(tr("&Make “%1” the default account anyway").arg(imap));
    m_defaultAnyway->setVisible(!verified);
    m_defaultAnyway->setChecked(false);
    m_devices->setText(tr("If a phone, a tablet or another computer still fetches %1 by POP with "
                          "“leave a copy on the server”, it sees every copied message as new and "
                          "may download all of them again; if it does not leave a copy, it removes "
                          "them from the server. Set those devices up with IMAP as well, or remove "
                          "the POP account from them.")
                           .arg(m_state->pop.address));
    m_forwarding->setText(tr("If %1 forwards its mail to another mailbox (Gmail, for example), and "
                             "that mailbox forwards or fetches mail back to %1, messages go round in "
                             "circles or never arrive: a message you send from Gmail to %1 that "
                             "comes back to Gmail through the forwarding is dropped there, because "
                             "Gmail already has it among your sent mail. Check the forwarding "
                             "settings at your provider.")
                              .arg(m_state->pop.address));
    m_error->hide();
}

bool MigrationFinishPage::apply(bool *madeDefault, QString *error)
{
    models::AccountStore &store = *m_state->accounts;
    models::Account pop;
    if (store.find(m_state->pop.id, &pop) && pop.enabled) {
        pop.enabled = false;
        if (!store.save(pop, error)) {
            m_error->setText(*error);
            m_error->show();
            return false;
        }
    }
    *madeDefault = m_state->report.allVerified() || m_defaultAnyway->isChecked();
    if (*madeDefault)
        store.setDefaultAccountId(m_state->imap.id);
    return true;
}

} // namespace postier::ui
