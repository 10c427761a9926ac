#include "ui/migration/MigrationMappingPage.h"

#include "models/migration/FolderMappingModel.h"
#include "models/migration/MigrationEngine.h"
#include "ui/migration/MigrationWidgets.h"
#include "ui/migration/MigrationWizard.h"
#include "ui/migration/MigrationWizardState.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTreeView>
#include <QVBoxLayout>

namespace postier::ui {

using models::FolderMappingModel;
using models::MigrationFolderReport;

MigrationMappingPage::MigrationMappingPage(MigrationWizardState *state, QWidget *parent)
    : QWizardPage(parent)
    , m_state(state)
    , m_model(new FolderMappingModel(this))
    , m_engine(new models::MigrationEngine(this))
    , m_intro(migration::sentenceLabel(this))
    , m_view(new QTreeView(this))
    , m_renames(migration::sentenceLabel(this))
    , m_dryRun(new QPushButton(tr("&Dry Run"), this))
    , m_dryRunResult(migration::sentenceLabel(this))
    , m_popNote(migration::sentenceLabel(this))
{
    setTitle(tr("Folders"));
    setCommitPage(true);
    setButtonText(QWizard::CommitButton, tr("Start &Copying"));
    m_intro->setText(tr("Choose the folders to copy. Each one goes into the folder shown on the "
                        "server; folders the server does not have yet are created. Messages "
                        "already on the server are not copied again."));
    m_view->setModel(m_model);
    m_view->setUniformRowHeights(true);
    m_view->setAllColumnsShowFocus(true);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->header()->setStretchLastSection(false);
    m_view->header()->setSectionResizeMode(FolderMappingModel::FolderColumn, QHeaderView::Stretch);
    for (const int c : {int(FolderMappingModel::MessagesColumn), int(FolderMappingModel::DestinationColumn),
                        int(FolderMappingModel::UploadColumn)})
        m_view->header()->setSectionResizeMode(c, QHeaderView::ResizeToContents);
    m_dryRun->setToolTip(tr("Find out what would be uploaded, without changing anything on the server"));

    auto *dryRunRow = new QHBoxLayout;
    dryRunRow->addWidget(m_dryRunResult, 1);
    dryRunRow->addWidget(m_dryRun, 0, Qt::AlignTop);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_renames);
    layout->addLayout(dryRunRow);
    layout->addWidget(m_popNote);

    connect(m_model, &FolderMappingModel::selectionChanged, this, &MigrationMappingPage::onSelectionChanged);
    connect(m_dryRun, &QPushButton::clicked, this, &MigrationMappingPage::startDryRun);
    connect(m_engine, &models::MigrationEngine::stage, m_dryRunResult, &QLabel::setText);
    connect(m_engine, &models::MigrationEngine::finished, this, &MigrationMappingPage::onDryRunFinished);
}

void MigrationMappingPage::initializePage()
{
    m_model->setPreflight(m_state->preflight, m_state->resume.isValid() ? m_state->resume.folders : QStringList());
    m_view->expandAll();
    m_dryRunResult->setText(tr("A dry run shows how many messages of each folder would be uploaded."));
    m_popNote->setText(tr("While the mail is copied, Postier stops downloading “%1” by POP, so that "
                          "no message comes down again as it arrives on the server.")
                           .arg(m_state->pop.name));
    onSelectionChanged();
    m_view->setFocus();
    m_view->setCurrentIndex(m_model->index(0, 0));
}

void MigrationMappingPage::cleanupPage()
{
    m_engine->cancel();
}

bool MigrationMappingPage::isDryRunning() const
{
    return m_engine->isRunning();
}

void MigrationMappingPage::onSelectionChanged()
{
    const QStringList renames = m_model->renameExplanations();
    m_renames->setVisible(!renames.isEmpty());
    m_renames->setText(renames.join(QLatin1Char('\n')));
    m_dryRun->setEnabled(!m_engine->isRunning() && !m_model->checkedFolders().isEmpty());
    Q_EMIT completeChanged();
}

void MigrationMappingPage::startDryRun()
{
    models::MigrationSettings settings;
    settings.sourceSpec = m_state->sourceSpec();
    settings.destination = m_state->imap.incoming;
    settings.password = m_state->password;
    settings.connection = m_state->connectionOptions;
    settings.onlyFolders = m_model->checkedFolders();
    settings.dryRun = true;
    m_model->clearDryRun();
    if (!m_engine->start(settings))
        return;
    m_dryRun->setEnabled(false);
    m_dryRunResult->setText(tr("Checking what would be uploaded…"));
    Q_EMIT completeChanged();
}

void MigrationMappingPage::onDryRunFinished(const models::MigrationReport &report)
{
    const QLocale locale;
    if (report.cancelled) {
        m_dryRunResult->setText(tr("The dry run was stopped."));
    } else if (!report.error.isEmpty()) {
        m_dryRunResult->setText(tr("The dry run failed: %1").arg(report.error));
    } else {
        m_model->setDryRun(report);
        const qint64 upload = report.total(&MigrationFolderReport::uploaded);
        const qint64 there = report.total(&MigrationFolderReport::alreadyThere);
        QString text = tr("Dry run — messages to upload: %1; already on the server: %2. Nothing was "
                          "changed.")
                           .arg(locale.toString(upload), locale.toString(there));
        QStringList problems;
        for (const MigrationFolderReport &f : report.folders) {
            if (!f.error.isEmpty())
                problems << f.error;
        }
        if (!problems.isEmpty())
            text += QLatin1Char('\n') + problems.join(QLatin1Char('\n'));
        m_dryRunResult->setText(text);
    }
    onSelectionChanged();
}

bool MigrationMappingPage::isComplete() const
{
    return !m_engine->isRunning() && !m_model->checkedFolders().isEmpty();
}

bool MigrationMappingPage::validatePage()
{
    if (!isComplete())
        return false;
    m_state->folders = m_model->checkedFolders();
    return true;
}

int MigrationMappingPage::nextId() const
{
    return MigrationWizard::UploadPageId;
}

} // namespace postier::ui
