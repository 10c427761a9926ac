#pragma once

#include "protocols/Error.h"
#include "protocols/local/MaildirDelivery.h"
#include "protocols/local/MaildirMessage.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>
#include <optional>

class QFile;
class QIODevice;

namespace postier::protocols {

/// Mail kept on this computer (POP3 downloads, local folders) as a standard Maildir++ tree that
/// mutt, dovecot and other Maildir readers understand and that a person can inspect with ls.
///
/// Contract: the root directory is the INBOX (cur/, new/, tmp/); a folder "Archive/2024" is the
/// directory ".Archive.2024" beside them, holding its own cur/, new/, tmp/ and an empty
/// "maildirfolder" file. Folder names therefore cannot contain '.', and '/' separates levels.
/// Messages are delivered safely: written into tmp/ under a unique name
/// (seconds.M<microseconds>P<pid>Q<counter>.<host>), flushed to the disk, given the message date as
/// mtime, then renamed into new/ (no flags) or cur/ (name + ":2," + flags in ASCII order). A
/// message's id is that unique name; it never changes, even when its flags do. On Windows the info
/// separator is ';' instead of ':' (as isync does), and both are understood when reading.
/// Nothing is ever deleted unless removeMessage() is called. Failures return false or an empty
/// value and fill *error with a sentence (ErrorKind::LocalIo). All methods are reentrant: one
/// MaildirStore per thread, or several on the same tree, is fine.
class MaildirStore
{
    Q_DECLARE_TR_FUNCTIONS(postier::protocols::MaildirStore)
public:
    /// The name of the root folder.
    [[nodiscard]] static QString inboxName() { return QStringLiteral("INBOX"); }

    explicit MaildirStore(QString rootPath);

    [[nodiscard]] QString rootPath() const { return m_root; }

    /// Creates the root Maildir (and missing parent directories) if needed.
    bool open(Error *error = nullptr);
    /// True when the root has cur/, new/ and tmp/.
    [[nodiscard]] bool exists() const;

    /// "INBOX" first, then every other folder in alphabetical order ("Archive", "Archive/2024").
    [[nodiscard]] QStringList folders() const;
    [[nodiscard]] bool hasFolder(const QString &name) const;
    /// Creates the folder (no-op when it exists). Parent levels are not created: Maildir++ does
    /// not need them.
    bool createFolder(const QString &name, Error *error = nullptr);
    /// The folder's directory, or an empty string when the name is not valid.
    [[nodiscard]] QString folderPath(const QString &name) const;
    /// Whether `name` can be a folder here; if not, *reason says why in a sentence.
    [[nodiscard]] static bool isValidFolderName(const QString &name, QString *reason = nullptr);

    /// Starts a streaming delivery into an existing folder; null on failure.
    [[nodiscard]] std::unique_ptr<MaildirDelivery> beginDelivery(const QString &folder,
                                                                 Error *error = nullptr);
    /// Delivers everything `data` yields (read in chunks, never all at once). `flags` are Maildir
    /// letters in any order (D draft, F flagged, P passed, R replied, S seen, T trashed, a-z
    /// keywords); with no flags the message goes to new/. `unixTime` is the arrival date in
    /// seconds since the epoch, 0 for now. Returns the new message's id, or empty on failure.
    [[nodiscard]] QString deliver(const QString &folder, QIODevice &data, const QString &flags = {},
                                  qint64 unixTime = 0, Error *error = nullptr);
    [[nodiscard]] QString deliver(const QString &folder, const QByteArray &data,
                                  const QString &flags = {}, qint64 unixTime = 0,
                                  Error *error = nullptr);

    /// Calls `visit` for each message of the folder (new/ first, then cur/, in directory order)
    /// without building a list; `visit` returns false to stop early.
    void forEachMessage(const QString &folder,
                        const std::function<bool(const MaildirMessage &)> &visit) const;
    /// All messages of the folder; for small folders and tests.
    [[nodiscard]] QList<MaildirMessage> messages(const QString &folder) const;
    [[nodiscard]] std::optional<MaildirMessage> message(const QString &folder,
                                                        const QString &id) const;
    /// Opens a message for reading, or returns null and fills *error.
    [[nodiscard]] std::unique_ptr<QFile> openMessage(const QString &folder, const QString &id,
                                                     Error *error = nullptr) const;
    /// The whole message, byte for byte; for small messages and tests.
    [[nodiscard]] QByteArray readMessage(const QString &folder, const QString &id,
                                         Error *error = nullptr) const;

    /// Replaces the message's flags by renaming it into cur/ with the new info suffix. The id
    /// and the mtime stay the same.
    bool setFlags(const QString &folder, const QString &id, const QString &flags,
                  Error *error = nullptr);
    /// Deletes the message file. The only method that deletes anything.
    bool removeMessage(const QString &folder, const QString &id, Error *error = nullptr);

    // With a hint: `hint` is where the message was last seen, relative to its folder directory
    // ("cur/<id>:2,S" or "new/<id>", see relativePath()); when the file is still there it costs
    // one stat instead of a directory listing, which matters in folders of thousands. A wrong or
    // empty hint only makes the call slower.

    /// message() with a hint.
    [[nodiscard]] std::optional<MaildirMessage> locate(const QString &folder, const QString &id,
                                                       const QString &hint) const;
    /// setFlags() with a hint; returns the message as it is now (its new path), or nothing.
    std::optional<MaildirMessage> changeFlags(const QString &folder, const QString &id,
                                              const QString &flags, const QString &hint,
                                              Error *error = nullptr);
    /// Moves the message into another folder of this store by renaming its file (same file
    /// system, so nothing is copied and nothing can be half-done): it keeps its id, flags and
    /// mtime, and stays in new/ if it was there. Returns it as it is now in `to`.
    std::optional<MaildirMessage> moveMessage(const QString &from, const QString &id,
                                              const QString &to, const QString &hint,
                                              Error *error = nullptr);
    /// Copies the message into another folder (a new delivery with the same flags and arrival
    /// date); returns the copy's id, or empty on failure.
    [[nodiscard]] QString copyMessage(const QString &from, const QString &id, const QString &to,
                                      const QString &hint, Error *error = nullptr);
    /// "cur/<file name>" or "new/<file name>": where the message is inside its folder directory.
    [[nodiscard]] static QString relativePath(const MaildirMessage &message);

    /// Flag letters reduced to the valid ones, without duplicates, in ASCII order.
    [[nodiscard]] static QString normalizedFlags(const QString &flags);
    /// Conversions from and to the MessageFlag bits of protocols/imap/MessageFlags.h
    /// (Seen S, Answered R, Flagged F, Deleted T, Draft D, Forwarded P; Recent has no letter).
    [[nodiscard]] static QString flagsFromBits(quint8 bits);
    [[nodiscard]] static quint8 bitsFromFlags(const QString &flags);

    /// The character between the id and "2,FLAGS" in file names on this system.
    [[nodiscard]] static QChar infoSeparator();
    /// A fresh unique base name; for MaildirDelivery.
    [[nodiscard]] static QString uniqueName();
    /// The sentence for a failed local file operation. `action` is what we were doing ("save the
    /// message"), `errnoValue` the C errno (0 if unknown), `systemText` the system's own words.
    [[nodiscard]] static Error localIoError(const QString &action, const QString &path,
                                            int errnoValue, const QString &systemText);

private:
    [[nodiscard]] std::optional<MaildirMessage> describe(const QString &folder, const QString &dir,
                                                         const QString &fileName, bool isNew) const;

    QString m_root;
};

} // namespace postier::protocols
