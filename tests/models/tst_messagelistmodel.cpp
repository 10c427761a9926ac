// MessageListModel over a real HeaderCache file: laziness, paging, order, flags, memory bounds.

#include "models/Roles.h"
#include "models/cache/HeaderCache.h"
#include "models/messages/MessageListModel.h"

#include <QAbstractItemModelTester>
#include <QMimeData>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace postier;
using namespace postier::models;

namespace {
protocols::HeaderRecord record(quint32 uid)
{
    protocols::HeaderRecord r;
    r.uid = uid;
    r.size = 1000 + uid;
    r.internalDate = 1700000000 + qint64(uid) * 60;
    r.flags.bits = (uid % 3 == 0) ? protocols::FlagSeen : 0;
    if (uid % 7 == 0)
        r.flags.bits |= protocols::FlagFlagged;
    r.subject = "=?UTF-8?Q?R=C3=A9union_" + QByteArray::number(uid) + "?=";
    r.from = "\"Anna Martin\" <anna" + QByteArray::number(uid) + "@example.com>";
    r.to = "ben@example.com";
    r.messageId = "<m" + QByteArray::number(uid) + "@example.com>";
    return r;
}
} // namespace

class TestMessageListModel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>(); // a fresh cache for every test
        QVERIFY(m_dir->isValid());
        m_cache = std::make_unique<HeaderCache>(m_dir->filePath(QStringLiteral("cache.sqlite")));
        QVERIFY(m_cache->open());
        protocols::FolderInfo inbox;
        inbox.rawName = "INBOX";
        inbox.path = QStringLiteral("INBOX");
        m_folder = m_cache->folderId(QStringLiteral("imaps://t@h:993"), inbox);
        QVERIFY(m_folder > 0);
        protocols::HeaderBatch batch;
        for (quint32 uid = 1; uid <= 1000; ++uid)
            batch.append(record(uid));
        QVERIFY(m_cache->storeHeaders(m_folder, batch));
    }

    void cleanup()
    {
        m_cache.reset();
        m_dir.reset();
    }

    void lazyRowsLoadByPage()
    {
        MessageListModel model(*m_cache);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setFolder(m_folder);
        QCOMPARE(model.rowCount(), 1000);
        QCOMPARE(model.cachedPages(), 0); // nothing but the index is read by setFolder()

        // Newest first: row 0 is UID 1000. Flags and dates come from the index, at once.
        const QModelIndex first = model.index(0, MessageListModel::SubjectColumn);
        QCOMPARE(model.data(first, Roles::Uid).toUInt(), 1000u);
        QCOMPARE(model.data(first, Roles::IsFlagged).toBool(), false); // 1000 % 7 != 0
        QCOMPARE(model.data(model.index(6, 0), Roles::IsFlagged).toBool(), true); // UID 994 = 7 * 142
        QCOMPARE(model.data(first, Roles::IsUnread).toBool(), true); // 1000 % 3 != 0
        QCOMPARE(model.data(first, Roles::Date).toDateTime().toSecsSinceEpoch(), 1700000000 + 1000 * 60);
    }

    // A message of today shows its time in hours and minutes, in every locale: the C locale's
    // short format would add seconds.
    void todayShowsHoursAndMinutes()
    {
        protocols::HeaderRecord today = record(5000);
        today.internalDate = QDateTime(QDate::currentDate(), QTime(13, 52, 44)).toSecsSinceEpoch();
        QVERIFY(m_cache->storeHeaders(m_folder, {today}));
        const QLocale saved;
        const auto restore = qScopeGuard([&saved] { QLocale::setDefault(saved); });
        for (const QLocale &locale : {QLocale::c(), QLocale(QLocale::English, QLocale::UnitedStates),
                                      QLocale(QLocale::French, QLocale::France)}) {
            QLocale::setDefault(locale);
            MessageListModel model(*m_cache);
            model.setFolder(m_folder);
            const QModelIndex date = model.index(0, MessageListModel::DateColumn);
            QCOMPARE(model.data(date, Roles::Uid).toUInt(), 5000u);
            QTRY_VERIFY(!model.data(date, Qt::DisplayRole).toString().isEmpty());
            const QString text = model.data(date, Qt::DisplayRole).toString();
            QVERIFY2(!text.contains(QLatin1String("44")), qPrintable(locale.name() + QStringLiteral(": ") + text));
            QVERIFY2(text.contains(QLatin1String("52")), qPrintable(locale.name() + QStringLiteral(": ") + text));
        }
    }

    void textArrivesAfterAQueuedPageRead()
    {
        MessageListModel model(*m_cache);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setFolder(m_folder);
        const QModelIndex cell = model.index(300, MessageListModel::SubjectColumn);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        // The first ask answers "loading" and schedules the read; data() itself reads nothing.
        QCOMPARE(model.data(cell, Roles::FetchState).toInt(), int(FetchState::Loading));
        QVERIFY(!model.data(cell, Qt::DisplayRole).isValid());
        QCOMPARE(model.cachedPages(), 0);
        QVERIFY(changed.wait(2000));
        // The page of row 300, plus the first page if the model tester looked at row 0.
        QVERIFY(model.cachedPages() >= 1 && model.cachedPages() <= 2);
        QCOMPARE(model.data(cell, Roles::FetchState).toInt(), int(FetchState::Done));
        // Row 300 in newest-first order is UID 700; the subject is decoded from RFC 2047.
        QCOMPARE(model.data(cell, Roles::Uid).toUInt(), 700u);
        QCOMPARE(model.data(cell, Qt::DisplayRole).toString(), QStringLiteral("Réunion 700"));
        QCOMPARE(model.data(model.index(300, MessageListModel::FromColumn), Qt::DisplayRole).toString(),
                 QStringLiteral("Anna Martin"));
        QCOMPARE(model.data(cell, Roles::MessageId).toByteArray(), QByteArray("<m700@example.com>"));
    }

    void pagesStayBounded()
    {
        MessageListModel model(*m_cache);
        model.setFolder(m_folder);
        protocols::HeaderBatch more;
        for (quint32 uid = 1001; uid <= 30000; ++uid)
            more.append(record(uid));
        QVERIFY(m_cache->storeHeaders(m_folder, more));
        model.reload();
        QCOMPARE(model.rowCount(), 30000);
        // Touch every page, as scrolling to the bottom would.
        for (int row = 0; row < model.rowCount(); row += MessageListModel::pageSize()) {
            (void)model.data(model.index(row, 0), Qt::DisplayRole);
            QCoreApplication::sendPostedEvents(&model, QEvent::MetaCall);
        }
        QVERIFY(model.cachedPages() <= MessageListModel::maxCachedPages());
        QVERIFY(model.cachedPages() > 0);
        // The last row is the oldest message.
        QCOMPARE(model.data(model.index(model.rowCount() - 1, 0), Roles::Uid).toUInt(), 1u);
    }

    void reloadInsertsAndRemovesWithoutReset()
    {
        MessageListModel model(*m_cache);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setFolder(m_folder);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        // New mail (newer than everything), an expunge in the middle, a flag change.
        protocols::HeaderBatch fresh{record(1001), record(1002)};
        QVERIFY(m_cache->storeHeaders(m_folder, fresh));
        QVERIFY(m_cache->removeUids(m_folder, {500, 501, 502}));
        protocols::MessageFlags seen;
        seen.bits = protocols::FlagSeen;
        QVERIFY(m_cache->updateFlags(m_folder, {{700, seen}}, 0));
        model.reload();
        QCOMPARE(reset.count(), 0);
        QCOMPARE(inserted.count(), 1);                   // one block of two rows, at the top
        QCOMPARE(inserted.first().at(1).toInt(), 0);
        QCOMPARE(inserted.first().at(2).toInt(), 1);
        QCOMPARE(removed.count(), 1);                    // one block of three rows
        QCOMPARE(removed.first().at(2).toInt() - removed.first().at(1).toInt(), 2);
        QVERIFY(changed.count() >= 1);
        QCOMPARE(model.rowCount(), 999);
        QCOMPARE(model.data(model.index(0, 0), Roles::Uid).toUInt(), 1002u);
        QCOMPARE(model.rowForUid(501), -1);
        QCOMPARE(model.data(model.index(model.rowForUid(700), 0), Roles::IsUnread).toBool(), false);
        // Nothing changed: nothing happens.
        inserted.clear();
        removed.clear();
        model.reload();
        QCOMPARE(inserted.count(), 0);
        QCOMPARE(removed.count(), 0);
    }

    void sortByDateBothWays()
    {
        MessageListModel model(*m_cache);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setFolder(m_folder);
        model.sort(MessageListModel::DateColumn, Qt::AscendingOrder);
        QCOMPARE(model.data(model.index(0, 0), Roles::Uid).toUInt(), 1u);
        model.sort(MessageListModel::DateColumn, Qt::DescendingOrder);
        QCOMPARE(model.data(model.index(0, 0), Roles::Uid).toUInt(), 1000u);
    }

    void flagsUpdateInPlace()
    {
        MessageListModel model(*m_cache);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setFolder(m_folder);
        const int row = model.rowForUid(500);
        QCOMPARE(row, 500);
        QCOMPARE(model.data(model.index(row, 0), Roles::IsUnread).toBool(), true);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        model.setFlags(500, protocols::FlagSeen);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(model.data(model.index(row, 0), Roles::IsUnread).toBool(), false);
    }

    void removeRowsWithoutReset()
    {
        MessageListModel model(*m_cache);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setFolder(m_folder);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
        model.removeUids({1000, 10, 999999});
        QCOMPARE(reset.count(), 0);
        QCOMPARE(removed.count(), 2);
        QCOMPARE(model.rowCount(), 998);
        QCOMPARE(model.rowForUid(10), -1);
    }

    void dragCarriesFolderAndUids()
    {
        MessageListModel model(*m_cache);
        model.setFolder(m_folder);
        std::unique_ptr<QMimeData> mime(model.mimeData({model.index(0, 0), model.index(0, 1), model.index(2, 0)}));
        QCOMPARE(mime->data(QLatin1String(MessageListModel::mimeType)),
                 QByteArray::number(m_folder) + "\n1000,998");
    }

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<HeaderCache> m_cache;
    qint64 m_folder = 0;
};

QTEST_GUILESS_MAIN(TestMessageListModel)
#include "tst_messagelistmodel.moc"
