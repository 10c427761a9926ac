// The trust decision for server certificates, on certificates made by tests/data/certs/make-certs.py.

#include "protocols/CertificateVerifier.h"

#include <QCryptographicHash>
#include <QSslCertificate>
#include <QTest>

using namespace postier::protocols;

namespace {
QString certPath(const char *name)
{
    return QStringLiteral(POSTIER_TEST_DATA "/certs/") + QLatin1String(name);
}

QByteArray der(const char *name)
{
    const auto certs = QSslCertificate::fromPath(certPath(name));
    return certs.isEmpty() ? QByteArray() : certs.first().toDer();
}

TrustSettings withTestCa()
{
    TrustSettings t;
    t.extraCaFile = certPath("ca.pem");
    return t;
}
} // namespace

class TestCertificateVerifier : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(!der("good.pem").isEmpty(), "test certificates missing");
    }

    void trustedThroughExtraCa()
    {
        CertificateInfo failure;
        QVERIFY(CertificateVerifier::verify({der("good.pem"), der("ca.pem")}, QStringLiteral("mail.example.test"),
                                            withTestCa(), &failure));
        QCOMPARE(failure.problem, CertificateInfo::Problem::None);
        // The leaf alone also verifies: the CA comes from the trust settings.
        QVERIFY(CertificateVerifier::verify({der("good.pem")}, QStringLiteral("mail.example.test"), withTestCa(), &failure));
    }

    void untrustedWithoutTheCa_data()
    {
        QTest::addColumn<QString>("file");
        QTest::newRow("issued by an unknown CA") << QStringLiteral("good.pem");
        QTest::newRow("self-signed") << QStringLiteral("selfsigned.pem");
    }

    void untrustedWithoutTheCa()
    {
        QFETCH(QString, file);
        const QByteArray leaf = der(file.toLatin1().constData());
        CertificateInfo failure;
        QVERIFY(!CertificateVerifier::verify({leaf}, QStringLiteral("mail.example.test"), TrustSettings(), &failure));
        QCOMPARE(failure.problem, CertificateInfo::Problem::Untrusted);
        QCOMPARE(failure.sha256, QCryptographicHash::hash(leaf, QCryptographicHash::Sha256));
        QCOMPARE(failure.sha256.size(), 32);
        QCOMPARE(failure.fingerprintText().count(QLatin1Char(':')), 31);
        QCOMPARE(failure.subject, QStringLiteral("mail.example.test"));
        QVERIFY(!failure.reason.isEmpty());
        QCOMPARE(failure.der, leaf);
    }

    void problemsAreNamed_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("host");
        QTest::addColumn<int>("problem");
        QTest::newRow("expired") << QStringLiteral("expired.pem") << QStringLiteral("mail.example.test")
                                 << int(CertificateInfo::Problem::Expired);
        QTest::newRow("not yet valid") << QStringLiteral("future.pem") << QStringLiteral("mail.example.test")
                                       << int(CertificateInfo::Problem::NotYetValid);
        QTest::newRow("other host") << QStringLiteral("otherhost.pem") << QStringLiteral("mail.example.test")
                                    << int(CertificateInfo::Problem::WrongHost);
        QTest::newRow("right cert, wrong name asked") << QStringLiteral("good.pem") << QStringLiteral("imap.evil.test")
                                                      << int(CertificateInfo::Problem::WrongHost);
    }

    void problemsAreNamed()
    {
        QFETCH(QString, file);
        QFETCH(QString, host);
        QFETCH(int, problem);
        CertificateInfo failure;
        QVERIFY(!CertificateVerifier::verify({der(file.toLatin1().constData())}, host, withTestCa(), &failure));
        QCOMPARE(int(failure.problem), problem);
        QVERIFY(failure.notAfter.isValid());
        QVERIFY(!failure.issuer.isEmpty());
    }

    void ipAddressSubjectAltName()
    {
        QVERIFY(CertificateVerifier::verify({der("good.pem")}, QStringLiteral("127.0.0.1"), withTestCa(), nullptr));
    }

    void pinnedFingerprintIsTrustedAndNothingElse()
    {
        const QByteArray leaf = der("selfsigned.pem");
        TrustSettings pinned;
        pinned.pinnedSha256 = QCryptographicHash::hash(leaf, QCryptographicHash::Sha256);
        QVERIFY(CertificateVerifier::verify({leaf}, QStringLiteral("mail.example.test"), pinned, nullptr));
        // The pin is for that one certificate: another one from the same name is still refused.
        CertificateInfo failure;
        QVERIFY(!CertificateVerifier::verify({der("good.pem")}, QStringLiteral("mail.example.test"), pinned, &failure));
        QCOMPARE(failure.problem, CertificateInfo::Problem::Untrusted);
    }

    void emptyOrGarbageChainIsRefused()
    {
        CertificateInfo failure;
        QVERIFY(!CertificateVerifier::verify({}, QStringLiteral("x"), withTestCa(), &failure));
        QCOMPARE(failure.problem, CertificateInfo::Problem::Untrusted);
        QVERIFY(!CertificateVerifier::verify({QByteArray("not a certificate")}, QStringLiteral("x"), withTestCa(), &failure));
        QCOMPARE(failure.problem, CertificateInfo::Problem::Untrusted);
    }
};

QTEST_GUILESS_MAIN(TestCertificateVerifier)
#include "tst_certificateverifier.moc"
