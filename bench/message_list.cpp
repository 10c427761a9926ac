// The message list of the real window, against a real dovecot folder (bench/message_list.py
// seeds it and measures the raw-protocol baseline in the same run). Prints one JSON line:
//
//   cold_first_screen_s  folder selected (empty cache) -> first screen of rows with their text
//   cold_full_list_s     folder selected (empty cache) -> every row in the list, sync finished
//   reopen_full_list_s   new window on the filled cache: window created -> every row in the list
//   scroll_page_ms_max / _p99 / _mean   scrolling top to bottom one screen at a time through the
//                        proxy stack, each step until data() of every visible cell has its text
//   scroll_paint_ms_*    the same with the viewport repainted (before and after the page loads)
//   rss_per_message_b    resident memory added by the window with the full list loaded (reopen),
//                        per message
//
//   bench_message_list HOST PORT USER CAFILE WORKDIR EXPECTED_COUNT     (POSTIER_PASSWORD set)

#include "models/Roles.h"
#include "models/accounts/AccountStore.h"
#include "models/session/MailSession.h"
#include "ui/mainwindow/MailController.h"
#include "ui/mainwindow/MainWindow.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QScrollBar>
#include <QSettings>
#include <QTreeView>
#include <algorithm>
#include <cstdio>

using namespace postier;

namespace {

long rssKb(const char *field)
{
    QFile f(QStringLiteral("/proc/self/status"));
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : f.readAll().split('\n')) {
        if (line.startsWith(field))
            return line.mid(int(qstrlen(field))).trimmed().split(' ').first().toLong();
    }
    return -1;
}

bool waitUntil(const std::function<bool()> &done, int timeoutMs)
{
    QElapsedTimer t;
    t.start();
    while (!done()) {
        if (t.elapsed() > timeoutMs)
            return false;
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
    }
    return true;
}

bool visibleRowsLoaded(QTreeView *view)
{
    QAbstractItemModel *m = view->model();
    if (m->rowCount() == 0)
        return false;
    const QModelIndex top = view->indexAt(QPoint(1, 1));
    if (!top.isValid())
        return false;
    const int rows = std::max(1, view->viewport()->height() / std::max(1, view->sizeHintForRow(top.row())));
    for (int r = top.row(); r < std::min(m->rowCount(), top.row() + rows); ++r) {
        if (m->index(r, 0).data(models::Roles::FetchState).toInt() != int(models::FetchState::Done))
            return false;
    }
    return true;
}

QString accountId(models::MailSession &session)
{
    return session.accounts().isEmpty() ? QString() : session.accounts().first().id;
}

struct Steps {
    int count = 0;
    double mean = 0, p99 = 0, max = 0;
};

/// Scrolls top to bottom one screen at a time; each step lasts until every visible row has its
/// text. With `paint`, each step repaints the viewport twice (what a user sees); without, it
/// reads data() of every visible cell through the proxy stack, as a paint would, and nothing
/// else: the "data() page" of the issue.
Steps scrollThrough(QTreeView *view, bool paint)
{
    QAbstractItemModel *model = view->model();
    QScrollBar *bar = view->verticalScrollBar();
    const int columns = model->columnCount();
    const bool verbose = qEnvironmentVariableIsSet("POSTIER_BENCH_VERBOSE");
    QVector<double> steps;
    for (int value = 0; value <= bar->maximum(); value += std::max(1, bar->pageStep())) {
        QElapsedTimer step;
        step.start();
        bar->setValue(value);
        const auto touch = [&] {
            const QModelIndex top = view->indexAt(QPoint(1, 1));
            const int rows = view->viewport()->height() / std::max(1, view->sizeHintForRow(0)) + 1;
            for (int r = top.row(); r >= 0 && r < std::min(model->rowCount(), top.row() + rows); ++r) {
                for (int c = 0; c < columns; ++c) {
                    const QModelIndex i = model->index(r, c);
                    (void)i.data(Qt::DisplayRole);
                    (void)i.data(Qt::FontRole);
                    (void)i.data(Qt::DecorationRole);
                }
            }
        };
        if (paint)
            view->viewport()->repaint();
        else
            touch();
        if (!waitUntil([&] { return visibleRowsLoaded(view); }, 10000))
            break;
        if (paint)
            view->viewport()->repaint();
        else
            touch();
        steps << step.nsecsElapsed() / 1e6;
        if (verbose && steps.last() > 16)
            std::fprintf(stderr, "slow scroll step (%s) %lld at %d of %d: %.1f ms\n", paint ? "paint" : "data",
                         qint64(steps.size() - 1), value, bar->maximum(), steps.last());
    }
    Steps out;
    out.count = int(steps.size());
    if (steps.isEmpty())
        return out;
    std::sort(steps.begin(), steps.end());
    for (double s : steps)
        out.mean += s;
    out.mean /= steps.size();
    out.p99 = steps[std::min<qsizetype>(steps.size() - 1, qsizetype(steps.size() * 0.99))];
    out.max = steps.last();
    return out;
}

} // namespace

int main(int argc, char *argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("PostierBench"));
    const QStringList a = app.arguments();
    if (a.size() < 7) {
        std::fprintf(stderr, "usage: bench_message_list HOST PORT USER CAFILE WORKDIR EXPECTED\n");
        return 2;
    }
    const QString work = a[5];
    const int expected = a[6].toInt();
    const QString cache = work + QStringLiteral("/cache.sqlite");
    const QString settings = work + QStringLiteral("/settings.ini");
    QFile::remove(cache);
    QFile::remove(settings);
    const QString password = qEnvironmentVariable("POSTIER_PASSWORD");
    // The flat list, one row per message, so "every row" means every message.
    QSettings().setValue(QStringLiteral("view/threads"), false);

    {
        models::AccountStore store(settings);
        models::Account account;
        account.name = QStringLiteral("Bench");
        account.address = a[3] + QStringLiteral("@postier.test");
        account.incoming.protocol = protocols::Protocol::Imap;
        account.incoming.security = protocols::Security::Tls;
        account.incoming.host = a[1];
        account.incoming.port = quint16(a[2].toUInt());
        account.incoming.user = a[3];
        account.incoming.trust.extraCaFile = a[4];
        account.incoming.timeoutMs = 120000;
        QString error;
        if (!store.save(account, &error)) {
            std::fprintf(stderr, "%s\n", qPrintable(error));
            return 1;
        }
    }

    double coldFirst = -1, coldFull = -1, reopenFull = -1;
    // Cold: empty cache.
    {
        models::MailSession session(cache, settings);
        QString error;
        session.open(&error);
        session.providePassword(accountId(session), password, false);
        ui::MainWindow window(session);
        window.resize(1280, 800);
        window.show();
        QElapsedTimer timer;
        bool synced = false;
        QObject::connect(window.folderView()->selectionModel(), &QItemSelectionModel::currentChanged,
                         [&](const QModelIndex &i) {
                             if (!i.data(models::Roles::IsAccount).toBool())
                                 timer.start();
                         });
        QObject::connect(window.controller(), &ui::MailController::folderSynced, [&] { synced = true; });
        if (!waitUntil([&] { return timer.isValid() && visibleRowsLoaded(window.messageView()); }, 60000)) {
            std::fprintf(stderr, "the first screen never showed\n");
            return 1;
        }
        coldFirst = timer.nsecsElapsed() / 1e9;
        if (!waitUntil([&] { return synced && window.messageView()->model()->rowCount() == expected; }, 300000)) {
            std::fprintf(stderr, "the full list never arrived (%d rows)\n", window.messageView()->model()->rowCount());
            return 1;
        }
        coldFull = timer.nsecsElapsed() / 1e9;
    }

    // Reopen from the cache, then scroll.
    const long before = rssKb("VmRSS:");
    models::MailSession session(cache, settings);
    QString error;
    session.open(&error);
    session.providePassword(accountId(session), password, false);
    // From the window's creation: it lists the folders from the cache, selects the Inbox and
    // reads the list, all before any server answers.
    QElapsedTimer timer;
    timer.start();
    ui::MainWindow window(session);
    window.resize(1280, 800);
    window.show();
    if (!waitUntil([&] { return window.messageView()->model()->rowCount() == expected; }, 60000)) {
        std::fprintf(stderr, "the reopened list never became complete\n");
        return 1;
    }
    reopenFull = timer.nsecsElapsed() / 1e9;
    waitUntil([&] { return visibleRowsLoaded(window.messageView()); }, 10000);
    const long rssFull = rssKb("VmRSS:");

    QTreeView *view = window.messageView();
    const Steps painted = scrollThrough(view, /*paint=*/true);

    // The same scroll on a second window over the same cache, reading only what a page needs
    // through the proxy stack (data() of every visible cell), without painting.
    ui::MainWindow second(session);
    second.resize(1280, 800);
    second.show();
    if (!waitUntil([&] { return second.messageView()->model()->rowCount() == expected
                                && visibleRowsLoaded(second.messageView()); }, 60000)) {
        std::fprintf(stderr, "the second window never listed the folder\n");
        return 1;
    }
    const Steps pages = scrollThrough(second.messageView(), /*paint=*/false);

    std::printf("{\"messages\":%d,\"cold_first_screen_s\":%.3f,\"cold_full_list_s\":%.3f,"
                "\"reopen_full_list_s\":%.3f,\"scroll_steps\":%d,"
                "\"scroll_page_ms_mean\":%.2f,\"scroll_page_ms_p99\":%.2f,\"scroll_page_ms_max\":%.2f,"
                "\"scroll_paint_ms_mean\":%.2f,\"scroll_paint_ms_p99\":%.2f,\"scroll_paint_ms_max\":%.2f,"
                "\"rss_per_message_b\":%.0f}\n",
                expected, coldFirst, coldFull, reopenFull, pages.count, pages.mean, pages.p99, pages.max,
                painted.mean, painted.p99, painted.max, (rssFull - before) * 1024.0 / expected);
    return 0;
}
