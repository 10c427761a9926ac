#pragma once

#include "protocols/imap/FolderInfo.h"

#include <QCoreApplication>
#include <QHash>
#include <QString>

namespace postier::models {

/// Where one source folder goes on the IMAP server.
struct FolderMapping {
    QString source;        ///< "Archive/2024" ('/' between levels)
    QString destination;   ///< The server's path, its separator between levels: "Archive.2024"
    QByteArray rawDestination; ///< The same in modified UTF-7, for commands
    QString reason;        ///< Why the name differs from the source's, in a sentence; empty if it does not
    bool exists = false;   ///< Already on the server (and can hold mail)
};

/// Maps local folder paths onto an IMAP server's folders: the hierarchy onto the server's
/// separator and personal namespace, the INBOX onto INBOX, Sent/Drafts/Trash/Junk/Archive onto
/// the server's special-use folders (or their usual names when it has none), and names the
/// server cannot hold (a level containing its separator, control characters, over-long levels)
/// onto safe names, with the reason recorded. A user's explicit choice (setOverrides) wins.
class FolderMapper
{
    Q_DECLARE_TR_FUNCTIONS(postier::models::FolderMapper)
public:
    FolderMapper(const protocols::FolderList &serverFolders, QChar separator);

    /// source path → destination path written with '/' between levels (as in a folder-map file).
    void setOverrides(const QHash<QString, QString> &overrides) { m_overrides = overrides; }
    /// "INBOX." on servers that keep every folder below the INBOX (Courier, some Cyrus), else "".
    [[nodiscard]] QString prefix() const { return m_prefix; }
    [[nodiscard]] QChar separator() const { return m_separator; }

    /// `specialUse` is "\\Sent", "\\Drafts", "\\Trash", "\\Junk", "\\Archive" or empty.
    [[nodiscard]] FolderMapping map(const QString &sourcePath, const QString &specialUse) const;

    /// One level made safe for the server; *reason says what changed (empty when nothing did).
    [[nodiscard]] QString safeLevel(const QString &level, QString *reason) const;
    /// A second, stricter attempt for a name the server refused: letters, digits, space, '-',
    /// '_' only, at most 60 characters per level.
    [[nodiscard]] static QString strictLevel(const QString &level);

    /// Parses a folder-map file: one "source = destination" per line, '#' comments. *error says
    /// which line is wrong.
    static bool parseMapFile(const QByteArray &text, QHash<QString, QString> *out, QString *error);

private:
    [[nodiscard]] FolderMapping finish(const QString &source, QStringList levels, const QString &reason) const;

    protocols::FolderList m_folders;
    QChar m_separator;
    QString m_prefix;
    QHash<QString, QString> m_overrides;
};

} // namespace postier::models
