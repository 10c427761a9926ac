#pragma once

#include "protocols/imap/ImapJob.h"

namespace postier::protocols {

/// Renames (or moves within the hierarchy) one folder, with its subfolders.
///
/// Sends `RENAME <old> <new>` with raw (modified UTF-7) names; a trailing separator on the new
/// name is removed. Subfolders follow their parent, as the server does it. Renaming INBOX is
/// special on every server (it moves INBOX's messages into a new folder and leaves INBOX empty)
/// and is passed through unchanged. When the old folder was subscribed, the subscription moves
/// to the new name (UNSUBSCRIBE old, SUBSCRIBE new), because RFC 3501 leaves subscriptions alone
/// and a stale one would show as a \NonExistent ghost. Raw commands, not vmime: see
/// CreateFolderJob. Errors carry the server's words (ALREADYEXISTS, NONEXISTENT...).
class RenameFolderJob : public ImapJob
{
    Q_OBJECT
public:
    RenameFolderJob(const QByteArray &rawOldName, const QByteArray &rawNewName,
                    QObject *parent = nullptr);

    [[nodiscard]] QString description() const override;

protected:
    void runImap(ImapSession &session) override;

private:
    QByteArray m_old;
    QByteArray m_new;
};

} // namespace postier::protocols
