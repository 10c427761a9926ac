#pragma once

#include <QByteArray>
#include <QMetaType>
#include <QString>
#include <QVector>

namespace postier::protocols {

enum FolderAttribute : quint16 {
    FolderNoSelect = 1 << 0,
    FolderNonExistent = 1 << 1,
    FolderHasChildren = 1 << 2,
    FolderHasNoChildren = 1 << 3,
    FolderNoInferiors = 1 << 4,
    FolderSubscribed = 1 << 5,
    FolderMarked = 1 << 6,
    FolderUnmarked = 1 << 7,
    FolderRemote = 1 << 8,
};

enum class SpecialUse { None, Inbox, All, Archive, Drafts, Flagged, Junk, Sent, Trash };

/// One mailbox from LIST / LIST-EXTENDED.
struct FolderInfo {
    QByteArray rawName;   ///< As on the wire (modified UTF-7), used in commands
    QString path;         ///< Decoded, components joined by `separator`
    QChar separator;      ///< Null when the server reports NIL (flat namespace)
    quint16 attributes = 0;
    SpecialUse specialUse = SpecialUse::None;

    /// A folder that is listed but cannot hold mail: what users see greyed out.
    [[nodiscard]] bool isGhost() const
    {
        return (attributes & (FolderNoSelect | FolderNonExistent)) != 0;
    }
    [[nodiscard]] bool isSelectable() const { return !isGhost(); }
    [[nodiscard]] QString name() const
    {
        return separator.isNull() ? path : path.section(separator, -1);
    }
};

using FolderList = QVector<FolderInfo>;

/// STATUS and SELECT facts about one folder.
struct FolderStatus {
    quint32 messages = 0;
    quint32 unseen = 0;
    quint32 recent = 0;
    quint32 uidNext = 0;
    quint32 uidValidity = 0;
    quint64 highestModSeq = 0;
};

} // namespace postier::protocols

Q_DECLARE_METATYPE(postier::protocols::FolderList)
Q_DECLARE_METATYPE(postier::protocols::FolderStatus)
