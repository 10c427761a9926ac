// AccountWizard page by page, offscreen, without fakes of Postier's own code: discovery runs
// against the built-in table, a local HTTP server on 127.0.0.1 serving Thunderbird autoconfig
// files (DiscoveryOptions::autoconfigServerOverride) and an injected SRV resolver; the login
// test runs for real against a closed local port. The successful login, the certificate trust
// and saving are proven against dovecot in tests/integration/tst_accounttester.cpp.
// Every page is grabbed to /tmp/wizard-*.png for a look.

#include "models/autoconfig/AccountDiscovery.h"
#include "tests/support/LocalHttpServer.h"
#include "ui/wizards/AccountDiscoveryPage.h"
#include "ui/wizards/AccountDonePage.h"
#include "ui/wizards/AccountIdentityPage.h"
#include "ui/wizards/AccountManualPage.h"
#include "ui/wizards/AccountPop3OptionsWidget.h"
#include "ui/wizards/AccountServerCheckWidget.h"
#include "ui/wizards/AccountTestPage.h"
#include "ui/wizards/AccountWizard.h"

#include <QAbstractButton>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QElapsedTimer>
#include <QHash>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>
#include <QTimer>

using namespace postier;
using namespace postier::ui;
using protocols::Protocol;
using protocols::Security;

namespace {

using postier::test::LocalHttpServer;


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

/// A port on 127.0.0.1 where nothing listens.
quint16 closedPort()
{
    QTcpServer probe;
    probe.listen(QHostAddress::LocalHost, 0);
    const quint16 port = probe.serverPort();
    probe.close();
    return port;
}

QByteArray autoconfigXml(quint16 imapPort, quint16 smtpPort)
{
    return QStringLiteral(R"(<?xml version="1.0" encoding="UTF-8"?>
<clientConfig version="1.1"><emailProvider id="wizard.test">
  <domain>wizard.test</domain><displayName>Wizard Test Mail</displayName>
  <incomingServer type="imap"><hostname>127.0.0.1</hostname><port>%1</port>
    <socketType>SSL</socketType><username>%EMAILLOCALPART%</username>
    <authentication>password-cleartext</authentication></incomingServer>
  <incomingServer type="pop3"><hostname>127.0.0.1</hostname><port>%1</port>
    <socketType>SSL</socketType><username>%EMAILLOCALPART%</username>
    <authentication>password-cleartext</authentication></incomingServer>
  <outgoingServer type="smtp"><hostname>127.0.0.1</hostname><port>%2</port>
    <socketType>STARTTLS</socketType><username>%EMAILLOCALPART%</username>
    <authentication>password-cleartext</authentication></outgoingServer>
</emailProvider></clientConfig>)")
        .arg(imapPort)
        .arg(smtpPort)
        .toUtf8();
}

void grab(QWidget *widget, const QString &name)
{
    QApplication::processEvents();
    const QString path = QStringLiteral("/tmp/wizard-%1.png").arg(name);
    if (!widget->grab().save(path))
        qWarning("could not save %s", qPrintable(path));
}

/// The visible text of every label under `widget`, for asserting that a sentence is shown.
QString visibleText(const QWidget *widget)
{
    QStringList out;
    for (const QLabel *label : widget->findChildren<QLabel *>()) {
        if (label->isVisible())
            out << label->text();
    }
    return out.join(QLatin1Char('\n'));
}

/// Every label in `widget` that wraps is allowed to grow: none may be cut off. A label whose
/// text needs more room than it got (no word wrap and a narrower width) fails.
void verifyNoTruncatedLabels(const QWidget *widget)
{
    for (const QLabel *label : widget->findChildren<QLabel *>()) {
        if (!label->isVisible() || label->text().isEmpty() || label->pixmap().isNull() == false)
            continue;
        if (label->wordWrap()) {
            const int needed = label->heightForWidth(label->width());
            QVERIFY2(needed <= label->height() + 1,
                     qPrintable(QStringLiteral("label cut off vertically (%1 > %2): %3")
                                    .arg(needed).arg(label->height()).arg(label->text().left(80))));
        } else {
            QVERIFY2(label->sizeHint().width() <= label->width() + 1,
                     qPrintable(QStringLiteral("label cut off horizontally (%1 > %2): %3")
                                    .arg(label->sizeHint().width()).arg(label->width()).arg(label->text())));
        }
    }
    for (const QAbstractButton *button : widget->findChildren<QAbstractButton *>()) {
        if (!button->isVisible() || button->text().isEmpty())
            continue;
        QVERIFY2(button->sizeHint().width() <= button->width() + 1,
                 qPrintable(QStringLiteral("button cut off (%1 > %2): %3")
                                .arg(button->sizeHint().width()).arg(button->width()).arg(button->text())));
    }
}

struct Fixture {
    LocalHttpServer http;
    AccountWizard wizard;

    Fixture()
    {
        models::DiscoveryOptions options;
        options.autoconfigServerOverride = http.baseUrl();
        options.autoconfigTimeoutMs = 3000;
        options.srvTimeoutMs = 3000;
        options.srvResolverFactory = [] { return std::make_unique<EmptySrvResolver>(); };
        wizard.setDiscoveryOptions(options);
        wizard.show();
        if (!QTest::qWaitForWindowExposed(&wizard))
            qWarning("wizard not exposed");
    }

    void fillIdentity(const QString &address, const QString &password = QStringLiteral("secret"))
    {
        AccountIdentityPage *page = wizard.identityPage();
        page->nameEdit()->setText(QStringLiteral("Anna Martin"));
        page->addressEdit()->setText(address);
        page->passwordEdit()->setText(password);
    }

    /// From the identity page to a finished discovery.
    bool discover(const QString &address)
    {
        fillIdentity(address);
        wizard.next();
        if (wizard.currentId() != AccountWizard::DiscoveryPageId)
            return false;
        QElapsedTimer t;
        t.start();
        while (!wizard.discoveryPage()->isComplete() && t.elapsed() < 15000)
            QTest::qWait(20);
        return wizard.discoveryPage()->isComplete();
    }
};

} // namespace

class TestAccountWizard : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void identityPage();
    void discoveryFromProviderTable();
    void discoveryFromAutoconfigThenEdit();
    void discoveryNothingFoundGoesToManual();
    void manualPageSecurityAndPop3();
    void testPageServerUnreachable();
    void goingBackAbandonsTheTest();
    void withoutStoreSavesNothing();
};

void TestAccountWizard::identityPage()
{
    Fixture f;
    AccountIdentityPage *page = f.wizard.identityPage();
    QCOMPARE(f.wizard.currentId(), int(AccountWizard::IdentityPageId));
    QAbstractButton *next = f.wizard.button(QWizard::NextButton);
    QVERIFY(!next->isEnabled());

    // Keyboard only: type in each field, move with Tab.
    page->nameEdit()->setFocus();
    QTest::keyClicks(page->nameEdit(), QStringLiteral("Anna Martin"));
    QTest::keyClick(page->nameEdit(), Qt::Key_Tab);
    QVERIFY(page->addressEdit()->hasFocus());
    QTest::keyClicks(page->addressEdit(), QStringLiteral("anna.example.com"));
    QTest::keyClick(page->addressEdit(), Qt::Key_Tab);
    QVERIFY(page->passwordEdit()->hasFocus());
    QTest::keyClicks(page->passwordEdit(), QStringLiteral("s3cret"));
    QVERIFY(!page->isComplete()); // no @
    QVERIFY(!next->isEnabled());
    QVERIFY2(visibleText(page).contains(QLatin1String("This is not a complete e-mail address")),
             qPrintable(visibleText(page)));
    grab(&f.wizard, QStringLiteral("1a-identity-invalid"));
    verifyNoTruncatedLabels(&f.wizard);

    page->addressEdit()->setText(QStringLiteral("anna@example.com"));
    QVERIFY(page->isComplete());
    QVERIFY(next->isEnabled());
    QVERIFY(!visibleText(page).contains(QLatin1String("not a complete")));

    QCOMPARE(page->passwordEdit()->echoMode(), QLineEdit::Password);
    page->showPasswordBox()->click();
    QCOMPARE(page->passwordEdit()->echoMode(), QLineEdit::Normal);
    page->showPasswordBox()->click();
    QCOMPARE(page->passwordEdit()->echoMode(), QLineEdit::Password);

    page->passwordEdit()->clear();
    QVERIFY(!next->isEnabled());
    page->passwordEdit()->setText(QStringLiteral("s3cret"));
    grab(&f.wizard, QStringLiteral("1-identity"));
    verifyNoTruncatedLabels(&f.wizard);
}

void TestAccountWizard::discoveryFromProviderTable()
{
    Fixture f;
    f.fillIdentity(QStringLiteral("anna@gmail.com"));
    f.wizard.next();
    QCOMPARE(f.wizard.currentId(), int(AccountWizard::DiscoveryPageId));
    AccountDiscoveryPage *page = f.wizard.discoveryPage();
    QTRY_VERIFY(page->isComplete());
    QVERIFY(f.wizard.button(QWizard::NextButton)->isEnabled());

    QCOMPARE(page->result().source, models::DiscoveryResult::Source::Table);
    QCOMPARE(page->statusLabel()->text(), QStringLiteral("Postier knows the settings of Gmail."));
    QVERIFY2(page->summaryLabel()->text().contains(QLatin1String("imap.gmail.com, port 993, SSL/TLS")),
             qPrintable(page->summaryLabel()->text()));
    QVERIFY(page->summaryLabel()->text().contains(QLatin1String("smtp.gmail.com, port 465, SSL/TLS")));
    // The app password is explained before any login is tried.
    QVERIFY(page->noticeLabel()->isVisible());
    QVERIFY(page->noticeLabel()->text().contains(QLatin1String("app password")));
    // Gmail offers IMAP and POP3: the user picks, IMAP first.
    QVERIFY(page->imapButton()->isVisible());
    QVERIFY(page->imapButton()->isChecked());
    grab(&f.wizard, QStringLiteral("2-discovery-gmail"));
    verifyNoTruncatedLabels(&f.wizard);

    page->pop3Button()->click();
    QVERIFY(page->summaryLabel()->text().contains(QLatin1String("pop.gmail.com, port 995")));
    QCOMPARE(page->nextId(), int(AccountWizard::TestPageId));
    grab(&f.wizard, QStringLiteral("2b-discovery-gmail-pop3"));

    // Back and forward again with another address runs a new discovery.
    f.wizard.back();
    QCOMPARE(f.wizard.currentId(), int(AccountWizard::IdentityPageId));
    f.wizard.identityPage()->addressEdit()->setText(QStringLiteral("anna@ik.me"));
    f.wizard.next();
    QTRY_VERIFY(page->isComplete());
    QCOMPARE(page->statusLabel()->text(), QStringLiteral("Postier knows the settings of Infomaniak."));
    QVERIFY(!page->noticeLabel()->isVisible());
    QVERIFY(page->summaryLabel()->text().contains(QLatin1String("mail.infomaniak.com, port 993")));
    grab(&f.wizard, QStringLiteral("2c-discovery-infomaniak"));
}

void TestAccountWizard::discoveryFromAutoconfigThenEdit()
{
    Fixture f;
    f.http.setBody(QStringLiteral("/mail/config-v1.1.xml"), autoconfigXml(1993, 1587));
    QVERIFY(f.discover(QStringLiteral("bob@wizard.test")));
    AccountDiscoveryPage *page = f.wizard.discoveryPage();
    QCOMPARE(page->result().source, models::DiscoveryResult::Source::Autoconfig);
    QCOMPARE(page->statusLabel()->text(),
             QStringLiteral("wizard.test publishes its settings for mail programs at autoconfig.wizard.test."));
    QVERIFY(page->summaryLabel()->text().contains(QLatin1String("127.0.0.1, port 1993, SSL/TLS")));
    QVERIFY(page->summaryLabel()->text().contains(QLatin1String("127.0.0.1, port 1587, STARTTLS")));
    grab(&f.wizard, QStringLiteral("2d-discovery-autoconfig"));

    // "Edit settings" opens the manual page filled with what was found.
    QVERIFY(page->editButton()->isEnabled());
    page->editButton()->click();
    QCOMPARE(f.wizard.currentId(), int(AccountWizard::ManualPageId));
    AccountManualPage *manual = f.wizard.manualPage();
    QCOMPARE(manual->incoming().host, QStringLiteral("127.0.0.1"));
    QCOMPARE(manual->incoming().port, quint16(1993));
    QCOMPARE(manual->incoming().security, Security::Tls);
    QCOMPARE(manual->incoming().user, QStringLiteral("bob"));
    QCOMPARE(manual->outgoing().port, quint16(1587));
    QCOMPARE(manual->outgoing().security, Security::StartTls);
    QVERIFY(manual->isComplete());

    // Back on the discovery page, Next leads to the test again, not to the manual page.
    f.wizard.back();
    QCOMPARE(f.wizard.currentId(), int(AccountWizard::DiscoveryPageId));
    QCOMPARE(page->nextId(), int(AccountWizard::TestPageId));
}

void TestAccountWizard::discoveryNothingFoundGoesToManual()
{
    Fixture f;
    QVERIFY(f.discover(QStringLiteral("carla@nowhere.test")));
    AccountDiscoveryPage *page = f.wizard.discoveryPage();
    QCOMPARE(page->result().source, models::DiscoveryResult::Source::None);
    QVERIFY(page->statusLabel()->text().contains(QLatin1String("could not find the settings for nowhere.test")));
    const QString text = visibleText(page);
    QVERIFY2(text.contains(QLatin1String("What Postier tried:")), qPrintable(text));
    QVERIFY(text.contains(QLatin1String("autoconfig.nowhere.test has no settings file for mail (HTTP 404).")));
    QVERIFY(!page->summaryLabel()->isVisible());
    QCOMPARE(page->nextId(), int(AccountWizard::ManualPageId));
    grab(&f.wizard, QStringLiteral("2e-discovery-nothing"));
    verifyNoTruncatedLabels(&f.wizard);

    f.wizard.next();
    QCOMPARE(f.wizard.currentId(), int(AccountWizard::ManualPageId));
    AccountManualPage *manual = f.wizard.manualPage();
    // Nothing known: the usual secure ports, the address as user name, hosts to be typed.
    QVERIFY(manual->incomingHostEdit()->text().isEmpty());
    QCOMPARE(manual->incoming().port, quint16(993));
    QCOMPARE(manual->incoming().user, QStringLiteral("carla@nowhere.test"));
    QCOMPARE(manual->outgoing().port, quint16(465));
    QCOMPARE(manual->outgoing().user, QStringLiteral("carla@nowhere.test"));
    QVERIFY(!manual->isComplete());
    QVERIFY(!f.wizard.button(QWizard::NextButton)->isEnabled());
    manual->incomingHostEdit()->setText(QStringLiteral("mail.nowhere.test"));
    manual->outgoingHostEdit()->setText(QStringLiteral("smtp.nowhere.test"));
    QVERIFY(manual->isComplete());
    manual->outgoingHostEdit()->setText(QStringLiteral("smtp nowhere"));
    QVERIFY(!manual->isComplete());
    manual->outgoingHostEdit()->setText(QStringLiteral("smtp.nowhere.test"));
    grab(&f.wizard, QStringLiteral("3-manual"));
    verifyNoTruncatedLabels(&f.wizard);
}

void TestAccountWizard::manualPageSecurityAndPop3()
{
    Fixture f;
    QVERIFY(f.discover(QStringLiteral("dan@nowhere.test")));
    f.wizard.next();
    AccountManualPage *manual = f.wizard.manualPage();
    manual->incomingHostEdit()->setText(QStringLiteral("mail.nowhere.test"));
    manual->outgoingHostEdit()->setText(QStringLiteral("mail.nowhere.test"));

    // Protocol and security move a default port to the new default, and leave a custom one.
    manual->protocolBox()->setCurrentIndex(manual->protocolBox()->findData(int(Protocol::Pop3)));
    QCOMPARE(manual->incoming().port, quint16(995));
    QVERIFY(manual->pop3Options()->isVisible());
    manual->incomingSecurityBox()->setCurrentIndex(manual->incomingSecurityBox()->findData(int(Security::StartTls)));
    QCOMPARE(manual->incoming().port, quint16(110));
    manual->outgoingSecurityBox()->setCurrentIndex(manual->outgoingSecurityBox()->findData(int(Security::StartTls)));
    QCOMPARE(manual->outgoing().port, quint16(587));
    manual->outgoingPortBox()->setValue(2525);
    manual->outgoingSecurityBox()->setCurrentIndex(manual->outgoingSecurityBox()->findData(int(Security::Tls)));
    QCOMPARE(manual->outgoing().port, quint16(2525));

    // No encryption only after an explicit warning and consent.
    QVERIFY(manual->isComplete());
    QVERIFY(!manual->plainWarningLabel()->isVisible());
    manual->incomingSecurityBox()->setCurrentIndex(manual->incomingSecurityBox()->findData(int(Security::None)));
    QVERIFY(manual->plainWarningLabel()->isVisible());
    QVERIFY(manual->plainWarningLabel()->text().contains(QLatin1String("anyone on the way can read them")));
    QVERIFY(manual->plainConsentBox()->isVisible());
    QVERIFY(!manual->isComplete());
    QVERIFY(!f.wizard.button(QWizard::NextButton)->isEnabled());
    grab(&f.wizard, QStringLiteral("3b-manual-pop3-plain"));
    verifyNoTruncatedLabels(&f.wizard);
    manual->plainConsentBox()->click();
    QVERIFY(manual->isComplete());
    QVERIFY(f.wizard.button(QWizard::NextButton)->isEnabled());
    manual->incomingSecurityBox()->setCurrentIndex(manual->incomingSecurityBox()->findData(int(Security::Tls)));
    QVERIFY(!manual->plainConsentBox()->isChecked()); // consent does not outlive the warning
    QVERIFY(!manual->plainWarningLabel()->isVisible());

    // POP3 options.
    AccountPop3OptionsWidget *pop3 = manual->pop3Options();
    QVERIFY(pop3->leaveOnServerBox()->isChecked());
    pop3->removeAfterDaysBox()->setValue(30);
    pop3->checkIntervalBox()->setValue(5);
    pop3->leaveOnServerBox()->click();
    QVERIFY(!pop3->removeAfterBox()->isEnabled());
    QCOMPARE(pop3->options().removeAfterDays, 0);
    pop3->leaveOnServerBox()->click();
    QCOMPARE(pop3->options(), (models::Pop3Options{true, 30, 5}));
    QVERIFY(manual->validatePage());
    QCOMPARE(f.wizard.pop3Options(), (models::Pop3Options{true, 30, 5}));
    QCOMPARE(f.wizard.state().incoming.protocol, Protocol::Pop3);
}

void TestAccountWizard::testPageServerUnreachable()
{
    Fixture f;
    const quint16 port = closedPort();
    f.http.setBody(QStringLiteral("/mail/config-v1.1.xml"), autoconfigXml(port, port));
    QVERIFY(f.discover(QStringLiteral("erin@wizard.test")));
    QCOMPARE(f.wizard.discoveryPage()->nextId(), int(AccountWizard::TestPageId));
    f.wizard.next();
    QCOMPARE(f.wizard.currentId(), int(AccountWizard::TestPageId));
    AccountTestPage *page = f.wizard.testPage();
    QVERIFY(!page->isComplete());
    QVERIFY(!f.wizard.button(QWizard::NextButton)->isEnabled());

    QTRY_COMPARE_WITH_TIMEOUT(page->incomingCheck()->status(), AccountServerCheckWidget::Status::Failed, 15000);
    QTRY_COMPARE_WITH_TIMEOUT(page->outgoingCheck()->status(), AccountServerCheckWidget::Status::Failed, 15000);
    QCOMPARE(page->tester().error(models::AccountTester::Role::Incoming).kind(), protocols::ErrorKind::Network);
    const QString sentence = page->incomingCheck()->messageLabel()->text();
    QVERIFY2(sentence.startsWith(QStringLiteral("Could not connect to 127.0.0.1 on port %1").arg(port)),
             qPrintable(sentence));
    QVERIFY(page->incomingCheck()->retryButton()->isVisible());
    QVERIFY(!page->incomingCheck()->trustButton()->isVisible());
    QVERIFY(!page->isComplete());
    QVERIFY(!f.wizard.button(QWizard::NextButton)->isEnabled());
    QVERIFY(page->summaryLabel()->text().contains(QLatin1String("Go back to correct")));
    grab(&f.wizard, QStringLiteral("4-test-unreachable"));
    verifyNoTruncatedLabels(&f.wizard);

    // Try again runs the check again, with the same outcome.
    page->incomingCheck()->retryButton()->click();
    QCOMPARE(page->incomingCheck()->status(), AccountServerCheckWidget::Status::Running);
    QTRY_COMPARE_WITH_TIMEOUT(page->incomingCheck()->status(), AccountServerCheckWidget::Status::Failed, 15000);
}

void TestAccountWizard::goingBackAbandonsTheTest()
{
    Fixture f;
    // A server that accepts and never greets: the check stays running until abandoned.
    QTcpServer silent;
    QVERIFY(silent.listen(QHostAddress::LocalHost, 0));
    f.http.setBody(QStringLiteral("/mail/config-v1.1.xml"), autoconfigXml(silent.serverPort(), silent.serverPort()));
    QVERIFY(f.discover(QStringLiteral("finn@wizard.test")));
    f.wizard.next();
    AccountTestPage *page = f.wizard.testPage();
    QCOMPARE(page->incomingCheck()->status(), AccountServerCheckWidget::Status::Running);
    QVERIFY(page->tester().isRunning());
    QTest::qWait(200);
    grab(&f.wizard, QStringLiteral("4b-test-running"));

    QElapsedTimer timer;
    timer.start();
    f.wizard.back();
    QVERIFY2(timer.elapsed() < 1000, "going back must not wait for the server");
    QCOMPARE(f.wizard.currentId(), int(AccountWizard::DiscoveryPageId));
    QVERIFY(!page->tester().isRunning());
}

void TestAccountWizard::withoutStoreSavesNothing()
{
    AccountWizard wizard;
    QCOMPARE(wizard.currentId(), -1); // not shown yet
    const models::Account a = wizard.account();
    QVERIFY(a.id.isEmpty());
    QVERIFY(a.enabled);
    QVERIFY(wizard.keychainWarning().isEmpty());
    QVERIFY(wizard.minimumWidth() >= 560);
}

QTEST_MAIN(TestAccountWizard)
#include "tst_accountwizard.moc"
