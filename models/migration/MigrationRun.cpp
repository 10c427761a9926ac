#include "models/migration/MigrationRun.h"

#include "models/migration/FolderMapper.h"
#include "models/migration/MessageKey.h"
#include "models/migration/MigrationJournal.h"
#include "protocols/Connection.h"
#include "protocols/imap/AppendMessageJob.h"
#include "protocols/imap/CreateFolderJob.h"
#include "protocols/imap/ExpungeJob.h"
#include "protocols/imap/StoreFlagsJob.h"
#include "protocols/imap/FetchIdentityJob.h"
#include "protocols/imap/ImapParser.h"
#include "protocols/imap/ListFoldersJob.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QIODevice>
#include <QMutexLocker>
#include <QSet>
#include <QThread>

#include <optional>

namespace postier::models {

using protocols::ErrorKind;

struct MigrationRun::Item {
    QString id;
    QByteArray key;
    QByteArray messageId;
    qint64 size = 0;
    quint8 flags = 0;
    QByteArrayList keywords;
    qint64 internalDate = 0;
    bool nul = false;
};

struct MigrationRun::FolderWork {
    protocols::LocalSourceFolder source;
    FolderMapping mapping;
    MigrationFolderReport report;
    QVector<Item> items;
    QSet<QString> uploadedNow; // by this run, so a retry after a cut does not count them as "already there"
    QSet<QString> refusedNow;  // by this run: a retry after a cut does not send them again
    bool ready = false; // the destination folder exists and the source was read
};

namespace {

// Keywords are atoms: anything else would make the server refuse the whole APPEND.
bool isAtom(const QByteArray &keyword)
{
    if (keyword.isEmpty() || keyword.startsWith('\\'))
        return false;
    for (const char c : keyword) {
        const auto u = static_cast<unsigned char>(c);
        if (u <= 0x20 || u >= 0x7f || c == '(' || c == ')' || c == '{' || c == '%' || c == '*'
            || c == '"' || c == '\\' || c == ']')
            return false;
    }
    return true;
}

} // namespace

MigrationRun::MigrationRun(MigrationSettings settings, QObject *parent)
    : QObject(parent)
    , m_settings(std::move(settings))
{
    qRegisterMetaType<postier::models::MigrationProgress>();
}

MigrationRun::~MigrationRun() = default;

void MigrationRun::cancel()
{
    m_cancelled = true;
    QMutexLocker lock(&m_jobMutex);
    if (m_job)
        m_job->cancelToken().cancel();
}

void MigrationRun::setPaused(bool paused)
{
    m_paused = paused;
}

void MigrationRun::waitWhilePaused()
{
    while (m_paused.load() && !m_cancelled.load())
        QThread::msleep(50);
}

bool MigrationRun::runJob(protocols::Job &job, protocols::Error *error)
{
    job.setAutoDelete(false);
    {
        QMutexLocker lock(&m_jobMutex);
        if (m_cancelled.load())
            return false;
        m_job = &job;
    }
    *error = protocols::runJobAndWait(*m_connection, job);
    QMutexLocker lock(&m_jobMutex);
    m_job = nullptr;
    return error->isOk();
}

bool MigrationRun::createFolder(const QByteArray &raw, protocols::Error *error)
{
    protocols::CreateFolderJob job(raw);
    return runJob(job, error);
}

MigrationReport MigrationRun::run()
{
    QElapsedTimer timer;
    timer.start();
    m_report = MigrationReport();
    m_report.dryRun = m_settings.dryRun;
    m_report.destination = m_settings.destination.toUrl().toString();
    const auto finish = [&]() -> MigrationReport {
        m_report.elapsedMs = timer.elapsed();
        m_connection.reset();
        return m_report;
    };

    // The source.
    protocols::Error error;
    m_source = m_settings.source ? m_settings.source
                                 : std::shared_ptr<protocols::LocalSource>(protocols::LocalSource::open(
                                       m_settings.sourceSpec, m_settings.sourceOptions, &error));
    if (!m_source) {
        m_report.source = m_settings.sourceSpec;
        m_report.error = error.sentence();
        return finish();
    }
    m_report.source = m_source->description();
    Q_EMIT stage(tr("Reading %1").arg(m_report.source));
    const QList<protocols::LocalSourceFolder> sourceFolders = m_source->folders(&error);
    if (error) {
        m_report.error = error.sentence();
        return finish();
    }

    // The journal.
    m_journal = std::make_unique<MigrationJournal>();
    const QString destinationKey = m_report.destination;
    const QString journalPath = m_settings.journalPath.isEmpty()
        ? MigrationJournal::defaultPath(m_settings.sourceSpec, destinationKey)
        : m_settings.journalPath;
    QString journalError;
    if (!m_settings.dryRun || QFileInfo::exists(journalPath)) {
        if (!m_journal->open(journalPath, m_settings.sourceSpec, destinationKey, &journalError)) {
            m_report.error = journalError;
            return finish();
        }
        m_report.resumed = m_journal->hasRecords();
        // An earlier run died with APPENDs on their way: the server may still be saving what it
        // had received. Listing the folders a moment later lets those copies be seen and not
        // sent again (any that arrive later still are taken back at verification).
        if (m_journal->hasUnconfirmedSends()) {
            Q_EMIT stage(tr("Continuing an interrupted copy"));
            QThread::msleep(1500);
        }
    } else {
        m_journal.reset(); // a dry run leaves nothing behind
    }

    // The destination's folders.
    Q_EMIT stage(tr("Listing the folders on %1").arg(m_settings.destination.host));
    m_connection = std::make_unique<protocols::Connection>(m_settings.destination, m_settings.password,
                                                           m_settings.connection);
    protocols::ListFoldersJob list;
    if (!runJob(list, &error)) {
        m_report.cancelled = m_cancelled.load();
        m_report.error = m_report.cancelled ? QString() : error.sentence();
        return finish();
    }
    QChar separator;
    QList<QString> existing;
    for (const protocols::FolderInfo &f : list.folders()) {
        if (separator.isNull() && !f.separator.isNull())
            separator = f.separator;
        existing << f.path;
    }
    FolderMapper mapper(list.folders(), separator);
    mapper.setOverrides(m_settings.folderMap);

    // Read every source folder first: the totals make the progress honest.
    std::vector<FolderWork> works;
    for (const protocols::LocalSourceFolder &folder : sourceFolders) {
        if (!m_settings.onlyFolders.isEmpty() && !m_settings.onlyFolders.contains(folder.path))
            continue;
        FolderWork work;
        work.source = folder;
        work.mapping = mapper.map(folder.path, folder.specialUse);
        work.report.source = folder.path;
        work.report.destination = work.mapping.destination;
        work.report.renamedBecause = work.mapping.reason;
        if (readSource(work))
            m_progress.total += work.items.size();
        works.push_back(std::move(work));
        if (stopRequested())
            break;
    }

    // Copy, folder by folder.
    for (FolderWork &work : works) {
        if (stopRequested() || !m_report.error.isEmpty())
            break;
        if (!work.report.error.isEmpty())
            continue;
        m_progress.folder = work.source.path;
        m_progress.folderDone = 0;
        m_progress.folderTotal = work.items.size();
        Q_EMIT progress(m_progress);
        if (!prepareFolder(work, mapper, existing))
            continue;
        for (int attempt = 0; attempt < 3; ++attempt) {
            bool retry = false;
            if (uploadFolder(work, &retry) || !retry)
                break;
            Q_EMIT stage(tr("The connection was lost; going on with “%1” where it stopped.").arg(work.source.path));
        }
    }
    m_report.cancelled = m_cancelled.load();

    // Verify.
    if (!m_settings.dryRun && !m_report.cancelled) {
        Q_EMIT stage(tr("Checking every message on the server"));
        for (FolderWork &work : works) {
            if (stopRequested())
                break;
            if (work.ready)
                verifyFolder(work);
        }
        m_report.cancelled = m_cancelled.load();
    }
    for (FolderWork &work : works)
        m_report.folders.append(work.report);
    return finish();
}

bool MigrationRun::readSource(FolderWork &work)
{
    QHash<QByteArray, int> seen;
    protocols::Error error;
    const bool ok = m_source->forEachMessage(work.source.path, [&](const protocols::LocalSourceMessage &m) {
        Item item;
        item.id = m.id;
        const QByteArray fields = MessageKey::selectFields(m.headerBlock);
        item.key = MessageKey::compute(fields, m.size);
        item.messageId = MessageKey::messageId(fields);
        item.size = m.size;
        item.flags = m.flags & ~(protocols::FlagDeleted | protocols::FlagRecent);
        for (const QString &k : m.keywords) {
            const QByteArray keyword = k.toUtf8();
            if (isAtom(keyword))
                item.keywords << keyword;
        }
        item.internalDate = m.internalDate;
        item.nul = m.containsNul;
        if (++seen[item.key] == 2)
            work.report.duplicatesInSource += 2;
        else if (seen[item.key] > 2)
            ++work.report.duplicatesInSource;
        work.report.sourceBytes += m.size;
        work.items.append(std::move(item));
        return !stopRequested();
    }, &error);
    work.report.sourceMessages = work.items.size();
    work.report.skippedDeleted = m_source->skippedDeleted(work.source.path);
    if (!ok && error) {
        work.report.error = tr("“%1” could not be read: %2").arg(work.source.path, error.sentence());
        return false;
    }
    return true;
}

bool MigrationRun::prepareFolder(FolderWork &work, const FolderMapper &mapper, QList<QString> &existing)
{
    if (m_journal)
        m_journal->recordFolder(work.source.path, work.mapping.destination, work.mapping.reason);
    if (work.mapping.exists || m_settings.dryRun) {
        work.ready = work.mapping.exists || m_settings.dryRun;
        return true;
    }
    const QChar sep = mapper.separator();
    QStringList levels = work.mapping.destination.split(sep);
    // Parents first, as real folders: a parent the server would invent is a \Noselect ghost.
    protocols::Error error;
    for (int i = 1; i < levels.size(); ++i) {
        const QString parent = levels.mid(0, i).join(sep);
        if (existing.contains(parent) || parent.compare(QLatin1String("INBOX"), Qt::CaseInsensitive) == 0)
            continue;
        if (createFolder(protocols::imap::encodeMailboxName(parent), &error) || error.kind() == ErrorKind::ServerRefused)
            existing << parent; // refused: most often it exists already; the folder itself will tell
    }
    if (!existing.contains(work.mapping.destination)
        && !createFolder(work.mapping.rawDestination, &error)) {
        if (error.kind() != ErrorKind::ServerRefused) {
            work.report.error = error.sentence();
            return false;
        }
        // The server refused the name: a stricter one, recorded.
        const QString original = levels.last();
        levels.last() = FolderMapper::strictLevel(original);
        const QString strict = levels.join(sep);
        protocols::Error second;
        if (strict == work.mapping.destination || !createFolder(protocols::imap::encodeMailboxName(strict), &second)) {
            work.report.error = tr("The server refused to create the folder “%1”: %2")
                                    .arg(work.mapping.destination, error.serverText().isEmpty() ? error.sentence() : error.serverText());
            return false;
        }
        const QString reason = tr("“%1” was renamed “%2” because the server refused the name: %3")
                                   .arg(work.mapping.destination, strict, error.serverText());
        work.mapping.destination = strict;
        work.mapping.rawDestination = protocols::imap::encodeMailboxName(strict);
        work.report.destination = strict;
        work.report.renamedBecause = reason;
        if (m_journal)
            m_journal->recordFolder(work.source.path, strict, reason);
    }
    existing << work.mapping.destination;
    work.ready = true;
    return true;
}

bool MigrationRun::uploadFolder(FolderWork &work, bool *retry)
{
    *retry = false;
    MigrationFolderReport &report = work.report;
    report.error.clear();
    report.alreadyThere = 0;

    // What is on the server already: per identity, the copies there (UID and flags).
    struct Copy {
        quint32 uid;
        quint8 bits;
    };
    QHash<QByteArray, QVector<Copy>> there;
    QHash<quint32, QByteArray> keyOfUid;
    quint32 uidValidity = 0;
    if (work.mapping.exists || !m_settings.dryRun) {
        protocols::FetchIdentityJob listing(work.mapping.rawDestination, MessageKey::headerFields());
        protocols::Error error;
        if (!runJob(listing, &error)) {
            if (m_cancelled.load())
                return false;
            *retry = error.kind() == ErrorKind::Network || error.kind() == ErrorKind::Timeout;
            report.error = tr("The folder “%1” on the server could not be read: %2")
                               .arg(work.mapping.destination, error.sentence());
            return false;
        }
        report.error.clear();
        uidValidity = listing.status().uidValidity;
        for (const protocols::MessageIdentity &m : listing.messages()) {
            const QByteArray key = MessageKey::compute(m.fields, m.size);
            there[key].append({m.uid, m.flags.bits});
            keyOfUid.insert(m.uid, key);
        }
    }
    const auto take = [&](const QByteArray &key, quint32 uid) -> std::optional<Copy> {
        auto t = there.find(key);
        if (t == there.end() || t->isEmpty())
            return std::nullopt;
        for (int k = 0; k < t->size(); ++k) {
            if (uid == 0 || t->at(k).uid == uid)
                return t->takeAt(k);
        }
        return std::nullopt;
    };

    // What is left to upload: first what the journal says went to a UID that still exists,
    // then anything whose identity is there as often as needed. A message already there that
    // lacks flags it has here (read, answered, flagged: POP left a copy on the server and the
    // user read it here) gets them added; flags are never removed.
    QHash<quint8, QVector<quint32>> flagsToAdd;
    const auto alreadyThere = [&](const Item &item, const Copy &copy) {
        const quint8 missing = quint8(item.flags & ~copy.bits
                                      & (protocols::FlagSeen | protocols::FlagAnswered | protocols::FlagFlagged
                                         | protocols::FlagForwarded));
        if (missing && !work.uploadedNow.contains(item.id))
            flagsToAdd[missing].append(copy.uid);
        if (!work.uploadedNow.contains(item.id))
            ++report.alreadyThere;
    };
    const QHash<QString, MigrationJournal::Copied> journalled = m_journal
        ? m_journal->copied(work.source.path) : QHash<QString, MigrationJournal::Copied>();
    QVector<bool> handled(work.items.size(), false);
    for (int i = 0; i < work.items.size(); ++i) {
        const Item &item = work.items.at(i);
        const auto j = journalled.constFind(item.id);
        if (j == journalled.cend() || j->uidValidity != uidValidity || keyOfUid.value(j->uid) != item.key)
            continue;
        if (const auto copy = take(item.key, j->uid)) {
            handled[i] = true;
            alreadyThere(item, *copy);
        }
    }
    QVector<int> toUpload;
    for (int i = 0; i < work.items.size(); ++i) {
        if (handled[i])
            continue;
        const Item &item = work.items.at(i);
        if (const auto copy = take(item.key, 0))
            alreadyThere(item, *copy);
        else if (!work.refusedNow.contains(item.id))
            toUpload << i;
    }
    if (!m_settings.dryRun) {
        for (auto it = flagsToAdd.cbegin(); it != flagsToAdd.cend(); ++it) {
            protocols::StoreFlagsJob store(work.mapping.rawDestination, it.value(), protocols::MessageFlags {it.key(), {}},
                                           protocols::StoreFlagsJob::Operation::Add);
            protocols::Error error;
            if (runJob(store, &error))
                report.flagsAdded += it.value().size();
            else if (m_cancelled.load())
                return false;
            // A refusal leaves those flags as they were on the server; the messages are there.
        }
    }
    m_progress.folderDone = report.alreadyThere + report.uploaded + report.refused;
    m_progress.done += report.alreadyThere;
    Q_EMIT progress(m_progress);
    if (m_settings.dryRun) {
        report.uploaded = toUpload.size();
        m_progress.done += toUpload.size();
        return true;
    }

    // Upload in batches; the journal records each batch once the server confirmed it.
    int next = 0;
    while (next < toUpload.size()) {
        waitWhilePaused();
        if (stopRequested())
            return false;
        protocols::AppendMessageJob job(work.mapping.rawDestination);
        job.setPipelineDepth(m_settings.pipelineDepth);
        job.setMultiAppend(m_settings.multiAppend);
        QVector<int> inJob;      // job index → item index
        qint64 bytes = 0;
        while (next < toUpload.size() && inJob.size() < m_settings.batchMessages
               && (inJob.isEmpty() || bytes < m_settings.batchBytes)) {
            const int index = toUpload.at(next++);
            const Item &item = work.items.at(index);
            protocols::MessageFlags flags;
            flags.bits = item.flags;
            flags.keywords = item.keywords;
            // Opened on the connection's thread when it is sent (the source is reentrant), so a
            // batch holds one open file at a time and a refused MULTIAPPEND group can be resent.
            const protocols::LocalSource *source = m_source.get();
            const QString folder = work.source.path;
            const QString id = item.id;
            const int at = job.addMessage([source, folder, id](protocols::Error *error) { return source->openMessage(folder, id, error); },
                                          item.size, flags, item.internalDate);
            job.setContainsNul(at, item.nul);
            inJob << index;
            bytes += item.size;
        }
        protocols::Error error;
        QString journalError;
        QVector<QPair<QString, QByteArray>> sending;
        for (const int index : std::as_const(inJob))
            sending.append({work.items.at(index).id, work.items.at(index).key});
        if (!m_journal->recordSending(work.source.path, sending, &journalError)) {
            m_report.error = journalError;
            return false;
        }
        if (job.count() > 0)
            runJob(job, &error);
        bool connectionLost = false;
        bool unreadable = false;
        if (!m_journal->begin(&journalError)) {
            m_report.error = journalError;
            return false;
        }
        for (int k = 0; k < inJob.size(); ++k) {
            const Item &item = work.items.at(inJob.at(k));
            const protocols::AppendMessageJob::Result &r = job.results().at(k);
            switch (r.outcome) {
            case protocols::AppendMessageJob::Outcome::Appended:
                m_journal->recordCopied(work.source.path, item.id, item.key,
                                        {work.mapping.destination, r.uidValidity, r.uid});
                ++report.uploaded;
                work.uploadedNow.insert(item.id);
                m_refusedInARow = 0;
                ++m_progress.done;
                ++m_progress.folderDone;
                m_progress.bytesDone += item.size;
                break;
            case protocols::AppendMessageJob::Outcome::Refused:
                m_journal->recordRefused(work.source.path, item.id, item.key, work.mapping.destination,
                                         r.error.sentence());
                work.refusedNow.insert(item.id);
                ++report.refused;
                ++m_refusedTotal;
                ++m_refusedInARow;
                ++m_progress.done;
                ++m_progress.folderDone;
                break;
            case protocols::AppendMessageJob::Outcome::Unknown:
            case protocols::AppendMessageJob::Outcome::NotSent:
                if (r.error.kind() == ErrorKind::LocalIo) {
                    // Its file could not be read (changed since it was listed): the job dropped
                    // the connection to void the half-sent literal; the others go again.
                    m_journal->recordRefused(work.source.path, item.id, item.key, work.mapping.destination,
                                             r.error.sentence());
                    work.refusedNow.insert(item.id);
                    ++report.refused;
                    ++m_refusedTotal;
                    ++m_progress.done;
                    ++m_progress.folderDone;
                    unreadable = true;
                } else {
                    connectionLost = true;
                }
                break;
            }
        }
        if (!m_journal->commit(&journalError)) {
            m_report.error = journalError;
            return false;
        }
        Q_EMIT progress(m_progress);
        if (stopRequested())
            return false;
        if (connectionLost) {
            // Retried from the listing (what went through is found there); said if it never works.
            *retry = unreadable || error.kind() == ErrorKind::Network || error.kind() == ErrorKind::Timeout;
            report.error = error.sentence();
            return false;
        }
        if (m_refusedTotal >= m_settings.errorCeiling || m_refusedInARow >= m_settings.consecutiveErrorCeiling) {
            m_report.error = tr("The migration stopped after %n refused message(s); the last reason: %1", nullptr,
                                int(m_refusedTotal))
                                 .arg(error.sentence());
            return false;
        }
    }
    return true;
}

void MigrationRun::verifyFolder(FolderWork &work)
{
    MigrationFolderReport &report = work.report;
    QHash<QByteArray, QVector<quint32>> there;
    quint32 uidValidity = 0;
    if (!listIdentities(work, &there, &uidValidity))
        return;
    // A run killed with APPENDs in flight: the server may still have been saving them while the
    // next run listed the folder, which then sent them once more. Such surplus copies are
    // recognised here (a key more often on the server than in the source) and, as far as Postier
    // sent them, removed again: an identical copy (same identity and size) stays.
    QHash<QByteArray, int> inSource;
    for (const Item &item : std::as_const(work.items))
        ++inSource[item.key];
    // How often Postier sent each key into this folder, in every run: it never takes back more
    // copies than it may have made, nor goes below what the source has.
    const QHash<QByteArray, int> sent = m_journal ? m_journal->sentCounts(work.source.path) : QHash<QByteArray, int>();
    QVector<quint32> surplus;
    for (auto it = there.cbegin(); it != there.cend(); ++it) {
        const int extra = std::min(int(it->size()) - inSource.value(it.key()), sent.value(it.key()));
        if (extra <= 0 || !inSource.contains(it.key()))
            continue;
        QVector<quint32> uids = *it;
        std::sort(uids.begin(), uids.end(), std::greater<>());
        surplus += uids.mid(0, extra); // identical copies (same identity and size): the newest go
    }
    if (!surplus.isEmpty()) {
        protocols::Error error;
        protocols::StoreFlagsJob mark(work.mapping.rawDestination, surplus, protocols::MessageFlags {protocols::FlagDeleted, {}},
                                      protocols::StoreFlagsJob::Operation::Add);
        protocols::ExpungeJob expunge(work.mapping.rawDestination, surplus);
        if (runJob(mark, &error) && runJob(expunge, &error)) {
            report.uploaded -= surplus.size();
            report.alreadyThere += surplus.size();
            if (!listIdentities(work, &there, &uidValidity))
                return;
        }
    }

    const QHash<QString, QString> refused = m_journal ? m_journal->refused(work.source.path) : QHash<QString, QString>();
    report.verified = 0;
    report.missing.clear();
    for (const Item &item : std::as_const(work.items)) {
        auto t = there.find(item.key);
        if (t != there.end() && !t->isEmpty()) {
            t->removeLast();
            ++report.verified;
            continue;
        }
        const QString reason = refused.value(item.id);
        report.missing.append({item.id, item.messageId,
                               reason.isEmpty() ? tr("It is not on the server after the copy.") : reason});
    }
}

bool MigrationRun::listIdentities(FolderWork &work, QHash<QByteArray, QVector<quint32>> *out, quint32 *uidValidity)
{
    protocols::FetchIdentityJob listing(work.mapping.rawDestination, MessageKey::headerFields());
    protocols::Error error;
    if (!runJob(listing, &error)) {
        work.report.error = tr("The folder “%1” could not be checked: %2").arg(work.mapping.destination, error.sentence());
        return false;
    }
    out->clear();
    *uidValidity = listing.status().uidValidity;
    for (const protocols::MessageIdentity &m : listing.messages())
        (*out)[MessageKey::compute(m.fields, m.size)].append(m.uid);
    return true;
}

} // namespace postier::models
