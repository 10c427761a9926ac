#include "models/autoconfig/MailSettings.h"

#include <algorithm>
#include <tuple>

namespace postier::models {

namespace {

using protocols::Protocol;
using protocols::Security;

int securityRank(Security security)
{
    switch (security) {
    case Security::Tls: return 0;
    case Security::StartTls: return 1;
    case Security::None: return 2;
    }
    return 3;
}

std::optional<ServerCandidate> best(const QList<ServerCandidate> &candidates,
                                    std::optional<Protocol> preferred)
{
    if (candidates.isEmpty())
        return std::nullopt;
    auto rank = [&](qsizetype i) {
        const ServerCandidate &c = candidates.at(i);
        return std::make_tuple(c.endpoint.security == Security::None ? 1 : 0,
                               c.acceptsPassword() ? 0 : 1,
                               preferred && c.endpoint.protocol != *preferred ? 1 : 0,
                               securityRank(c.endpoint.security), i);
    };
    qsizetype chosen = 0;
    for (qsizetype i = 1; i < candidates.size(); ++i) {
        if (rank(i) < rank(chosen))
            chosen = i;
    }
    return candidates.at(chosen);
}

} // namespace

bool MailSettings::offers(Protocol protocol) const
{
    return std::any_of(incoming.cbegin(), incoming.cend(), [protocol](const ServerCandidate &c) {
        return c.endpoint.protocol == protocol;
    });
}

std::optional<ServerCandidate> MailSettings::bestIncoming(Protocol preferred) const
{
    return best(incoming, preferred);
}

std::optional<ServerCandidate> MailSettings::bestOutgoing() const
{
    return best(outgoing, std::nullopt);
}

QString MailSettings::securityName(Security security)
{
    switch (security) {
    case Security::Tls: return tr("SSL/TLS");
    case Security::StartTls: return tr("STARTTLS");
    case Security::None: return tr("no encryption");
    }
    return {};
}

QString MailSettings::describe(const protocols::ServerEndpoint &endpoint)
{
    return tr("%1, %2, port %3, %4")
        .arg(endpoint.protocolName(), endpoint.host)
        .arg(endpoint.port)
        .arg(securityName(endpoint.security));
}

} // namespace postier::models
