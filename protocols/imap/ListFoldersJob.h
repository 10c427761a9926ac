#pragma once

#include "protocols/imap/FolderInfo.h"
#include "protocols/imap/ImapJob.h"

namespace postier::protocols {

/// Lists every folder of the account with its attributes.
///
/// With LIST-EXTENDED it asks `LIST "" "*" RETURN (CHILDREN SUBSCRIBED [SPECIAL-USE])`, then
/// `LIST (SUBSCRIBED) "" "*"` to find subscriptions whose folder is gone (\NonExistent), so
/// ghosts are visible: \Noselect parents on LAYOUT=fs, \NonExistent parents on maildir++, and
/// subscribed-but-missing folders. Without it, plain LIST plus LSUB, merged. The result is
/// sorted by path with INBOX first; separator() gives the hierarchy separator.
class ListFoldersJob : public ImapJob
{
    Q_OBJECT
public:
    using ImapJob::ImapJob;
    [[nodiscard]] QString description() const override;
    [[nodiscard]] const FolderList &folders() const { return m_folders; }

protected:
    void runImap(ImapSession &session) override;

private:
    FolderList m_folders;
};

} // namespace postier::protocols
