#include "protocols/local/FileTreeSource.h"

#include "protocols/local/CrlfDevice.h"
#include "protocols/local/LocalMessageInfo.h"
#include "protocols/local/MaildirStore.h"
#include "protocols/local/MboxScanner.h"
#include "protocols/local/MessageFilter.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <algorithm>
#include <cerrno>
#include <optional>

namespace postier::protocols {

using namespace localsource;

namespace {

constexpr qint64 kReadChunk = 256 * 1024;

qint64 fileTime(const QFileInfo &info)
{
    return info.lastModified().toSecsSinceEpoch();
}

// Fills what the filter learnt into *m; returns the stored state (for expunged/partial).
StoredState describe(const MessageFilter &filter, qint64 storeDate, qint64 mtime,
                     bool flagsFromHeaders, LocalSourceMessage *m)
{
    m->size = filter.outputSize();
    m->headerBlock = filter.headerBlock();
    m->containsNul = filter.containsNul();
    const StoredState state = storedState(filter.stateHeaders());
    if (flagsFromHeaders)
        m->flags = state.flags;
    m->keywords = state.keywords;
    m->partial = state.partial;
    if (storeDate > 0) {
        m->internalDate = storeDate;
    } else {
        const qint64 date = parseDateHeader(filter.dateHeader());
        m->internalDate = date > 0 ? date : mtime;
    }
    return state;
}

// The length of a leading mbox envelope line ("From sender date") in an .eml file, or 0.
qint64 envelopeLength(QIODevice &file)
{
    const QByteArray start = file.peek(MboxScanner::kEnvelopeMax);
    if (!start.startsWith("From "))
        return 0;
    const qsizetype nl = start.indexOf('\n');
    if (nl < 0)
        return 0;
    QByteArray line = start.left(nl);
    if (line.endsWith('\r'))
        line.chop(1);
    return parseEnvelopeLine(line) ? nl + 1 : 0;
}

bool filterFile(QFile &file, MessageFilter &filter, QByteArray &buffer)
{
    buffer.resize(kReadChunk);
    for (;;) {
        const qint64 n = file.read(buffer.data(), kReadChunk);
        if (n < 0)
            return false;
        if (n == 0)
            break;
        filter.feed(buffer.constData(), n, nullptr);
    }
    filter.finish(nullptr);
    return true;
}

// Compares folder paths level by level: INBOX first at the top, then by name ignoring case; a
// parent sorts right before its children.
bool folderLess(const QString &a, const QString &b)
{
    const QStringList la = a.split(QLatin1Char('/'));
    const QStringList lb = b.split(QLatin1Char('/'));
    for (qsizetype i = 0; i < std::min(la.size(), lb.size()); ++i) {
        if (la.at(i) == lb.at(i))
            continue;
        if (i == 0 && LocalSource::isInboxName(la.at(i)) != LocalSource::isInboxName(lb.at(i)))
            return LocalSource::isInboxName(la.at(i));
        // Not locale-aware: the same tree lists in the same order on every machine.
        const int c = la.at(i).compare(lb.at(i), Qt::CaseInsensitive);
        return c != 0 ? c < 0 : la.at(i) < lb.at(i);
    }
    return la.size() < lb.size();
}

} // namespace

FileTreeSource::FileTreeSource(const LocalSourceOptions &options, QString description)
    : m_options(options)
    , m_description(std::move(description))
{}

FileTreeSource::~FileTreeSource() = default;

bool FileTreeSource::isMaildirDirectory(const QString &dir, bool curIsEnough)
{
    const QDir d(dir);
    return QFileInfo(d.filePath(QStringLiteral("cur"))).isDir()
        && (curIsEnough || QFileInfo(d.filePath(QStringLiteral("new"))).isDir());
}

bool FileTreeSource::startsLikeMbox(const QString &filePath)
{
    QFile file(filePath);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    return file.read(5) == "From ";
}

void FileTreeSource::addFolder(const QString &path, Store store, const QString &location)
{
    Entry entry;
    entry.folder.path = path;
    entry.folder.holdsMessages = store != Store::Container;
    entry.store = store;
    entry.location = location;
    for (Entry &existing : m_entries) {
        if (existing.folder.path != path)
            continue;
        if (store == Store::Container)
            return;
        if (existing.store == Store::Container) {
            existing = entry;
            return;
        }
        for (int n = 2;; ++n) {
            const QString candidate = path + QStringLiteral(" (%1)").arg(n);
            const bool taken = std::any_of(m_entries.cbegin(), m_entries.cend(),
                                           [&](const Entry &e) { return e.folder.path == candidate; });
            if (!taken) {
                entry.folder.path = candidate;
                break;
            }
        }
        break;
    }
    m_entries << entry;
}

void FileTreeSource::finishFolders(int accountDepth)
{
    // Parents that hold nothing themselves ("Archive" of ".Archive.2024") still need a level.
    const QList<Entry> snapshot = m_entries;
    for (const Entry &e : snapshot) {
        QString parent = e.folder.path;
        for (qsizetype slash = parent.lastIndexOf(QLatin1Char('/')); slash > 0;
             slash = parent.lastIndexOf(QLatin1Char('/'))) {
            parent.truncate(slash);
            addFolder(parent, Store::Container, QString());
        }
    }
    std::sort(m_entries.begin(), m_entries.end(),
              [](const Entry &a, const Entry &b) { return folderLess(a.folder.path, b.folder.path); });

    // Each special use once: folders at the top (of each account) first, then the children of
    // an INBOX or a Gmail "[Gmail]" level.
    QStringList taken;
    auto guess = [&](bool nested) {
        for (Entry &e : m_entries) {
            if (!e.folder.holdsMessages || !e.folder.specialUse.isEmpty())
                continue;
            const QStringList levels = e.folder.path.split(QLatin1Char('/'));
            const qsizetype depth = levels.size() - 1;
            if (!nested && depth != accountDepth)
                continue;
            if (nested) {
                if (depth != accountDepth + 1)
                    continue;
                const QString parent = levels.at(depth - 1);
                if (!isInboxName(parent) && parent != QLatin1String("[Gmail]")
                    && parent != QLatin1String("[Google Mail]"))
                    continue;
            }
            const QString use = guessSpecialUse(levels.constLast());
            if (use.isEmpty() || taken.contains(use))
                continue;
            taken << use;
            e.folder.specialUse = use;
        }
    };
    guess(false);
    guess(true);
}

QList<LocalSourceFolder> FileTreeSource::folders(Error *) const
{
    QList<LocalSourceFolder> out;
    out.reserve(m_entries.size());
    for (const Entry &e : m_entries)
        out << e.folder;
    return out;
}

const FileTreeSource::Entry *FileTreeSource::find(const QString &folder) const
{
    for (const Entry &e : m_entries) {
        if (e.folder.path == folder)
            return &e;
    }
    if (isInboxName(folder)) {
        for (const Entry &e : m_entries) {
            if (isInboxName(e.folder.path))
                return &e;
        }
    }
    return nullptr;
}

qint64 FileTreeSource::skippedDeleted(const QString &folder) const
{
    const QMutexLocker lock(&m_mutex);
    return m_skipped.value(folder, 0);
}

bool FileTreeSource::forEachMessage(const QString &folder,
                                    const std::function<bool(const LocalSourceMessage &)> &visit,
                                    Error *error) const
{
    const Entry *entry = find(folder);
    if (!entry) {
        if (error)
            *error = missingFolderError(folder, m_description);
        return false;
    }
    switch (entry->store) {
    case Store::Container: return true;
    case Store::Mbox: return forEachMbox(*entry, visit, error);
    case Store::Maildir: return forEachMaildir(*entry, visit, error);
    case Store::EmlDirectory:
    case Store::EmlFile: return forEachEml(*entry, visit, error);
    }
    return true;
}

bool FileTreeSource::forEachMbox(const Entry &entry,
                                 const std::function<bool(const LocalSourceMessage &)> &visit,
                                 Error *error) const
{
    QFile file(entry.location);
    errno = 0;
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = readError(entry.location, errno, file.errorString());
        return false;
    }
    struct ListingSink final : MboxScanner::Sink {
        MessageFilter::Options options;
        const std::function<bool(const LocalSourceMessage &)> *visit = nullptr;
        qint64 mtime = 0;
        std::optional<MessageFilter> filter;
        LocalSourceMessage message;
        qint64 envelopeDate = -1;
        bool preferReceived = false;
        qint64 skipped = 0;
        bool stopped = false;

        bool begin(qint64 offset, const QByteArray &envelope) override
        {
            filter.emplace(options);
            message = LocalSourceMessage();
            message.id = QString::number(offset) + QLatin1Char('-')
                + QString::fromLatin1(envelopeHash(envelope));
            envelopeDate = -1;
            if (!envelope.isEmpty())
                (void)parseEnvelopeLine(envelope, &envelopeDate);
            return true;
        }
        void content(const char *data, qint64 size) override { filter->feed(data, size, nullptr); }
        bool end(qint64, qint64) override
        {
            filter->finish(nullptr);
            qint64 storeDate = envelopeDate;
            if (preferReceived) {
                const qint64 received = parseReceivedDate(filter->receivedHeader());
                if (received > 0)
                    storeDate = received;
            }
            const StoredState state = describe(*filter, storeDate, mtime, true, &message);
            if (state.expunged) {
                ++skipped;
                return true;
            }
            if (!(*visit)(message)) {
                stopped = true;
                return false;
            }
            return true;
        }
    } sink;
    sink.options.unquoteFrom = true;
    sink.options.dropMozillaHeaders = m_options.cleanMozillaHeaders;
    sink.options.captureHeaders = true;
    sink.visit = &visit;
    sink.preferReceived = m_preferReceived;
    sink.mtime = fileTime(QFileInfo(entry.location));
    MboxScanner scanner(&file);
    if (!scanner.scan(0, sink)) {
        if (error)
            *error = readError(entry.location, 0, scanner.errorString());
        return false;
    }
    if (!sink.stopped) {
        const QMutexLocker lock(&m_mutex);
        m_skipped.insert(entry.folder.path, sink.skipped);
    }
    return true;
}

bool FileTreeSource::forEachMaildir(const Entry &entry,
                                    const std::function<bool(const LocalSourceMessage &)> &visit,
                                    Error *error) const
{
    for (const char *sub : {"cur", "new"}) {
        const QFileInfo dir(entry.location + QLatin1Char('/') + QLatin1String(sub));
        if (dir.exists() && (!dir.isReadable() || !dir.isExecutable())) {
            if (error)
                *error = readError(dir.filePath(), EACCES, QString());
            return false;
        }
    }
    const MaildirStore store(entry.location);
    QByteArray buffer;
    QHash<QString, QString> hints;
    bool ok = true;
    store.forEachMessage(MaildirStore::inboxName(), [&](const MaildirMessage &found) {
        MaildirMessage m = found;
        QFile file(m.path);
        errno = 0;
        if (!file.open(QIODevice::ReadOnly)) {
            // A mail program may have just renamed it (new/ to cur/, a flag change): look again.
            const auto moved = store.message(MaildirStore::inboxName(), m.id);
            if (moved) {
                m = *moved;
                file.setFileName(m.path);
            }
            if (!moved || !file.open(QIODevice::ReadOnly)) {
                if (error)
                    *error = readError(m.path, errno, file.errorString());
                ok = false;
                return false;
            }
        }
        MessageFilter filter({false, m_options.cleanMozillaHeaders, true});
        if (!filterFile(file, filter, buffer)) {
            if (error)
                *error = readError(m.path, 0, file.errorString());
            ok = false;
            return false;
        }
        hints.insert(m.id, MaildirStore::relativePath(m));
        LocalSourceMessage message;
        message.id = m.id;
        // Without a ":2," info (new/, or Thunderbird's maildir store) the headers may say more.
        const bool hasInfo = QFileInfo(m.path).fileName().size() > m.id.size();
        describe(filter, m.modified, m.modified, !hasInfo, &message);
        if (hasInfo)
            message.flags = MaildirStore::bitsFromFlags(m.flags);
        return visit(message);
    });
    const QMutexLocker lock(&m_mutex);
    m_maildirHints.insert(entry.location, hints);
    return ok;
}

bool FileTreeSource::forEachEml(const Entry &entry,
                                const std::function<bool(const LocalSourceMessage &)> &visit,
                                Error *error) const
{
    QStringList paths;
    if (entry.store == Store::EmlFile) {
        paths << entry.location;
    } else {
        const QDir dir(entry.location);
        if (!dir.isReadable()) {
            if (error)
                *error = readError(entry.location, EACCES, QString());
            return false;
        }
        const QStringList names = dir.entryList({QStringLiteral("*.eml")},
                                                QDir::Files | QDir::NoDotAndDotDot, QDir::Name);
        for (const QString &name : names)
            paths << dir.filePath(name);
    }
    QByteArray buffer;
    for (const QString &path : paths) {
        QFile file(path);
        errno = 0;
        if (!file.open(QIODevice::ReadOnly)) {
            if (error)
                *error = readError(path, errno, file.errorString());
            return false;
        }
        const qint64 skip = envelopeLength(file);
        MessageFilter filter({false, m_options.cleanMozillaHeaders, true});
        if (!file.seek(skip) || !filterFile(file, filter, buffer)) {
            if (error)
                *error = readError(path, 0, file.errorString());
            return false;
        }
        LocalSourceMessage message;
        message.id = QFileInfo(path).fileName();
        describe(filter, -1, fileTime(QFileInfo(path)), true, &message);
        if (!visit(message))
            return true;
    }
    return true;
}

std::unique_ptr<QIODevice> FileTreeSource::openFile(const QString &path, bool skipEnvelope,
                                                    Error *error) const
{
    auto file = std::make_unique<QFile>(path);
    errno = 0;
    if (!file->open(QIODevice::ReadOnly)) {
        if (error)
            *error = readError(path, errno, file->errorString());
        return nullptr;
    }
    const qint64 begin = skipEnvelope ? envelopeLength(*file) : 0;
    return std::make_unique<CrlfDevice>(std::move(file), begin, -1,
                                        MessageFilter::Options{false, m_options.cleanMozillaHeaders, false});
}

std::unique_ptr<QIODevice> FileTreeSource::openMessage(const QString &folder, const QString &id,
                                                       Error *error) const
{
    const Entry *entry = find(folder);
    if (!entry) {
        if (error)
            *error = missingFolderError(folder, m_description);
        return nullptr;
    }
    auto missing = [&]() -> std::unique_ptr<QIODevice> {
        if (error)
            *error = missingMessageError(id, entry->folder.path, m_description);
        return nullptr;
    };
    switch (entry->store) {
    case Store::Container:
        return missing();
    case Store::Mbox:
        return openMbox(*entry, id, error);
    case Store::Maildir: {
        QString hint;
        {
            const QMutexLocker lock(&m_mutex);
            const auto folderHints = m_maildirHints.constFind(entry->location);
            if (folderHints != m_maildirHints.cend())
                hint = folderHints->value(id);
        }
        const auto m = MaildirStore(entry->location).locate(MaildirStore::inboxName(), id, hint);
        return m ? openFile(m->path, false, error) : missing();
    }
    case Store::EmlFile:
        return id == QFileInfo(entry->location).fileName() ? openFile(entry->location, true, error)
                                                            : missing();
    case Store::EmlDirectory: {
        if (id.isEmpty() || id.contains(QLatin1Char('/')) || id.contains(QLatin1Char('\\'))
            || isHidden(id))
            return missing();
        const QString path = entry->location + QLatin1Char('/') + id;
        return QFileInfo(path).isFile() ? openFile(path, true, error) : missing();
    }
    }
    return missing();
}

std::unique_ptr<QIODevice> FileTreeSource::openMbox(const Entry &entry, const QString &id,
                                                    Error *error) const
{
    const qsizetype dash = id.indexOf(QLatin1Char('-'));
    bool ok = false;
    const qint64 offset = dash > 0 ? id.left(dash).toLongLong(&ok) : -1;
    const QByteArray hash = id.mid(dash + 1).toLatin1();
    if (!ok || offset < 0) {
        if (error)
            *error = missingMessageError(id, entry.folder.path, m_description);
        return nullptr;
    }
    auto file = std::make_unique<QFile>(entry.location);
    errno = 0;
    if (!file->open(QIODevice::ReadOnly)) {
        if (error)
            *error = readError(entry.location, errno, file->errorString());
        return nullptr;
    }
    // Find where the message ends with the same rules as the listing, checking on the way that
    // the "From " line is still the one the id names (the file may have been compacted since).
    struct RangeSink final : MboxScanner::Sink {
        qint64 offset = 0;
        QByteArray hash;
        bool matches = false;
        qint64 begin_ = -1, end_ = -1;
        bool begin(qint64 at, const QByteArray &envelope) override
        {
            matches = at == offset && envelopeHash(envelope) == hash;
            return matches;
        }
        void content(const char *, qint64) override {}
        bool end(qint64 contentBegin, qint64 contentEnd) override
        {
            begin_ = contentBegin;
            end_ = contentEnd;
            return false;
        }
    } sink;
    sink.offset = offset;
    sink.hash = hash;
    MboxScanner scanner(file.get());
    if (offset > file->size() || !scanner.scan(offset, sink) || !sink.matches || sink.end_ < 0) {
        if (error)
            *error = missingMessageError(id, entry.folder.path, m_description);
        return nullptr;
    }
    return std::make_unique<CrlfDevice>(std::move(file), sink.begin_, sink.end_,
                                        MessageFilter::Options{true, m_options.cleanMozillaHeaders, false});
}

} // namespace postier::protocols
