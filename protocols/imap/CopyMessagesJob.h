#pragma once

#include "protocols/imap/ImapJob.h"

#include <QMap>
#include <QVector>

namespace postier::protocols {

/// Copies messages, by UID, from one folder into another and reports which new UID each one got.
///
/// Opens the source read-only (EXAMINE) and sends `UID COPY <set> <destination>`, cut into
/// several commands for long UID sets. With UIDPLUS, each reply's `[COPYUID validity src dst]`
/// gives uidMapping() (source UID → destination UID) and destinationUidValidity(); without it the
/// mapping stays empty (hasMapping() is false) although the copy happened. UIDs that no longer
/// exist are skipped by the server and are absent from the mapping. A missing destination fails
/// with ErrorKind::NotFound ([TRYCREATE]); a full one with QuotaExceeded. When a later command
/// fails, the mapping still holds what the earlier ones copied. Never retried automatically:
/// running it twice would copy twice.
class CopyMessagesJob : public ImapJob
{
    Q_OBJECT
public:
    CopyMessagesJob(const QByteArray &rawSourceFolder, const QVector<quint32> &uids,
                    const QByteArray &rawDestinationFolder, QObject *parent = nullptr);

    [[nodiscard]] QString description() const override;
    [[nodiscard]] bool isRetryable() const override { return false; }
    [[nodiscard]] bool hasMapping() const { return m_hasMapping; }
    [[nodiscard]] const QMap<quint32, quint32> &uidMapping() const { return m_mapping; }
    [[nodiscard]] quint32 destinationUidValidity() const { return m_destinationUidValidity; }

protected:
    void runImap(ImapSession &session) override;

private:
    QByteArray m_source;
    QByteArray m_destination;
    QVector<quint32> m_uids;
    QMap<quint32, quint32> m_mapping;
    quint32 m_destinationUidValidity = 0;
    bool m_hasMapping = false;
};

} // namespace postier::protocols
