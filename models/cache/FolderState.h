#pragma once

#include <QDateTime>
#include <QtGlobal>

namespace postier::models {

/// What the offline cache knows about one folder, read by HeaderCache::folderState(). The sync
/// values (uidValidity, highestModSeq, uidNext) describe what the cache holds, so a sync starts
/// from them: a zero means "unknown", and calls for a full fetch.
struct FolderState {
    qint64 folderId = 0;        ///< 0 when the folder is not in the cache
    quint32 uidValidity = 0;
    quint64 highestModSeq = 0;
    quint32 uidNext = 0;
    int cachedMessages = 0;     ///< Headers stored in the cache
    quint32 serverMessages = 0; ///< MESSAGES / EXISTS at the last completed sync
    quint32 serverUnseen = 0;   ///< UNSEEN at the last completed sync
    QDateTime lastSync;         ///< UTC; invalid if the folder was never synced

    [[nodiscard]] bool isValid() const { return folderId > 0; }
};

} // namespace postier::models
