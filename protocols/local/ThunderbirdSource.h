#pragma once

#include "protocols/local/MboxSource.h"

namespace postier::protocols {

/// Thunderbird's mail read for a migration. `path` may be:
/// - an account's mail folder, Mail/<server> or ImapMail/<server> (also "Local Folders"): its
///   folders are top-level ("Inbox" is the INBOX, "Sent", "Drafts", "Trash", "Junk", "Archives"
///   get their special use; "Templates" and "Unsent Messages" are ordinary folders);
/// - a profile folder (with Mail/ and/or ImapMail/), or Mail/ or ImapMail/ themselves: each
///   account is then a top-level level named after its directory ("Local Folders/Sent").
/// Folders are mbox files without extension beside ".msf" index files; "Name.sbd/" holds the
/// subfolders of "Name"; folders of Thunderbird's maildir store (a directory with cur/) are read
/// as Maildir. Index and settings files (*.msf, msgFilterRules.dat, popstate.dat, *.json...)
/// are ignored. Flags come from X-Mozilla-Status (0x0001 read, 0x0002 replied, 0x0004 flagged,
/// 0x1000 forwarded), X-Mozilla-Status2 (0x00200000 deleted on the IMAP server) and
/// X-Mozilla-Keys (tags "$label1"... and user keywords); expunged messages (0x0008) that
/// Thunderbird has not compacted away yet are skipped and counted (skippedDeleted()).
/// internalDate is the date of the topmost Received field when there is one (Thunderbird's own
/// "received" date), else the envelope date: Thunderbird writes the time of a copy or download
/// into the envelope line, which would date every filed or synchronised message to that moment.
class ThunderbirdSource : public MboxSource
{
    Q_DECLARE_TR_FUNCTIONS(postier::protocols::ThunderbirdSource)
public:
    /// Null with a Usage sentence when `path` looks like neither a profile nor a mail folder.
    static std::unique_ptr<ThunderbirdSource> create(const QString &path,
                                                     const LocalSourceOptions &options,
                                                     Error *error);

private:
    ThunderbirdSource(const LocalSourceOptions &options, QString description);
    /// True for a directory with Thunderbird folders in it (an .msf file, an Inbox, the POP
    /// state or filter files).
    [[nodiscard]] static bool isAccountDirectory(const QString &dir);
    /// Adds each account directory below `dir` as a top-level level; false if none.
    bool addAccounts(const QString &dir);
};

} // namespace postier::protocols
