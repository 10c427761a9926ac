#include "ui/composer/ComposerWindow.h"

#include "models/compose/AddressParser.h"
#include "models/compose/IdentityChooser.h"
#include "models/compose/IdentitySignature.h"
#include "models/session/MailSession.h"
#include "protocols/mime/MessageParser.h"
#include "ui/composer/AddressLineEdit.h"
#include "ui/composer/NoticeBar.h"
#include "ui/mainwindow/Icons.h"

#include <QAction>
#include <QCloseEvent>
#include <QComboBox>
#include <QDir>
#include <QDragEnterEvent>
#include <QFileDialog>
#include <QFileIconProvider>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QMenu>
#include <QMenuBar>
#include <QMimeData>
#include <QMimeDatabase>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QRegularExpression>
#include <QSignalBlocker>
#include <QStatusBar>
#include <QTextCursor>
#include <QTextDocument>
#include <QTime>
#include <QTimer>
#include <QToolBar>
#include <QVBoxLayout>

#include <algorithm>
#include <functional>

namespace postier::ui {

namespace {

constexpr int DefaultAutosaveMs = 60 * 1000;

QString attachmentLabel(const protocols::OutgoingAttachment &a)
{
    const QString name = !a.fileName.isEmpty() ? a.fileName : QFileInfo(a.filePath).fileName();
    const qint64 size = a.filePath.isEmpty() ? a.data.size() : QFileInfo(a.filePath).size();
    return ComposerWindow::tr("%1 (%2)").arg(name, QLocale().formattedDataSize(size));
}

} // namespace

ComposerWindow::ComposerWindow(models::MailSession &session, const QString &accountId,
                               QWidget *parent)
    : QMainWindow(parent)
    , m_session(session)
    , m_engine(new models::ComposeEngine(session, this))
{
    setAttribute(Qt::WA_DeleteOnClose);
    setAcceptDrops(true);
    buildUi();
    buildActions();

    {
        const QSignalBlocker blocker(m_from);
        for (const models::Account &account : session.accounts()) {
            for (const models::Identity &identity : account.identities()) {
                m_identities << identity;
                m_from->addItem(identity.displayText(), identity.accountId);
                m_from->setItemData(m_from->count() - 1, tr("Sent through the account “%1”").arg(account.name),
                                    Qt::ToolTipRole);
            }
        }
        const int index = models::IdentityChooser::primaryOf(m_identities, accountId);
        m_from->setCurrentIndex(index >= 0 ? index : (m_identities.isEmpty() ? -1 : 0));
    }
    connect(m_from, &QComboBox::currentIndexChanged, this, &ComposerWindow::swapSignature);
    insertInitialSignature();

    m_autosave = new QTimer(this);
    m_autosave->setInterval(DefaultAutosaveMs);
    connect(m_autosave, &QTimer::timeout, this, &ComposerWindow::autosave);
    m_autosave->start();

    connect(m_engine, &models::ComposeEngine::stateChanged, this, &ComposerWindow::onStateChanged);
    connect(m_engine, &models::ComposeEngine::sendProgress, this,
            [this](qint64 done, qint64 total) {
                m_progress->setRange(0, total > 0 ? 1000 : 0);
                if (total > 0)
                    m_progress->setValue(int(done * 1000 / total));
            });
    connect(m_engine, &models::ComposeEngine::sent, this, [this] {
        m_savedGeneration = m_generation;
        m_closing = true;
        close();
    });
    connect(m_engine, &models::ComposeEngine::sendFailed, this, [this](const QString &sentence) {
        setEditingEnabled(true);
        m_notice->showNotice(NoticeBar::Kind::Error, sentence);
        m_autosave->start();
    });
    connect(m_engine, &models::ComposeEngine::sentCopyFailed, this,
            [this](const QString &sentence) {
                m_notice->showNotice(NoticeBar::Kind::Error, sentence, tr("Save Copy to Sent"));
            });
    connect(m_notice, &NoticeBar::actionTriggered, this, [this] {
        if (m_engine->state() == models::ComposeEngine::State::SentCopyMissing)
            m_engine->saveSentCopy();
    });
    connect(m_engine, &models::ComposeEngine::draftSaved, this, &ComposerWindow::onDraftSaved);
    connect(m_engine, &models::ComposeEngine::draftFailed, this, &ComposerWindow::onDraftFailed);

    updateTitle();
    resize(800, 600);
    m_savedGeneration = m_generation; // filling From is not an edit
}

ComposerWindow::~ComposerWindow() = default;

ComposerWindow *ComposerWindow::openNew(models::MailSession &session, const QString &accountId,
                                        models::FolderModel *folders, QWidget *parent)
{
    auto *window = new ComposerWindow(session, accountId, parent);
    window->setFolderModel(folders);
    window->show();
    window->m_to->setFocus();
    return window;
}

ComposerWindow *ComposerWindow::openResponse(models::MailSession &session,
                                             models::ReplyBuilder::Mode mode,
                                             const QString &accountId, const QByteArray &rawFolder,
                                             quint32 uid, const QByteArray &original,
                                             models::FolderModel *folders, QWidget *parent)
{
    auto *window = new ComposerWindow(session, accountId, parent);
    window->setFolderModel(folders);
    const protocols::ParsedMessage parsed = protocols::parseMessage(original);
    const int chosen = models::IdentityChooser::forResponse(window->m_identities, accountId, parsed, original);
    const models::Identity identity = chosen >= 0 ? window->m_identities.at(chosen) : models::Identity();
    protocols::OutgoingMessage response = models::ReplyBuilder::build(mode, original, parsed, identity);
    if (mode == models::ReplyBuilder::Mode::ReplyAll)
        models::IdentityChooser::removeOwnAddresses(&response, window->m_identities);
    window->setMessage(response);
    window->selectIdentity(chosen);
    window->m_signatureText.clear();
    window->m_signatureLocked = false;
    window->insertInitialSignature();
    const bool forward = mode == models::ReplyBuilder::Mode::ForwardInline
        || mode == models::ReplyBuilder::Mode::ForwardAsAttachment;
    if (uid != 0)
        window->m_engine->setOriginal(accountId, rawFolder, uid,
                                      forward ? protocols::FlagForwarded : protocols::FlagAnswered);
    window->show();
    if (forward) {
        window->m_to->setFocus();
    } else {
        window->m_body->setFocus();
        window->m_body->moveCursor(QTextCursor::Start);
    }
    return window;
}

void ComposerWindow::buildUi()
{
    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(10, 8, 10, 8);
    layout->setSpacing(8);

    m_notice = new NoticeBar(central);
    layout->addWidget(m_notice);

    m_form = new QWidget(central);
    auto *formLayout = new QVBoxLayout(m_form);
    formLayout->setContentsMargins(0, 0, 0, 0);
    formLayout->setSpacing(8);

    auto *fields = new QFormLayout;
    fields->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    fields->setLabelAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_from = new QComboBox(m_form);
    m_from->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_from->setMinimumContentsLength(30);
    models::HeaderCache *cache = &m_session.cache();
    m_to = new AddressLineEdit(cache, m_form);
    m_cc = new AddressLineEdit(cache, m_form);
    m_bcc = new AddressLineEdit(cache, m_form);
    m_to->setPlaceholderText(tr("Recipients, separated by commas"));
    m_subject = new QLineEdit(m_form);
    fields->addRow(tr("&From:"), m_from);
    fields->addRow(tr("&To:"), m_to);
    fields->addRow(tr("&Cc:"), m_cc);
    fields->addRow(tr("&Bcc:"), m_bcc);
    fields->addRow(tr("S&ubject:"), m_subject);

    m_attachmentRow = new QWidget(m_form);
    auto *attachmentLayout = new QHBoxLayout(m_attachmentRow);
    attachmentLayout->setContentsMargins(0, 0, 0, 0);
    m_attachmentList = new QListWidget(m_attachmentRow);
    m_attachmentList->setFlow(QListView::LeftToRight);
    m_attachmentList->setWrapping(true);
    m_attachmentList->setResizeMode(QListView::Adjust);
    m_attachmentList->setSpacing(2);
    m_attachmentList->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_attachmentList->setMaximumHeight(2 * m_attachmentList->fontMetrics().height() + 24);
    m_attachmentList->setAccessibleName(tr("Attachments"));
    m_removeAttachment
        = new QPushButton(icon("delete", "list-remove"), tr("&Remove"), m_attachmentRow);
    m_removeAttachment->setToolTip(tr("Remove the selected attachments (Delete)"));
    m_removeAttachment->setEnabled(false);
    attachmentLayout->addWidget(m_attachmentList, 1);
    attachmentLayout->addWidget(m_removeAttachment, 0, Qt::AlignTop);
    fields->addRow(tr("Attachments:"), m_attachmentRow);
    fields->setRowVisible(m_attachmentRow, false);
    m_fields = fields;
    formLayout->addLayout(fields);

    m_body = new QPlainTextEdit(m_form);
    m_body->setTabChangesFocus(false);
    m_body->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    m_body->setAccessibleName(tr("Message text"));
    formLayout->addWidget(m_body, 1);
    layout->addWidget(m_form, 1);
    setCentralWidget(central);

    m_progress = new QProgressBar(this);
    m_progress->setMaximumWidth(200);
    m_progress->setTextVisible(false);
    m_progress->hide();
    statusBar()->addPermanentWidget(m_progress);

    // File drops land on the window even over the fields, which would otherwise paste the paths.
    for (QWidget *w : {static_cast<QWidget *>(m_to), static_cast<QWidget *>(m_cc),
                       static_cast<QWidget *>(m_bcc), static_cast<QWidget *>(m_subject),
                       m_body->viewport(), static_cast<QWidget *>(m_attachmentList)})
        w->installEventFilter(this);

    connect(m_from, &QComboBox::currentIndexChanged, this, &ComposerWindow::markModified);
    for (QLineEdit *edit : {static_cast<QLineEdit *>(m_to), static_cast<QLineEdit *>(m_cc),
                            static_cast<QLineEdit *>(m_bcc), m_subject})
        connect(edit, &QLineEdit::textChanged, this, &ComposerWindow::markModified);
    connect(m_subject, &QLineEdit::textChanged, this, &ComposerWindow::updateTitle);
    connect(m_body, &QPlainTextEdit::textChanged, this, &ComposerWindow::markModified);
    connect(m_attachmentList, &QListWidget::itemSelectionChanged, this, [this] {
        m_removeAttachment->setEnabled(!m_attachmentList->selectedItems().isEmpty());
    });
    connect(m_removeAttachment, &QPushButton::clicked, this,
            &ComposerWindow::removeSelectedAttachments);
}

void ComposerWindow::buildActions()
{
    m_sendAction = new QAction(icon("sent", "mail-send"), tr("&Send"), this);
    m_sendAction->setShortcuts(
        {QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)});
    m_sendAction->setToolTip(tr("Send the message (Ctrl+Return)"));
    connect(m_sendAction, &QAction::triggered, this, &ComposerWindow::send);

    m_saveAction = new QAction(icon("save", "document-save"), tr("Save &Draft"), this);
    m_saveAction->setShortcut(QKeySequence::Save);
    m_saveAction->setToolTip(tr("Save the message in Drafts (Ctrl+S)"));
    connect(m_saveAction, &QAction::triggered, this, &ComposerWindow::saveDraft);

    m_attachAction = new QAction(icon("attachment", "mail-attachment"), tr("&Attach Files…"), this);
    m_attachAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A));
    m_attachAction->setToolTip(tr("Attach files (Ctrl+Shift+A), or drop them on this window"));
    connect(m_attachAction, &QAction::triggered, this, &ComposerWindow::chooseAttachments);

    auto *removeAction = new QAction(tr("Remove Attachment"), m_attachmentList);
    removeAction->setShortcut(QKeySequence::Delete);
    removeAction->setShortcutContext(Qt::WidgetShortcut);
    connect(removeAction, &QAction::triggered, this, &ComposerWindow::removeSelectedAttachments);
    m_attachmentList->addAction(removeAction);

    auto *closeAction = new QAction(tr("&Close"), this);
    closeAction->setShortcut(QKeySequence::Close);
    connect(closeAction, &QAction::triggered, this, &QWidget::close);

    QMenu *messageMenu = menuBar()->addMenu(tr("&Message"));
    messageMenu->addAction(m_sendAction);
    messageMenu->addAction(m_saveAction);
    messageMenu->addAction(m_attachAction);
    messageMenu->addSeparator();
    messageMenu->addAction(closeAction);

    QToolBar *toolbar = addToolBar(tr("Composer Toolbar"));
    toolbar->setObjectName(QStringLiteral("composerToolbar"));
    toolbar->setMovable(false);
    toolbar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    toolbar->addAction(m_sendAction);
    toolbar->addAction(m_saveAction);
    toolbar->addSeparator();
    toolbar->addAction(m_attachAction);
}

QString ComposerWindow::accountId() const
{
    return identity().accountId;
}

models::Identity ComposerWindow::identity() const
{
    const int index = m_from->currentIndex();
    return index >= 0 && index < m_identities.size() ? m_identities.at(index) : models::Identity();
}

void ComposerWindow::selectIdentity(int index)
{
    // Whoever calls this decides about the signature.
    const QSignalBlocker blocker(m_from);
    m_from->setCurrentIndex(index);
}

void ComposerWindow::swapSignature()
{
    if (m_signatureLocked)
        return;
    const models::IdentitySignature::Edit edit = models::IdentitySignature::swap(
        m_body->toPlainText(), m_signatureText, identity().signature);
    if (!edit.isValid())
        return; // the user changed the signature: it is theirs now
    if (edit.length == 0 && edit.text.isEmpty())
        return;
    QTextCursor cursor(m_body->document());
    cursor.setPosition(int(edit.position));
    cursor.setPosition(int(edit.position + edit.length), QTextCursor::KeepAnchor);
    cursor.insertText(edit.text);
    m_signatureText = edit.text;
}

void ComposerWindow::insertInitialSignature()
{
    QTextDocument *document = m_body->document();
    document->setUndoRedoEnabled(false); // Ctrl+Z must not take the signature away
    swapSignature();
    document->setUndoRedoEnabled(true);
    m_body->moveCursor(QTextCursor::Start);
    m_savedGeneration = ++m_generation;
}

void ComposerWindow::markModified()
{
    ++m_generation;
}

void ComposerWindow::updateTitle()
{
    const QString subject = m_subject->text().trimmed();
    setWindowTitle(subject.isEmpty() ? tr("Write: (no subject)") : subject);
}

void ComposerWindow::setMessage(const protocols::OutgoingMessage &message)
{
    m_to->setText(models::AddressParser::formatList(message.to));
    m_cc->setText(models::AddressParser::formatList(message.cc));
    m_bcc->setText(models::AddressParser::formatList(message.bcc));
    m_subject->setText(message.subject);
    m_body->setPlainText(message.textBody);
    m_attachments = message.attachments;
    m_extraHeaders = message.extraHeaders;
    m_messageId = message.messageId;
    if (!message.from.address.isEmpty()) {
        const int index
            = models::IdentityChooser::indexOf(m_identities, message.from.address, accountId());
        if (index >= 0)
            selectIdentity(index);
    }
    m_signatureText = models::IdentitySignature::find(message.textBody, identity().signature);
    static const QRegularExpression delimiter(QStringLiteral("(^|\n)-- \n"));
    m_signatureLocked = m_signatureText.isEmpty() && message.textBody.contains(delimiter);
    updateAttachmentList();
    m_savedGeneration = ++m_generation;
}

protocols::OutgoingMessage ComposerWindow::message() const
{
    protocols::OutgoingMessage m;
    const models::Identity from = identity();
    if (from.isValid())
        m.from = from.mailAddress();
    const auto readable = [](const QString &text) {
        QList<protocols::MailAddress> out;
        for (const QString &entry : models::AddressParser::splitEntries(text)) {
            QList<protocols::MailAddress> one;
            if (!entry.isEmpty() && models::AddressParser::parseList(entry, &one))
                out += one;
        }
        return out;
    };
    m.to = readable(m_to->text());
    m.cc = readable(m_cc->text());
    m.bcc = readable(m_bcc->text());
    m.subject = m_subject->text().trimmed();
    m.textBody = m_body->toPlainText();
    m.attachments = m_attachments;
    m.extraHeaders = m_extraHeaders;
    m.messageId = m_messageId;
    return m;
}

QString ComposerWindow::validationProblem() const
{
    if (m_from->currentIndex() < 0)
        return tr("There is no account to send from. Add an account first.");
    const QList<QPair<QString, AddressLineEdit *>> fields
        = {{tr("To"), m_to}, {tr("Cc"), m_cc}, {tr("Bcc"), m_bcc}};
    int recipients = 0;
    for (const auto &[name, field] : fields) {
        QList<protocols::MailAddress> parsed;
        QString bad;
        if (!models::AddressParser::parseList(field->text(), &parsed, &bad))
            return tr("“%1” in %2 is not an e-mail address. Addresses look like name@example.com.")
                .arg(bad, name);
        recipients += int(parsed.size());
    }
    if (recipients == 0)
        return tr("Add at least one recipient in To, Cc or Bcc.");
    return {};
}

void ComposerWindow::addAttachments(const QStringList &filePaths)
{
    QStringList unreadable;
    for (const QString &path : filePaths) {
        const QFileInfo info(path);
        if (!info.isFile() || !info.isReadable()) {
            unreadable << QDir::toNativeSeparators(path);
            continue;
        }
        protocols::OutgoingAttachment a;
        a.filePath = info.absoluteFilePath();
        a.fileName = info.fileName();
        a.mimeType = QMimeDatabase().mimeTypeForFile(info).name();
        m_attachments.append(a);
    }
    if (!unreadable.isEmpty()) {
        m_notice->showNotice(NoticeBar::Kind::Error,
                             tr("Could not attach %1: only files that can be read can be attached.")
                                 .arg(unreadable.join(QStringLiteral(", "))));
    }
    if (unreadable.size() != filePaths.size()) {
        updateAttachmentList();
        markModified();
    }
}

void ComposerWindow::removeSelectedAttachments()
{
    QList<int> rows;
    for (const QListWidgetItem *item : m_attachmentList->selectedItems())
        rows << m_attachmentList->row(item);
    if (rows.isEmpty())
        return;
    std::sort(rows.begin(), rows.end(), std::greater<>());
    for (int row : rows)
        m_attachments.removeAt(row);
    updateAttachmentList();
    markModified();
}

void ComposerWindow::updateAttachmentList()
{
    m_attachmentList->clear();
    QFileIconProvider icons;
    for (const auto &a : std::as_const(m_attachments)) {
        auto *item = new QListWidgetItem(attachmentLabel(a), m_attachmentList);
        item->setIcon(a.filePath.isEmpty() ? icons.icon(QAbstractFileIconProvider::File)
                                           : icons.icon(QFileInfo(a.filePath)));
        item->setToolTip(a.filePath.isEmpty() ? a.fileName : QDir::toNativeSeparators(a.filePath));
    }
    m_fields->setRowVisible(m_attachmentRow, !m_attachments.isEmpty());
    m_removeAttachment->setEnabled(!m_attachmentList->selectedItems().isEmpty());
}

void ComposerWindow::chooseAttachments()
{
    const QStringList files = QFileDialog::getOpenFileNames(this, tr("Attach Files"));
    if (!files.isEmpty())
        addAttachments(files);
}

QStringList ComposerWindow::localFiles(const QMimeData *data)
{
    QStringList files;
    if (!data || !data->hasUrls())
        return files;
    for (const QUrl &url : data->urls()) {
        if (url.isLocalFile() && QFileInfo(url.toLocalFile()).isFile())
            files << url.toLocalFile();
    }
    return files;
}

bool ComposerWindow::handleFileDrag(QEvent *event)
{
    const auto type = event->type();
    if (type != QEvent::DragEnter && type != QEvent::DragMove && type != QEvent::Drop)
        return false;
    auto *drag = static_cast<QDropEvent *>(event);
    const QStringList files = localFiles(drag->mimeData());
    if (files.isEmpty())
        return false; // text dragged into a field stays the field's business
    if (!m_form->isEnabled()) {
        drag->ignore();
        return true;
    }
    drag->acceptProposedAction();
    if (type == QEvent::Drop)
        addAttachments(files);
    return true;
}

bool ComposerWindow::event(QEvent *event)
{
    // Before QMainWindow, which keeps drag events for its dock and toolbar handling.
    if (handleFileDrag(event))
        return true;
    return QMainWindow::event(event);
}

bool ComposerWindow::eventFilter(QObject *watched, QEvent *event)
{
    if (handleFileDrag(event))
        return true;
    return QMainWindow::eventFilter(watched, event);
}

void ComposerWindow::setEditingEnabled(bool enabled)
{
    m_form->setEnabled(enabled);
    m_sendAction->setEnabled(enabled);
    m_saveAction->setEnabled(enabled);
    m_attachAction->setEnabled(enabled);
}

QMessageBox::StandardButton ComposerWindow::ask(const QString &title, const QString &text,
                                                QMessageBox::StandardButtons buttons,
                                                QMessageBox::StandardButton defaultButton)
{
    if (m_prompter)
        return m_prompter(title, text, buttons, defaultButton);
    return QMessageBox::question(this, title, text, buttons, defaultButton);
}

void ComposerWindow::send()
{
    if (m_engine->state() != models::ComposeEngine::State::Idle)
        return;
    const QString problem = validationProblem();
    if (!problem.isEmpty()) {
        m_notice->showNotice(NoticeBar::Kind::Error, problem);
        return;
    }
    if (m_subject->text().trimmed().isEmpty()
        && ask(tr("Send without a subject?"),
               tr("This message has no subject. Send it without a subject?"),
               QMessageBox::Yes | QMessageBox::No, QMessageBox::No)
            != QMessageBox::Yes) {
        m_subject->setFocus();
        return;
    }
    m_autosave->stop();
    m_sendGeneration = m_generation;
    setEditingEnabled(false);
    m_notice->showNotice(NoticeBar::Kind::Info, tr("Sending…"));
    m_engine->send(accountId(), message());
}

void ComposerWindow::onStateChanged(models::ComposeEngine::State state)
{
    using State = models::ComposeEngine::State;
    m_progress->setVisible(state == State::Sending || state == State::SavingSentCopy);
    if (state == State::Sending) {
        m_progress->setRange(0, 0);
    } else if (state == State::SavingSentCopy) {
        m_progress->setRange(0, 0);
        m_notice->showNotice(NoticeBar::Kind::Info, tr("Sent. Saving a copy in your Sent folder…"));
        // The message is out: what is in the window is no longer a draft to keep.
        m_savedGeneration = m_generation;
    }
}

void ComposerWindow::saveDraft()
{
    startDraftSave(models::ComposeEngine::DraftKind::Manual);
}

void ComposerWindow::autosave()
{
    if (isModified() && m_form->isEnabled() && !m_engine->isSavingDraft())
        startDraftSave(models::ComposeEngine::DraftKind::Auto);
}

void ComposerWindow::startDraftSave(models::ComposeEngine::DraftKind kind)
{
    const int id = m_engine->saveDraft(accountId(), message(), kind);
    if (id == 0)
        return;
    m_draftGenerations.insert(id, m_generation);
    statusBar()->showMessage(tr("Saving the draft…"));
}

void ComposerWindow::onDraftSaved(int requestId, models::ComposeEngine::DraftKind kind)
{
    const quint64 generation = kind == models::ComposeEngine::DraftKind::Rescue
        ? m_sendGeneration
        : m_draftGenerations.take(requestId);
    m_savedGeneration = std::max(m_savedGeneration, generation);
    statusBar()->showMessage(
        tr("Draft saved at %1.")
            .arg(QLocale().toString(QTime::currentTime(), QLocale::ShortFormat)));
    if (m_closeAfterSave && !m_engine->isSavingDraft()) {
        m_closeAfterSave = false;
        if (!isModified()) {
            m_closing = true;
            close();
        }
    }
}

void ComposerWindow::onDraftFailed(int requestId, models::ComposeEngine::DraftKind kind,
                                   const QString &sentence)
{
    m_draftGenerations.remove(requestId);
    statusBar()->clearMessage();
    m_closeAfterSave = false;
    if (kind != models::ComposeEngine::DraftKind::Rescue) // the send failure says it
        m_notice->showNotice(NoticeBar::Kind::Error, sentence);
}

void ComposerWindow::setAutosaveInterval(int milliseconds)
{
    m_autosave->setInterval(milliseconds);
}

int ComposerWindow::autosaveInterval() const
{
    return m_autosave->interval();
}

void ComposerWindow::closeEvent(QCloseEvent *event)
{
    using State = models::ComposeEngine::State;
    if (m_closing) {
        event->accept();
        return;
    }
    if (m_engine->isSending()) {
        m_notice->showNotice(
            NoticeBar::Kind::Info,
            tr("The message is being sent. The window closes by itself when it is done."));
        event->ignore();
        return;
    }
    if (m_engine->state() == State::SentCopyMissing) {
        if (ask(tr("Close without a copy in Sent?"),
                tr("The message was sent, but its copy is not in your Sent folder. Close the window "
                   "anyway?"),
                QMessageBox::Close | QMessageBox::Cancel, QMessageBox::Cancel)
            != QMessageBox::Close) {
            event->ignore();
            return;
        }
    } else if (isModified()) {
        const auto answer = ask(tr("Save this message?"),
                                tr("This message has changes that are not saved. Save it in Drafts "
                                   "before closing?"),
                                QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel,
                                QMessageBox::Save);
        if (answer == QMessageBox::Save) {
            m_closeAfterSave = true;
            startDraftSave(models::ComposeEngine::DraftKind::Manual);
            event->ignore();
            return;
        }
        if (answer != QMessageBox::Discard) {
            event->ignore();
            return;
        }
        m_engine->discardDraft();
    }
    m_closing = true;
    event->accept();
}

} // namespace postier::ui
