#pragma once

#include "protocols/Error.h"
#include "protocols/ServerEndpoint.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>

namespace postier::protocols {

/// Decides whether a server's certificate chain is trusted, the one place where that happens.
///
/// A chain (DER, leaf first) is trusted when the leaf's SHA-256 equals the account's pinned
/// fingerprint (a certificate the user accepted explicitly after seeing it), or when it verifies
/// against the system's root store plus the account's extra CA file, with valid dates and a name
/// matching `host`. Otherwise it returns false and describes the leaf in *failure (fingerprint,
/// subject, issuer, dates, and which problem), so the user can be shown exactly what they are
/// asked to trust. There is no "accept anything" mode.
class CertificateVerifier
{
    Q_DECLARE_TR_FUNCTIONS(postier::protocols::CertificateVerifier)

public:
    [[nodiscard]] static bool verify(const QList<QByteArray> &derChain, const QString &host,
                                     const TrustSettings &trust, CertificateInfo *failure);
    /// Fills the descriptive fields of a certificate (no verdict).
    [[nodiscard]] static CertificateInfo describe(const QByteArray &der, CertificateInfo::Problem problem);
};

} // namespace postier::protocols
