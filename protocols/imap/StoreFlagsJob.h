#pragma once

#include "protocols/imap/ImapJob.h"
#include "protocols/imap/MessageFlags.h"

#include <QVector>

namespace postier::protocols {

/// Adds, removes or replaces flags on a set of messages, by UID.
///
/// Opens the folder read-write (SELECT) and sends `UID STORE <set> +FLAGS.SILENT (<flags>)`
/// (Add), `-FLAGS.SILENT` (Remove) or `FLAGS.SILENT` (Replace), cut into several commands when
/// the UID set is long. Flags are system flags and keywords ($Forwarded, $Label1, Junk...);
/// \Recent cannot be stored and is ignored. UIDs that no longer exist are skipped silently, as
/// the server does. A keyword the folder does not accept (no \* in PERMANENTFLAGS) or a folder
/// opened read-only by the server fails with the server's words.
class StoreFlagsJob : public ImapJob
{
    Q_OBJECT
public:
    enum class Operation { Add, Remove, Replace };

    StoreFlagsJob(const QByteArray &rawFolderName, const QVector<quint32> &uids,
                  const MessageFlags &flags, Operation operation, QObject *parent = nullptr);

    [[nodiscard]] QString description() const override;
    [[nodiscard]] Operation operation() const { return m_operation; }

protected:
    void runImap(ImapSession &session) override;

private:
    QByteArray m_folder;
    QVector<quint32> m_uids;
    MessageFlags m_flags;
    Operation m_operation;
};

} // namespace postier::protocols
