// ThreadingProxy over a MessageListModel over a real HeaderCache file: tree shape and order for
// every way replies name their parent, mapping both ways, flat mode, sorting, source reload and
// removal, forwarded changes and drags, laziness and memory.

#include "models/Roles.h"
#include "models/cache/HeaderCache.h"
#include "models/messages/MessageFilterProxy.h"
#include "models/messages/MessageListModel.h"
#include "models/messages/ThreadingProxy.h"

#include <QAbstractItemModelTester>
#include <QMimeData>
#include <QSet>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <memory>

using namespace postier;
using namespace postier::models;

namespace {

constexpr qint64 BaseDate = 1700000000;

protocols::HeaderRecord message(quint32 uid, int minute, const QByteArray &messageId,
                                const QByteArray &inReplyTo = {}, const QByteArray &references = {})
{
    protocols::HeaderRecord r;
    r.uid = uid;
    r.size = 1000;
    r.internalDate = BaseDate + qint64(minute) * 60;
    r.flags.bits = 0;
    r.subject = "Message " + QByteArray::number(uid);
    r.from = "Anna <anna@example.com>";
    r.to = "ben@example.com";
    r.messageId = messageId;
    r.inReplyTo = inReplyTo;
    r.references = references;
    return r;
}

// The conversations every test starts from. Minutes are the dates; the comments give the parent.
protocols::HeaderBatch conversations()
{
    return {
        // 3 levels by In-Reply-To only: 1 ← 2 ← 3, and 1 ← 5.
        message(1, 1, "<a1@example.com>"),
        message(2, 2, "<a2@example.com>", "<a1@example.com>"),
        message(3, 3, "<a3@example.com>", "<a2@example.com>"),
        message(5, 5, "<a4@example.com>", "<a1@example.com>"),
        // References only: 4 ← 6 ← 7.
        message(4, 4, "<b1@example.com>"),
        message(6, 6, "<b2@example.com>", {}, "<b1@example.com>"),
        message(7, 7, "<b3@example.com>", {}, "<b1@example.com> <b2@example.com>"),
        // Broken references (the parent c2 is not in the folder): 9 hangs under the first, 8.
        message(8, 8, "<c1@example.com>"),
        message(9, 9, "<c3@example.com>", "<c2@example.com>", "<c1@example.com> <c2@example.com>"),
        // An orphan: nothing it names is here, so a root.
        message(10, 10, "<d2@example.com>", "<d1@example.com>", "<d1@example.com>"),
        // A cycle: 11 and 12 reply to each other; the older one, 11, is the root.
        message(11, 11, "<e1@example.com>", "<e2@example.com>"),
        message(12, 12, "<e2@example.com>", "<e1@example.com>"),
        // A duplicated Message-ID: the reply goes to the lower UID, 13; 14 stands alone.
        message(13, 13, "<f1@example.com>"),
        message(14, 14, "<f1@example.com>"),
        message(15, 15, "<f2@example.com>", "<f1@example.com>"),
        // A reply dated before its parent still hangs under it.
        message(16, 16, "<g2@example.com>", "<g1@example.com>"),
        message(17, 17, "<g1@example.com>"),
        // Untidy headers: a phrase before the id in In-Reply-To, folded References, white space.
        message(18, 18, " <h1@example.com>\r\n"),
        message(19, 19, "<h2@example.com>", "\"Anna's message of Monday\" <h1@example.com>",
                "<zz@example.com>\r\n\t<h1@example.com>"),
        // A message that names itself as its parent is a root.
        message(20, 20, "<s1@example.com>", "<s1@example.com>"),
        // Replies ordered by date, not UID: 23 is older than 22.
        message(21, 30, "<k1@example.com>"),
        message(22, 27, "<k2@example.com>", "<k1@example.com>"),
        message(23, 26, "<k3@example.com>", "<k1@example.com>"),
        // Ids without angle brackets (old mailers).
        message(24, 24, "m1@example.com"),
        message(25, 25, "<m2@example.com>", "m1@example.com"),
    };
}

// Newest thread first; replies oldest first.
const QString ConversationShape = QStringLiteral(
    "21(23 22) 24(25) 20 18(19) 17(16) 13(15) 14 11(12) 10 8(9) 4(6(7)) 1(2(3) 5)");

// The tree as "uid(child child(grandchild)) uid ...", in the model's order.
QString shape(const QAbstractItemModel &model, const QModelIndex &parent = {})
{
    QStringList parts;
    for (int row = 0; row < model.rowCount(parent); ++row) {
        const QModelIndex i = model.index(row, 0, parent);
        QString part = QString::number(i.data(Roles::Uid).toUInt());
        if (model.rowCount(i) > 0)
            part += QLatin1Char('(') + shape(model, i) + QLatin1Char(')');
        parts << part;
    }
    return parts.join(QLatin1Char(' '));
}

// Every index of the tree, column 0, depth first.
QModelIndexList allIndexes(const QAbstractItemModel &model, const QModelIndex &parent = {})
{
    QModelIndexList result;
    for (int row = 0; row < model.rowCount(parent); ++row) {
        const QModelIndex i = model.index(row, 0, parent);
        result << i << allIndexes(model, i);
    }
    return result;
}

QModelIndex findUid(const QAbstractItemModel &model, quint32 uid)
{
    for (const QModelIndex &i : allIndexes(model)) {
        if (i.data(Roles::Uid).toUInt() == uid)
            return i;
    }
    return {};
}

} // namespace

class TestThreadingProxy : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        m_cache = std::make_unique<HeaderCache>(m_dir->filePath(QStringLiteral("cache.sqlite")));
        QVERIFY(m_cache->open());
        m_folder = addFolder("INBOX");
        QVERIFY(m_cache->storeHeaders(m_folder, conversations()));
    }

    void cleanup()
    {
        m_cache.reset();
        m_dir.reset();
    }

    void threadKeysHashIdsInListOrder()
    {
        const auto keys = m_cache->threadKeys(m_folder, HeaderCache::Order::DateDescending);
        const auto index = m_cache->messageIndex(m_folder, HeaderCache::Order::DateDescending);
        QCOMPARE(keys.size(), index.size());
        for (int i = 0; i < keys.size(); ++i)
            QCOMPARE(keys[i].uid, index[i].uid);
        const auto byUid = [&keys](quint32 uid) {
            return *std::find_if(keys.cbegin(), keys.cend(), [uid](const auto &k) { return k.uid == uid; });
        };
        // The same id hashes the same whatever surrounds it.
        QVERIFY(byUid(18).messageId != 0);
        QCOMPARE(byUid(19).inReplyTo, byUid(18).messageId);
        QCOMPARE(byUid(19).lastReference, byUid(18).messageId);
        QVERIFY(byUid(19).firstReference != byUid(19).lastReference);
        QCOMPARE(byUid(25).inReplyTo, byUid(24).messageId);
        QCOMPARE(byUid(7).firstReference, byUid(4).messageId);
        QCOMPARE(byUid(7).lastReference, byUid(6).messageId);
        QCOMPARE(byUid(13).messageId, byUid(14).messageId);
        QCOMPARE(byUid(1).inReplyTo, quint64(0));

        // Long ids (hashed eight bytes at a time) folded anywhere still match; close ones differ.
        const qint64 other = addFolder("Folded");
        QVERIFY(m_cache->storeHeaders(other, {
            message(1, 1, "<20240101.123456.averyverylongidentifier@mail.example.com>"),
            message(2, 2, "<x@example.com>", "<20240101.123456.avery\r\n verylongidentifier@mail.example.com>",
                    "<a@example.com>\r\n <20240101.123456.averyverylongid\r\n\tentifier@mail.example.com>"),
            message(3, 3, "<20240101.123456.averyverylongidentifier@mail.example.co>"),
            message(4, 4, "<20240101.123456.averyverylongidentifier@mail.example.cm>"),
        }));
        const auto folded = m_cache->threadKeys(other, HeaderCache::Order::UidAscending);
        QCOMPARE(folded.size(), 4);
        QCOMPARE(folded[1].inReplyTo, folded[0].messageId);
        QCOMPARE(folded[1].lastReference, folded[0].messageId);
        QVERIFY(folded[1].firstReference != folded[0].messageId);
        QVERIFY(folded[2].messageId != folded[0].messageId);
        QVERIFY(folded[3].messageId != folded[2].messageId);
        QCOMPARE(byUid(1).lastReference, quint64(0));
        QVERIFY(byUid(1).messageId != byUid(2).messageId);
    }

    void threadsInOrder()
    {
        MessageListModel list(*m_cache);
        list.setFolder(m_folder);
        ThreadingProxy proxy(*m_cache);
        QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        proxy.setSourceModel(&list);
        QCOMPARE(shape(proxy), ConversationShape);
        QCOMPARE(proxy.rowCount(), 12);
        QCOMPARE(proxy.columnCount(), int(MessageListModel::ColumnCount));

        const QModelIndex a1 = findUid(proxy, 1);
        QCOMPARE(a1.data(Roles::ThreadSize).toInt(), 3);
        QCOMPARE(a1.data(Roles::ThreadDepth).toInt(), 0);
        QCOMPARE(findUid(proxy, 2).data(Roles::ThreadSize).toInt(), 1);
        QCOMPARE(findUid(proxy, 3).data(Roles::ThreadDepth).toInt(), 2);
        QCOMPARE(findUid(proxy, 3).data(Roles::ThreadSize).toInt(), 0);
        QCOMPARE(findUid(proxy, 7).data(Roles::ThreadDepth).toInt(), 2);
        QCOMPARE(findUid(proxy, 4).data(Roles::ThreadSize).toInt(), 2);
        QCOMPARE(findUid(proxy, 10).data(Roles::ThreadSize).toInt(), 0);
        QVERIFY(proxy.hasChildren(a1));
        QVERIFY(!proxy.hasChildren(findUid(proxy, 3)));
        QVERIFY(!proxy.hasChildren(a1.siblingAtColumn(MessageListModel::DateColumn)));
        // Other columns of a reply are its siblings, under the same parent.
        const QModelIndex date3 = findUid(proxy, 3).siblingAtColumn(MessageListModel::DateColumn);
        QCOMPARE(date3.parent().data(Roles::Uid).toUInt(), 2u);
        QCOMPARE(date3.data(Roles::Uid).toUInt(), 3u);
        QCOMPARE(proxy.headerData(MessageListModel::SubjectColumn, Qt::Horizontal, Qt::DisplayRole),
                 list.headerData(MessageListModel::SubjectColumn, Qt::Horizontal, Qt::DisplayRole));
    }

    void mappingBothWays()
    {
        MessageListModel list(*m_cache);
        list.setFolder(m_folder);
        ThreadingProxy proxy(*m_cache);
        QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        proxy.setSourceModel(&list);
        for (int row = 0; row < list.rowCount(); ++row) {
            for (int column = 0; column < list.columnCount(); ++column) {
                const QModelIndex source = list.index(row, column);
                const QModelIndex mapped = proxy.mapFromSource(source);
                QVERIFY(mapped.isValid());
                QCOMPARE(mapped.column(), column);
                QCOMPARE(mapped.data(Roles::Uid).toUInt(), list.uidAt(row));
                QCOMPARE(proxy.mapToSource(mapped), source);
                QCOMPARE(proxy.index(mapped.row(), column, mapped.parent()), mapped);
            }
        }
        const QModelIndexList all = allIndexes(proxy);
        QCOMPARE(all.size(), list.rowCount());
        QSet<int> sourceRows;
        for (const QModelIndex &i : all) {
            const QModelIndex source = proxy.mapToSource(i);
            QVERIFY(source.isValid());
            sourceRows.insert(source.row());
            QCOMPARE(proxy.mapFromSource(source), i);
        }
        QCOMPARE(sourceRows.size(), list.rowCount()); // a bijection
        QVERIFY(!proxy.mapToSource({}).isValid());
        QVERIFY(!proxy.mapFromSource({}).isValid());
    }

    void flatModeIsTheList()
    {
        MessageListModel list(*m_cache);
        list.setFolder(m_folder);
        ThreadingProxy proxy(*m_cache);
        QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        proxy.setSourceModel(&list);
        QVERIFY(proxy.isThreaded());
        QVERIFY(proxy.memoryUsage() > 0);
        QSignalSpy reset(&proxy, &QAbstractItemModel::modelReset);
        proxy.setThreaded(false);
        QCOMPARE(reset.count(), 1);
        proxy.setThreaded(false);
        QCOMPARE(reset.count(), 1);
        QCOMPARE(proxy.memoryUsage(), 0);
        QCOMPARE(proxy.rowCount(), list.rowCount());
        for (int row = 0; row < list.rowCount(); ++row) {
            for (int column = 0; column < list.columnCount(); ++column) {
                const QModelIndex i = proxy.index(row, column);
                QCOMPARE(proxy.mapToSource(i), list.index(row, column));
                QCOMPARE(proxy.mapFromSource(list.index(row, column)), i);
                QVERIFY(!proxy.parent(i).isValid());
            }
            const QModelIndex i = proxy.index(row, 0);
            QVERIFY(!proxy.hasChildren(i));
            QCOMPARE(proxy.rowCount(i), 0);
            QCOMPARE(i.data(Roles::ThreadDepth).toInt(), 0);
            QCOMPARE(i.data(Roles::ThreadSize).toInt(), 0);
            QVERIFY(proxy.flags(i) & Qt::ItemNeverHasChildren);
        }
        // Newest first, as the list.
        QCOMPARE(proxy.index(0, 0).data(Roles::Uid).toUInt(), 21u);
        proxy.setThreaded(true);
        QCOMPARE(reset.count(), 2);
        QCOMPARE(shape(proxy), ConversationShape);
    }

    void sortIsForwardedAndThreadsFollowIt()
    {
        MessageListModel list(*m_cache);
        list.setFolder(m_folder);
        ThreadingProxy proxy(*m_cache);
        QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        proxy.setSourceModel(&list);
        proxy.sort(MessageListModel::DateColumn, Qt::AscendingOrder);
        QCOMPARE(list.uidAt(0), 1u); // the list itself was sorted
        // Oldest thread first; inside a thread still oldest first.
        QCOMPARE(shape(proxy), QStringLiteral(
            "1(2(3) 5) 4(6(7)) 8(9) 10 11(12) 14 13(15) 17(16) 18(19) 20 24(25) 21(23 22)"));
        proxy.sort(MessageListModel::DateColumn, Qt::DescendingOrder);
        QCOMPARE(list.uidAt(0), 21u);
        QCOMPARE(shape(proxy), ConversationShape);
    }

    void sourceReloadRethreads()
    {
        MessageListModel list(*m_cache);
        list.setFolder(m_folder);
        ThreadingProxy proxy(*m_cache);
        QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        proxy.setSourceModel(&list);
        const QPersistentModelIndex b3 = findUid(proxy, 7);
        // A sync: a reply to 7 and a new thread arrive, 2 is expunged (3 then has no known parent).
        const protocols::HeaderBatch arrived = {
            message(30, 40, "<b4@example.com>", "<b3@example.com>",
                    "<b1@example.com> <b2@example.com> <b3@example.com>"),
            message(31, 41, "<p1@example.com>"),
        };
        QVERIFY(m_cache->storeHeaders(m_folder, arrived));
        QVERIFY(m_cache->removeUids(m_folder, {2}));
        QSignalSpy reset(&proxy, &QAbstractItemModel::modelReset);
        list.reload(); // the list merges: rows inserted, then removed
        const QString expected = QStringLiteral(
            "31 4(6(7(30))) 21(23 22) 24(25) 20 18(19) 17(16) 13(15) 14 11(12) 10 8(9) 1(5) 3");
        QCOMPARE(shape(proxy), expected);
        QCOMPARE(reset.count(), 0);
        QCOMPARE(b3.data(Roles::Uid).toUInt(), 7u);
        QCOMPARE(proxy.index(0, 0, b3).data(Roles::Uid).toUInt(), 30u);
        QCOMPARE(findUid(proxy, 30).data(Roles::ThreadDepth).toInt(), 3);
        QCOMPARE(findUid(proxy, 4).data(Roles::ThreadSize).toInt(), 3);
        MessageListModel freshList(*m_cache);
        freshList.setFolder(m_folder);
        ThreadingProxy fresh(*m_cache);
        fresh.setSourceModel(&freshList);
        QCOMPARE(shape(fresh), expected);

        // Another folder, then none.
        const qint64 other = addFolder("Archive");
        QVERIFY(m_cache->storeHeaders(other, {message(1, 1, "<x1@example.com>"),
                                              message(2, 2, "<x2@example.com>", "<x1@example.com>")}));
        list.setFolder(other);
        QCOMPARE(shape(proxy), QStringLiteral("1(2)"));
        list.setFolder(0);
        QCOMPARE(proxy.rowCount(), 0);
    }

    void removedRowsRethreadWithoutReset()
    {
        MessageListModel list(*m_cache);
        list.setFolder(m_folder);
        ThreadingProxy proxy(*m_cache);
        QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        proxy.setSourceModel(&list);
        const QPersistentModelIndex a3 = findUid(proxy, 3);
        const QPersistentModelIndex a2 = findUid(proxy, 2);
        const QPersistentModelIndex f2 = findUid(proxy, 15).siblingAtColumn(MessageListModel::FromColumn);
        const QPersistentModelIndex k3 = findUid(proxy, 23);
        QSignalSpy reset(&proxy, &QAbstractItemModel::modelReset);
        QSignalSpy layout(&proxy, &QAbstractItemModel::layoutChanged);

        // 2 was 3's only known parent; 13 was the first copy of f1, replied to by 15; 6 was the
        // last reference of 7, whose first reference is 4.
        list.removeUids({2, 13, 6});
        QCOMPARE(reset.count(), 0);
        QCOMPARE(layout.count(), 3);
        const QString expected = QStringLiteral(
            "21(23 22) 24(25) 20 18(19) 17(16) 14(15) 11(12) 10 8(9) 4(7) 1(5) 3");
        QCOMPARE(shape(proxy), expected);
        QCOMPARE(findUid(proxy, 1).data(Roles::ThreadSize).toInt(), 1);
        QCOMPARE(findUid(proxy, 7).data(Roles::ThreadDepth).toInt(), 1);

        // Persistent indexes (a view's selection, its current row) follow their messages.
        QVERIFY(!a2.isValid());
        QVERIFY(a3.isValid());
        QCOMPARE(a3.data(Roles::Uid).toUInt(), 3u);
        QVERIFY(!a3.parent().isValid());
        QCOMPARE(a3.row(), proxy.rowCount() - 1);
        QVERIFY(f2.isValid());
        QCOMPARE(f2.column(), int(MessageListModel::FromColumn));
        QCOMPARE(f2.data(Roles::Uid).toUInt(), 15u);
        QCOMPARE(f2.parent().data(Roles::Uid).toUInt(), 14u);
        QCOMPARE(k3.data(Roles::Uid).toUInt(), 23u);
        QCOMPARE(k3.parent().data(Roles::Uid).toUInt(), 21u);

        // The same as threading the folder afresh once the cache has dropped them too.
        QVERIFY(m_cache->removeUids(m_folder, {2, 13, 6}));
        MessageListModel freshList(*m_cache);
        freshList.setFolder(m_folder);
        ThreadingProxy fresh(*m_cache);
        fresh.setSourceModel(&freshList);
        QCOMPARE(shape(fresh), expected);

        // Down to nothing, one by one.
        QVector<quint32> everything;
        for (int row = 0; row < list.rowCount(); ++row)
            everything << list.uidAt(row);
        list.removeUids(everything);
        QCOMPARE(proxy.rowCount(), 0);
        QVERIFY(!a3.isValid());
        QCOMPARE(reset.count(), 0);
    }

    void removedRowsAreForwardedWhenFlat()
    {
        MessageListModel list(*m_cache);
        list.setFolder(m_folder);
        ThreadingProxy proxy(*m_cache);
        QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        proxy.setSourceModel(&list);
        proxy.setThreaded(false);
        QSignalSpy removed(&proxy, &QAbstractItemModel::rowsRemoved);
        list.removeUids({21, 1});
        QCOMPARE(removed.count(), 2);
        QCOMPARE(removed.at(0).at(1).toInt(), 0); // 21 was the newest, row 0
        QCOMPARE(proxy.rowCount(), 23);
        proxy.setThreaded(true);
        QCOMPARE(shape(proxy), QStringLiteral("22 23 24(25) 20 18(19) 17(16) 13(15) 14 11(12) 10 8(9) 4(6(7)) 5 2(3)"));
    }

    void changesAndDragsPassThrough()
    {
        MessageListModel list(*m_cache);
        list.setFolder(m_folder);
        ThreadingProxy proxy(*m_cache);
        QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        proxy.setSourceModel(&list);

        QSignalSpy changed(&proxy, &QAbstractItemModel::dataChanged);
        const QModelIndex a3 = findUid(proxy, 3);
        QVERIFY(a3.data(Roles::IsUnread).toBool());
        list.setFlags(3, protocols::FlagSeen);
        QCOMPARE(changed.count(), 1);
        const auto topLeft = changed.at(0).at(0).value<QModelIndex>();
        const auto bottomRight = changed.at(0).at(1).value<QModelIndex>();
        QCOMPARE(topLeft, a3);
        QCOMPARE(bottomRight, a3.siblingAtColumn(MessageListModel::ColumnCount - 1));
        QVERIFY(!a3.data(Roles::IsUnread).toBool());

        // A page of text arriving repaints its rows, wherever they are in the tree.
        changed.clear();
        QCOMPARE(a3.data(Roles::FetchState).toInt(), int(FetchState::Loading));
        QVERIFY(changed.wait(2000));
        QCOMPARE(a3.data(Qt::DisplayRole).toString(), QStringLiteral("Message 3"));
        QSet<quint32> repainted;
        for (const QList<QVariant> &signal : std::as_const(changed)) {
            const auto from = signal.at(0).value<QModelIndex>();
            const auto to = signal.at(1).value<QModelIndex>();
            QCOMPARE(from.parent(), to.parent());
            for (int row = from.row(); row <= to.row(); ++row)
                repainted.insert(proxy.index(row, 0, from.parent()).data(Roles::Uid).toUInt());
        }
        QCOMPARE(repainted.size(), list.rowCount());

        // Drag and drop: the list's own MIME data, for the dragged messages.
        const Qt::ItemFlags flags = proxy.flags(a3);
        QVERIFY(flags & Qt::ItemIsDragEnabled);
        QVERIFY(flags & Qt::ItemIsSelectable);
        QVERIFY(!(flags & Qt::ItemNeverHasChildren));
        QCOMPARE(proxy.mimeTypes(), list.mimeTypes());
        std::unique_ptr<QMimeData> mime(proxy.mimeData({a3, a3.siblingAtColumn(1), findUid(proxy, 21)}));
        QVERIFY(mime);
        QCOMPARE(mime->data(QLatin1String(MessageListModel::mimeType)), QByteArray::number(m_folder) + "\n3,21");
    }

    void stackedUnderTheQuickFilter()
    {
        // The window's stack: list → threads → quick filter, which keeps the thread of a match.
        MessageListModel list(*m_cache);
        list.setFolder(m_folder);
        ThreadingProxy proxy(*m_cache);
        proxy.setSourceModel(&list);
        MessageFilterProxy filter;
        filter.setRecursiveFilteringEnabled(true);
        QAbstractItemModelTester tester(&filter, QAbstractItemModelTester::FailureReportingMode::QtTest);
        filter.setSourceModel(&proxy);
        QCOMPARE(shape(filter), ConversationShape);
        for (int row = 0; row < list.rowCount(); ++row) {
            const quint32 uid = list.uidAt(row);
            if (uid != 3 && uid != 25)
                list.setFlags(uid, protocols::FlagSeen);
        }
        filter.setUnreadOnly(true);
        QCOMPARE(shape(filter), QStringLiteral("24(25) 1(2(3))"));
        QVERIFY(m_cache->removeUids(m_folder, {2})); // moved away, as MessageActions does it
        list.removeUids({2});
        QCOMPARE(shape(filter), QStringLiteral("24(25) 3"));
        filter.setUnreadOnly(false);
        proxy.setThreaded(false);
        QCOMPARE(filter.rowCount(), list.rowCount());
        proxy.setThreaded(true);
        QCOMPARE(shape(filter), QStringLiteral("21(23 22) 24(25) 20 18(19) 17(16) 13(15) 14 11(12) 10 8(9) 4(6(7)) 1(5) 3"));
        filter.sort(MessageListModel::DateColumn, Qt::AscendingOrder); // forwarded down to the list
        QCOMPARE(shape(filter), QStringLiteral("3 1(5) 4(6(7)) 8(9) 10 11(12) 14 13(15) 17(16) 18(19) 20 24(25) 21(23 22)"));
    }

    void threadingKeepsTheListLazy()
    {
        const qint64 big = addFolder("Lists");
        // 1,000 threads of 10: each reply names its parent by In-Reply-To or by References only.
        protocols::HeaderBatch batch;
        for (quint32 uid = 1; uid <= 10000; ++uid) {
            const quint32 root = (uid - 1) / 10 * 10 + 1;
            const auto id = [](quint32 u) -> QByteArray { return "<" + QByteArray::number(u) + "@lists.example.com>"; };
            if (uid == root)
                batch << message(uid, int(uid), id(uid));
            else if (uid % 2)
                batch << message(uid, int(uid), id(uid), id(uid - 1));
            else
                batch << message(uid, int(uid), id(uid), {}, id(root) + " " + id(uid - 1));
        }
        QVERIFY(m_cache->storeHeaders(big, batch));
        MessageListModel list(*m_cache);
        list.setFolder(big);
        ThreadingProxy proxy(*m_cache);
        proxy.setSourceModel(&list);

        QCOMPARE(proxy.rowCount(), 1000);
        int nodes = 0;
        int deepest = 0;
        for (const QModelIndex &i : allIndexes(proxy)) {
            ++nodes;
            deepest = qMax(deepest, i.data(Roles::ThreadDepth).toInt());
            QVERIFY(i.data(Roles::Uid).toUInt() > 0);
        }
        QCOMPARE(nodes, 10000);
        QCOMPARE(deepest, 9); // each reply answers the one before
        const QModelIndex newest = proxy.index(0, 0);
        QCOMPARE(newest.data(Roles::Uid).toUInt(), 9991u);
        QCOMPARE(newest.data(Roles::ThreadSize).toInt(), 9);
        // Nothing above asked for text, and no page read is even pending.
        QCoreApplication::processEvents();
        QCOMPARE(list.cachedPages(), 0);

        const double perMessage = double(proxy.memoryUsage()) / list.rowCount();
        qInfo("threading structures: %.1f bytes per message", perMessage);
        QVERIFY(perMessage <= 40);
    }

private:
    qint64 addFolder(const QByteArray &name)
    {
        protocols::FolderInfo folder;
        folder.rawName = name;
        folder.path = QString::fromLatin1(name);
        return m_cache->folderId(QStringLiteral("imaps://t@h:993"), folder);
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<HeaderCache> m_cache;
    qint64 m_folder = 0;
};

QTEST_GUILESS_MAIN(TestThreadingProxy)
#include "tst_threadingproxy.moc"
