#pragma once

#include "protocols/imap/ImapJob.h"

#include <QMap>
#include <QVector>

namespace postier::protocols {

/// Moves messages, by UID, from one folder into another and reports which new UID each one got.
///
/// Opens the source read-write (SELECT). With MOVE (RFC 6851) it sends `UID MOVE <set> <dest>`
/// and reads the mapping from the `[COPYUID ...]` the server sends with it. Without MOVE it
/// copies (`UID COPY`), marks exactly the copied UIDs `\Deleted` and removes exactly those with
/// `UID EXPUNGE`, which needs UIDPLUS; a server with neither MOVE nor UIDPLUS is refused with a
/// sentence before anything changes, because a plain EXPUNGE would also remove messages that
/// someone else marked \Deleted. Long UID sets are cut into several rounds; if a round fails,
/// the earlier rounds are complete and in uidMapping(). UIDs that no longer exist are skipped.
/// Never retried automatically.
class MoveMessagesJob : public ImapJob
{
    Q_OBJECT
public:
    MoveMessagesJob(const QByteArray &rawSourceFolder, const QVector<quint32> &uids,
                    const QByteArray &rawDestinationFolder, QObject *parent = nullptr);

    /// false forces COPY + STORE + UID EXPUNGE even where MOVE is offered, for servers whose MOVE
    /// misbehaves.
    void setUseMoveCommand(bool use) { m_useMove = use; }

    [[nodiscard]] QString description() const override;
    [[nodiscard]] bool isRetryable() const override { return false; }
    [[nodiscard]] bool hasMapping() const { return m_hasMapping; }
    [[nodiscard]] const QMap<quint32, quint32> &uidMapping() const { return m_mapping; }
    [[nodiscard]] quint32 destinationUidValidity() const { return m_destinationUidValidity; }
    /// Whether the server's MOVE command did the work (false: COPY + STORE + UID EXPUNGE).
    [[nodiscard]] bool usedMoveCommand() const { return m_usedMove; }

protected:
    void runImap(ImapSession &session) override;

private:
    void noteCopyUid(const QByteArray &code, QVector<quint32> *copiedSources);

    QByteArray m_source;
    QByteArray m_destination;
    QVector<quint32> m_uids;
    bool m_useMove = true;
    bool m_usedMove = false;
    QMap<quint32, quint32> m_mapping;
    quint32 m_destinationUidValidity = 0;
    bool m_hasMapping = false;
};

} // namespace postier::protocols
