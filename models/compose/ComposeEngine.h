#pragma once

#include "protocols/Error.h"
#include "protocols/imap/MessageFlags.h"
#include "protocols/smtp/OutgoingMessage.h"
#include "protocols/smtp/OutgoingMessageBuilder.h"

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QString>
#include <functional>

namespace postier::protocols {
class Job;
}

namespace postier::models {

class FolderModel;
class MailSession;
class SpecialFolderLocator;

/// What one composer window does with its message on the servers: send it, keep a copy in
/// Sent, and keep one draft of it in Drafts. No widgets; every step is a job run through the
/// MailSession, so it shows in the status bar's JobModel, and nothing here waits.
///
/// Sending (send()): SendMessageJob on the account's outgoing connection (From is the account's
/// identity when the message has none). When the server took it, the exact bytes it received are
/// appended to the account's Sent folder with \Seen (AppendMessageJob), drafts this engine saved
/// are deleted, and the original of a reply or forward (setOriginal()) gets \Answered or
/// $Forwarded; then sent() fires. If the server refused (a recipient, the size, the login, the
/// network...), nothing was sent: the message is saved to Drafts on its own, and sendFailed()
/// gives one sentence that says what went wrong and whether the copy in Drafts is there. Bad input
/// (an unreadable attachment) fails at once without a draft. If the mail went out but the copy
/// could not be stored in Sent, sentCopyFailed() says so; sentBytes() keeps the bytes, and
/// saveSentCopy() tries again with exactly those bytes. An account that receives by POP3 has no
/// server folders: its mail is sent without a copy, and its drafts cannot be saved (draftFailed()).
///
/// Drafts (saveDraft()): the message is built (OutgoingMessageBuilder, on a worker thread; the
/// Bcc list is kept as a header field, and a message without recipients can be saved) and
/// appended to the account's Drafts folder with \Draft \Seen. Saves run one after the other, in
/// the order asked. Each new draft replaces the previous one of this engine: only after the new
/// APPEND succeeded is the old one marked \Deleted and removed with UID EXPUNGE (a removal that
/// fails is tried again after the next save). That needs the server's UIDPLUS; without it older
/// drafts stay. discardDraft() removes the draft again unless the user saved one by hand
/// (DraftKind::Manual), which then stays.
///
/// Sent and Drafts are found by SpecialFolderLocator (special-use, then name, else created).
class ComposeEngine : public QObject
{
    Q_OBJECT
public:
    enum class State {
        Idle, ///< Nothing sent yet (or the last send failed: the message is intact).
        Sending, ///< SMTP is running (or, after a refusal, the rescue draft is saved).
        SavingSentCopy, ///< The mail went out; the copy is being stored in Sent.
        SentCopyMissing, ///< The mail went out; the copy in Sent failed (saveSentCopy() retries).
        Done, ///< Sent, and the copy is in Sent.
    };
    Q_ENUM(State)
    enum class DraftKind {
        Manual, ///< The user asked (Ctrl+S, or Save when closing).
        Auto, ///< The periodic autosave.
        Rescue, ///< Saved by the engine itself after a refused send.
    };
    Q_ENUM(DraftKind)

    explicit ComposeEngine(MailSession &session, QObject *parent = nullptr);
    ~ComposeEngine() override;

    /// Optional: the main window's folder tree, to find Sent and Drafts without asking the server.
    void setFolderModel(FolderModel *model);
    /// The message this one answers (flag FlagAnswered) or forwards (FlagForwarded); it is flagged
    /// once the mail went out.
    void setOriginal(const QString &accountId, const QByteArray &rawFolder, quint32 uid,
                     protocols::MessageFlag flag);

    /// Ignored unless state() is Idle.
    void send(const QString &accountId, const protocols::OutgoingMessage &message);
    /// Stores sentBytes() in Sent again. Ignored unless state() is SentCopyMissing.
    void saveSentCopy();
    /// Queues a draft save; returns its request id (> 0), which draftSaved()/draftFailed() carry,
    /// or 0 when the message already went out (nothing is saved then).
    int saveDraft(const QString &accountId, const protocols::OutgoingMessage &message,
                  DraftKind kind = DraftKind::Manual);
    /// The user discarded the message: removes this engine's draft unless one was saved by hand.
    void discardDraft();

    [[nodiscard]] State state() const { return m_state; }
    /// True while SMTP or the copy to Sent is running.
    [[nodiscard]] bool isSending() const
    {
        return m_state == State::Sending || m_state == State::SavingSentCopy;
    }
    /// Whether the server has the message (state SavingSentCopy, SentCopyMissing or Done).
    [[nodiscard]] bool hasGoneOut() const { return m_goneOut; }
    [[nodiscard]] bool isSavingDraft() const { return m_draftRunning || !m_draftQueue.isEmpty(); }
    /// The exact bytes the SMTP server received; empty until then.
    [[nodiscard]] const QByteArray &sentBytes() const { return m_sentBytes; }
    /// Message-ID of the sent message, without angle brackets.
    [[nodiscard]] const QByteArray &sentMessageId() const { return m_sentMessageId; }
    [[nodiscard]] const QByteArray &sentFolder() const { return m_sentFolder; }
    /// UID of the copy in Sent (0 when unknown or not stored).
    [[nodiscard]] quint32 sentUid() const { return m_sentUid; }
    /// The folder and UID of this engine's current draft (empty / 0 when there is none).
    [[nodiscard]] QByteArray draftFolder() const { return m_current.folder; }
    [[nodiscard]] quint32 draftUid() const { return m_current.uid; }

    /// The bytes saved as a draft: as OutgoingMessageBuilder builds them for sending, plus the
    /// Bcc header field, and buildable without any recipient. Safe on any thread.
    [[nodiscard]] static bool buildDraft(const protocols::OutgoingMessage &message,
                                         protocols::BuiltMessage *out, protocols::Error *error);

Q_SIGNALS:
    void stateChanged(postier::models::ComposeEngine::State state);
    /// Bytes handed to the SMTP server so far.
    void sendProgress(qint64 done, qint64 total);
    /// The mail went out and its copy is in Sent.
    void sent();
    /// Nothing went out; the sentence says why and whether the message is now in Drafts.
    void sendFailed(const QString &sentence);
    /// The mail went out, but its copy is not in Sent.
    void sentCopyFailed(const QString &sentence);
    void draftSaved(int requestId, postier::models::ComposeEngine::DraftKind kind);
    void draftFailed(int requestId, postier::models::ComposeEngine::DraftKind kind,
                     const QString &sentence);

private:
    struct SavedDraft {
        QString accountId;
        QByteArray folder;
        quint32 uidValidity = 0;
        quint32 uid = 0;
        bool deleting = false;
        bool local = false; ///< in a POP3 account's local Drafts (folder is its local name)
        [[nodiscard]] bool isValid() const { return uid != 0; }
    };
    struct DraftRequest {
        int id = 0;
        QString accountId;
        protocols::OutgoingMessage message;
        DraftKind kind = DraftKind::Manual;
    };
    using BuildCallback
        = std::function<void(const protocols::BuiltMessage &built, const protocols::Error &error)>;

    void setState(State state);
    void onSendFinished(protocols::Job *job);
    void appendToSent();
    void processDrafts();
    void finishDraft(const DraftRequest &request, const SavedDraft &saved,
                     const protocols::Error &error);
    void purgeStaleDrafts();
    void markOriginal();
    void buildAsync(const protocols::OutgoingMessage &message, BuildCallback callback);

    MailSession &m_session;
    SpecialFolderLocator *m_locator;
    State m_state = State::Idle;

    QString m_accountId;
    protocols::OutgoingMessage m_message;
    QByteArray m_sentBytes;
    QByteArray m_sentMessageId;
    QByteArray m_sentFolder;
    quint32 m_sentUid = 0;
    bool m_goneOut = false;
    protocols::Error m_sendError;

    QList<DraftRequest> m_draftQueue;
    bool m_draftRunning = false;
    int m_nextRequestId = 1;
    int m_rescueRequest = 0;
    SavedDraft m_current;
    QList<SavedDraft> m_stale;
    bool m_userSavedDraft = false;
    bool m_discarded = false;

    QString m_originalAccount;
    QByteArray m_originalFolder;
    quint32 m_originalUid = 0;
    protocols::MessageFlag m_originalFlag = protocols::FlagAnswered;
};

} // namespace postier::models
