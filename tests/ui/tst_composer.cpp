// The composer without a mail server: reply, reply-all and forward construction from raw
// messages, address parsing and validation sentences, attachments (add, remove, dropped file
// URLs, and what the draft bytes carry), address completion from the offline cache, the close
// prompt, and a send that fails for real (nothing listens) without losing anything. Identities:
// From lists every identity of every enabled account, the signature follows the identity (unless
// edited), replies pick the identity they were addressed to. Screenshots go to
// $POSTIER_SCREENSHOT_DIR (or the temporary directory): composer*.png.

#include "models/accounts/AccountStore.h"
#include "models/cache/HeaderCache.h"
#include "models/compose/AddressCompletionModel.h"
#include "models/compose/AddressParser.h"
#include "models/compose/ComposeEngine.h"
#include "models/compose/ReplyBuilder.h"
#include "models/compose/SpecialFolderLocator.h"
#include "models/session/MailSession.h"
#include "protocols/mime/MessageParser.h"
#include "ui/composer/AddressLineEdit.h"
#include "ui/composer/ComposerWindow.h"
#include "ui/composer/NoticeBar.h"

#include <QAbstractItemModelTester>
#include <QAbstractItemView>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QCompleter>
#include <QDir>
#include <QFile>
#include <QLineEdit>
#include <QListWidget>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QPointer>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTextDocument>
#include <QTimeZone>
#include <QUrl>

using namespace postier;
using models::ReplyBuilder;
using protocols::MailAddress;

namespace {

const QByteArray kOriginal
    = QByteArrayLiteral("From: Anna Martin <anna@example.com>\r\n"
                        "To: Me Myself <me@example.org>, Bob Stone <bob@example.net>\r\n"
                        "Cc: Carol <carol@example.net>, ME@example.org\r\n"
                        "Subject: RE: Re: Budget 2025\r\n"
                        "Date: Mon, 03 Mar 2025 10:15:00 +0100\r\n"
                        "Message-ID: <orig-3@example.com>\r\n"
                        "In-Reply-To: <orig-2@example.com>\r\n"
                        "References: <orig-1@example.com> <orig-2@example.com>\r\n"
                        "MIME-Version: 1.0\r\n"
                        "Content-Type: text/plain; charset=utf-8\r\n"
                        "\r\n"
                        "Hello,\r\n"
                        "\r\n"
                        "> an older quote\r\n"
                        "the numbers are in.\r\n"
                        "\r\n"
                        "-- \r\n"
                        "Anna, Finance\r\n");

const QByteArray kReplyTo = QByteArrayLiteral("From: Dave <dave@example.com>\r\n"
                                              "Reply-To: Team List <team@lists.example.com>\r\n"
                                              "To: team@lists.example.com\r\n"
                                              "Subject: Lunch\r\n"
                                              "Message-ID: <lunch@example.com>\r\n"
                                              "In-Reply-To: <earlier@example.com>\r\n"
                                              "\r\n"
                                              "Pizza?\r\n");

const QByteArray kFromMe = QByteArrayLiteral("From: Me Myself <me@example.org>\r\n"
                                             "To: Bob Stone <bob@example.net>\r\n"
                                             "Cc: Carol <carol@example.net>\r\n"
                                             "Subject: Fwd: FW: Plans\r\n"
                                             "Message-ID: <mine@example.org>\r\n"
                                             "\r\n"
                                             "See below.\r\n");

const QByteArray kHtmlOnly = QByteArrayLiteral(
    "From: News <news@example.com>\r\n"
    "To: me@example.org\r\n"
    "Subject: Weekly\r\n"
    "Message-ID: <weekly@example.com>\r\n"
    "MIME-Version: 1.0\r\n"
    "Content-Type: text/html; charset=utf-8\r\n"
    "\r\n"
    "<html><head><style>p{color:red}</style></head><body><p>First&nbsp;line &amp; more</p>"
    "<p>Second<br>line &#233;t&eacute;</p><script>alert(1)</script></body></html>\r\n");

const QByteArray kWithAttachment
    = QByteArrayLiteral("From: Anna Martin <anna@example.com>\r\n"
                        "To: me@example.org\r\n"
                        "Subject: Report\r\n"
                        "Date: Tue, 04 Mar 2025 09:00:00 +0000\r\n"
                        "Message-ID: <report@example.com>\r\n"
                        "MIME-Version: 1.0\r\n"
                        "Content-Type: multipart/mixed; boundary=\"XX\"\r\n"
                        "\r\n"
                        "--XX\r\n"
                        "Content-Type: text/plain; charset=utf-8\r\n"
                        "\r\n"
                        "The report is attached.\r\n"
                        "--XX\r\n"
                        "Content-Type: application/pdf; name=\"report.pdf\"\r\n"
                        "Content-Disposition: attachment; filename=\"report.pdf\"\r\n"
                        "Content-Transfer-Encoding: base64\r\n"
                        "\r\n"
                        "JVBERi0xLjQKJcOkw7zDtsOfCg==\r\n"
                        "--XX--\r\n");

models::Identity me()
{
    return {QStringLiteral("acc"), QStringLiteral("Me Myself"), QStringLiteral("me@example.org"), {}};
}

QStringList addresses(const QList<MailAddress> &list)
{
    QStringList out;
    for (const auto &a : list)
        out << a.address;
    return out;
}

QString header(const protocols::OutgoingMessage &m, const char *name)
{
    for (const auto &[n, v] : m.extraHeaders) {
        if (n.compare(name, Qt::CaseInsensitive) == 0)
            return v;
    }
    return {};
}

QString screenshotPath(const QString &name)
{
    QString dir = qEnvironmentVariable("POSTIER_SCREENSHOT_DIR");
    if (dir.isEmpty())
        dir = QDir::tempPath();
    QDir().mkpath(dir);
    return dir + QLatin1Char('/') + name;
}

const QString kWorkSignature = QStringLiteral("Me Myself\nExample Org — Finance");
const QString kSalesSignature = QStringLiteral("The sales team\n+33 1 23 45 67 89 ☎");
const QString kHomeSignature = QStringLiteral("Cheers,\nme");

/// A MailSession on a temporary cache and settings file with one account whose servers do not
/// exist (port 1 on loopback refuses at once), and the password already given. With
/// `withIdentities`, Work also has a signature and two aliases (Sales, with a signature, and
/// Support, without), and there are a second account, Home, and a disabled one, Old.
struct OfflineSession {
    QTemporaryDir dir;
    std::unique_ptr<models::MailSession> session;
    QString accountId;
    QString homeId = QStringLiteral("{6f1c1a52-0000-4000-8000-000000000002}");

    explicit OfflineSession(bool withIdentities = false)
    {
        session
            = std::make_unique<models::MailSession>(dir.filePath(QStringLiteral("cache.sqlite")),
                                                    dir.filePath(QStringLiteral("settings.ini")));
        QString error;
        if (!session->open(&error))
            qWarning("cache: %s", qPrintable(error));
        models::Account account;
        account.id = QStringLiteral("{6f1c1a52-0000-4000-8000-000000000001}");
        account.name = QStringLiteral("Work");
        account.address = QStringLiteral("me@example.org");
        account.displayName = QStringLiteral("Me Myself");
        account.incoming.protocol = protocols::Protocol::Imap;
        account.incoming.security = protocols::Security::Tls;
        account.incoming.host = QStringLiteral("127.0.0.1");
        account.incoming.port = 1;
        account.incoming.user = QStringLiteral("me");
        account.incoming.timeoutMs = 2000;
        account.outgoing = account.incoming;
        account.outgoing.protocol = protocols::Protocol::Smtp;
        account.outgoing.security = protocols::Security::StartTls;
        if (withIdentities) {
            account.signature = kWorkSignature;
            account.aliases
                << models::Identity {{}, QStringLiteral("Sales"), QStringLiteral("sales@example.org"), kSalesSignature}
                << models::Identity {{}, QStringLiteral("Support"), QStringLiteral("support@example.org"), {}};
        }
        if (!session->accountStore().save(account, &error))
            qWarning("account: %s", qPrintable(error));
        if (withIdentities) {
            models::Account home = account;
            home.id = homeId;
            home.name = QStringLiteral("Home");
            home.address = QStringLiteral("me@home.example");
            home.signature = kHomeSignature;
            home.aliases.clear();
            models::Account old = account;
            old.id = QStringLiteral("{6f1c1a52-0000-4000-8000-000000000003}");
            old.name = QStringLiteral("Old");
            old.address = QStringLiteral("old@example.org");
            old.aliases.clear();
            old.enabled = false;
            for (const models::Account &a : {home, old}) {
                if (!session->accountStore().save(a, &error))
                    qWarning("account: %s", qPrintable(error));
            }
        }
        session->reloadAccounts();
        session->providePassword(account.id, QStringLiteral("secret"), false);
        accountId = account.id;
    }
};

const QByteArray kToSales = QByteArrayLiteral("From: Bob Stone <bob@example.net>\r\n"
                                              "To: SALES@example.org\r\n"
                                              "Cc: Carol <carol@example.net>, me@example.org\r\n"
                                              "Subject: Offer\r\n"
                                              "Message-ID: <offer@example.net>\r\n"
                                              "\r\n"
                                              "What does it cost?\r\n");

const QByteArray kDeliveredToSupport = QByteArrayLiteral("Delivered-To: support@example.org\r\n"
                                                         "From: Dave <dave@example.com>\r\n"
                                                         "To: help-list@example.com\r\n"
                                                         "Subject: It broke\r\n"
                                                         "Message-ID: <broke@example.com>\r\n"
                                                         "\r\n"
                                                         "Please help.\r\n");

/// Records every question and answers with a fixed button.
struct ScriptedPrompter {
    QMessageBox::StandardButton answer = QMessageBox::Cancel;
    QStringList titles;
    QStringList texts;

    ui::ComposerWindow::Prompter function()
    {
        return [this](const QString &title, const QString &text, QMessageBox::StandardButtons,
                      QMessageBox::StandardButton) {
            titles << title;
            texts << text;
            return answer;
        };
    }
};

QString writeFile(const QTemporaryDir &dir, const QString &name, const QByteArray &content)
{
    const QString path = dir.filePath(name);
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(content) != content.size())
        qWarning("cannot write %s", qPrintable(path));
    return path;
}

} // namespace

class TestComposer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();

    void replySubject_data();
    void replySubject();
    void forwardSubject_data();
    void forwardSubject();
    void replyToSender();
    void replyAllRemovesOwnAddress();
    void replyUsesReplyTo();
    void replyToOwnMessageGoesToRecipients();
    void htmlOnlyOriginalIsQuotedAsText();
    void forwardInline();
    void forwardAsAttachment();

    void specialFolderByUseThenName();

    void addressParsing_data();
    void addressParsing();
    void addressListWithQuotedComma();

    void validationSentences();
    void sendRefusesInvalidInput();
    void emptySubjectAsks();
    void windowTitleFollowsSubject();
    void shortcuts();

    void attachmentsAddAndRemove();
    void dropFileUrls();
    void draftBytesCarryAttachmentAndBcc();
    void draftWithoutRecipientBuilds();

    void completionFromCache();

    void closeWithoutChangesDoesNotAsk();
    void closeWithChangesCancelKeepsWindow();
    void closeWithChangesDiscardCloses();
    void closeWithChangesSaveKeepsWindowWhenDraftFails();
    void failedSendKeepsEverything();

    void fromListsEveryIdentity();
    void signatureFollowsIdentity();
    void editedSignatureStays();
    void responsePicksAddressedIdentity();
    void messageIsFromChosenIdentity();
    void draftKeepsItsIdentityAndSignature();

    void screenshots();
};

void TestComposer::initTestCase()
{
    QLocale::setDefault(QLocale::c());
    protocols::ensureVmimePlatform();
}

void TestComposer::replySubject_data()
{
    QTest::addColumn<QString>("subject");
    QTest::addColumn<QString>("expected");
    QTest::newRow("plain") << QStringLiteral("Budget") << QStringLiteral("Re: Budget");
    QTest::newRow("already") << QStringLiteral("Re: Budget") << QStringLiteral("Re: Budget");
    QTest::newRow("stacked") << QStringLiteral("RE: re:Re: Budget") << QStringLiteral("Re: Budget");
    QTest::newRow("counted") << QStringLiteral("Re[2]: Budget") << QStringLiteral("Re: Budget");
    QTest::newRow("german") << QStringLiteral("AW: Budget") << QStringLiteral("Re: Budget");
    QTest::newRow("forwarded") << QStringLiteral("Fwd: Budget")
                               << QStringLiteral("Re: Fwd: Budget");
    QTest::newRow("inside") << QStringLiteral("Budget Re: 2025")
                            << QStringLiteral("Re: Budget Re: 2025");
    QTest::newRow("word") << QStringLiteral("Recap") << QStringLiteral("Re: Recap");
    QTest::newRow("empty") << QString() << QStringLiteral("Re:");
}

void TestComposer::replySubject()
{
    QFETCH(QString, subject);
    QFETCH(QString, expected);
    QCOMPARE(ReplyBuilder::replySubject(subject), expected);
}

void TestComposer::forwardSubject_data()
{
    QTest::addColumn<QString>("subject");
    QTest::addColumn<QString>("expected");
    QTest::newRow("plain") << QStringLiteral("Plans") << QStringLiteral("Fwd: Plans");
    QTest::newRow("stacked") << QStringLiteral("Fwd: FW: Plans") << QStringLiteral("Fwd: Plans");
    QTest::newRow("german") << QStringLiteral("WG: Plans") << QStringLiteral("Fwd: Plans");
    QTest::newRow("reply") << QStringLiteral("Re: Plans") << QStringLiteral("Fwd: Re: Plans");
}

void TestComposer::forwardSubject()
{
    QFETCH(QString, subject);
    QFETCH(QString, expected);
    QCOMPARE(ReplyBuilder::forwardSubject(subject), expected);
}

void TestComposer::replyToSender()
{
    const auto m = ReplyBuilder::build(ReplyBuilder::Mode::Reply, kOriginal, me());
    QCOMPARE(m.subject, QStringLiteral("Re: Budget 2025"));
    QCOMPARE(m.from, (MailAddress {QStringLiteral("Me Myself"), QStringLiteral("me@example.org")}));
    QCOMPARE(addresses(m.to), QStringList {QStringLiteral("anna@example.com")});
    QCOMPARE(m.to.first().name, QStringLiteral("Anna Martin"));
    QVERIFY(m.cc.isEmpty());
    QVERIFY(m.bcc.isEmpty());
    QCOMPARE(header(m, "In-Reply-To"), QStringLiteral("<orig-3@example.com>"));
    QCOMPARE(header(m, "References"),
             QStringLiteral("<orig-1@example.com> <orig-2@example.com> <orig-3@example.com>"));
    QVERIFY(m.attachments.isEmpty());

    // The attribution in local time, then every line quoted; the signature is gone.
    const QDateTime sent(QDate(2025, 3, 3), QTime(9, 15), Qt::UTC);
    const QString expectedAttribution
        = QStringLiteral("On %1 %2, Anna Martin wrote:")
              .arg(QLocale().toString(sent.toLocalTime().date(), QLocale::LongFormat),
                   QLocale().toString(sent.toLocalTime().time(), QLocale::ShortFormat));
    const QString expectedBody = QStringLiteral("\n\n") + expectedAttribution
        + QStringLiteral("\n> Hello,\n>\n>> an older quote\n> the numbers are in.\n");
    QCOMPARE(m.textBody, expectedBody);
    QVERIFY(!m.textBody.contains(QStringLiteral("Finance")));
}

void TestComposer::replyAllRemovesOwnAddress()
{
    const auto m = ReplyBuilder::build(ReplyBuilder::Mode::ReplyAll, kOriginal, me());
    QCOMPARE(addresses(m.to),
             (QStringList {QStringLiteral("anna@example.com"), QStringLiteral("bob@example.net")}));
    QCOMPARE(addresses(m.cc), QStringList {QStringLiteral("carol@example.net")});
    QCOMPARE(m.subject, QStringLiteral("Re: Budget 2025"));
    QCOMPARE(header(m, "In-Reply-To"), QStringLiteral("<orig-3@example.com>"));
}

void TestComposer::replyUsesReplyTo()
{
    const auto reply = ReplyBuilder::build(ReplyBuilder::Mode::Reply, kReplyTo, me());
    QCOMPARE(addresses(reply.to), QStringList {QStringLiteral("team@lists.example.com")});
    // Without References, the single In-Reply-To starts the chain.
    QCOMPARE(header(reply, "References"),
             QStringLiteral("<earlier@example.com> <lunch@example.com>"));
    const auto all = ReplyBuilder::build(ReplyBuilder::Mode::ReplyAll, kReplyTo, me());
    QCOMPARE(addresses(all.to),
             QStringList {QStringLiteral("team@lists.example.com")}); // no duplicate
    QVERIFY(all.cc.isEmpty());
}

void TestComposer::replyToOwnMessageGoesToRecipients()
{
    const auto reply = ReplyBuilder::build(ReplyBuilder::Mode::Reply, kFromMe, me());
    QCOMPARE(addresses(reply.to), QStringList {QStringLiteral("bob@example.net")});
    QCOMPARE(reply.subject, QStringLiteral("Re: Fwd: FW: Plans"));
    const auto all = ReplyBuilder::build(ReplyBuilder::Mode::ReplyAll, kFromMe, me());
    QCOMPARE(addresses(all.to), QStringList {QStringLiteral("bob@example.net")});
    QCOMPARE(addresses(all.cc), QStringList {QStringLiteral("carol@example.net")});
    QCOMPARE(header(all, "References"), QStringLiteral("<mine@example.org>"));
}

void TestComposer::htmlOnlyOriginalIsQuotedAsText()
{
    const auto m = ReplyBuilder::build(ReplyBuilder::Mode::Reply, kHtmlOnly, me());
    QVERIFY2(m.textBody.endsWith(
                 QStringLiteral("News wrote:\n> First line & more\n>\n> Second\n> line été\n")),
             qPrintable(m.textBody));
    QVERIFY(!m.textBody.contains(QLatin1Char('<')));
    QVERIFY(!m.textBody.contains(QStringLiteral("alert")));
    QVERIFY(!m.textBody.contains(QStringLiteral("color")));
}

void TestComposer::forwardInline()
{
    const auto m = ReplyBuilder::build(ReplyBuilder::Mode::ForwardInline, kWithAttachment, me());
    QCOMPARE(m.subject, QStringLiteral("Fwd: Report"));
    QVERIFY(m.to.isEmpty() && m.cc.isEmpty());
    QVERIFY(header(m, "In-Reply-To").isEmpty());
    QVERIFY(header(m, "References").isEmpty());
    QVERIFY2(m.textBody.startsWith(QStringLiteral("\n\n-------- Forwarded Message --------\n"
                                                  "Subject: Report\nDate: ")),
             qPrintable(m.textBody));
    QVERIFY2(m.textBody.contains(QStringLiteral("\nFrom: Anna Martin <anna@example.com>\n"
                                                "To: me@example.org\n\nThe report is attached.\n")),
             qPrintable(m.textBody));
    QCOMPARE(m.attachments.size(), 1);
    QCOMPARE(m.attachments.first().fileName, QStringLiteral("report.pdf"));
    QCOMPARE(m.attachments.first().mimeType, QStringLiteral("application/pdf"));
    QCOMPARE(m.attachments.first().data, QByteArray::fromBase64("JVBERi0xLjQKJcOkw7zDtsOfCg=="));
}

void TestComposer::forwardAsAttachment()
{
    const auto m = ReplyBuilder::build(ReplyBuilder::Mode::ForwardAsAttachment, kOriginal, me());
    QCOMPARE(m.subject, QStringLiteral("Fwd: RE: Re: Budget 2025"));
    QVERIFY(m.textBody.isEmpty());
    QCOMPARE(m.attachments.size(), 1);
    QCOMPARE(m.attachments.first().mimeType, QStringLiteral("message/rfc822"));
    QCOMPARE(m.attachments.first().fileName, QStringLiteral("RE_ Re_ Budget 2025.eml"));
    QCOMPARE(m.attachments.first().data, kOriginal);

    // What goes out carries the original unchanged, as a message/rfc822 part.
    protocols::OutgoingMessage out = m;
    out.to = {{QString(), QStringLiteral("bob@example.net")}};
    protocols::BuiltMessage built;
    protocols::Error error;
    QVERIFY2(models::ComposeEngine::buildDraft(out, &built, &error), qPrintable(error.sentence()));
    const protocols::ParsedMessage parsed = protocols::parseMessage(built.bytes);
    QCOMPARE(parsed.attachments.size(), 1);
    QCOMPARE(parsed.attachments.first().mimeType, QStringLiteral("message/rfc822"));
    QCOMPARE(protocols::attachmentData(built.bytes, parsed.attachments.first().index), kOriginal);
    // Inline as RFC 2046 wants it (7bit/8bit, never base64), so that readers can show it.
    const qsizetype part = built.bytes.indexOf("Content-Type: message/rfc822");
    QVERIFY(part > 0);
    const QByteArray partHeader = built.bytes.mid(part, built.bytes.indexOf("\r\n\r\n", part) - part);
    QVERIFY2(partHeader.contains("Content-Transfer-Encoding: 7bit") || partHeader.contains("Content-Transfer-Encoding: 8bit"),
             partHeader.constData());
    QVERIFY(built.bytes.contains(kOriginal.left(40)));
}

void TestComposer::specialFolderByUseThenName()
{
    using protocols::SpecialUse;
    auto folder = [](const char *raw, SpecialUse use = SpecialUse::None, quint16 attributes = 0) {
        protocols::FolderInfo f;
        f.rawName = raw;
        f.path = QString::fromLatin1(raw);
        f.separator = QLatin1Char('.');
        f.specialUse = use;
        f.attributes = attributes;
        return f;
    };
    using models::SpecialFolderLocator;
    // The special-use attribute wins over a name.
    QCOMPARE(SpecialFolderLocator::find({folder("INBOX", SpecialUse::Inbox), folder("Sent"),
                                         folder("Gesendet", SpecialUse::Sent)},
                                        SpecialUse::Sent),
             QByteArrayLiteral("Gesendet"));
    // A ghost cannot hold mail, even when marked.
    QCOMPARE(SpecialFolderLocator::find(
                 {folder("Old", SpecialUse::Sent, protocols::FolderNoSelect), folder("Sent Items")},
                 SpecialUse::Sent),
             QByteArrayLiteral("Sent Items"));
    // By name, any case, at the top or under INBOX (Courier-style namespaces).
    QCOMPARE(SpecialFolderLocator::find({folder("INBOX"), folder("drafts")}, SpecialUse::Drafts),
             QByteArrayLiteral("drafts"));
    QCOMPARE(
        SpecialFolderLocator::find({folder("INBOX"), folder("INBOX.Drafts"), folder("INBOX.Sent")},
                                   SpecialUse::Drafts),
        QByteArrayLiteral("INBOX.Drafts"));
    QCOMPARE(
        SpecialFolderLocator::find({folder("INBOX"), folder("Archive.Drafts")}, SpecialUse::Drafts),
        QByteArray());
    QCOMPARE(SpecialFolderLocator::find({folder("INBOX"), folder("Drafts")}, SpecialUse::Sent),
             QByteArray());
}

void TestComposer::addressParsing_data()
{
    QTest::addColumn<QString>("address");
    QTest::addColumn<bool>("valid");
    QTest::newRow("simple") << QStringLiteral("anna@example.com") << true;
    QTest::newRow("plus-dots") << QStringLiteral("anna.m+list@mail.example.co.uk") << true;
    QTest::newRow("no-dot-domain") << QStringLiteral("root@localhost") << true;
    QTest::newRow("idn") << QStringLiteral("jürgen@müller.de") << true;
    QTest::newRow("quoted-local") << QStringLiteral("\"a b\"@example.com") << true;
    QTest::newRow("ip-literal") << QStringLiteral("anna@[192.0.2.1]") << true;
    QTest::newRow("no-at") << QStringLiteral("anna.example.com") << false;
    QTest::newRow("double-at") << QStringLiteral("a@@example.com") << false;
    QTest::newRow("space") << QStringLiteral("a b@example.com") << false;
    QTest::newRow("no-domain") << QStringLiteral("anna@") << false;
    QTest::newRow("no-local") << QStringLiteral("@example.com") << false;
    QTest::newRow("double-dot") << QStringLiteral("a..b@example.com") << false;
    QTest::newRow("bad-literal") << QStringLiteral("nobody@[bad") << false;
    QTest::newRow("hyphen-label") << QStringLiteral("a@-example.com") << false;
    QTest::newRow("empty-label") << QStringLiteral("a@example..com") << false;
}

void TestComposer::addressParsing()
{
    QFETCH(QString, address);
    QFETCH(bool, valid);
    QCOMPARE(models::AddressParser::isValidAddress(address), valid);
}

void TestComposer::addressListWithQuotedComma()
{
    QList<MailAddress> list;
    QString bad;
    QVERIFY(models::AddressParser::parseList(
        QStringLiteral(
            "\"Martin, Anna\" <anna@example.com>; bob@example.net, <carol@example.net>,"),
        &list, &bad));
    QCOMPARE(list.size(), 3);
    QCOMPARE(list.at(0),
             (MailAddress {QStringLiteral("Martin, Anna"), QStringLiteral("anna@example.com")}));
    QCOMPARE(list.at(1), (MailAddress {QString(), QStringLiteral("bob@example.net")}));
    QCOMPARE(list.at(2), (MailAddress {QString(), QStringLiteral("carol@example.net")}));
    // Formatting quotes the comma again, so the text reads back the same.
    const QString text = models::AddressParser::formatList(list);
    QCOMPARE(
        text,
        QStringLiteral("\"Martin, Anna\" <anna@example.com>, bob@example.net, carol@example.net"));
    QList<MailAddress> again;
    QVERIFY(models::AddressParser::parseList(text, &again));
    QCOMPARE(again, list);

    QVERIFY(!models::AddressParser::parseList(QStringLiteral("bob@example.net, Anna <anna@>"),
                                              &list, &bad));
    QCOMPARE(bad, QStringLiteral("Anna <anna@>"));
}

void TestComposer::validationSentences()
{
    OfflineSession s;
    ui::ComposerWindow w(*s.session, s.accountId);
    QCOMPARE(w.validationProblem(), QStringLiteral("Add at least one recipient in To, Cc or Bcc."));
    w.ccField()->setText(QStringLiteral("carol@example.net, bob@"));
    QCOMPARE(w.validationProblem(),
             QStringLiteral(
                 "“bob@” in Cc is not an e-mail address. Addresses look like name@example.com."));
    w.ccField()->clear();
    w.bccField()->setText(QStringLiteral("Bob Stone <bob stone@example.net>"));
    QCOMPARE(w.validationProblem(),
             QStringLiteral("“Bob Stone <bob stone@example.net>” in Bcc is not an e-mail "
                            "address. Addresses look like name@example.com."));
    w.bccField()->setText(QStringLiteral("Bob Stone <bob@example.net>"));
    QCOMPARE(w.validationProblem(), QString());
    const auto m = w.message();
    QCOMPARE(
        m.bcc,
        (QList<MailAddress> {{QStringLiteral("Bob Stone"), QStringLiteral("bob@example.net")}}));
    QCOMPARE(m.from, (MailAddress {QStringLiteral("Me Myself"), QStringLiteral("me@example.org")}));
    QCOMPARE(w.fromField()->currentText(), QStringLiteral("Me Myself <me@example.org>"));
}

void TestComposer::sendRefusesInvalidInput()
{
    OfflineSession s;
    ui::ComposerWindow w(*s.session, s.accountId);
    ScriptedPrompter prompter;
    w.setPrompter(prompter.function());
    w.toField()->setText(QStringLiteral("anna@example"));
    w.ccField()->setText(QStringLiteral("nobody@[bad"));
    w.subjectField()->setText(QStringLiteral("Hello"));
    w.send();
    QVERIFY(w.noticeBar()->isVisibleTo(&w));
    QCOMPARE(w.noticeBar()->kind(), ui::NoticeBar::Kind::Error);
    QCOMPARE(
        w.noticeBar()->text(),
        QStringLiteral(
            "“nobody@[bad” in Cc is not an e-mail address. Addresses look like name@example.com."));
    QCOMPARE(w.engine()->state(), models::ComposeEngine::State::Idle);
    QVERIFY(prompter.titles.isEmpty());
    QVERIFY(w.bodyField()->isEnabled());
}

void TestComposer::emptySubjectAsks()
{
    OfflineSession s;
    ui::ComposerWindow w(*s.session, s.accountId);
    ScriptedPrompter prompter;
    prompter.answer = QMessageBox::No;
    w.setPrompter(prompter.function());
    w.toField()->setText(QStringLiteral("anna@example.com"));
    w.send();
    QCOMPARE(prompter.titles, QStringList {QStringLiteral("Send without a subject?")});
    QCOMPARE(w.engine()->state(), models::ComposeEngine::State::Idle);
    QVERIFY(w.bodyField()->isEnabled());

    prompter.answer = QMessageBox::Yes;
    w.send();
    QCOMPARE(prompter.titles.size(), 2);
    QCOMPARE(w.engine()->state(), models::ComposeEngine::State::Sending);
    QVERIFY(!w.bodyField()->isEnabled());
    QCOMPARE(w.noticeBar()->text(), QStringLiteral("Sending…"));
    // Let the refused connection come back before the session goes away.
    QTRY_COMPARE_WITH_TIMEOUT(w.engine()->state(), models::ComposeEngine::State::Idle, 30000);
}

void TestComposer::windowTitleFollowsSubject()
{
    OfflineSession s;
    ui::ComposerWindow w(*s.session, s.accountId);
    QCOMPARE(w.windowTitle(), QStringLiteral("Write: (no subject)"));
    QCOMPARE(w.size(), QSize(800, 600));
    w.subjectField()->setText(QStringLiteral("Quarterly numbers"));
    QCOMPARE(w.windowTitle(), QStringLiteral("Quarterly numbers"));
    w.subjectField()->setText(QStringLiteral("   "));
    QCOMPARE(w.windowTitle(), QStringLiteral("Write: (no subject)"));
}

void TestComposer::shortcuts()
{
    OfflineSession s;
    ui::ComposerWindow w(*s.session, s.accountId);
    QCOMPARE(w.sendAction()->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_Return));
    QCOMPARE(w.saveDraftAction()->shortcut(), QKeySequence(QKeySequence::Save));
    QCOMPARE(w.attachAction()->shortcut(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A));
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    w.activateWindow();
    w.bodyField()->setFocus();
    QTRY_VERIFY(w.bodyField()->hasFocus());
    // Ctrl+Return in the body sends (here: refused, because there is no recipient yet).
    QTest::keyClick(w.bodyField(), Qt::Key_Return, Qt::ControlModifier);
    QTRY_VERIFY(w.noticeBar()->isVisible());
    QCOMPARE(w.noticeBar()->text(), QStringLiteral("Add at least one recipient in To, Cc or Bcc."));
    QCOMPARE(w.bodyField()->toPlainText(), QString()); // no line break typed
}

void TestComposer::attachmentsAddAndRemove()
{
    OfflineSession s;
    QTemporaryDir files;
    const QString a = writeFile(files, QStringLiteral("notes.txt"), "some notes\n");
    const QString b = writeFile(files, QStringLiteral("photo.png"), QByteArray(2048, 'x'));
    ui::ComposerWindow w(*s.session, s.accountId);
    QVERIFY(!w.isModified());
    QVERIFY(!w.attachmentList()->isVisibleTo(&w));

    w.addAttachments({a, b});
    QCOMPARE(w.attachments().size(), 2);
    QCOMPARE(w.attachmentList()->count(), 2);
    QVERIFY(w.attachmentList()->isVisibleTo(&w));
    QVERIFY(w.isModified());
    QCOMPARE(w.attachments().at(0).fileName, QStringLiteral("notes.txt"));
    QCOMPARE(w.attachments().at(0).mimeType, QStringLiteral("text/plain"));
    QCOMPARE(w.attachments().at(1).filePath, b);
    QVERIFY(w.attachmentList()->item(1)->text().startsWith(QStringLiteral("photo.png (")));

    w.attachmentList()->item(0)->setSelected(true);
    w.removeSelectedAttachments();
    QCOMPARE(w.attachments().size(), 1);
    QCOMPARE(w.attachments().first().fileName, QStringLiteral("photo.png"));
    QCOMPARE(w.message().attachments.size(), 1);

    w.addAttachments({files.filePath(QStringLiteral("missing.pdf"))});
    QCOMPARE(w.attachments().size(), 1);
    QVERIFY(w.noticeBar()->text().contains(QStringLiteral("missing.pdf")));

    w.attachmentList()->item(0)->setSelected(true);
    w.removeSelectedAttachments();
    QVERIFY(w.attachments().isEmpty());
    QVERIFY(!w.attachmentList()->isVisibleTo(&w));
}

void TestComposer::dropFileUrls()
{
    OfflineSession s;
    QTemporaryDir files;
    const QString a = writeFile(files, QStringLiteral("dropped.pdf"), "%PDF-1.4\n");
    ui::ComposerWindow w(*s.session, s.accountId);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));

    // Files dragged over the body go to the attachments, not into the text.
    QMimeData data;
    data.setUrls({QUrl::fromLocalFile(a)});
    QWidget *target = w.bodyField()->viewport();
    const QPoint at = target->rect().center();
    QDragEnterEvent enter(at, Qt::CopyAction, &data, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(target, &enter);
    QVERIFY(enter.isAccepted());
    QDropEvent drop(QPointF(at), Qt::CopyAction, &data, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(target, &drop);
    QVERIFY(drop.isAccepted());
    QCOMPARE(w.attachments().size(), 1);
    QCOMPARE(w.attachments().first().filePath, a);
    QCOMPARE(w.bodyField()->toPlainText(), QString());

    // Onto the window itself too, e.g. over the notice or the margins.
    QDragEnterEvent enter2(QPoint(2, 2), Qt::CopyAction, &data, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(&w, &enter2);
    QVERIFY(enter2.isAccepted());
    QDropEvent drop2(QPointF(2, 2), Qt::CopyAction, &data, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(&w, &drop2);
    QVERIFY(drop2.isAccepted());
    QCOMPARE(w.attachments().size(), 2);

    // Plain text is not intercepted: the field takes it as usual.
    QMimeData text;
    text.setText(QStringLiteral("hello"));
    QDragEnterEvent enterText(at, Qt::CopyAction, &text, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(target, &enterText);
    QDropEvent dropText(QPointF(at), Qt::CopyAction, &text, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(target, &dropText);
    QCOMPARE(w.attachments().size(), 2);
    QCOMPARE(w.bodyField()->toPlainText(), QStringLiteral("hello"));

    // A URL that is not a local file is refused.
    QMimeData remote;
    remote.setUrls({QUrl(QStringLiteral("https://example.com/x.pdf"))});
    QDragEnterEvent enterRemote(QPoint(2, 2), Qt::CopyAction, &remote, Qt::LeftButton,
                                Qt::NoModifier);
    QApplication::sendEvent(&w, &enterRemote);
    QVERIFY(!enterRemote.isAccepted());
}

void TestComposer::draftBytesCarryAttachmentAndBcc()
{
    OfflineSession s;
    QTemporaryDir files;
    const QByteArray content = QByteArrayLiteral("quarterly figures\x01\x02\xff binary\n");
    const QString path = writeFile(files, QStringLiteral("figures.bin"), content);
    ui::ComposerWindow w(*s.session, s.accountId);
    w.toField()->setText(QStringLiteral("Anna Martin <anna@example.com>"));
    w.bccField()->setText(QStringLiteral("Jürgen Müller <juergen@example.de>, secret@example.net"));
    w.subjectField()->setText(QStringLiteral("Figures"));
    w.bodyField()->setPlainText(QStringLiteral("See attached."));
    w.addAttachments({path});

    protocols::BuiltMessage built;
    protocols::Error error;
    QVERIFY2(models::ComposeEngine::buildDraft(w.message(), &built, &error),
             qPrintable(error.sentence()));
    const protocols::ParsedMessage parsed = protocols::parseMessage(built.bytes);
    QCOMPARE(parsed.subject, QStringLiteral("Figures"));
    QCOMPARE(parsed.textBody.trimmed(), QStringLiteral("See attached."));
    QCOMPARE(parsed.attachments.size(), 1);
    QCOMPARE(parsed.attachments.first().fileName, QStringLiteral("figures.bin"));
    QCOMPARE(protocols::attachmentData(built.bytes, parsed.attachments.first().index), content);

    // A draft keeps its Bcc list (a sent message does not).
    const qsizetype bccAt = built.bytes.indexOf("\r\nBcc: ");
    QVERIFY2(bccAt > 0, built.bytes.constData());
    // The field may be folded over several lines.
    QByteArray bccField;
    for (qsizetype pos = bccAt + 7;;) {
        const qsizetype end = built.bytes.indexOf("\r\n", pos);
        bccField += built.bytes.mid(pos, end - pos);
        if (built.bytes.at(end + 2) != ' ' && built.bytes.at(end + 2) != '\t')
            break;
        pos = end + 2;
    }
    QCOMPARE(protocols::decodeHeaderText(bccField).simplified(),
             QStringLiteral("Jürgen Müller <juergen@example.de>, secret@example.net"));
    const qsizetype bodyAt = built.bytes.indexOf("\r\n\r\n");
    QVERIFY(bccAt < bodyAt);
}

void TestComposer::draftWithoutRecipientBuilds()
{
    protocols::OutgoingMessage m;
    m.from = {QStringLiteral("Me"), QStringLiteral("me@example.org")};
    m.subject = QStringLiteral("Half-written");
    m.textBody = QStringLiteral("Ideas for later");
    protocols::BuiltMessage built;
    protocols::Error error;
    QVERIFY2(models::ComposeEngine::buildDraft(m, &built, &error), qPrintable(error.sentence()));
    const protocols::ParsedMessage parsed = protocols::parseMessage(built.bytes);
    QCOMPARE(parsed.subject, QStringLiteral("Half-written"));
    QVERIFY(parsed.to.isEmpty());
    QVERIFY(!built.bytes.contains("\r\nBcc:")); // the builder's stand-in recipient leaves no trace
    QVERIFY(!built.bytes.contains("me@example.org>,"));
}

void TestComposer::completionFromCache()
{
    OfflineSession s;
    models::HeaderCache &cache = s.session->cache();
    protocols::FolderInfo inbox;
    inbox.rawName = "INBOX";
    inbox.path = QStringLiteral("INBOX");
    inbox.separator = QLatin1Char('/');
    const qint64 folder = cache.folderId(QStringLiteral("imaps://me@127.0.0.1:1"), inbox);
    QVERIFY(folder > 0);
    protocols::HeaderRecord older;
    older.uid = 1;
    older.internalDate = 1700000000;
    older.subject = "old";
    older.from = "Anna Old-Name <ANNA@example.com>";
    older.to = "me@example.org";
    protocols::HeaderRecord newer;
    newer.uid = 2;
    newer.internalDate = 1710000000;
    newer.subject = "new";
    newer.from = "=?UTF-8?Q?Anna_M=C3=BCller?= <anna@example.com>";
    newer.to = "Martin, Annabel <annabel@example.net>, bob@example.net";
    newer.cc = "team: carol@example.net, anders@example.org;";
    QVERIFY(cache.storeHeaders(folder, {older, newer}));

    // Newest first, decoded, one entry per address (the newest form), matching a word of the name.
    QCOMPARE(cache.knownAddresses(QStringLiteral("ann"), 10),
             (QStringList {QStringLiteral("Anna Müller <anna@example.com>"),
                           QStringLiteral("Martin, Annabel <annabel@example.net>")}));
    QCOMPARE(cache.knownAddresses(QStringLiteral("müll"), 10),
             QStringList {QStringLiteral("Anna Müller <anna@example.com>")});
    QCOMPARE(cache.knownAddresses(QStringLiteral("and"), 10),
             QStringList {QStringLiteral("anders@example.org")});
    QCOMPARE(cache.knownAddresses(QStringLiteral("ann"), 1).size(), 1);
    QVERIFY(cache.knownAddresses(QStringLiteral("zed"), 10).isEmpty());

    ui::ComposerWindow w(*s.session, s.accountId);
    QAbstractItemModelTester tester(w.toField()->completionModel(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    w.activateWindow();
    w.toField()->setFocus();
    QTest::keyClicks(w.toField(), QStringLiteral("bob@example.net, mart"));
    QCOMPARE(w.toField()->currentEntry(), QStringLiteral("mart"));
    QCOMPARE(w.toField()->completionModel()->stringList(),
             QStringList {QStringLiteral("Martin, Annabel <annabel@example.net>")});
    QAbstractItemView *popup = w.toField()->completer()->popup();
    QTRY_VERIFY(popup->isVisible());
    QTest::keyClick(popup, Qt::Key_Down);
    QTest::keyClick(popup, Qt::Key_Return);
    QCOMPARE(w.toField()->text(),
             QStringLiteral("bob@example.net, \"Martin, Annabel\" <annabel@example.net>, "));
    // The comma in the completed name does not split it: it reads back as two people.
    QCOMPARE(w.message().to.size(), 2);
    QCOMPARE(w.message().to.at(1).name, QStringLiteral("Martin, Annabel"));
}

void TestComposer::closeWithoutChangesDoesNotAsk()
{
    OfflineSession s;
    QPointer<ui::ComposerWindow> w = new ui::ComposerWindow(*s.session, s.accountId);
    ScriptedPrompter prompter;
    w->setPrompter(prompter.function());
    w->setMessage(ReplyBuilder::build(ReplyBuilder::Mode::Reply, kOriginal, me()));
    w->show();
    QVERIFY(!w->isModified());
    QVERIFY(w->close());
    QVERIFY(prompter.titles.isEmpty());
    QTRY_VERIFY(w.isNull()); // deleted on close
}

void TestComposer::closeWithChangesCancelKeepsWindow()
{
    OfflineSession s;
    QPointer<ui::ComposerWindow> w = new ui::ComposerWindow(*s.session, s.accountId);
    ScriptedPrompter prompter;
    prompter.answer = QMessageBox::Cancel;
    w->setPrompter(prompter.function());
    w->show();
    w->bodyField()->setPlainText(QStringLiteral("Something worth keeping"));
    QVERIFY(w->isModified());
    QVERIFY(!w->close());
    QCOMPARE(prompter.titles, QStringList {QStringLiteral("Save this message?")});
    QVERIFY(w->isVisible());
    QCOMPARE(w->bodyField()->toPlainText(), QStringLiteral("Something worth keeping"));
    delete w.data();
}

void TestComposer::closeWithChangesDiscardCloses()
{
    OfflineSession s;
    QPointer<ui::ComposerWindow> w = new ui::ComposerWindow(*s.session, s.accountId);
    ScriptedPrompter prompter;
    prompter.answer = QMessageBox::Discard;
    w->setPrompter(prompter.function());
    w->show();
    w->subjectField()->setText(QStringLiteral("Never mind"));
    QVERIFY(w->close());
    QCOMPARE(prompter.titles.size(), 1);
    QTRY_VERIFY(w.isNull());
}

void TestComposer::closeWithChangesSaveKeepsWindowWhenDraftFails()
{
    OfflineSession s;
    QPointer<ui::ComposerWindow> w = new ui::ComposerWindow(*s.session, s.accountId);
    ScriptedPrompter prompter;
    prompter.answer = QMessageBox::Save;
    w->setPrompter(prompter.function());
    w->show();
    w->toField()->setText(QStringLiteral("anna@example.com"));
    w->bodyField()->setPlainText(QStringLiteral("Draft text"));
    QSignalSpy failed(w->engine(), &models::ComposeEngine::draftFailed);
    QVERIFY(!w->close()); // waits for the draft
    QVERIFY(failed.wait(30000));
    // The IMAP server cannot be reached: the window stays, with the reason, and the text.
    QVERIFY(!w.isNull());
    QVERIFY(w->isVisible());
    QCOMPARE(w->noticeBar()->kind(), ui::NoticeBar::Kind::Error);
    QVERIFY2(w->noticeBar()->text().startsWith(QStringLiteral("The draft could not be saved: ")),
             qPrintable(w->noticeBar()->text()));
    QVERIFY(w->isModified());
    QCOMPARE(w->bodyField()->toPlainText(), QStringLiteral("Draft text"));
    delete w.data();
}

void TestComposer::failedSendKeepsEverything()
{
    OfflineSession s;
    QTemporaryDir files;
    const QString path = writeFile(files, QStringLiteral("plan.txt"), "plan\n");
    ui::ComposerWindow w(*s.session, s.accountId);
    w.show();
    w.toField()->setText(QStringLiteral("Anna Martin <anna@example.com>"));
    w.subjectField()->setText(QStringLiteral("Plan"));
    w.bodyField()->setPlainText(QStringLiteral("Here is the plan."));
    w.addAttachments({path});
    QSignalSpy failed(w.engine(), &models::ComposeEngine::sendFailed);
    QSignalSpy sent(w.engine(), &models::ComposeEngine::sent);
    w.send();
    QVERIFY(!w.bodyField()->isEnabled());
    QVERIFY(failed.wait(30000));
    QVERIFY(sent.isEmpty());
    const QString sentence = failed.first().first().toString();
    // The SMTP failure, then the rescue draft's fate (the IMAP server is unreachable too).
    QVERIFY2(sentence.contains(QStringLiteral("It could not be saved in Drafts either")),
             qPrintable(sentence));
    QCOMPARE(w.noticeBar()->text(), sentence);
    QCOMPARE(w.noticeBar()->kind(), ui::NoticeBar::Kind::Error);
    QVERIFY(w.bodyField()->isEnabled());
    QVERIFY(w.sendAction()->isEnabled());
    QCOMPARE(w.engine()->state(), models::ComposeEngine::State::Idle);
    QCOMPARE(w.toField()->text(), QStringLiteral("Anna Martin <anna@example.com>"));
    QCOMPARE(w.subjectField()->text(), QStringLiteral("Plan"));
    QCOMPARE(w.bodyField()->toPlainText(), QStringLiteral("Here is the plan."));
    QCOMPARE(w.attachments().size(), 1);
    QVERIFY(w.isModified());
    QVERIFY(w.isVisible());
}

void TestComposer::screenshots()
{
    OfflineSession s;
    QTemporaryDir files;
    const QString a
        = writeFile(files, QStringLiteral("budget-2025.xlsx"), QByteArray(48 * 1024, 'x'));
    const QString b = writeFile(files, QStringLiteral("notes from the meeting.txt"), "notes\n");
    ui::ComposerWindow w(*s.session, s.accountId);
    w.setMessage(ReplyBuilder::build(ReplyBuilder::Mode::ReplyAll, kOriginal, me()));
    w.addAttachments({a, b});
    w.bodyField()->moveCursor(QTextCursor::Start);
    w.bodyField()->insertPlainText(QStringLiteral("Thanks Anna, the figures look right to me."));
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    QVERIFY(w.grab().save(screenshotPath(QStringLiteral("composer.png"))));

    w.noticeBar()->showNotice(
        ui::NoticeBar::Kind::Error,
        QStringLiteral(
            "127.0.0.1 refused to send to “nobody@[bad”: the server said “501 5.5.4 Invalid "
            "TO: Invalid address literal”. Check this address. The message was not sent to "
            "anyone, and it is kept. A copy is saved in your Drafts folder."));
    QTest::qWait(50);
    QVERIFY(w.grab().save(screenshotPath(QStringLiteral("composer-error.png"))));

    w.noticeBar()->showNotice(
        ui::NoticeBar::Kind::Error,
        QStringLiteral("The message was sent, but its copy could not be saved in your "
                       "Sent folder: the server said “NO [OVERQUOTA] Quota exceeded”. "
                       "Use “Save Copy to Sent” to try again."),
        QStringLiteral("Save Copy to Sent"));
    QTest::qWait(50);
    QVERIFY(w.grab().save(screenshotPath(QStringLiteral("composer-sentcopy.png"))));
    w.setMessage({});

    // Identities: a reply to a message sent to an alias, with that alias's signature.
    OfflineSession withIdentities(true);
    QPointer<ui::ComposerWindow> reply = ui::ComposerWindow::openResponse(
        *withIdentities.session, ReplyBuilder::Mode::ReplyAll, withIdentities.accountId, {}, 0, kToSales);
    reply->bodyField()->insertPlainText(QStringLiteral("Hello Bob, the price list is attached."));
    QVERIFY(QTest::qWaitForWindowExposed(reply));
    QVERIFY(reply->grab().save(screenshotPath(QStringLiteral("composer-identity.png"))));
    delete reply.data();
}

void TestComposer::fromListsEveryIdentity()
{
    OfflineSession s(true);
    ui::ComposerWindow w(*s.session, s.homeId);
    QStringList items;
    for (int i = 0; i < w.fromField()->count(); ++i)
        items << w.fromField()->itemText(i);
    // Accounts by name (Home, Work), each primary first; the disabled Old is not offered.
    QCOMPARE(items, (QStringList {QStringLiteral("Me Myself <me@home.example>"),
                                  QStringLiteral("Me Myself <me@example.org>"),
                                  QStringLiteral("Sales <sales@example.org>"),
                                  QStringLiteral("Support <support@example.org>")}));
    QCOMPARE(w.identities().size(), 4);
    QCOMPARE(w.fromField()->currentIndex(), 0);
    QCOMPARE(w.accountId(), s.homeId);
    QCOMPARE(w.fromField()->itemData(2, Qt::ToolTipRole).toString(),
             QStringLiteral("Sent through the account “Work”"));

    ui::ComposerWindow work(*s.session, s.accountId);
    QCOMPARE(work.fromField()->currentText(), QStringLiteral("Me Myself <me@example.org>"));
    QCOMPARE(work.identity().signature, kWorkSignature);
    work.fromField()->setCurrentIndex(3);
    QCOMPARE(work.accountId(), s.accountId);
    QCOMPARE(work.identity().address, QStringLiteral("support@example.org"));
}

void TestComposer::signatureFollowsIdentity()
{
    OfflineSession s(true);
    ui::ComposerWindow w(*s.session, s.accountId);
    QPlainTextEdit *body = w.bodyField();
    QCOMPARE(body->toPlainText(), QStringLiteral("\n\n-- \n") + kWorkSignature);
    QCOMPARE(body->textCursor().position(), 0); // ready to write above it
    QVERIFY(!w.isModified()); // the signature is not the user's edit
    QVERIFY(!body->document()->isUndoAvailable()); // and Ctrl+Z does not take it away

    body->insertPlainText(QStringLiteral("Dear Bob,\nthe offer stands."));
    w.fromField()->setCurrentIndex(2); // Sales
    QCOMPARE(body->toPlainText(),
             QStringLiteral("Dear Bob,\nthe offer stands.\n\n-- \n") + kSalesSignature);
    QVERIFY(w.isModified());

    w.fromField()->setCurrentIndex(3); // Support: no signature
    QCOMPARE(body->toPlainText(), QStringLiteral("Dear Bob,\nthe offer stands."));
    w.fromField()->setCurrentIndex(0); // Home, another account
    QCOMPARE(body->toPlainText(), QStringLiteral("Dear Bob,\nthe offer stands.\n\n-- \n") + kHomeSignature);
    QCOMPARE(w.accountId(), s.homeId);
    QCOMPARE(w.message().textBody, body->toPlainText());
}

void TestComposer::editedSignatureStays()
{
    OfflineSession s(true);
    ui::ComposerWindow w(*s.session, s.accountId);
    QPlainTextEdit *body = w.bodyField();
    body->moveCursor(QTextCursor::End);
    body->insertPlainText(QStringLiteral(" (on leave until May)"));
    const QString edited = body->toPlainText();
    QVERIFY(edited.endsWith(QStringLiteral("Finance (on leave until May)")));
    w.fromField()->setCurrentIndex(2);
    QCOMPARE(body->toPlainText(), edited);
    w.fromField()->setCurrentIndex(0);
    QCOMPARE(body->toPlainText(), edited);
    QCOMPARE(w.message().from, (MailAddress {QStringLiteral("Me Myself"), QStringLiteral("me@home.example")}));

    // A signature removed by hand does not come back either.
    ui::ComposerWindow other(*s.session, s.accountId);
    other.bodyField()->setPlainText(QStringLiteral("Just text"));
    other.fromField()->setCurrentIndex(2);
    QCOMPARE(other.bodyField()->toPlainText(), QStringLiteral("Just text"));
}

void TestComposer::responsePicksAddressedIdentity()
{
    OfflineSession s(true);
    // To: the Sales alias (in capitals): the reply is from Sales, with its signature below the
    // quote, and the alias is not among the recipients.
    QPointer<ui::ComposerWindow> reply = ui::ComposerWindow::openResponse(
        *s.session, ReplyBuilder::Mode::ReplyAll, s.accountId, {}, 0, kToSales);
    QCOMPARE(reply->fromField()->currentText(), QStringLiteral("Sales <sales@example.org>"));
    QCOMPARE(reply->accountId(), s.accountId);
    const protocols::OutgoingMessage m = reply->message();
    QCOMPARE(m.from, (MailAddress {QStringLiteral("Sales"), QStringLiteral("sales@example.org")}));
    // None of the user's own addresses stays among the recipients: neither the alias nor the
    // account's primary address in Cc.
    QCOMPARE(addresses(m.to), QStringList {QStringLiteral("bob@example.net")});
    QCOMPARE(addresses(m.cc), QStringList {QStringLiteral("carol@example.net")});
    QVERIFY2(m.textBody.endsWith(QStringLiteral("> What does it cost?\n\n-- \n") + kSalesSignature),
             qPrintable(m.textBody));
    QVERIFY(!reply->isModified());
    QVERIFY(!reply->bodyField()->document()->isUndoAvailable());
    QCOMPARE(reply->bodyField()->textCursor().position(), 0);
    delete reply.data();

    // Forwarded from the Support address (Delivered-To only): Support, which has no signature.
    QPointer<ui::ComposerWindow> forward = ui::ComposerWindow::openResponse(
        *s.session, ReplyBuilder::Mode::ForwardInline, s.accountId, {}, 0, kDeliveredToSupport);
    QCOMPARE(forward->identity().address, QStringLiteral("support@example.org"));
    QVERIFY(!forward->bodyField()->toPlainText().contains(QStringLiteral("\n-- \n")));
    QCOMPARE(forward->message().subject, QStringLiteral("Fwd: It broke"));
    delete forward.data();

    // Addressed to none of the identities, in the Home account: Home's primary identity.
    QPointer<ui::ComposerWindow> home = ui::ComposerWindow::openResponse(
        *s.session, ReplyBuilder::Mode::Reply, s.homeId, {}, 0, kReplyTo);
    QCOMPARE(home->identity().address, QStringLiteral("me@home.example"));
    QCOMPARE(home->accountId(), s.homeId);
    QVERIFY(home->bodyField()->toPlainText().endsWith(QStringLiteral("\n-- \n") + kHomeSignature));
    // Switching the identity of a reply swaps its signature too.
    home->fromField()->setCurrentIndex(2);
    QVERIFY(home->bodyField()->toPlainText().endsWith(QStringLiteral("> Pizza?\n\n-- \n") + kSalesSignature));
    delete home.data();
}

void TestComposer::messageIsFromChosenIdentity()
{
    OfflineSession s(true);
    ui::ComposerWindow w(*s.session, s.accountId);
    w.fromField()->setCurrentIndex(2);
    w.toField()->setText(QStringLiteral("bob@example.net"));
    w.subjectField()->setText(QStringLiteral("Prices"));
    // The bytes the engine builds from message() for drafts and for sending.
    protocols::BuiltMessage built;
    protocols::Error error;
    QVERIFY2(models::ComposeEngine::buildDraft(w.message(), &built, &error), qPrintable(error.sentence()));
    const protocols::ParsedMessage parsed = protocols::parseMessage(built.bytes);
    QCOMPARE(parsed.from, (QList<MailAddress> {{QStringLiteral("Sales"), QStringLiteral("sales@example.org")}}));
    QCOMPARE(parsed.textBody.trimmed(), (QStringLiteral("-- \n") + kSalesSignature));
    QVERIFY(parsed.textBody.contains(QStringLiteral("\n-- \n")));
}

void TestComposer::draftKeepsItsIdentityAndSignature()
{
    OfflineSession s(true);
    ui::ComposerWindow w(*s.session, s.accountId);
    protocols::OutgoingMessage draft;
    draft.from = {QStringLiteral("Sales"), QStringLiteral("Sales@Example.org")};
    draft.subject = QStringLiteral("Draft");
    draft.textBody = QStringLiteral("Half written\n\n-- \n") + kSalesSignature;
    w.setMessage(draft);
    QCOMPARE(w.identity().address, QStringLiteral("sales@example.org"));
    QCOMPARE(w.bodyField()->toPlainText(), draft.textBody);
    QVERIFY(!w.isModified());
    // Its signature is recognised: another identity swaps it.
    w.fromField()->setCurrentIndex(1);
    QCOMPARE(w.bodyField()->toPlainText(), QStringLiteral("Half written\n\n-- \n") + kWorkSignature);

    // A draft whose signature was changed keeps it whatever the identity.
    ui::ComposerWindow edited(*s.session, s.accountId);
    draft.textBody = QStringLiteral("Half written\n\n-- \nSales (back on Monday)");
    edited.setMessage(draft);
    edited.fromField()->setCurrentIndex(1);
    QCOMPARE(edited.bodyField()->toPlainText(), draft.textBody);
}

QTEST_MAIN(TestComposer)
#include "tst_composer.moc"
