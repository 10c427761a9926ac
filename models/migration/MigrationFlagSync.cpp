#include "models/migration/MigrationFlagSync.h"

#include "models/migration/MessageKey.h"
#include "protocols/Connection.h"
#include "protocols/imap/FetchIdentityJob.h"
#include "protocols/imap/ImapParser.h"
#include "protocols/imap/StoreFlagsJob.h"
#include "protocols/local/LocalSource.h"

#include <QHash>
#include <QMap>
#include <QMutexLocker>

namespace postier::models {

namespace {

// What may be added: never \Deleted, and \Recent cannot be stored.
constexpr quint8 kSyncable = protocols::FlagSeen | protocols::FlagAnswered | protocols::FlagFlagged
    | protocols::FlagDraft | protocols::FlagForwarded;

} // namespace

MigrationFlagSync::MigrationFlagSync(QString sourceSpec, protocols::ServerEndpoint destination, QString password,
                                     protocols::ConnectionOptions options)
    : m_sourceSpec(std::move(sourceSpec))
    , m_destination(std::move(destination))
    , m_password(std::move(password))
    , m_options(std::move(options))
{
}

void MigrationFlagSync::cancel()
{
    m_cancelled = true;
    QMutexLocker lock(&m_mutex);
    if (m_job)
        m_job->cancelToken().cancel();
}

bool MigrationFlagSync::runJob(protocols::Connection &connection, protocols::Job &job, QString *error)
{
    job.setAutoDelete(false);
    {
        QMutexLocker lock(&m_mutex);
        if (m_cancelled.load())
            return false;
        m_job = &job;
    }
    const protocols::Error e = protocols::runJobAndWait(connection, job);
    QMutexLocker lock(&m_mutex);
    m_job = nullptr;
    if (e)
        *error = e.sentence();
    return e.isOk();
}

qint64 MigrationFlagSync::run(const MigrationReport &report)
{
    m_errors.clear();
    bool any = false;
    for (const MigrationFolderReport &f : report.folders)
        any = any || (f.alreadyThere > 0 && f.error.isEmpty());
    if (!any)
        return 0;
    protocols::Error error;
    const auto source = protocols::LocalSource::open(m_sourceSpec, {}, &error);
    if (!source) {
        m_errors << error.sentence();
        return 0;
    }
    protocols::Connection connection(m_destination, m_password, m_options);
    qint64 updated = 0;
    for (const MigrationFolderReport &f : report.folders) {
        if (m_cancelled.load())
            break;
        if (f.alreadyThere <= 0 || !f.error.isEmpty())
            continue;
        // The source's flags by identity; several messages may share one.
        QHash<QByteArray, QList<quint8>> wanted;
        protocols::Error readError;
        const bool read = source->forEachMessage(f.source, [&](const protocols::LocalSourceMessage &m) {
            const QByteArray key = MessageKey::compute(MessageKey::selectFields(m.headerBlock), m.size);
            wanted[key].append(quint8(m.flags & kSyncable));
            return !m_cancelled.load();
        }, &readError);
        if (!read) {
            if (readError)
                m_errors << tr("The flags of “%1” could not be read: %2").arg(f.source, readError.sentence());
            continue;
        }
        const QByteArray raw = protocols::imap::encodeMailboxName(f.destination);
        protocols::FetchIdentityJob listing(raw, MessageKey::headerFields());
        QString sentence;
        if (!runJob(connection, listing, &sentence)) {
            if (!m_cancelled.load())
                m_errors << tr("The flags in “%1” on the server could not be brought up to date: %2").arg(f.destination, sentence);
            continue;
        }
        QMap<quint8, QVector<quint32>> toAdd; // missing flags → messages
        for (const protocols::MessageIdentity &m : listing.messages()) {
            auto it = wanted.find(MessageKey::compute(m.fields, m.size));
            if (it == wanted.end() || it->isEmpty())
                continue;
            const quint8 missing = it->takeFirst() & ~m.flags.bits;
            if (missing)
                toAdd[missing].append(m.uid);
        }
        for (auto it = toAdd.cbegin(); it != toAdd.cend(); ++it) {
            protocols::MessageFlags flags;
            flags.bits = it.key();
            protocols::StoreFlagsJob store(raw, it.value(), flags, protocols::StoreFlagsJob::Operation::Add);
            if (!runJob(connection, store, &sentence)) {
                if (!m_cancelled.load())
                    m_errors << tr("The flags in “%1” on the server could not be brought up to date: %2").arg(f.destination, sentence);
                break;
            }
            updated += it.value().size();
        }
    }
    return updated;
}

} // namespace postier::models
