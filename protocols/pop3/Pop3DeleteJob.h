#pragma once

#include "protocols/pop3/Pop3Job.h"

#include <QStringList>

namespace postier::protocols {

/// Deletes messages from the POP3 server by UIDL, and makes sure they are gone.
///
/// Contract: lists the maildrop as it is now and maps each UIDL to its current number (UIDLs the
/// server no longer has go to missingUids(), not an error), sends DELE for each, then QUIT, which
/// is when a POP3 server really deletes. It then logs in again and lists the maildrop to confirm:
/// deletedUids() holds the UIDLs that are really gone, and if the server kept any the job fails
/// with ErrorKind::ServerRefused. If anything fails before QUIT, RSET undoes the marks, so nothing
/// half-done is committed later. Retryable: UIDLs already gone are simply missing the second time.
class Pop3DeleteJob : public Pop3Job
{
    Q_OBJECT
public:
    explicit Pop3DeleteJob(const QStringList &uids, QObject *parent = nullptr);
    [[nodiscard]] QString description() const override;

    [[nodiscard]] const QStringList &deletedUids() const { return m_deleted; }
    [[nodiscard]] const QStringList &missingUids() const { return m_missing; }

protected:
    void runPop3(Pop3Session &session) override;

private:
    QStringList m_uids;
    QStringList m_deleted;
    QStringList m_missing;
};

} // namespace postier::protocols
