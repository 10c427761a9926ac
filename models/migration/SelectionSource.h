#pragma once

#include "protocols/local/LocalSource.h"

#include <QHash>
#include <QMutex>
#include <QSet>

#include <memory>

namespace postier::models {

/// Part of another source, placed where a drop put it, for the migration engine.
///
/// Placement: the inner folder `innerRoot` appears as `outerRoot` and each folder below it
/// ("innerRoot/x") as "outerRoot/x"; the other inner folders are left out. With an empty
/// innerRoot every inner folder appears: the INBOX as outerRoot, any other folder p as
/// "outerRoot/p". Paths use '/' between levels; outerRoot is where the messages must land on the
/// server ("INBOX", "Work/Projects"), so the engine's folder mapping puts them there. Special uses
/// are dropped: what is dropped on a folder goes into that folder, not into the server's Sent.
///
/// restrict() keeps only some messages of a folder (a selection of messages). The source also
/// remembers which messages each forEachMessage() handed out, so that a move deletes exactly the
/// messages the engine copied and verified, and nothing that arrived in between.
///
/// Thread-safe as the inner source is (LocalSource's contract).
class SelectionSource : public protocols::LocalSource
{
public:
    SelectionSource(std::shared_ptr<protocols::LocalSource> inner, const QString &innerRoot,
                    const QString &outerRoot);

    /// The noun phrase for sentences (the inner source's by default).
    void setDescription(const QString &description) { m_description = description; }
    /// Only these messages (ids of the inner source) of the inner folder are visited.
    void restrict(const QString &innerFolder, const QSet<QString> &ids);

    /// The inner folder shown as `outerPath` (empty when none is).
    [[nodiscard]] QString innerPath(const QString &outerPath) const;
    /// The outer path of an inner folder (empty when it is left out).
    [[nodiscard]] QString outerPath(const QString &innerPath) const;
    /// The ids forEachMessage() handed out for the inner folder, in its last pass.
    [[nodiscard]] QStringList visited(const QString &innerFolder) const;
    /// The inner folders that had messages handed out, in the order they were read.
    [[nodiscard]] QStringList visitedFolders() const;
    [[nodiscard]] const protocols::LocalSource &inner() const { return *m_inner; }

    [[nodiscard]] QString description() const override;
    [[nodiscard]] QList<protocols::LocalSourceFolder> folders(protocols::Error *error) const override;
    bool forEachMessage(const QString &folder,
                        const std::function<bool(const protocols::LocalSourceMessage &)> &visit,
                        protocols::Error *error) const override;
    [[nodiscard]] std::unique_ptr<QIODevice> openMessage(const QString &folder, const QString &id,
                                                         protocols::Error *error) const override;
    [[nodiscard]] qint64 skippedDeleted(const QString &folder) const override;

private:
    std::shared_ptr<protocols::LocalSource> m_inner;
    QString m_innerRoot;
    QString m_outerRoot;
    QString m_description;
    QHash<QString, QSet<QString>> m_restrictions;

    mutable QMutex m_mutex; // guards the two below
    mutable QHash<QString, QStringList> m_visited;
    mutable QStringList m_visitedOrder;
};

} // namespace postier::models
