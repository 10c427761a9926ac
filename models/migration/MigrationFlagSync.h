#pragma once

#include "models/migration/MigrationReport.h"
#include "protocols/ConnectionOptions.h"
#include "protocols/ServerEndpoint.h"

#include <QCoreApplication>
#include <QMutex>
#include <QString>
#include <QStringList>

#include <atomic>

namespace postier::protocols {
class Connection;
class Job;
} // namespace postier::protocols

namespace postier::models {

/// After a migration: gives the messages that were already on the server (and so were not
/// uploaded) the flags they have in the source, so that what was read, answered or flagged on
/// this computer is so on the server too.
///
/// This matters for a POP account that left a copy of each message on the server: those copies
/// sit in the server's INBOX without any flag, while the user read them long ago. Flags are only
/// ever added (\Seen, \Answered, \Flagged, \Draft, $Forwarded), never removed: a flag set on the
/// server since (read on a phone) stays. Messages are matched per folder by identity
/// (MessageKey), as the migration matches them; \Deleted is never set.
///
/// Contract: run() blocks the calling thread (a worker, never the UI's); it reads each folder of
/// the report that had messages "already there" from the source again, lists the destination
/// folder (FetchIdentityJob) and stores the missing flags (StoreFlagsJob, one command per set of
/// flags). cancel() is thread-safe and stops at the next job. A failure in one folder is a
/// sentence in errors(); the other folders go on.
class MigrationFlagSync
{
    Q_DECLARE_TR_FUNCTIONS(postier::models::MigrationFlagSync)
public:
    MigrationFlagSync(QString sourceSpec, protocols::ServerEndpoint destination, QString password,
                      protocols::ConnectionOptions options);

    /// Returns the number of messages whose flags were completed.
    qint64 run(const MigrationReport &report);
    void cancel();

    [[nodiscard]] const QStringList &errors() const { return m_errors; }

private:
    bool runJob(protocols::Connection &connection, protocols::Job &job, QString *error);

    QString m_sourceSpec;
    protocols::ServerEndpoint m_destination;
    QString m_password;
    protocols::ConnectionOptions m_options;
    QStringList m_errors;
    std::atomic_bool m_cancelled {false};
    QMutex m_mutex;
    protocols::Job *m_job = nullptr; // guarded by m_mutex
};

} // namespace postier::models
