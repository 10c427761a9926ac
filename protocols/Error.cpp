#include "protocols/Error.h"

#include <QStringList>

namespace postier::protocols {

QString CertificateInfo::fingerprintText() const
{
    QStringList parts;
    parts.reserve(sha256.size());
    for (const char c : sha256)
        parts << QString::number(static_cast<quint8>(c), 16).rightJustified(2, QLatin1Char('0')).toUpper();
    return parts.join(QLatin1Char(':'));
}

Error::Error(ErrorKind kind, QString sentence, QString serverText)
    : m_kind(kind)
    , m_sentence(std::move(sentence))
    , m_serverText(std::move(serverText))
{
}

QString Error::kindName(ErrorKind kind)
{
    switch (kind) {
    case ErrorKind::None: return QStringLiteral("none");
    case ErrorKind::Auth: return QStringLiteral("auth");
    case ErrorKind::TlsUntrusted: return QStringLiteral("tls-untrusted");
    case ErrorKind::TlsRequired: return QStringLiteral("tls-required");
    case ErrorKind::Network: return QStringLiteral("network");
    case ErrorKind::Timeout: return QStringLiteral("timeout");
    case ErrorKind::ServerRefused: return QStringLiteral("server-refused");
    case ErrorKind::QuotaExceeded: return QStringLiteral("quota-exceeded");
    case ErrorKind::RecipientRejected: return QStringLiteral("recipient-rejected");
    case ErrorKind::NotFound: return QStringLiteral("not-found");
    case ErrorKind::Cancelled: return QStringLiteral("cancelled");
    case ErrorKind::Protocol: return QStringLiteral("protocol");
    case ErrorKind::LocalIo: return QStringLiteral("local-io");
    case ErrorKind::Usage: return QStringLiteral("usage");
    }
    return QStringLiteral("unknown");
}

} // namespace postier::protocols
