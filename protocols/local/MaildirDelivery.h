#pragma once

#include "protocols/Error.h"

#include <QCoreApplication>
#include <QFile>
#include <QString>

#include <memory>

namespace postier::protocols {

class MaildirStore;

/// One message being written into a MaildirStore, for data that arrives in pieces (a POP3 RETR,
/// an IMAP FETCH, a file being imported).
///
/// Contract: created by MaildirStore::beginDelivery(), which has already created a uniquely named
/// file in the folder's tmp/. write() appends bytes straight to that file, so a large message is
/// never held in memory. commit() sets the file's mtime to the message date, flushes it to the
/// disk (fsync), and only then renames it into new/ (no flags) or cur/ (with ":2,FLAGS"), so other
/// programs see either the complete message or nothing. abort(), or destroying an uncommitted
/// delivery, removes the tmp/ file. After the first failure every further call fails with the same
/// Error, whose sentence says what happened (disk full, permission denied...).
class MaildirDelivery
{
    Q_DECLARE_TR_FUNCTIONS(postier::protocols::MaildirDelivery)
public:
    ~MaildirDelivery();
    MaildirDelivery(const MaildirDelivery &) = delete;
    MaildirDelivery &operator=(const MaildirDelivery &) = delete;

    /// Appends bytes; returns false (see error()) when the disk refused them.
    bool write(const char *data, qint64 size);
    bool write(const QByteArray &data) { return write(data.constData(), data.size()); }

    /// Makes the message visible in its folder and returns its id; empty on failure.
    /// `flags` as for MaildirStore::deliver(); `unixTime` 0 means now.
    [[nodiscard]] QString commit(const QString &flags = {}, qint64 unixTime = 0);
    /// Drops the partial message. Safe to call more than once.
    void abort();

    [[nodiscard]] qint64 bytesWritten() const { return m_written; }
    [[nodiscard]] const Error &error() const { return m_error; }
    [[nodiscard]] bool isCommitted() const { return m_committed; }
    /// The tmp/ file while the delivery is open; for tests that check it stays invisible.
    [[nodiscard]] QString temporaryPath() const { return m_file.fileName(); }

private:
    friend class MaildirStore;
    MaildirDelivery(QString folderDir, QString folderName, QString id);
    bool openFile();
    void fail(const QString &what, int errnoValue);

    QString m_folderDir;
    QString m_folderName;
    QString m_id;
    QFile m_file;
    qint64 m_written = 0;
    Error m_error;
    bool m_committed = false;
    bool m_created = false; ///< The tmp/ file is ours to remove.
};

} // namespace postier::protocols
