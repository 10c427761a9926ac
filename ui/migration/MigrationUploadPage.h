#pragma once

#include "models/migration/MigrationReport.h"

#include <QWizardPage>

class QLabel;
class QProgressBar;
class QPushButton;

namespace postier::models {
class MigrationEngine;
struct MigrationProgress;
} // namespace postier::models

namespace postier::ui {

struct MigrationWizardState;

/// Fourth page of MigrationWizard: the copy itself (models::MigrationEngine), with the progress
/// of the current folder and of the whole copy, Pause/Resume and Stop.
///
/// initializePage() first puts the accounts in place: the new IMAP account is saved and its
/// password written to the keychain (a keychain failure is shown, the copy goes on: the password
/// is in memory), the POP account is switched off so that it does not download the copied
/// messages again, and a PendingMigration record is written; then the copy starts. Stop ends the
/// copy at the next message and offers Continue. After the copy, the messages that were already
/// on the server get the flags they have here (the engine adds them, never removes any).
/// Complete once the copy has run to its end (the report says whether every message is there);
/// a commit page, so the report is not left for this page again. Closing the wizard mid-way
/// stops the copy; the record lets the next start continue it.
class MigrationUploadPage : public QWizardPage
{
    Q_OBJECT
public:
    explicit MigrationUploadPage(MigrationWizardState *state, QWidget *parent = nullptr);

    void initializePage() override;
    [[nodiscard]] bool isComplete() const override;
    bool validatePage() override;
    [[nodiscard]] int nextId() const override;

    /// Stops the copy (the wizard is closing); the journal keeps what was done.
    void stop();

    [[nodiscard]] models::MigrationEngine *engine() const { return m_engine; }
    [[nodiscard]] QPushButton *pauseButton() const { return m_pause; }
    [[nodiscard]] QPushButton *stopButton() const { return m_stop; }
    [[nodiscard]] QPushButton *continueButton() const { return m_continue; }
    [[nodiscard]] QProgressBar *folderBar() const { return m_folderBar; }
    [[nodiscard]] QProgressBar *overallBar() const { return m_overallBar; }
    [[nodiscard]] QLabel *resultLabel() const { return m_result; }
    [[nodiscard]] bool isFinished() const { return m_finished; }

private:
    bool prepareAccounts(QString *error);
    void startCopy();
    void onProgress(const models::MigrationProgress &progress);
    void onFinished(const models::MigrationReport &report);
    void onPausedChanged(bool paused);
    void onStage(const QString &sentence);

    MigrationWizardState *m_state;
    models::MigrationEngine *m_engine;
    QLabel *m_intro;
    QLabel *m_stage;
    QLabel *m_folderLabel;
    QProgressBar *m_folderBar;
    QLabel *m_overallLabel;
    QProgressBar *m_overallBar;
    QPushButton *m_pause;
    QPushButton *m_stop;
    QPushButton *m_continue;
    QLabel *m_result;
    QLabel *m_keychain;
    QLabel *m_note;
    models::MigrationReport m_report;
    QString m_lastStage;
    bool m_finished = false;
    bool m_accountsReady = false;
};

} // namespace postier::ui
