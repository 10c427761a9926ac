#pragma once

#include "protocols/imap/ImapJob.h"
#include "protocols/imap/MessageFlags.h"

#include <QByteArray>

namespace postier::protocols {

/// Downloads one message, whole or one MIME part, by UID.
///
/// Opens the folder read-only (EXAMINE) and sends `UID FETCH <uid> (UID FLAGS INTERNALDATE
/// RFC822.SIZE BODY.PEEK[<section>])`: PEEK, so reading never marks the message \Seen. With no
/// section, content() is the complete raw RFC 822 message, byte for byte as stored; with a section
/// such as "1.2" or "2.MIME" it is that part as the server holds it (still in its transfer
/// encoding). flags(), internalDate() (seconds since the epoch, UTC) and size() come with it.
/// A UID that does not exist (the server answers OK without a FETCH) fails with
/// ErrorKind::NotFound.
class FetchMessageJob : public ImapJob
{
    Q_OBJECT
public:
    FetchMessageJob(const QByteArray &rawFolderName, quint32 uid, QObject *parent = nullptr);

    /// A body section ("1", "1.2", "HEADER", "2.MIME"); empty (the default) for the whole message.
    void setSection(const QByteArray &section) { m_section = section; }

    [[nodiscard]] QString description() const override;
    [[nodiscard]] quint32 uid() const { return m_uid; }
    [[nodiscard]] const QByteArray &content() const { return m_content; }
    [[nodiscard]] const MessageFlags &flags() const { return m_flags; }
    [[nodiscard]] qint64 internalDate() const { return m_internalDate; }
    /// RFC822.SIZE of the whole message, whatever section was fetched.
    [[nodiscard]] quint32 size() const { return m_size; }

protected:
    void runImap(ImapSession &session) override;

private:
    QByteArray m_folder;
    quint32 m_uid = 0;
    QByteArray m_section;
    QByteArray m_content;
    MessageFlags m_flags;
    qint64 m_internalDate = 0;
    quint32 m_size = 0;
};

} // namespace postier::protocols
