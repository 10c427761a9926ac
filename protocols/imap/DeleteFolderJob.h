#pragma once

#include "protocols/imap/ImapJob.h"

namespace postier::protocols {

/// Deletes one folder and the messages in it; its subfolders must be deleted first.
///
/// Sends `DELETE <name>` with a raw (modified UTF-7) name, after `UNSELECT` when that folder is
/// the selected one. A folder that still has subfolders is refused by many servers (dovecot's
/// LAYOUT=fs: "Mailbox has children, delete them first"); the Error then says so plainly, and
/// the caller deletes the children first. A ghost (\Noselect) folder can be deleted the same
/// way. Unless setUnsubscribe(false), the folder is then unsubscribed too, so that it does not
/// linger as a subscribed \NonExistent ghost. Raw commands, not vmime: see CreateFolderJob.
class DeleteFolderJob : public ImapJob
{
    Q_OBJECT
public:
    explicit DeleteFolderJob(const QByteArray &rawFolderName, QObject *parent = nullptr);

    void setUnsubscribe(bool unsubscribe) { m_unsubscribe = unsubscribe; }
    [[nodiscard]] QString description() const override;

protected:
    void runImap(ImapSession &session) override;

private:
    QByteArray m_folder;
    bool m_unsubscribe = true;
};

} // namespace postier::protocols
