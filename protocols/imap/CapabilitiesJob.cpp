#include "protocols/imap/CapabilitiesJob.h"

#include "protocols/imap/ImapSession.h"

namespace postier::protocols {

QString CapabilitiesJob::description() const
{
    return tr("Checking the server’s capabilities");
}

bool CapabilitiesJob::hasCapability(const QByteArray &name) const
{
    return m_capabilities.contains(name.toUpper());
}

void CapabilitiesJob::runImap(ImapSession &session)
{
    m_capabilities = session.capabilities();
    m_separator = session.separator();
}

} // namespace postier::protocols
