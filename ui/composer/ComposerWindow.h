#pragma once

#include "models/accounts/Identity.h"
#include "models/compose/ComposeEngine.h"
#include "models/compose/ReplyBuilder.h"
#include "protocols/smtp/OutgoingMessage.h"

#include <QHash>
#include <QMainWindow>
#include <QMessageBox>
#include <functional>

class QAction;
class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QListWidget;
class QMimeData;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QTimer;
class QWidget;

namespace postier::models {
class FolderModel;
class MailSession;
} // namespace postier::models

namespace postier::ui {

class AddressLineEdit;
class NoticeBar;

/// The window in which a message is written: From (every identity of every enabled account), To,
/// Cc and Bcc with completion from the offline cache, Subject, a plain-text body and attachments
/// (Add button, Ctrl+Shift+A, or files dropped from the file manager anywhere on the window).
///
/// The identity's signature goes below the text after the "-- " delimiter
/// (IdentitySignature). Choosing another identity in From swaps it, as long as the user has not
/// changed the signature in the text; one that was changed is left alone. A reply or forward is
/// written as the identity the original was addressed to (IdentityChooser), else as the
/// account's primary identity; a reply to all leaves out every address of the user's identities.
/// The message goes out with the chosen identity as From, through that identity's account.
///
/// Send (Ctrl+Return) first checks the input: at least one recipient, every address readable
/// (the sentence names the wrong one and its field), and asks before sending without a subject.
/// While sending, editing is disabled, the notice bar says "Sending…" and the job shows in the
/// main window's status bar; success closes the window. A failure keeps everything as typed and
/// shows the engine's sentence in the notice bar (the engine also saves the message to Drafts);
/// if only the copy to Sent failed, the bar offers "Save Copy to Sent".
///
/// Save Draft (Ctrl+S) stores the message in Drafts, replacing this window's previous draft;
/// changes are also saved every 60 s (autosaveInterval()). Closing with unsaved changes asks
/// Save / Discard / Cancel; Save closes once the draft is stored (and keeps the window open with
/// the reason if it cannot be). Every question goes through prompter(), which tests replace.
/// The window deletes itself when closed (Qt::WA_DeleteOnClose).
class ComposerWindow : public QMainWindow
{
    Q_OBJECT
public:
    /// Asks the user; returns the button chosen. The default shows a QMessageBox on the window.
    using Prompter = std::function<QMessageBox::StandardButton(
        const QString &title, const QString &text, QMessageBox::StandardButtons buttons,
        QMessageBox::StandardButton defaultButton)>;

    /// `accountId` selects its primary identity in From (the first account's when unknown), and
    /// its signature goes into the empty text.
    ComposerWindow(models::MailSession &session, const QString &accountId,
                   QWidget *parent = nullptr);
    ~ComposerWindow() override;

    /// A new, empty message, shown.
    static ComposerWindow *openNew(models::MailSession &session, const QString &accountId,
                                   models::FolderModel *folders = nullptr,
                                   QWidget *parent = nullptr);
    /// A reply, reply to all or forward of `original` (the raw message, UID `uid` in `rawFolder`
    /// of the account), shown; the original is flagged \Answered or $Forwarded once sent.
    static ComposerWindow *openResponse(models::MailSession &session,
                                        models::ReplyBuilder::Mode mode, const QString &accountId,
                                        const QByteArray &rawFolder, quint32 uid,
                                        const QByteArray &original,
                                        models::FolderModel *folders = nullptr,
                                        QWidget *parent = nullptr);

    /// Fills every field from `message` (attachments and extra headers included); From selects the
    /// identity with that address. A signature of that identity already in the text (a draft)
    /// is recognised, so that choosing another identity swaps it. The window then counts as
    /// unmodified.
    void setMessage(const protocols::OutgoingMessage &message);
    /// The message as typed, with the identity as From. Entries that are not addresses are
    /// left out (validationProblem() names them).
    [[nodiscard]] protocols::OutgoingMessage message() const;
    /// Why the message cannot be sent as it is, as a sentence; empty when it can.
    [[nodiscard]] QString validationProblem() const;
    [[nodiscard]] QString accountId() const;
    /// The identity chosen in From (invalid when there is no account).
    [[nodiscard]] models::Identity identity() const;
    /// Every identity From offers, in its order.
    [[nodiscard]] const QList<models::Identity> &identities() const { return m_identities; }
    /// Whether something changed since the window was filled or last saved.
    [[nodiscard]] bool isModified() const { return m_generation != m_savedGeneration; }

    void addAttachments(const QStringList &filePaths);
    void removeSelectedAttachments();
    [[nodiscard]] const QList<protocols::OutgoingAttachment> &attachments() const
    {
        return m_attachments;
    }

    void setPrompter(Prompter prompter) { m_prompter = std::move(prompter); }
    void setAutosaveInterval(int milliseconds);
    [[nodiscard]] int autosaveInterval() const;
    void setFolderModel(models::FolderModel *folders) { m_engine->setFolderModel(folders); }

    [[nodiscard]] models::ComposeEngine *engine() const { return m_engine; }
    [[nodiscard]] NoticeBar *noticeBar() const { return m_notice; }
    [[nodiscard]] QComboBox *fromField() const { return m_from; }
    [[nodiscard]] AddressLineEdit *toField() const { return m_to; }
    [[nodiscard]] AddressLineEdit *ccField() const { return m_cc; }
    [[nodiscard]] AddressLineEdit *bccField() const { return m_bcc; }
    [[nodiscard]] QLineEdit *subjectField() const { return m_subject; }
    [[nodiscard]] QPlainTextEdit *bodyField() const { return m_body; }
    [[nodiscard]] QListWidget *attachmentList() const { return m_attachmentList; }
    [[nodiscard]] QAction *sendAction() const { return m_sendAction; }
    [[nodiscard]] QAction *saveDraftAction() const { return m_saveAction; }
    [[nodiscard]] QAction *attachAction() const { return m_attachAction; }

    /// Validates, asks about an empty subject, then sends.
    void send();
    void saveDraft();
    /// Opens a file dialog and attaches the files chosen.
    void chooseAttachments();

protected:
    void closeEvent(QCloseEvent *event) override;
    bool event(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void buildUi();
    void buildActions();
    void markModified();
    void updateTitle();
    void selectIdentity(int index);
    /// Puts the current identity's signature in place of the one inserted before (if unchanged).
    void swapSignature();
    /// For a message just filled in: its identity's signature goes below the text, and neither
    /// the window nor its undo history count that as an edit.
    void insertInitialSignature();
    void updateAttachmentList();
    void setEditingEnabled(bool enabled);
    void startDraftSave(models::ComposeEngine::DraftKind kind);
    void autosave();
    void onStateChanged(models::ComposeEngine::State state);
    void onDraftSaved(int requestId, models::ComposeEngine::DraftKind kind);
    void onDraftFailed(int requestId, models::ComposeEngine::DraftKind kind,
                       const QString &sentence);
    [[nodiscard]] QMessageBox::StandardButton ask(const QString &title, const QString &text,
                                                  QMessageBox::StandardButtons buttons,
                                                  QMessageBox::StandardButton defaultButton);
    /// Local files dragged or dropped anywhere on the window become attachments; true when the
    /// event was such a drag.
    bool handleFileDrag(QEvent *event);
    [[nodiscard]] static QStringList localFiles(const QMimeData *data);

    models::MailSession &m_session;
    models::ComposeEngine *m_engine;
    Prompter m_prompter;

    NoticeBar *m_notice = nullptr;
    QWidget *m_form = nullptr;
    QFormLayout *m_fields = nullptr;
    QComboBox *m_from = nullptr;
    AddressLineEdit *m_to = nullptr;
    AddressLineEdit *m_cc = nullptr;
    AddressLineEdit *m_bcc = nullptr;
    QLineEdit *m_subject = nullptr;
    QPlainTextEdit *m_body = nullptr;
    QWidget *m_attachmentRow = nullptr;
    QListWidget *m_attachmentList = nullptr;
    QPushButton *m_removeAttachment = nullptr;
    QProgressBar *m_progress = nullptr;
    QAction *m_sendAction = nullptr;
    QAction *m_saveAction = nullptr;
    QAction *m_attachAction = nullptr;
    QTimer *m_autosave = nullptr;

    QList<protocols::OutgoingAttachment> m_attachments;
    QList<QPair<QByteArray, QString>> m_extraHeaders;
    QByteArray m_messageId;
    QList<models::Identity> m_identities;
    /// The signature text as swapSignature() last put it into the body (empty: none).
    QString m_signatureText;
    /// The text holds a signature this window did not insert (a draft): never swap it.
    bool m_signatureLocked = false;

    quint64 m_generation = 0;
    quint64 m_savedGeneration = 0;
    quint64 m_sendGeneration = 0;
    QHash<int, quint64> m_draftGenerations;
    bool m_closeAfterSave = false;
    bool m_closing = false;
};

} // namespace postier::ui
