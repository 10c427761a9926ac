#pragma once

#include "protocols/local/FileTreeSource.h"

namespace postier::protocols {

/// mbox files read for a migration (see LocalSource for how messages are split and unquoted):
/// - one file: one folder, named after the file without a .mbox/.mbx extension ("INBOX" for a
///   file called inbox in any case);
/// - a directory: one folder per mbox file (a file whose name ends in .mbox/.mbx, or whose first
///   bytes are "From "), subdirectories being levels ("Lists/qt-interest"); a Thunderbird-style
///   "Name.sbd" directory holds the subfolders of "Name". Other files (indexes, notes) are
///   ignored, and so are directories without mbox files below them.
class MboxSource : public FileTreeSource
{
    Q_DECLARE_TR_FUNCTIONS(postier::protocols::MboxSource)
public:
    /// Null with a Usage sentence when `path` is a directory without any mbox file below it.
    static std::unique_ptr<MboxSource> create(const QString &path,
                                              const LocalSourceOptions &options, Error *error);

protected:
    MboxSource(const LocalSourceOptions &options, QString description);
    /// Adds the mbox files of `dir` and below as folders under `prefix`. In Thunderbird mode a
    /// file is a folder when it has a ".msf" index beside it, is empty, or starts with "From "
    /// (never *.msf, *.dat, *.json, *.html...), and a directory with cur/ is a folder of
    /// Thunderbird's maildir store; other directories are only entered as "Name.sbd".
    void addMboxTree(const QString &dir, const QString &prefix, int depth, bool thunderbird);
};

} // namespace postier::protocols
