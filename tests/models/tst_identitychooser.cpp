// Which identity answers a message (From, To, Cc, Delivered-To; the original's account first;
// the account's primary identity otherwise), and the signature below the text: the RFC 3676
// delimiter, where it goes, swapping it for another identity's, and leaving an edited one alone.

#include "models/accounts/Account.h"
#include "models/compose/IdentityChooser.h"
#include "models/compose/IdentitySignature.h"
#include "protocols/mime/MessageParser.h"
#include "protocols/smtp/OutgoingMessageBuilder.h"

#include <QTest>

using namespace postier;
using namespace postier::models;

namespace {

/// Two accounts: Work (anna@work.example + sales@work.example + Help <help@work.example>) and
/// Home (anna@home.example + shop@home.example), identities in the composer's order.
QList<Identity> identities()
{
    Account work;
    work.id = QStringLiteral("work");
    work.displayName = QStringLiteral("Anna Martin");
    work.address = QStringLiteral("anna@work.example");
    work.signature = QStringLiteral("Anna\nWork");
    work.aliases << Identity {{}, QStringLiteral("Sales"), QStringLiteral("sales@work.example"), QStringLiteral("Sales team")}
                 << Identity {{}, QStringLiteral("Help"), QStringLiteral("help@work.example"), {}};
    Account home;
    home.id = QStringLiteral("home");
    home.displayName = QStringLiteral("Anna");
    home.address = QStringLiteral("anna@home.example");
    home.aliases << Identity {{}, QString(), QStringLiteral("shop@home.example"), {}};
    return work.identities() + home.identities();
}

enum Index { WorkPrimary, WorkSales, WorkHelp, HomePrimary, HomeShop };

QByteArray message(const QByteArray &headers)
{
    return headers + "Subject: Hello\r\nMessage-ID: <m@example.com>\r\n\r\nText\r\n"
                     "Delivered-To: not-a-header@work.example\r\n";
}

int choose(const QString &accountId, const QByteArray &raw)
{
    return IdentityChooser::forResponse(identities(), accountId, protocols::parseMessage(raw), raw);
}

} // namespace

class TestIdentityChooser : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void responseIdentity_data();
    void responseIdentity();
    void deliveredToHeaders();
    void indexAndPrimary();
    void replyAllWithoutOwnAddresses();

    void signatureBlock_data();
    void signatureBlock();
    void insertIntoEmptyAndWrittenText();
    void swapReplacesOnlyWhatWasInserted();
    void editedSignatureIsLeftAlone();
    void findInsertedSignatureInDraft();
};

void TestIdentityChooser::initTestCase()
{
    protocols::ensureVmimePlatform();
}

void TestIdentityChooser::responseIdentity_data()
{
    QTest::addColumn<QString>("account");
    QTest::addColumn<QByteArray>("raw");
    QTest::addColumn<int>("expected");

    QTest::newRow("to alias") << QStringLiteral("work")
                              << message("From: Bob <bob@example.com>\r\nTo: Sales <SALES@Work.Example>\r\n")
                              << int(WorkSales);
    QTest::newRow("cc alias") << QStringLiteral("work")
                              << message("From: bob@example.com\r\nTo: team@example.com\r\n"
                                         "Cc: Carol <carol@example.com>, help@work.example\r\n")
                              << int(WorkHelp);
    QTest::newRow("to before cc") << QStringLiteral("work")
                                  << message("From: bob@example.com\r\nTo: help@work.example\r\n"
                                             "Cc: sales@work.example\r\n")
                                  << int(WorkHelp);
    QTest::newRow("delivered-to") << QStringLiteral("work")
                                  << message("Delivered-To: anna@work.example\r\n"
                                             "Delivered-To: <Sales@work.example>\r\n"
                                             "From: bob@example.com\r\nTo: undisclosed-recipients:;\r\n")
                                  << int(WorkSales);
    QTest::newRow("folded delivered-to") << QStringLiteral("work")
                                         << message("From: bob@example.com\r\nTo: list@example.com\r\n"
                                                    "delivered-to:\r\n help@work.example\r\n")
                                         << int(WorkHelp);
    QTest::newRow("to beats delivered-to") << QStringLiteral("work")
                                           << message("Delivered-To: sales@work.example\r\n"
                                                      "From: bob@example.com\r\nTo: help@work.example\r\n")
                                           << int(WorkHelp);
    QTest::newRow("from me (sent)") << QStringLiteral("work")
                                    << message("From: Sales <sales@work.example>\r\nTo: bob@example.com\r\n")
                                    << int(WorkSales);
    QTest::newRow("no match: primary") << QStringLiteral("home")
                                       << message("From: bob@example.com\r\nTo: list@example.com\r\n")
                                       << int(HomePrimary);
    QTest::newRow("own account first") << QStringLiteral("home")
                                       << message("From: bob@example.com\r\n"
                                                  "To: sales@work.example, shop@home.example\r\n")
                                       << int(HomeShop);
    QTest::newRow("other account's alias") << QStringLiteral("home")
                                           << message("From: bob@example.com\r\nTo: help@work.example\r\n")
                                           << int(WorkHelp);
    QTest::newRow("unknown account") << QStringLiteral("gone")
                                     << message("From: bob@example.com\r\nTo: list@example.com\r\n")
                                     << int(WorkPrimary);
    QTest::newRow("lf line ends") << QStringLiteral("work")
                                  << QByteArray("From: bob@example.com\nDelivered-To: sales@work.example\n"
                                                "To: list@example.com\n\nBody\n")
                                  << int(WorkSales);
}

void TestIdentityChooser::responseIdentity()
{
    QFETCH(QString, account);
    QFETCH(QByteArray, raw);
    QFETCH(int, expected);
    const int chosen = choose(account, raw);
    QVERIFY(chosen >= 0);
    QCOMPARE(identities().at(chosen).address, identities().at(expected).address);
    QCOMPARE(chosen, expected);
}

void TestIdentityChooser::deliveredToHeaders()
{
    const QByteArray raw("Received: from x\r\n"
                         "Delivered-To: anna@work.example\r\n"
                         "DELIVERED-TO:   <sales@work.example>  \r\n"
                         "X-Delivered-To: nope@example.com\r\n"
                         "Subject: Delivered-To: nope2@example.com\r\n"
                         "\r\n"
                         "Delivered-To: body@example.com\r\n");
    QCOMPARE(IdentityChooser::deliveredTo(raw),
             (QStringList {QStringLiteral("anna@work.example"), QStringLiteral("sales@work.example")}));
    QVERIFY(IdentityChooser::deliveredTo(QByteArray()).isEmpty());
    // Headers only, no body at all.
    QCOMPARE(IdentityChooser::deliveredTo("Delivered-To: a@b.example"),
             QStringList {QStringLiteral("a@b.example")});
    QCOMPARE(choose(QStringLiteral("home"), QByteArray()), int(HomePrimary));
    QCOMPARE(IdentityChooser::forResponse({}, QStringLiteral("home"), {}, QByteArray()), -1);
}

void TestIdentityChooser::indexAndPrimary()
{
    const QList<Identity> all = identities();
    QCOMPARE(IdentityChooser::primaryOf(all, QStringLiteral("work")), int(WorkPrimary));
    QCOMPARE(IdentityChooser::primaryOf(all, QStringLiteral("home")), int(HomePrimary));
    QCOMPARE(IdentityChooser::primaryOf(all, QStringLiteral("none")), -1);
    QCOMPARE(IdentityChooser::indexOf(all, QStringLiteral(" Shop@Home.example ")), int(HomeShop));
    QCOMPARE(IdentityChooser::indexOf(all, QStringLiteral("nobody@example.com")), -1);

    // The same address in two accounts: the preferred account's one, else the first.
    QList<Identity> twice = all;
    twice << Identity {QStringLiteral("home"), QStringLiteral("Sales at home"), QStringLiteral("sales@work.example"), {}};
    QCOMPARE(IdentityChooser::indexOf(twice, QStringLiteral("sales@work.example")), int(WorkSales));
    QCOMPARE(IdentityChooser::indexOf(twice, QStringLiteral("sales@work.example"), QStringLiteral("home")), 5);
    QCOMPARE(IdentityChooser::indexOf(twice, QStringLiteral("sales@work.example"), QStringLiteral("work")), int(WorkSales));
}

void TestIdentityChooser::replyAllWithoutOwnAddresses()
{
    using protocols::MailAddress;
    const auto addressesOf = [](const QList<MailAddress> &list) {
        QStringList out;
        for (const MailAddress &a : list)
            out << a.address;
        return out;
    };
    protocols::OutgoingMessage reply;
    reply.to = {{QStringLiteral("Bob"), QStringLiteral("bob@example.com")},
                {QString(), QStringLiteral("Anna@Work.example")}};
    reply.cc = {{QString(), QStringLiteral("shop@home.example")}, {QString(), QStringLiteral("carol@example.com")}};
    IdentityChooser::removeOwnAddresses(&reply, identities());
    QCOMPARE(addressesOf(reply.to), QStringList {QStringLiteral("bob@example.com")});
    QCOMPARE(addressesOf(reply.cc), QStringList {QStringLiteral("carol@example.com")});

    // Only own addresses left in To: Cc moves up.
    reply.to = {{QString(), QStringLiteral("help@work.example")}};
    IdentityChooser::removeOwnAddresses(&reply, identities());
    QCOMPARE(addressesOf(reply.to), QStringList {QStringLiteral("carol@example.com")});
    QVERIFY(reply.cc.isEmpty());

    // A note to oneself keeps its recipient.
    reply.to = {{QString(), QStringLiteral("sales@work.example")}};
    reply.cc = {{QString(), QStringLiteral("anna@home.example")}};
    IdentityChooser::removeOwnAddresses(&reply, identities());
    QCOMPARE(addressesOf(reply.to), QStringList {QStringLiteral("sales@work.example")});
    QCOMPARE(addressesOf(reply.cc), QStringList {QStringLiteral("anna@home.example")});
}

void TestIdentityChooser::signatureBlock_data()
{
    QTest::addColumn<QString>("signature");
    QTest::addColumn<QString>("expected");
    QTest::newRow("empty") << QString() << QString();
    QTest::newRow("blank") << QStringLiteral(" \n\n") << QString();
    QTest::newRow("one line") << QStringLiteral("Anna") << QStringLiteral("-- \nAnna");
    QTest::newRow("lines") << QStringLiteral("Anna Martin\r\nFinance 📈\n\n")
                           << QStringLiteral("-- \nAnna Martin\nFinance 📈");
    QTest::newRow("own delimiter") << QStringLiteral("-- \nAnna") << QStringLiteral("-- \nAnna");
    QTest::newRow("delimiter without space") << QStringLiteral("\n--\nAnna\n  indented")
                                             << QStringLiteral("-- \nAnna\n  indented");
    QTest::newRow("dashes inside") << QStringLiteral("Anna\n-- \nmore")
                                   << QStringLiteral("-- \nAnna\n-- \nmore");
}

void TestIdentityChooser::signatureBlock()
{
    QFETCH(QString, signature);
    QFETCH(QString, expected);
    QCOMPARE(IdentitySignature::block(signature), expected);
}

void TestIdentityChooser::insertIntoEmptyAndWrittenText()
{
    const auto insert = [](const QString &body, const QString &signature) {
        const IdentitySignature::Edit edit = IdentitySignature::swap(body, {}, signature);
        [&] { QVERIFY(edit.isValid()); QCOMPARE(edit.position, body.size()); QCOMPARE(edit.length, 0); }();
        return edit.applied(body);
    };
    QCOMPARE(insert(QString(), QStringLiteral("Anna")), QStringLiteral("\n\n-- \nAnna"));
    QCOMPARE(insert(QStringLiteral("Hello"), QStringLiteral("Anna")), QStringLiteral("Hello\n\n-- \nAnna"));
    QCOMPARE(insert(QStringLiteral("Hello\n"), QStringLiteral("Anna")), QStringLiteral("Hello\n\n-- \nAnna"));
    QCOMPARE(insert(QStringLiteral("Hello\n\n"), QStringLiteral("Anna")), QStringLiteral("Hello\n\n-- \nAnna"));
    // A reply as ReplyBuilder makes it: the signature goes below the quote.
    const QString reply = QStringLiteral("\n\nBob wrote:\n> Hi\n");
    QCOMPARE(insert(reply, QStringLiteral("Anna")), reply + QStringLiteral("\n-- \nAnna"));
    // No signature: nothing changes.
    QCOMPARE(insert(QStringLiteral("Hello"), QString()), QStringLiteral("Hello"));
}

void TestIdentityChooser::swapReplacesOnlyWhatWasInserted()
{
    QString body = QStringLiteral("Hi Bob,");
    IdentitySignature::Edit edit = IdentitySignature::swap(body, {}, QStringLiteral("Anna\nWork"));
    body = edit.applied(body);
    QString inserted = edit.text;
    QCOMPARE(inserted, QStringLiteral("\n\n-- \nAnna\nWork"));

    // The user writes more above the signature, then picks another identity.
    body.insert(7, QStringLiteral("\nsee you"));
    edit = IdentitySignature::swap(body, inserted, QStringLiteral("Sales team"));
    QVERIFY(edit.isValid());
    body = edit.applied(body);
    QCOMPARE(body, QStringLiteral("Hi Bob,\nsee you\n\n-- \nSales team"));
    inserted = edit.text;

    // An identity without a signature removes it, separator and all.
    edit = IdentitySignature::swap(body, inserted, QString());
    QVERIFY(edit.isValid());
    body = edit.applied(body);
    QCOMPARE(body, QStringLiteral("Hi Bob,\nsee you"));
    inserted = edit.text;
    QVERIFY(inserted.isEmpty());

    // And the next one with a signature brings one back.
    edit = IdentitySignature::swap(body, inserted, QStringLiteral("Anna"));
    body = edit.applied(body);
    QCOMPARE(body, QStringLiteral("Hi Bob,\nsee you\n\n-- \nAnna"));

    // Text typed below the signature stays below the new one.
    inserted = edit.text;
    body += QStringLiteral("\nP.S. bring cake");
    edit = IdentitySignature::swap(body, inserted, QStringLiteral("Sales team"));
    QCOMPARE(edit.applied(body), QStringLiteral("Hi Bob,\nsee you\n\n-- \nSales team\nP.S. bring cake"));
}

void TestIdentityChooser::editedSignatureIsLeftAlone()
{
    QString body;
    IdentitySignature::Edit edit = IdentitySignature::swap(body, {}, QStringLiteral("Anna\nWork"));
    body = edit.applied(body);
    const QString inserted = edit.text;
    body.replace(QStringLiteral("Work"), QStringLiteral("Holidays until Monday"));
    QVERIFY(!IdentitySignature::swap(body, inserted, QStringLiteral("Sales team")).isValid());
    body.clear();
    QVERIFY(!IdentitySignature::swap(body, inserted, QStringLiteral("Sales team")).isValid());
    // Words added at the end of its last line make it another signature too.
    body = inserted + QStringLiteral(" (on leave)");
    QVERIFY(!IdentitySignature::swap(body, inserted, QStringLiteral("Sales team")).isValid());
    // So do words before its delimiter on the same line.
    body = QStringLiteral("Hi") + inserted.mid(2);
    QVERIFY(body.startsWith(QStringLiteral("Hi-- \n")));
    QVERIFY(!IdentitySignature::swap(body, inserted.mid(2), QStringLiteral("Sales team")).isValid());
}

void TestIdentityChooser::findInsertedSignatureInDraft()
{
    const QString body = QStringLiteral("Hi,\nnotes\n\n-- \nAnna\nWork");
    const QString found = IdentitySignature::find(body, QStringLiteral("Anna\nWork\n"));
    QCOMPARE(found, QStringLiteral("\n\n-- \nAnna\nWork"));
    // Found as swap() would have inserted it, so swapping works on a reopened draft.
    const IdentitySignature::Edit edit = IdentitySignature::swap(body, found, QStringLiteral("Sales"));
    QCOMPARE(edit.applied(body), QStringLiteral("Hi,\nnotes\n\n-- \nSales"));

    QCOMPARE(IdentitySignature::find(QStringLiteral("\n\n-- \nAnna"), QStringLiteral("Anna")),
             QStringLiteral("\n\n-- \nAnna"));
    QVERIFY(IdentitySignature::find(body, QStringLiteral("Someone else")).isEmpty());
    QVERIFY(IdentitySignature::find(body, QString()).isEmpty());
    // Not on a line of its own: not ours.
    QVERIFY(IdentitySignature::find(QStringLiteral("x-- \nAnna"), QStringLiteral("Anna")).isEmpty());
}

QTEST_GUILESS_MAIN(TestIdentityChooser)
#include "tst_identitychooser.moc"
