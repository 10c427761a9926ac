#pragma once

#include "protocols/Error.h"

#include <QByteArray>
#include <QObject>
#include <QPair>
#include <QPointer>
#include <QSet>
#include <QString>
#include <QStringList>
#include <QVector>

namespace postier::protocols {
class Job;
}

namespace postier::models {

class MailSession;

/// Searches one IMAP folder on the server, for what the offline cache cannot find: messages whose
/// headers are not cached yet (a folder still being read, or older than what was synced), and
/// text that only the server indexes (the body).
///
/// start() sends one `UID SEARCH` (protocols::SearchJob) with a TEXT criterion per term of the
/// query (all must match; case-insensitive substrings, as the server matches them), then fetches
/// the headers of the matches the cache lacks (SyncHeadersJob over at most maxFetchRanges() UID
/// ranges, keeping only the matches) and stores them in the cache, so a list filtered to
/// Result::uids shows every match. Every job runs on the account's shared incoming connection
/// through MailSession::runIncoming(), so it is listed in the job model, with its progress and a
/// cancel button; cancelling any of them, or cancel(), ends the search with ErrorKind::Cancelled.
///
/// finished() is emitted exactly once per start(), unless a newer start() replaced the search
/// first (the old one then ends silently). A refusal of the server (NO, BAD) or a missing folder
/// comes back as the job's sentence in Result::error; an account that is not IMAP, or a query with
/// nothing to search for, as a sentence too.
class ServerSearch : public QObject
{
    Q_OBJECT
public:
    struct Result {
        protocols::Error error;
        QVector<quint32> uids;    ///< every match on the server, ascending
        QVector<quint32> fetched; ///< matches that were not in the cache and now are, ascending
        qint64 folderId = 0;      ///< the folder's id in the cache (0 if unknown)
    };

    explicit ServerSearch(MailSession &session, QObject *parent = nullptr);
    ~ServerSearch() override;

    /// Searches `rawFolderName` (modified UTF-7, as on the wire) of the account for `query`.
    void start(const QString &accountId, const QByteArray &rawFolderName, const QString &query);
    /// Stops the running search; finished() then reports ErrorKind::Cancelled.
    void cancel();
    [[nodiscard]] bool isRunning() const { return m_running; }
    [[nodiscard]] QString query() const { return m_query; }

    /// The query as search terms: words split at white space, "quoted phrases" kept whole, at most
    /// 16 terms, none empty.
    [[nodiscard]] static QStringList queryTerms(const QString &query);
    /// Covers the ascending `uids` with at most `maxRanges` closed ranges, splitting at the widest
    /// gaps, so that the few FETCH commands read as few other messages as possible.
    [[nodiscard]] static QVector<QPair<quint32, quint32>> uidRanges(const QVector<quint32> &uids,
                                                                     int maxRanges);
    [[nodiscard]] static constexpr int maxFetchRanges() { return 16; }

Q_SIGNALS:
    void finished(const postier::models::ServerSearch::Result &result);

private:
    void searched(const QVector<quint32> &uids);
    void fetchMissing(const QVector<quint32> &missing);
    void finish(const protocols::Error &error);
    [[nodiscard]] static protocols::Error cancelled();

    MailSession &m_session;
    QString m_accountId;
    QByteArray m_folder;
    QString m_query;
    bool m_running = false;
    bool m_cancelRequested = false;
    quint64 m_generation = 0;
    QVector<QPointer<protocols::Job>> m_jobs;
    int m_pendingFetches = 0;
    QSet<quint32> m_missing;
    Result m_result;
};

} // namespace postier::models
