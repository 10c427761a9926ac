#pragma once

#include <QWizardPage>

class QCheckBox;
class QLabel;
class QProgressBar;
class QPushButton;
class QTreeWidget;

namespace postier::models {
class MigrationPreflight;
}

namespace postier::ui {

struct MigrationWizardState;

/// Second page of MigrationWizard: what the copy is about to do, measured before anything is
/// copied (models::MigrationPreflight): the local folders with their message counts and sizes,
/// the total, the largest message, the server's folders, its quota with a clear warning when the
/// mail will not fit, and a time estimate.
///
/// initializePage() starts the preflight; complete when it is done and both sides could be
/// read, and, when the quota is too small, once the user ticked "Copy what fits anyway".
/// "Try Again" repeats a failed preflight. cleanupPage() abandons it.
class MigrationPreflightPage : public QWizardPage
{
    Q_OBJECT
public:
    explicit MigrationPreflightPage(MigrationWizardState *state, QWidget *parent = nullptr);

    void initializePage() override;
    void cleanupPage() override;
    [[nodiscard]] bool isComplete() const override;
    bool validatePage() override;
    [[nodiscard]] int nextId() const override;

    [[nodiscard]] const models::MigrationPreflight &preflight() const { return *m_preflight; }
    [[nodiscard]] QTreeWidget *folderTree() const { return m_tree; }
    [[nodiscard]] QLabel *messagesLabel() const { return m_messages; }
    [[nodiscard]] QLabel *largestLabel() const { return m_largest; }
    [[nodiscard]] QLabel *quotaLabel() const { return m_quota; }
    [[nodiscard]] QLabel *warningLabel() const { return m_warning; }
    [[nodiscard]] QCheckBox *copyAnywayBox() const { return m_copyAnyway; }
    [[nodiscard]] QLabel *estimateLabel() const { return m_estimate; }

private:
    void start();
    void onFinished();

    MigrationWizardState *m_state;
    models::MigrationPreflight *m_preflight;
    QLabel *m_intro;
    QProgressBar *m_busy;
    QLabel *m_progress;
    QTreeWidget *m_tree;
    QWidget *m_facts;
    QLabel *m_folders;
    QLabel *m_messages;
    QLabel *m_largest;
    QLabel *m_server;
    QLabel *m_quota;
    QLabel *m_estimate;
    QLabel *m_popNote;
    QLabel *m_warning;
    QCheckBox *m_copyAnyway;
    QLabel *m_error;
    QPushButton *m_retry;
    bool m_done = false;
};

} // namespace postier::ui
