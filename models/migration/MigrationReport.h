#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>
#include <QVector>

namespace postier::models {

/// What happened to one source folder.
struct MigrationFolderReport {
    struct Missing {
        QString sourceId;    ///< the message in the source store (file name, mbox offset)
        QByteArray messageId;
        QString reason;      ///< a sentence: the server's refusal, or why it is not there
    };
    QString source;
    QString destination;
    QString renamedBecause;     ///< empty when the destination has the source's name
    qint64 sourceMessages = 0;  ///< messages read from the source folder
    qint64 sourceBytes = 0;
    qint64 duplicatesInSource = 0; ///< messages whose identity another one of the folder has (all are copied)
    qint64 skippedDeleted = 0;  ///< deleted in the source program but still in its file (not copied)
    qint64 alreadyThere = 0;    ///< found on the server, not uploaded again
    qint64 flagsAdded = 0;      ///< of those, how many got flags they have in the source (read, answered...)
    qint64 uploaded = 0;        ///< uploaded by this run (in a dry run: would be uploaded)
    qint64 refused = 0;         ///< refused by the server in this run
    qint64 verified = -1;       ///< found on the server at the end; -1 when not verified
    QVector<Missing> missing;   ///< source messages not on the server at the end
    QString error;              ///< a sentence when the folder could not be done at all
};

/// The result of a migration: per folder, totals, and the verdict. toText() is what the wizard
/// shows and saves and what postier-cli prints; toJson() is `postier-cli migrate --json`.
struct MigrationReport {
    Q_DECLARE_TR_FUNCTIONS(postier::models::MigrationReport)
public:
    QString source;      ///< "the Maildir /home/anna/Mail"
    QString destination; ///< "imaps://anna@mail.example.com"
    bool dryRun = false;
    bool cancelled = false;
    bool resumed = false; ///< an earlier run had left a journal
    QString error;       ///< a sentence when the run stopped before its end
    qint64 elapsedMs = 0;
    QVector<MigrationFolderReport> folders;

    [[nodiscard]] qint64 total(qint64 MigrationFolderReport::*field) const;
    [[nodiscard]] qint64 missingCount() const;
    /// Every source message is on the server, checked after the copy.
    [[nodiscard]] bool allVerified() const;
    /// One sentence: "All 1,234 messages verified." / "12 of 1,234 messages are not on the server."
    [[nodiscard]] QString summary() const;
    [[nodiscard]] QString toText() const;
    [[nodiscard]] QJsonObject toJson() const;
};

} // namespace postier::models
