// The status bar's running-jobs widget: what it shows, and that Cancel stops the job the user
// means, also when several run (the menu names each one).

#include "models/session/JobModel.h"
#include "protocols/Job.h"
#include "ui/mainwindow/JobStatusWidget.h"

#include <QLabel>
#include <QMenu>
#include <QTest>
#include <QToolButton>

using namespace postier;

namespace {

// A job that is only tracked, never run: enough for the widget and the model.
class IdleTestJob : public protocols::Job
{
public:
    explicit IdleTestJob(QString what)
        : m_what(std::move(what))
    {
        setAutoDelete(false);
    }
    [[nodiscard]] protocols::Protocol protocol() const override { return protocols::Protocol::Imap; }
    [[nodiscard]] QString description() const override { return m_what; }

protected:
    void run(protocols::ProtocolSession &) override {}

private:
    QString m_what;
};

} // namespace

class TestJobStatusWidget : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void cancelsTheJobTheUserPicks();
};

void TestJobStatusWidget::cancelsTheJobTheUserPicks()
{
    models::JobModel jobs;
    QWidget statusBar;
    ui::JobStatusWidget widget(jobs, &statusBar);
    statusBar.show();
    QVERIFY(!widget.isVisible()); // nothing running, nothing shown

    IdleTestJob sync(QStringLiteral("Updating “INBOX”"));
    IdleTestJob copy(QStringLiteral("Copying to “Archive” of Work"));
    jobs.track(&sync);
    QVERIFY(widget.isVisible());
    auto *cancel = widget.findChild<QToolButton *>();
    QVERIFY(cancel);
    QCOMPARE(cancel->popupMode(), QToolButton::DelayedPopup);
    jobs.track(&copy);
    QVERIFY(widget.findChild<QLabel *>()->text().contains(QStringLiteral("(+1 more)")));
    QCOMPARE(cancel->popupMode(), QToolButton::MenuButtonPopup);

    // The menu names both; picking the second cancels that one, not the one shown.
    QMenu *menu = cancel->menu();
    QVERIFY(menu);
    QMetaObject::invokeMethod(menu, "aboutToShow");
    const QList<QAction *> actions = menu->actions();
    QCOMPARE(actions.size(), 4); // two jobs, a separator, Cancel All
    QCOMPARE(actions.at(1)->text(), QStringLiteral("Cancel “Copying to “Archive” of Work”"));
    actions.at(1)->trigger();
    QVERIFY(copy.cancelToken().isCancelled());
    QVERIFY(!sync.cancelToken().isCancelled());

    // The button itself stops the job shown.
    cancel->click();
    QVERIFY(sync.cancelToken().isCancelled());
}

QTEST_MAIN(TestJobStatusWidget)
#include "tst_jobstatuswidget.moc"
