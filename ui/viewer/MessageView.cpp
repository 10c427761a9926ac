#include "ui/viewer/MessageView.h"

#include "protocols/mime/HtmlSanitizer.h"
#include "protocols/mime/MessageParser.h"
#include "ui/viewer/AttachmentListWidget.h"
#include "ui/viewer/MessageBrowser.h"
#include "ui/viewer/MessageHeaderWidget.h"
#include "ui/viewer/NetworkRemoteContentLoader.h"
#include "ui/viewer/RemoteContentBar.h"
#include "ui/viewer/ToolTip.h"

#include <QAction>
#include <QDesktopServices>
#include <QDir>
#include <QFileDialog>
#include <QFrame>
#include <QLabel>
#include <QSaveFile>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QToolTip>
#include <QVBoxLayout>

namespace postier::ui {

namespace {

enum Page { PlaceholderPage, BrowserPage };

} // namespace

/// What the pool thread hands back: everything that does not need the GUI thread.
struct MessageView::Prepared {
    quint64 generation = 0;
    QByteArray raw;
    protocols::ParsedMessage message;
    QString blockedHtml;
    int blockedCount = 0;
};

MessageView::MessageView(QWidget *parent)
    : QWidget(parent)
    , m_header(new MessageHeaderWidget(this))
    , m_remoteBar(new RemoteContentBar(this))
    , m_problem(new QLabel(this))
    , m_bars(new QWidget(this))
    , m_stack(new QStackedWidget(this))
    , m_placeholder(new QLabel(this))
    , m_browser(new MessageBrowser(this))
    , m_attachments(new AttachmentListWidget(this))
    , m_attachmentLine(new QFrame(this))
    , m_showSource(new QAction(tr("Show Source"), this))
    , m_copy(new QAction(tr("Copy"), this))
{
    setObjectName(QStringLiteral("messageView"));
    m_pool.setMaxThreadCount(1);

    m_showSource->setObjectName(QStringLiteral("showSourceAction"));
    m_showSource->setToolTip(tr("Show the message as it was received, headers included"));
    m_showSource->setEnabled(false);
    m_header->addAction(m_showSource);

    m_copy->setShortcut(QKeySequence::Copy);
    m_copy->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(m_copy);

    m_problem->setObjectName(QStringLiteral("problemNotice"));
    m_problem->setWordWrap(true);
    m_problem->setTextFormat(Qt::PlainText);
    m_problem->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_problem->setAttribute(Qt::WA_StyledBackground);
    m_problem->setStyleSheet(QStringLiteral(
        "#problemNotice { background: #f3f3f3; color: #333333; border: 1px solid #d8d8d8;"
        " border-radius: 4px; padding: 6px 10px; }"));
    m_problem->hide();
    m_remoteBar->hide();
    m_bars->hide();

    m_placeholder->setAlignment(Qt::AlignCenter);
    m_placeholder->setTextFormat(Qt::PlainText);
    m_placeholder->setEnabled(false);
    m_stack->addWidget(m_placeholder);
    m_stack->addWidget(m_browser);

    auto *line = new QFrame(this);
    line->setFrameShape(QFrame::HLine);
    line->setFrameShadow(QFrame::Sunken);
    m_attachmentLine->setFrameShape(QFrame::HLine);
    m_attachmentLine->setFrameShadow(QFrame::Sunken);

    // The bars sit on the same background as the header and the body, and take no room when
    // both are hidden.
    m_bars->setBackgroundRole(QPalette::Base);
    m_bars->setAutoFillBackground(true);
    auto *bars = new QVBoxLayout(m_bars);
    bars->setContentsMargins(12, 8, 12, 4);
    bars->setSpacing(6);
    bars->addWidget(m_remoteBar);
    bars->addWidget(m_problem);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_header);
    layout->addWidget(line);
    layout->addWidget(m_bars);
    layout->addWidget(m_stack, 1);
    layout->addWidget(m_attachmentLine);
    layout->addWidget(m_attachments);

    setRemoteContentLoader(new NetworkRemoteContentLoader(this));

    connect(m_remoteBar, &RemoteContentBar::showRequested, this, &MessageView::allowRemoteContent);
    connect(m_remoteBar, &RemoteContentBar::alwaysForSenderRequested, this,
            &MessageView::alwaysAllowRemoteContentFromSender);
    connect(m_browser, &QTextBrowser::anchorClicked, this, &MessageView::openLink);
    connect(m_browser, qOverload<const QUrl &>(&QTextBrowser::highlighted), this,
            [this](const QUrl &url) {
                if (url.isEmpty())
                    QToolTip::hideText();
                else
                    QToolTip::showText(QCursor::pos(), plainToolTip(url.toDisplayString()),
                                       m_browser);
            });
    connect(m_showSource, &QAction::triggered, this, [this] {
        if (!m_raw.isEmpty())
            Q_EMIT showSourceRequested(m_raw);
    });
    connect(m_copy, &QAction::triggered, this, &MessageView::copy);
    connect(m_attachments, &AttachmentListWidget::saveRequested, this,
            &MessageView::saveAttachment);
    connect(m_attachments, &AttachmentListWidget::openRequested, this,
            &MessageView::openAttachment);

    m_urlOpener = [](const QUrl &url) { return QDesktopServices::openUrl(url); };
    m_saveLocation = [this](const QString &suggested) {
        return QFileDialog::getSaveFileName(this, tr("Save Attachment"), suggested);
    };

    clear();
}

MessageView::~MessageView()
{
    // A parse still running on the pool posts its result to this object: wait for it here, while
    // the object is whole. Parsing is linear and bounded, so this is short.
    m_pool.clear();
    m_pool.waitForDone();
}

void MessageView::setRemoteContentLoader(RemoteContentLoader *loader)
{
    if (m_loader && m_loader != loader) {
        m_loader->cancelAll();
        if (m_loader->parent() == this)
            delete m_loader.data();
    }
    m_loader = loader;
    if (loader)
        loader->setParent(this);
    m_browser->setRemoteContentLoader(loader);
}

RemoteContentLoader *MessageView::remoteContentLoader() const
{
    return m_loader;
}

void MessageView::setPreferPlainText(bool prefer)
{
    if (m_preferPlain == prefer)
        return;
    m_preferPlain = prefer;
    if (m_state == State::Ready)
        showBody();
}

protocols::HtmlSanitizer::Options
MessageView::sanitizerOptions(const protocols::ParsedMessage &message, bool allowRemote)
{
    protocols::HtmlSanitizer::Options options;
    options.allowRemoteContent = allowRemote;
    options.flattenTables = message.htmlBody.size() > LargeHtmlLimit;
    return options;
}

std::shared_ptr<MessageView::Prepared> MessageView::prepare(const QByteArray &raw, bool preferPlain)
{
    auto prepared = std::make_shared<Prepared>();
    prepared->raw = raw;
    prepared->message = protocols::parseMessage(raw);
    const auto &m = prepared->message;
    if (!m.htmlBody.isEmpty() && !(preferPlain && !m.textBody.isEmpty())) {
        const auto result
            = protocols::HtmlSanitizer::sanitize(m.htmlBody, sanitizerOptions(m, false));
        prepared->blockedHtml = result.html;
        prepared->blockedCount = result.blockedRemoteCount;
    }
    return prepared;
}

void MessageView::setMessage(const QByteArray &rfc822)
{
    if (rfc822.size() < SynchronousParseLimit) {
        auto prepared = prepare(rfc822, m_preferPlain);
        prepared->generation = ++m_generation;
        present(prepared);
        return;
    }
    setLoading(); // moves m_generation on: older parses still running are ignored
    const quint64 generation = m_generation;
    const bool preferPlain = m_preferPlain;
    m_pool.start([this, rfc822, generation, preferPlain] {
        auto prepared = prepare(rfc822, preferPlain);
        prepared->generation = generation;
        QMetaObject::invokeMethod(
            this, [this, prepared] { present(prepared); }, Qt::QueuedConnection);
    });
}

void MessageView::present(const std::shared_ptr<Prepared> &prepared)
{
    if (prepared->generation != m_generation)
        return; // a newer setMessage(), setLoading() or clear() came since
    m_browser->clearMessage();
    m_raw = prepared->raw;
    m_message = prepared->message;
    m_blockedHtml = prepared->blockedHtml;
    m_blockedCount = prepared->blockedCount;
    const QString sender = senderAddress();
    m_remoteAllowed = m_policy && !sender.isEmpty() && m_policy(sender);

    m_header->setMessage(m_message);
    m_showSource->setEnabled(true);
    m_attachments->setAttachments(m_message.attachments);
    m_attachments->setVisible(!m_message.attachments.isEmpty());
    m_attachmentLine->setVisible(!m_message.attachments.isEmpty());
    QStringList notices;
    if (!m_message.problem.isEmpty())
        notices << m_message.problem;
    if (m_message.htmlBody.size() > LargeHtmlLimit)
        notices << tr("This message is very large: its tables are shown simplified so that it "
                      "opens quickly.");
    if (notices.isEmpty())
        m_problem->hide();
    else
        showProblem(notices.join(QLatin1Char(' ')));
    setState(State::Ready);
    showBody();
    Q_EMIT messageShown();
}

void MessageView::showBody()
{
    const bool hasHtml = !m_message.htmlBody.isEmpty();
    const bool hasText = !m_message.textBody.isEmpty();
    m_showingHtml = hasHtml && !(m_preferPlain && hasText);
    m_browser->setInlineParts(m_message.inlineParts);
    m_browser->setRemoteContentAllowed(m_remoteAllowed);
    if (m_showingHtml) {
        if (m_blockedHtml.isEmpty() && m_blockedCount == 0) {
            const auto result = protocols::HtmlSanitizer::sanitize(
                m_message.htmlBody, sanitizerOptions(m_message, false));
            m_blockedHtml = result.html;
            m_blockedCount = result.blockedRemoteCount;
        }
        if (m_remoteAllowed && m_blockedCount > 0) {
            m_browser->showHtml(protocols::HtmlSanitizer::sanitize(
                                    m_message.htmlBody, sanitizerOptions(m_message, true))
                                    .html);
        } else {
            m_browser->showHtml(m_blockedHtml);
        }
    } else if (hasText) {
        m_browser->showPlainText(m_message.textBody);
    } else {
        m_browser->showPlainText(
            m_message.attachments.isEmpty() ? QString() : tr("(This message has no text.)"));
    }
    const bool blocked = m_showingHtml && !m_remoteAllowed && m_blockedCount > 0;
    if (blocked)
        m_remoteBar->setBlocked(m_blockedCount, senderAddress());
    m_remoteBar->setVisible(blocked);
    updateBars();
}

void MessageView::setLoading()
{
    ++m_generation;
    m_browser->clearMessage();
    m_header->clear();
    m_remoteBar->hide();
    m_problem->hide();
    updateBars();
    m_attachments->hide();
    m_attachmentLine->hide();
    m_attachments->setAttachments({});
    m_showSource->setEnabled(false);
    m_raw.clear();
    m_message = protocols::ParsedMessage();
    m_placeholder->setText(tr("Loading message…"));
    setState(State::Loading);
}

void MessageView::clear()
{
    setLoading();
    m_placeholder->setText(tr("No message selected"));
    setState(State::Empty);
}

void MessageView::setState(State state)
{
    m_state = state;
    m_stack->setCurrentIndex(state == State::Ready ? BrowserPage : PlaceholderPage);
    m_header->setVisible(state == State::Ready);
}

void MessageView::allowRemoteContent()
{
    if (m_remoteAllowed || m_state != State::Ready)
        return;
    m_remoteAllowed = true;
    m_browser->setRemoteContentAllowed(true);
    if (m_showingHtml) {
        m_browser->showHtml(protocols::HtmlSanitizer::sanitize(m_message.htmlBody,
                                                               sanitizerOptions(m_message, true))
                                .html,
                            true);
    }
    m_remoteBar->hide();
    updateBars();
}

void MessageView::alwaysAllowRemoteContentFromSender()
{
    const QString sender = senderAddress();
    if (!sender.isEmpty())
        Q_EMIT alwaysAllowSender(sender);
    allowRemoteContent();
}

void MessageView::copy()
{
    if (m_browser->textCursor().hasSelection())
        m_browser->copy();
}

QString MessageView::senderAddress() const
{
    return m_message.firstFrom().address;
}

void MessageView::openLink(const QUrl &url)
{
    const QString scheme = url.scheme().toLower();
    if (scheme == QLatin1String("http") || scheme == QLatin1String("https")) {
        if (m_urlOpener)
            m_urlOpener(url);
    } else if (scheme == QLatin1String("mailto")) {
        Q_EMIT mailtoRequested(url);
    } else if (scheme.isEmpty() && url.path().isEmpty() && url.hasFragment()) {
        m_browser->scrollToAnchor(url.fragment()); // "#section" inside the message
    }
    // Anything else (javascript:, file:, data:, cid:...) is ignored; the sanitiser already
    // removed such links, this is the second lock.
}

void MessageView::showProblem(const QString &sentence)
{
    m_problem->setText(sentence);
    m_problem->show();
    updateBars();
}

void MessageView::updateBars()
{
    m_bars->setVisible(!m_remoteBar->isHidden() || !m_problem->isHidden());
}

void MessageView::saveAttachment(int position)
{
    if (position < 0 || position >= m_message.attachments.size() || !m_saveLocation)
        return;
    const auto &attachment = m_message.attachments[position];
    QString directory = QStandardPaths::writableLocation(QStandardPaths::DownloadLocation);
    if (directory.isEmpty())
        directory = QDir::homePath();
    const QString path = m_saveLocation(QDir(directory).filePath(attachment.fileName));
    if (path.isEmpty())
        return;
    QSaveFile file(path);
    const QByteArray data = protocols::attachmentData(m_raw, attachment.index);
    if (!file.open(QIODevice::WriteOnly) || file.write(data) != data.size() || !file.commit()) {
        const QString sentence
            = tr("Could not save “%1” to %2: %3.")
                  .arg(attachment.fileName, QDir::toNativeSeparators(path), file.errorString());
        showProblem(sentence);
        Q_EMIT problemOccurred(sentence);
    }
}

void MessageView::openAttachment(int position)
{
    if (position < 0 || position >= m_message.attachments.size() || !m_urlOpener)
        return;
    const auto &attachment = m_message.attachments[position];
    if (AttachmentListWidget::isExecutable(attachment.fileName, attachment.mimeType))
        return;
    if (!m_tempDir) {
        m_tempDir
            = std::make_unique<QTemporaryDir>(QDir::tempPath() + QStringLiteral("/postier-XXXXXX"));
        QFile::setPermissions(m_tempDir->path(),
                              QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    }
    // One folder per opened file, so two attachments with the same name do not overwrite.
    const QString folder = m_tempDir->filePath(QString::number(++m_openCount));
    const QString path = QDir(folder).filePath(attachment.fileName);
    QFile file(path);
    const QByteArray data = protocols::attachmentData(m_raw, attachment.index);
    if (!m_tempDir->isValid() || !QDir().mkpath(folder) || !file.open(QIODevice::WriteOnly)
        || file.write(data) != data.size()) {
        const QString sentence
            = tr("Could not open “%1”: %2.")
                  .arg(attachment.fileName,
                       m_tempDir->isValid() ? file.errorString() : m_tempDir->errorString());
        showProblem(sentence);
        Q_EMIT problemOccurred(sentence);
        return;
    }
    file.close();
    // Read-only: an application that edits it is told so, instead of changes vanishing with the
    // temporary folder.
    file.setPermissions(QFile::ReadOwner);
    m_urlOpener(QUrl::fromLocalFile(path));
}

QSize MessageView::sizeHint() const
{
    return {760, 620};
}

QSize MessageView::minimumSizeHint() const
{
    return {320, 240};
}

} // namespace postier::ui
