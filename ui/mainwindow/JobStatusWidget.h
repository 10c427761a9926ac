#pragma once

#include <QWidget>

class QLabel;
class QProgressBar;
class QToolButton;

namespace postier::models {
class JobModel;
}

namespace postier::ui {

/// The right end of the status bar: what Postier is doing now, how far it got, and a button to
/// cancel it. Hidden when nothing runs. Shows the first running job and "+N" for the others.
class JobStatusWidget : public QWidget
{
    Q_OBJECT
public:
    explicit JobStatusWidget(models::JobModel &jobs, QWidget *parent = nullptr);

private:
    void refresh();

    models::JobModel &m_jobs;
    QLabel *m_label;
    QProgressBar *m_progress;
    QToolButton *m_cancel;
};

} // namespace postier::ui
