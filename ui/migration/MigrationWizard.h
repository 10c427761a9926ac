#pragma once

#include "ui/migration/MigrationWizardState.h"

#include <QWizard>

#include <functional>

class QMessageBox;

namespace postier::ui {

class MigrationAccountPage;
class MigrationFinishPage;
class MigrationMappingPage;
class MigrationPreflightPage;
class MigrationReportPage;
class MigrationUploadPage;

/// Converts a POP account into an IMAP account of the same address: copies the mail the POP
/// account keeps on this computer into the server's folders with the verified migration engine
/// (models::MigrationEngine), proves it arrived, and switches the accounts.
///
/// Pages, in order: MigrationAccountPage (the POP account; the IMAP account found in Postier or
/// discovered, its login tried with the POP account's keychain password) → MigrationPreflightPage
/// (counts, sizes, the largest message, the quota, a time estimate) → MigrationMappingPage (the
/// folders with check boxes, where each goes, a dry run; its button starts the copy and there is
/// no way back after it) → MigrationUploadPage (progress, pause, stop) → MigrationReportPage (the
/// report, Save…, and its copy in “Postier reports” on the server) → MigrationFinishPage
/// (warnings; Finish switches the POP account off for good and makes the IMAP account the
/// default). Pages that wait start their work in initializePage() and abandon it in
/// cleanupPage(); the UI thread never waits.
///
/// Accounts: the IMAP account is saved (and its password written to the keychain) when the copy
/// starts, and the POP account is switched off then, so that it does not download the copied
/// messages again while they arrive on the server; accountsChanged() says when the caller must
/// reload the accounts. The POP account is never deleted and its local mail stays.
///
/// Interruptions: from the start of the copy until Finish a PendingMigration record is kept;
/// closing the wizard or quitting Postier mid-way is safe (the journal knows what was copied),
/// and hasPendingMigration()/offerResume() let the main window offer to continue at the next
/// start. Continuing reruns the same wizard with the same accounts and folders; nothing already
/// on the server is copied again.
class MigrationWizard : public QWizard
{
    Q_OBJECT
public:
    enum PageId { AccountPageId, PreflightPageId, MappingPageId, UploadPageId, ReportPageId, FinishPageId };

    /// `settingsFile` empty: the application's settings (the one AccountStore uses by default).
    explicit MigrationWizard(models::AccountStore &accounts, const QString &settingsFile = {},
                             QWidget *parent = nullptr);
    ~MigrationWizard() override;

    /// Set before show(): test seams and knobs.
    void setPasswordStore(models::PasswordStore *store);
    void setDiscoveryOptions(const models::DiscoveryOptions &options);
    void setConnectionOptions(const protocols::ConnectionOptions &options);
    /// Set before show(): the POP account to offer first (from a folder's context menu).
    void setPopAccount(const QString &accountId);

    [[nodiscard]] const MigrationWizardState &state() const { return m_state; }
    [[nodiscard]] bool isResuming() const { return m_state.resume.isValid(); }
    [[nodiscard]] MigrationAccountPage *accountPage() const { return m_accountPage; }
    [[nodiscard]] MigrationPreflightPage *preflightPage() const { return m_preflightPage; }
    [[nodiscard]] MigrationMappingPage *mappingPage() const { return m_mappingPage; }
    [[nodiscard]] MigrationUploadPage *uploadPage() const { return m_uploadPage; }
    [[nodiscard]] MigrationReportPage *reportPage() const { return m_reportPage; }
    [[nodiscard]] MigrationFinishPage *finishPage() const { return m_finishPage; }

    void accept() override;
    void reject() override;

    /// A conversion was started and not finished (see PendingMigration).
    [[nodiscard]] static bool hasPendingMigration(const QString &settingsFile = {});
    /// Opens the wizard (deleted when closed), or raises the one already open under `parent`.
    /// `accountsChanged` runs whenever the wizard changed the accounts (reload them there);
    /// `configure` runs on a new wizard before it is shown (test seams).
    static MigrationWizard *launch(models::AccountStore &accounts, QWidget *parent,
                                   const std::function<void()> &accountsChanged = {},
                                   const QString &settingsFile = {},
                                   const std::function<void(MigrationWizard *)> &configure = {});
    /// At start-up: when a conversion is pending, asks (without blocking) whether to continue it
    /// now, later, or never; "Continue" launch()es the wizard. Returns the question box, or null
    /// when nothing is pending. "Do Not Continue" forgets the record and switches the POP
    /// account back on if the wizard had switched it off (what was copied stays on the server),
    /// then calls `accountsChanged`.
    static QMessageBox *offerResume(models::AccountStore &accounts, QWidget *parent,
                                    const std::function<void()> &accountsChanged = {},
                                    const QString &settingsFile = {},
                                    const std::function<void(MigrationWizard *)> &configure = {});

Q_SIGNALS:
    /// Accounts were added, switched off or on, or the default changed: reload them.
    void accountsChanged();
    /// Finish switched the accounts: the POP account is off, the IMAP account is the default.
    void converted(const QString &popAccountId, const QString &imapAccountId);

private:
    MigrationWizardState m_state;
    models::PasswordStore *m_ownPasswords = nullptr;
    MigrationAccountPage *m_accountPage;
    MigrationPreflightPage *m_preflightPage;
    MigrationMappingPage *m_mappingPage;
    MigrationUploadPage *m_uploadPage;
    MigrationReportPage *m_reportPage;
    MigrationFinishPage *m_finishPage;
};

} // namespace postier::ui
