#pragma once

#include <QCoreApplication>
#include <QHash>
#include <QSqlDatabase>
#include <QString>

namespace postier::models {

/// The migration's record on disk (SQLite): which source message went where, which the server
/// refused and why, and how folders were mapped. Written in one transaction after each confirmed
/// batch of APPENDs, with synchronous = FULL, so that after a crash, `kill -9`, a power loss or a
/// cut connection a rerun knows what is done. The destination's own listing stays the final word
/// on what exists there (a message appended but not yet journalled when the process died is found
/// there by its key and not uploaded twice).
///
/// One journal belongs to one source and one destination: open() refuses a journal written for
/// another pair.
class MigrationJournal
{
    Q_DECLARE_TR_FUNCTIONS(postier::models::MigrationJournal)
public:
    struct Copied {
        QString destFolder;
        quint32 uidValidity = 0;
        quint32 uid = 0;
    };

    MigrationJournal();
    ~MigrationJournal();
    MigrationJournal(const MigrationJournal &) = delete;
    MigrationJournal &operator=(const MigrationJournal &) = delete;

    /// Opens or creates the journal at `path` for this source and destination.
    bool open(const QString &path, const QString &source, const QString &destination, QString *error);
    [[nodiscard]] QString path() const { return m_path; }
    /// True when an earlier run left records (the next run is a resume).
    [[nodiscard]] bool hasRecords() const;

    /// What was copied out of one source folder: source id → where it went.
    [[nodiscard]] QHash<QString, Copied> copied(const QString &sourceFolder) const;
    /// The sentence recorded when the server refused a message, or empty.
    [[nodiscard]] QHash<QString, QString> refused(const QString &sourceFolder) const;

    /// Before a batch goes out: its messages' keys, so that a later run knows which copies on the
    /// server Postier may have made even when the process died before the server confirmed them.
    bool recordSending(const QString &sourceFolder, const QVector<QPair<QString, QByteArray>> &idsAndKeys,
                       QString *error);
    /// How many times each key of the folder was sent, in every run.
    [[nodiscard]] QHash<QByteArray, int> sentCounts(const QString &sourceFolder) const;
    /// Whether a batch was sent and never confirmed nor refused (the process died meanwhile).
    [[nodiscard]] bool hasUnconfirmedSends() const;

    /// A batch: begin(), any number of recordCopied()/recordRefused(), commit().
    bool begin(QString *error);
    void recordCopied(const QString &sourceFolder, const QString &sourceId, const QByteArray &key,
                      const Copied &where);
    void recordRefused(const QString &sourceFolder, const QString &sourceId, const QByteArray &key,
                       const QString &destFolder, const QString &sentence);
    bool commit(QString *error);

    void recordFolder(const QString &sourceFolder, const QString &destFolder, const QString &reason);
    /// source folder → (destination folder, why it was renamed or empty).
    [[nodiscard]] QHash<QString, QPair<QString, QString>> folders() const;

    /// The default place of the journal for a source and a destination, under the app's data.
    [[nodiscard]] static QString defaultPath(const QString &source, const QString &destination);

private:
    bool exec(const QString &sql, QString *error);

    QString m_connection;
    QString m_path;
    QSqlDatabase m_db;
    QString m_failure; // the first failed write of a batch, reported by commit()
};

} // namespace postier::models
