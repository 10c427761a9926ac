#pragma once

#include "protocols/imap/ImapJob.h"

#include <QVector>

namespace postier::protocols {

/// Permanently removes messages marked \Deleted from a folder.
///
/// Opens the folder read-write (SELECT). With UIDs given, sends `UID EXPUNGE <set>` (UIDPLUS),
/// which removes only those of the given messages that carry \Deleted, and is refused with a
/// sentence on a server without UIDPLUS rather than falling back to a plain EXPUNGE that would
/// also remove what others marked. With no UIDs, sends `EXPUNGE`: every \Deleted message goes.
/// expungedCount() is the number of messages the server reported removed.
class ExpungeJob : public ImapJob
{
    Q_OBJECT
public:
    explicit ExpungeJob(const QByteArray &rawFolderName, const QVector<quint32> &uids = {},
                        QObject *parent = nullptr);

    [[nodiscard]] QString description() const override;
    [[nodiscard]] int expungedCount() const { return m_expunged; }

protected:
    void runImap(ImapSession &session) override;

private:
    QByteArray m_folder;
    QVector<quint32> m_uids;
    int m_expunged = 0;
};

} // namespace postier::protocols
