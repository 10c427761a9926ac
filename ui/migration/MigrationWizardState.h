#pragma once

#include "models/accounts/Account.h"
#include "models/autoconfig/DiscoveryOptions.h"
#include "models/migration/MigrationPreflight.h"
#include "models/migration/MigrationReport.h"
#include "models/migration/PendingMigration.h"
#include "protocols/ConnectionOptions.h"

#include <QString>
#include <QStringList>

namespace postier::models {
class AccountStore;
class PasswordStore;
} // namespace postier::models

namespace postier::ui {

/// What the pages of MigrationWizard share, owned by the wizard. Each page fills its part in
/// validatePage() (or when its work ends) and reads the earlier pages' in initializePage().
struct MigrationWizardState {
    // Set by the wizard's owner
    models::AccountStore *accounts = nullptr;
    models::PasswordStore *passwords = nullptr;
    QString settingsFile;                       ///< empty: the application's settings
    models::DiscoveryOptions discoveryOptions;
    protocols::ConnectionOptions connectionOptions;
    models::PendingMigration resume;            ///< valid when continuing an interrupted conversion
    QString preferredPop;                       ///< the POP account to offer first

    // MigrationAccountPage
    models::Account pop;
    models::Account imap;       ///< id empty while it is a new account not saved yet
    bool imapExisted = false;   ///< an IMAP account of the same address was already in Postier
    QString password;

    // MigrationPreflightPage
    models::MigrationPreflightResult preflight;

    // MigrationMappingPage
    QStringList folders;        ///< the source folders to copy

    // MigrationUploadPage
    models::MigrationReport report;
    qint64 flagsCompleted = 0;  ///< messages already on the server that got their local flags
    bool popWasEnabled = true;  ///< the POP account's state before the upload switched it off

    /// The migration source of the POP account: its local Maildir++ store.
    [[nodiscard]] QString sourceSpec() const;
};

} // namespace postier::ui
