#include "models/local/LocalFolderScanner.h"

#include "protocols/local/MaildirStore.h"

#include <QDateTime>
#include <QFile>
#include <QHash>
#include <QSet>

namespace postier::models {

namespace {

bool isWhite(char c)
{
    return c == ' ' || c == '\t';
}

// Where the header block ends (the offset of its empty line), or -1 while it goes on.
qsizetype headerEnd(const QByteArray &data)
{
    if (data.startsWith('\n') || data.startsWith("\r\n"))
        return 0;
    const qsizetype lf = data.indexOf("\n\n");
    const qsizetype crlf = data.indexOf("\r\n\r\n");
    if (lf < 0)
        return crlf;
    if (crlf < 0)
        return lf + 1;
    return std::min(lf + 1, crlf + 2);
}

QByteArray trimmedSpaces(const QByteArray &value)
{
    return value.trimmed();
}

// The value of a quoted string without its quotes and backslashes.
QByteArray unquoted(const QByteArray &text)
{
    const QByteArray t = text.trimmed();
    if (t.size() < 2 || !t.startsWith('"') || !t.endsWith('"'))
        return t;
    QByteArray out;
    out.reserve(t.size());
    for (qsizetype i = 1; i + 1 < t.size(); ++i) {
        if (t.at(i) == '\\' && i + 2 < t.size())
            ++i;
        out += t.at(i);
    }
    return out;
}

// Splits at `separator` outside quoted strings, angle brackets and comments.
QList<QByteArray> splitTopLevel(const QByteArray &text, char separator)
{
    QList<QByteArray> parts;
    QByteArray current;
    bool quoted = false;
    int angle = 0;
    int comment = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char c = text.at(i);
        if (quoted) {
            current += c;
            if (c == '\\' && i + 1 < text.size())
                current += text.at(++i);
            else if (c == '"')
                quoted = false;
            continue;
        }
        if (c == '"' && comment == 0)
            quoted = true;
        else if (c == '(')
            ++comment;
        else if (c == ')' && comment > 0)
            --comment;
        else if (c == '<' && comment == 0)
            ++angle;
        else if (c == '>' && angle > 0 && comment == 0)
            --angle;
        else if (c == separator && !angle && !comment) {
            parts << current;
            current.clear();
            continue;
        }
        current += c;
    }
    parts << current;
    return parts;
}

// Removes (comments), keeping what they say in *comments.
QByteArray withoutComments(const QByteArray &text, QByteArray *comments)
{
    QByteArray out;
    int depth = 0;
    bool quoted = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char c = text.at(i);
        if (quoted) {
            out += c;
            if (c == '\\' && i + 1 < text.size())
                out += text.at(++i);
            else if (c == '"')
                quoted = false;
            continue;
        }
        if (depth == 0 && c == '"') {
            quoted = true;
            out += c;
        } else if (c == '(') {
            if (depth++ > 0 && comments)
                *comments += c;
        } else if (c == ')' && depth > 0) {
            if (--depth > 0 && comments)
                *comments += c;
        } else if (depth > 0) {
            if (comments)
                *comments += c;
        } else {
            out += c;
        }
    }
    return out;
}

QByteArray formatMailbox(const QByteArray &raw)
{
    QByteArray comments;
    const QByteArray text = withoutComments(raw, &comments).trimmed();
    if (text.isEmpty())
        return {};
    const qsizetype lt = text.lastIndexOf('<');
    const qsizetype gt = lt < 0 ? -1 : text.indexOf('>', lt);
    if (lt >= 0) {
        const QByteArray address = text.mid(lt + 1, (gt < 0 ? text.size() : gt) - lt - 1).trimmed();
        QByteArray name = unquoted(text.left(lt)).simplified();
        if (name.isEmpty())
            name = comments.simplified();
        if (address.isEmpty())
            return name;
        return name.isEmpty() ? address : name + " <" + address + '>';
    }
    const QByteArray address = text.simplified();
    const QByteArray name = comments.simplified();
    return name.isEmpty() ? address : name + " <" + address + '>';
}

} // namespace

QByteArray LocalFolderScanner::normalizedAddresses(const QByteArray &field)
{
    QByteArrayList out;
    // A group "team: a@b, c@d;" is cut at its ';' first, then its members like any list.
    for (const QByteArray &chunk : splitTopLevel(field, ';')) {
        if (chunk.trimmed().isEmpty())
            continue;
        const QList<QByteArray> groupParts = splitTopLevel(chunk, ':');
        const bool isGroup = groupParts.size() > 1 && !groupParts.first().contains('@');
        QByteArray members = isGroup ? chunk.mid(groupParts.first().size() + 1) : chunk;
        QByteArrayList formatted;
        for (const QByteArray &m : splitTopLevel(members, ',')) {
            const QByteArray one = formatMailbox(m);
            if (!one.isEmpty())
                formatted << one;
        }
        if (isGroup)
            out << unquoted(groupParts.first()).simplified() + ':'
                    + (formatted.isEmpty() ? QByteArray() : ' ' + formatted.join(", ")) + ';';
        else
            out << formatted;
    }
    return out.join(", ");
}

protocols::HeaderRecord LocalFolderScanner::parseHeader(const QByteArray &data)
{
    protocols::HeaderRecord record;
    const qsizetype end = headerEnd(data);
    const QByteArray block = end < 0 ? data : data.left(end);
    // Unfold: a line that starts with white space continues the field before it.
    QList<QByteArray> fields;
    qsizetype pos = 0;
    while (pos < block.size()) {
        qsizetype eol = block.indexOf('\n', pos);
        if (eol < 0)
            eol = block.size();
        QByteArray line = block.mid(pos, eol - pos);
        if (line.endsWith('\r'))
            line.chop(1);
        pos = eol + 1;
        if (!line.isEmpty() && isWhite(line.at(0)) && !fields.isEmpty())
            fields.last() += line;
        else if (!line.isEmpty())
            fields << line;
    }
    bool seen[8] = {};
    for (const QByteArray &field : std::as_const(fields)) {
        const qsizetype colon = field.indexOf(':');
        if (colon <= 0)
            continue;
        const QByteArray name = field.left(colon).trimmed().toLower();
        const QByteArray value = trimmedSpaces(field.mid(colon + 1));
        int slot = -1;
        QByteArray *target = nullptr;
        if (name == "date") {
            slot = 0;
            target = &record.date;
        } else if (name == "subject") {
            slot = 1;
            target = &record.subject;
        } else if (name == "from") {
            slot = 2;
            target = &record.from;
        } else if (name == "to") {
            slot = 3;
            target = &record.to;
        } else if (name == "cc") {
            slot = 4;
            target = &record.cc;
        } else if (name == "message-id") {
            slot = 5;
            target = &record.messageId;
        } else if (name == "in-reply-to") {
            slot = 6;
            target = &record.inReplyTo;
        } else if (name == "references") {
            slot = 7;
            target = &record.references;
        }
        if (slot < 0 || seen[slot])
            continue; // the first of a repeated field wins, as in IMAP's ENVELOPE
        seen[slot] = true;
        *target = (slot >= 2 && slot <= 4) ? normalizedAddresses(value) : value;
    }
    return record;
}

protocols::HeaderRecord LocalFolderScanner::readHeader(const QString &path, const QString &flags,
                                                       qint64 size, qint64 modified)
{
    QByteArray data;
    QFile file(path);
    if (file.open(QIODevice::ReadOnly)) {
        // Most headers fit in the first block; long Received chains need a few more.
        while (data.size() < headerLimit()) {
            const QByteArray chunk = file.read(16 * 1024);
            if (chunk.isEmpty())
                break;
            data += chunk;
            if (headerEnd(data) >= 0)
                break;
        }
    }
    protocols::HeaderRecord record = parseHeader(data);
    record.size = quint32(std::min<qint64>(size, 0xffffffff));
    record.internalDate = listDate(record.date, modified);
    record.flags.bits = protocols::MaildirStore::bitsFromFlags(flags);
    return record;
}

qint64 LocalFolderScanner::listDate(const QByteArray &dateField, qint64 arrival)
{
    QByteArray comments;
    const QString text = QString::fromLatin1(withoutComments(dateField, &comments).simplified());
    const QDateTime sent = QDateTime::fromString(text, Qt::RFC2822Date);
    if (!sent.isValid())
        return arrival;
    const qint64 seconds = sent.toSecsSinceEpoch();
    // A date after the arrival (beyond clock skew) is made up: spam sorts itself to the top so.
    if (seconds <= 0 || (arrival > 0 && seconds > arrival + 86400))
        return arrival;
    return seconds;
}

LocalFolderScanner::Result LocalFolderScanner::scan(const QString &storeRoot, const QString &folder,
                                                    const QVector<HeaderCache::LocalEntry> &known,
                                                    const std::atomic_bool *cancel)
{
    Result result;
    const protocols::MaildirStore store(storeRoot);
    if (!store.hasFolder(folder)) {
        result.folderMissing = true;
        for (const auto &k : known)
            result.removed << k.uid;
        return result;
    }
    QHash<QString, qsizetype> byId;
    byId.reserve(known.size());
    for (qsizetype i = 0; i < known.size(); ++i)
        byId.insert(known[i].maildirId, i);
    QVector<bool> present(known.size(), false);
    QSet<QString> newIds;
    store.forEachMessage(folder, [&](const protocols::MaildirMessage &m) {
        if (cancel && cancel->load(std::memory_order_relaxed)) {
            result.cancelled = true;
            return false;
        }
        const QString fileName = protocols::MaildirStore::relativePath(m);
        const auto it = byId.constFind(m.id);
        if (it != byId.constEnd()) {
            if (present[*it])
                return true; // the same id twice (a copy left by a crash): the first one counts
            present[*it] = true;
            const HeaderCache::LocalEntry &k = known[*it];
            const quint8 bits = protocols::MaildirStore::bitsFromFlags(m.flags);
            if (k.fileName != fileName || k.flags != bits)
                result.changed.append({k.uid, k.maildirId, fileName, bits});
            else
                ++result.unchanged;
            return true;
        }
        if (newIds.contains(m.id))
            return true;
        newIds.insert(m.id);
        result.added.append({m.id, fileName, readHeader(m.path, m.flags, m.size, m.modified)});
        return true;
    });
    if (result.cancelled)
        return result;
    for (qsizetype i = 0; i < known.size(); ++i) {
        if (!present[i])
            result.removed << known[i].uid;
    }
    return result;
}

} // namespace postier::models
