#pragma once

#include "protocols/Error.h"

#include <QDateTime>
#include <QWizardPage>

#include <memory>

class QLabel;
class QPlainTextEdit;
class QPushButton;

namespace postier::protocols {
class Connection;
class Job;
} // namespace postier::protocols

namespace postier::ui {

struct MigrationWizardState;

/// Fifth page of MigrationWizard: the verification report (MigrationReport::toText(), with the
/// accounts named), "Save…" to a text file, and a copy kept on the server: a text/plain message
/// (models::MigrationReportMail) appended to the folder “Postier reports”, which is created when
/// the server does not have it.
///
/// initializePage() starts the copy on a connection of its own; the page is complete once that
/// has ended, well or not: a failure is said in a sentence with "Try Again", and does not hold
/// the user back (the report can still be saved). cleanupPage() abandons it.
class MigrationReportPage : public QWizardPage
{
    Q_OBJECT
public:
    explicit MigrationReportPage(MigrationWizardState *state, QWidget *parent = nullptr);
    ~MigrationReportPage() override;

    void initializePage() override;
    void cleanupPage() override;
    [[nodiscard]] bool isComplete() const override;
    [[nodiscard]] int nextId() const override;

    /// Writes the report to `path` (UTF-8); false with a sentence shown on the page on failure.
    bool saveTo(const QString &path);

    [[nodiscard]] QString reportText() const { return m_text; }
    [[nodiscard]] QPlainTextEdit *reportView() const { return m_view; }
    [[nodiscard]] QPushButton *saveButton() const { return m_save; }
    [[nodiscard]] QLabel *serverCopyLabel() const { return m_serverCopy; }
    [[nodiscard]] QLabel *summaryLabel() const { return m_summary; }
    /// The outcome of the copy on the server (ok once it is there).
    [[nodiscard]] const protocols::Error &serverCopyError() const { return m_copyError; }

private:
    void startServerCopy();
    void appendReport();
    void finishServerCopy(const protocols::Error &error);
    void abandon();

    MigrationWizardState *m_state;
    QLabel *m_summary;
    QPlainTextEdit *m_view;
    QPushButton *m_save;
    QLabel *m_saved;
    QLabel *m_serverCopy;
    QPushButton *m_retry;
    QString m_text;
    QDateTime m_when;
    QByteArray m_folder;
    std::unique_ptr<protocols::Connection> m_connection;
    protocols::Job *m_job = nullptr;
    protocols::Error m_copyError;
    bool m_copyDone = false;
};

} // namespace postier::ui
