#pragma once

#include "models/migration/MigrationReport.h"

#include <QByteArray>
#include <QObject>
#include <QPointer>
#include <QStringList>
#include <QVector>

#include <memory>

namespace postier::protocols {
class Connection;
class Error;
class ImapFolderSource;
class Job;
} // namespace postier::protocols

namespace postier::models {

class MailSession;
class MigrationEngine;
class PasswordStore;
class SelectionSource;
struct MigrationSettings;

/// What was dropped onto a folder of another account.
struct CrossAccountRequest {
    enum class Kind {
        Folder,   ///< a folder with its subfolders
        Messages, ///< some messages of one folder
        Files,    ///< mbox or .eml files (or folders of them) from the file manager
    };
    Kind kind = Kind::Messages;
    QString sourceAccountId;   ///< Folder, Messages: an IMAP or a POP3 (local folders) account
    /// The folder: its raw IMAP name, or a local folder's name in UTF-8 (LocalStore).
    QByteArray sourceFolder;
    QVector<quint32> uids;     ///< Messages: their UIDs (for local folders, the cache's)
    QStringList files;         ///< Files: local paths
    QString targetAccountId;   ///< an IMAP account
    QByteArray targetFolder;   ///< raw IMAP name of the folder dropped on
    /// Delete the source once every message is verified on the target (never for Files): on an
    /// IMAP server exactly the copied messages are marked \Deleted and expunged (UID EXPUNGE);
    /// local messages go to the account's local Trash, never deleted for good.
    bool move = false;
};

/// How a drop ended.
struct CrossAccountResult {
    Q_DECLARE_TR_FUNCTIONS(postier::models::CrossAccountResult)
public:
    MigrationReport report; ///< the engine's, with the folders named as in the source
    bool move = false;
    qint64 removed = 0;     ///< source messages removed after the verification (a move)
    bool sourceRemoved = false; ///< a move: every verified message was removed from the source
    QString moveNote;       ///< a move: what happened to the source, in a sentence
    QString error;          ///< the copy could not even start (the report is then empty)

    /// Every message is verified on the target and, for a move, removed from the source.
    [[nodiscard]] bool ok() const;
    [[nodiscard]] bool cancelled() const { return report.cancelled; }
    /// One or two sentences for the status bar.
    [[nodiscard]] QString summary() const;
    /// The report with what happened to the source, for the details dialog.
    [[nodiscard]] QString details() const;
};

/// Copies or moves what was dropped onto an IMAP folder of another account, with the verified
/// migration engine (MigrationEngine on a thread of its own): the same exact bytes, flags and
/// dates, dedup, journal, verification and report as the POP→IMAP conversion.
///
/// Sources: an IMAP folder or selection is read over a connection of its own
/// (protocols::ImapFolderSource); a POP3 account's local folders are its Maildir
/// (LocalStore::rootFor()); files are "mbox:PATH" or "eml:PATH" (fileSpec()), one after the
/// other. Everything goes below the folder dropped on: a folder "Projects" dropped on "INBOX"
/// becomes "INBOX/Projects" (with its subfolders), messages and the messages of a file go into
/// that folder itself. The journal is kept per source and target, so dropping the same thing
/// again copies nothing twice.
///
/// A move deletes the source only when the report says every message is verified, and only the
/// messages the engine read; otherwise nothing is deleted and moveNote says so. A moved folder
/// that is empty afterwards is deleted too (IMAP), deepest first; a local one stays, empty.
///
/// While it runs it shows in the session's JobModel (description, progress, and Cancel there
/// stops it). start() returns at once; finished() comes exactly once, then the object may be
/// deleted. The destination's password comes from the keychain (setPasswordStore()).
class CrossAccountCopy : public QObject
{
    Q_OBJECT
public:
    CrossAccountCopy(MailSession &session, CrossAccountRequest request, QObject *parent = nullptr);
    ~CrossAccountCopy() override;

    /// Where the target's password is read; the app's keychain when never set. Not owned.
    void setPasswordStore(PasswordStore *store) { m_passwords = store; }
    void start();
    void cancel();

    [[nodiscard]] const CrossAccountRequest &request() const { return m_request; }
    /// "Copying to “Archive” of Work", as the job list shows it.
    [[nodiscard]] QString description() const;

    /// "mbox:PATH" for an mbox file (*.mbox, *.mbx, or a file starting with "From "), "eml:PATH"
    /// for an .eml file or a folder holding .eml files, "mbox:PATH" for another folder; empty for
    /// anything else.
    [[nodiscard]] static QString fileSpec(const QString &path);
    /// Why this drop cannot be done (the target is not an IMAP account, the source is the
    /// target's own account, an account is gone), in a sentence; empty when it can.
    [[nodiscard]] static QString whyNot(const MailSession &session, const CrossAccountRequest &request);

Q_SIGNALS:
    void progress(qint64 done, qint64 total);
    void finished(const postier::models::CrossAccountResult &result);

private:
    struct Task;
    void fail(const QString &sentence);
    void prepareTargets();
    void readPassword();
    void startEngine(const QString &password);
    void runNext();
    void taskFinished(const MigrationReport &report);
    void removeSources();
    void removeImap(QStringList folders);
    void deleteEmptyImapFolders(const QStringList &folders);
    void deleteNextFolder();
    void removeLocal();
    void finish();

    MailSession &m_session;
    CrossAccountRequest m_request;
    PasswordStore *m_passwords = nullptr;
    std::unique_ptr<PasswordStore> m_ownPasswords;
    std::vector<std::unique_ptr<Task>> m_tasks;
    size_t m_next = 0;
    QString m_targetPath;       ///< where on the target, '/' between levels
    bool m_belowInboxByPrefix = false; ///< dropped on the INBOX of an "INBOX." server
    QString m_targetLabel;
    QString m_targetAccountName;
    QString m_sourceLabel;
    QString m_sourceAccountName;
    QString m_password;
    MigrationEngine *m_engine = nullptr;
    QPointer<protocols::Job> m_job; ///< the row in the JobModel
    std::shared_ptr<protocols::ImapFolderSource> m_imapSource;
    std::unique_ptr<protocols::Connection> m_cleanup; ///< deletes the emptied folders of a move
    QStringList m_doomed;      ///< the emptied folders still to delete, deepest first
    bool m_rootGoes = false;
    CrossAccountResult m_result;
    qint64 m_doneBefore = 0;   ///< messages of the finished tasks, for the overall progress
    bool m_cancelled = false;
    bool m_finished = false;
};

} // namespace postier::models

Q_DECLARE_METATYPE(postier::models::CrossAccountResult)
