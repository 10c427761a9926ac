#pragma once

#include "protocols/local/FileTreeSource.h"

namespace postier::protocols {

/// A Maildir tree read for a migration, in either layout or both at once:
/// - Maildir++ (dovecot's default, courier, Postier's own MaildirStore): the root is the INBOX
///   and ".Archive.2024" is "Archive/2024";
/// - nested (dovecot LAYOUT=fs, mbsync "SubFolders Verbatim"): every directory holding cur/ and
///   new/ is a folder, "Archive/2024" being the directory Archive/2024; a top-level "INBOX" or
///   "Inbox" directory is the INBOX.
/// Folder names stored in modified UTF-7 (dovecot: "Envoy&AOk-s") are decoded. Levels that hold
/// no cur/new but have folders below are listed without messages. See FileTreeSource for ids,
/// flags and dates.
class MaildirSource : public FileTreeSource
{
    Q_DECLARE_TR_FUNCTIONS(postier::protocols::MaildirSource)
public:
    /// Null with a Usage sentence when there is no Maildir at or below `root`.
    static std::unique_ptr<MaildirSource> create(const QString &root,
                                                 const LocalSourceOptions &options, Error *error);

private:
    MaildirSource(const QString &root, const LocalSourceOptions &options);
    void addNested(const QString &dir, const QString &prefix, int depth);
};

} // namespace postier::protocols
