#include "models/search/ServerSearch.h"

#include "models/accounts/Account.h"
#include "models/cache/HeaderCache.h"
#include "models/session/MailSession.h"
#include "protocols/imap/ImapParser.h"
#include "protocols/imap/SearchJob.h"
#include "protocols/imap/SyncHeadersJob.h"

#include <QTimer>
#include <algorithm>

namespace postier::models {

namespace {
constexpr int kMaxTerms = 16;
}

ServerSearch::ServerSearch(MailSession &session, QObject *parent)
    : QObject(parent)
    , m_session(session)
{
    qRegisterMetaType<postier::models::ServerSearch::Result>();
}

ServerSearch::~ServerSearch()
{
    ++m_generation; // nothing of the search is reported any more
    for (const auto &job : std::as_const(m_jobs)) {
        if (job)
            job->cancel();
    }
}

QStringList ServerSearch::queryTerms(const QString &query)
{
    QStringList terms;
    QString current;
    bool quoted = false;
    const auto flush = [&] {
        const QString term = current.trimmed();
        if (!term.isEmpty() && terms.size() < kMaxTerms)
            terms << term;
        current.clear();
    };
    for (const QChar c : query) {
        if (c == QLatin1Char('"')) {
            flush();
            quoted = !quoted;
        } else if (c.isSpace() && !quoted) {
            flush();
        } else {
            current += c;
        }
    }
    flush();
    return terms;
}

QVector<QPair<quint32, quint32>> ServerSearch::uidRanges(const QVector<quint32> &uids, int maxRanges)
{
    QVector<QPair<quint32, quint32>> ranges;
    if (uids.isEmpty() || maxRanges < 1)
        return ranges;
    // Split at the (maxRanges - 1) widest gaps; every other gap is read through.
    QVector<QPair<quint32, int>> gaps; // width, index of the UID before the gap
    for (int i = 0; i + 1 < uids.size(); ++i) {
        if (uids[i + 1] > uids[i] + 1)
            gaps.append({uids[i + 1] - uids[i], i});
    }
    const int splits = std::min<int>(maxRanges - 1, int(gaps.size()));
    std::partial_sort(gaps.begin(), gaps.begin() + splits, gaps.end(),
                      [](const auto &a, const auto &b) { return a.first > b.first; });
    QVector<int> cuts;
    for (int i = 0; i < splits; ++i)
        cuts.append(gaps[i].second);
    std::sort(cuts.begin(), cuts.end());
    int start = 0;
    for (const int cut : std::as_const(cuts)) {
        ranges.append({uids[start], uids[cut]});
        start = cut + 1;
    }
    ranges.append({uids[start], uids.last()});
    return ranges;
}

void ServerSearch::start(const QString &accountId, const QByteArray &rawFolderName, const QString &query)
{
    if (m_running) {
        ++m_generation; // the replaced search ends silently
        for (const auto &job : std::as_const(m_jobs)) {
            if (job)
                job->cancel();
        }
    }
    m_jobs.clear();
    m_missing.clear();
    m_pendingFetches = 0;
    m_result = {};
    m_accountId = accountId;
    m_folder = rawFolderName;
    m_query = query;
    m_running = true;
    m_cancelRequested = false;
    const quint64 generation = ++m_generation;
    const auto failLater = [this, generation](const protocols::Error &error) {
        // Asynchronous like every other outcome, so callers see one behaviour.
        QTimer::singleShot(0, this, [this, generation, error] {
            if (generation == m_generation)
                finish(error);
        });
    };

    const QStringList terms = queryTerms(query);
    if (terms.isEmpty())
        return failLater(protocols::Error(protocols::ErrorKind::Usage, tr("Type the words to search for first.")));
    Account account;
    if (!m_session.account(accountId, &account))
        return failLater(protocols::Error(protocols::ErrorKind::Usage, tr("This account no longer exists.")));
    if (account.incoming.protocol != protocols::Protocol::Imap)
        return failLater(protocols::Error(
            protocols::ErrorKind::Usage,
            tr("The account %1 keeps its mail on this computer (POP3): everything it has is "
               "already searched here.")
                .arg(account.name)));
    protocols::FolderInfo info;
    info.rawName = rawFolderName;
    info.path = protocols::imap::decodeMailboxName(rawFolderName);
    m_result.folderId = m_session.cache().folderId(Account::passwordKey(account.incoming), info);
    if (m_result.folderId <= 0)
        return failLater(protocols::Error(protocols::ErrorKind::LocalIo, m_session.cache().lastError()));

    auto *job = new protocols::SearchJob(rawFolderName);
    for (const QString &term : terms)
        job->addText(protocols::SearchJob::Field::Text, term);
    job->setPriority(protocols::Job::Priority::Interactive);
    m_jobs.append(job);
    connect(job, &protocols::Job::finished, this, [this, job, generation] {
        if (generation != m_generation)
            return;
        if (m_cancelRequested)
            return finish(cancelled());
        if (job->error())
            return finish(job->error());
        searched(job->uids());
    });
    m_session.runIncoming(accountId, job);
}

void ServerSearch::searched(const QVector<quint32> &uids)
{
    m_result.uids = uids;
    const QVector<quint32> cached = m_session.cache().uids(m_result.folderId);
    QVector<quint32> missing;
    std::set_difference(uids.begin(), uids.end(), cached.begin(), cached.end(), std::back_inserter(missing));
    if (missing.isEmpty())
        return finish({});
    fetchMissing(missing);
}

void ServerSearch::fetchMissing(const QVector<quint32> &missing)
{
    m_missing = QSet<quint32>(missing.begin(), missing.end());
    const quint64 generation = m_generation;
    const auto ranges = uidRanges(missing, maxFetchRanges());
    m_pendingFetches = int(ranges.size());
    for (const auto &[first, last] : ranges) {
        auto *job = new protocols::SyncHeadersJob(m_folder);
        job->setFirstUid(first);
        job->setLastUid(last);
        job->setPriority(protocols::Job::Priority::Interactive);
        job->setMaxBatchesInFlight(4);
        m_jobs.append(job);
        connect(job, &protocols::SyncHeadersJob::headersReady, this,
                [this, job, generation](const protocols::HeaderBatch &batch) {
                    job->batchConsumed();
                    if (generation != m_generation || !m_running)
                        return;
                    // A range may span messages that did not match: only the matches are kept.
                    protocols::HeaderBatch matches;
                    for (const auto &record : batch) {
                        if (m_missing.contains(record.uid))
                            matches.append(record);
                    }
                    if (matches.isEmpty())
                        return;
                    if (!m_session.cache().storeHeaders(m_result.folderId, matches))
                        return finish(protocols::Error(protocols::ErrorKind::LocalIo, m_session.cache().lastError()));
                    for (const auto &record : std::as_const(matches))
                        m_result.fetched.append(record.uid);
                });
        connect(job, &protocols::Job::finished, this, [this, job, generation] {
            if (generation != m_generation || !m_running)
                return;
            if (m_cancelRequested)
                return finish(cancelled());
            if (job->error())
                return finish(job->error());
            if (--m_pendingFetches == 0)
                finish({});
        });
        m_session.runIncoming(m_accountId, job);
    }
}

protocols::Error ServerSearch::cancelled()
{
    return protocols::Error(protocols::ErrorKind::Cancelled, tr("The search on the server was cancelled."));
}

void ServerSearch::cancel()
{
    if (!m_running)
        return;
    // Even a job that had already finished on its thread now reports a cancel.
    m_cancelRequested = true;
    for (const auto &job : std::as_const(m_jobs)) {
        if (job)
            job->cancel();
    }
}

void ServerSearch::finish(const protocols::Error &error)
{
    if (!m_running)
        return;
    m_running = false;
    m_result.error = error;
    if (error) {
        for (const auto &job : std::as_const(m_jobs)) {
            if (job)
                job->cancel();
        }
    }
    m_jobs.clear();
    std::sort(m_result.fetched.begin(), m_result.fetched.end());
    m_result.fetched.erase(std::unique(m_result.fetched.begin(), m_result.fetched.end()), m_result.fetched.end());
    Q_EMIT finished(m_result);
}

} // namespace postier::models
