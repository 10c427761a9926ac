#pragma once

#include "protocols/Error.h"

#include <QCoreApplication>
#include <QHash>
#include <QString>
#include <QStringList>

#include <optional>

namespace postier::protocols {

/// Which POP3 messages (by UIDL) are already stored on this computer, under which local id, and
/// since when. It is what makes fetching idempotent: a message whose UIDL is recorded is never
/// downloaded again.
///
/// Contract: kept in a small text file inside the MaildirStore (defaultPath()), one line per
/// message, "uidl<TAB>local id<TAB>fetched at (seconds since 1970)", after a '#' header line, so a
/// person can read it. add() appends one line and flushes it to the disk before returning, so
/// the entry survives a crash the moment the message does; call it only after the message is
/// committed to the store. remove() and prune() change memory only; save() rewrites the whole
/// file atomically (QSaveFile). load() treats a missing file as empty, later lines win, and a line
/// torn by a crash is ignored (its message is then fetched once more rather than lost). One record
/// per POP3 account: keep each account in its own store.
class Pop3UidlRecord
{
    Q_DECLARE_TR_FUNCTIONS(postier::protocols::Pop3UidlRecord)
public:
    struct Entry {
        QString localId;
        qint64 fetchedAt = 0; ///< Seconds since the epoch.
    };

    explicit Pop3UidlRecord(QString filePath);
    /// `<store root>/postier-uidl`.
    [[nodiscard]] static QString defaultPath(const QString &storeRoot);

    [[nodiscard]] QString filePath() const { return m_path; }
    bool load(Error *error = nullptr);

    [[nodiscard]] bool contains(const QString &uid) const { return m_entries.contains(uid); }
    [[nodiscard]] std::optional<Entry> entry(const QString &uid) const;
    [[nodiscard]] int size() const { return int(m_entries.size()); }
    [[nodiscard]] QStringList uids() const { return m_entries.keys(); }

    /// Records a stored message durably (append + fsync).
    bool add(const QString &uid, const QString &localId, qint64 fetchedAt, Error *error = nullptr);
    void remove(const QString &uid) { m_entries.remove(uid); }
    /// Forgets every UIDL that is not in `present` (the server no longer has it); returns how many.
    int prune(const QStringList &present);
    /// Rewrites the file with the current entries, atomically.
    bool save(Error *error = nullptr);

private:
    QString m_path;
    QHash<QString, Entry> m_entries;
};

} // namespace postier::protocols
