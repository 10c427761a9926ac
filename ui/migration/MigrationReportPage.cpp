#include "ui/migration/MigrationReportPage.h"

#include "models/local/LocalStore.h"
#include "models/migration/FolderMapper.h"
#include "models/migration/MigrationReportMail.h"
#include "protocols/Connection.h"
#include "protocols/imap/AppendMessageJob.h"
#include "protocols/imap/CreateFolderJob.h"
#include "ui/migration/MigrationWidgets.h"
#include "ui/migration/MigrationWizard.h"
#include "ui/migration/MigrationWizardState.h"

#include <QDir>
#include <QFileDialog>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSaveFile>
#include <QStandardPaths>
#include <QStyle>
#include <QVBoxLayout>

namespace postier::ui {

MigrationReportPage::MigrationReportPage(MigrationWizardState *state, QWidget *parent)
    : QWizardPage(parent)
    , m_state(state)
    , m_summary(migration::headingLabel(QString(), this))
    , m_view(new QPlainTextEdit(this))
    , m_save(new QPushButton(tr("Sa&ve Report…"), this))
    , m_saved(migration::sentenceLabel(this))
    , m_serverCopy(migration::sentenceLabel(this))
    , m_retry(new QPushButton(tr("Try &Again"), this))
{
    setTitle(tr("Report"));
    m_view->setReadOnly(true);
    m_view->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    m_view->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_retry->hide();

    auto *saveRow = new QHBoxLayout;
    saveRow->addWidget(m_saved, 1);
    saveRow->addWidget(m_save, 0, Qt::AlignTop);
    auto *serverRow = new QHBoxLayout;
    serverRow->addWidget(m_serverCopy, 1);
    serverRow->addWidget(m_retry, 0, Qt::AlignTop);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_view, 1);
    layout->addLayout(saveRow);
    layout->addLayout(serverRow);

    connect(m_save, &QPushButton::clicked, this, [this] {
        const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
        const QString name = tr("Postier migration report %1.txt").arg(m_when.toLocalTime().toString(QStringLiteral("yyyy-MM-dd")));
        auto *dialog = new QFileDialog(this, tr("Save the Report"), QDir(folder).filePath(name),
                                       tr("Text files (*.txt)"));
        dialog->setAcceptMode(QFileDialog::AcceptSave);
        dialog->setDefaultSuffix(QStringLiteral("txt"));
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(dialog, &QFileDialog::fileSelected, this, [this](const QString &path) { saveTo(path); });
        dialog->open();
    });
    connect(m_retry, &QPushButton::clicked, this, &MigrationReportPage::startServerCopy);
}

MigrationReportPage::~MigrationReportPage()
{
    abandon();
}

void MigrationReportPage::initializePage()
{
    m_when = QDateTime::currentDateTime();
    models::MigrationReport report = m_state->report;
    report.source = tr("the POP account “%1” (%2), kept on this computer in %3")
                        .arg(m_state->pop.name, m_state->pop.address,
                             QDir::toNativeSeparators(models::LocalStore::rootFor(m_state->pop.id)));
    report.destination = tr("the IMAP account “%1” on %2").arg(m_state->imap.name, m_state->imap.incoming.host);
    m_text = report.toText(); // says per folder which messages got their flags completed
    m_view->setPlainText(m_text);
    m_summary->setText(report.summary());
    m_saved->setText(tr("Keep the report with your records: it lists every folder and says whether "
                        "each message is on the server."));
    startServerCopy();
}

void MigrationReportPage::cleanupPage()
{
    abandon();
}

void MigrationReportPage::abandon()
{
    if (m_job) {
        disconnect(m_job, nullptr, this, nullptr);
        m_job = nullptr;
    }
    m_connection.reset(); // completes a queued or running job as cancelled; it deletes itself
}

void MigrationReportPage::startServerCopy()
{
    abandon();
    m_copyDone = false;
    m_copyError = {};
    m_retry->hide();
    m_serverCopy->setText(tr("Keeping a copy of this report in the folder “%1” on the server…")
                              .arg(models::MigrationReportMail::folderName()));
    Q_EMIT completeChanged();

    models::FolderMapper mapper(m_state->preflight.serverFolders, m_state->preflight.separator);
    const models::FolderMapping mapping = mapper.map(models::MigrationReportMail::folderName(), QString());
    m_folder = mapping.rawDestination;
    m_connection = std::make_unique<protocols::Connection>(m_state->imap.incoming, m_state->password,
                                                           m_state->connectionOptions);
    if (mapping.exists) {
        appendReport();
        return;
    }
    auto *create = new protocols::CreateFolderJob(m_folder);
    m_job = create;
    connect(create, &protocols::Job::finished, this, [this](protocols::Job *job) {
        m_job = nullptr;
        // Refused most often means that it exists now (created by an earlier report); if not,
        // the APPEND says so in its own words.
        if (job->error() && job->error().kind() != protocols::ErrorKind::ServerRefused) {
            finishServerCopy(job->error());
            return;
        }
        appendReport();
    });
    m_connection->enqueue(create);
}

void MigrationReportPage::appendReport()
{
    auto *append = new protocols::AppendMessageJob(m_folder);
    protocols::MessageFlags flags;
    flags.bits = protocols::FlagSeen;
    append->addMessage(models::MigrationReportMail::build(m_text, m_state->pop.displayName, m_state->pop.address, m_when),
                       flags, m_when.toSecsSinceEpoch());
    m_job = append;
    connect(append, &protocols::Job::finished, this, [this](protocols::Job *job) {
        m_job = nullptr;
        finishServerCopy(job->error());
    });
    m_connection->enqueue(append);
}

void MigrationReportPage::finishServerCopy(const protocols::Error &error)
{
    m_copyDone = true;
    m_copyError = error;
    if (error.isOk()) {
        m_serverCopy->setText(tr("A copy of this report is in the folder “%1” on the server.")
                                  .arg(models::MigrationReportMail::folderName()));
    } else {
        m_serverCopy->setText(tr("The copy of this report could not be put on the server: %1")
                                  .arg(error.sentence()));
        m_retry->show();
    }
    // The connection closes here: the page keeps no idle login open.
    QMetaObject::invokeMethod(this, [this] {
        if (!m_job)
            m_connection.reset();
    }, Qt::QueuedConnection);
    Q_EMIT completeChanged();
}

bool MigrationReportPage::saveTo(const QString &path)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Text) || file.write(m_text.toUtf8()) < 0 || !file.commit()) {
        m_saved->setText(tr("The report could not be saved in %1: %2")
                             .arg(QDir::toNativeSeparators(path), file.errorString()));
        return false;
    }
    m_saved->setText(tr("The report is saved in %1.").arg(QDir::toNativeSeparators(path)));
    return true;
}

bool MigrationReportPage::isComplete() const
{
    return m_copyDone;
}

int MigrationReportPage::nextId() const
{
    return MigrationWizard::FinishPageId;
}

} // namespace postier::ui
