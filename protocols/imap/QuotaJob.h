#pragma once

#include "protocols/imap/ImapJob.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <string_view>

namespace postier::protocols {

/// One resource of a quota root (RFC 9208): "STORAGE" in units of 1024 octets, "MESSAGE" in
/// messages.
struct QuotaResource {
    QByteArray name;   ///< upper case: "STORAGE", "MESSAGE", ...
    qint64 usage = 0;
    qint64 limit = 0;
};

/// One quota root with its limits, as `* QUOTA "root" (STORAGE 10 512)` reports it.
struct QuotaRoot {
    QString name;      ///< "User quota"; may be empty (dovecot's default root is "")
    QList<QuotaResource> resources;
};

/// Asks how full the mailbox may get: `GETQUOTAROOT <folder>` (INBOX by default) on the raw
/// channel, when the server advertises QUOTA (RFC 2087/9208).
///
/// Contract: never fails because of quotas themselves. Without the QUOTA capability, or when the
/// server answers NO (some servers do for a mailbox without a quota), the job succeeds with
/// supported() false or with no roots; the server's words of a NO are in refusal(). A root
/// without resources (dovecot with "storage=0") means unlimited. storageUsed()/storageLimit()
/// give the tightest STORAGE limit of all roots in bytes, or -1 when no root limits storage.
/// Network errors and timeouts fail as any job does. Nothing on the server changes.
class QuotaJob : public ImapJob
{
    Q_OBJECT
public:
    explicit QuotaJob(const QByteArray &rawFolderName = QByteArrayLiteral("INBOX"),
                      QObject *parent = nullptr);

    [[nodiscard]] QString description() const override;

    /// The server advertises QUOTA.
    [[nodiscard]] bool supported() const { return m_supported; }
    [[nodiscard]] const QList<QuotaRoot> &roots() const { return m_roots; }
    /// Bytes used and allowed under the tightest STORAGE limit; -1 when unknown or unlimited.
    [[nodiscard]] qint64 storageUsed() const;
    [[nodiscard]] qint64 storageLimit() const;
    /// The server's words when it refused GETQUOTAROOT; empty otherwise.
    [[nodiscard]] QString refusal() const { return m_refusal; }

    /// Parses `* QUOTA root (RES usage limit ...)`; false when the response is not QUOTA data.
    [[nodiscard]] static bool parseQuota(std::string_view response, QuotaRoot *out);
    /// Parses `* QUOTAROOT mailbox root...` into the root names; false when it is not one.
    [[nodiscard]] static bool parseQuotaRoot(std::string_view response, QStringList *roots);

protected:
    void runImap(ImapSession &session) override;

private:
    [[nodiscard]] const QuotaResource *tightestStorage() const;

    QByteArray m_folder;
    bool m_supported = false;
    QList<QuotaRoot> m_roots;
    QString m_refusal;
};

} // namespace postier::protocols
