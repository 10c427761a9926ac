#pragma once

#include "protocols/imap/FolderInfo.h"
#include "protocols/imap/ImapJob.h"

#include <QByteArrayList>
#include <QHash>

namespace postier::protocols {

/// Reads the counters of several folders without opening them.
///
/// Sends one `STATUS <folder> (MESSAGES UNSEEN RECENT UIDNEXT UIDVALIDITY [HIGHESTMODSEQ])` per
/// folder (HIGHESTMODSEQ when the server has CONDSTORE), pipelined a few dozen at a time. Folders
/// are raw (modified UTF-7) names as in FolderInfo::rawName. A folder the server refuses
/// (missing, \Noselect, no permission) gets its own Error with a sentence in errors() while the
/// others still get their FolderStatus in statuses(): the job itself fails only when the
/// connection does. Both maps are keyed by the names exactly as given.
class FolderStatusJob : public ImapJob
{
    Q_OBJECT
public:
    explicit FolderStatusJob(const QByteArrayList &rawFolderNames, QObject *parent = nullptr);

    [[nodiscard]] QString description() const override;
    [[nodiscard]] const QHash<QByteArray, FolderStatus> &statuses() const { return m_statuses; }
    [[nodiscard]] const QHash<QByteArray, Error> &errors() const { return m_errors; }

protected:
    void runImap(ImapSession &session) override;

private:
    QByteArrayList m_folders;
    QHash<QByteArray, FolderStatus> m_statuses;
    QHash<QByteArray, Error> m_errors;
};

} // namespace postier::protocols
