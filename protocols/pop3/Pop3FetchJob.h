#pragma once

#include "protocols/pop3/Pop3Job.h"
#include "protocols/pop3/Pop3MessageInfo.h"

#include <QStringList>

namespace postier::protocols {

/// Checks a POP3 account for new mail: downloads every message not downloaded before into a local
/// MaildirStore and, if asked, deletes from the server what is safely stored.
///
/// Contract: the store (created if missing) keeps a Pop3UidlRecord. The job lists the maildrop as
/// it is now, skips every message whose UIDL is recorded, and streams each other one into the
/// folder (INBOX by default), recording its UIDL, local id and the fetch time only after the
/// message is committed to disk, so a crash or a cut at any moment loses nothing and at worst
/// downloads one message twice. Then, unless leave-on-server is on (the default), it deletes
/// from the server every listed message whose UIDL is recorded; with leave-on-server on and
/// deleteAfterDays N > 0, it deletes those recorded more than N days ago. Deletion is confirmed
/// as in Pop3DeleteJob. Finally it forgets UIDLs the server no longer has. Running it again
/// downloads nothing new. Needs UIDL: a server without it fails with ErrorKind::Protocol before
/// anything is downloaded. Progress counts messages. After a failure the counts and storedIds()
/// still describe what was done. Retryable: the record makes a rerun harmless, and after a retry
/// the counts cover the whole job (fetched plus skipped is the number of messages listed).
class Pop3FetchJob : public Pop3Job
{
    Q_OBJECT
public:
    explicit Pop3FetchJob(QString storeRoot, QObject *parent = nullptr);
    [[nodiscard]] QString description() const override;

    void setLeaveOnServer(bool leave) { m_leaveOnServer = leave; }
    [[nodiscard]] bool leaveOnServer() const { return m_leaveOnServer; }
    /// With leave-on-server: delete messages fetched more than `days` days ago; 0 keeps them all.
    void setDeleteAfterDays(int days) { m_deleteAfterDays = days; }
    [[nodiscard]] int deleteAfterDays() const { return m_deleteAfterDays; }
    void setFolder(const QString &folder) { m_folder = folder; }

    [[nodiscard]] int fetchedCount() const { return int(m_stored.size()); }
    /// Messages on the server that were already downloaded.
    [[nodiscard]] int skippedCount() const { return m_skipped; }
    [[nodiscard]] int deletedCount() const { return int(m_deleted.size()); }
    [[nodiscard]] const QList<Pop3StoredMessage> &stored() const { return m_stored; }
    /// The local ids of the messages downloaded by this run.
    [[nodiscard]] QStringList storedIds() const;
    [[nodiscard]] const QStringList &deletedUids() const { return m_deleted; }

protected:
    void runPop3(Pop3Session &session) override;

private:
    QString m_root;
    QString m_folder;
    bool m_leaveOnServer = true;
    int m_deleteAfterDays = 0;
    QList<Pop3StoredMessage> m_stored;
    QStringList m_deleted;
    int m_skipped = 0;
};

} // namespace postier::protocols
