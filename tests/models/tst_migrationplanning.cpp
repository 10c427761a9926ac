// The migration's pure parts: message identity keys and the folder mapping.

#include "models/migration/FolderMapper.h"
#include "models/migration/MessageKey.h"
#include "protocols/imap/ImapParser.h"

#include <QTest>

using namespace postier;
using models::FolderMapper;
namespace MessageKey = models::MessageKey;

class TestMigrationPlanning : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void selectFieldsKeepsOnlyIdentityFieldsInOrder();
    void sameMessageSameKeyFromFileAndServer();
    void keyDependsOnSizeAndFields();
    void messagesWithoutMessageIdGetStableKeys();
    void messageIdForReports();
    void mapsInboxSpecialUseAndHierarchy();
    void renamesWhatTheServerCannotHold();
    void inboxNamespaceServers();
    void overridesWin();
    void parsesFolderMapFiles();
};

namespace {

const QByteArray header =
    "Return-Path: <a@x.test>\r\n"
    "Received: from x by y;\r\n\tMon, 1 Jan 2024 10:00:00 +0000\r\n"
    "Message-ID: <abc@x.test>\r\n"
    "From: Anna <a@x.test>\r\n"
    "To: Ben <b@y.test>,\r\n  Carl <c@y.test>\r\n"
    "Subject: Hello\r\n"
    "Date: Mon, 1 Jan 2024 10:00:00 +0000\r\n"
    "X-Mozilla-Status: 0001\r\n";

protocols::FolderInfo folder(const QString &path, QChar sep, protocols::SpecialUse use = protocols::SpecialUse::None,
                             quint16 attributes = 0)
{
    protocols::FolderInfo f;
    f.path = path;
    f.rawName = protocols::imap::encodeMailboxName(path);
    f.separator = sep;
    f.specialUse = use;
    f.attributes = attributes;
    return f;
}

} // namespace

void TestMigrationPlanning::selectFieldsKeepsOnlyIdentityFieldsInOrder()
{
    const QByteArray fields = MessageKey::selectFields(header + "\r\nBody: not a header\r\n");
    QCOMPARE(fields, QByteArray("Message-ID: <abc@x.test>\r\n"
                                "From: Anna <a@x.test>\r\n"
                                "To: Ben <b@y.test>,\r\n  Carl <c@y.test>\r\n"
                                "Subject: Hello\r\n"
                                "Date: Mon, 1 Jan 2024 10:00:00 +0000\r\n"));
}

void TestMigrationPlanning::sameMessageSameKeyFromFileAndServer()
{
    // What dovecot answers to BODY.PEEK[HEADER.FIELDS (MESSAGE-ID DATE FROM TO SUBJECT)]: the
    // fields in message order, then the empty line; folding may differ in white space only.
    const QByteArray server = "Message-ID: <abc@x.test>\r\nFrom: Anna <a@x.test>\r\n"
                              "To: Ben <b@y.test>, Carl <c@y.test>\r\nSubject:  Hello\r\n"
                              "Date: Mon, 1 Jan 2024 10:00:00 +0000\r\n\r\n";
    const QByteArray fromFile = MessageKey::compute(MessageKey::selectFields(header), 1234);
    QCOMPARE(MessageKey::compute(server, 1234), fromFile);
    QCOMPARE(fromFile.size(), 27);
    // Field order and the case of names do not matter.
    const QByteArray reordered = "date: Mon, 1 Jan 2024 10:00:00 +0000\r\nSUBJECT: Hello\r\nfrom: Anna <a@x.test>\r\n"
                                 "to: Ben <b@y.test>, Carl <c@y.test>\r\nmessage-id: <abc@x.test>\r\n";
    QCOMPARE(MessageKey::compute(reordered, 1234), fromFile);
}

void TestMigrationPlanning::keyDependsOnSizeAndFields()
{
    const QByteArray fields = MessageKey::selectFields(header);
    QVERIFY(MessageKey::compute(fields, 1234) != MessageKey::compute(fields, 1235));
    QByteArray otherSubject = fields;
    otherSubject.replace("Hello", "Hello!");
    QVERIFY(MessageKey::compute(otherSubject, 1234) != MessageKey::compute(fields, 1234));
    // Same Message-ID, different message (a different Date): different keys, both copied.
    QByteArray otherDate = fields;
    otherDate.replace("10:00:00", "10:00:01");
    QVERIFY(MessageKey::compute(otherDate, 1234) != MessageKey::compute(fields, 1234));
}

void TestMigrationPlanning::messagesWithoutMessageIdGetStableKeys()
{
    const QByteArray noId = "From: a@x.test\r\nSubject: no id\r\n";
    QCOMPARE(MessageKey::compute(noId, 10), MessageKey::compute(noId, 10));
    QVERIFY(MessageKey::compute(noId, 10) != MessageKey::compute("From: a@x.test\r\nSubject: other\r\n", 10));
    // Nothing at all still has a key, told apart by size.
    QVERIFY(!MessageKey::compute({}, 5).isEmpty());
    QVERIFY(MessageKey::compute({}, 5) != MessageKey::compute({}, 6));
}

void TestMigrationPlanning::messageIdForReports()
{
    QCOMPARE(MessageKey::messageId(MessageKey::selectFields(header)), QByteArray("abc@x.test"));
    QCOMPARE(MessageKey::messageId("Message-Id:\r\n <folded@x>\r\n"), QByteArray("folded@x"));
    QCOMPARE(MessageKey::messageId("Subject: x\r\n"), QByteArray());
}

void TestMigrationPlanning::mapsInboxSpecialUseAndHierarchy()
{
    const protocols::FolderList server = {folder(QStringLiteral("INBOX"), QLatin1Char('.')),
                                          folder(QStringLiteral("Sent Items"), QLatin1Char('.'), protocols::SpecialUse::Sent)};
    FolderMapper mapper(server, QLatin1Char('.'));
    QCOMPARE(mapper.prefix(), QString());
    models::FolderMapping inbox = mapper.map(QStringLiteral("INBOX"), {});
    QCOMPARE(inbox.destination, QStringLiteral("INBOX"));
    QVERIFY(inbox.exists);
    // Sent goes onto the server's \Sent folder, whatever its name.
    models::FolderMapping sent = mapper.map(QStringLiteral("Envoyés"), QStringLiteral("\\Sent"));
    QCOMPARE(sent.destination, QStringLiteral("Sent Items"));
    QVERIFY(sent.exists);
    // No \Trash on the server: the usual name, to be created.
    models::FolderMapping trash = mapper.map(QStringLiteral("Corbeille"), QStringLiteral("\\Trash"));
    QCOMPARE(trash.destination, QStringLiteral("Trash"));
    QVERIFY(!trash.exists);
    // Hierarchy onto the server's separator, in modified UTF-7 for commands.
    models::FolderMapping deep = mapper.map(QStringLiteral("Projets/Été 2024"), {});
    QCOMPARE(deep.destination, QStringLiteral("Projets.Été 2024"));
    QCOMPARE(deep.rawDestination, QByteArray("Projets.&AMk-t&AOk- 2024"));
    QVERIFY(deep.reason.isEmpty());
    // Thunderbird's "Inbox/Sub" goes below the INBOX.
    QCOMPARE(mapper.map(QStringLiteral("Inbox/Sub"), {}).destination, QStringLiteral("INBOX.Sub"));
}

void TestMigrationPlanning::renamesWhatTheServerCannotHold()
{
    FolderMapper mapper({folder(QStringLiteral("INBOX"), QLatin1Char('.'))}, QLatin1Char('.'));
    const models::FolderMapping m = mapper.map(QStringLiteral("v1.2/100%"), {});
    QCOMPARE(m.destination, QStringLiteral("v1_2.100_"));
    QVERIFY2(m.reason.contains(QStringLiteral("“v1.2” was renamed “v1_2”")), qPrintable(m.reason));
    QCOMPARE(mapper.map(QString(300, QLatin1Char('a')), {}).destination.size(), 200);
    QCOMPARE(FolderMapper::strictLevel(QStringLiteral("  a/b:c?  ")), QStringLiteral("a_b_c_"));
    QCOMPARE(FolderMapper::strictLevel(QStringLiteral("???")), QStringLiteral("___"));
}

void TestMigrationPlanning::inboxNamespaceServers()
{
    const protocols::FolderList server = {folder(QStringLiteral("INBOX"), QLatin1Char('.')),
                                          folder(QStringLiteral("INBOX.Sent"), QLatin1Char('.')),
                                          folder(QStringLiteral("INBOX.Archive"), QLatin1Char('.'))};
    FolderMapper mapper(server, QLatin1Char('.'));
    QCOMPARE(mapper.prefix(), QStringLiteral("INBOX."));
    QCOMPARE(mapper.map(QStringLiteral("Work/2024"), {}).destination, QStringLiteral("INBOX.Work.2024"));
    QCOMPARE(mapper.map(QStringLiteral("INBOX"), {}).destination, QStringLiteral("INBOX"));
}

void TestMigrationPlanning::overridesWin()
{
    FolderMapper mapper({folder(QStringLiteral("INBOX"), QLatin1Char('/'))}, QLatin1Char('/'));
    mapper.setOverrides({{QStringLiteral("Old Sent"), QStringLiteral("Archive/Sent 2010")}});
    QCOMPARE(mapper.map(QStringLiteral("Old Sent"), QStringLiteral("\\Sent")).destination,
             QStringLiteral("Archive/Sent 2010"));
}

void TestMigrationPlanning::parsesFolderMapFiles()
{
    QHash<QString, QString> map;
    QString error;
    QVERIFY(FolderMapper::parseMapFile("# comment\n\nOld = Archive/Old\n  Été = Summer  \n", &map, &error));
    QCOMPARE(map.size(), 2);
    QCOMPARE(map.value(QStringLiteral("Old")), QStringLiteral("Archive/Old"));
    QCOMPARE(map.value(QStringLiteral("Été")), QStringLiteral("Summer"));
    QVERIFY(!FolderMapper::parseMapFile("ok = fine\nno equals sign\n", &map, &error));
    QVERIFY2(error.startsWith(QLatin1String("Line 2 of the folder map")), qPrintable(error));
}

QTEST_GUILESS_MAIN(TestMigrationPlanning)
#include "tst_migrationplanning.moc"
