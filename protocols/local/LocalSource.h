#pragma once

#include "protocols/Error.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>

class QIODevice;

namespace postier::protocols {

/// One folder of a local source, as the user sees it.
struct LocalSourceFolder {
    QString path;        ///< levels separated by '/', as the user sees them: "Inbox", "Archive/2024"
    /// "\\Sent", "\\Drafts", "\\Trash", "\\Junk", "\\Archive" guessed from the folder's name
    /// (Thunderbird/Maildir names in en/fr/de/it, see LocalSource::guessSpecialUse()) or empty.
    /// The INBOX is path "INBOX" with empty specialUse. Only top-level folders, children of the
    /// INBOX and (for a whole Thunderbird profile) the folders right below an account are guessed,
    /// and each special use goes to one folder at most: the first in folders() order.
    QString specialUse;
    /// False for a level that only holds subfolders (a Thunderbird "Name.sbd" without a "Name"
    /// mbox file, a directory of a nested Maildir tree without cur/new): forEachMessage() visits
    /// nothing there, but the level is listed so that the hierarchy can be recreated.
    bool holdsMessages = true;
};

/// One message of a local source, described without holding its bytes.
struct LocalSourceMessage {
    /// Stable across runs for the same store content: the unique base name for Maildir (it does
    /// not change with the flags), the file name for .eml, "<offset>-<hash>" for mbox (the byte
    /// offset of the "From " line and 8 hex digits of the SHA-1 of that line).
    QString id;
    qint64 size = 0;       ///< bytes openMessage() will yield: the message as it will be uploaded
    /// MessageFlag bits (protocols/imap/MessageFlags.h). FlagDeleted is reported as the store has
    /// it (Maildir "T", mbox X-Status "D", Thunderbird's IMAP-deleted bit) so that it can be shown
    /// and counted; it is not meant to be uploaded.
    quint8 flags = 0;
    QStringList keywords;  ///< IMAP keywords (from X-Mozilla-Keys; Maildir keyword letters are not mapped)
    /// Seconds since the epoch: from the store (Maildir mtime / mbox "From " line date; for
    /// Thunderbird the topmost Received date first), else the Date header, else the file mtime.
    qint64 internalDate = 0;
    /// The raw header section as openMessage() yields it (CRLF line ends, Mozilla headers removed
    /// when asked), up to and excluding the empty line, capped at 64 KB.
    QByteArray headerBlock;
    bool containsNul = false; ///< the bytes hold NUL characters (IMAP needs a literal8 for those)
    /// Thunderbird downloaded only the headers of this message (X-Mozilla-Status 0x0400): the
    /// bytes are all there is locally, but the message on the old server was larger.
    bool partial = false;
};

struct LocalSourceOptions {
    /// Drop X-Mozilla-Status, X-Mozilla-Status2, X-Mozilla-Keys (with their continuation lines)
    /// from what openMessage() yields (and from size/headerBlock).
    bool cleanMozillaHeaders = false;
};

/// Mail stored in files on this computer, read for a migration: a Maildir tree (Maildir++ or
/// nested), mbox files, a Thunderbird profile, or .eml files. Nothing is ever written.
///
/// Bytes: openMessage() yields the stored message with line ends normalised to CRLF (bare LF and
/// bare CR become CRLF, existing CRLF untouched), mbox "From " quoting undone and, if asked, the
/// Mozilla headers removed; nothing else changes (8-bit bytes, NUL bytes and long lines stay).
/// `size` is computed by reading each message once in forEachMessage(), so it is exact.
///
/// mbox rules (MboxSource, ThunderbirdSource): a message starts at a line beginning "From " that
/// carries an envelope date ("From sender Www Mmm dd hh:mm:ss [zone] yyyy", as mutt checks); the
/// first "From " line of a file always starts one. The empty line before the next "From " line
/// belongs to no message; when it is missing the message ends right before that line. mboxo and
/// mboxrd cannot be told apart reliably, so both are read as mboxrd: one '>' is removed from every
/// line matching ^>+From  (an mboxo file quoted "From " as ">From "; an original ">From " line in
/// an mboxo file therefore loses its '>', which mboxo itself made undecidable). Content-Length is
/// ignored. Files are split on LF only. Bytes before the first "From " line that are not blank
/// form a message of their own (id "<offset>-da39a3ee"), never dropped. Flags come from
/// X-Mozilla-Status/X-Mozilla-Status2 when present, else from Status (R seen, r answered; O "old"
/// has no flag) and X-Status (A answered, F flagged, D deleted, T draft). Messages Thunderbird
/// marked expunged (X-Mozilla-Status 0x0008) are not visited but counted in skippedDeleted(). The
/// envelope date without a zone is local time, as Thunderbird and the Unix delivery agents write
/// it.
///
/// All methods are const and reentrant: one source may be read from several threads (listing in
/// one, uploading in another) as long as the files do not change. If a store changes between
/// forEachMessage() and openMessage(), openMessage() may fail (NotFound) or yield a different
/// number of bytes than `size`: callers that announce `size` (an IMAP literal) must check it.
class LocalSource
{
    Q_DECLARE_TR_FUNCTIONS(postier::protocols::LocalSource)
public:
    virtual ~LocalSource();

    /// "maildir:PATH", "mbox:PATH" (one mbox file, or a directory of mbox files), "thunderbird:PATH"
    /// (a Thunderbird profile's Mail/<server> or ImapMail/<server> folder, or a profile folder),
    /// "eml:PATH" (a directory of .eml files, or one .eml file); null and *error (ErrorKind::Usage
    /// or LocalIo sentence) when the spec is bad or the path unreadable. A leading "~/" in PATH is
    /// the home directory; a relative PATH is relative to the current directory.
    static std::unique_ptr<LocalSource> open(const QString &spec, const LocalSourceOptions &options,
                                             Error *error);

    /// "the Maildir /home/anna/Mail" — for sentences: a noun phrase with its article, written
    /// (and translated) to be the subject of a sentence ("%1 has no folder “Sent”.").
    [[nodiscard]] virtual QString description() const = 0;
    /// Every folder, parents before children (INBOX first, then by name, depth first).
    [[nodiscard]] virtual QList<LocalSourceFolder> folders(Error *error) const = 0;
    /// Visits every message of the folder in store order without building a list; visit returns
    /// false to stop. Returns false with *error on a read failure; a message that cannot be
    /// understood is still visited (its bytes are uploaded as they are) — never silently skipped.
    /// Messages Thunderbird marked expunged (X-Mozilla-Status 0x0008) are not visited but counted
    /// in skippedDeleted().
    virtual bool forEachMessage(const QString &folder,
                                const std::function<bool(const LocalSourceMessage &)> &visit,
                                Error *error) const = 0;
    /// The bytes to upload, streamed (never the whole file in RAM; a 30 MB message streams in
    /// 64 KB steps): see the class comment. Yields exactly `size` bytes. A sequential, read-only
    /// QIODevice; its bytesAvailable() is 0 only at the end.
    [[nodiscard]] virtual std::unique_ptr<QIODevice> openMessage(const QString &folder,
                                                                 const QString &id,
                                                                 Error *error) const = 0;
    /// Expunged messages left out by the last complete forEachMessage() of the folder.
    [[nodiscard]] virtual qint64 skippedDeleted(const QString &folder) const;

    /// "\\Sent", "\\Drafts", "\\Trash", "\\Junk", "\\Archive" for a usual name of such a folder
    /// in English, French, German or Italian ("Sent Items", "Envoyés", "Papierkorb", "Bozze",
    /// "Archives"), ignoring case; empty otherwise ("Templates", "Unsent Messages").
    [[nodiscard]] static QString guessSpecialUse(const QString &folderName);
    /// True for "INBOX" in any case.
    [[nodiscard]] static bool isInboxName(const QString &folderName);

protected:
    LocalSource() = default;
    /// Sentences shared by the implementations.
    [[nodiscard]] static Error readError(const QString &path, int errnoValue,
                                         const QString &systemText);
    [[nodiscard]] static Error missingFolderError(const QString &folder, const QString &source);
    [[nodiscard]] static Error missingMessageError(const QString &id, const QString &folder,
                                                   const QString &source);
};

} // namespace postier::protocols
