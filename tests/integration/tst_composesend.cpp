// Composing against the real dovecot of the CTest fixture: ComposeEngine (and ComposerWindow)
// sending through submission (STARTTLS) and storing through IMAPS. What the tests check is what
// the servers hold afterwards, read back over IMAP: the recipient's INBOX, the sender's Sent copy
// (byte for byte what SMTP received, \Seen), Drafts (\Draft, one per composer), threading headers
// of a reply, the original marked \Answered, a recipient the server really refuses (dovecot
// answers "501 5.5.4 Invalid TO" for "nobody@[bad") ending up in Drafts, and a Sent copy refused
// for quota being stored on retry with the very same bytes.

#include "models/accounts/AccountStore.h"
#include "models/compose/ComposeEngine.h"
#include "models/compose/Identity.h"
#include "models/compose/ReplyBuilder.h"
#include "models/session/JobModel.h"
#include "models/session/MailSession.h"
#include "protocols/Connection.h"
#include "protocols/imap/FetchMessageJob.h"
#include "protocols/imap/SearchJob.h"
#include "protocols/mime/MessageParser.h"
#include "tests/support/TestServer.h"
#include "ui/composer/AddressLineEdit.h"
#include "ui/composer/ComposerWindow.h"
#include "ui/composer/NoticeBar.h"

#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPointer>
#include <QProcess>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace postier;
using protocols::MailAddress;
using test::TestServer;

namespace {

constexpr int kWaitMs = 30000;

QString addressOf(const QString &user)
{
    return user + QStringLiteral("@postier.test");
}

/// One sender with a MailSession on a temporary cache and settings file (IMAPS in, submission
/// with STARTTLS out), and direct IMAP connections to read what the server holds.
class Sender
{
public:
    Sender(const TestServer &server, const QString &prefix, const QString &quota = {})
        : m_server(server)
    {
        user = server.addUser(prefix, quota);
        if (user.isEmpty())
            return;
        session
            = std::make_unique<models::MailSession>(m_dir.filePath(QStringLiteral("cache.sqlite")),
                                                    m_dir.filePath(QStringLiteral("settings.ini")));
        QString error;
        if (!session->open(&error))
            qWarning("cache: %s", qPrintable(error));
        models::Account account;
        account.name = QStringLiteral("Test");
        account.address = addressOf(user);
        account.displayName = QStringLiteral("Tess Sender");
        account.incoming
            = server.endpoint(protocols::Protocol::Imap, protocols::Security::Tls, user);
        account.outgoing
            = server.endpoint(protocols::Protocol::Smtp, protocols::Security::StartTls, user);
        if (!session->accountStore().save(account, &error))
            qWarning("account: %s", qPrintable(error));
        session->reloadAccounts();
        if (session->accounts().size() != 1)
            return;
        accountId = session->accounts().first().id;
        session->providePassword(accountId, TestServer::passwordFor(user), false);
    }

    [[nodiscard]] bool isValid() const { return !accountId.isEmpty(); }

    [[nodiscard]] models::Identity identity() const
    {
        return {accountId, QStringLiteral("Tess Sender"), addressOf(user)};
    }

    [[nodiscard]] protocols::OutgoingMessage message(const QString &to, const QString &subject,
                                                     const QString &body) const
    {
        protocols::OutgoingMessage m;
        m.from = identity().mailAddress();
        m.to = {{QStringLiteral("Rita Recipient"), to}};
        m.subject = subject;
        m.textBody = body;
        return m;
    }

    QString user;
    QString accountId;
    std::unique_ptr<models::MailSession> session;

private:
    const TestServer &m_server;
    QTemporaryDir m_dir;
};

/// Reads a user's folders over IMAPS, outside the session under test.
class Mailbox
{
public:
    Mailbox(const TestServer &server, const QString &user)
        : m_connection(server.endpoint(protocols::Protocol::Imap, protocols::Security::Tls, user),
                       TestServer::passwordFor(user))
    {
    }

    /// UIDs of the messages whose subject contains `subject` (all when empty).
    QVector<quint32> search(const QByteArray &folder, const QString &subject = {},
                            protocols::Error *error = nullptr)
    {
        protocols::SearchJob job(folder);
        job.setAutoDelete(false);
        if (!subject.isEmpty())
            job.addText(protocols::SearchJob::Field::Subject, subject);
        const protocols::Error e = protocols::runJobAndWait(m_connection, job);
        if (error)
            *error = e;
        return job.uids();
    }

    /// Polls until `count` messages match (or the time is up); returns the last answer.
    QVector<quint32> waitFor(const QByteArray &folder, const QString &subject, int count,
                             int ms = 15000)
    {
        QDeadlineTimer deadline(ms);
        QVector<quint32> uids;
        do {
            uids = search(folder, subject);
            if (uids.size() == count)
                return uids;
            QTest::qWait(150);
        } while (!deadline.hasExpired());
        return uids;
    }

    struct Fetched {
        QByteArray content;
        protocols::MessageFlags flags;
        protocols::Error error;
    };
    Fetched fetch(const QByteArray &folder, quint32 uid)
    {
        protocols::FetchMessageJob job(folder, uid);
        job.setAutoDelete(false);
        Fetched f;
        f.error = protocols::runJobAndWait(m_connection, job);
        f.content = job.content();
        f.flags = job.flags();
        return f;
    }

private:
    protocols::Connection m_connection;
};

QString unique(const char *what)
{
    return QString::fromLatin1(what) + QLatin1Char(' ')
        + QString::number(QDateTime::currentMSecsSinceEpoch() % 100000000);
}

} // namespace

class TestComposeSend : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void sendDeliversAndKeepsExactCopyInSent();
    void composerWindowSendsAndCloses();
    void composerWindowAutosavesAndSavesOnClose();
    void draftReplacesPreviousDraft();
    void discardRemovesAutosavedDraft();
    void replyCarriesThreadingHeaders();
    void refusedRecipientIsKeptInDrafts();
    void sentCopyRefusedThenSavedOnRetry();
    void composerWindowOffersSaveCopyToSent();

private:
    bool raiseQuota(Sender &s);

    TestServer m_server;
    QString m_recipient;
};

void TestComposeSend::initTestCase()
{
    m_server = TestServer::fromEnvironment();
    QVERIFY2(m_server.isValid(), qPrintable(m_server.reason()));
    m_recipient = m_server.addUser(QStringLiteral("rcpt"));
    QVERIFY(!m_recipient.isEmpty());
}

void TestComposeSend::sendDeliversAndKeepsExactCopyInSent()
{
    Sender s(m_server, QStringLiteral("send"));
    QVERIFY(s.isValid());
    // The jobs show in the session's JobModel, which feeds the main window's status bar.
    QStringList tracked;
    connect(&s.session->jobs(), &QAbstractItemModel::rowsInserted, this,
            [&](const QModelIndex &, int first, int last) {
                for (int r = first; r <= last; ++r)
                    tracked << s.session->jobs()
                                   .index(r)
                                   .data(models::JobModel::DescriptionRole)
                                   .toString();
            });

    const QString subject = unique("Quarterly figures");
    protocols::OutgoingMessage m
        = s.message(addressOf(m_recipient), subject,
                    QStringLiteral("Hello Rita,\n\nthe figures are attached.\n"));
    m.cc = {{QStringLiteral("Ünal Kaya"), addressOf(m_recipient)}}; // same mailbox, only once
    protocols::OutgoingAttachment attachment;
    attachment.data = QByteArray(3000, 'z') + "end";
    attachment.mimeType = QStringLiteral("application/octet-stream");
    attachment.fileName = QStringLiteral("figures.bin");
    m.attachments = {attachment};

    models::ComposeEngine engine(*s.session);
    QSignalSpy sent(&engine, &models::ComposeEngine::sent);
    QSignalSpy failed(&engine, &models::ComposeEngine::sendFailed);
    QSignalSpy copyFailed(&engine, &models::ComposeEngine::sentCopyFailed);
    engine.send(s.accountId, m);
    QCOMPARE(engine.state(), models::ComposeEngine::State::Sending);
    QVERIFY2(
        sent.wait(kWaitMs),
        qPrintable(failed.isEmpty()
                       ? (copyFailed.isEmpty() ? QString() : copyFailed.first().first().toString())
                       : failed.first().first().toString()));
    QCOMPARE(engine.state(), models::ComposeEngine::State::Done);
    QVERIFY(engine.hasGoneOut());
    QVERIFY(!engine.sentBytes().isEmpty());
    QVERIFY(!engine.sentBytes().contains("\r\nBcc:"));
    QCOMPARE(engine.sentFolder(), QByteArrayLiteral("Sent"));
    QVERIFY(engine.sentUid() > 0);
    QVERIFY2(tracked.size() >= 2, qPrintable(tracked.join(QStringLiteral(" | "))));

    // The recipient has it.
    Mailbox inbox(m_server, m_recipient);
    const QVector<quint32> received = inbox.waitFor("INBOX", subject, 1);
    QCOMPARE(received.size(), 1);
    const Mailbox::Fetched delivered = inbox.fetch("INBOX", received.first());
    QVERIFY2(delivered.error.isOk(), qPrintable(delivered.error.sentence()));
    // What arrived is what was sent, below the trace fields the servers put on top.
    QVERIFY2(delivered.content.endsWith(engine.sentBytes()),
             delivered.content.left(600).constData());
    const protocols::ParsedMessage parsed = protocols::parseMessage(delivered.content);
    QCOMPARE(parsed.subject, subject);
    QCOMPARE(parsed.messageId.toLatin1(), engine.sentMessageId());
    QCOMPARE(parsed.attachments.size(), 1);
    QCOMPARE(protocols::attachmentData(delivered.content, parsed.attachments.first().index),
             attachment.data);

    // The sender's Sent folder holds exactly those bytes, read.
    Mailbox own(m_server, s.user);
    const QVector<quint32> inSent = own.search("Sent", subject);
    QCOMPARE(inSent, QVector<quint32> {engine.sentUid()});
    const Mailbox::Fetched copy = own.fetch("Sent", engine.sentUid());
    QVERIFY2(copy.error.isOk(), qPrintable(copy.error.sentence()));
    QCOMPARE(copy.content, engine.sentBytes());
    QVERIFY(copy.flags.bits & protocols::FlagSeen);
    QVERIFY(!(copy.flags.bits & protocols::FlagDraft));
    QVERIFY(own.search("Drafts").isEmpty());
}

void TestComposeSend::composerWindowSendsAndCloses()
{
    Sender s(m_server, QStringLiteral("window"));
    QVERIFY(s.isValid());
    const QString subject = unique("From the window");
    QPointer<ui::ComposerWindow> window = new ui::ComposerWindow(*s.session, s.accountId);
    window->show();
    window->toField()->setText(QStringLiteral("Rita <%1>").arg(addressOf(m_recipient)));
    window->subjectField()->setText(subject);
    window->bodyField()->setPlainText(QStringLiteral("Typed in the composer."));
    QSignalSpy sent(window->engine(), &models::ComposeEngine::sent);
    window->send();
    QVERIFY(!window->bodyField()->isEnabled()); // no editing while sending
    QVERIFY(sent.wait(kWaitMs));
    QTRY_VERIFY_WITH_TIMEOUT(window.isNull(), 5000); // success closes (and deletes) the window

    Mailbox inbox(m_server, m_recipient);
    QCOMPARE(inbox.waitFor("INBOX", subject, 1).size(), 1);
    Mailbox own(m_server, s.user);
    QCOMPARE(own.search("Sent", subject).size(), 1);
}

void TestComposeSend::composerWindowAutosavesAndSavesOnClose()
{
    Sender s(m_server, QStringLiteral("autosave"));
    QVERIFY(s.isValid());
    Mailbox own(m_server, s.user);
    QPointer<ui::ComposerWindow> window = new ui::ComposerWindow(*s.session, s.accountId);
    window->setAutosaveInterval(300);
    QStringList questions;
    window->setPrompter([&](const QString &title, const QString &, QMessageBox::StandardButtons,
                            QMessageBox::StandardButton) {
        questions << title;
        return QMessageBox::Save;
    });
    window->show();
    QTest::qWait(700);
    QVERIFY(own.search("Drafts").isEmpty()); // nothing typed, nothing saved

    const QString subject = unique("Autosaved in the window");
    window->subjectField()->setText(subject);
    window->bodyField()->setPlainText(QStringLiteral("Typed, then left alone."));
    QSignalSpy saved(window->engine(), &models::ComposeEngine::draftSaved);
    QVERIFY(saved.wait(kWaitMs));
    QCOMPARE(saved.first().at(1).value<models::ComposeEngine::DraftKind>(),
             models::ComposeEngine::DraftKind::Auto);
    QVERIFY(!window->isModified());
    QCOMPARE(own.waitFor("Drafts", subject, 1).size(), 1);
    QTest::qWait(700);
    QCOMPARE(saved.size(), 1); // unchanged: not saved again

    // More typing, then close: Save stores the latest text, replaces the autosave, and closes.
    window->bodyField()->appendPlainText(QStringLiteral("One more line."));
    window->setAutosaveInterval(60000);
    QVERIFY(!window->close());
    QCOMPARE(questions, QStringList {QStringLiteral("Save this message?")});
    QTRY_VERIFY_WITH_TIMEOUT(window.isNull(), kWaitMs);
    const QVector<quint32> drafts = own.waitFor("Drafts", subject, 1);
    QCOMPARE(drafts.size(), 1);
    QTRY_COMPARE_WITH_TIMEOUT(own.search("Drafts").size(), 1, 10000);
    QVERIFY(own.fetch("Drafts", drafts.first()).content.contains("One more line."));
}

void TestComposeSend::draftReplacesPreviousDraft()
{
    Sender s(m_server, QStringLiteral("draft"));
    QVERIFY(s.isValid());
    Mailbox own(m_server, s.user);
    models::ComposeEngine engine(*s.session);
    QSignalSpy saved(&engine, &models::ComposeEngine::draftSaved);
    QSignalSpy failed(&engine, &models::ComposeEngine::draftFailed);

    // A first draft, with no recipient yet but a Bcc.
    protocols::OutgoingMessage m
        = s.message(QString(), unique("Draft one"), QStringLiteral("First words"));
    m.to.clear();
    m.bcc = {{QStringLiteral("Hidden Person"), QStringLiteral("hidden@example.test")}};
    const int first = engine.saveDraft(s.accountId, m);
    QVERIFY(first > 0);
    QVERIFY(engine.isSavingDraft());
    QVERIFY2(saved.wait(kWaitMs),
             qPrintable(failed.isEmpty() ? QString() : failed.first().at(2).toString()));
    QCOMPARE(saved.first().at(0).toInt(), first);
    QCOMPARE(engine.draftFolder(), QByteArrayLiteral("Drafts"));
    const quint32 uid1 = engine.draftUid();
    QVERIFY(uid1 > 0);
    QCOMPARE(own.search("Drafts"), QVector<quint32> {uid1});
    const Mailbox::Fetched one = own.fetch("Drafts", uid1);
    QVERIFY(one.flags.bits & protocols::FlagDraft);
    QVERIFY(one.flags.bits & protocols::FlagSeen);
    QVERIFY(one.content.contains("First words"));
    QVERIFY2(one.content.contains("\r\nBcc: \"Hidden Person\" <hidden@example.test>\r\n"),
             one.content.constData());

    // Saved again: the new draft is there and the old one is gone.
    m.to = {{QStringLiteral("Rita"), addressOf(m_recipient)}};
    m.subject = unique("Draft two");
    m.textBody = QStringLiteral("Second words");
    const int second = engine.saveDraft(s.accountId, m, models::ComposeEngine::DraftKind::Auto);
    QVERIFY(saved.wait(kWaitMs));
    QCOMPARE(saved.last().at(0).toInt(), second);
    const quint32 uid2 = engine.draftUid();
    QVERIFY(uid2 > uid1);
    QVERIFY(own.waitFor("Drafts", QString(), 1).size() == 1);
    QCOMPARE(own.search("Drafts"), QVector<quint32> {uid2});
    QVERIFY(own.fetch("Drafts", uid2).content.contains("Second words"));
    QCOMPARE(own.fetch("Drafts", uid1).error.kind(), protocols::ErrorKind::NotFound);

    // Sending the message removes its draft.
    QSignalSpy sent(&engine, &models::ComposeEngine::sent);
    engine.send(s.accountId, m);
    QVERIFY(sent.wait(kWaitMs));
    QCOMPARE(own.waitFor("Drafts", QString(), 0).size(), 0);
    QCOMPARE(own.search("Sent", m.subject).size(), 1);
    QCOMPARE(engine.saveDraft(s.accountId, m), 0); // nothing to save once it went out
    QVERIFY(failed.isEmpty());
}

void TestComposeSend::discardRemovesAutosavedDraft()
{
    Sender s(m_server, QStringLiteral("discard"));
    QVERIFY(s.isValid());
    Mailbox own(m_server, s.user);

    // Only autosaves: discarding removes the draft.
    {
        models::ComposeEngine engine(*s.session);
        QSignalSpy saved(&engine, &models::ComposeEngine::draftSaved);
        (void)engine.saveDraft(
            s.accountId,
            s.message(addressOf(m_recipient), unique("Autosaved"), QStringLiteral("x")),
            models::ComposeEngine::DraftKind::Auto);
        QVERIFY(saved.wait(kWaitMs));
        QCOMPARE(own.search("Drafts").size(), 1);
        engine.discardDraft();
        QCOMPARE(own.waitFor("Drafts", QString(), 0).size(), 0);
    }
    // Saved by hand once: discarding later changes keeps the latest draft.
    models::ComposeEngine engine(*s.session);
    QSignalSpy saved(&engine, &models::ComposeEngine::draftSaved);
    (void)engine.saveDraft(
        s.accountId, s.message(addressOf(m_recipient), unique("By hand"), QStringLiteral("x")));
    QVERIFY(saved.wait(kWaitMs));
    (void)engine.saveDraft(
        s.accountId,
        s.message(addressOf(m_recipient), unique("By hand, later"), QStringLiteral("y")),
        models::ComposeEngine::DraftKind::Auto);
    QVERIFY(saved.wait(kWaitMs));
    const quint32 latest = engine.draftUid();
    engine.discardDraft();
    QCOMPARE(own.waitFor("Drafts", QString(), 1).size(), 1);
    QTest::qWait(500); // a removal would have happened by now
    QCOMPARE(own.search("Drafts"), QVector<quint32> {latest});
}

void TestComposeSend::replyCarriesThreadingHeaders()
{
    Sender s(m_server, QStringLiteral("reply"));
    QVERIFY(s.isValid());
    const QString subject = unique("Lunch plans");
    const QByteArray original = "From: Rita Recipient <" + addressOf(m_recipient).toUtf8()
        + ">\r\n"
          "To: Tess Sender <"
        + addressOf(s.user).toUtf8()
        + ">\r\n"
          "Subject: Re: "
        + subject.toUtf8()
        + "\r\n"
          "Date: Wed, 25 Nov 2026 12:00:00 +0100\r\n"
          "Message-ID: <third@example.test>\r\n"
          "In-Reply-To: <second@example.test>\r\n"
          "References: <first@example.test> <second@example.test>\r\n"
          "\r\n"
          "Shall we meet at noon?\r\n";
    QVERIFY(m_server.deliver(s.user, original));
    Mailbox own(m_server, s.user);
    const QVector<quint32> uids = own.waitFor("INBOX", subject, 1);
    QCOMPARE(uids.size(), 1);
    const Mailbox::Fetched fetched = own.fetch("INBOX", uids.first());
    QVERIFY(fetched.error.isOk());
    QVERIFY(!(fetched.flags.bits & protocols::FlagAnswered));

    protocols::OutgoingMessage reply = models::ReplyBuilder::build(
        models::ReplyBuilder::Mode::Reply, fetched.content, s.identity());
    QCOMPARE(reply.subject, QStringLiteral("Re: ") + subject);
    QCOMPARE(reply.to.size(), 1);
    QCOMPARE(reply.to.first().address, addressOf(m_recipient));
    reply.textBody.prepend(QStringLiteral("Noon is fine."));

    models::ComposeEngine engine(*s.session);
    engine.setOriginal(s.accountId, "INBOX", uids.first(), protocols::FlagAnswered);
    QSignalSpy sent(&engine, &models::ComposeEngine::sent);
    engine.send(s.accountId, reply);
    QVERIFY(sent.wait(kWaitMs));

    Mailbox inbox(m_server, m_recipient);
    const QVector<quint32> got = inbox.waitFor("INBOX", QStringLiteral("Re: ") + subject, 1);
    QCOMPARE(got.size(), 1);
    const protocols::ParsedMessage received
        = protocols::parseMessage(inbox.fetch("INBOX", got.first()).content);
    QCOMPARE(received.subject, QStringLiteral("Re: ") + subject);
    QCOMPARE(received.inReplyTo, QStringList {QStringLiteral("third@example.test")});
    QCOMPARE(
        received.references,
        (QStringList {QStringLiteral("first@example.test"), QStringLiteral("second@example.test"),
                      QStringLiteral("third@example.test")}));
    QVERIFY(received.textBody.startsWith(QStringLiteral("Noon is fine.\n\nOn ")));
    QVERIFY(received.textBody.contains(
        QStringLiteral("Rita Recipient wrote:\n> Shall we meet at noon?")));

    // The original is marked as answered on the server.
    QDeadlineTimer deadline(10000);
    bool answered = false;
    while (!answered && !deadline.hasExpired()) {
        answered = own.fetch("INBOX", uids.first()).flags.bits & protocols::FlagAnswered;
        if (!answered)
            QTest::qWait(150);
    }
    QVERIFY(answered);
}

void TestComposeSend::refusedRecipientIsKeptInDrafts()
{
    Sender s(m_server, QStringLiteral("refused"));
    QVERIFY(s.isValid());
    const QString subject = unique("Never lost");
    protocols::OutgoingMessage m
        = s.message(addressOf(m_recipient), subject, QStringLiteral("Keep me."));
    // dovecot's submission service refuses this at RCPT (501 5.5.4 Invalid address literal).
    m.cc = {{QString(), QStringLiteral("nobody@[bad")}};

    models::ComposeEngine engine(*s.session);
    QSignalSpy failed(&engine, &models::ComposeEngine::sendFailed);
    QSignalSpy sent(&engine, &models::ComposeEngine::sent);
    QSignalSpy saved(&engine, &models::ComposeEngine::draftSaved);
    engine.send(s.accountId, m);
    QVERIFY(failed.wait(kWaitMs));
    QVERIFY(sent.isEmpty());
    const QString sentence = failed.first().first().toString();
    QVERIFY2(sentence.contains(QStringLiteral("refused to send to “nobody@[bad”")),
             qPrintable(sentence));
    QVERIFY2(sentence.contains(QStringLiteral("501 5.5.4")), qPrintable(sentence));
    QVERIFY2(sentence.endsWith(QStringLiteral("A copy is saved in your Drafts folder.")),
             qPrintable(sentence));
    QCOMPARE(engine.state(), models::ComposeEngine::State::Idle);
    QVERIFY(!engine.hasGoneOut());
    QCOMPARE(saved.size(), 1);
    QCOMPARE(saved.first().at(1).value<models::ComposeEngine::DraftKind>(),
             models::ComposeEngine::DraftKind::Rescue);

    Mailbox own(m_server, s.user);
    QCOMPARE(own.search("Drafts", subject), QVector<quint32> {engine.draftUid()});
    const Mailbox::Fetched draft = own.fetch("Drafts", engine.draftUid());
    QVERIFY(draft.flags.bits & protocols::FlagDraft);
    QVERIFY(draft.content.contains("Keep me."));
    QVERIFY(own.search("Sent", subject).isEmpty());
    // Nobody got it, not even the valid recipient: the message was stopped before DATA.
    Mailbox inbox(m_server, m_recipient);
    QTest::qWait(500);
    QVERIFY(inbox.search("INBOX", subject).isEmpty());

    // Fixed and sent again, by the same engine: the rescue draft goes away.
    m.cc.clear();
    engine.send(s.accountId, m);
    QVERIFY(sent.wait(kWaitMs));
    QCOMPARE(inbox.waitFor("INBOX", subject, 1).size(), 1);
    QCOMPARE(own.waitFor("Drafts", subject, 0).size(), 0);
}

void TestComposeSend::sentCopyRefusedThenSavedOnRetry()
{
    // 2 KB of storage: submission does not care, but the APPEND of a larger Sent copy is refused.
    Sender s(m_server, QStringLiteral("quota"), QStringLiteral("2k"));
    QVERIFY(s.isValid());
    const QString subject = unique("Too big for Sent");
    protocols::OutgoingMessage m
        = s.message(addressOf(m_recipient), subject,
                    QString(QStringLiteral("lorem ipsum dolor sit amet\n")).repeated(300));
    models::ComposeEngine engine(*s.session);
    QSignalSpy copyFailed(&engine, &models::ComposeEngine::sentCopyFailed);
    QSignalSpy sent(&engine, &models::ComposeEngine::sent);
    engine.send(s.accountId, m);
    QVERIFY(copyFailed.wait(kWaitMs));
    QVERIFY(sent.isEmpty());
    const QString sentence = copyFailed.first().first().toString();
    QVERIFY2(sentence.startsWith(QStringLiteral(
                 "The message was sent, but its copy could not be saved in your Sent folder: ")),
             qPrintable(sentence));
    QVERIFY2(sentence.endsWith(QStringLiteral("Use “Save Copy to Sent” to try again.")),
             qPrintable(sentence));
    QCOMPARE(engine.state(), models::ComposeEngine::State::SentCopyMissing);
    const QByteArray bytes = engine.sentBytes();
    QVERIFY(bytes.size() > 4096);

    // The mail went out all the same.
    Mailbox inbox(m_server, m_recipient);
    QCOMPARE(inbox.waitFor("INBOX", subject, 1).size(), 1);
    Mailbox own(m_server, s.user);
    QVERIFY(own.search("Sent", subject).isEmpty());

    // Room is made; the retry stores exactly the bytes that were sent.
    QVERIFY(raiseQuota(s));
    engine.saveSentCopy();
    QCOMPARE(engine.state(), models::ComposeEngine::State::SavingSentCopy);
    QVERIFY2(sent.wait(kWaitMs), qPrintable(copyFailed.last().first().toString()));
    QCOMPARE(engine.state(), models::ComposeEngine::State::Done);
    QCOMPARE(own.search("Sent", subject), QVector<quint32> {engine.sentUid()});
    const Mailbox::Fetched copy = own.fetch("Sent", engine.sentUid());
    QCOMPARE(copy.content, bytes);
    QVERIFY(copy.flags.bits & protocols::FlagSeen);
}

bool TestComposeSend::raiseQuota(Sender &s)
{
    QProcess script;
    script.start(QStringLiteral("/usr/bin/python3"),
                 {qEnvironmentVariable("POSTIER_TESTSERVER_SCRIPT"), QStringLiteral("adduser"),
                  QStringLiteral("--dir"), m_server.dir(), s.user, QStringLiteral("--quota"),
                  QStringLiteral("10M")});
    if (!script.waitForFinished(30000) || script.exitCode() != 0)
        return false;
    QTest::qWait(1100); // the passwd-file is read again within a second
    // The quota is read at login: log in again, as after the user typed the password anew.
    s.session->providePassword(s.accountId, TestServer::passwordFor(s.user), false);
    return true;
}

void TestComposeSend::composerWindowOffersSaveCopyToSent()
{
    Sender s(m_server, QStringLiteral("quotawin"), QStringLiteral("2k"));
    QVERIFY(s.isValid());
    const QString subject = unique("Window, no room in Sent");
    QPointer<ui::ComposerWindow> window = new ui::ComposerWindow(*s.session, s.accountId);
    QStringList questions;
    QMessageBox::StandardButton answer = QMessageBox::Cancel;
    window->setPrompter([&](const QString &title, const QString &, QMessageBox::StandardButtons,
                            QMessageBox::StandardButton) {
        questions << title;
        return answer;
    });
    window->show();
    window->toField()->setText(addressOf(m_recipient));
    window->subjectField()->setText(subject);
    window->bodyField()->setPlainText(
        QString(QStringLiteral("lorem ipsum dolor sit amet\n")).repeated(300));
    QSignalSpy copyFailed(window->engine(), &models::ComposeEngine::sentCopyFailed);
    window->send();
    QVERIFY(copyFailed.wait(kWaitMs));

    // The bar says so and offers the retry; the sent message cannot be edited any more.
    QVERIFY(window->noticeBar()->isVisible());
    QCOMPARE(window->noticeBar()->kind(), ui::NoticeBar::Kind::Error);
    QCOMPARE(window->noticeBar()->text(), copyFailed.first().first().toString());
    QVERIFY(window->noticeBar()->actionButton()->isVisible());
    QCOMPARE(window->noticeBar()->actionButton()->text(), QStringLiteral("Save Copy to Sent"));
    QVERIFY(!window->bodyField()->isEnabled());
    QVERIFY(!window->sendAction()->isEnabled());
    QVERIFY(window->grab().save(QStringLiteral("/tmp/composer-sentcopy-real.png")));

    // Closing now asks first; Cancel keeps the window (and the bytes).
    QVERIFY(!window->close());
    QCOMPARE(questions, QStringList {QStringLiteral("Close without a copy in Sent?")});
    QVERIFY(!window.isNull());

    QVERIFY(raiseQuota(s));
    const QByteArray bytes = window->engine()->sentBytes();
    QTest::mouseClick(window->noticeBar()->actionButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(window.isNull(), kWaitMs); // stored, so the window closes
    Mailbox own(m_server, s.user);
    const QVector<quint32> inSent = own.search("Sent", subject);
    QCOMPARE(inSent.size(), 1);
    QCOMPARE(own.fetch("Sent", inSent.first()).content, bytes);
    QCOMPARE(questions.size(), 1);
}

QTEST_MAIN(TestComposeSend)
#include "tst_composesend.moc"
