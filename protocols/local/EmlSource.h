#pragma once

#include "protocols/local/FileTreeSource.h"

namespace postier::protocols {

/// .eml files read for a migration: one file (the folder "INBOX" with that one message), or a
/// directory whose .eml files (any case) are the INBOX and whose subdirectories are subfolders
/// ("Work/2024"); directories without .eml files below them are ignored. Message ids are file
/// names; internalDate is the Date header, else the file mtime. See FileTreeSource.
class EmlSource : public FileTreeSource
{
    Q_DECLARE_TR_FUNCTIONS(postier::protocols::EmlSource)
public:
    /// Null with a Usage sentence when a directory holds no .eml file at all.
    static std::unique_ptr<EmlSource> create(const QString &path, const LocalSourceOptions &options,
                                             Error *error);

private:
    EmlSource(const LocalSourceOptions &options, QString description);
    void addTree(const QString &dir, const QString &prefix, int depth);
};

} // namespace postier::protocols
