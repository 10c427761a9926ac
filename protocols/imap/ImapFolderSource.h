#pragma once

#include "protocols/imap/FolderInfo.h"
#include "protocols/local/LocalSource.h"

#include <QByteArrayList>
#include <QHash>
#include <QMutex>
#include <QSet>
#include <QVector>

#include <atomic>
#include <functional>
#include <memory>
#include <optional>

class QThread;

namespace postier::protocols {

class Connection;
class Job;

/// One IMAP folder (and, if asked, its subfolders) read as a source for the migration engine, so
/// that a folder or a selection of messages dragged from one account onto another goes through
/// the same verified copy as a local store.
///
/// Folders: the root folder is named `rootPath` (its last level as people see it: "Projects")
/// and its subfolders below it with '/' between levels ("Projects/2024"), whatever the server's
/// separator; a subfolder that cannot hold mail (\Noselect) is listed without messages, and
/// subscriptions whose folder is gone are left out. folders() lists them once (LIST) and keeps
/// the answer.
///
/// Messages: forEachMessage() lists the folder by identity (FetchIdentityJob over EXAMINE:
/// nothing is marked read). A message's id is its UID in decimal; size is RFC822.SIZE; flags and
/// keywords are the server's (\Recent left out); internalDate is the INTERNALDATE; headerBlock
/// holds only the header fields named in setIdentityFields() (enough for the engine's identity
/// key), not the whole header. setSelection() restricts the root folder to some UIDs.
/// openMessage() downloads the message (FetchMessageJob, BODY.PEEK: never marked read) into
/// memory and yields it from a buffer: the exact bytes the server holds, which servers keep with
/// CRLF line ends; a message whose size no longer matches RFC822.SIZE fails with ErrorKind::LocalIo
/// (so that the engine refuses that one message and goes on).
///
/// Threads: every method blocks its caller until the server answered, and may be called from any
/// thread, including a connection thread whose event loop is busy (the engine opens messages
/// from the destination connection's thread): jobs are queued on the source connection and
/// complete on a small thread of this source's own, never on the caller's. The source's
/// connection is used by one request at a time. cancel() makes the request in progress and every
/// later one fail with ErrorKind::Cancelled. Destroy the source only when no call is in progress.
class ImapFolderSource : public LocalSource
{
    Q_DECLARE_TR_FUNCTIONS(postier::protocols::ImapFolderSource)
public:
    enum class Scope { Folder, FolderAndSubfolders };

    /// `connection`: a connection of the source's own to the account's IMAP server (not the
    /// window's shared one, which would hold up the window while messages download).
    /// `rawFolder`: the root folder's name as the server lists it (modified UTF-7); `rootPath`:
    /// its name in folders().
    ImapFolderSource(std::unique_ptr<Connection> connection, const QByteArray &rawFolder,
                     const QString &rootPath, Scope scope);
    ~ImapFolderSource() override;

    /// The header fields forEachMessage() puts into headerBlock, e.g. {"MESSAGE-ID", "DATE"}.
    void setIdentityFields(const QByteArrayList &fields) { m_fields = fields; }
    /// Only these messages of the root folder are visited (all when never called).
    void setSelection(const QVector<quint32> &uids);

    /// Thread-safe: stops the request in progress and fails every later one.
    void cancel();

    /// The raw name on the server of a folder of folders() (empty when unknown), to act on the
    /// source after the copy.
    [[nodiscard]] QByteArray rawFolder(const QString &path) const;
    /// The UID of a message id of forEachMessage() (0 when it is not one).
    [[nodiscard]] static quint32 uidOf(const QString &id);

    [[nodiscard]] QString description() const override;
    [[nodiscard]] QList<LocalSourceFolder> folders(Error *error) const override;
    bool forEachMessage(const QString &folder,
                        const std::function<bool(const LocalSourceMessage &)> &visit,
                        Error *error) const override;
    [[nodiscard]] std::unique_ptr<QIODevice> openMessage(const QString &folder, const QString &id,
                                                         Error *error) const override;

private:
    struct Listed {
        QList<LocalSourceFolder> folders;
        QHash<QString, QByteArray> rawByPath;
    };
    /// Queues `job` (heap-allocated, deleted by itself) and waits until it finished; `harvest`
    /// copies what the caller needs out of it, on this source's thread, before it is deleted.
    Error run(Job *job, const std::function<void(Job &)> &harvest) const;
    [[nodiscard]] QString rootLabel() const;

    std::unique_ptr<Connection> m_connection;
    QThread *m_home;
    QByteArray m_rawRoot;
    QString m_rootPath;
    Scope m_scope;
    QByteArrayList m_fields;
    std::optional<QSet<quint32>> m_selection;
    QString m_host;
    QString m_user;

    mutable QMutex m_mutex; // guards m_listed and m_running
    mutable std::optional<Listed> m_listed;
    mutable QSet<Job *> m_running;
    std::atomic_bool m_cancelled {false};
};

} // namespace postier::protocols
