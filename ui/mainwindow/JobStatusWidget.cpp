#include "ui/mainwindow/JobStatusWidget.h"

#include "models/session/JobModel.h"
#include "ui/mainwindow/Icons.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QMenu>
#include <QProgressBar>
#include <QToolButton>

namespace postier::ui {

JobStatusWidget::JobStatusWidget(models::JobModel &jobs, QWidget *parent)
    : QWidget(parent)
    , m_jobs(jobs)
    , m_label(new QLabel(this))
    , m_progress(new QProgressBar(this))
    , m_cancel(new QToolButton(this))
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_label);
    layout->addWidget(m_progress);
    layout->addWidget(m_cancel);
    m_progress->setMaximumWidth(160);
    m_progress->setTextVisible(false);
    m_cancel->setIcon(icon("cancel", "process-stop"));
    m_cancel->setAutoRaise(true);
    m_cancel->setToolTip(tr("Cancel"));
    m_cancel->setAccessibleName(tr("Cancel the running operation"));
    // The button stops the operation shown; with several running, its menu names each one.
    connect(m_cancel, &QToolButton::clicked, this, [this] { m_jobs.cancel(0); });
    m_cancel->setMenu(new QMenu(m_cancel));
    connect(m_cancel->menu(), &QMenu::aboutToShow, this, [this] {
        QMenu *menu = m_cancel->menu();
        menu->clear();
        for (int row = 0; row < m_jobs.rowCount(); ++row) {
            const QString what = m_jobs.index(row).data(models::JobModel::DescriptionRole).toString();
            QAction *stop = menu->addAction(tr("Cancel “%1”").arg(what));
            // By what it is, not by row: rows move as other jobs end meanwhile.
            connect(stop, &QAction::triggered, this, [this, what] {
                for (int r = 0; r < m_jobs.rowCount(); ++r) {
                    if (m_jobs.index(r).data(models::JobModel::DescriptionRole).toString() == what) {
                        m_jobs.cancel(r);
                        return;
                    }
                }
            });
        }
        menu->addSeparator();
        connect(menu->addAction(tr("Cancel &All")), &QAction::triggered, &m_jobs, &models::JobModel::cancelAll);
    });
    connect(&m_jobs, &QAbstractItemModel::rowsInserted, this, &JobStatusWidget::refresh);
    connect(&m_jobs, &QAbstractItemModel::rowsRemoved, this, &JobStatusWidget::refresh);
    connect(&m_jobs, &QAbstractItemModel::dataChanged, this, &JobStatusWidget::refresh);
    refresh();
}

void JobStatusWidget::refresh()
{
    const int count = m_jobs.rowCount();
    setVisible(count > 0);
    if (count == 0)
        return;
    const QModelIndex first = m_jobs.index(0);
    QString text = first.data(models::JobModel::DescriptionRole).toString();
    if (count > 1)
        text += QLatin1Char(' ') + tr("(+%n more)", nullptr, count - 1);
    m_label->setText(text);
    m_cancel->setPopupMode(count > 1 ? QToolButton::MenuButtonPopup : QToolButton::DelayedPopup);
    const qint64 total = first.data(models::JobModel::TotalRole).toLongLong();
    const qint64 done = first.data(models::JobModel::DoneRole).toLongLong();
    if (total > 0) {
        m_progress->setRange(0, 1000);
        m_progress->setValue(int(done * 1000 / total));
    } else {
        m_progress->setRange(0, 0); // busy
    }
}

} // namespace postier::ui
