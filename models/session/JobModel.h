#pragma once

#include <QAbstractListModel>
#include <QPointer>
#include <QVector>

namespace postier::protocols {
class Job;
}

namespace postier::models {

/// The jobs running now, for the status bar: what each is doing, how far it got, and a way to
/// cancel it. track() adds a job; it leaves the model by itself when it finishes.
class JobModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Role { DescriptionRole = Qt::UserRole + 200, DoneRole, TotalRole };

    explicit JobModel(QObject *parent = nullptr);

    void track(protocols::Job *job);
    /// Cancels the job in that row (if it still runs).
    void cancel(int row);
    void cancelAll();

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role) const override;

Q_SIGNALS:
    /// A job failed (not cancelled): the UI decides how to show the sentence. Repeats of the same
    /// sentence within a few seconds are coalesced.
    void jobFailed(const QString &sentence);

private:
    struct Entry {
        QPointer<protocols::Job> job;
        QString description;
        qint64 done = 0;
        qint64 total = 0;
    };
    int rowOf(const protocols::Job *job) const;

    QVector<Entry> m_entries;
    QString m_lastFailure;
    qint64 m_lastFailureAt = 0;
};

} // namespace postier::models
