#include "protocols/CertificateVerifier.h"

#include <vmime/security/cert/X509Certificate.hpp>
#include <vmime/security/cert/certificateChain.hpp>
#include <vmime/security/cert/certificateExpiredException.hpp>
#include <vmime/security/cert/certificateNotYetValidException.hpp>
#include <vmime/security/cert/defaultCertificateVerifier.hpp>
#include <vmime/security/cert/serverIdentityException.hpp>

#include <QCryptographicHash>
#include <QSslCertificate>
#include <QSslConfiguration>

namespace postier::protocols {

namespace {

// System roots as DER bytes, loaded once per process. vmime certificate objects are made per
// verification from these bytes, so no vmime object is shared between connection threads.
const QList<QByteArray> &systemRootsDer()
{
    static const QList<QByteArray> roots = [] {
        QList<QByteArray> out;
        const auto certs = QSslConfiguration::systemCaCertificates();
        out.reserve(certs.size());
        for (const auto &c : certs)
            out << c.toDer();
        return out;
    }();
    return roots;
}

vmime::shared_ptr<vmime::security::cert::X509Certificate> importDer(const QByteArray &der)
{
    return vmime::security::cert::X509Certificate::import(
        reinterpret_cast<const vmime::byte_t *>(der.constData()), static_cast<size_t>(der.size()));
}

} // namespace

CertificateInfo CertificateVerifier::describe(const QByteArray &der, CertificateInfo::Problem problem)
{
    CertificateInfo info;
    info.problem = problem;
    info.der = der;
    info.sha256 = QCryptographicHash::hash(der, QCryptographicHash::Sha256);
    switch (problem) {
    case CertificateInfo::Problem::None: break;
    case CertificateInfo::Problem::Untrusted: info.reason = tr("not issued by an authority this computer trusts"); break;
    case CertificateInfo::Problem::Expired: info.reason = tr("expired"); break;
    case CertificateInfo::Problem::NotYetValid: info.reason = tr("not valid yet"); break;
    case CertificateInfo::Problem::WrongHost: info.reason = tr("issued for another server name"); break;
    }
    const QSslCertificate cert(der, QSsl::Der);
    if (!cert.isNull()) {
        info.subject = cert.subjectDisplayName();
        info.issuer = cert.issuerDisplayName();
        info.notBefore = cert.effectiveDate();
        info.notAfter = cert.expiryDate();
    }
    return info;
}

bool CertificateVerifier::verify(const QList<QByteArray> &derChain, const QString &host,
                                 const TrustSettings &trust, CertificateInfo *failure)
{
    if (derChain.isEmpty()) {
        if (failure)
            *failure = describe({}, CertificateInfo::Problem::Untrusted);
        return false;
    }
    const QByteArray &leaf = derChain.first();
    if (!trust.pinnedSha256.isEmpty()
        && QCryptographicHash::hash(leaf, QCryptographicHash::Sha256) == trust.pinnedSha256)
        return true;

    std::vector<vmime::shared_ptr<vmime::security::cert::certificate>> chainCerts;
    for (const QByteArray &der : derChain) {
        auto c = importDer(der);
        if (!c) {
            if (failure)
                *failure = describe(leaf, CertificateInfo::Problem::Untrusted);
            return false;
        }
        chainCerts.push_back(c);
    }
    std::vector<vmime::shared_ptr<vmime::security::cert::X509Certificate>> roots;
    for (const QByteArray &root : systemRootsDer()) {
        if (auto c = importDer(root))
            roots.push_back(c);
    }
    if (!trust.extraCaFile.isEmpty()) {
        for (const auto &c : QSslCertificate::fromPath(trust.extraCaFile, QSsl::Pem)) {
            if (auto v = importDer(c.toDer()))
                roots.push_back(v);
        }
    }
    vmime::security::cert::defaultCertificateVerifier verifier;
    verifier.setX509RootCAs(roots);
    auto chain = vmime::make_shared<vmime::security::cert::certificateChain>(chainCerts);
    CertificateInfo::Problem problem = CertificateInfo::Problem::None;
    try {
        verifier.verify(chain, host.toStdString());
        return true;
    } catch (const vmime::security::cert::certificateExpiredException &) {
        problem = CertificateInfo::Problem::Expired;
    } catch (const vmime::security::cert::certificateNotYetValidException &) {
        problem = CertificateInfo::Problem::NotYetValid;
    } catch (const vmime::security::cert::serverIdentityException &) {
        problem = CertificateInfo::Problem::WrongHost;
    } catch (const vmime::exception &) {
        problem = CertificateInfo::Problem::Untrusted;
    }
    if (failure)
        *failure = describe(leaf, problem);
    return false;
}

} // namespace postier::protocols
