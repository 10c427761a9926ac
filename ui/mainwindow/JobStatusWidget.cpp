#include "ui/mainwindow/JobStatusWidget.h"

#include "models/session/JobModel.h"
#include "ui/mainwindow/Icons.h"

#include <QHBoxLayout>
#include <QLabel>
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
    connect(m_cancel, &QToolButton::clicked, this, [this] { m_jobs.cancel(0); });
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
