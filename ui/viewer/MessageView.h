#pragma once

#include "protocols/mime/HtmlSanitizer.h"
#include "protocols/mime/ParsedMessage.h"
#include "ui/viewer/RemoteContentLoader.h"

#include <QByteArray>
#include <QPointer>
#include <QThreadPool>
#include <QWidget>

#include <functional>
#include <memory>

class QAction;
class QFrame;
class QLabel;
class QStackedWidget;
class QTemporaryDir;

namespace postier::ui {

class AttachmentListWidget;
class MessageBrowser;
class MessageHeaderWidget;
class RemoteContentBar;

/// Shows one message: its header, its body (sanitised HTML, or plain text) and its attachments.
///
/// Privacy and safety contract:
/// - HTML goes through protocols::HtmlSanitizer; no script, form or plug-in reaches the screen.
/// - Nothing is fetched from the network until the user clicks "Show remote content" for this
///   message, or "Always for this sender", or the remote-content policy (setRemoteContentPolicy)
///   says the sender is trusted. Even then, fetching goes through the RemoteContentLoader
///   (NetworkRemoteContentLoader unless another is set), never blocking the UI thread.
/// - Links never navigate inside the view: http/https go to the system browser through the URL
///   opener, mailto: emits mailtoRequested(), every other scheme is ignored. Hovering a link shows
///   its real address as a tool tip.
/// - Attachments open from a private temporary folder (removed with the view), read-only;
///   programs and scripts are never opened (see AttachmentListWidget).
///
/// Parsing: messages under 512 KiB are parsed and sanitised synchronously in setMessage(), which
/// costs a few milliseconds and avoids a "loading" flash while the user moves through a list.
/// Larger ones are parsed and sanitised on a private pool thread (both are pure functions) while
/// the view shows its loading state; only the newest setMessage() is shown when several overlap.
/// messageShown() is emitted in both cases once the message is on screen. HTML bodies above
/// LargeHtmlLimit are shown with their tables flattened (and a notice saying so).
class MessageView : public QWidget
{
    Q_OBJECT
public:
    enum class State { Empty, Loading, Ready };

    /// Asked with the first From address when a message is shown: true means remote content of
    /// this sender is shown without asking.
    using RemoteContentPolicy = std::function<bool(const QString &senderAddress)>;
    /// Opens an http(s) link or a local file; default: QDesktopServices::openUrl().
    using UrlOpener = std::function<bool(const QUrl &url)>;
    /// Asks where to save an attachment, given the suggested path; empty means cancelled.
    /// Default: QFileDialog::getSaveFileName().
    using SaveLocationProvider = std::function<QString(const QString &suggestedPath)>;

    static constexpr qsizetype SynchronousParseLimit = 512 * 1024;
    /// HTML bodies larger than this (in characters) are shown with tables flattened into lines:
    /// Qt lays out tables eagerly, which takes seconds for a few megabytes.
    static constexpr qsizetype LargeHtmlLimit = 1024 * 1024;

    explicit MessageView(QWidget *parent = nullptr);
    ~MessageView() override;

    /// Shows the raw RFC 5322 message.
    void setMessage(const QByteArray &rfc822);
    /// Shows "Loading message…" (while the app fetches the bytes).
    void setLoading();
    /// Shows nothing ("No message selected").
    void clear();

    /// Replaces the loader; the view takes ownership. nullptr: remote content is never fetched.
    void setRemoteContentLoader(RemoteContentLoader *loader);
    [[nodiscard]] RemoteContentLoader *remoteContentLoader() const;
    void setRemoteContentPolicy(RemoteContentPolicy policy) { m_policy = std::move(policy); }
    void setUrlOpener(UrlOpener opener) { m_urlOpener = std::move(opener); }
    void setSaveLocationProvider(SaveLocationProvider provider)
    {
        m_saveLocation = std::move(provider);
    }
    /// Show the text/plain alternative even when there is HTML.
    void setPreferPlainText(bool prefer);

    [[nodiscard]] State state() const { return m_state; }
    [[nodiscard]] const protocols::ParsedMessage &message() const { return m_message; }
    [[nodiscard]] QByteArray rawMessage() const { return m_raw; }
    [[nodiscard]] bool isRemoteContentAllowed() const { return m_remoteAllowed; }
    /// Remote resources the sanitiser blocked in the shown message (0 once allowed).
    [[nodiscard]] int blockedRemoteCount() const { return m_blockedCount; }
    [[nodiscard]] bool isShowingHtml() const { return m_showingHtml; }

    [[nodiscard]] MessageBrowser *browser() const { return m_browser; }
    [[nodiscard]] MessageHeaderWidget *header() const { return m_header; }
    [[nodiscard]] RemoteContentBar *remoteContentBar() const { return m_remoteBar; }
    [[nodiscard]] AttachmentListWidget *attachmentList() const { return m_attachments; }
    [[nodiscard]] QAction *showSourceAction() const { return m_showSource; }

    [[nodiscard]] QSize sizeHint() const override;
    [[nodiscard]] QSize minimumSizeHint() const override;

public Q_SLOTS:
    /// "Show remote content": for this message only.
    void allowRemoteContent();
    /// "Always for this sender": emits alwaysAllowSender() and shows the remote content.
    void alwaysAllowRemoteContentFromSender();
    /// Copies the selected text of the body.
    void copy();
    void saveAttachment(int position);
    void openAttachment(int position);

Q_SIGNALS:
    /// The message given to setMessage() is on screen.
    void messageShown();
    /// The user trusts this sender's remote content from now on; the app stores it.
    void alwaysAllowSender(const QString &address);
    void mailtoRequested(const QUrl &url);
    void showSourceRequested(const QByteArray &rfc822);
    /// Saving or opening an attachment failed; also shown in the view.
    void problemOccurred(const QString &sentence);

private:
    struct Prepared;
    [[nodiscard]] static std::shared_ptr<Prepared> prepare(const QByteArray &raw, bool preferPlain);
    [[nodiscard]] static protocols::HtmlSanitizer::Options
    sanitizerOptions(const protocols::ParsedMessage &message, bool allowRemote);
    void present(const std::shared_ptr<Prepared> &prepared);
    void showBody();
    void setState(State state);
    void showProblem(const QString &sentence);
    void updateBars();
    void openLink(const QUrl &url);
    [[nodiscard]] QString senderAddress() const;

    MessageHeaderWidget *m_header;
    RemoteContentBar *m_remoteBar;
    QLabel *m_problem;
    QWidget *m_bars;
    QStackedWidget *m_stack;
    QLabel *m_placeholder;
    MessageBrowser *m_browser;
    AttachmentListWidget *m_attachments;
    QFrame *m_attachmentLine;
    QAction *m_showSource;
    QAction *m_copy;
    QPointer<RemoteContentLoader> m_loader;

    RemoteContentPolicy m_policy;
    UrlOpener m_urlOpener;
    SaveLocationProvider m_saveLocation;

    QByteArray m_raw;
    protocols::ParsedMessage m_message;
    QString m_blockedHtml; // sanitised with remote content blocked
    State m_state = State::Empty;
    bool m_preferPlain = false;
    bool m_remoteAllowed = false;
    bool m_showingHtml = false;
    int m_blockedCount = 0;
    quint64 m_generation = 0;
    std::unique_ptr<QTemporaryDir> m_tempDir;
    int m_openCount = 0;
    QThreadPool m_pool;
};

} // namespace postier::ui
