// The POP→IMAP conversion wizard against the real dovecot, both layouts: a POP account on the
// test server downloads its mail into its local store as the app does (Pop3FetchJob into
// LocalStore::rootFor), the user files and flags some of it and has local folders of their own;
// then the wizard is clicked through every page. On the server every message must be in the right
// folder, byte for byte, with its flags and INTERNALDATE; the report says all verified and is in
// “Postier reports”; the POP account is off and the IMAP account the default; a second run copies
// nothing. Also: the quota warning of the preflight, and closing mid-way then continuing from the
// start-up offer. Screenshots of every page go to $POSTIER_SCREENSHOT_DIR (or the temp dir):
// migration-*.png.

#include "models/accounts/AccountStore.h"
#include "models/accounts/PasswordStore.h"
#include "models/local/LocalStore.h"
#include "models/migration/FolderMappingModel.h"
#include "models/migration/MessageKey.h"
#include "models/migration/MigrationEngine.h"
#include "models/migration/MigrationPreflight.h"
#include "models/migration/PendingMigration.h"
#include "protocols/Connection.h"
#include "protocols/imap/FetchIdentityJob.h"
#include "protocols/imap/FetchMessageJob.h"
#include "protocols/imap/ImapParser.h"
#include "protocols/imap/ListFoldersJob.h"
#include "protocols/imap/QuotaJob.h"
#include "protocols/local/LocalSource.h"
#include "protocols/local/MaildirStore.h"
#include "protocols/pop3/Pop3FetchJob.h"
#include "tests/support/LocalHttpServer.h"
#include "tests/support/MigrationCheck.h"
#include "tests/support/MemoryKeychain.h"
#include "tests/support/TestServer.h"
#include "ui/migration/MigrationAccountPage.h"
#include "ui/migration/MigrationFinishPage.h"
#include "ui/migration/MigrationMappingPage.h"
#include "ui/migration/MigrationPreflightPage.h"
#include "ui/migration/MigrationReportPage.h"
#include "ui/migration/MigrationUploadPage.h"
#include "ui/migration/MigrationWizard.h"
#include "ui/wizards/AccountServerCheckWidget.h"

#include <QAbstractButton>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTreeView>

using namespace postier;
using postier::test::TestServer;
using namespace postier::test;
using protocols::Protocol;
using protocols::Security;
using ui::MigrationWizard;

namespace {

constexpr int kWaitMs = 60000; // only reached when something is broken


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

QByteArray autoconfigXml(quint16 imapsPort, quint16 pop3sPort)
{
    return QStringLiteral(R"(<?xml version="1.0" encoding="UTF-8"?>
<clientConfig version="1.1"><emailProvider id="postier.test">
  <domain>postier.test</domain><displayName>Postier Test Mail</displayName>
  <incomingServer type="pop3"><hostname>127.0.0.1</hostname><port>%2</port>
    <socketType>SSL</socketType><username>%EMAILADDRESS%</username>
    <authentication>password-cleartext</authentication></incomingServer>
  <incomingServer type="imap"><hostname>127.0.0.1</hostname><port>%1</port>
    <socketType>SSL</socketType><username>%EMAILADDRESS%</username>
    <authentication>password-cleartext</authentication></incomingServer>
</emailProvider></clientConfig>)")
        .arg(imapsPort)
        .arg(pop3sPort)
        .toUtf8();
}

QByteArray message(const QByteArray &id, const QByteArray &subject, const QByteArray &date, const QByteArray &body)
{
    return "From: Claire Dubois <claire@example.test>\r\nTo: someone@postier.test\r\nSubject: " + subject
        + "\r\nDate: " + date + "\r\nMessage-ID: <" + id + ">\r\nMIME-Version: 1.0\r\n"
          "Content-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: 8bit\r\n\r\n" + body + "\r\n";
}

QString screenshotPath(const QString &name)
{
    QString dir = qEnvironmentVariable("POSTIER_SCREENSHOT_DIR");
    if (dir.isEmpty())
        dir = QDir::tempPath();
    QDir().mkpath(dir);
    return dir + QLatin1Char('/') + name;
}

void grab(QWidget *widget, const QString &name)
{
    QApplication::processEvents();
    if (!widget->grab().save(screenshotPath(QStringLiteral("migration-%1.png").arg(name))))
        qWarning("could not save the screenshot %s", qPrintable(name));
}

/// No visible label or button of `widget` is cut off.
void verifyNothingTruncated(const QWidget *widget)
{
    for (const QLabel *label : widget->findChildren<QLabel *>()) {
        if (!label->isVisible() || label->text().isEmpty() || !label->pixmap().isNull())
            continue;
        if (label->wordWrap()) {
            QVERIFY2(label->heightForWidth(label->width()) <= label->height() + 1,
                     qPrintable(QStringLiteral("label cut off vertically: ") + label->text().left(80)));
        } else {
            QVERIFY2(label->sizeHint().width() <= label->width() + 1,
                     qPrintable(QStringLiteral("label cut off: ") + label->text()));
        }
    }
    for (const QAbstractButton *button : widget->findChildren<QAbstractButton *>()) {
        if (button->isVisible() && !button->text().isEmpty())
            QVERIFY2(button->sizeHint().width() <= button->width() + 1,
                     qPrintable(QStringLiteral("button cut off: ") + button->text()));
    }
}

QStringList serverFolders(protocols::Connection &c, QChar *separator = nullptr)
{
    protocols::ListFoldersJob list;
    list.setAutoDelete(false);
    if (protocols::runJobAndWait(c, list))
        return {};
    QStringList out;
    for (const protocols::FolderInfo &f : list.folders()) {
        out << f.path;
        if (separator && !f.separator.isNull())
            *separator = f.separator;
    }
    return out;
}

/// Clicks a wizard button the way a user does (it must be visible and enabled).
void click(QWizard &wizard, QWizard::WizardButton which)
{
    QAbstractButton *button = wizard.button(which);
    QVERIFY(button);
    QVERIFY2(button->isVisible() && button->isEnabled(), qPrintable(button->text()));
    QTest::mouseClick(button, Qt::LeftButton);
}

} // namespace

class TestMigrationWizard : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void convertThroughEveryPage_data();
    void convertThroughEveryPage();
    void leftOnServerGetsLocalFlags();
    void nothingPublishedAndNoPassword();
    void quotaWarning();
    void closeMidwayThenContinue();

private:
    struct Setup {
        QString user;
        QString popId;
        QString root;
        QString settings;
    };
    /// A POP account on `server` whose mail was downloaded into its local store and then filed,
    /// flagged and added to locally.
    bool makePopAccount(const TestServer &server, Setup *setup, bool leaveOnServer = false);
    void configure(MigrationWizard &wizard, const TestServer &server);
    /// Clicks from the first page to the report page, checking each; with screenshots.
    void runWizard(MigrationWizard &wizard, bool screenshots);

    TestServer m_fs;
    TestServer m_maildirpp;
    QTemporaryDir m_dir;
    test::MemoryKeychain m_passwords;
    test::LocalHttpServer m_http;
};

void TestMigrationWizard::initTestCase()
{
    m_fs = TestServer::fromEnvironment(QStringLiteral("fs"));
    m_maildirpp = TestServer::fromEnvironment(QStringLiteral("maildirpp"));
    QVERIFY2(m_fs.isValid() && m_maildirpp.isValid(), "run through ctest: the dovecot fixture is needed");
    QVERIFY(m_dir.isValid());
    // The local stores and the migration journals go to the application data location.
    qputenv("XDG_DATA_HOME", QFile::encodeName(m_dir.filePath(QStringLiteral("data"))));
}

bool TestMigrationWizard::makePopAccount(const TestServer &server, Setup *setup, bool leaveOnServer)
{
    setup->user = server.addUser(QStringLiteral("popwiz"));
    if (setup->user.isEmpty())
        return false;
    const QString address = setup->user + QStringLiteral("@postier.test");
    bool ok = server.deliver(setup->user, message("r1@example.test", "=?UTF-8?Q?R=C3=A9union_de_rentr=C3=A9e?=",
                                                  "Sun, 24 Nov 2024 09:12:00 +0100", "La réunion a lieu lundi à 9 h."))
        && server.deliver(setup->user, message("c1@example.test", "Climbing on Saturday?", "Mon, 25 Nov 2024 18:40:00 +0100",
                                               "Are you in for the climbing gym?"))
        && server.deliver(setup->user, message("b1@air.example", "Your booking ZRH to LIS", "Wed, 20 Nov 2024 07:00:00 +0100",
                                               "Booking reference: PSTR42"))
        && server.deliver(setup->user, message("p1@example.test", "Plan for the project", "Tue, 19 Nov 2024 10:00:00 +0100",
                                               QByteArray(3000, 'p')));
    if (!ok)
        return false;

    setup->settings = m_dir.filePath(setup->user + QStringLiteral(".ini"));
    models::AccountStore store(setup->settings);
    models::Account pop;
    pop.name = QStringLiteral("Home");
    pop.address = address;
    pop.displayName = QStringLiteral("Zoë Martin");
    pop.incoming = server.endpoint(Protocol::Pop3, Security::Tls, setup->user);
    pop.outgoing = server.endpoint(Protocol::Smtp, Security::StartTls, setup->user);
    pop.pop3.leaveOnServer = leaveOnServer;
    QString error;
    if (!store.save(pop, &error)) {
        qWarning() << error;
        return false;
    }
    for (const models::Account &a : store.accounts()) {
        if (a.address == address)
            setup->popId = a.id;
    }
    store.setDefaultAccountId(setup->popId);
    m_passwords.entries.insert(models::Account::passwordKey(pop.incoming), TestServer::passwordFor(setup->user));

    // Get Messages, as LocalMail does it: into the account's store.
    setup->root = models::LocalStore::rootFor(setup->popId);
    protocols::MaildirStore local(setup->root);
    if (!models::LocalStore::ensureStandardFolders(local, nullptr))
        return false;
    protocols::Connection popConnection(pop.incoming, TestServer::passwordFor(setup->user));
    protocols::Pop3FetchJob fetch(setup->root);
    fetch.setAutoDelete(false);
    fetch.setLeaveOnServer(leaveOnServer);
    const protocols::Error fetched = protocols::runJobAndWait(popConnection, fetch);
    if (fetched || fetch.fetchedCount() != 4) {
        qWarning() << fetched.sentence() << fetch.fetchedCount();
        return false;
    }

    // What the user did since: read and flagged, filed one into a folder of their own, a sent
    // copy, and a draft in a subfolder with an accent.
    if (!local.createFolder(QStringLiteral("Projets")) || !local.createFolder(QStringLiteral("Projets/Été 2024")))
        return false;
    for (const protocols::MaildirMessage &m : local.messages(QStringLiteral("INBOX"))) {
        const QByteArray head = local.readMessage(QStringLiteral("INBOX"), m.id).left(4000);
        if (head.contains("<r1@example.test>"))
            ok = ok && local.setFlags(QStringLiteral("INBOX"), m.id, QStringLiteral("S"));
        else if (head.contains("<c1@example.test>"))
            ok = ok && local.setFlags(QStringLiteral("INBOX"), m.id, QStringLiteral("FRS"));
        else if (head.contains("<p1@example.test>"))
            ok = ok && local.moveMessage(QStringLiteral("INBOX"), m.id, QStringLiteral("Projets"), QString()).has_value();
    }
    ok = ok && !local.deliver(QStringLiteral("Sent"), message("s1@postier.test", "Re: Climbing", "Mon, 25 Nov 2024 19:00:00 +0100", "Yes!"),
                              QStringLiteral("S"), 1732557600).isEmpty();
    ok = ok && !local.deliver(QStringLiteral("Projets/Été 2024"), message("d1@postier.test", "Brouillon", "Fri, 01 Mar 2024 08:00:00 +0100", "à finir"),
                              QStringLiteral("D"), 1709276400).isEmpty();
    return ok;
}

void TestMigrationWizard::configure(MigrationWizard &wizard, const TestServer &server)
{
    m_http.setBody(QStringLiteral("/mail/config-v1.1.xml"),
                   autoconfigXml(server.port("IMAPS_PORT"), server.port("POP3S_PORT")));
    models::DiscoveryOptions options;
    options.useProviderTable = false;
    options.autoconfigServerOverride = m_http.baseUrl();
    options.autoconfigTimeoutMs = 5000;
    options.srvTimeoutMs = 2000;
    options.srvResolverFactory = [] { return std::make_unique<EmptySrvResolver>(); };
    wizard.setDiscoveryOptions(options);
    wizard.setPasswordStore(&m_passwords);
}

void TestMigrationWizard::runWizard(MigrationWizard &wizard, bool screenshots)
{
    wizard.show();
    QVERIFY(QTest::qWaitForWindowExposed(&wizard));

    // 1. The POP account and its IMAP side, found and tried without typing anything.
    QCOMPARE(wizard.currentId(), int(MigrationWizard::AccountPageId));
    ui::MigrationAccountPage *account = wizard.accountPage();
    QTRY_VERIFY_WITH_TIMEOUT(account->isComplete(), kWaitMs);
    QVERIFY(!account->passwordEdit()->isVisible());
    QVERIFY2(account->sameHostLabel()->text().contains(QStringLiteral("same server")), qPrintable(account->sameHostLabel()->text()));
    QCOMPARE(account->serverCheck()->status(), ui::AccountServerCheckWidget::Status::Passed);
    if (screenshots) {
        verifyNothingTruncated(&wizard);
        grab(&wizard, QStringLiteral("1-account"));
    }
    click(wizard, QWizard::NextButton);

    // 2. Preflight.
    QCOMPARE(wizard.currentId(), int(MigrationWizard::PreflightPageId));
    ui::MigrationPreflightPage *preflight = wizard.preflightPage();
    QTRY_VERIFY_WITH_TIMEOUT(preflight->isComplete(), kWaitMs);
    QVERIFY2(preflight->messagesLabel()->text().startsWith(QStringLiteral("6 (")), qPrintable(preflight->messagesLabel()->text()));
    QVERIFY2(preflight->largestLabel()->text().contains(QStringLiteral("Projets")), qPrintable(preflight->largestLabel()->text()));
    QVERIFY(!preflight->warningLabel()->isVisible());
    QVERIFY(!preflight->estimateLabel()->text().isEmpty());
    if (screenshots) {
        verifyNothingTruncated(&wizard);
        grab(&wizard, QStringLiteral("2-preflight"));
    }
    click(wizard, QWizard::NextButton);

    // 3. Mapping, with a dry run.
    QCOMPARE(wizard.currentId(), int(MigrationWizard::MappingPageId));
    ui::MigrationMappingPage *mapping = wizard.mappingPage();
    QCOMPARE(mapping->model()->checkedFolders(),
             (QStringList{QStringLiteral("INBOX"), QStringLiteral("Projets"), QStringLiteral("Projets/Été 2024"), QStringLiteral("Sent")}));
    QTest::mouseClick(mapping->dryRunButton(), Qt::LeftButton);
    QTRY_VERIFY2_WITH_TIMEOUT(!mapping->isDryRunning() && mapping->dryRunLabel()->text().startsWith(QStringLiteral("Dry run")),
                              qPrintable(mapping->dryRunLabel()->text()), kWaitMs);
    if (screenshots) {
        verifyNothingTruncated(&wizard);
        grab(&wizard, QStringLiteral("3-mapping"));
    }
    click(wizard, QWizard::CommitButton);

    // 4. The copy.
    QCOMPARE(wizard.currentId(), int(MigrationWizard::UploadPageId));
    ui::MigrationUploadPage *upload = wizard.uploadPage();
    QTRY_VERIFY_WITH_TIMEOUT(upload->isComplete(), kWaitMs);
    QCOMPARE(upload->overallBar()->value(), upload->overallBar()->maximum());
    QVERIFY(!wizard.button(QWizard::BackButton)->isVisible() || !wizard.button(QWizard::BackButton)->isEnabled());
    if (screenshots) {
        verifyNothingTruncated(&wizard);
        grab(&wizard, QStringLiteral("4-upload"));
    }
    click(wizard, QWizard::CommitButton);

    // 5. The report, kept on the server.
    QCOMPARE(wizard.currentId(), int(MigrationWizard::ReportPageId));
    ui::MigrationReportPage *report = wizard.reportPage();
    QTRY_VERIFY_WITH_TIMEOUT(report->isComplete(), kWaitMs);
    QVERIFY2(report->serverCopyError().isOk(), qPrintable(report->serverCopyError().sentence()));
    if (screenshots) {
        verifyNothingTruncated(&wizard);
        grab(&wizard, QStringLiteral("5-report"));
    }
}

void TestMigrationWizard::convertThroughEveryPage_data()
{
    QTest::addColumn<QString>("layout");
    QTest::newRow("fs") << QStringLiteral("fs");
    QTest::newRow("maildir++") << QStringLiteral("maildirpp");
}

void TestMigrationWizard::convertThroughEveryPage()
{
    QFETCH(QString, layout);
    const TestServer &server = layout == QLatin1String("fs") ? m_fs : m_maildirpp;
    Setup setup;
    QVERIFY(makePopAccount(server, &setup));
    const QString spec = QStringLiteral("maildir:") + setup.root;
    const auto source = readSource(spec, /*withEmptyFolders=*/false);
    QCOMPARE(source.value(QStringLiteral("INBOX")).size(), 3);
    models::AccountStore store(setup.settings);
    const auto before = snapshot(setup.root);

    {
        MigrationWizard wizard(store, setup.settings);
        configure(wizard, server);
        QSignalSpy converted(&wizard, &MigrationWizard::converted);
        runWizard(wizard, layout == QLatin1String("fs"));
        if (QTest::currentTestFailed())
            return;
        QVERIFY2(wizard.state().report.allVerified(), qPrintable(wizard.state().report.toText()));
        QCOMPARE(wizard.state().report.total(&models::MigrationFolderReport::uploaded), 6);
        QVERIFY(models::PendingMigration::exists(setup.settings)); // until Finish

        // Save… writes exactly the report shown.
        const QString saved = m_dir.filePath(setup.user + QStringLiteral("-report.txt"));
        QTest::mouseClick(wizard.reportPage()->saveButton(), Qt::LeftButton);
        QFileDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = wizard.findChild<QFileDialog *>()) != nullptr);
        dialog->selectFile(saved);
        static_cast<QDialog *>(dialog)->accept(); // as the Save button does
        QFile file(saved);
        QTRY_VERIFY(file.exists());
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(QString::fromUtf8(file.readAll()), wizard.reportPage()->reportText());
        QVERIFY(wizard.reportPage()->reportText().contains(QStringLiteral("All 6 messages verified")));
        click(wizard, QWizard::NextButton);

        // 6. Finish.
        QCOMPARE(wizard.currentId(), int(MigrationWizard::FinishPageId));
        QVERIFY(!wizard.finishPage()->defaultAnywayBox()->isVisible());
        QVERIFY(wizard.finishPage()->devicesLabel()->text().contains(QStringLiteral("leave a copy on the server")));
        QVERIFY(wizard.finishPage()->forwardingLabel()->text().contains(QStringLiteral("Gmail")));
        if (layout == QLatin1String("fs")) {
            verifyNothingTruncated(&wizard);
            grab(&wizard, QStringLiteral("6-finish"));
        }
        click(wizard, QWizard::FinishButton);
        QCOMPARE(converted.size(), 1);
    }

    // The accounts: POP off (kept, mail untouched), IMAP the default, its password in the keychain.
    models::AccountStore after(setup.settings);
    models::Account pop;
    QVERIFY(after.find(setup.popId, &pop));
    QVERIFY(!pop.enabled);
    models::Account imap;
    QVERIFY(after.find(after.defaultAccountId(), &imap));
    QCOMPARE(imap.incoming.protocol, Protocol::Imap);
    QCOMPARE(imap.address, pop.address);
    QCOMPARE(imap.incoming.user, setup.user);
    QCOMPARE(imap.outgoing.host, pop.outgoing.host);
    QCOMPARE(m_passwords.entries.value(models::Account::passwordKey(imap.incoming)), TestServer::passwordFor(setup.user));
    QVERIFY(!models::PendingMigration::exists(setup.settings));
    QCOMPARE(snapshot(setup.root), before); // the local mail is untouched

    // On the server: every message where it belongs, byte for byte, with its flags and date.
    protocols::Connection c(server.endpoint(Protocol::Imap, Security::Tls, setup.user), TestServer::passwordFor(setup.user));
    QChar sep;
    const QStringList folders = serverFolders(c, &sep);
    const QHash<QString, QString> where = {{QStringLiteral("INBOX"), QStringLiteral("INBOX")},
                                           {QStringLiteral("Sent"), QStringLiteral("Sent")},
                                           {QStringLiteral("Projets"), QStringLiteral("Projets")},
                                           {QStringLiteral("Projets/Été 2024"), QStringLiteral("Projets") + sep + QStringLiteral("Été 2024")}};
    for (auto it = source.cbegin(); it != source.cend(); ++it) {
        const QString folder = where.value(it.key());
        QVERIFY2(folders.contains(folder), qPrintable(it.key()));
        const QVector<ServerMessage> there = listServer(c, folder);
        QCOMPARE(there.size(), it.value().size());
        for (const SourceMessage &m : it.value()) {
            const auto match = std::find_if(there.cbegin(), there.cend(), [&](const ServerMessage &s) { return s.key == m.key; });
            QVERIFY2(match != there.cend(), qPrintable(it.key()));
            QCOMPARE(match->flags.bits & ~protocols::FlagRecent, int(m.flags));
            QCOMPARE(match->internalDate, m.internalDate);
            QCOMPARE(fetchRaw(c, folder, match->uid), m.bytes);
        }
    }
    QVERIFY2(!folders.contains(QStringLiteral("Archive")), "an empty local folder was created on the server");

    // The report message.
    const QString reports = QStringLiteral("Postier reports");
    const QVector<ServerMessage> kept = listServer(c, reports);
    QCOMPARE(kept.size(), 1);
    const QByteArray mail = fetchRaw(c, reports, kept.first().uid);
    QVERIFY(mail.contains("Subject: =?UTF-8?B?")); // "—" is not ASCII
    QVERIFY(mail.contains(QByteArray(QByteArray("<") + setup.user.toUtf8() + "@postier.test>")));
    QVERIFY(mail.contains("Content-Type: text/plain; charset=utf-8"));
    QVERIFY(mail.contains("All 6 messages verified"));
    QVERIFY(kept.first().flags.bits & protocols::FlagSeen);

    // A second run finds the IMAP account, copies nothing and verifies everything again.
    {
        MigrationWizard wizard(after, setup.settings);
        configure(wizard, server);
        runWizard(wizard, false);
        if (QTest::currentTestFailed())
            return;
        QVERIFY(wizard.accountPage()->accountLabel()->text().contains(imap.name));
        const models::MigrationReport &second = wizard.state().report;
        QVERIFY2(second.allVerified(), qPrintable(second.toText()));
        QCOMPARE(second.total(&models::MigrationFolderReport::uploaded), 0);
        QCOMPARE(second.total(&models::MigrationFolderReport::alreadyThere), 6);
        click(wizard, QWizard::NextButton);
        click(wizard, QWizard::FinishButton);
    }
    QCOMPARE(listServer(c, reports).size(), 2);
    QCOMPARE(listServer(c, QStringLiteral("INBOX")).size(), 3);
}

void TestMigrationWizard::leftOnServerGetsLocalFlags()
{
    // The usual POP set-up: a copy of each message stays on the server. Those copies are in the
    // server's INBOX without flags; after the conversion they must say read/flagged as here.
    Setup setup;
    QVERIFY(makePopAccount(m_fs, &setup, true));
    protocols::Connection c(m_fs.endpoint(Protocol::Imap, Security::Tls, setup.user), TestServer::passwordFor(setup.user));
    QCOMPARE(listServer(c, QStringLiteral("INBOX")).size(), 4);
    for (const ServerMessage &m : listServer(c, QStringLiteral("INBOX")))
        QCOMPARE(m.flags.bits & ~protocols::FlagRecent, 0);
    models::AccountStore store(setup.settings);
    MigrationWizard wizard(store, setup.settings);
    configure(wizard, m_fs);
    runWizard(wizard, false);
    if (QTest::currentTestFailed())
        return;
    const models::MigrationReport &report = wizard.state().report;
    QVERIFY2(report.allVerified(), qPrintable(report.toText()));
    QCOMPARE(report.folders.first().source, QStringLiteral("INBOX"));
    QCOMPARE(report.folders.first().uploaded, 0);
    QCOMPARE(report.folders.first().alreadyThere, 3);
    QCOMPARE(wizard.state().flagsCompleted, 2); // r1 (read), c1 (read, answered, flagged)
    QVERIFY(wizard.reportPage()->reportText().contains(QStringLiteral("got the flags")));
    const auto source = readSource(QStringLiteral("maildir:") + setup.root, /*withEmptyFolders=*/false);
    const QVector<ServerMessage> inbox = listServer(c, QStringLiteral("INBOX"));
    // The message filed into “Projets” here is still in the server's INBOX as POP left it.
    QCOMPARE(inbox.size(), 4);
    for (const SourceMessage &m : source.value(QStringLiteral("INBOX"))) {
        const auto match = std::find_if(inbox.cbegin(), inbox.cend(), [&](const ServerMessage &s) { return s.key == m.key; });
        QVERIFY(match != inbox.cend());
        QCOMPARE(match->flags.bits & ~protocols::FlagRecent, int(m.flags));
    }
    click(wizard, QWizard::NextButton);
    click(wizard, QWizard::FinishButton);
}

void TestMigrationWizard::nothingPublishedAndNoPassword()
{
    // No autoconfig for the domain and no password in the keychain: the page tries the POP
    // server's host on the usual IMAPS port, asks for the password once, and lets the server be
    // corrected when that port is wrong.
    const QString user = m_fs.addUser(QStringLiteral("popnone"));
    const QString settings = m_dir.filePath(user + QStringLiteral(".ini"));
    models::AccountStore store(settings);
    models::Account pop;
    pop.name = QStringLiteral("Bare");
    pop.address = user + QStringLiteral("@nothing.test");
    pop.incoming = m_fs.endpoint(Protocol::Pop3, Security::Tls, user);
    QString error;
    QVERIFY(store.save(pop, &error));
    MigrationWizard wizard(store, settings);
    configure(wizard, m_fs);
    m_http.setAnswer(QStringLiteral("/mail/config-v1.1.xml"), {404, "no", 0, false});
    wizard.show();
    QVERIFY(QTest::qWaitForWindowExposed(&wizard));
    ui::MigrationAccountPage *page = wizard.accountPage();
    QTRY_VERIFY_WITH_TIMEOUT(page->passwordEdit()->isVisible(), kWaitMs);
    QTRY_VERIFY_WITH_TIMEOUT(page->serverCheck()->isVisible(), kWaitMs);
    QCOMPARE(page->imapEndpoint().host, pop.incoming.host);
    QCOMPARE(page->imapEndpoint().port, quint16(993));
    QVERIFY(!page->isComplete());
    page->passwordEdit()->setFocus();
    QTest::keyClicks(page->passwordEdit(), TestServer::passwordFor(user));
    QTest::keyClick(page->passwordEdit(), Qt::Key_Return);
    // Nothing answers on 993 here: the check fails and the server fields appear.
    QTRY_VERIFY_WITH_TIMEOUT(page->serverCheck()->status() == ui::AccountServerCheckWidget::Status::Failed, kWaitMs);
    QVERIFY(page->hostEdit()->isVisible());
    QVERIFY(!page->isComplete());
    verifyNothingTruncated(&wizard);
    grab(&wizard, QStringLiteral("1b-account-manual"));
    page->portSpin()->setValue(m_fs.port("IMAPS_PORT"));
    QTest::mouseClick(page->checkServerButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(page->isComplete(), kWaitMs);
    QCOMPARE(page->serverCheck()->status(), ui::AccountServerCheckWidget::Status::Passed);
    QVERIFY(page->accountLabel()->text().contains(QStringLiteral("Bare (IMAP)")));
    click(wizard, QWizard::NextButton);
    QCOMPARE(wizard.state().password, TestServer::passwordFor(user));
    QCOMPARE(wizard.state().imap.incoming.port, quint16(m_fs.port("IMAPS_PORT")));
    QCOMPARE(wizard.state().imap.incoming.user, user);
    QVERIFY(wizard.state().imap.id.isEmpty()); // nothing saved before the copy starts
    QCOMPARE(store.accounts().size(), 1);
    wizard.reject();
}

void TestMigrationWizard::quotaWarning()
{
    const QString user = m_fs.addUser(QStringLiteral("popquota"), QStringLiteral("1M"));
    QVERIFY(!user.isEmpty());
    const QString settings = m_dir.filePath(user + QStringLiteral(".ini"));
    models::AccountStore store(settings);
    models::Account pop;
    pop.name = QStringLiteral("Full");
    pop.address = user + QStringLiteral("@postier.test");
    pop.incoming = m_fs.endpoint(Protocol::Pop3, Security::Tls, user);
    pop.outgoing = m_fs.endpoint(Protocol::Smtp, Security::StartTls, user);
    QString error;
    QVERIFY(store.save(pop, &error));
    QVERIFY(store.find(pop.name, &pop));
    m_passwords.entries.insert(models::Account::passwordKey(pop.incoming), TestServer::passwordFor(user));
    // 2 MB of mail on this computer for a 1 MB mailbox.
    protocols::MaildirStore local(models::LocalStore::rootFor(pop.id));
    QVERIFY(local.open());
    for (int i = 0; i < 4; ++i)
        QVERIFY(!local.deliver(QStringLiteral("INBOX"), message("q" + QByteArray::number(i) + "@example.test", "Large",
                                                                "Mon, 25 Nov 2024 18:40:00 +0100", QByteArray(500000, 'q')),
                               QStringLiteral("S"), 1732557600 + i).isEmpty());

    // The quota as the server says it.
    protocols::Connection c(m_fs.endpoint(Protocol::Imap, Security::Tls, user), TestServer::passwordFor(user));
    protocols::QuotaJob quota;
    quota.setAutoDelete(false);
    QVERIFY(!protocols::runJobAndWait(c, quota));
    QVERIFY(quota.supported());
    QCOMPARE(quota.storageLimit(), 1024 * 1024);
    QCOMPARE(quota.storageUsed(), 0);

    MigrationWizard wizard(store, settings);
    configure(wizard, m_fs);
    wizard.show();
    QVERIFY(QTest::qWaitForWindowExposed(&wizard));
    QTRY_VERIFY_WITH_TIMEOUT(wizard.accountPage()->isComplete(), kWaitMs);
    click(wizard, QWizard::NextButton);
    ui::MigrationPreflightPage *page = wizard.preflightPage();
    QTRY_VERIFY_WITH_TIMEOUT(page->preflight().result().ok() && !page->preflight().isRunning(), kWaitMs);
    QCOMPARE(page->preflight().result().quotaLimit, 1024 * 1024);
    QVERIFY(!page->preflight().result().fits());
    QVERIFY(page->warningLabel()->isVisible());
    QVERIFY2(page->warningLabel()->text().contains(QStringLiteral("will not fit")), qPrintable(page->warningLabel()->text()));
    QVERIFY(page->quotaLabel()->text().contains(QStringLiteral("free")));
    // Next waits for an explicit choice.
    QVERIFY(!page->isComplete());
    QVERIFY(!wizard.button(QWizard::NextButton)->isEnabled());
    verifyNothingTruncated(&wizard);
    grab(&wizard, QStringLiteral("2b-preflight-quota"));
    page->copyAnywayBox()->click();
    QVERIFY(page->isComplete());
    QVERIFY(wizard.button(QWizard::NextButton)->isEnabled());
    wizard.reject();
    // Nothing was changed: the POP account is still on, and nothing is pending.
    models::Account still;
    QVERIFY(store.find(pop.id, &still));
    QVERIFY(still.enabled);
    QVERIFY(!MigrationWizard::hasPendingMigration(settings));
}

void TestMigrationWizard::closeMidwayThenContinue()
{
    Setup setup;
    QVERIFY(makePopAccount(m_maildirpp, &setup));
    models::AccountStore store(setup.settings);
    protocols::Connection c(m_maildirpp.endpoint(Protocol::Imap, Security::Tls, setup.user), TestServer::passwordFor(setup.user));
    {
        MigrationWizard wizard(store, setup.settings);
        configure(wizard, m_maildirpp);
        wizard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&wizard));
        QTRY_VERIFY_WITH_TIMEOUT(wizard.accountPage()->isComplete(), kWaitMs);
        click(wizard, QWizard::NextButton);
        QTRY_VERIFY_WITH_TIMEOUT(wizard.preflightPage()->isComplete(), kWaitMs);
        click(wizard, QWizard::NextButton);
        // Only the INBOX this time, chosen with the keyboard: Space unticks a folder and the
        // folders below it.
        ui::MigrationMappingPage *mapping = wizard.mappingPage();
        QTreeView *view = mapping->view();
        QVERIFY(view->hasFocus());
        for (const QString &f : {QStringLiteral("Projets"), QStringLiteral("Sent")}) {
            view->setCurrentIndex(mapping->model()->indexOf(f));
            QTest::keyClick(view, Qt::Key_Space);
        }
        QCOMPARE(mapping->model()->checkedFolders(), QStringList{QStringLiteral("INBOX")});
        click(wizard, QWizard::CommitButton);
        // Paused before the first batch: nothing goes up.
        ui::MigrationUploadPage *upload = wizard.uploadPage();
        QTest::mouseClick(upload->pauseButton(), Qt::LeftButton);
        QVERIFY(upload->engine()->isPaused());
        QCOMPARE(upload->pauseButton()->text(), QStringLiteral("&Resume"));
        QTest::qWait(1500);
        QVERIFY(upload->engine()->isRunning());
        QCOMPARE(listServer(c, QStringLiteral("INBOX")).size(), 0);
        verifyNothingTruncated(&wizard);
        grab(&wizard, QStringLiteral("4b-upload-paused"));
        // The POP account stopped downloading, the IMAP account exists, the record is there.
        models::Account pop;
        QVERIFY(store.find(setup.popId, &pop));
        QVERIFY(!pop.enabled);
        QCOMPARE(store.accounts().size(), 2);
        QVERIFY(MigrationWizard::hasPendingMigration(setup.settings));
        wizard.reject(); // closing mid-way
    }
    QVERIFY(MigrationWizard::hasPendingMigration(setup.settings));
    QCOMPARE(models::PendingMigration::load(setup.settings).folders, QStringList{QStringLiteral("INBOX")});

    // The next start: the offer, "Continue", the same wizard again for the same account.
    QWidget window;
    int reloads = 0;
    QMessageBox *offer = MigrationWizard::offerResume(store, &window, [&reloads] { ++reloads; }, setup.settings,
                                                      [this](MigrationWizard *w) { configure(*w, m_maildirpp); });
    QVERIFY(offer);
    QTRY_VERIFY(offer->isVisible());
    QVERIFY(offer->text().contains(QStringLiteral("Home")));
    grab(offer, QStringLiteral("0-resume-offer"));
    QAbstractButton *resume = nullptr;
    for (QAbstractButton *b : offer->buttons()) {
        if (b->text() == QStringLiteral("&Continue"))
            resume = b;
    }
    QVERIFY(resume);
    QTest::mouseClick(resume, Qt::LeftButton);
    MigrationWizard *wizard = nullptr;
    QTRY_VERIFY((wizard = window.findChild<MigrationWizard *>()) != nullptr);
    QVERIFY(wizard->isResuming());
    QTRY_VERIFY_WITH_TIMEOUT(wizard->accountPage()->isComplete(), kWaitMs);
    QVERIFY(!wizard->accountPage()->accountCombo()->isEnabled());
    click(*wizard, QWizard::NextButton);
    QTRY_VERIFY_WITH_TIMEOUT(wizard->preflightPage()->isComplete(), kWaitMs);
    click(*wizard, QWizard::NextButton);
    QCOMPARE(wizard->mappingPage()->model()->checkedFolders(), QStringList{QStringLiteral("INBOX")});
    click(*wizard, QWizard::CommitButton);
    QTRY_VERIFY_WITH_TIMEOUT(wizard->uploadPage()->isComplete(), kWaitMs);
    click(*wizard, QWizard::CommitButton);
    QTRY_VERIFY_WITH_TIMEOUT(wizard->reportPage()->isComplete(), kWaitMs);
    QVERIFY2(wizard->state().report.allVerified(), qPrintable(wizard->state().report.toText()));
    QCOMPARE(wizard->state().report.total(&models::MigrationFolderReport::uploaded), 3);
    click(*wizard, QWizard::NextButton);
    click(*wizard, QWizard::FinishButton);
    QTRY_VERIFY(window.findChild<MigrationWizard *>() == nullptr); // deleted on close
    QVERIFY(reloads >= 1);
    QVERIFY(!MigrationWizard::hasPendingMigration(setup.settings));
    QCOMPARE(listServer(c, QStringLiteral("INBOX")).size(), 3);
    models::AccountStore after(setup.settings);
    models::Account imap;
    QVERIFY(after.find(after.defaultAccountId(), &imap));
    QCOMPARE(imap.incoming.protocol, Protocol::Imap);
}

QTEST_MAIN(TestMigrationWizard)
#include "tst_migrationwizard.moc"
