#pragma once

#include "protocols/imap/ImapJob.h"

namespace postier::protocols {

/// Creates one folder that can hold messages.
///
/// Sends `CREATE <name>` for a raw (modified UTF-7) name whose components are joined with the
/// server's separator, e.g. imap::encodeMailboxName(u"Projects/Été"). A trailing separator is
/// removed first: on dovecot's LAYOUT=fs, `CREATE "name/"` makes a \Noselect directory that can
/// never hold mail. Missing parent folders are not created by the job; servers that need them
/// make them themselves (dovecot does). Commands go out raw rather than through vmime, whose
/// modified UTF-7 conversion garbles names containing '+' ("C++" becomes "C&,,0-"). A name that
/// already exists fails with the server's words (ErrorKind::ServerRefused).
class CreateFolderJob : public ImapJob
{
    Q_OBJECT
public:
    explicit CreateFolderJob(const QByteArray &rawFolderName, QObject *parent = nullptr);

    [[nodiscard]] QString description() const override;
    /// The name actually created (without a trailing separator), once the job has run.
    [[nodiscard]] const QByteArray &createdName() const { return m_created; }

protected:
    void runImap(ImapSession &session) override;

private:
    QByteArray m_folder;
    QByteArray m_created;
};

} // namespace postier::protocols
