#include "models/session/JobModel.h"

#include "protocols/Job.h"

#include <QDateTime>

namespace postier::models {

JobModel::JobModel(QObject *parent)
    : QAbstractListModel(parent)
{
}

int JobModel::rowOf(const protocols::Job *job) const
{
    for (int i = 0; i < m_entries.size(); ++i) {
        if (m_entries[i].job == job)
            return i;
    }
    return -1;
}

void JobModel::track(protocols::Job *job)
{
    beginInsertRows({}, int(m_entries.size()), int(m_entries.size()));
    m_entries.append({job, job->description(), 0, 0});
    endInsertRows();
    connect(job, &protocols::Job::progress, this, [this, job](qint64 done, qint64 total) {
        const int row = rowOf(job);
        if (row < 0)
            return;
        m_entries[row].done = done;
        m_entries[row].total = total;
        Q_EMIT dataChanged(index(row), index(row), {DoneRole, TotalRole});
    });
    connect(job, &protocols::Job::finished, this, [this, job] {
        const int row = rowOf(job);
        if (row >= 0) {
            beginRemoveRows({}, row, row);
            m_entries.remove(row);
            endRemoveRows();
        }
        const protocols::Error &error = job->error();
        if (error && error.kind() != protocols::ErrorKind::Cancelled) {
            const qint64 now = QDateTime::currentMSecsSinceEpoch();
            if (error.sentence() != m_lastFailure || now - m_lastFailureAt > 5000)
                Q_EMIT jobFailed(error.sentence());
            m_lastFailure = error.sentence();
            m_lastFailureAt = now;
        }
    });
}

void JobModel::cancel(int row)
{
    if (row >= 0 && row < m_entries.size() && m_entries[row].job)
        m_entries[row].job->cancel();
}

void JobModel::cancelAll()
{
    for (const Entry &e : std::as_const(m_entries)) {
        if (e.job)
            e.job->cancel();
    }
}

int JobModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

QVariant JobModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_entries.size())
        return {};
    const Entry &e = m_entries[index.row()];
    switch (role) {
    case Qt::DisplayRole:
    case DescriptionRole: return e.description;
    case DoneRole: return e.done;
    case TotalRole: return e.total;
    default: return {};
    }
}

} // namespace postier::models
