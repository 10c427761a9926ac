#pragma once

#include "protocols/pop3/Pop3Job.h"
#include "protocols/pop3/Pop3MessageInfo.h"

#include <QStringList>

namespace postier::protocols {

/// Downloads chosen messages (RETR) into a folder of a local MaildirStore, one file per message,
/// streamed straight to disk: a message is never held in memory whole.
///
/// Contract: choose the messages by UIDL (setUids(), the robust way: the job lists the maildrop
/// as it is now and maps them to numbers; UIDLs the server no longer has are reported in
/// missingUids(), not as an error) or by number (setNumbers(): numbers from a Pop3ListJob run
/// just before on the same Connection; a number out of range fails with ErrorKind::NotFound).
/// Each stored message is committed before the next starts, so after a failure stored() still
/// lists what is safely on disk. Line ends are stored as LF, as Maildir readers expect. Nothing
/// is deleted on the server, and no UIDL record is kept (that is Pop3FetchJob's job). Not
/// retryable: running it again stores the messages again.
class Pop3RetrieveJob : public Pop3Job
{
    Q_OBJECT
public:
    explicit Pop3RetrieveJob(QString storeRoot, QObject *parent = nullptr);
    [[nodiscard]] QString description() const override;
    [[nodiscard]] bool isRetryable() const override { return false; }

    void setUids(const QStringList &uids) { m_uids = uids; }
    void setNumbers(const QList<int> &numbers) { m_numbers = numbers; }
    /// The MaildirStore folder to store into; it must exist. INBOX by default.
    void setFolder(const QString &folder) { m_folder = folder; }

    [[nodiscard]] const QList<Pop3StoredMessage> &stored() const { return m_stored; }
    [[nodiscard]] const QStringList &missingUids() const { return m_missing; }

protected:
    void runPop3(Pop3Session &session) override;

private:
    QString m_root;
    QString m_folder;
    QStringList m_uids;
    QList<int> m_numbers;
    QList<Pop3StoredMessage> m_stored;
    QStringList m_missing;
};

} // namespace postier::protocols
