// AccountStore on a real settings file: everything an Account holds comes back as it was saved
// (servers, trust pins, POP3 options, the primary identity and aliases with multi-line, Unicode
// signatures), across a fresh store on the same file; names stay unique; remove and the default
// account; and a hand-edited file whose broken entries are skipped with sentences and written
// back unchanged on the next save.

#include "models/accounts/AccountStore.h"

#include <QFile>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using namespace postier;
using namespace postier::models;
using protocols::Protocol;
using protocols::Security;

namespace {

const QString kSignature = QStringLiteral("Anna Martin — Finance\n"
                                          "Tél. +33 1 23 45 67 89\n"
                                          "\n"
                                          "  indented; with = and # and \"quotes\"\n"
                                          "日本語の署名 🙂\n"
                                          "\ttab\\backslash");

Account sampleAccount()
{
    Account a;
    a.name = QStringLiteral("Büro");
    a.address = QStringLiteral("anna@example.com");
    a.displayName = QStringLiteral("Anna Martín");
    a.signature = kSignature;
    a.enabled = false;
    a.incoming.protocol = Protocol::Pop3;
    a.incoming.security = Security::StartTls;
    a.incoming.host = QStringLiteral("pop.example.com");
    a.incoming.port = 1110;
    a.incoming.user = QStringLiteral("anna@example.com");
    a.incoming.trust.extraCaFile = QStringLiteral("/home/anna/My CAs/société.pem");
    a.incoming.trust.pinnedSha256 = QByteArray::fromHex(
        "0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef");
    a.outgoing.protocol = Protocol::Smtp;
    a.outgoing.security = Security::Tls;
    a.outgoing.host = QStringLiteral("smtp.example.com");
    a.outgoing.port = 465;
    a.outgoing.user = QStringLiteral("anna");
    a.outgoing.trust.pinnedSha256 = QByteArray(32, '\xfe');
    a.pop3.leaveOnServer = false;
    a.pop3.removeAfterDays = 0;
    a.pop3.checkIntervalMinutes = 3;
    a.aliases << Identity {QString(), QStringLiteral("Sales Team"), QStringLiteral("sales@example.com"),
                           QStringLiteral("@sales on the chat\r\nSecond line")}
              << Identity {QString(), QString(), QStringLiteral("anna.martin@example.org"), QString()}
              << Identity {QString(), QStringLiteral("Ánna (privat)"), QStringLiteral("anna@privat.example"),
                           QStringLiteral("-- \nalready delimited\n\n")};
    return a;
}

Account minimalAccount(const QString &name, const QString &address)
{
    Account a;
    a.name = name;
    a.address = address;
    a.incoming.host = QStringLiteral("imap.example.com");
    a.incoming.port = 993;
    a.incoming.user = address;
    return a;
}

void compareEndpoints(const protocols::ServerEndpoint &actual, const protocols::ServerEndpoint &expected)
{
    QCOMPARE(actual.protocol, expected.protocol);
    QCOMPARE(actual.security, expected.security);
    QCOMPARE(actual.host, expected.host);
    QCOMPARE(actual.port, expected.port);
    QCOMPARE(actual.user, expected.user);
    QCOMPARE(actual.trust.extraCaFile, expected.trust.extraCaFile);
    QCOMPARE(actual.trust.pinnedSha256, expected.trust.pinnedSha256);
}

QStringList aliasAddresses(const Account &a)
{
    QStringList out;
    for (const Identity &i : a.aliases)
        out << i.address;
    return out;
}

} // namespace

class TestAccountStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void roundTripEverything();
    void identitiesListPrimaryFirst();
    void savingFewerAliasesDropsTheRest();
    void accountsSortedByName();
    void nameIsUnique();
    void invalidAliasesAreRefused();
    void removeAccount();
    void defaultAccount();
    void pop3OptionsOutOfRangeFallBack();
    void malformedEntriesSkippedAndKept();
    void unreadableOutgoingKept();
};

void TestAccountStore::roundTripEverything()
{
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("settings.ini"));
    const Account original = sampleAccount();
    QString savedId;
    {
        AccountStore store(file);
        QString error;
        QVERIFY2(store.save(original, &error), qPrintable(error));
        QCOMPARE(store.accounts().size(), 1);
        savedId = store.accounts().first().id;
        QVERIFY(!QUuid::fromString(savedId).isNull());
    }
    // Nothing secret in the file, whatever else is there.
    QFile raw(file);
    QVERIFY(raw.open(QIODevice::ReadOnly));
    QVERIFY(!raw.readAll().toLower().contains("password"));

    AccountStore store(file); // a fresh read from disk
    Account a;
    QVERIFY(store.find(savedId, &a));
    QVERIFY2(store.warnings().isEmpty(), qPrintable(store.warnings().join(QLatin1Char('\n'))));
    QCOMPARE(a.id, savedId);
    QCOMPARE(a.name, original.name);
    QCOMPARE(a.address, original.address);
    QCOMPARE(a.displayName, original.displayName);
    QCOMPARE(a.signature, kSignature);
    QCOMPARE(a.enabled, false);
    compareEndpoints(a.incoming, original.incoming);
    compareEndpoints(a.outgoing, original.outgoing);
    QCOMPARE(a.pop3, original.pop3);
    QCOMPARE(a.aliases.size(), original.aliases.size());
    for (int i = 0; i < a.aliases.size(); ++i) {
        QCOMPARE(a.aliases.at(i).accountId, savedId);
        QCOMPARE(a.aliases.at(i).name, original.aliases.at(i).name);
        QCOMPARE(a.aliases.at(i).address, original.aliases.at(i).address);
        QCOMPARE(a.aliases.at(i).signature, original.aliases.at(i).signature);
    }

    // Saving what was read changes nothing.
    QString error;
    QVERIFY2(store.save(a, &error), qPrintable(error));
    Account again;
    QVERIFY(AccountStore(file).find(QStringLiteral("büro"), &again)); // names match without case
    QCOMPARE(again.signature, a.signature);
    QCOMPARE(again.aliases, a.aliases);
    compareEndpoints(again.incoming, a.incoming);
}

void TestAccountStore::identitiesListPrimaryFirst()
{
    Account a = sampleAccount();
    a.id = QStringLiteral("acc-1");
    const QList<Identity> all = a.identities();
    QCOMPARE(all.size(), 4);
    QCOMPARE(all.first(), (Identity {a.id, a.displayName, a.address, a.signature}));
    QCOMPARE(all.first(), Identity::fromAccount(a));
    for (int i = 1; i < all.size(); ++i) {
        QCOMPARE(all.at(i).accountId, a.id);
        QCOMPARE(all.at(i).address, a.aliases.at(i - 1).address);
    }
    QCOMPARE(all.at(2).displayText(), QStringLiteral("anna.martin@example.org"));
    QCOMPARE(all.at(1).displayText(), QStringLiteral("Sales Team <sales@example.com>"));
}

void TestAccountStore::savingFewerAliasesDropsTheRest()
{
    QTemporaryDir dir;
    AccountStore store(dir.filePath(QStringLiteral("settings.ini")));
    Account a = sampleAccount();
    a.id = QStringLiteral("acc-1");
    QString error;
    QVERIFY2(store.save(a, &error), qPrintable(error));
    a.aliases = {a.aliases.at(2), a.aliases.at(0)}; // one removed, the others reordered
    QVERIFY2(store.save(a, &error), qPrintable(error));
    Account back;
    QVERIFY(store.find(a.id, &back));
    QCOMPARE(aliasAddresses(back),
             (QStringList {QStringLiteral("anna@privat.example"), QStringLiteral("sales@example.com")}));
    a.aliases.clear();
    QVERIFY2(store.save(a, &error), qPrintable(error));
    QVERIFY(store.find(a.id, &back));
    QVERIFY(back.aliases.isEmpty());
    QVERIFY(store.warnings().isEmpty());
}

void TestAccountStore::accountsSortedByName()
{
    QTemporaryDir dir;
    AccountStore store(dir.filePath(QStringLiteral("settings.ini")));
    QString error;
    for (const char *name : {"work", "Archive", "Home"})
        QVERIFY2(store.save(minimalAccount(QLatin1String(name), QStringLiteral("a@example.com")), &error),
                 qPrintable(error));
    QStringList names;
    for (const Account &a : store.accounts())
        names << a.name;
    QCOMPARE(names, (QStringList {QStringLiteral("Archive"), QStringLiteral("Home"), QStringLiteral("work")}));
}

void TestAccountStore::nameIsUnique()
{
    QTemporaryDir dir;
    AccountStore store(dir.filePath(QStringLiteral("settings.ini")));
    QString error;
    Account work = minimalAccount(QStringLiteral("Work"), QStringLiteral("anna@example.com"));
    QVERIFY2(store.save(work, &error), qPrintable(error));
    work = store.accounts().first();

    Account other = minimalAccount(QStringLiteral("WORK"), QStringLiteral("ben@example.com"));
    QVERIFY(!store.save(other, &error));
    QCOMPARE(error, QStringLiteral("An account named “WORK” already exists. Choose another name."));
    QCOMPARE(store.accounts().size(), 1);

    // The same account may keep its name or change its case.
    work.name = QStringLiteral("work");
    QVERIFY2(store.save(work, &error), qPrintable(error));
    other.name = QStringLiteral("Home");
    QVERIFY2(store.save(other, &error), qPrintable(error));
    QCOMPARE(store.accounts().size(), 2);
    // Renaming onto a name that is taken is refused too, and the stored name stays.
    work.name = QStringLiteral("home");
    QVERIFY(!store.save(work, &error));
    Account stored;
    QVERIFY(store.find(work.id, &stored));
    QCOMPARE(stored.name, QStringLiteral("work"));
}

void TestAccountStore::invalidAliasesAreRefused()
{
    QTemporaryDir dir;
    AccountStore store(dir.filePath(QStringLiteral("settings.ini")));
    Account a = minimalAccount(QStringLiteral("Work"), QStringLiteral("anna@example.com"));
    a.aliases << Identity {QString(), QStringLiteral("Sales"), QStringLiteral("sales at example.com"), QString()};
    QString error;
    QVERIFY(!store.save(a, &error));
    QCOMPARE(error, QStringLiteral("“sales at example.com” is not an e-mail address, so it cannot be "
                                   "an identity of the account “Work”."));
    a.aliases.first().address = QStringLiteral("ANNA@example.com");
    QVERIFY(!store.save(a, &error));
    QCOMPARE(error, QStringLiteral("The account “Work” has the address ANNA@example.com more than once. "
                                   "Each identity needs its own address."));
    QVERIFY(store.accounts().isEmpty());
    a.aliases.first().address = QStringLiteral("sales@example.com");
    QVERIFY2(store.save(a, &error), qPrintable(error));
    QCOMPARE(aliasAddresses(store.accounts().first()), QStringList {QStringLiteral("sales@example.com")});
}

void TestAccountStore::removeAccount()
{
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("settings.ini"));
    AccountStore store(file);
    QString error;
    QVERIFY(store.save(sampleAccount(), &error));
    QVERIFY(store.save(minimalAccount(QStringLiteral("Home"), QStringLiteral("me@home.example")), &error));
    Account work;
    QVERIFY(store.find(QStringLiteral("Büro"), &work));
    store.setDefaultAccountId(work.id);

    QVERIFY(store.remove(work.id));
    QVERIFY(!store.find(work.id, &work));
    QCOMPARE(store.accounts().size(), 1);
    QCOMPARE(store.accounts().first().name, QStringLiteral("Home"));
    QVERIFY(store.defaultAccountId().isEmpty()); // the default went with it
    QVERIFY(!store.remove(work.id)); // gone already
    QVERIFY(!store.remove(QStringLiteral("no-such-id")));

    // Nothing of it stays in the file, aliases included.
    QSettings raw(file, QSettings::IniFormat);
    QVERIFY(!raw.childGroups().isEmpty());
    raw.beginGroup(QStringLiteral("accounts"));
    QCOMPARE(raw.childGroups().size(), 1);
    QVERIFY(!raw.childGroups().contains(work.id));
}

void TestAccountStore::defaultAccount()
{
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("settings.ini"));
    QString homeId;
    {
        AccountStore store(file);
        QVERIFY(store.defaultAccountId().isEmpty());
        QString error;
        QVERIFY(store.save(minimalAccount(QStringLiteral("Home"), QStringLiteral("me@home.example")), &error));
        QVERIFY(store.save(minimalAccount(QStringLiteral("Work"), QStringLiteral("me@work.example")), &error));
        Account home;
        QVERIFY(store.find(QStringLiteral("home"), &home));
        homeId = home.id;
        store.setDefaultAccountId(homeId);
        QCOMPARE(store.defaultAccountId(), homeId);
    }
    AccountStore store(file);
    QCOMPARE(store.defaultAccountId(), homeId);
    // Removing another account leaves the default alone.
    Account work;
    QVERIFY(store.find(QStringLiteral("Work"), &work));
    QVERIFY(store.remove(work.id));
    QCOMPARE(store.defaultAccountId(), homeId);
}

void TestAccountStore::pop3OptionsOutOfRangeFallBack()
{
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("settings.ini"));
    {
        QSettings s(file, QSettings::IniFormat);
        s.setValue(QStringLiteral("accounts/p/name"), QStringLiteral("Pop"));
        s.setValue(QStringLiteral("accounts/p/incoming/url"), QStringLiteral("pop3s://me@pop.example.com"));
        s.setValue(QStringLiteral("accounts/p/pop3/leaveOnServer"), false);
        s.setValue(QStringLiteral("accounts/p/pop3/removeAfterDays"), -4);
        s.setValue(QStringLiteral("accounts/p/pop3/checkIntervalMinutes"), QStringLiteral("often"));
    }
    AccountStore store(file);
    const QList<Account> all = store.accounts();
    QCOMPARE(all.size(), 1);
    const Pop3Options defaults;
    QCOMPARE(all.first().pop3.leaveOnServer, false);
    QCOMPARE(all.first().pop3.removeAfterDays, defaults.removeAfterDays);
    QCOMPARE(all.first().pop3.checkIntervalMinutes, defaults.checkIntervalMinutes);
    QCOMPARE(all.first().incoming.port, quint16(995));
    QCOMPARE(all.first().incoming.protocol, Protocol::Pop3);
}

void TestAccountStore::malformedEntriesSkippedAndKept()
{
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("settings.ini"));
    {
        // As a person might leave it after editing by hand: the array's size is wrong, entries
        // lack an address, repeat one, or are not addresses at all.
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("[accounts]\n"
                "good\\name=Home\n"
                "good\\address=me@example.org\n"
                "good\\displayName=Me\n"
                "good\\incoming\\url=imaps://me@imap.example.org\n"
                "good\\outgoing\\url=smtp+starttls://me@smtp.example.org:587\n"
                "good\\identities\\size=1\n"
                "good\\identities\\1\\name=Sales\n"
                "good\\identities\\1\\address=sales@example.org\n"
                "good\\identities\\2\\name=No address\n"
                "good\\identities\\3\\address=not an address\n"
                "good\\identities\\3\\signature=kept as it is\n"
                "good\\identities\\4\\address=ME@example.org\n"
                "good\\identities\\4\\colour=blue\n"
                "good\\identities\\10\\address=support@example.org\n"
                "good\\identities\\extra\\address=odd@example.org\n"
                "noincoming\\name=Broken\n"
                "noincoming\\address=b@example.org\n"
                "badurl\\name=Bad URL\n"
                "badurl\\incoming\\url=gopher://x.example.org\n");
    }
    AccountStore store(file);
    QList<Account> all = store.accounts();
    QCOMPARE(all.size(), 1);
    Account home = all.first();
    QCOMPARE(aliasAddresses(home), (QStringList {QStringLiteral("sales@example.org"),
                                                 QStringLiteral("support@example.org"),
                                                 QStringLiteral("odd@example.org")}));
    const QStringList warnings = store.warnings();
    QCOMPARE(warnings.size(), 5);
    QVERIFY(warnings.contains(QStringLiteral(
        "An identity of the account “Home” in the settings has no address and was skipped.")));
    QVERIFY(warnings.contains(QStringLiteral("The identity “not an address” of the account “Home” in the "
                                             "settings is not a valid e-mail address and was skipped.")));
    QVERIFY(warnings.contains(QStringLiteral("The identity “ME@example.org” of the account “Home” in the "
                                             "settings repeats an address the account already has and "
                                             "was skipped.")));
    QVERIFY(warnings.contains(QStringLiteral("The account “Broken” in the settings is incomplete and was skipped.")));
    const auto badUrl = std::find_if(warnings.cbegin(), warnings.cend(), [](const QString &w) {
        return w.startsWith(QStringLiteral("The account “Bad URL” in the settings is incomplete and was skipped: "));
    });
    QVERIFY2(badUrl != warnings.cend(), qPrintable(warnings.join(QLatin1Char('\n'))));

    // A save of the good account writes the broken entries back, and leaves the broken accounts.
    home.displayName = QStringLiteral("Me Myself");
    home.aliases.removeAt(1);
    QString error;
    QVERIFY2(store.save(home, &error), qPrintable(error));
    all = store.accounts();
    QCOMPARE(all.size(), 1);
    QCOMPARE(all.first().displayName, QStringLiteral("Me Myself"));
    QCOMPARE(aliasAddresses(all.first()),
             (QStringList {QStringLiteral("sales@example.org"), QStringLiteral("odd@example.org")}));
    QCOMPARE(store.warnings().size(), 5);

    QSettings raw(file, QSettings::IniFormat);
    raw.beginGroup(QStringLiteral("accounts"));
    QCOMPARE(raw.childGroups().size(), 3);
    QCOMPARE(raw.value(QStringLiteral("noincoming/address")).toString(), QStringLiteral("b@example.org"));
    QCOMPARE(raw.value(QStringLiteral("badurl/incoming/url")).toString(), QStringLiteral("gopher://x.example.org"));
    const int size = raw.beginReadArray(QStringLiteral("good/identities"));
    QCOMPARE(size, 5);
    QList<QVariantMap> entries;
    for (int i = 0; i < size; ++i) {
        raw.setArrayIndex(i);
        QVariantMap entry;
        for (const QString &key : raw.allKeys())
            entry.insert(key, raw.value(key));
        entries << entry;
    }
    raw.endArray();
    QCOMPARE(entries.at(2).value(QStringLiteral("name")).toString(), QStringLiteral("No address"));
    QVERIFY(!entries.at(2).contains(QStringLiteral("address")));
    QCOMPARE(entries.at(3).value(QStringLiteral("address")).toString(), QStringLiteral("not an address"));
    QCOMPARE(entries.at(3).value(QStringLiteral("signature")).toString(), QStringLiteral("kept as it is"));
    QCOMPARE(entries.at(4).value(QStringLiteral("address")).toString(), QStringLiteral("ME@example.org"));
    QCOMPARE(entries.at(4).value(QStringLiteral("colour")).toString(), QStringLiteral("blue"));
}

void TestAccountStore::unreadableOutgoingKept()
{
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("settings.ini"));
    {
        QSettings s(file, QSettings::IniFormat);
        s.setValue(QStringLiteral("accounts/w/name"), QStringLiteral("Work"));
        s.setValue(QStringLiteral("accounts/w/address"), QStringLiteral("me@example.org"));
        s.setValue(QStringLiteral("accounts/w/incoming/url"), QStringLiteral("imaps://me@imap.example.org"));
        s.setValue(QStringLiteral("accounts/w/outgoing/url"), QStringLiteral("smtq://me@smtp.example.org"));
    }
    AccountStore store(file);
    QList<Account> all = store.accounts();
    QCOMPARE(all.size(), 1);
    QVERIFY(all.first().outgoing.host.isEmpty());
    QCOMPARE(store.warnings().size(), 1);
    QVERIFY2(store.warnings().first().startsWith(
                 QStringLiteral("The outgoing server of the account “Work” in the settings could not be read: ")),
             qPrintable(store.warnings().first()));

    Account work = all.first();
    work.displayName = QStringLiteral("Me");
    QString error;
    QVERIFY2(store.save(work, &error), qPrintable(error));
    QCOMPARE(QSettings(file, QSettings::IniFormat).value(QStringLiteral("accounts/w/outgoing/url")).toString(),
             QStringLiteral("smtq://me@smtp.example.org"));

    // A readable outgoing server replaces it.
    work.outgoing.protocol = Protocol::Smtp;
    work.outgoing.security = Security::StartTls;
    work.outgoing.host = QStringLiteral("smtp.example.org");
    work.outgoing.port = 587;
    work.outgoing.user = QStringLiteral("me");
    QVERIFY2(store.save(work, &error), qPrintable(error));
    QVERIFY(store.find(QStringLiteral("Work"), &work));
    QCOMPARE(work.outgoing.host, QStringLiteral("smtp.example.org"));
    QVERIFY(store.warnings().isEmpty());
}

QTEST_GUILESS_MAIN(TestAccountStore)
#include "tst_accountstore.moc"
