#pragma once

#include "protocols/imap/ImapJob.h"
#include "protocols/imap/FolderInfo.h"
#include "protocols/imap/MessageFlags.h"

#include <QByteArray>
#include <QByteArrayList>
#include <QVector>

namespace postier::protocols {

/// What identifies one message on the server without its body: the header fields that make up
/// its identity, its size, flags and INTERNALDATE.
struct MessageIdentity {
    quint32 uid = 0;
    quint32 size = 0;          ///< RFC822.SIZE
    qint64 internalDate = 0;   ///< seconds since the epoch, UTC
    MessageFlags flags;
    QByteArray fields;         ///< The raw header fields, as BODY[HEADER.FIELDS (...)] returned them
};

/// Lists every message of a folder by identity (for the migration's dedup and verification):
/// one `UID FETCH 1:* (UID RFC822.SIZE FLAGS INTERNALDATE BODY.PEEK[HEADER.FIELDS (<fields>)])`
/// over EXAMINE, parsed by the fast parser; nothing is marked read. The folder's UIDVALIDITY is
/// in status(). The result for 100k messages is a few MB; it is handed over once at the end.
class FetchIdentityJob : public ImapJob
{
    Q_OBJECT
public:
    /// `fields`: header names, e.g. {"MESSAGE-ID", "DATE", "FROM"}.
    FetchIdentityJob(const QByteArray &rawFolderName, const QByteArrayList &fields,
                     QObject *parent = nullptr);

    [[nodiscard]] QString description() const override;
    [[nodiscard]] const QVector<MessageIdentity> &messages() const { return m_messages; }
    [[nodiscard]] const FolderStatus &status() const { return m_status; }

protected:
    void runImap(ImapSession &session) override;

private:
    QByteArray m_folder;
    QByteArrayList m_fields;
    QVector<MessageIdentity> m_messages;
    FolderStatus m_status;
};

} // namespace postier::protocols
