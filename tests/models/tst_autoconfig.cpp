// Account discovery without the internet: the Thunderbird autoconfig parser on realistic and
// hostile files, the provider table, and AccountDiscovery against a local HTTP server on
// 127.0.0.1 (through DiscoveryOptions::autoconfigServerOverride) and an injected SRV resolver.

#include "models/autoconfig/AccountDiscovery.h"
#include "models/autoconfig/AutoconfigXml.h"
#include "models/autoconfig/ProviderTable.h"
#include "tests/support/LocalHttpServer.h"

#include <QElapsedTimer>
#include <QFile>
#include <QHash>
#include <QPointer>
#include <QSet>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>
#include <QTimer>

using namespace postier::models;
using postier::protocols::Protocol;
using postier::protocols::Security;

namespace {

using postier::test::LocalHttpServer;

QByteArray dataFile(const QString &name)
{
    QFile f(QStringLiteral(POSTIER_TEST_DATA "/autoconfig/") + name);
    if (!f.open(QIODevice::ReadOnly))
        qFatal("missing test data %s", qPrintable(name));
    return f.readAll();
}


/// DNS as a table. Answers from the event loop, or never (silent).
class FakeSrvResolver : public SrvResolver
{
public:
    FakeSrvResolver(QHash<QString, QList<SrvRecord>> answers, QStringList *asked, bool silent)
        : m_answers(std::move(answers)), m_asked(asked), m_silent(silent) {}

    void lookup(const QString &name) override
    {
        if (m_asked)
            *m_asked << name;
        if (m_silent)
            return;
        const quint64 generation = m_generation;
        QTimer::singleShot(0, this, [this, name, generation] {
            if (generation == m_generation)
                Q_EMIT resolved(name, m_answers.value(name), QString());
        });
    }
    void abortAll() override { ++m_generation; }

private:
    QHash<QString, QList<SrvRecord>> m_answers;
    QStringList *m_asked;
    bool m_silent;
    quint64 m_generation = 0;
};

const QString kAutoconfigPath = QStringLiteral("/mail/config-v1.1.xml");
const QString kWellKnownPath = QStringLiteral("/.well-known/autoconfig/mail/config-v1.1.xml");

/// A one-server-each autoconfig file whose IMAP host names the file, to tell answers apart.
QByteArray simpleXml(const QString &imapHost)
{
    return QStringLiteral(R"(<?xml version="1.0"?>
<clientConfig version="1.1"><emailProvider id="example.org">
  <domain>example.org</domain><displayName>Example</displayName>
  <incomingServer type="imap"><hostname>%1</hostname><port>993</port>
    <socketType>SSL</socketType><username>%EMAILADDRESS%</username>
    <authentication>password-cleartext</authentication></incomingServer>
  <outgoingServer type="smtp"><hostname>smtp.example.org</hostname><port>587</port>
    <socketType>STARTTLS</socketType><username>%EMAILADDRESS%</username>
    <authentication>password-cleartext</authentication></outgoingServer>
</emailProvider></clientConfig>)")
        .arg(imapHost)
        .toUtf8();
}

struct Harness {
    LocalHttpServer http;
    QStringList srvAsked;
    QHash<QString, QList<SrvRecord>> srvAnswers;
    bool srvSilent = false;
    DiscoveryOptions options;

    Harness()
    {
        options.autoconfigServerOverride = http.baseUrl();
        options.autoconfigTimeoutMs = 5000;
        options.srvTimeoutMs = 5000;
        options.srvResolverFactory = [this] {
            return std::make_unique<FakeSrvResolver>(srvAnswers, &srvAsked, srvSilent);
        };
    }

    DiscoveryResult run(const QString &address, QStringList *progress = nullptr)
    {
        AccountDiscovery discovery(options);
        QSignalSpy finished(&discovery, &AccountDiscovery::finished);
        QSignalSpy steps(&discovery, &AccountDiscovery::progress);
        discovery.start(address);
        // Never from inside start(): callers may connect after starting.
        if (!finished.isEmpty())
            qFatal("finished() was emitted from inside start()");
        if (!finished.wait(20000))
            qFatal("discovery did not finish");
        QTest::qWait(50);
        if (finished.size() != 1)
            qFatal("finished() fired %d times", int(finished.size()));
        if (progress) {
            for (const auto &args : std::as_const(steps))
                *progress << args.at(0).toString();
        }
        return finished.first().at(0).value<DiscoveryResult>();
    }
};

} // namespace

class TestAutoconfig : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parsesInfomaniakFile();
    void fillsPlaceholdersAndNeverPrefersPlainText();
    void substitute_data();
    void substitute();
    void plainTextOnlyWhenNothingElse();
    void oauthOnlyIsRecognised();
    void refusesHostileOrBrokenXml_data();
    void refusesHostileOrBrokenXml();
    void providerTable_data();
    void providerTable();
    void providerTableNotices();
    void autoconfigUrlsAreHttpsOnly();
    void tableHitAsksNoServer();
    void autoconfigBothUrlsFirstWins();
    void autoconfigSlowFirstStillWins();
    void autoconfigWellKnownFallback();
    void autoconfigOauthNotice();
    void malformedAutoconfigFallsToSrv();
    void oversizedAutoconfigIsCut();
    void autoconfigTimeoutIsBounded();
    void srvRecordsRfc6186();
    void srvIncomingOnly();
    void srvTimeoutGivesUp();
    void nothingFound();
    void invalidAddress();
    void cancelStopsEverything();
};

void TestAutoconfig::parsesInfomaniakFile()
{
    MailSettings s;
    QString error;
    QVERIFY2(AutoconfigXml::parse(dataFile(QStringLiteral("infomaniak.xml")), QStringLiteral("anna@ik.me"), &s, &error),
             qPrintable(error));
    QCOMPARE(s.providerId, QStringLiteral("infomaniak.com"));
    QCOMPARE(s.displayName, QStringLiteral("Infomaniak"));
    QCOMPARE(s.domains, (QStringList{QStringLiteral("ik.me"), QStringLiteral("etik.com"), QStringLiteral("ikmail.com")}));
    QCOMPARE(s.incoming.size(), 3);
    QCOMPARE(s.outgoing.size(), 2);
    for (const auto &c : std::as_const(s.incoming) + s.outgoing) {
        QCOMPARE(c.endpoint.host, QStringLiteral("mail.infomaniak.com"));
        QCOMPARE(c.endpoint.user, QStringLiteral("anna@ik.me"));
        QCOMPARE(c.authMethods, QList<AuthMethod>{AuthMethod::PasswordCleartext});
    }
    QCOMPARE(s.incoming[1].endpoint.protocol, Protocol::Pop3);
    QCOMPARE(s.incoming[1].endpoint.port, quint16(995));
    QCOMPARE(s.incoming[2].endpoint.security, Security::StartTls);

    const auto imap = s.bestIncoming();
    QVERIFY(imap);
    QCOMPARE(imap->endpoint.protocol, Protocol::Imap);
    QCOMPARE(imap->endpoint.port, quint16(993));
    QCOMPARE(imap->endpoint.security, Security::Tls);
    const auto pop = s.bestIncoming(Protocol::Pop3);
    QVERIFY(pop);
    QCOMPARE(pop->endpoint.protocol, Protocol::Pop3);
    QCOMPARE(pop->endpoint.port, quint16(995));
    const auto smtp = s.bestOutgoing();
    QVERIFY(smtp);
    QCOMPARE(smtp->endpoint.port, quint16(465));
    QCOMPARE(smtp->endpoint.security, Security::Tls);
    QVERIFY(s.offers(Protocol::Pop3));
}

void TestAutoconfig::fillsPlaceholdersAndNeverPrefersPlainText()
{
    MailSettings s;
    QString error;
    QVERIFY2(AutoconfigXml::parse(dataFile(QStringLiteral("placeholders.xml")),
                                  QStringLiteral("jo.dupont@Client.example"), &s, &error),
             qPrintable(error));
    QCOMPARE(s.displayName, QStringLiteral("Example Hosting for Client.example"));
    QCOMPARE(s.domains, QStringList{QStringLiteral("client.example")});
    // The Exchange server is not something Postier speaks: three candidates remain, in order.
    QCOMPARE(s.incoming.size(), 3);
    QCOMPARE(s.incoming[0].endpoint.host, QStringLiteral("imap.client.example"));
    QCOMPARE(s.incoming[0].endpoint.user, QStringLiteral("jo.dupont"));
    QCOMPARE(s.incoming[0].endpoint.security, Security::None);
    QCOMPARE(s.incoming[1].endpoint.protocol, Protocol::Pop3);
    QCOMPARE(s.incoming[1].endpoint.security, Security::Tls); // no socketType on port 995
    QCOMPARE(s.incoming[1].authMethods, QList<AuthMethod>{AuthMethod::PasswordEncrypted});
    QCOMPARE(s.incoming[2].endpoint.host, QStringLiteral("imap.client.example")); // lower-cased
    QCOMPARE(s.incoming[2].authMethods,
             (QList<AuthMethod>{AuthMethod::OAuth2, AuthMethod::PasswordCleartext}));
    QVERIFY(s.incoming[2].acceptsPassword());

    // Plain text is listed first, but STARTTLS exists: never plain.
    const auto best = s.bestIncoming();
    QVERIFY(best);
    QCOMPARE(best->endpoint.protocol, Protocol::Imap);
    QCOMPARE(best->endpoint.security, Security::StartTls);
    QCOMPARE(best->endpoint.port, quint16(143));
    QCOMPARE(s.bestIncoming(Protocol::Pop3)->endpoint.protocol, Protocol::Pop3);

    QCOMPARE(s.outgoing.size(), 2);
    QCOMPARE(s.outgoing[1].endpoint.port, quint16(587)); // no port: the STARTTLS default
    QCOMPARE(s.outgoing[1].endpoint.user, QStringLiteral("jo.dupont@Client.example"));
    QCOMPARE(s.bestOutgoing()->endpoint.security, Security::StartTls);
}

void TestAutoconfig::substitute_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("address");
    QTest::addColumn<QString>("expected");
    QTest::newRow("address") << QStringLiteral("%EMAILADDRESS%") << QStringLiteral("a.b@c.example")
                             << QStringLiteral("a.b@c.example");
    QTest::newRow("local part") << QStringLiteral("%EMAILLOCALPART%") << QStringLiteral("a.b@c.example")
                                << QStringLiteral("a.b");
    QTest::newRow("domain in host") << QStringLiteral("mail.%EMAILDOMAIN%") << QStringLiteral("a@c.example")
                                    << QStringLiteral("mail.c.example");
    QTest::newRow("several") << QStringLiteral("%EMAILLOCALPART%+%EMAILDOMAIN%")
                             << QStringLiteral("x@y.example") << QStringLiteral("x+y.example");
    QTest::newRow("quoted local part with @") << QStringLiteral("%EMAILLOCALPART%")
                                              << QStringLiteral("\"a@b\"@c.example")
                                              << QStringLiteral("\"a@b\"");
    QTest::newRow("no placeholder") << QStringLiteral("fixed") << QStringLiteral("a@b.example")
                                    << QStringLiteral("fixed");
}

void TestAutoconfig::substitute()
{
    QFETCH(QString, text);
    QFETCH(QString, address);
    QFETCH(QString, expected);
    QCOMPARE(AutoconfigXml::substitute(text, address), expected);
}

void TestAutoconfig::plainTextOnlyWhenNothingElse()
{
    const QByteArray xml = R"(<clientConfig version="1.1"><emailProvider id="old.example">
        <incomingServer type="imap"><hostname>mail.old.example</hostname><port>143</port>
        <socketType>plain</socketType><username>%EMAILADDRESS%</username></incomingServer>
        <incomingServer type="pop3"><hostname>mail.old.example</hostname><port>995</port>
        <socketType>SSL</socketType><username>%EMAILADDRESS%</username></incomingServer>
        </emailProvider></clientConfig>)";
    MailSettings s;
    QString error;
    QVERIFY2(AutoconfigXml::parse(xml, QStringLiteral("a@old.example"), &s, &error), qPrintable(error));
    // IMAP is preferred, but only in plain text: encrypted POP3 wins.
    QCOMPARE(s.bestIncoming()->endpoint.protocol, Protocol::Pop3);
    QCOMPARE(s.bestIncoming()->endpoint.security, Security::Tls);

    const QByteArray plainOnly = R"(<clientConfig><emailProvider id="old.example">
        <incomingServer type="imap"><hostname>mail.old.example</hostname><port>143</port>
        <socketType>plain</socketType></incomingServer></emailProvider></clientConfig>)";
    QVERIFY(AutoconfigXml::parse(plainOnly, QStringLiteral("a@old.example"), &s, &error));
    QCOMPARE(s.bestIncoming()->endpoint.security, Security::None);
    QCOMPARE(s.bestIncoming()->endpoint.user, QStringLiteral("a@old.example")); // no <username>
    QVERIFY(!s.bestOutgoing());
}

void TestAutoconfig::oauthOnlyIsRecognised()
{
    MailSettings s;
    QString error;
    QVERIFY(AutoconfigXml::parse(dataFile(QStringLiteral("oauth-only.xml")), QStringLiteral("a@bigmail.example"), &s, &error));
    QVERIFY(s.bestIncoming()->requiresOAuth2());
    QVERIFY(!s.bestIncoming()->acceptsPassword());
}

void TestAutoconfig::refusesHostileOrBrokenXml_data()
{
    QTest::addColumn<QByteArray>("xml");
    QTest::addColumn<QString>("expectedWords");

    QTest::newRow("billion laughs") << dataFile(QStringLiteral("billion-laughs.xml"))
                                    << QStringLiteral("document type declaration");
    QTest::newRow("external entity") << dataFile(QStringLiteral("external-entity.xml"))
                                     << QStringLiteral("document type declaration");
    QTest::newRow("truncated") << dataFile(QStringLiteral("truncated.xml"))
                               << QStringLiteral("not valid XML");
    QTest::newRow("unusable values") << dataFile(QStringLiteral("hostile-values.xml"))
                                     << QStringLiteral("no IMAP or POP3 server");
    QTest::newRow("html page") << QByteArray("<!DOCTYPE html><html><body>Welcome</body></html>")
                               << QStringLiteral("document type declaration");
    QTest::newRow("html5 page") << QByteArray("<!doctype html><html><body>Welcome</body></html>")
                                << QStringLiteral("not valid XML");
    QTest::newRow("foreign root") << QByteArray("<html><body>Parked domain</body></html>")
                                  << QStringLiteral("starts with <html>");
    QTest::newRow("empty") << QByteArray() << QStringLiteral("not valid XML");
    QTest::newRow("binary") << QByteArray("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16)
                            << QStringLiteral("not valid XML");
    QTest::newRow("no provider") << QByteArray("<clientConfig version=\"1.1\"/>")
                                 << QStringLiteral("<emailProvider> is missing");
    QTest::newRow("undeclared entity")
        << QByteArray("<clientConfig><emailProvider><displayName>&boom;</displayName>"
                      "</emailProvider></clientConfig>")
        << QStringLiteral("not valid XML");

    QByteArray many = "<clientConfig><emailProvider id=\"x\">";
    for (int i = 0; i < 40; ++i)
        many += "<incomingServer type=\"imap\"><hostname>h" + QByteArray::number(i)
            + ".example</hostname><socketType>SSL</socketType></incomingServer>";
    many += "</emailProvider></clientConfig>";
    QTest::newRow("too many servers") << many << QStringLiteral("more than 32 servers");

    QByteArray huge = simpleXml(QStringLiteral("imap.example.org"));
    huge.insert(huge.indexOf("<emailProvider"), "<!-- " + QByteArray(AutoconfigXml::maxDocumentSize, 'x') + " -->");
    QTest::newRow("huge") << huge << QStringLiteral("too large");
}

void TestAutoconfig::refusesHostileOrBrokenXml()
{
    QFETCH(QByteArray, xml);
    QFETCH(QString, expectedWords);
    MailSettings s;
    s.displayName = QStringLiteral("untouched");
    QString error;
    QElapsedTimer timer;
    timer.start();
    QVERIFY(!AutoconfigXml::parse(xml, QStringLiteral("a@example.org"), &s, &error));
    QVERIFY2(timer.elapsed() < 2000, "hostile input must be refused quickly");
    QVERIFY2(error.contains(expectedWords), qPrintable(error));
    QVERIFY2(error.endsWith(QLatin1Char('.')) || error.endsWith(QLatin1Char(')')), qPrintable(error));
    QVERIFY(!error.contains(QLatin1String("root:x")));
    QCOMPARE(s.displayName, QStringLiteral("untouched")); // *out is left alone on failure
}

void TestAutoconfig::providerTable_data()
{
    QTest::addColumn<QString>("address");
    QTest::addColumn<QString>("imapHost");
    QTest::addColumn<QString>("popHost");
    QTest::addColumn<QString>("smtpHost");
    QTest::addColumn<int>("smtpPort");
    QTest::addColumn<int>("smtpSecurity");
    QTest::addColumn<int>("outgoingCount");

    QTest::newRow("infomaniak") << QStringLiteral("anna@ik.me") << QStringLiteral("mail.infomaniak.com")
                                << QStringLiteral("mail.infomaniak.com") << QStringLiteral("mail.infomaniak.com")
                                << 465 << int(Security::Tls) << 2;
    QTest::newRow("gmail") << QStringLiteral("anna@gmail.com") << QStringLiteral("imap.gmail.com")
                           << QStringLiteral("pop.gmail.com") << QStringLiteral("smtp.gmail.com") << 465
                           << int(Security::Tls) << 2;
    QTest::newRow("outlook") << QStringLiteral("anna@hotmail.com") << QStringLiteral("outlook.office365.com")
                             << QStringLiteral("outlook.office365.com") << QStringLiteral("smtp-mail.outlook.com")
                             << 587 << int(Security::StartTls) << 1;
    QTest::newRow("yahoo") << QStringLiteral("anna@yahoo.fr") << QStringLiteral("imap.mail.yahoo.com")
                           << QStringLiteral("pop.mail.yahoo.com") << QStringLiteral("smtp.mail.yahoo.com")
                           << 465 << int(Security::Tls) << 2;
    QTest::newRow("swisscom") << QStringLiteral("anna@bluewin.ch") << QStringLiteral("imaps.bluewin.ch")
                              << QStringLiteral("pop3s.bluewin.ch") << QStringLiteral("smtpauths.bluewin.ch")
                              << 465 << int(Security::Tls) << 1;
    QTest::newRow("gmx") << QStringLiteral("anna@gmx.ch") << QStringLiteral("imap.gmx.net")
                         << QStringLiteral("pop.gmx.net") << QStringLiteral("mail.gmx.net") << 465
                         << int(Security::Tls) << 2;
    QTest::newRow("upper case") << QStringLiteral(" Anna@IK.ME ") << QStringLiteral("mail.infomaniak.com")
                                << QStringLiteral("mail.infomaniak.com") << QStringLiteral("mail.infomaniak.com")
                                << 465 << int(Security::Tls) << 2;
}

void TestAutoconfig::providerTable()
{
    QFETCH(QString, address);
    QFETCH(QString, imapHost);
    QFETCH(QString, popHost);
    QFETCH(QString, smtpHost);
    QFETCH(int, smtpPort);
    QFETCH(int, smtpSecurity);
    QFETCH(int, outgoingCount);

    const auto s = ProviderTable::lookup(address);
    QVERIFY(s);
    const auto imap = s->bestIncoming();
    QCOMPARE(imap->endpoint.host, imapHost);
    QCOMPARE(imap->endpoint.port, quint16(993));
    QCOMPARE(imap->endpoint.security, Security::Tls);
    QCOMPARE(imap->endpoint.user, address.trimmed());
    const auto pop = s->bestIncoming(Protocol::Pop3);
    QCOMPARE(pop->endpoint.protocol, Protocol::Pop3);
    QCOMPARE(pop->endpoint.host, popHost);
    QCOMPARE(pop->endpoint.port, quint16(995));
    const auto smtp = s->bestOutgoing();
    QCOMPARE(smtp->endpoint.host, smtpHost);
    QCOMPARE(int(smtp->endpoint.port), smtpPort);
    QCOMPARE(int(smtp->endpoint.security), smtpSecurity);
    QCOMPARE(int(s->outgoing.size()), outgoingCount);
    if (outgoingCount == 2) { // the documented alternative: 587 with STARTTLS
        QCOMPARE(s->outgoing[1].endpoint.port, quint16(587));
        QCOMPARE(s->outgoing[1].endpoint.security, Security::StartTls);
    }
    QVERIFY(!s->displayName.isEmpty());
}

void TestAutoconfig::providerTableNotices()
{
    QVERIFY(!ProviderTable::lookup(QStringLiteral("anna@example.org")));
    QVERIFY(!ProviderTable::lookup(QStringLiteral("not an address")));
    QVERIFY(!ProviderTable::lookup(QStringLiteral("anna@mail.ik.me"))); // exact domains only

    QVERIFY(ProviderTable::lookup(QStringLiteral("a@gmail.com"))->notice.contains(QLatin1String("app password")));
    QVERIFY(ProviderTable::lookup(QStringLiteral("a@yahoo.com"))->notice.contains(QLatin1String("app password")));
    const QString outlook = ProviderTable::lookup(QStringLiteral("a@outlook.com"))->notice;
    QVERIFY(outlook.contains(QLatin1String("OAuth")));
    QVERIFY(outlook.contains(QLatin1String("app password")));
    QVERIFY(ProviderTable::lookup(QStringLiteral("a@gmx.net"))->notice.contains(QLatin1String("IMAP")));
    QVERIFY(ProviderTable::lookup(QStringLiteral("a@ik.me"))->notice.isEmpty());

    // A refused login on a provider's host finds the advice even for a custom domain.
    const auto byHost = ProviderTable::lookupByHost(QStringLiteral("SMTP.gmail.com"));
    QVERIFY(byHost);
    QCOMPARE(byHost->displayName, QStringLiteral("Gmail"));
    QVERIFY(!ProviderTable::lookupByHost(QStringLiteral("mail.example.org")));

    const QStringList domains = ProviderTable::domains();
    QCOMPARE(QSet<QString>(domains.cbegin(), domains.cend()).size(), domains.size());
    QVERIFY(domains.contains(QStringLiteral("ik.me")));
}

void TestAutoconfig::autoconfigUrlsAreHttpsOnly()
{
    const QList<QUrl> urls = AccountDiscovery::autoconfigUrls(QStringLiteral("anna+news@Example.ORG"));
    QCOMPARE(urls.size(), 2);
    QCOMPARE(urls[0].toString(QUrl::FullyEncoded),
             QStringLiteral("https://autoconfig.example.org/mail/config-v1.1.xml?emailaddress=anna%2Bnews%40Example.ORG"));
    QCOMPARE(urls[1].toString(QUrl::FullyEncoded),
             QStringLiteral("https://example.org/.well-known/autoconfig/mail/config-v1.1.xml?emailaddress=anna%2Bnews%40Example.ORG"));
    for (const QString &bad : {QStringLiteral("anna"), QStringLiteral("@example.org"), QStringLiteral("anna@"),
                               QStringLiteral("anna@localhost"), QStringLiteral("anna@exa mple.org"),
                               QStringLiteral("anna@example.org."), QStringLiteral("anna@ex/ample.org")})
        QVERIFY2(AccountDiscovery::autoconfigUrls(bad).isEmpty(), qPrintable(bad));
    QCOMPARE(AccountDiscovery::domainOf(QStringLiteral("A@Mail.Example.ORG")), QStringLiteral("mail.example.org"));
}

void TestAutoconfig::tableHitAsksNoServer()
{
    Harness h;
    QStringList steps;
    const DiscoveryResult r = h.run(QStringLiteral("anna@ik.me"), &steps);
    QCOMPARE(r.source, DiscoveryResult::Source::Table);
    QVERIFY(r.found());
    QCOMPARE(r.settings.bestIncoming()->endpoint.host, QStringLiteral("mail.infomaniak.com"));
    QCOMPARE(r.sentence, QStringLiteral("Postier knows the settings of Infomaniak."));
    QCOMPARE(steps, QStringList{QStringLiteral("Checking Postier’s list of providers for ik.me…")});
    QVERIFY(h.http.requests().isEmpty());
    QVERIFY(h.srvAsked.isEmpty());
}

void TestAutoconfig::autoconfigBothUrlsFirstWins()
{
    Harness h;
    h.http.setAnswer(kAutoconfigPath, {200, simpleXml(QStringLiteral("first.example.org"))});
    h.http.setAnswer(kWellKnownPath, {200, simpleXml(QStringLiteral("second.example.org"))});
    QStringList steps;
    const DiscoveryResult r = h.run(QStringLiteral("anna@example.org"), &steps);
    QCOMPARE(r.source, DiscoveryResult::Source::Autoconfig);
    QCOMPARE(r.settings.bestIncoming()->endpoint.host, QStringLiteral("first.example.org"));
    QCOMPARE(r.settings.bestIncoming()->endpoint.user, QStringLiteral("anna@example.org"));
    QCOMPARE(r.settings.bestOutgoing()->endpoint.port, quint16(587));
    QCOMPARE(r.sourceUrl.scheme(), QStringLiteral("https"));
    QCOMPARE(r.sourceUrl.host(), QStringLiteral("autoconfig.example.org"));
    QCOMPARE(r.sentence, QStringLiteral("example.org publishes its settings for mail programs at "
                                        "autoconfig.example.org."));
    QCOMPARE(steps, (QStringList{QStringLiteral("Checking Postier’s list of providers for example.org…"),
                                 QStringLiteral("Looking up example.org’s settings…")}));
    // Both URLs were asked, with the address, before either answer was used.
    QTRY_COMPARE(h.http.requests().size(), 2);
    const QStringList requests = h.http.requests();
    QVERIFY(requests.contains(QStringLiteral("GET /mail/config-v1.1.xml?emailaddress=anna%40example.org HTTP/1.1")));
    QVERIFY(requests.contains(QStringLiteral("GET /.well-known/autoconfig/mail/config-v1.1.xml?emailaddress=anna%40example.org HTTP/1.1")));
    QVERIFY(h.srvAsked.isEmpty());
}

void TestAutoconfig::autoconfigSlowFirstStillWins()
{
    Harness h;
    h.http.setAnswer(kAutoconfigPath, {200, simpleXml(QStringLiteral("slow.example.org")), 400});
    h.http.setAnswer(kWellKnownPath, {200, simpleXml(QStringLiteral("quick.example.org"))});
    const DiscoveryResult r = h.run(QStringLiteral("anna@example.org"));
    QCOMPARE(r.source, DiscoveryResult::Source::Autoconfig);
    QCOMPARE(r.settings.bestIncoming()->endpoint.host, QStringLiteral("slow.example.org"));
}

void TestAutoconfig::autoconfigWellKnownFallback()
{
    Harness h;
    h.http.setAnswer(kWellKnownPath, {200, dataFile(QStringLiteral("infomaniak.xml"))});
    const DiscoveryResult r = h.run(QStringLiteral("bob@custom-domain.example"));
    QCOMPARE(r.source, DiscoveryResult::Source::Autoconfig);
    QCOMPARE(r.sourceUrl.host(), QStringLiteral("custom-domain.example"));
    QCOMPARE(r.sourceUrl.path(), QStringLiteral("/.well-known/autoconfig/mail/config-v1.1.xml"));
    QCOMPARE(r.settings.bestIncoming()->endpoint.user, QStringLiteral("bob@custom-domain.example"));
    QCOMPARE(r.attempts, QStringList{QStringLiteral("autoconfig.custom-domain.example has no settings file for mail (HTTP 404).")});
}

void TestAutoconfig::autoconfigOauthNotice()
{
    Harness h;
    h.http.setAnswer(kAutoconfigPath, {200, dataFile(QStringLiteral("oauth-only.xml"))});
    const DiscoveryResult r = h.run(QStringLiteral("a@bigmail.example"));
    QCOMPARE(r.source, DiscoveryResult::Source::Autoconfig);
    QVERIFY2(r.settings.notice.contains(QLatin1String("Big Mail asks mail programs to sign in with OAuth")),
             qPrintable(r.settings.notice));
}

void TestAutoconfig::malformedAutoconfigFallsToSrv()
{
    Harness h;
    h.http.setAnswer(kAutoconfigPath, {200, dataFile(QStringLiteral("billion-laughs.xml"))});
    h.http.setAnswer(kWellKnownPath, {200, dataFile(QStringLiteral("truncated.xml"))});
    h.srvAnswers.insert(QStringLiteral("_imaps._tcp.example.org"), {{QStringLiteral("imap.example.org."), 993, 0, 1}});
    QStringList steps;
    const DiscoveryResult r = h.run(QStringLiteral("anna@example.org"), &steps);
    QCOMPARE(r.source, DiscoveryResult::Source::Srv);
    QCOMPARE(steps.size(), 3);
    QCOMPARE(steps.last(), QStringLiteral("Looking up example.org’s mail servers in DNS…"));
    QCOMPARE(r.attempts.size(), 2);
    QVERIFY2(r.attempts[0].startsWith(QLatin1String("The settings file at ")), qPrintable(r.attempts[0]));
    const QString all = r.attempts.join(QLatin1Char(' '));
    QVERIFY2(all.contains(QLatin1String("document type declaration")), qPrintable(all));
    QVERIFY2(all.contains(QLatin1String("not valid XML")), qPrintable(all));
}

void TestAutoconfig::oversizedAutoconfigIsCut()
{
    Harness h;
    QByteArray huge = simpleXml(QStringLiteral("imap.example.org"));
    huge.insert(huge.indexOf("<emailProvider"), "<!-- " + QByteArray(3 * 1024 * 1024, 'x') + " -->");
    h.http.setAnswer(kAutoconfigPath, {200, huge});
    const DiscoveryResult r = h.run(QStringLiteral("anna@example.org"));
    QCOMPARE(r.source, DiscoveryResult::Source::None);
    QVERIFY2(r.attempts.contains(QStringLiteral("The settings file at autoconfig.example.org is larger "
                                                "than 1024 KB, so Postier did not read it.")),
             qPrintable(r.attempts.join(QLatin1Char('\n'))));
}

void TestAutoconfig::autoconfigTimeoutIsBounded()
{
    Harness h;
    h.options.autoconfigTimeoutMs = 700;
    h.http.setAnswer(kAutoconfigPath, {200, {}, 0, true});
    h.http.setAnswer(kWellKnownPath, {200, {}, 0, true});
    QElapsedTimer timer;
    timer.start();
    const DiscoveryResult r = h.run(QStringLiteral("anna@example.org"));
    QVERIFY2(timer.elapsed() < 4000, qPrintable(QString::number(timer.elapsed())));
    QVERIFY(timer.elapsed() >= 650);
    QCOMPARE(r.source, DiscoveryResult::Source::None);
    QVERIFY(r.attempts.contains(QStringLiteral("autoconfig.example.org did not answer within 1 second(s).")));
    QVERIFY(r.attempts.contains(QStringLiteral("example.org did not answer within 1 second(s).")));
    QCOMPARE(r.sentence, QStringLiteral("Postier could not find the settings for example.org. Enter them "
                                        "yourself: your provider’s help pages list them."));
    QCOMPARE(h.srvAsked.size(), 6); // went on to DNS after the timeout
}

void TestAutoconfig::srvRecordsRfc6186()
{
    Harness h;
    h.srvAnswers.insert(QStringLiteral("_imaps._tcp.example.org"),
                        {{QStringLiteral("backup.example.org."), 993, 20, 0},
                         {QStringLiteral("light.example.org."), 993, 10, 1},
                         {QStringLiteral("heavy.example.org."), 993, 10, 9}});
    h.srvAnswers.insert(QStringLiteral("_imap._tcp.example.org"), {{QStringLiteral("."), 0, 0, 0}});
    h.srvAnswers.insert(QStringLiteral("_pop3s._tcp.example.org"), {{QStringLiteral("pop.example.org"), 995, 0, 0}});
    h.srvAnswers.insert(QStringLiteral("_submission._tcp.example.org"), {{QStringLiteral("smtp.example.org."), 587, 0, 0}});
    h.srvAnswers.insert(QStringLiteral("_submissions._tcp.example.org"), {{QStringLiteral("."), 0, 0, 0}});
    const DiscoveryResult r = h.run(QStringLiteral("anna@example.org"));
    QCOMPARE(r.source, DiscoveryResult::Source::Srv);
    QCOMPARE(r.sentence, QStringLiteral("Found the mail servers of example.org in its DNS records."));
    QCOMPARE(h.srvAsked.size(), 6);
    for (const char *name : {"_imaps._tcp.example.org", "_imap._tcp.example.org", "_pop3s._tcp.example.org",
                             "_pop3._tcp.example.org", "_submissions._tcp.example.org",
                             "_submission._tcp.example.org"})
        QVERIFY2(h.srvAsked.contains(QLatin1String(name)), name);

    QStringList hosts;
    for (const auto &c : std::as_const(r.settings.incoming))
        hosts << c.endpoint.host;
    QCOMPARE(hosts, (QStringList{QStringLiteral("heavy.example.org"), QStringLiteral("light.example.org"),
                                 QStringLiteral("backup.example.org"), QStringLiteral("pop.example.org")}));
    const auto best = r.settings.bestIncoming();
    QCOMPARE(best->endpoint.host, QStringLiteral("heavy.example.org"));
    QCOMPARE(best->endpoint.security, Security::Tls);
    QCOMPARE(best->endpoint.user, QStringLiteral("anna@example.org"));
    QCOMPARE(r.settings.bestIncoming(Protocol::Pop3)->endpoint.host, QStringLiteral("pop.example.org"));
    QCOMPARE(r.settings.outgoing.size(), 1);
    QCOMPARE(r.settings.bestOutgoing()->endpoint.security, Security::StartTls);
    QCOMPARE(r.settings.bestOutgoing()->endpoint.port, quint16(587));
}

void TestAutoconfig::srvIncomingOnly()
{
    Harness h;
    h.srvAnswers.insert(QStringLiteral("_imap._tcp.example.org"), {{QStringLiteral("mail.example.org"), 143, 0, 0}});
    const DiscoveryResult r = h.run(QStringLiteral("anna@example.org"));
    QCOMPARE(r.source, DiscoveryResult::Source::Srv);
    QCOMPARE(r.settings.bestIncoming()->endpoint.security, Security::StartTls); // never plain
    QVERIFY(!r.settings.hasOutgoing());
    QVERIFY2(r.sentence.contains(QLatin1String("Enter the outgoing server yourself")), qPrintable(r.sentence));
}

void TestAutoconfig::srvTimeoutGivesUp()
{
    Harness h;
    h.srvSilent = true;
    h.options.srvTimeoutMs = 300;
    QElapsedTimer timer;
    timer.start();
    const DiscoveryResult r = h.run(QStringLiteral("anna@example.org"));
    QVERIFY(timer.elapsed() < 3000);
    QCOMPARE(r.source, DiscoveryResult::Source::None);
    QVERIFY2(r.attempts.contains(QStringLiteral("The DNS lookups for example.org did not finish within 1 second(s).")),
             qPrintable(r.attempts.join(QLatin1Char('\n'))));
}

void TestAutoconfig::nothingFound()
{
    Harness h;
    const DiscoveryResult r = h.run(QStringLiteral("anna@nowhere.example"));
    QCOMPARE(r.source, DiscoveryResult::Source::None);
    QVERIFY(!r.found());
    QVERIFY(r.settings.incoming.isEmpty());
    QCOMPARE(r.attempts,
             (QStringList{QStringLiteral("autoconfig.nowhere.example has no settings file for mail (HTTP 404)."),
                          QStringLiteral("nowhere.example has no settings file for mail (HTTP 404)."),
                          QStringLiteral("nowhere.example publishes no mail servers in DNS (SRV records).")}));
}

void TestAutoconfig::invalidAddress()
{
    Harness h;
    const DiscoveryResult r = h.run(QStringLiteral("anna.example.org"));
    QCOMPARE(r.source, DiscoveryResult::Source::None);
    QCOMPARE(r.sentence, QStringLiteral("“anna.example.org” is not a complete e-mail address, such as "
                                        "anna@example.com."));
    QVERIFY(h.http.requests().isEmpty());
}

void TestAutoconfig::cancelStopsEverything()
{
    Harness h;
    h.http.setAnswer(kAutoconfigPath, {200, simpleXml(QStringLiteral("late.example.org")), 300});
    AccountDiscovery discovery(h.options);
    QSignalSpy finished(&discovery, &AccountDiscovery::finished);
    discovery.start(QStringLiteral("anna@example.org"));
    QVERIFY(discovery.isRunning());
    QTRY_VERIFY(!h.http.requests().isEmpty());
    discovery.cancel();
    QVERIFY(!discovery.isRunning());
    QTest::qWait(600);
    QCOMPARE(finished.size(), 0);

    // A new start() after a cancel runs normally; a start() replaces the running one.
    discovery.start(QStringLiteral("anna@example.org"));
    discovery.start(QStringLiteral("anna@ik.me"));
    QVERIFY(finished.wait(5000));
    QTest::qWait(500);
    QCOMPARE(finished.size(), 1);
    QCOMPARE(discovery.result().source, DiscoveryResult::Source::Table);
}

QTEST_GUILESS_MAIN(TestAutoconfig)
#include "tst_autoconfig.moc"
