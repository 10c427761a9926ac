// AccountSettingsDialog on a real settings file and an in-memory keychain that answers later,
// from the event loop, like the real one: edits reach the settings file, passwords only the
// keychain (written, moved to the new key when the server changes, deleted with the account),
// bad input is a sentence and saves nothing, and keychain failures are sentences that never lose
// the stored password. One test uses the system keychain when there is one. Screenshots of every
// page go to $POSTIER_SCREENSHOT_DIR (or the temporary directory): accountsettings-*.png.

#include "models/accounts/AccountKeychain.h"
#include "models/accounts/AccountStore.h"
#include "models/accounts/PasswordStore.h"
#include "ui/accounts/AccountIdentitiesEditor.h"
#include "ui/accounts/AccountServerBox.h"
#include "tests/support/MemoryKeychain.h"
#include "ui/accounts/AccountSettingsDialog.h"
#include "ui/composer/NoticeBar.h"
#include "ui/wizards/AccountPop3OptionsWidget.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace postier;
using models::Account;
using models::PasswordStore;
using protocols::Protocol;
using protocols::Security;

namespace {

QString screenshotPath(const QString &name)
{
    QString dir = qEnvironmentVariable("POSTIER_SCREENSHOT_DIR");
    if (dir.isEmpty())
        dir = QDir::tempPath();
    QDir().mkpath(dir);
    return dir + QLatin1Char('/') + name;
}

Account workAccount()
{
    Account a;
    a.id = QStringLiteral("11111111-1111-4111-8111-111111111111");
    a.name = QStringLiteral("Work");
    a.displayName = QStringLiteral("Anna Martin");
    a.address = QStringLiteral("anna@example.com");
    a.signature = QStringLiteral("Anna Martin\nFinance");
    a.incoming.protocol = Protocol::Imap;
    a.incoming.security = Security::Tls;
    a.incoming.host = QStringLiteral("imap.example.com");
    a.incoming.port = 993;
    a.incoming.user = QStringLiteral("anna@example.com");
    a.incoming.trust.pinnedSha256 = QByteArray(32, '\x11');
    a.outgoing.protocol = Protocol::Smtp;
    a.outgoing.security = Security::StartTls;
    a.outgoing.host = QStringLiteral("smtp.example.com");
    a.outgoing.port = 587;
    a.outgoing.user = QStringLiteral("anna@example.com");
    a.outgoing.trust.pinnedSha256 = QByteArray(32, '\x22');
    a.aliases << models::Identity {{}, QStringLiteral("Finance desk"), QStringLiteral("finance@example.com"),
                                   QStringLiteral("The finance desk")};
    return a;
}

Account homeAccount()
{
    Account a;
    a.id = QStringLiteral("22222222-2222-4222-8222-222222222222");
    a.name = QStringLiteral("Home");
    a.displayName = QStringLiteral("Anna");
    a.address = QStringLiteral("anna@home.example");
    a.enabled = false;
    a.incoming.protocol = Protocol::Pop3;
    a.incoming.security = Security::Tls;
    a.incoming.host = QStringLiteral("pop.home.example");
    a.incoming.port = 995;
    a.incoming.user = QStringLiteral("anna");
    a.outgoing.protocol = Protocol::Smtp;
    a.outgoing.security = Security::Tls;
    a.outgoing.host = QStringLiteral("smtp.home.example");
    a.outgoing.port = 465;
    a.outgoing.user = QStringLiteral("anna");
    a.pop3.leaveOnServer = true;
    a.pop3.removeAfterDays = 30;
    a.pop3.checkIntervalMinutes = 15;
    return a;
}

/// A settings file with Work and Home, both passwords in the keychain, and the dialog on Work.
struct Fixture {
    QTemporaryDir dir;
    QString file = dir.filePath(QStringLiteral("settings.ini"));
    std::unique_ptr<models::AccountStore> store;
    test::MemoryKeychain keychain;
    std::unique_ptr<ui::AccountSettingsDialog> dialog;
    QStringList questions;
    QMessageBox::StandardButton answer = QMessageBox::Yes;

    Fixture()
    {
        store = std::make_unique<models::AccountStore>(file);
        QString error;
        for (const Account &a : {workAccount(), homeAccount()}) {
            if (!store->save(a, &error))
                qWarning("account: %s", qPrintable(error));
            for (const QString &key : models::AccountKeychain::keysOf(a))
                keychain.entries.insert(key, a.name + QStringLiteral("-secret"));
        }
        dialog = std::make_unique<ui::AccountSettingsDialog>(*store);
        dialog->setPasswordStore(&keychain);
        dialog->setPrompter([this](const QString &title, const QString &text) {
            questions << title + QLatin1Char('|') + text;
            return answer;
        });
        dialog->selectAccount(workAccount().id);
    }

    [[nodiscard]] Account stored(const QString &id) const
    {
        Account a;
        if (!models::AccountStore(file).find(id, &a))
            qWarning("account %s not stored", qPrintable(id));
        return a;
    }
    [[nodiscard]] QByteArray fileBytes() const
    {
        QFile f(file);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }
    QPushButton *button(QDialogButtonBox::StandardButton which) const
    {
        return dialog->buttons()->button(which);
    }
    /// Clicks Apply and waits until the keychain is done.
    bool apply()
    {
        QSignalSpy finished(dialog.get(), &ui::AccountSettingsDialog::keychainFinished);
        QTest::mouseClick(button(QDialogButtonBox::Apply), Qt::LeftButton);
        // With nothing for the keychain to do, it finished during the click.
        return !finished.isEmpty() || finished.wait(5000);
    }
};

/// Replaces the text as if typed (textEdited, not only textChanged). One key event carries the
/// whole text: QTest::keyClicks() knows ASCII only.
void type(QLineEdit *edit, const QString &text)
{
    edit->selectAll();
    QTest::keyClick(edit, Qt::Key_Backspace);
    if (text.isEmpty())
        return;
    QKeyEvent press(QEvent::KeyPress, Qt::Key_unknown, Qt::NoModifier, text);
    QApplication::sendEvent(edit, &press);
    QKeyEvent release(QEvent::KeyRelease, Qt::Key_unknown, Qt::NoModifier, text);
    QApplication::sendEvent(edit, &release);
    if (edit->text() != text)
        qWarning("typing into %s gave “%s”", qPrintable(edit->accessibleName()), qPrintable(edit->text()));
}

} // namespace

class TestAccountSettings : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void listsEveryAccount();
    void editsArePersisted();
    void addedIdentityWithSignature();
    void passwordChangeWritesKeychain();
    void hostChangeMovesPassword();
    void failedMoveKeepsOldEntry();
    void nothingToMove();
    void keychainUnavailableIsASentence();
    void removeAccount();
    void invalidInputSavesNothing_data();
    void invalidInputSavesNothing();
    void pop3PageForPop3Only();
    void receiveOnlyAccount();
    void okSavesAndCloses();
    void cancelAsksBeforeDiscarding();
    void systemKeychain();
    void screenshots();
};

void TestAccountSettings::listsEveryAccount()
{
    Fixture f;
    QListWidget *list = f.dialog->accountList();
    QCOMPARE(list->count(), 2);
    QCOMPARE(list->item(0)->text(), QStringLiteral("Home (disabled)\nanna@home.example"));
    QCOMPARE(list->item(1)->text(), QStringLiteral("Work\nanna@example.com"));
    QCOMPARE(f.dialog->currentAccountId(), workAccount().id);
    QCOMPARE(f.dialog->accountNameEdit()->text(), QStringLiteral("Work"));
    QCOMPARE(f.dialog->displayNameEdit()->text(), QStringLiteral("Anna Martin"));
    QCOMPARE(f.dialog->addressEdit()->text(), QStringLiteral("anna@example.com"));
    QVERIFY(f.dialog->enabledBox()->isChecked());
    QCOMPARE(f.dialog->incomingBox()->hostEdit()->text(), QStringLiteral("imap.example.com"));
    QCOMPARE(f.dialog->outgoingBox()->portBox()->value(), 587);
    QCOMPARE(f.dialog->identitiesEditor()->list()->count(), 2);
    QVERIFY(f.dialog->passwordEdit()->text().isEmpty()); // passwords are never read for show
    QVERIFY(!f.dialog->isModified());
    QVERIFY(!f.button(QDialogButtonBox::Apply)->isEnabled());
    QVERIFY(f.keychain.log.isEmpty());

    list->setCurrentRow(0);
    QCOMPARE(f.dialog->currentAccountId(), homeAccount().id);
    QVERIFY(!f.dialog->enabledBox()->isChecked());
    QCOMPARE(f.dialog->incomingBox()->protocolBox()->currentText(),
             QStringLiteral("POP3 (downloads mail to this computer)"));
}

void TestAccountSettings::editsArePersisted()
{
    Fixture f;
    f.dialog->show();
    QVERIFY(QTest::qWaitForWindowExposed(f.dialog.get()));
    QSignalSpy changed(f.dialog.get(), &ui::AccountSettingsDialog::accountsChanged);
    type(f.dialog->accountNameEdit(), QStringLiteral("Büro"));
    type(f.dialog->displayNameEdit(), QStringLiteral("Anna Martín"));
    QVERIFY(f.dialog->isModified());
    QVERIFY(f.button(QDialogButtonBox::Apply)->isEnabled());
    QCOMPARE(f.dialog->accountList()->item(1)->text(), QStringLiteral("Büro\nanna@example.com"));
    // The primary identity follows the General page.
    QCOMPARE(f.dialog->identitiesEditor()->list()->item(0)->text(),
             QStringLiteral("Anna Martín (primary)\nanna@example.com"));

    // The primary identity's signature, several lines and not only ASCII.
    f.dialog->pages()->setCurrentIndex(ui::AccountSettingsDialog::IdentitiesPage);
    f.dialog->identitiesEditor()->selectIdentity(0);
    QVERIFY(f.dialog->identitiesEditor()->nameEdit()->isReadOnly());
    const QString signature = QStringLiteral("Anna Martín — Büro\n☎ +49 30 1234567\n\n  «bis bald»");
    f.dialog->identitiesEditor()->signatureEdit()->setPlainText(signature);
    f.dialog->enabledBox()->setChecked(false);

    QVERIFY(f.apply());
    QCOMPARE(changed.size(), 1);
    QVERIFY(!f.dialog->isModified());
    QCOMPARE(f.dialog->noticeBar()->text(), QStringLiteral("The changes are saved."));
    const Account a = f.stored(workAccount().id);
    QCOMPARE(a.name, QStringLiteral("Büro"));
    QCOMPARE(a.displayName, QStringLiteral("Anna Martín"));
    QCOMPARE(a.signature, signature);
    QCOMPARE(a.enabled, false);
    QCOMPARE(a.aliases.size(), 1);
    QCOMPARE(a.aliases.first().signature, QStringLiteral("The finance desk"));
    // Neither the servers nor the trusted certificates changed, and the keychain was not asked.
    QCOMPARE(a.incoming.trust.pinnedSha256, QByteArray(32, '\x11'));
    QCOMPARE(models::Account::passwordKey(a.incoming), models::Account::passwordKey(workAccount().incoming));
    QVERIFY2(f.keychain.log.isEmpty(), qPrintable(f.keychain.log.join(QLatin1Char('\n'))));
    QCOMPARE(f.stored(homeAccount().id).name, QStringLiteral("Home")); // untouched
}

void TestAccountSettings::addedIdentityWithSignature()
{
    Fixture f;
    f.dialog->show();
    ui::AccountIdentitiesEditor *identities = f.dialog->identitiesEditor();
    f.dialog->pages()->setCurrentIndex(ui::AccountSettingsDialog::IdentitiesPage);
    QTest::mouseClick(identities->addButton(), Qt::LeftButton);
    QCOMPARE(identities->list()->count(), 3);
    QCOMPARE(identities->currentRow(), 2);
    QVERIFY(!identities->nameEdit()->isReadOnly());
    QCOMPARE(identities->nameEdit()->text(), QStringLiteral("Anna Martin")); // a start
    type(identities->nameEdit(), QStringLiteral("Sales"));
    type(identities->addressEdit(), QStringLiteral("sales@example.com"));
    identities->signatureEdit()->setPlainText(QStringLiteral("The sales team\n日本語もどうぞ"));
    QCOMPARE(identities->list()->item(2)->text(), QStringLiteral("Sales\nsales@example.com"));

    // The first alias goes away again.
    identities->selectIdentity(1);
    QVERIFY(identities->removeButton()->isEnabled());
    QTest::mouseClick(identities->removeButton(), Qt::LeftButton);
    QCOMPARE(identities->list()->count(), 2);
    identities->selectIdentity(0);
    QVERIFY(!identities->removeButton()->isEnabled()); // not the primary one

    QVERIFY(f.apply());
    const Account a = f.stored(workAccount().id);
    QCOMPARE(a.aliases.size(), 1);
    QCOMPARE(a.aliases.first().name, QStringLiteral("Sales"));
    QCOMPARE(a.aliases.first().address, QStringLiteral("sales@example.com"));
    QCOMPARE(a.aliases.first().signature, QStringLiteral("The sales team\n日本語もどうぞ"));
    QVERIFY(f.keychain.log.isEmpty());
}

void TestAccountSettings::passwordChangeWritesKeychain()
{
    Fixture f;
    f.dialog->show();
    QSignalSpy passwords(f.dialog.get(), &ui::AccountSettingsDialog::passwordChanged);
    f.dialog->pages()->setCurrentIndex(ui::AccountSettingsDialog::ServersPage);
    type(f.dialog->passwordEdit(), QStringLiteral("n3w-pässword"));
    QCOMPARE(f.dialog->passwordEdit()->echoMode(), QLineEdit::Password);
    QVERIFY(f.apply());

    const Account work = workAccount();
    const QString in = models::Account::passwordKey(work.incoming);
    const QString out = models::Account::passwordKey(work.outgoing);
    QCOMPARE(f.keychain.log, (QStringList {QStringLiteral("write ") + in + QStringLiteral("=n3w-pässword"),
                                           QStringLiteral("write ") + out + QStringLiteral("=n3w-pässword")}));
    QCOMPARE(f.keychain.entries.value(in), QStringLiteral("n3w-pässword"));
    QCOMPARE(f.keychain.entries.value(out), QStringLiteral("n3w-pässword"));
    QCOMPARE(passwords.size(), 1);
    QCOMPARE(passwords.first().at(0).toString(), work.id);
    QCOMPARE(passwords.first().at(1).toString(), QStringLiteral("n3w-pässword"));
    QVERIFY(f.dialog->passwordEdit()->text().isEmpty());
    QVERIFY(!f.fileBytes().contains("n3w")); // never in the settings file
    QVERIFY(!f.dialog->isModified());
}

void TestAccountSettings::hostChangeMovesPassword()
{
    Fixture f;
    f.dialog->show();
    const Account work = workAccount();
    const QString oldIn = models::Account::passwordKey(work.incoming);
    const QString out = models::Account::passwordKey(work.outgoing);
    QSignalSpy passwords(f.dialog.get(), &ui::AccountSettingsDialog::passwordChanged);
    f.dialog->pages()->setCurrentIndex(ui::AccountSettingsDialog::ServersPage);
    type(f.dialog->incomingBox()->hostEdit(), QStringLiteral("mail.example.net"));
    QVERIFY(f.apply());

    const Account saved = f.stored(work.id);
    QCOMPARE(saved.incoming.host, QStringLiteral("mail.example.net"));
    const QString newIn = models::Account::passwordKey(saved.incoming);
    QVERIFY(newIn != oldIn);
    // Read from the old entry, written to the new one, and only then the old one deleted.
    QCOMPARE(f.keychain.log, (QStringList {QStringLiteral("read ") + oldIn,
                                           QStringLiteral("write ") + newIn + QStringLiteral("=Work-secret"),
                                           QStringLiteral("remove ") + oldIn}));
    QCOMPARE(f.keychain.entries.value(newIn), QStringLiteral("Work-secret"));
    QVERIFY(!f.keychain.entries.contains(oldIn));
    QCOMPARE(f.keychain.entries.value(out), QStringLiteral("Work-secret")); // the SMTP entry stays
    QCOMPARE(passwords.size(), 1);
    QCOMPARE(passwords.first().at(1).toString(), QStringLiteral("Work-secret"));
    // The certificate pinned for the old server does not carry over; the SMTP one stays.
    QVERIFY(saved.incoming.trust.pinnedSha256.isEmpty());
    QCOMPARE(saved.outgoing.trust.pinnedSha256, QByteArray(32, '\x22'));

    // Port and security of the outgoing server, with a new password: written under the new
    // keys, the old SMTP entry removed.
    f.keychain.log.clear();
    f.dialog->outgoingBox()->securityBox()->setCurrentIndex(
        f.dialog->outgoingBox()->securityBox()->findData(int(Security::Tls)));
    QCOMPARE(f.dialog->outgoingBox()->portBox()->value(), 465); // the default moved along
    type(f.dialog->passwordEdit(), QStringLiteral("second"));
    QVERIFY(f.apply());
    const QString newOut = models::Account::passwordKey(f.stored(work.id).outgoing);
    QCOMPARE(newOut, QStringLiteral("smtps://anna%40example.com@smtp.example.com:465"));
    QCOMPARE(f.keychain.log, (QStringList {QStringLiteral("write ") + newIn + QStringLiteral("=second"),
                                           QStringLiteral("write ") + newOut + QStringLiteral("=second"),
                                           QStringLiteral("remove ") + out}));
    QCOMPARE(f.keychain.entries.size(), 4); // Work's two, Home's two
}

void TestAccountSettings::failedMoveKeepsOldEntry()
{
    Fixture f;
    f.dialog->show();
    const Account work = workAccount();
    const QString oldIn = models::Account::passwordKey(work.incoming);
    Account moved = work;
    moved.incoming.user = QStringLiteral("anna.martin");
    f.keychain.failingWriteKey = models::Account::passwordKey(moved.incoming);
    type(f.dialog->incomingBox()->userEdit(), QStringLiteral("anna.martin"));
    QVERIFY(f.apply());
    QCOMPARE(f.keychain.entries.value(oldIn), QStringLiteral("Work-secret")); // not lost
    QVERIFY(!f.keychain.log.contains(QStringLiteral("remove ") + oldIn));
    QCOMPARE(f.dialog->noticeBar()->kind(), ui::NoticeBar::Kind::Error);
    QCOMPARE(f.dialog->noticeBar()->text(),
             QStringLiteral("The settings of “Work” are saved, but the keychain could not store the "
                            "password: The system keychain reported an error: disk full."));
    QCOMPARE(f.stored(work.id).incoming.user, QStringLiteral("anna.martin"));
}

void TestAccountSettings::nothingToMove()
{
    // The keychain holds no password for Work (it was never saved, or the keychain was reset):
    // a new host moves nothing, deletes nothing and is no error; the session will ask.
    Fixture f;
    f.dialog->show();
    const Account work = workAccount();
    for (const QString &key : models::AccountKeychain::keysOf(work))
        f.keychain.entries.remove(key);
    QSignalSpy passwords(f.dialog.get(), &ui::AccountSettingsDialog::passwordChanged);
    type(f.dialog->incomingBox()->hostEdit(), QStringLiteral("imap.example.org"));
    QVERIFY(f.apply());
    QCOMPARE(f.keychain.log, QStringList {QStringLiteral("read ") + models::Account::passwordKey(work.incoming)});
    QCOMPARE(f.dialog->noticeBar()->kind(), ui::NoticeBar::Kind::Info);
    QCOMPARE(f.dialog->noticeBar()->text(), QStringLiteral("The changes are saved."));
    QVERIFY(passwords.isEmpty());
    QCOMPARE(f.stored(work.id).incoming.host, QStringLiteral("imap.example.org"));
}

void TestAccountSettings::keychainUnavailableIsASentence()
{
    Fixture f;
    f.dialog->show();
    f.keychain.available = false;
    QSignalSpy passwords(f.dialog.get(), &ui::AccountSettingsDialog::passwordChanged);
    QSignalSpy changed(f.dialog.get(), &ui::AccountSettingsDialog::accountsChanged);
    type(f.dialog->displayNameEdit(), QStringLiteral("A. Martin"));
    type(f.dialog->passwordEdit(), QStringLiteral("typed"));
    QVERIFY(f.apply());
    QCOMPARE(f.dialog->noticeBar()->kind(), ui::NoticeBar::Kind::Error);
    QVERIFY2(f.dialog->noticeBar()->text().startsWith(
                 QStringLiteral("The settings of “Work” are saved, but the keychain could not store the "
                                "password: The system keychain is not available")),
             qPrintable(f.dialog->noticeBar()->text()));
    QCOMPARE(f.stored(workAccount().id).displayName, QStringLiteral("A. Martin"));
    QCOMPARE(changed.size(), 1);
    // The session can still use what was typed, for this run.
    QCOMPARE(passwords.size(), 1);
    QCOMPARE(passwords.first().at(1).toString(), QStringLiteral("typed"));
    QVERIFY(!f.fileBytes().contains("typed"));
}

void TestAccountSettings::removeAccount()
{
    Fixture f;
    f.dialog->show();
    const Account work = workAccount();
    QSignalSpy changed(f.dialog.get(), &ui::AccountSettingsDialog::accountsChanged);

    f.answer = QMessageBox::Cancel;
    QTest::mouseClick(f.dialog->removeButton(), Qt::LeftButton);
    QCOMPARE(f.questions.size(), 1);
    QCOMPARE(f.questions.first(),
             QStringLiteral("Remove the account “Work”?|Postier forgets the settings of “Work” "
                            "(anna@example.com) and deletes its password from the keychain. The mail "
                            "already on this computer is not deleted, and nothing is deleted on the server."));
    QCOMPARE(f.dialog->accountList()->count(), 2);
    QVERIFY(f.keychain.log.isEmpty());

    f.answer = QMessageBox::Yes;
    QSignalSpy finished(f.dialog.get(), &ui::AccountSettingsDialog::keychainFinished);
    QTest::mouseClick(f.dialog->removeButton(), Qt::LeftButton);
    QVERIFY(finished.wait(5000));
    Account gone;
    QVERIFY(!models::AccountStore(f.file).find(work.id, &gone));
    QCOMPARE(models::AccountStore(f.file).accounts().size(), 1);
    QCOMPARE(f.keychain.log, (QStringList {QStringLiteral("remove ") + models::Account::passwordKey(work.incoming),
                                           QStringLiteral("remove ") + models::Account::passwordKey(work.outgoing)}));
    QCOMPARE(f.keychain.entries.size(), 2); // Home's
    QCOMPARE(changed.size(), 1);
    QCOMPARE(f.dialog->accountList()->count(), 1);
    QCOMPARE(f.dialog->currentAccountId(), homeAccount().id);
    QCOMPARE(f.dialog->noticeBar()->text(),
             QStringLiteral("The account “Work” is removed. Its mail on this computer is kept."));
    QVERIFY(!f.dialog->isModified());
}

void TestAccountSettings::invalidInputSavesNothing_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("value");
    QTest::addColumn<int>("page");
    QTest::addColumn<QString>("sentence");
    QTest::newRow("alias address") << QStringLiteral("alias") << QStringLiteral("sales at example.com")
                                   << int(ui::AccountSettingsDialog::IdentitiesPage)
                                   << QStringLiteral("“sales at example.com” is not an e-mail address. "
                                                     "Addresses look like sales@example.com.");
    QTest::newRow("alias repeats") << QStringLiteral("alias") << QStringLiteral("ANNA@example.com")
                                   << int(ui::AccountSettingsDialog::IdentitiesPage)
                                   << QStringLiteral("ANNA@example.com is already an address of this "
                                                     "account. Each identity needs its own address.");
    QTest::newRow("address") << QStringLiteral("address") << QStringLiteral("anna@")
                             << int(ui::AccountSettingsDialog::GeneralPage)
                             << QStringLiteral("“anna@” is not an e-mail address. Addresses look like "
                                               "anna@example.com.");
    QTest::newRow("no name") << QStringLiteral("name") << QString()
                             << int(ui::AccountSettingsDialog::GeneralPage)
                             << QStringLiteral("Give the account a name, for example “Work”.");
    QTest::newRow("name taken") << QStringLiteral("name") << QStringLiteral("home")
                                << int(ui::AccountSettingsDialog::GeneralPage)
                                << QStringLiteral("Another account is already named “home”. Choose another name.");
    QTest::newRow("host") << QStringLiteral("host") << QStringLiteral("mail example com")
                          << int(ui::AccountSettingsDialog::ServersPage)
                          << QStringLiteral("“mail example com” is not a server name. Server names look "
                                            "like mail.example.com.");
}

void TestAccountSettings::invalidInputSavesNothing()
{
    QFETCH(QString, field);
    QFETCH(QString, value);
    QFETCH(int, page);
    QFETCH(QString, sentence);
    Fixture f;
    f.dialog->show();
    QVERIFY(QTest::qWaitForWindowExposed(f.dialog.get()));
    const QByteArray before = f.fileBytes();
    QSignalSpy changed(f.dialog.get(), &ui::AccountSettingsDialog::accountsChanged);
    type(f.dialog->passwordEdit(), QStringLiteral("not-saved"));
    ui::AccountIdentitiesEditor *identities = f.dialog->identitiesEditor();
    if (field == QLatin1String("alias")) {
        identities->selectIdentity(1);
        type(identities->addressEdit(), value);
    } else if (field == QLatin1String("address")) {
        type(f.dialog->addressEdit(), value);
    } else if (field == QLatin1String("name")) {
        type(f.dialog->accountNameEdit(), value);
    } else {
        type(f.dialog->incomingBox()->hostEdit(), value);
    }
    // Look elsewhere first: the dialog must bring the problem into view.
    f.dialog->accountList()->setCurrentRow(0);
    f.dialog->pages()->setCurrentIndex(ui::AccountSettingsDialog::Pop3Page);

    QTest::mouseClick(f.button(QDialogButtonBox::Apply), Qt::LeftButton);
    QCOMPARE(f.dialog->noticeBar()->kind(), ui::NoticeBar::Kind::Error);
    QCOMPARE(f.dialog->noticeBar()->text(), sentence);
    QCOMPARE(f.dialog->currentAccountId(), workAccount().id);
    QCOMPARE(f.dialog->pages()->currentIndex(), page);
    if (page == ui::AccountSettingsDialog::IdentitiesPage) {
        QCOMPARE(identities->currentRow(), 1);
        QCOMPARE(identities->problemLabel()->text(), sentence);
        QVERIFY(identities->problemLabel()->isVisible());
    }
    QVERIFY(f.dialog->isModified()); // everything still as typed
    QCOMPARE(f.dialog->passwordEdit()->text(), QStringLiteral("not-saved"));
    // Nothing saved: the file is byte for byte the same, the keychain untouched.
    QTest::qWait(20);
    QCOMPARE(f.fileBytes(), before);
    QVERIFY(f.keychain.log.isEmpty());
    QVERIFY(changed.isEmpty());

    // OK refuses the same way and keeps the dialog open.
    QTest::mouseClick(f.button(QDialogButtonBox::Ok), Qt::LeftButton);
    QVERIFY(f.dialog->isVisible());
    QCOMPARE(f.dialog->noticeBar()->text(), sentence);
    QCOMPARE(f.fileBytes(), before);
}

void TestAccountSettings::pop3PageForPop3Only()
{
    Fixture f;
    QTabWidget *pages = f.dialog->pages();
    QVERIFY(!pages->isTabVisible(ui::AccountSettingsDialog::Pop3Page)); // Work is IMAP
    f.dialog->selectAccount(homeAccount().id);
    QVERIFY(pages->isTabVisible(ui::AccountSettingsDialog::Pop3Page));
    QCOMPARE(f.dialog->pop3Options()->options(), homeAccount().pop3);
    f.dialog->pop3Options()->checkIntervalBox()->setValue(5);
    f.dialog->pop3Options()->leaveOnServerBox()->setChecked(false);
    QVERIFY(f.dialog->isModified());

    // Work becomes a POP3 account: the page appears, and the port follows the protocol.
    f.dialog->selectAccount(workAccount().id);
    QComboBox *protocol = f.dialog->incomingBox()->protocolBox();
    protocol->setCurrentIndex(protocol->findData(int(Protocol::Pop3)));
    QVERIFY(pages->isTabVisible(ui::AccountSettingsDialog::Pop3Page));
    QCOMPARE(f.dialog->incomingBox()->portBox()->value(), 995);
    QVERIFY(f.apply());

    const Account home = f.stored(homeAccount().id);
    QCOMPARE(home.pop3.checkIntervalMinutes, 5);
    QCOMPARE(home.pop3.leaveOnServer, false);
    QCOMPARE(home.pop3.removeAfterDays, 0);
    const Account work = f.stored(workAccount().id);
    QCOMPARE(work.incoming.protocol, Protocol::Pop3);
    QCOMPARE(work.incoming.port, quint16(995));
    // The protocol is part of the key: the password moved.
    QVERIFY(f.keychain.entries.contains(models::Account::passwordKey(work.incoming)));
    QVERIFY(!f.keychain.entries.contains(models::Account::passwordKey(workAccount().incoming)));
}

void TestAccountSettings::receiveOnlyAccount()
{
    // postier-cli can set up an account without an outgoing server; it stays without one.
    QTemporaryDir dir;
    models::AccountStore store(dir.filePath(QStringLiteral("settings.ini")));
    Account readOnly = homeAccount();
    readOnly.outgoing = {};
    QString error;
    QVERIFY2(store.save(readOnly, &error), qPrintable(error));
    test::MemoryKeychain keychain;
    ui::AccountSettingsDialog dialog(store);
    dialog.setPasswordStore(&keychain);
    dialog.show();
    QSignalSpy finished(&dialog, &ui::AccountSettingsDialog::keychainFinished);
    type(dialog.displayNameEdit(), QStringLiteral("Anna M."));
    QVERIFY(dialog.save());
    QVERIFY(!finished.isEmpty() || finished.wait(5000));
    Account saved;
    QVERIFY(store.find(readOnly.id, &saved));
    QCOMPARE(saved.displayName, QStringLiteral("Anna M."));
    QVERIFY(saved.outgoing.host.isEmpty());
    QVERIFY(keychain.log.isEmpty());

    // A half-filled outgoing server is another matter.
    type(dialog.outgoingBox()->hostEdit(), QStringLiteral("smtp.home.example"));
    QVERIFY(!dialog.save());
    QCOMPARE(dialog.noticeBar()->text(),
             QStringLiteral("Enter the user name for the outgoing server; it is often your e-mail address."));
}

void TestAccountSettings::okSavesAndCloses()
{
    Fixture f;
    f.dialog->show();
    QSignalSpy changed(f.dialog.get(), &ui::AccountSettingsDialog::accountsChanged);
    QSignalSpy finished(f.dialog.get(), &QDialog::finished);
    type(f.dialog->passwordEdit(), QStringLiteral("pw"));
    QTest::mouseClick(f.button(QDialogButtonBox::Ok), Qt::LeftButton);
    // Not closed before the keychain answered.
    QVERIFY(f.dialog->isVisible());
    QVERIFY(f.dialog->isBusy());
    QVERIFY(!f.button(QDialogButtonBox::Ok)->isEnabled());
    QVERIFY(finished.wait(5000));
    QCOMPARE(finished.first().first().toInt(), int(QDialog::Accepted));
    QCOMPARE(changed.size(), 1);
    QCOMPARE(f.keychain.entries.value(models::Account::passwordKey(workAccount().incoming)), QStringLiteral("pw"));

    // Unchanged: OK just closes, with nothing saved.
    Fixture g;
    g.dialog->show();
    QSignalSpy closed(g.dialog.get(), &QDialog::finished);
    QTest::mouseClick(g.button(QDialogButtonBox::Ok), Qt::LeftButton);
    QCOMPARE(closed.size(), 1);
    QVERIFY(g.keychain.log.isEmpty());
}

void TestAccountSettings::cancelAsksBeforeDiscarding()
{
    Fixture f;
    f.dialog->show();
    const QByteArray before = f.fileBytes();
    type(f.dialog->displayNameEdit(), QStringLiteral("Someone else"));
    f.answer = QMessageBox::Cancel;
    QTest::mouseClick(f.button(QDialogButtonBox::Cancel), Qt::LeftButton);
    QVERIFY(f.dialog->isVisible());
    QCOMPARE(f.questions.size(), 1);
    QVERIFY(f.questions.first().startsWith(QStringLiteral("Discard the changes?|")));
    f.answer = QMessageBox::Yes;
    QTest::keyClick(f.dialog.get(), Qt::Key_Escape);
    QVERIFY(!f.dialog->isVisible());
    QCOMPARE(f.dialog->result(), int(QDialog::Rejected));
    QCOMPARE(f.fileBytes(), before);
}

void TestAccountSettings::systemKeychain()
{
    // The real keychain, when there is one (scripts/test.sh runs an unlocked gnome-keyring).
    const Account work = workAccount();
    const QString oldKey = models::Account::passwordKey(work.incoming);
    const PasswordStore::Result written = PasswordStore::writeAndWait(oldKey, QStringLiteral("real-secret"));
    if (!written.ok)
        QSKIP(qPrintable(QStringLiteral("No usable system keychain here: ") + written.error));

    QTemporaryDir dir;
    models::AccountStore store(dir.filePath(QStringLiteral("settings.ini")));
    Account single = work;
    single.outgoing = {};
    QString error;
    QVERIFY2(store.save(single, &error), qPrintable(error));
    ui::AccountSettingsDialog dialog(store); // its own PasswordStore
    dialog.show();
    QSignalSpy finished(&dialog, &ui::AccountSettingsDialog::keychainFinished);
    type(dialog.incomingBox()->hostEdit(), QStringLiteral("imap2.example.com"));
    type(dialog.outgoingBox()->hostEdit(), QStringLiteral("smtp2.example.com"));
    type(dialog.outgoingBox()->userEdit(), QStringLiteral("anna"));
    QTest::mouseClick(dialog.buttons()->button(QDialogButtonBox::Apply), Qt::LeftButton);
    QVERIFY(finished.wait(30000));
    QVERIFY2(dialog.noticeBar()->kind() == ui::NoticeBar::Kind::Info, qPrintable(dialog.noticeBar()->text()));

    Account saved;
    QVERIFY(store.find(work.id, &saved));
    const QStringList keys = models::AccountKeychain::keysOf(saved);
    QCOMPARE(keys.size(), 2);
    for (const QString &key : keys)
        QCOMPARE(PasswordStore::readAndWait(key).password, QStringLiteral("real-secret"));
    QVERIFY(PasswordStore::readAndWait(oldKey).notFound);

    // Removing the account deletes both entries.
    dialog.setPrompter([](const QString &, const QString &) { return QMessageBox::Yes; });
    dialog.removeCurrentAccount();
    QVERIFY(finished.wait(30000));
    for (const QString &key : keys)
        QVERIFY(PasswordStore::readAndWait(key).notFound);
}

void TestAccountSettings::screenshots()
{
    Fixture f;
    f.dialog->show();
    QVERIFY(QTest::qWaitForWindowExposed(f.dialog.get()));
    QTabWidget *pages = f.dialog->pages();
    pages->setCurrentIndex(ui::AccountSettingsDialog::GeneralPage);
    QTest::qWait(50); // the pending layout requests of what was just shown
    QVERIFY(f.dialog->grab().save(screenshotPath(QStringLiteral("accountsettings-general.png"))));

    pages->setCurrentIndex(ui::AccountSettingsDialog::IdentitiesPage);
    QTest::qWait(50); // the pending layout requests of what was just shown
    QVERIFY(f.dialog->grab().save(screenshotPath(QStringLiteral("accountsettings-identities-primary.png"))));
    f.dialog->identitiesEditor()->selectIdentity(1);
    QTest::qWait(50); // the pending layout requests of what was just shown
    QVERIFY(f.dialog->grab().save(screenshotPath(QStringLiteral("accountsettings-identities.png"))));
    type(f.dialog->identitiesEditor()->addressEdit(), QStringLiteral("finance at example.com"));
    QTest::mouseClick(f.button(QDialogButtonBox::Apply), Qt::LeftButton);
    QTest::qWait(50); // the pending layout requests of what was just shown
    QVERIFY(f.dialog->grab().save(screenshotPath(QStringLiteral("accountsettings-error.png"))));
    type(f.dialog->identitiesEditor()->addressEdit(), QStringLiteral("finance@example.com"));

    pages->setCurrentIndex(ui::AccountSettingsDialog::ServersPage);
    QTest::qWait(50); // the pending layout requests of what was just shown
    QVERIFY(f.dialog->grab().save(screenshotPath(QStringLiteral("accountsettings-servers.png"))));
    QComboBox *security = f.dialog->outgoingBox()->securityBox();
    security->setCurrentIndex(security->findData(int(Security::None)));
    QTest::qWait(50); // the pending layout requests of what was just shown
    QVERIFY(f.dialog->grab().save(screenshotPath(QStringLiteral("accountsettings-servers-plain.png"))));

    f.dialog->selectAccount(homeAccount().id);
    pages->setCurrentIndex(ui::AccountSettingsDialog::Pop3Page);
    QTest::qWait(50); // the pending layout requests of what was just shown
    QVERIFY(f.dialog->grab().save(screenshotPath(QStringLiteral("accountsettings-pop3.png"))));
}

QTEST_MAIN(TestAccountSettings)
#include "tst_accountsettings.moc"
