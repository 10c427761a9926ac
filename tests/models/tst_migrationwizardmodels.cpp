// The models behind the POP→IMAP wizard that need no server: the folder mapping tree
// (FolderMappingModel, under QAbstractItemModelTester), the report as a mail message
// (MigrationReportMail), the pending-conversion record (PendingMigration) and the preflight's
// arithmetic (quota fit, time estimate).

#include "models/migration/FolderMappingModel.h"
#include "models/migration/MigrationReport.h"
#include "models/migration/MigrationReportMail.h"
#include "models/migration/PendingMigration.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace postier;
using models::FolderMappingModel;

namespace {

models::MigrationPreflightResult preflight()
{
    models::MigrationPreflightResult r;
    const auto folder = [](const QString &path, qint64 messages, const QString &use = {}, bool holds = true) {
        models::PreflightFolder f;
        f.path = path;
        f.messages = messages;
        f.bytes = messages * 1000;
        f.specialUse = use;
        f.holdsMessages = holds;
        return f;
    };
    r.folders = {folder(QStringLiteral("INBOX"), 3), folder(QStringLiteral("Sent"), 2, QStringLiteral("\\Sent")),
                 folder(QStringLiteral("Trash"), 0, QStringLiteral("\\Trash")),
                 folder(QStringLiteral("Projets"), 0, {}, false), folder(QStringLiteral("Projets/a.b"), 4),
                 folder(QStringLiteral("Projets/a.b/Deep"), 1)};
    const auto server = [](const QString &path, protocols::SpecialUse use) {
        protocols::FolderInfo f;
        f.path = path;
        f.rawName = path.toUtf8();
        f.separator = QLatin1Char('.');
        f.specialUse = use;
        return f;
    };
    r.serverFolders = {server(QStringLiteral("INBOX"), protocols::SpecialUse::None),
                       server(QStringLiteral("Sent Items"), protocols::SpecialUse::Sent)};
    r.separator = QLatin1Char('.');
    return r;
}

} // namespace

class TestMigrationWizardModels : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void mappingTree()
    {
        FolderMappingModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setPreflight(preflight());
        QCOMPARE(model.rowCount(), 4); // INBOX, Sent, Trash, Projets
        const QModelIndex projets = model.indexOf(QStringLiteral("Projets"));
        QCOMPARE(model.rowCount(projets), 1);
        // Folders with messages start checked; empty ones and pure parents do not.
        QCOMPARE(model.checkedFolders(), (QStringList{QStringLiteral("INBOX"), QStringLiteral("Sent"),
                                                       QStringLiteral("Projets/a.b"), QStringLiteral("Projets/a.b/Deep")}));
        QCOMPARE(model.checkedMessages(), 10);
        QVERIFY(!(model.flags(projets) & Qt::ItemIsUserCheckable));
        QVERIFY(!model.data(projets, Qt::CheckStateRole).isValid());
        // Where each goes: the INBOX, the server's \Sent folder, and a renamed level.
        QCOMPARE(model.indexOf(QStringLiteral("INBOX"), FolderMappingModel::DestinationColumn).data().toString(),
                 QStringLiteral("INBOX"));
        QCOMPARE(model.indexOf(QStringLiteral("INBOX")).data().toString(), QStringLiteral("Inbox"));
        QCOMPARE(model.indexOf(QStringLiteral("Sent"), FolderMappingModel::DestinationColumn).data().toString(),
                 QStringLiteral("Sent Items"));
        QVERIFY(model.indexOf(QStringLiteral("Sent"), FolderMappingModel::DestinationColumn)
                    .data(Qt::ToolTipRole).toString().contains(QStringLiteral("Sent Items")));
        const QModelIndex renamed = model.indexOf(QStringLiteral("Projets/a.b"), FolderMappingModel::DestinationColumn);
        QCOMPARE(renamed.data().toString(), QStringLiteral("Projets.a_b"));
        QVERIFY(!renamed.data(Qt::ToolTipRole).toString().isEmpty());
        QCOMPARE(model.renameExplanations().size(), 2); // a.b and a.b/Deep both carry the renamed level
    }

    void checkingPropagatesDown()
    {
        FolderMappingModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setPreflight(preflight());
        QSignalSpy changed(&model, &FolderMappingModel::selectionChanged);
        QVERIFY(model.setData(model.indexOf(QStringLiteral("Projets/a.b")), Qt::Unchecked, Qt::CheckStateRole));
        QCOMPARE(changed.size(), 1);
        QCOMPARE(model.checkedFolders(), (QStringList{QStringLiteral("INBOX"), QStringLiteral("Sent")}));
        QVERIFY(model.renameExplanations().isEmpty()); // only checked folders are explained
        QVERIFY(model.setData(model.indexOf(QStringLiteral("Projets/a.b")), Qt::Checked, Qt::CheckStateRole));
        QCOMPARE(model.checkedFolders().size(), 4);
        // A parent without messages cannot be checked.
        QVERIFY(!model.setData(model.indexOf(QStringLiteral("Projets")), Qt::Checked, Qt::CheckStateRole));
        // A saved selection is restored as it was.
        model.setPreflight(preflight(), {QStringLiteral("Trash")});
        QCOMPARE(model.checkedFolders(), QStringList{QStringLiteral("Trash")});
    }

    void dryRunColumn()
    {
        FolderMappingModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setPreflight(preflight());
        models::MigrationReport report;
        report.dryRun = true;
        models::MigrationFolderReport inbox;
        inbox.source = QStringLiteral("INBOX");
        inbox.uploaded = 1;
        inbox.alreadyThere = 2;
        models::MigrationFolderReport sent;
        sent.source = QStringLiteral("Sent");
        sent.uploaded = 2;
        report.folders = {inbox, sent};
        model.setDryRun(report);
        QCOMPARE(model.indexOf(QStringLiteral("INBOX"), FolderMappingModel::UploadColumn).data().toString(),
                 QStringLiteral("1 (2 already there)"));
        QCOMPARE(model.indexOf(QStringLiteral("Sent"), FolderMappingModel::UploadColumn).data().toString(),
                 QStringLiteral("2"));
        QCOMPARE(model.indexOf(QStringLiteral("Projets/a.b"), FolderMappingModel::UploadColumn).data().toString(), QString());
        model.clearDryRun();
        QCOMPARE(model.indexOf(QStringLiteral("INBOX"), FolderMappingModel::UploadColumn).data().toString(), QString());
    }

    void reportMail()
    {
        const QDateTime when(QDate(2024, 11, 25), QTime(12, 0), QTimeZone::utc());
        const QString text = QStringLiteral("Migration from here to there\nAll 3 messages verified: each one is on the server.\n"
                                            "  Projets → Projets\n") + QString(120, QLatin1Char('x')) + QStringLiteral(" = end \n");
        const QByteArray mail = models::MigrationReportMail::build(text, QStringLiteral("Zoë Martin"),
                                                                  QStringLiteral("zoe@example.test"), when);
        QVERIFY(!mail.contains("\n\n")); // CRLF only
        for (const QByteArray &line : mail.split('\n')) {
            QVERIFY2(line.size() <= 78, line.constData());
            QVERIFY(line.isEmpty() || line.endsWith('\r') || line == mail.split('\n').last());
            for (const char c : line)
                QVERIFY2(static_cast<unsigned char>(c) < 0x80, "8-bit byte in the report message");
        }
        QVERIFY(mail.contains("To: =?UTF-8?B?"));
        QVERIFY(mail.contains("<zoe@example.test>\r\n"));
        QVERIFY(mail.contains("Subject: "));
        QVERIFY(mail.contains("Date: Mon, 25 Nov 2024 "));
        QVERIFY(mail.contains("Content-Type: text/plain; charset=utf-8\r\n"));
        QVERIFY(mail.contains("Content-Transfer-Encoding: quoted-printable\r\n"));
        // The body decodes back to the text (quoted-printable, soft breaks).
        const qsizetype bodyStart = mail.indexOf("\r\n\r\n") + 4;
        QByteArray body = mail.mid(bodyStart);
        body.replace("=\r\n", "");
        QByteArray decoded;
        for (qsizetype i = 0; i < body.size(); ++i) {
            if (body[i] == '=' && i + 2 < body.size()) {
                decoded += char(QByteArray::fromHex(body.mid(i + 1, 2)).at(0));
                i += 2;
            } else {
                decoded += body[i];
            }
        }
        decoded.replace("\r\n", "\n");
        QCOMPARE(QString::fromUtf8(decoded), text);
        // The subject, decoded from its encoded words, says what it is.
        QCOMPARE(models::MigrationReportMail::headerValue(QStringLiteral("plain ascii")), QByteArray("plain ascii"));
        const QByteArray encoded = models::MigrationReportMail::headerValue(QString(60, QChar(0x00e9)));
        QVERIFY(encoded.count("=?UTF-8?B?") >= 3);
        QByteArray joined;
        for (QByteArray word : encoded.split('\n')) {
            word = word.trimmed();
            QVERIFY(word.startsWith("=?UTF-8?B?") && word.endsWith("?="));
            joined += QByteArray::fromBase64(word.mid(10, word.size() - 12));
        }
        QCOMPARE(QString::fromUtf8(joined), QString(60, QChar(0x00e9)));
    }

    void pendingRecord()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("settings.ini"));
        QVERIFY(!models::PendingMigration::exists(file));
        models::PendingMigration p;
        p.popAccountId = QStringLiteral("pop-id");
        p.imapAccountId = QStringLiteral("imap-id");
        p.folders = {QStringLiteral("INBOX"), QStringLiteral("Projets/Été")};
        p.startedAt = QDateTime(QDate(2024, 11, 25), QTime(9, 30), QTimeZone::utc());
        p.popWasEnabled = false;
        p.save(file);
        QVERIFY(models::PendingMigration::exists(file));
        const models::PendingMigration back = models::PendingMigration::load(file);
        QCOMPARE(back.popAccountId, p.popAccountId);
        QCOMPARE(back.imapAccountId, p.imapAccountId);
        QCOMPARE(back.folders, p.folders);
        QCOMPARE(back.startedAt, p.startedAt);
        QCOMPARE(back.popWasEnabled, false);
        models::PendingMigration::clear(file);
        QVERIFY(!models::PendingMigration::exists(file));
    }

    void preflightArithmetic()
    {
        models::MigrationPreflightResult r;
        r.bytes = 2 << 20;
        QVERIFY(r.fits()); // no known limit
        QCOMPARE(r.freeBytes(), -1);
        r.quotaLimit = 1 << 20;
        r.quotaUsed = 100 << 10;
        QCOMPARE(r.freeBytes(), (1 << 20) - (100 << 10));
        QVERIFY(!r.fits());
        r.bytes = 500 << 10;
        QVERIFY(r.fits());
        r.quotaUsed = 2 << 20; // over quota already
        QCOMPARE(r.freeBytes(), 0);
        // 10,000 messages of 50 KB: 500 MB at 10 Mbit/s is 400 s, plus 110 s per-message costs.
        QCOMPARE(models::MigrationPreflightResult::estimateSeconds(10000, 500'000'000), 510);
        QCOMPARE(models::MigrationPreflightResult::estimateSeconds(0, 0), 1);
        QCOMPARE(models::MigrationPreflightResult::durationText(30), QStringLiteral("less than a minute"));
        QCOMPARE(models::MigrationPreflightResult::durationText(510), QStringLiteral("about 9 minutes"));
        QCOMPARE(models::MigrationPreflightResult::durationText(4 * 3600), QStringLiteral("about 4 hours"));
    }
};

QTEST_GUILESS_MAIN(TestMigrationWizardModels)
#include "tst_migrationwizardmodels.moc"
