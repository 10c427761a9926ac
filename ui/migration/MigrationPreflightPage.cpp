#include "ui/migration/MigrationPreflightPage.h"

#include "models/local/LocalStore.h"
#include "models/migration/MigrationPreflight.h"
#include "ui/migration/MigrationWidgets.h"
#include "ui/migration/MigrationWizard.h"
#include "ui/migration/MigrationWizardState.h"

#include <QCheckBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHash>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace postier::ui {

using models::MigrationPreflightResult;

MigrationPreflightPage::MigrationPreflightPage(MigrationWizardState *state, QWidget *parent)
    : QWizardPage(parent)
    , m_state(state)
    , m_preflight(new models::MigrationPreflight(this))
    , m_intro(migration::sentenceLabel(this))
    , m_busy(new QProgressBar(this))
    , m_progress(migration::sentenceLabel(this))
    , m_tree(new QTreeWidget(this))
    , m_facts(new QWidget(this))
    , m_folders(migration::sentenceLabel(m_facts))
    , m_messages(migration::sentenceLabel(m_facts))
    , m_largest(migration::sentenceLabel(m_facts))
    , m_server(migration::sentenceLabel(m_facts))
    , m_quota(migration::sentenceLabel(m_facts))
    , m_estimate(migration::sentenceLabel(m_facts))
    , m_popNote(migration::sentenceLabel(this))
    , m_warning(migration::warningLabel(this))
    , m_copyAnyway(new QCheckBox(tr("Copy &what fits anyway (the report lists every message the "
                                    "server refuses)"),
                                 this))
    , m_error(migration::warningLabel(this))
    , m_retry(new QPushButton(tr("Try &Again"), this))
{
    setTitle(tr("Before Copying"));
    m_intro->setText(tr("Postier counts the mail on this computer and asks the server how much "
                        "room it has. Nothing is copied yet."));
    m_busy->setRange(0, 0);
    m_busy->setTextVisible(false);
    m_busy->setMaximumWidth(120);
    auto *progressRow = new QHBoxLayout;
    progressRow->addWidget(m_busy);
    progressRow->addWidget(m_progress, 1);

    m_tree->setColumnCount(3);
    m_tree->setHeaderLabels({tr("Folder on this computer"), tr("Messages"), tr("Size")});
    m_tree->setRootIsDecorated(true);
    m_tree->setUniformRowHeights(true);
    m_tree->setSelectionMode(QAbstractItemView::NoSelection);
    m_tree->header()->setStretchLastSection(false);
    m_tree->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_tree->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_tree->header()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    m_tree->setMinimumHeight(120);
    m_copyAnyway->hide();
    m_warning->hide();
    m_error->hide();
    m_retry->hide();
    auto *retryRow = new QHBoxLayout;
    retryRow->addStretch(1);
    retryRow->addWidget(m_retry);

    // A grid rather than a form: QFormLayout gives wrapping value labels too little width.
    auto *facts = new QGridLayout(m_facts);
    facts->setContentsMargins(0, 0, 0, 0);
    facts->setColumnStretch(1, 1);
    const std::pair<QString, QLabel *> rows[] = {
        {tr("Folders on this computer:"), m_folders}, {tr("Messages:"), m_messages},
        {tr("Largest message:"), m_largest},         {tr("Folders on the server:"), m_server},
        {tr("Space on the server:"), m_quota},        {tr("Time:"), m_estimate},
    };
    int row = 0;
    for (const auto &[name, value] : rows) {
        facts->addWidget(new QLabel(name, m_facts), row, 0, Qt::AlignTop);
        facts->addWidget(value, row++, 1);
    }
    m_facts->hide();

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addLayout(progressRow);
    layout->addWidget(m_tree, 1);
    layout->addWidget(m_facts);
    layout->addWidget(m_popNote);
    layout->addWidget(m_warning);
    layout->addWidget(m_copyAnyway);
    layout->addWidget(m_error);
    layout->addLayout(retryRow);

    connect(m_preflight, &models::MigrationPreflight::progress, m_progress, &QLabel::setText);
    connect(m_preflight, &models::MigrationPreflight::finished, this, &MigrationPreflightPage::onFinished);
    connect(m_copyAnyway, &QCheckBox::toggled, this, &MigrationPreflightPage::completeChanged);
    connect(m_retry, &QPushButton::clicked, this, &MigrationPreflightPage::start);
}

void MigrationPreflightPage::initializePage()
{
    start();
}

void MigrationPreflightPage::cleanupPage()
{
    m_preflight->cancel();
    m_done = false;
}

void MigrationPreflightPage::start()
{
    m_done = false;
    m_tree->clear();
    for (QLabel *l : {m_folders, m_messages, m_largest, m_server, m_quota, m_estimate, m_popNote})
        l->clear();
    m_facts->hide();
    m_warning->hide();
    m_copyAnyway->hide();
    m_copyAnyway->setChecked(false);
    m_error->hide();
    m_retry->hide();
    m_busy->show();
    m_progress->show();
    m_preflight->start(m_state->sourceSpec(), m_state->imap.incoming, m_state->password,
                       m_state->connectionOptions);
    Q_EMIT completeChanged();
}

void MigrationPreflightPage::onFinished()
{
    m_done = true;
    m_busy->hide();
    m_progress->hide();
    const MigrationPreflightResult &r = m_preflight->result();
    const QLocale locale;

    QHash<QString, QTreeWidgetItem *> items;
    int folderCount = 0;
    for (const models::PreflightFolder &f : r.folders) {
        const qsizetype slash = f.path.lastIndexOf(QLatin1Char('/'));
        QTreeWidgetItem *parent = slash > 0 ? items.value(f.path.left(slash)) : nullptr;
        const QString name = f.path.compare(QLatin1String("INBOX"), Qt::CaseInsensitive) == 0
            ? tr("Inbox") : f.path.mid(slash + 1);
        QStringList columns{name, QString(), QString()};
        if (f.holdsMessages) {
            columns[1] = locale.toString(f.messages);
            columns[2] = MigrationPreflightResult::sizeText(f.bytes);
            ++folderCount;
        }
        auto *item = parent ? new QTreeWidgetItem(parent, columns) : new QTreeWidgetItem(m_tree, columns);
        item->setTextAlignment(1, Qt::AlignRight | Qt::AlignVCenter);
        item->setTextAlignment(2, Qt::AlignRight | Qt::AlignVCenter);
        items.insert(f.path, item);
    }
    m_tree->expandAll();

    if (!r.sourceError.isEmpty() || r.serverError) {
        QStringList problems;
        if (!r.sourceError.isEmpty())
            problems << r.sourceError;
        if (r.serverError)
            problems << r.serverError.sentence();
        m_error->setText(problems.join(QLatin1Char('\n')));
        m_error->show();
        m_retry->show();
        Q_EMIT completeChanged();
        return;
    }

    m_folders->setText(locale.toString(folderCount));
    m_messages->setText(tr("%1 (%2)").arg(locale.toString(r.messages), MigrationPreflightResult::sizeText(r.bytes)));
    m_largest->setText(r.largest <= 0 ? tr("none")
                                      : tr("%1, in “%2”")
                                            .arg(MigrationPreflightResult::sizeText(r.largest),
                                                 r.largestFolder.compare(QLatin1String("INBOX"), Qt::CaseInsensitive) == 0
                                                     ? tr("Inbox") : r.largestFolder));
    QStringList serverFolders;
    for (const protocols::FolderInfo &f : r.serverFolders) {
        if (f.isSelectable())
            serverFolders << f.path;
    }
    m_server->setText(tr("%1 (on %2)").arg(serverFolders.join(tr(", ")), m_state->imap.incoming.host));
    if (r.quotaLimit >= 0) {
        m_quota->setText(tr("%1 used of %2; %3 free")
                             .arg(MigrationPreflightResult::sizeText(qMax<qint64>(0, r.quotaUsed)),
                                  MigrationPreflightResult::sizeText(r.quotaLimit),
                                  MigrationPreflightResult::sizeText(r.freeBytes())));
    } else if (r.quotaSupported) {
        m_quota->setText(tr("no limit"));
    } else {
        m_quota->setText(tr("the server does not say"));
    }
    m_estimate->setText(tr("%1 at a typical home upload speed (10 Mbit/s), checking included")
                            .arg(MigrationPreflightResult::durationText(r.estimatedSeconds())));
    m_facts->show();
    if (m_state->pop.pop3.leaveOnServer)
        m_popNote->setText(tr("“%1” leaves a copy of each message on the server: those copies are "
                              "still in the server’s Inbox. Postier recognises them and does not "
                              "upload them twice.")
                               .arg(m_state->pop.name));

    if (!r.fits()) {
        m_warning->setText(tr("The mail will not fit: it needs %1, but only %2 are free on the "
                              "server. Delete mail on the server or ask your provider for more room "
                              "first; otherwise the server refuses the messages that do not fit.")
                               .arg(MigrationPreflightResult::sizeText(r.bytes),
                                    MigrationPreflightResult::sizeText(r.freeBytes())));
        m_warning->show();
        m_copyAnyway->show();
    }
    Q_EMIT completeChanged();
}

bool MigrationPreflightPage::isComplete() const
{
    if (!m_done || !m_preflight->result().ok())
        return false;
    return m_preflight->result().fits() || m_copyAnyway->isChecked();
}

bool MigrationPreflightPage::validatePage()
{
    if (!isComplete())
        return false;
    m_state->preflight = m_preflight->result();
    return true;
}

int MigrationPreflightPage::nextId() const
{
    return MigrationWizard::MappingPageId;
}

} // namespace postier::ui
