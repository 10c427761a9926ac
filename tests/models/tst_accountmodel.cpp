// AccountModel over a real settings file, under QAbstractItemModelTester: rows, roles, the
// protocol filter, and reload after the settings changed.

#include "models/Roles.h"
#include "models/accounts/AccountModel.h"
#include "models/accounts/AccountStore.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace postier;
using protocols::Protocol;

class TestAccountModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void rowsRolesFilterAndReload();
};

namespace {

models::Account account(const QString &name, const QString &address, Protocol protocol, bool enabled = true)
{
    models::Account a;
    a.name = name;
    a.address = address;
    a.displayName = name;
    a.incoming.protocol = protocol;
    a.incoming.security = protocols::Security::Tls;
    a.incoming.host = QStringLiteral("mail.example.com");
    a.incoming.port = protocol == Protocol::Pop3 ? 995 : 993;
    a.incoming.user = address;
    a.enabled = enabled;
    return a;
}

} // namespace

void TestAccountModel::rowsRolesFilterAndReload()
{
    QTemporaryDir dir;
    models::AccountStore store(dir.filePath(QStringLiteral("settings.ini")));
    QString error;
    QVERIFY(store.save(account(QStringLiteral("Work"), QStringLiteral("anna@work.test"), Protocol::Imap), &error));
    QVERIFY(store.save(account(QStringLiteral("Home"), QStringLiteral("anna@home.test"), Protocol::Pop3), &error));
    QVERIFY(store.save(account(QStringLiteral("Old"), QStringLiteral("anna@old.test"), Protocol::Pop3, false), &error));

    models::AccountModel model(store);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), 3);
    // Sorted by name, as the store keeps them.
    QCOMPARE(model.index(0).data().toString(), QStringLiteral("Home — anna@home.test"));
    QCOMPARE(model.index(1).data().toString(), QStringLiteral("Old — anna@old.test (switched off)"));
    QCOMPARE(model.index(2).data(models::Roles::AccountAddress).toString(), QStringLiteral("anna@work.test"));
    QCOMPARE(model.index(2).data(models::Roles::AccountProtocol).toInt(), int(Protocol::Imap));
    QCOMPARE(model.index(1).data(models::Roles::AccountEnabled).toBool(), false);
    QCOMPARE(model.index(0).data(Qt::ToolTipRole).toString(), QStringLiteral("anna@home.test"));
    QVERIFY(model.index(0).data(models::Roles::IsAccount).toBool());
    const QString homeId = model.index(0).data(models::Roles::AccountId).toString();
    QVERIFY(!homeId.isEmpty());
    QCOMPARE(model.rowOf(homeId), 0);
    QCOMPARE(model.rowOf(QStringLiteral("nope")), -1);

    // Only the POP3 accounts.
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    model.setProtocolFilter(Protocol::Pop3);
    QCOMPARE(reset.size(), 1);
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.account(1).name, QStringLiteral("Old"));

    // The settings change; reload() follows.
    QVERIFY(store.remove(homeId));
    QVERIFY(store.save(account(QStringLiteral("Another"), QStringLiteral("b@pop.test"), Protocol::Pop3), &error));
    model.reload();
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.index(0).data(models::Roles::AccountAddress).toString(), QStringLiteral("b@pop.test"));
    QCOMPARE(model.rowOf(homeId), -1);
    model.setProtocolFilter(std::nullopt);
    QCOMPARE(model.rowCount(), 3);
}

QTEST_GUILESS_MAIN(TestAccountModel)
#include "tst_accountmodel.moc"
