#pragma once

#include <QWizardPage>

class QLabel;
class QPushButton;
class QTreeView;

namespace postier::models {
class FolderMappingModel;
class MigrationEngine;
struct MigrationReport;
} // namespace postier::models

namespace postier::ui {

struct MigrationWizardState;

/// Third page of MigrationWizard: the folders to copy, with check boxes, and where each one goes
/// on the server (models::FolderMappingModel: the same mapping the engine applies; renamed
/// folders explained below the tree). "Dry Run" runs the engine without changing anything and
/// fills in how many messages of each folder would be uploaded.
///
/// Complete when at least one folder is checked and no dry run is going on. This is the commit
/// page: its Next button, "Start Copying", starts the copy and there is no way back after it.
class MigrationMappingPage : public QWizardPage
{
    Q_OBJECT
public:
    explicit MigrationMappingPage(MigrationWizardState *state, QWidget *parent = nullptr);

    void initializePage() override;
    void cleanupPage() override;
    [[nodiscard]] bool isComplete() const override;
    bool validatePage() override;
    [[nodiscard]] int nextId() const override;

    [[nodiscard]] models::FolderMappingModel *model() const { return m_model; }
    [[nodiscard]] QTreeView *view() const { return m_view; }
    [[nodiscard]] QPushButton *dryRunButton() const { return m_dryRun; }
    [[nodiscard]] QLabel *dryRunLabel() const { return m_dryRunResult; }
    [[nodiscard]] QLabel *renameLabel() const { return m_renames; }
    [[nodiscard]] bool isDryRunning() const;

private:
    void startDryRun();
    void onDryRunFinished(const models::MigrationReport &report);
    void onSelectionChanged();

    MigrationWizardState *m_state;
    models::FolderMappingModel *m_model;
    models::MigrationEngine *m_engine;
    QLabel *m_intro;
    QTreeView *m_view;
    QLabel *m_renames;
    QPushButton *m_dryRun;
    QLabel *m_dryRunResult;
    QLabel *m_popNote;
};

} // namespace postier::ui
