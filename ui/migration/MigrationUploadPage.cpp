#include "ui/migration/MigrationUploadPage.h"

#include "models/accounts/AccountStore.h"
#include "models/accounts/PasswordStore.h"
#include "models/migration/MigrationEngine.h"
#include "models/migration/MigrationPreflight.h"
#include "models/migration/PendingMigration.h"
#include "ui/migration/MigrationWidgets.h"
#include "ui/migration/MigrationWizard.h"
#include "ui/migration/MigrationWizardState.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QUuid>
#include <QVBoxLayout>

namespace postier::ui {

using models::MigrationPreflightResult;

MigrationUploadPage::MigrationUploadPage(MigrationWizardState *state, QWidget *parent)
    : QWizardPage(parent)
    , m_state(state)
    , m_engine(new models::MigrationEngine(this))
    , m_intro(migration::sentenceLabel(this))
    , m_stage(migration::sentenceLabel(this))
    , m_folderLabel(migration::sentenceLabel(this))
    , m_folderBar(new QProgressBar(this))
    , m_overallLabel(migration::sentenceLabel(this))
    , m_overallBar(new QProgressBar(this))
    , m_pause(new QPushButton(tr("&Pause"), this))
    , m_stop(new QPushButton(tr("S&top"), this))
    , m_continue(new QPushButton(tr("C&ontinue"), this))
    , m_result(migration::sentenceLabel(this))
    , m_keychain(migration::warningLabel(this))
    , m_note(migration::sentenceLabel(this))
{
    setTitle(tr("Copying"));
    setCommitPage(true);
    m_intro->setText(tr("Each message goes up with its exact content, its flags and its date, and "
                        "is recorded as soon as the server has confirmed it."));
    m_note->setText(tr("You can close this window or quit Postier at any time: nothing is lost, "
                       "and at its next start Postier offers to continue where the copy stopped."));
    m_folderBar->setRange(0, 1);
    m_overallBar->setRange(0, 1);
    m_folderBar->setValue(0);
    m_overallBar->setValue(0);
    m_folderLabel->setBuddy(m_folderBar);
    m_overallLabel->setBuddy(m_overallBar);
    m_continue->hide();
    m_keychain->hide();
    QFont bold = m_result->font();
    bold.setBold(true);
    m_result->setFont(bold);

    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_pause);
    buttons->addWidget(m_stop);
    buttons->addWidget(m_continue);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addSpacing(8);
    layout->addWidget(m_stage);
    layout->addSpacing(8);
    layout->addWidget(m_folderLabel);
    layout->addWidget(m_folderBar);
    layout->addSpacing(4);
    layout->addWidget(m_overallLabel);
    layout->addWidget(m_overallBar);
    layout->addLayout(buttons);
    layout->addSpacing(8);
    layout->addWidget(m_result);
    layout->addWidget(m_keychain);
    layout->addStretch(1);
    layout->addWidget(m_note);

    connect(m_engine, &models::MigrationEngine::stage, this, &MigrationUploadPage::onStage);
    connect(m_engine, &models::MigrationEngine::progress, this, &MigrationUploadPage::onProgress);
    connect(m_engine, &models::MigrationEngine::finished, this, &MigrationUploadPage::onFinished);
    connect(m_engine, &models::MigrationEngine::pausedChanged, this, &MigrationUploadPage::onPausedChanged);
    connect(m_pause, &QPushButton::clicked, this, [this] { m_engine->setPaused(!m_engine->isPaused()); });
    connect(m_stop, &QPushButton::clicked, this, [this] {
        m_stop->setEnabled(false);
        m_pause->setEnabled(false);
        m_stage->setText(tr("Stopping after the message being sent…"));
        m_engine->cancel();
    });
    connect(m_continue, &QPushButton::clicked, this, &MigrationUploadPage::startCopy);
}

void MigrationUploadPage::initializePage()
{
    // Leaving this page is a step that cannot be undone; its button reads as a plain Next.
    if (wizard())
        setButtonText(QWizard::CommitButton, wizard()->buttonText(QWizard::NextButton));
    m_finished = false;
    m_result->clear();
    QString error;
    if (!m_accountsReady && !prepareAccounts(&error)) {
        m_result->setText(error);
        m_continue->show();
        m_pause->hide();
        m_stop->hide();
        return;
    }
    startCopy();
}

bool MigrationUploadPage::prepareAccounts(QString *error)
{
    models::AccountStore &store = *m_state->accounts;
    // The IMAP account: new, or the existing one with what the first page may have changed
    // (a certificate trusted there).
    models::Account imap = m_state->imap;
    if (imap.id.isEmpty())
        imap.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    if (!store.save(imap, error))
        return false;
    m_state->imap = imap;

    // The password under the IMAP server's key; the copy does not wait for the keychain.
    const QPointer<MigrationUploadPage> self(this);
    m_state->passwords->write(models::Account::passwordKey(imap.incoming), m_state->password,
                              [self, name = imap.name](const models::PasswordStore::Result &r) {
        if (!self || r.ok)
            return;
        self->m_keychain->setText(tr("The password of “%1” could not be stored in the keychain: %2 "
                                     "Postier will ask for it when it first connects.")
                                      .arg(name, r.error));
        self->m_keychain->show();
    });

    // The POP account stops downloading for as long as the copy runs, and after it.
    models::Account pop;
    if (store.find(m_state->pop.id, &pop)) {
        m_state->popWasEnabled = m_state->resume.isValid() ? m_state->resume.popWasEnabled : pop.enabled;
        if (pop.enabled) {
            pop.enabled = false;
            if (!store.save(pop, error))
                return false;
        }
        m_state->pop = pop;
    }

    models::PendingMigration pending;
    pending.popAccountId = m_state->pop.id;
    pending.imapAccountId = imap.id;
    pending.folders = m_state->folders;
    pending.startedAt = m_state->resume.isValid() && m_state->resume.startedAt.isValid()
        ? m_state->resume.startedAt : QDateTime::currentDateTimeUtc();
    pending.popWasEnabled = m_state->popWasEnabled;
    pending.save(m_state->settingsFile);
    m_accountsReady = true;
    if (auto *w = qobject_cast<MigrationWizard *>(wizard()))
        Q_EMIT w->accountsChanged();
    return true;
}

void MigrationUploadPage::startCopy()
{
    if (!m_accountsReady) {
        initializePage();
        return;
    }
    models::MigrationSettings settings;
    settings.sourceSpec = m_state->sourceSpec();
    settings.destination = m_state->imap.incoming;
    settings.password = m_state->password;
    settings.connection = m_state->connectionOptions;
    settings.onlyFolders = m_state->folders;
    // Smaller batches than postier-cli's: Pause takes effect between batches, and the progress
    // moves after each one (4 MB is about three seconds at 10 Mbit/s).
    settings.batchMessages = 100;
    settings.batchBytes = 4ll << 20;
    m_finished = false;
    m_result->clear();
    m_continue->hide();
    m_pause->show();
    m_stop->show();
    m_pause->setEnabled(true);
    m_stop->setEnabled(true);
    m_pause->setText(tr("&Pause"));
    m_lastStage.clear();
    m_stage->setText(tr("Starting…"));
    m_engine->start(settings);
    Q_EMIT completeChanged();
}

void MigrationUploadPage::onProgress(const models::MigrationProgress &p)
{
    const QLocale locale;
    const QString folder = p.folder.compare(QLatin1String("INBOX"), Qt::CaseInsensitive) == 0 ? tr("Inbox") : p.folder;
    m_folderLabel->setText(tr("Folder “%1”: %2 of %3 messages")
                               .arg(folder, locale.toString(p.folderDone), locale.toString(p.folderTotal)));
    m_folderBar->setRange(0, int(qMax<qint64>(1, p.folderTotal)));
    m_folderBar->setValue(int(qMin(p.folderDone, p.folderTotal)));
    m_overallLabel->setText(tr("All folders: %1 of %2 messages (%3 uploaded)")
                                .arg(locale.toString(p.done), locale.toString(p.total),
                                     MigrationPreflightResult::sizeText(p.bytesDone)));
    m_overallBar->setRange(0, int(qMax<qint64>(1, p.total)));
    m_overallBar->setValue(int(qMin(p.done, p.total)));
}

void MigrationUploadPage::onStage(const QString &sentence)
{
    m_lastStage = sentence;
    if (!m_engine->isPaused())
        m_stage->setText(sentence);
}

void MigrationUploadPage::onPausedChanged(bool paused)
{
    m_pause->setText(paused ? tr("&Resume") : tr("&Pause"));
    m_stage->setText(paused ? tr("Paused after the messages already on their way. Click Resume to go on.")
                            : m_lastStage);
}

void MigrationUploadPage::onFinished(const models::MigrationReport &report)
{
    m_report = report;
    m_pause->hide();
    m_stop->hide();
    m_stage->clear();
    if (report.cancelled) {
        m_result->setText(tr("Stopped. What was copied so far is on the server. Click Continue to "
                             "go on, or close the assistant: Postier offers to continue at its "
                             "next start."));
        m_continue->show();
    } else {
        m_finished = true;
        m_overallBar->setValue(m_overallBar->maximum());
        m_result->setText(report.summary() + QLatin1Char(' ') + tr("Click Next to see the report."));
    }
    Q_EMIT completeChanged();
}

void MigrationUploadPage::stop()
{
    m_engine->cancel();
}

bool MigrationUploadPage::isComplete() const
{
    return m_finished && !m_engine->isRunning();
}

bool MigrationUploadPage::validatePage()
{
    if (!isComplete())
        return false;
    m_state->report = m_report;
    m_state->flagsCompleted = m_engine->flagsCompleted();
    return true;
}

int MigrationUploadPage::nextId() const
{
    return MigrationWizard::ReportPageId;
}

} // namespace postier::ui
