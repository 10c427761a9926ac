// ServerEndpoint URL parsing: schemes, default ports, plain text only when asked for by name,
// passwords refused with a sentence, and the round trip through toUrl().

#include "protocols/ServerEndpoint.h"

#include <QTest>

using namespace postier::protocols;

Q_DECLARE_METATYPE(postier::protocols::Protocol)
Q_DECLARE_METATYPE(postier::protocols::Security)

class TestServerEndpoint : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parses_data();
    void parses();
    void plainTextOnlyWhenNamed();
    void rejects_data();
    void rejects();
    void rejectsPasswordWithSentence();
    void roundTrip_data();
    void roundTrip();
    void explicitPortSurvivesRoundTrip();
    void defaultPorts();
    void displayName();
};

void TestServerEndpoint::parses_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<Protocol>("protocol");
    QTest::addColumn<Security>("security");
    QTest::addColumn<QString>("host");
    QTest::addColumn<int>("port");
    QTest::addColumn<QString>("user");

    QTest::newRow("imaps") << u"imaps://alice@mail.example.com"_qs << Protocol::Imap << Security::Tls
                           << u"mail.example.com"_qs << 993 << u"alice"_qs;
    QTest::newRow("imap means starttls") << u"imap://alice@mail.example.com"_qs << Protocol::Imap
                                         << Security::StartTls << u"mail.example.com"_qs << 143 << u"alice"_qs;
    QTest::newRow("imap+starttls") << u"imap+starttls://bob@h:1143"_qs << Protocol::Imap
                                   << Security::StartTls << u"h"_qs << 1143 << u"bob"_qs;
    QTest::newRow("imap+plain") << u"imap+plain://bob@127.0.0.1:10143"_qs << Protocol::Imap
                                << Security::None << u"127.0.0.1"_qs << 10143 << u"bob"_qs;
    QTest::newRow("upper-case scheme") << u"IMAPS://alice@mail.example.com"_qs << Protocol::Imap
                                       << Security::Tls << u"mail.example.com"_qs << 993 << u"alice"_qs;
    QTest::newRow("pop3s") << u"pop3s://carol@pop.example.org"_qs << Protocol::Pop3 << Security::Tls
                           << u"pop.example.org"_qs << 995 << u"carol"_qs;
    QTest::newRow("pop3 means starttls") << u"pop3://carol@pop.example.org"_qs << Protocol::Pop3
                                         << Security::StartTls << u"pop.example.org"_qs << 110 << u"carol"_qs;
    QTest::newRow("pop3+plain") << u"pop3+plain://carol@pop.example.org"_qs << Protocol::Pop3
                                << Security::None << u"pop.example.org"_qs << 110 << u"carol"_qs;
    QTest::newRow("smtps") << u"smtps://dave@smtp.example.net"_qs << Protocol::Smtp << Security::Tls
                           << u"smtp.example.net"_qs << 465 << u"dave"_qs;
    QTest::newRow("submissions") << u"submissions://dave@smtp.example.net"_qs << Protocol::Smtp
                                 << Security::Tls << u"smtp.example.net"_qs << 465 << u"dave"_qs;
    QTest::newRow("smtp means starttls") << u"smtp://dave@smtp.example.net"_qs << Protocol::Smtp
                                         << Security::StartTls << u"smtp.example.net"_qs << 587 << u"dave"_qs;
    QTest::newRow("submission") << u"submission://dave@smtp.example.net"_qs << Protocol::Smtp
                                << Security::StartTls << u"smtp.example.net"_qs << 587 << u"dave"_qs;
    QTest::newRow("smtp+plain port 25") << u"smtp+plain://dave@smtp.example.net:25"_qs << Protocol::Smtp
                                        << Security::None << u"smtp.example.net"_qs << 25 << u"dave"_qs;
    QTest::newRow("sieve") << u"sieve://erin@mail.example.com"_qs << Protocol::ManageSieve
                           << Security::StartTls << u"mail.example.com"_qs << 4190 << u"erin"_qs;
    QTest::newRow("sieve+starttls") << u"sieve+starttls://erin@mail.example.com"_qs
                                    << Protocol::ManageSieve << Security::StartTls
                                    << u"mail.example.com"_qs << 4190 << u"erin"_qs;
    QTest::newRow("user with @ encoded") << u"imaps://alice%40example.com@mail.example.com"_qs
                                         << Protocol::Imap << Security::Tls << u"mail.example.com"_qs
                                         << 993 << u"alice@example.com"_qs;
    QTest::newRow("no user") << u"imaps://mail.example.com"_qs << Protocol::Imap << Security::Tls
                             << u"mail.example.com"_qs << 993 << QString();
}

void TestServerEndpoint::parses()
{
    QFETCH(QString, url);
    QFETCH(Protocol, protocol);
    QFETCH(Security, security);
    QFETCH(QString, host);
    QFETCH(int, port);
    QFETCH(QString, user);

    ServerEndpoint e;
    QString error;
    QVERIFY2(ServerEndpoint::fromUrl(QUrl(url), &e, &error), qPrintable(error));
    QVERIFY(error.isEmpty());
    QCOMPARE(e.protocol, protocol);
    QCOMPARE(e.security, security);
    QCOMPARE(e.host, host);
    QCOMPARE(int(e.port), port);
    QCOMPARE(e.user, user);
    QCOMPARE(e.timeoutMs, 30000);
}

void TestServerEndpoint::plainTextOnlyWhenNamed()
{
    // No scheme without "+plain" may ever yield an unencrypted endpoint.
    const QStringList schemes{u"imaps"_qs, u"imap"_qs, u"imap+starttls"_qs, u"pop3s"_qs, u"pop3"_qs,
                              u"pop3+starttls"_qs, u"smtps"_qs, u"submissions"_qs, u"smtp"_qs,
                              u"smtp+starttls"_qs, u"submission"_qs, u"sieve"_qs, u"sieve+starttls"_qs};
    for (const QString &scheme : schemes) {
        ServerEndpoint e;
        QString error;
        QVERIFY2(ServerEndpoint::fromUrl(QUrl(scheme + u"://u@host.example"_qs), &e, &error),
                 qPrintable(scheme));
        QVERIFY2(e.security != Security::None, qPrintable(scheme));
    }
    for (const QString &scheme : {u"imap+plain"_qs, u"pop3+plain"_qs, u"smtp+plain"_qs, u"sieve+plain"_qs}) {
        ServerEndpoint e;
        QString error;
        QVERIFY(ServerEndpoint::fromUrl(QUrl(scheme + u"://u@host.example"_qs), &e, &error));
        QCOMPARE(e.security, Security::None);
    }
}

void TestServerEndpoint::rejects_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("mentions");

    QTest::newRow("unknown scheme") << u"http://alice@mail.example.com"_qs << u"imaps://"_qs;
    QTest::newRow("typo scheme") << u"imapss://alice@mail.example.com"_qs << u"imapss"_qs;
    QTest::newRow("no scheme") << u"mail.example.com"_qs << u"imaps://"_qs;
    QTest::newRow("empty") << QString() << u"imaps://"_qs;
    QTest::newRow("no host") << u"imaps://alice@"_qs << u"no server name"_qs;
    QTest::newRow("file") << u"imaps:/tmp/x"_qs << u"no server name"_qs;
}

void TestServerEndpoint::rejects()
{
    QFETCH(QString, url);
    QFETCH(QString, mentions);
    ServerEndpoint e;
    e.host = u"untouched"_qs;
    QString error;
    QVERIFY(!ServerEndpoint::fromUrl(QUrl(url), &e, &error));
    QVERIFY2(error.contains(mentions), qPrintable(error));
    QVERIFY2(error.endsWith(QLatin1Char('.')), qPrintable(error)); // a sentence
    QCOMPARE(e.host, u"untouched"_qs);                               // output left alone

    // A null error pointer is allowed.
    QVERIFY(!ServerEndpoint::fromUrl(QUrl(url), &e, nullptr));
}

void TestServerEndpoint::rejectsPasswordWithSentence()
{
    ServerEndpoint e;
    QString error;
    QVERIFY(!ServerEndpoint::fromUrl(QUrl(u"imaps://alice:hunter2@mail.example.com"_qs), &e, &error));
    QVERIFY2(error.contains(u"password"_qs), qPrintable(error));
    QVERIFY2(error.contains(u"keychain"_qs), qPrintable(error));
    QVERIFY2(error.endsWith(QLatin1Char('.')), qPrintable(error));
    // The sentence must not repeat the secret it refused.
    QVERIFY2(!error.contains(u"hunter2"_qs), qPrintable(error));
}

void TestServerEndpoint::roundTrip_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("canonical");

    QTest::newRow("imaps") << u"imaps://alice@mail.example.com"_qs << u"imaps://alice@mail.example.com"_qs;
    QTest::newRow("imap becomes explicit") << u"imap://alice@mail.example.com"_qs
                                           << u"imap+starttls://alice@mail.example.com"_qs;
    QTest::newRow("imap+plain port") << u"imap+plain://alice@127.0.0.1:10143"_qs
                                     << u"imap+plain://alice@127.0.0.1:10143"_qs;
    QTest::newRow("default port dropped") << u"imaps://alice@mail.example.com:993"_qs
                                          << u"imaps://alice@mail.example.com"_qs;
    QTest::newRow("pop3s") << u"pop3s://carol@pop.example.org"_qs << u"pop3s://carol@pop.example.org"_qs;
    QTest::newRow("pop3+plain") << u"pop3+plain://carol@pop.example.org:1110"_qs
                                << u"pop3+plain://carol@pop.example.org:1110"_qs;
    QTest::newRow("submissions is smtps") << u"submissions://dave@smtp.example.net"_qs
                                          << u"smtps://dave@smtp.example.net"_qs;
    QTest::newRow("submission is smtp+starttls") << u"submission://dave@smtp.example.net"_qs
                                                 << u"smtp+starttls://dave@smtp.example.net"_qs;
    QTest::newRow("smtp+plain 25") << u"smtp+plain://dave@smtp.example.net:25"_qs
                                   << u"smtp+plain://dave@smtp.example.net:25"_qs;
    QTest::newRow("sieve") << u"sieve://erin@mail.example.com"_qs << u"sieve+starttls://erin@mail.example.com"_qs;
}

void TestServerEndpoint::roundTrip()
{
    QFETCH(QString, url);
    QFETCH(QString, canonical);
    ServerEndpoint e;
    QString error;
    QVERIFY2(ServerEndpoint::fromUrl(QUrl(url), &e, &error), qPrintable(error));
    QCOMPARE(e.toUrl().toString(), canonical);

    ServerEndpoint again;
    QVERIFY2(ServerEndpoint::fromUrl(e.toUrl(), &again, &error), qPrintable(error));
    QCOMPARE(again.protocol, e.protocol);
    QCOMPARE(again.security, e.security);
    QCOMPARE(again.host, e.host);
    QCOMPARE(again.port, e.port);
    QCOMPARE(again.user, e.user);
    QCOMPARE(again.toUrl(), e.toUrl());
}

void TestServerEndpoint::explicitPortSurvivesRoundTrip()
{
    ServerEndpoint e;
    e.protocol = Protocol::Smtp;
    e.security = Security::StartTls;
    e.host = u"smtp.example.net"_qs;
    e.port = 25;
    e.user = u"user@example.net"_qs;
    ServerEndpoint back;
    QString error;
    QVERIFY2(ServerEndpoint::fromUrl(e.toUrl(), &back, &error), qPrintable(error));
    QCOMPARE(back.port, quint16(25));
    QCOMPARE(back.user, u"user@example.net"_qs);
    QCOMPARE(back.security, Security::StartTls);
}

void TestServerEndpoint::defaultPorts()
{
    QCOMPARE(ServerEndpoint::defaultPort(Protocol::Imap, Security::Tls), quint16(993));
    QCOMPARE(ServerEndpoint::defaultPort(Protocol::Imap, Security::StartTls), quint16(143));
    QCOMPARE(ServerEndpoint::defaultPort(Protocol::Imap, Security::None), quint16(143));
    QCOMPARE(ServerEndpoint::defaultPort(Protocol::Pop3, Security::Tls), quint16(995));
    QCOMPARE(ServerEndpoint::defaultPort(Protocol::Pop3, Security::StartTls), quint16(110));
    QCOMPARE(ServerEndpoint::defaultPort(Protocol::Smtp, Security::Tls), quint16(465));
    QCOMPARE(ServerEndpoint::defaultPort(Protocol::Smtp, Security::StartTls), quint16(587));
    QCOMPARE(ServerEndpoint::defaultPort(Protocol::ManageSieve, Security::StartTls), quint16(4190));
}

void TestServerEndpoint::displayName()
{
    ServerEndpoint e;
    QString error;
    QVERIFY(ServerEndpoint::fromUrl(QUrl(u"imaps://alice@mail.example.com"_qs), &e, &error));
    QCOMPARE(e.displayName(), u"alice@mail.example.com:993"_qs);
    QCOMPARE(e.protocolName(), u"IMAP"_qs);
    e.user.clear();
    QCOMPARE(e.displayName(), u"mail.example.com:993"_qs);
}

QTEST_GUILESS_MAIN(TestServerEndpoint)
#include "tst_serverendpoint.moc"
