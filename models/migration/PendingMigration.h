#pragma once

#include <QDateTime>
#include <QString>
#include <QStringList>

namespace postier::models {

/// The record of a POP→IMAP conversion that started uploading and has not been finished, kept in
/// the application's settings (group "migration/pending") so that the next start can offer to
/// resume it. The migration journal (MigrationJournal) is what makes resuming exact; this only
/// remembers which accounts and folders the conversion was about.
///
/// Written when the upload starts; removed when the wizard finishes, or when the user declines
/// to resume for good. At most one conversion is pending at a time.
struct PendingMigration {
    QString popAccountId;
    QString imapAccountId;
    QStringList folders;     ///< the source folders chosen for the copy
    QDateTime startedAt;     ///< UTC
    bool popWasEnabled = true; ///< to restore the POP account when the conversion is abandoned

    [[nodiscard]] bool isValid() const { return !popAccountId.isEmpty() && !imapAccountId.isEmpty(); }

    /// `settingsFile` empty: the application's QSettings (as AccountStore).
    [[nodiscard]] static PendingMigration load(const QString &settingsFile = {});
    [[nodiscard]] static bool exists(const QString &settingsFile = {});
    void save(const QString &settingsFile = {}) const;
    static void clear(const QString &settingsFile = {});
};

} // namespace postier::models
