#pragma once

#include "protocols/imap/ImapJob.h"

#include <QByteArrayList>
#include <QChar>

namespace postier::protocols {

/// Reports what the IMAP server offers, as the session learnt it right after logging in.
///
/// Connects (if the connection is not open yet), then copies the post-login CAPABILITY list
/// (upper-cased: "IDLE", "MOVE", "UIDPLUS", "AUTH=PLAIN"...) and the personal namespace's
/// hierarchy separator ('/' or '.', null for a flat namespace). It sends nothing of its own, so
/// it is also the cheapest way to check that an account's settings and password work.
class CapabilitiesJob : public ImapJob
{
    Q_OBJECT
public:
    using ImapJob::ImapJob;

    [[nodiscard]] QString description() const override;
    [[nodiscard]] const QByteArrayList &capabilities() const { return m_capabilities; }
    /// Case-insensitive: hasCapability("idle").
    [[nodiscard]] bool hasCapability(const QByteArray &name) const;
    [[nodiscard]] QChar separator() const { return m_separator; }

protected:
    void runImap(ImapSession &session) override;

private:
    QByteArrayList m_capabilities;
    QChar m_separator;
};

} // namespace postier::protocols
