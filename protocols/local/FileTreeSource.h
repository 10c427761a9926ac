#pragma once

#include "protocols/local/LocalSource.h"

#include <QHash>
#include <QMutex>

namespace postier::protocols {

/// What the file-based sources share once they have found their folders: each folder is an mbox
/// file, a Maildir directory (cur/new), a directory of .eml files, a single .eml file, or a level
/// that only holds subfolders. MaildirSource, MboxSource, ThunderbirdSource and EmlSource only
/// discover folders (in their constructors or factories) and name themselves; reading is here.
///
/// Per store: Maildir ids are the unique base names, flags come from the ":2," info (S R F D T P,
/// keyword letters ignored) or, for a file without info (Thunderbird's maildir store), from
/// X-Mozilla-Status; internalDate is the file mtime. .eml ids are file names (sorted); flags come
/// from X-Mozilla-Status or Status/X-Status; internalDate is the Date header, else the mtime; an
/// mbox envelope line that some tools leave at the top of an .eml file is not part of the message.
/// mbox: see LocalSource. Folders are found once, when the source is created; folders() never
/// fails.
class FileTreeSource : public LocalSource
{
public:
    ~FileTreeSource() override;

    [[nodiscard]] QString description() const override { return m_description; }
    [[nodiscard]] QList<LocalSourceFolder> folders(Error *error) const override;
    bool forEachMessage(const QString &folder,
                        const std::function<bool(const LocalSourceMessage &)> &visit,
                        Error *error) const override;
    [[nodiscard]] std::unique_ptr<QIODevice> openMessage(const QString &folder, const QString &id,
                                                         Error *error) const override;
    [[nodiscard]] qint64 skippedDeleted(const QString &folder) const override;

protected:
    enum class Store { Container, Mbox, Maildir, EmlDirectory, EmlFile };

    FileTreeSource(const LocalSourceOptions &options, QString description);

    /// Adds a folder ("Archive/2024"). A path already taken by a level without messages is
    /// replaced; one taken by messages gets " (2)", " (3)"... so that nothing is hidden.
    void addFolder(const QString &path, Store store, const QString &location);
    /// Call once after the last addFolder(): adds the missing parent levels, sorts (INBOX first,
    /// then by name, parents before children) and guesses the special uses. `accountDepth` is 1
    /// when the top level names accounts (a whole Thunderbird profile), else 0.
    void finishFolders(int accountDepth);
    [[nodiscard]] bool hasFolders() const { return !m_entries.isEmpty(); }
    /// For mbox folders, take the date of the topmost Received field (where the message arrived)
    /// over the envelope date when there is one: Thunderbird writes the time of each copy or
    /// download into the envelope, so a moved or synchronised message would otherwise get that.
    void setPreferReceivedDate(bool prefer) { m_preferReceived = prefer; }

    /// A directory holding cur/ (and new/ unless `curIsEnough`).
    [[nodiscard]] static bool isMaildirDirectory(const QString &dir, bool curIsEnough = false);
    /// The file's first bytes are "From ".
    [[nodiscard]] static bool startsLikeMbox(const QString &filePath);
    /// A directory or file name that should never be read as mail ("." files).
    [[nodiscard]] static bool isHidden(const QString &name) { return name.startsWith(QLatin1Char('.')); }

private:
    struct Entry {
        LocalSourceFolder folder;
        Store store = Store::Container;
        QString location;
    };

    [[nodiscard]] const Entry *find(const QString &folder) const;
    bool forEachMbox(const Entry &entry, const std::function<bool(const LocalSourceMessage &)> &visit,
                     Error *error) const;
    bool forEachMaildir(const Entry &entry,
                        const std::function<bool(const LocalSourceMessage &)> &visit,
                        Error *error) const;
    bool forEachEml(const Entry &entry, const std::function<bool(const LocalSourceMessage &)> &visit,
                    Error *error) const;
    [[nodiscard]] std::unique_ptr<QIODevice> openMbox(const Entry &entry, const QString &id,
                                                      Error *error) const;
    [[nodiscard]] std::unique_ptr<QIODevice> openFile(const QString &path, bool skipEnvelope,
                                                      Error *error) const;

    LocalSourceOptions m_options;
    bool m_preferReceived = false;
    QString m_description;
    QList<Entry> m_entries;
    mutable QMutex m_mutex; // guards the two caches below
    mutable QHash<QString, qint64> m_skipped;
    /// Maildir folder directory -> message id -> where the last listing saw it ("cur/<name>"),
    /// so that openMessage() costs one stat instead of a listing of cur/ per message.
    mutable QHash<QString, QHash<QString, QString>> m_maildirHints;
};

} // namespace postier::protocols
