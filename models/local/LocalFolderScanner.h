#pragma once

#include "models/cache/HeaderCache.h"
#include "protocols/imap/HeaderRecord.h"

#include <QByteArray>
#include <QString>
#include <QVector>

#include <atomic>

namespace postier::models {

/// Compares a local (Maildir) folder on disk with what the offline cache knows of it, and reads
/// the headers of the files the cache has not seen.
///
/// Contract: pure and re-entrant, for a worker thread (it touches the disk, never the cache). The
/// folder is listed once (new/ and cur/); a file whose maildir id the cache knows costs nothing
/// more than its name, whose flags are compared; only new files are opened, and only their
/// header is read (up to the first empty line, at most headerLimit() bytes). So a folder of 10,000
/// messages that did not change is rescanned in the time of a directory listing. Files that
/// vanished are reported by UID. `cancel`, when set, stops the scan early with what was found.
class LocalFolderScanner
{
public:
    struct Result {
        QVector<HeaderCache::LocalAddition> added;  ///< in directory order
        QVector<HeaderCache::LocalEntry> changed;   ///< moved within the folder or new flags
        QVector<quint32> removed;                   ///< UIDs whose file is gone
        int unchanged = 0;
        bool folderMissing = false;
        bool cancelled = false;
    };

    /// `known` is HeaderCache::localEntries() of the folder.
    [[nodiscard]] static Result scan(const QString &storeRoot, const QString &folder,
                                     const QVector<HeaderCache::LocalEntry> &known,
                                     const std::atomic_bool *cancel = nullptr);

    /// The list-view header of a message file: header fields as raw bytes, as IMAP's ENVELOPE
    /// would give them (addresses as "Name <local@domain>" joined with ", "), size from the file,
    /// flags from its name, and as the list's date (HeaderRecord::internalDate) listDate(). uid
    /// is 0.
    [[nodiscard]] static protocols::HeaderRecord readHeader(const QString &path, const QString &flags,
                                                            qint64 size, qint64 modified);
    /// The date a local message is listed and sorted by: its Date header, because the arrival
    /// date of POP3 mail (the file's mtime) is only when it was downloaded, the same for a whole
    /// mailbox fetched at once; the arrival date when the header cannot be read or lies more than
    /// a day after the arrival. Seconds since the epoch.
    [[nodiscard]] static qint64 listDate(const QByteArray &dateField, qint64 arrival);
    /// The same from the bytes of a header block (or a whole message).
    [[nodiscard]] static protocols::HeaderRecord parseHeader(const QByteArray &header);
    /// "Anna <a@b>, \"Doe, John\" <j@d>" → "Anna <a@b>, Doe, John <j@d>"; groups kept as
    /// "team: a@b, c@d;". Encoded words stay encoded.
    [[nodiscard]] static QByteArray normalizedAddresses(const QByteArray &field);

    [[nodiscard]] static constexpr qint64 headerLimit() { return 1024 * 1024; }
};

} // namespace postier::models
