#include "ui/migration/MigrationWizard.h"

#include "models/accounts/AccountStore.h"
#include "models/accounts/PasswordStore.h"
#include "models/local/LocalStore.h"
#include "ui/migration/MigrationAccountPage.h"
#include "ui/migration/MigrationFinishPage.h"
#include "ui/migration/MigrationMappingPage.h"
#include "ui/migration/MigrationPreflightPage.h"
#include "ui/migration/MigrationReportPage.h"
#include "ui/migration/MigrationUploadPage.h"

#include <QLocale>
#include <QMessageBox>
#include <QPushButton>

namespace postier::ui {

QString MigrationWizardState::sourceSpec() const
{
    return QStringLiteral("maildir:") + models::LocalStore::rootFor(pop.id);
}

MigrationWizard::MigrationWizard(models::AccountStore &accounts, const QString &settingsFile, QWidget *parent)
    : QWizard(parent)
{
    m_state.accounts = &accounts;
    m_state.settingsFile = settingsFile;
    m_state.resume = models::PendingMigration::load(settingsFile);
    if (m_state.resume.isValid()) {
        models::Account pop;
        models::Account imap;
        if (!accounts.find(m_state.resume.popAccountId, &pop) || !accounts.find(m_state.resume.imapAccountId, &imap))
            m_state.resume = {}; // an account is gone: start afresh
    }
    m_ownPasswords = new models::PasswordStore(this);
    m_state.passwords = m_ownPasswords;

    m_accountPage = new MigrationAccountPage(&m_state, this);
    m_preflightPage = new MigrationPreflightPage(&m_state, this);
    m_mappingPage = new MigrationMappingPage(&m_state, this);
    m_uploadPage = new MigrationUploadPage(&m_state, this);
    m_reportPage = new MigrationReportPage(&m_state, this);
    m_finishPage = new MigrationFinishPage(&m_state, this);
    setPage(AccountPageId, m_accountPage);
    setPage(PreflightPageId, m_preflightPage);
    setPage(MappingPageId, m_mappingPage);
    setPage(UploadPageId, m_uploadPage);
    setPage(ReportPageId, m_reportPage);
    setPage(FinishPageId, m_finishPage);
    setStartId(AccountPageId);

    setWindowTitle(tr("Convert POP Account to IMAP"));
    setWizardStyle(QWizard::ModernStyle);
    setOption(QWizard::NoBackButtonOnStartPage, true);
    setOption(QWizard::NoBackButtonOnLastPage, true);
    setMinimumSize(600, 540);
    resize(740, 640);
}

MigrationWizard::~MigrationWizard() = default;

void MigrationWizard::setPasswordStore(models::PasswordStore *store)
{
    m_state.passwords = store ? store : m_ownPasswords;
}

void MigrationWizard::setDiscoveryOptions(const models::DiscoveryOptions &options)
{
    m_state.discoveryOptions = options;
}

void MigrationWizard::setConnectionOptions(const protocols::ConnectionOptions &options)
{
    m_state.connectionOptions = options;
}

void MigrationWizard::setPopAccount(const QString &accountId)
{
    m_state.preferredPop = accountId;
}

void MigrationWizard::accept()
{
    if (currentId() != FinishPageId || !validateCurrentPage())
        return;
    bool madeDefault = false;
    QString error;
    if (!m_finishPage->apply(&madeDefault, &error))
        return;
    models::PendingMigration::clear(m_state.settingsFile);
    Q_EMIT accountsChanged();
    if (madeDefault)
        Q_EMIT converted(m_state.pop.id, m_state.imap.id);
    QWizard::accept();
}

void MigrationWizard::reject()
{
    // Safe at any moment: the copy stops at the next message, the journal keeps what was done,
    // and the pending record (written when the copy started) lets the next start continue.
    m_uploadPage->stop();
    QWizard::reject();
}

bool MigrationWizard::hasPendingMigration(const QString &settingsFile)
{
    return models::PendingMigration::exists(settingsFile);
}

MigrationWizard *MigrationWizard::launch(models::AccountStore &accounts, QWidget *parent,
                                         const std::function<void()> &accountsChanged,
                                         const QString &settingsFile,
                                         const std::function<void(MigrationWizard *)> &configure)
{
    if (parent) {
        for (MigrationWizard *open : parent->findChildren<MigrationWizard *>(QString(), Qt::FindDirectChildrenOnly)) {
            if (open->isVisible()) {
                open->raise();
                open->activateWindow();
                return open;
            }
        }
    }
    auto *wizard = new MigrationWizard(accounts, settingsFile, parent);
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    if (accountsChanged)
        connect(wizard, &MigrationWizard::accountsChanged, wizard, accountsChanged);
    if (configure)
        configure(wizard);
    wizard->show();
    return wizard;
}

QMessageBox *MigrationWizard::offerResume(models::AccountStore &accounts, QWidget *parent,
                                          const std::function<void()> &accountsChanged,
                                          const QString &settingsFile,
                                          const std::function<void(MigrationWizard *)> &configure)
{
    const models::PendingMigration pending = models::PendingMigration::load(settingsFile);
    if (!pending.isValid())
        return nullptr;
    models::Account pop;
    if (!accounts.find(pending.popAccountId, &pop)) {
        models::PendingMigration::clear(settingsFile);
        return nullptr;
    }
    auto *box = new QMessageBox(QMessageBox::Question, tr("Continue the Conversion to IMAP?"),
                                tr("The conversion of “%1” to IMAP, started on %2, did not finish. "
                                   "Continue it now? Nothing already on the server is copied again.")
                                    .arg(pop.name, QLocale().toString(pending.startedAt.toLocalTime(), QLocale::ShortFormat)),
                                QMessageBox::NoButton, parent);
    box->setInformativeText(tr("“Do Not Continue” switches “%1” back on; the messages already "
                               "copied stay on the server, and “%1” may download them again.")
                                .arg(pop.name));
    QPushButton *resume = box->addButton(tr("&Continue"), QMessageBox::AcceptRole);
    QPushButton *later = box->addButton(tr("&Later"), QMessageBox::RejectRole);
    QPushButton *forget = box->addButton(tr("&Do Not Continue"), QMessageBox::DestructiveRole);
    box->setDefaultButton(resume);
    box->setEscapeButton(later);
    box->setAttribute(Qt::WA_DeleteOnClose);
    QObject::connect(box, &QMessageBox::buttonClicked, box,
                     [&accounts, parent, accountsChanged, settingsFile, configure, pending, resume, forget](QAbstractButton *button) {
        if (button == resume) {
            launch(accounts, parent, accountsChanged, settingsFile, configure);
        } else if (button == forget) {
            models::Account account;
            if (pending.popWasEnabled && accounts.find(pending.popAccountId, &account) && !account.enabled) {
                account.enabled = true;
                QString error;
                (void)accounts.save(account, &error);
            }
            models::PendingMigration::clear(settingsFile);
            if (accountsChanged)
                accountsChanged();
        }
    });
    box->open();
    return box;
}

} // namespace postier::ui
