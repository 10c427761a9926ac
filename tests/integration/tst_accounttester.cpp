// The login test of a new account against the real dovecot of the CTest fixture: AccountTester
// over IMAPS, IMAP+STARTTLS, POP3S and submission (STARTTLS and implicit TLS), a wrong password,
// an unreachable port, a certificate that is not trusted and then pinned, a cancel; and the
// whole AccountWizard from the address to the saved account, with autoconfig served by a local
// HTTP server that points at this dovecot, the certificate trusted in the wizard, and the
// account and password saved into a temporary settings file and a recording password writer.

#include "models/accounts/AccountStore.h"
#include "tests/support/LocalHttpServer.h"
#include "models/autoconfig/AccountTester.h"
#include "tests/support/TestServer.h"
#include "ui/wizards/AccountDiscoveryPage.h"
#include "ui/wizards/AccountDonePage.h"
#include "ui/wizards/AccountIdentityPage.h"
#include "ui/wizards/AccountPop3OptionsWidget.h"
#include "ui/wizards/AccountServerCheckWidget.h"
#include "ui/wizards/AccountTestPage.h"
#include "ui/wizards/AccountWizard.h"

#include <QAbstractButton>
#include <QApplication>
#include <QElapsedTimer>
#include <QGroupBox>
#include <QHash>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QSslCertificate>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace postier;
using models::AccountTester;
using protocols::ErrorKind;
using protocols::Protocol;
using protocols::Security;
using protocols::ServerEndpoint;
using postier::test::TestServer;

namespace {

using postier::test::LocalHttpServer;

using Role = AccountTester::Role;


/// A DNS without SRV records.
class EmptySrvResolver : public models::SrvResolver
{
public:
    void lookup(const QString &name) override
    {
        QTimer::singleShot(0, this, [this, name] { Q_EMIT resolved(name, {}, QString()); });
    }
    void abortAll() override {}
};

struct Written {
    QString key;
    QString password;
};

void grab(QWidget *widget, const QString &name)
{
    QApplication::processEvents();
    const QString path = QStringLiteral("/tmp/wizard-%1.png").arg(name);
    if (!widget->grab().save(path))
        qWarning("could not save %s", qPrintable(path));
}

} // namespace

class TestAccountTester : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void loginsPass_data();
    void loginsPass();
    void wrongPasswordIsAuth();
    void untrustedCertificateThenPinned();
    void unreachableServerAnswersAtOnce();
    void onlyIncoming();
    void cancelStopsQuietly();
    void wizardFromAddressToSavedAccount();
    void wizardWrongPasswordAndTakenName();

private:
    [[nodiscard]] ServerEndpoint endpoint(Protocol protocol, Security security, const QString &user) const
    {
        return m_server.endpoint(protocol, security, user);
    }
    /// Runs the tester to its finished() and returns it for inspection.
    void runToEnd(AccountTester &tester, const ServerEndpoint &in, const ServerEndpoint &out,
                  const QString &password);
    /// The wizard with autoconfig pointing at this dovecot (IMAPS and submission+STARTTLS).
    void setUpWizard(ui::AccountWizard &wizard, LocalHttpServer &http, QList<Written> *written,
                     bool keychainAvailable = true);
    /// Fills the identity page and goes to the test page.
    void goToTestPage(ui::AccountWizard &wizard, const QString &user, const QString &password);

    TestServer m_server;
    QByteArray m_serverSha256;
};

void TestAccountTester::initTestCase()
{
    m_server = TestServer::fromEnvironment();
    QVERIFY2(m_server.isValid(), qPrintable(m_server.reason()));
    const QList<QSslCertificate> certs = QSslCertificate::fromPath(m_server.caFile());
    QVERIFY(!certs.isEmpty());
    m_serverSha256 = certs.first().digest(QCryptographicHash::Sha256);
}

void TestAccountTester::runToEnd(AccountTester &tester, const ServerEndpoint &in,
                                 const ServerEndpoint &out, const QString &password)
{
    QSignalSpy finished(&tester, &AccountTester::finished);
    tester.start(in, out, password);
    QVERIFY(finished.wait(30000));
    QCOMPARE(finished.size(), 1);
    QVERIFY(!tester.isRunning());
}

void TestAccountTester::loginsPass_data()
{
    QTest::addColumn<int>("incomingProtocol");
    QTest::addColumn<int>("incomingSecurity");
    QTest::addColumn<int>("outgoingSecurity");
    QTest::newRow("imaps + submission starttls") << int(Protocol::Imap) << int(Security::Tls) << int(Security::StartTls);
    QTest::newRow("imap starttls + submissions") << int(Protocol::Imap) << int(Security::StartTls) << int(Security::Tls);
    QTest::newRow("pop3s + submissions") << int(Protocol::Pop3) << int(Security::Tls) << int(Security::Tls);
    QTest::newRow("pop3 starttls + submission") << int(Protocol::Pop3) << int(Security::StartTls) << int(Security::StartTls);
}

void TestAccountTester::loginsPass()
{
    QFETCH(int, incomingProtocol);
    QFETCH(int, incomingSecurity);
    QFETCH(int, outgoingSecurity);
    const QString user = m_server.addUser(QStringLiteral("tester"));
    QVERIFY(!user.isEmpty());
    AccountTester tester;
    QSignalSpy started(&tester, &AccountTester::checkStarted);
    QSignalSpy checked(&tester, &AccountTester::checkFinished);
    runToEnd(tester, endpoint(Protocol(incomingProtocol), Security(incomingSecurity), user),
             endpoint(Protocol::Smtp, Security(outgoingSecurity), user), TestServer::passwordFor(user));
    QCOMPARE(started.size(), 2);
    QCOMPARE(checked.size(), 2);
    for (Role role : {Role::Incoming, Role::Outgoing}) {
        QVERIFY2(tester.error(role).isOk(), qPrintable(tester.error(role).sentence()));
        QCOMPARE(tester.state(role), AccountTester::State::Passed);
    }
    QVERIFY(tester.allPassed());
}

void TestAccountTester::wrongPasswordIsAuth()
{
    const QString user = m_server.addUser(QStringLiteral("tester"));
    AccountTester tester;
    runToEnd(tester, endpoint(Protocol::Imap, Security::Tls, user),
             endpoint(Protocol::Smtp, Security::StartTls, user), QStringLiteral("not-the-password"));
    QVERIFY(!tester.allPassed());
    for (Role role : {Role::Incoming, Role::Outgoing}) {
        QCOMPARE(tester.state(role), AccountTester::State::Failed);
        QCOMPARE(tester.error(role).kind(), ErrorKind::Auth);
        const QString sentence = tester.error(role).sentence();
        QVERIFY2(sentence.startsWith(QStringLiteral("Could not log in to 127.0.0.1 as %1").arg(user)),
                 qPrintable(sentence));
        QVERIFY(sentence.contains(QLatin1String("app password")));
        QVERIFY(!sentence.contains(QLatin1String("not-the-password")));
        QVERIFY(tester.advice(role).isEmpty()); // not a provider Postier knows
    }

    // POP3 too.
    runToEnd(tester, endpoint(Protocol::Pop3, Security::Tls, user), {}, QStringLiteral("wrong"));
    QCOMPARE(tester.error(Role::Incoming).kind(), ErrorKind::Auth);
}

void TestAccountTester::untrustedCertificateThenPinned()
{
    const QString user = m_server.addUser(QStringLiteral("tester"));
    ServerEndpoint in = endpoint(Protocol::Imap, Security::Tls, user);
    ServerEndpoint out = endpoint(Protocol::Smtp, Security::StartTls, user);
    in.trust = {};
    out.trust = {};
    AccountTester tester;
    runToEnd(tester, in, out, TestServer::passwordFor(user));
    for (Role role : {Role::Incoming, Role::Outgoing}) {
        const protocols::Error &e = tester.error(role);
        QCOMPARE(e.kind(), ErrorKind::TlsUntrusted);
        QCOMPARE(e.certificate().sha256, m_serverSha256);
        QVERIFY(e.sentence().contains(e.certificate().fingerprintText()));
        QCOMPARE(e.certificate().fingerprintText().size(), 32 * 3 - 1);
        QVERIFY2(e.certificate().subject.contains(QLatin1String("localhost")), qPrintable(e.certificate().subject));
        QVERIFY(e.certificate().notAfter > QDateTime::currentDateTimeUtc());
    }

    // Trusting exactly this certificate, one server at a time.
    in.trust.pinnedSha256 = m_serverSha256;
    QSignalSpy checked(&tester, &AccountTester::checkFinished);
    tester.retry(Role::Incoming, in);
    QVERIFY(checked.wait(20000));
    QCOMPARE(checked.first().at(0).value<Role>(), Role::Incoming);
    QVERIFY2(tester.error(Role::Incoming).isOk(), qPrintable(tester.error(Role::Incoming).sentence()));
    QCOMPARE(tester.state(Role::Outgoing), AccountTester::State::Failed); // untouched
    QVERIFY(!tester.allPassed());

    out.trust.pinnedSha256 = m_serverSha256;
    tester.retry(Role::Outgoing, out);
    QTRY_COMPARE_WITH_TIMEOUT(tester.state(Role::Outgoing), AccountTester::State::Passed, 20000);
    QVERIFY(tester.allPassed());

    // A pin of another certificate does not open the door.
    in.trust.pinnedSha256 = QCryptographicHash::hash("another certificate", QCryptographicHash::Sha256);
    runToEnd(tester, in, {}, TestServer::passwordFor(user));
    QCOMPARE(tester.error(Role::Incoming).kind(), ErrorKind::TlsUntrusted);
}

void TestAccountTester::unreachableServerAnswersAtOnce()
{
    QTcpServer probe;
    QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
    const quint16 port = probe.serverPort();
    probe.close();
    ServerEndpoint in = endpoint(Protocol::Imap, Security::Tls, QStringLiteral("nobody"));
    in.port = port;
    ServerEndpoint out = endpoint(Protocol::Smtp, Security::StartTls, QStringLiteral("nobody"));
    out.port = port;
    AccountTester tester;
    QElapsedTimer timer;
    timer.start();
    runToEnd(tester, in, out, QStringLiteral("pw"));
    QVERIFY2(timer.elapsed() < 5000, "no reconnect back-off in a login test");
    for (Role role : {Role::Incoming, Role::Outgoing}) {
        QCOMPARE(tester.error(role).kind(), ErrorKind::Network);
        QVERIFY2(tester.error(role).sentence().startsWith(
                     QStringLiteral("Could not connect to 127.0.0.1 on port %1").arg(port)),
                 qPrintable(tester.error(role).sentence()));
    }
}

void TestAccountTester::onlyIncoming()
{
    const QString user = m_server.addUser(QStringLiteral("tester"));
    AccountTester tester;
    QSignalSpy checked(&tester, &AccountTester::checkFinished);
    runToEnd(tester, endpoint(Protocol::Imap, Security::Tls, user), {}, TestServer::passwordFor(user));
    QCOMPARE(checked.size(), 1);
    QCOMPARE(tester.state(Role::Outgoing), AccountTester::State::Idle);
    QVERIFY(tester.allPassed());

    // Nothing at all to check still finishes, from the event loop.
    runToEnd(tester, {}, {}, QString());
    QVERIFY(!tester.allPassed());
}

void TestAccountTester::cancelStopsQuietly()
{
    // A server that accepts and never greets keeps the check running.
    QTcpServer silent;
    QVERIFY(silent.listen(QHostAddress::LocalHost, 0));
    ServerEndpoint in = endpoint(Protocol::Imap, Security::Tls, QStringLiteral("nobody"));
    in.port = silent.serverPort();
    AccountTester tester;
    QSignalSpy checked(&tester, &AccountTester::checkFinished);
    QSignalSpy finished(&tester, &AccountTester::finished);
    tester.start(in, {}, QStringLiteral("pw"));
    QVERIFY(tester.isRunning());
    QTest::qWait(300);
    QElapsedTimer timer;
    timer.start();
    tester.cancel();
    QVERIFY2(timer.elapsed() < 1000, qPrintable(QString::number(timer.elapsed())));
    QVERIFY(!tester.isRunning());
    QCOMPARE(tester.state(Role::Incoming), AccountTester::State::Idle);
    QTest::qWait(300);
    QCOMPARE(checked.size(), 0);
    QCOMPARE(finished.size(), 0);
}

void TestAccountTester::setUpWizard(ui::AccountWizard &wizard, LocalHttpServer &http,
                                    QList<Written> *written, bool keychainAvailable)
{
    const QByteArray xml = QStringLiteral(R"(<?xml version="1.0" encoding="UTF-8"?>
<clientConfig version="1.1"><emailProvider id="postier.test">
  <domain>postier.test</domain><displayName>Postier Test Mail</displayName>
  <incomingServer type="imap"><hostname>%1</hostname><port>%2</port>
    <socketType>SSL</socketType><username>%EMAILLOCALPART%</username>
    <authentication>password-cleartext</authentication></incomingServer>
  <incomingServer type="pop3"><hostname>%1</hostname><port>%3</port>
    <socketType>SSL</socketType><username>%EMAILLOCALPART%</username>
    <authentication>password-cleartext</authentication></incomingServer>
  <outgoingServer type="smtp"><hostname>%1</hostname><port>%4</port>
    <socketType>STARTTLS</socketType><username>%EMAILLOCALPART%</username>
    <authentication>password-cleartext</authentication></outgoingServer>
</emailProvider></clientConfig>)")
                               .arg(m_server.host())
                               .arg(m_server.port("IMAPS_PORT"))
                               .arg(m_server.port("POP3S_PORT"))
                               .arg(m_server.port("SUBMISSION_PORT"))
                               .toUtf8();
    http.setBody(QStringLiteral("/.well-known/autoconfig/mail/config-v1.1.xml"), xml);
    models::DiscoveryOptions options;
    options.autoconfigServerOverride = http.baseUrl();
    options.srvResolverFactory = [] { return std::make_unique<EmptySrvResolver>(); };
    wizard.setDiscoveryOptions(options);
    wizard.setPasswordWriter([written, keychainAvailable](const QString &key, const QString &password,
                                                          models::PasswordStore::Callback callback) {
        written->append({key, password});
        models::PasswordStore::Result r;
        r.ok = keychainAvailable;
        r.available = keychainAvailable;
        if (!keychainAvailable)
            r.error = QStringLiteral("The system keychain is not available (no D-Bus).");
        // Keychains answer later, from the event loop.
        QTimer::singleShot(10, [callback, r] { callback(r); });
    });
    wizard.show();
    QVERIFY(QTest::qWaitForWindowExposed(&wizard));
}

void TestAccountTester::goToTestPage(ui::AccountWizard &wizard, const QString &user, const QString &password)
{
    ui::AccountIdentityPage *identity = wizard.identityPage();
    identity->nameEdit()->setText(QStringLiteral("Test User"));
    identity->addressEdit()->setText(user + QStringLiteral("@postier.test"));
    identity->passwordEdit()->setText(password);
    wizard.next();
    QCOMPARE(wizard.currentId(), int(ui::AccountWizard::DiscoveryPageId));
    QTRY_VERIFY_WITH_TIMEOUT(wizard.discoveryPage()->isComplete(), 20000);
    QCOMPARE(wizard.discoveryPage()->result().source, models::DiscoveryResult::Source::Autoconfig);
    QCOMPARE(wizard.discoveryPage()->nextId(), int(ui::AccountWizard::TestPageId));
    wizard.next();
    QCOMPARE(wizard.currentId(), int(ui::AccountWizard::TestPageId));
}

void TestAccountTester::wizardFromAddressToSavedAccount()
{
    const QString user = m_server.addUser(QStringLiteral("wizard"));
    QVERIFY(!user.isEmpty());
    QTemporaryDir dir;
    const QString ini = dir.filePath(QStringLiteral("postier.ini"));
    models::AccountStore store(ini);
    LocalHttpServer http;
    QList<Written> written;
    ui::AccountWizard wizard(&store);
    QSignalSpy saved(&wizard, &ui::AccountWizard::accountSaved);
    QSignalSpy accepted(&wizard, &QDialog::accepted);
    setUpWizard(wizard, http, &written);
    goToTestPage(wizard, user, TestServer::passwordFor(user));

    // dovecot's certificate is self-signed and the wizard does not know its CA: both servers
    // show it, with everything the user needs to decide.
    ui::AccountTestPage *test = wizard.testPage();
    QTRY_COMPARE_WITH_TIMEOUT(test->incomingCheck()->status(), ui::AccountServerCheckWidget::Status::Failed, 20000);
    QTRY_COMPARE_WITH_TIMEOUT(test->outgoingCheck()->status(), ui::AccountServerCheckWidget::Status::Failed, 20000);
    QVERIFY(!test->isComplete());
    QVERIFY(!wizard.button(QWizard::NextButton)->isEnabled());
    const protocols::CertificateInfo cert = test->tester().error(Role::Incoming).certificate();
    QCOMPARE(cert.sha256, m_serverSha256);
    ui::AccountServerCheckWidget *incoming = test->incomingCheck();
    QVERIFY(incoming->certificateBox()->isVisible());
    QVERIFY(incoming->trustButton()->isVisible());
    // Shown on two lines of 16 bytes, nothing left out.
    QCOMPARE(incoming->fingerprintLabel()->text().count(QLatin1Char('\n')), 1);
    QCOMPARE(incoming->fingerprintLabel()->text().replace(QLatin1Char('\n'), QLatin1Char(':')),
             cert.fingerprintText());
    QVERIFY(incoming->subjectLabel()->text().contains(QLatin1String("localhost")));
    QVERIFY(incoming->messageLabel()->text().contains(cert.fingerprintText()));
    grab(&wizard, QStringLiteral("5-test-certificate"));

    // Trusting it on the incoming server pins it on both: same host, same certificate.
    incoming->trustButton()->click();
    QTRY_VERIFY_WITH_TIMEOUT(test->isComplete(), 20000);
    QCOMPARE(incoming->status(), ui::AccountServerCheckWidget::Status::Passed);
    QCOMPARE(test->outgoingCheck()->status(), ui::AccountServerCheckWidget::Status::Passed);
    QVERIFY(wizard.button(QWizard::NextButton)->isEnabled());
    QCOMPARE(test->summaryLabel()->text(), QStringLiteral("Both servers work. Click Next to finish."));
    grab(&wizard, QStringLiteral("6-test-passed"));

    wizard.next();
    QCOMPARE(wizard.currentId(), int(ui::AccountWizard::DonePageId));
    ui::AccountDonePage *done = wizard.donePage();
    QCOMPARE(done->nameEdit()->text(), user + QStringLiteral("@postier.test"));
    QVERIFY(done->summaryLabel()->text().contains(QLatin1String("trusted by you, by its fingerprint")));
    QVERIFY(!done->pop3Options()->isVisible()); // IMAP
    done->nameEdit()->setText(QStringLiteral("Work"));
    grab(&wizard, QStringLiteral("7-done"));

    wizard.button(QWizard::FinishButton)->click();
    QTRY_COMPARE(accepted.size(), 1);
    QCOMPARE(saved.size(), 1);
    QCOMPARE(wizard.result(), int(QDialog::Accepted));
    QVERIFY(wizard.keychainWarning().isEmpty());

    // What was saved: the settings file and the keychain, under both servers' keys.
    models::AccountStore reread(ini);
    models::Account account;
    QVERIFY(reread.find(QStringLiteral("Work"), &account));
    QCOMPARE(account.id, saved.first().at(0).value<models::Account>().id);
    QCOMPARE(account.address, user + QStringLiteral("@postier.test"));
    QCOMPARE(account.displayName, QStringLiteral("Test User"));
    QCOMPARE(account.incoming.protocol, Protocol::Imap);
    QCOMPARE(account.incoming.security, Security::Tls);
    QCOMPARE(account.incoming.port, m_server.port("IMAPS_PORT"));
    QCOMPARE(account.incoming.user, user);
    QCOMPARE(account.incoming.trust.pinnedSha256, m_serverSha256);
    QCOMPARE(account.outgoing.protocol, Protocol::Smtp);
    QCOMPARE(account.outgoing.security, Security::StartTls);
    QCOMPARE(account.outgoing.port, m_server.port("SUBMISSION_PORT"));
    QCOMPARE(account.outgoing.trust.pinnedSha256, m_serverSha256);
    QVERIFY(account.enabled);
    QCOMPARE(written.size(), 2);
    QCOMPARE(written[0].key, models::Account::passwordKey(account.incoming));
    QCOMPARE(written[1].key, models::Account::passwordKey(account.outgoing));
    for (const Written &w : std::as_const(written))
        QCOMPARE(w.password, TestServer::passwordFor(user));

    // The saved settings, pin included, log in again as they are.
    AccountTester again;
    runToEnd(again, account.incoming, account.outgoing, TestServer::passwordFor(user));
    QVERIFY2(again.allPassed(), qPrintable(again.error(Role::Incoming).sentence() + again.error(Role::Outgoing).sentence()));
}

void TestAccountTester::wizardWrongPasswordAndTakenName()
{
    const QString user = m_server.addUser(QStringLiteral("wizard"));
    QTemporaryDir dir;
    const QString ini = dir.filePath(QStringLiteral("postier.ini"));
    models::AccountStore store(ini);
    models::Account existing;
    existing.name = QStringLiteral("Taken");
    existing.address = QStringLiteral("someone@postier.test");
    existing.incoming = endpoint(Protocol::Imap, Security::Tls, QStringLiteral("someone"));
    QString error;
    QVERIFY2(store.save(existing, &error), qPrintable(error));

    LocalHttpServer http;
    QList<Written> written;
    ui::AccountWizard wizard(&store);
    QSignalSpy accepted(&wizard, &QDialog::accepted);
    setUpWizard(wizard, http, &written, /*keychainAvailable=*/false);

    // A wrong password: the sentence says so; back, fix it, and on.
    goToTestPage(wizard, user, QStringLiteral("wrong-password"));
    ui::AccountTestPage *test = wizard.testPage();
    QTRY_COMPARE_WITH_TIMEOUT(test->incomingCheck()->status(), ui::AccountServerCheckWidget::Status::Failed, 20000);
    // Trust the certificate first; then the password is what fails.
    test->incomingCheck()->trustButton()->click();
    QTRY_COMPARE_WITH_TIMEOUT(test->tester().error(Role::Incoming).kind(), ErrorKind::Auth, 20000);
    QTRY_COMPARE_WITH_TIMEOUT(test->tester().error(Role::Outgoing).kind(), ErrorKind::Auth, 20000);
    QTRY_VERIFY(!test->tester().isRunning());
    QVERIFY2(test->incomingCheck()->messageLabel()->text().startsWith(
                 QStringLiteral("Could not log in to 127.0.0.1 as %1").arg(user)),
             qPrintable(test->incomingCheck()->messageLabel()->text()));
    QVERIFY(!test->incomingCheck()->trustButton()->isVisible());
    QVERIFY(!test->isComplete());
    grab(&wizard, QStringLiteral("5b-test-wrong-password"));

    wizard.back(); // discovery
    wizard.back(); // identity
    QCOMPARE(wizard.currentId(), int(ui::AccountWizard::IdentityPageId));
    wizard.identityPage()->passwordEdit()->setText(TestServer::passwordFor(user));
    wizard.next();
    QTRY_VERIFY_WITH_TIMEOUT(wizard.discoveryPage()->isComplete(), 20000);
    // This time with POP3, which the autoconfig file offers too.
    QVERIFY(wizard.discoveryPage()->pop3Button()->isVisible());
    wizard.discoveryPage()->pop3Button()->click();
    wizard.next();
    QCOMPARE(test->tester().endpoint(Role::Incoming).protocol, Protocol::Pop3);
    // The pin was forgotten on the way back: trust again.
    QTRY_COMPARE_WITH_TIMEOUT(test->tester().error(Role::Incoming).kind(), ErrorKind::TlsUntrusted, 20000);
    test->incomingCheck()->trustButton()->click();
    QTRY_VERIFY_WITH_TIMEOUT(test->isComplete(), 20000);
    wizard.next();
    ui::AccountPop3OptionsWidget *pop3 = wizard.donePage()->pop3Options();
    QVERIFY(pop3->isVisible());
    pop3->removeAfterDaysBox()->setValue(7);
    pop3->checkIntervalBox()->setValue(15);

    // A name another account has: the sentence shows on the last page, the wizard stays.
    wizard.donePage()->nameEdit()->setText(QStringLiteral("taken"));
    wizard.button(QWizard::FinishButton)->click();
    QVERIFY(wizard.isVisible());
    QCOMPARE(accepted.size(), 0);
    QVERIFY(wizard.donePage()->errorLabel()->isVisible());
    QCOMPARE(wizard.donePage()->errorLabel()->text(),
             QStringLiteral("An account named “taken” already exists. Choose another name."));
    QVERIFY(written.isEmpty());
    grab(&wizard, QStringLiteral("7b-done-name-taken"));

    // Another name, and a keychain that does not exist: saved anyway, with a warning.
    wizard.donePage()->nameEdit()->setText(QStringLiteral("Second"));
    wizard.button(QWizard::FinishButton)->click();
    QTRY_COMPARE(accepted.size(), 1);
    QVERIFY(wizard.keychainWarning().contains(QLatin1String("keychain is not available")));
    QCOMPARE(written.size(), 2);
    models::AccountStore reread(ini);
    QCOMPARE(reread.accounts().size(), 2);
    models::Account second;
    QVERIFY(reread.find(QStringLiteral("Second"), &second));
    QCOMPARE(second.incoming.user, user);
    QCOMPARE(second.incoming.protocol, Protocol::Pop3);
    QCOMPARE(second.incoming.port, m_server.port("POP3S_PORT"));
    QCOMPARE(second.incoming.trust.pinnedSha256, m_serverSha256);
    QCOMPARE(wizard.pop3Options(), (models::Pop3Options{true, 7, 15}));
    // The options are part of the saved account.
    QCOMPARE(second.pop3, (models::Pop3Options{true, 7, 15}));
}

QTEST_MAIN(TestAccountTester)
#include "tst_accounttester.moc"
