#pragma once

// What the migration tests check on both sides of a copy: the source as the engine uploads it,
// and the server's folders by identity, with flags, dates and bytes. Header-only: only tests that
// link the models use it (MessageKey), and the support library itself stays protocols-only.

#include "models/migration/MessageKey.h"
#include "protocols/Connection.h"
#include "protocols/imap/FetchIdentityJob.h"
#include "protocols/imap/FetchMessageJob.h"
#include "protocols/imap/ImapParser.h"
#include "protocols/local/LocalSource.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QDirIterator>
#include <QFile>
#include <QIODevice>
#include <QMap>
#include <QVector>

namespace postier::test {

/// Every file under `root`: relative path → size, mtime and SHA-1. Equal before and after a
/// migration means the source was not touched.
inline QMap<QString, QByteArray> snapshot(const QString &root)
{
    QMap<QString, QByteArray> out;
    QDirIterator it(root, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly))
            continue;
        QCryptographicHash hash(QCryptographicHash::Sha1);
        hash.addData(&f);
        out.insert(path.mid(root.size()), QByteArray::number(f.size()) + ' '
                       + QByteArray::number(it.fileInfo().lastModified().toMSecsSinceEpoch()) + ' '
                       + hash.result().toHex());
    }
    return out;
}

/// One message of a server folder: its identity key (MessageKey), flags and INTERNALDATE.
struct ServerMessage {
    quint32 uid;
    QByteArray key;
    protocols::MessageFlags flags;
    qint64 internalDate;
};

/// The folder's messages on the server (a multiset of keys); empty, with a warning, on failure.
inline QVector<ServerMessage> listServer(protocols::Connection &c, const QString &folder)
{
    protocols::FetchIdentityJob job(protocols::imap::encodeMailboxName(folder), models::MessageKey::headerFields());
    job.setAutoDelete(false);
    const protocols::Error e = protocols::runJobAndWait(c, job);
    QVector<ServerMessage> out;
    if (e) {
        qWarning() << "listing" << folder << e.sentence();
        return out;
    }
    for (const protocols::MessageIdentity &m : job.messages())
        out.append({m.uid, models::MessageKey::compute(m.fields, m.size), m.flags, m.internalDate});
    return out;
}

/// The message's bytes as the server keeps them (BODY.PEEK[]); empty on failure.
inline QByteArray fetchRaw(protocols::Connection &c, const QString &folder, quint32 uid)
{
    protocols::FetchMessageJob job(protocols::imap::encodeMailboxName(folder), uid);
    job.setAutoDelete(false);
    const protocols::Error e = protocols::runJobAndWait(c, job);
    return e ? QByteArray() : job.content();
}

/// One message of the source as the engine uploads it.
struct SourceMessage {
    QByteArray key;
    QByteArray bytes;
    quint8 flags; ///< without \Deleted and \Recent, which are never uploaded
    qint64 internalDate;
};

/// The source as the engine uploads it: folder → its messages. Folders without messages are left
/// out unless `withEmptyFolders`.
inline QMap<QString, QVector<SourceMessage>> readSource(const QString &spec, bool withEmptyFolders = true)
{
    QMap<QString, QVector<SourceMessage>> out;
    protocols::Error error;
    auto source = protocols::LocalSource::open(spec, {}, &error);
    if (!source)
        return out;
    for (const protocols::LocalSourceFolder &f : source->folders(&error)) {
        QVector<SourceMessage> list;
        source->forEachMessage(f.path, [&](const protocols::LocalSourceMessage &m) {
            auto device = source->openMessage(f.path, m.id, &error);
            list.append({models::MessageKey::compute(models::MessageKey::selectFields(m.headerBlock), m.size),
                         device ? device->readAll() : QByteArray(),
                         quint8(m.flags & ~(protocols::FlagDeleted | protocols::FlagRecent)), m.internalDate});
            return true;
        }, &error);
        if (withEmptyFolders || !list.isEmpty())
            out.insert(f.path, list);
    }
    return out;
}

} // namespace postier::test
