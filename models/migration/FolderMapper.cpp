#include "models/migration/FolderMapper.h"

#include "protocols/imap/ImapParser.h"

namespace postier::models {

namespace {

using protocols::SpecialUse;

SpecialUse specialUseOf(const QString &flag)
{
    const QString f = flag.toLower();
    if (f == QLatin1String("\\sent"))
        return SpecialUse::Sent;
    if (f == QLatin1String("\\drafts"))
        return SpecialUse::Drafts;
    if (f == QLatin1String("\\trash"))
        return SpecialUse::Trash;
    if (f == QLatin1String("\\junk"))
        return SpecialUse::Junk;
    if (f == QLatin1String("\\archive"))
        return SpecialUse::Archive;
    return SpecialUse::None;
}

QString usualName(SpecialUse use)
{
    switch (use) {
    case SpecialUse::Sent: return QStringLiteral("Sent");
    case SpecialUse::Drafts: return QStringLiteral("Drafts");
    case SpecialUse::Trash: return QStringLiteral("Trash");
    case SpecialUse::Junk: return QStringLiteral("Junk");
    case SpecialUse::Archive: return QStringLiteral("Archive");
    default: return {};
    }
}

constexpr int MaxLevelLength = 200;

} // namespace

FolderMapper::FolderMapper(const protocols::FolderList &serverFolders, QChar separator)
    : m_folders(serverFolders)
    , m_separator(separator.isNull() ? QLatin1Char('/') : separator)
{
    // Servers whose personal namespace is "INBOX." list every other folder below the INBOX.
    const QString inboxPrefix = QStringLiteral("INBOX") + m_separator;
    bool any = false;
    bool allBelowInbox = true;
    for (const protocols::FolderInfo &f : serverFolders) {
        if (f.path.compare(QLatin1String("INBOX"), Qt::CaseInsensitive) == 0)
            continue;
        any = true;
        if (!f.path.startsWith(inboxPrefix, Qt::CaseInsensitive))
            allBelowInbox = false;
    }
    if (any && allBelowInbox)
        m_prefix = inboxPrefix;
}

QString FolderMapper::safeLevel(const QString &level, QString *reason) const
{
    QString out;
    out.reserve(level.size());
    bool changed = false;
    for (const QChar c : level) {
        if (c == m_separator || c.category() == QChar::Other_Control || c == QLatin1Char('*')
            || c == QLatin1Char('%')) {
            out += QLatin1Char('_');
            changed = true;
        } else {
            out += c;
        }
    }
    const QString trimmed = out.trimmed();
    if (trimmed != out)
        changed = true;
    out = trimmed.isEmpty() ? QStringLiteral("_") : trimmed;
    if (out.size() > MaxLevelLength) {
        out.truncate(MaxLevelLength);
        changed = true;
    }
    if (changed && reason)
        *reason = tr("“%1” was renamed “%2”: the server does not allow the separator “%3”, the "
                     "characters * and %, control characters or very long names in folder names.")
                      .arg(level, out, QString(m_separator));
    return out;
}

QString FolderMapper::strictLevel(const QString &level)
{
    QString out;
    for (const QChar c : level) {
        if (c.isLetterOrNumber() || c == QLatin1Char(' ') || c == QLatin1Char('-') || c == QLatin1Char('_'))
            out += c;
        else
            out += QLatin1Char('_');
    }
    out = out.trimmed().left(60);
    return out.isEmpty() ? QStringLiteral("_") : out;
}

FolderMapping FolderMapper::finish(const QString &source, QStringList levels, const QString &reason) const
{
    FolderMapping m;
    m.source = source;
    m.reason = reason;
    const bool inbox = levels.size() == 1 && levels.first().compare(QLatin1String("INBOX"), Qt::CaseInsensitive) == 0;
    m.destination = inbox ? QStringLiteral("INBOX") : m_prefix + levels.join(m_separator);
    m.rawDestination = protocols::imap::encodeMailboxName(m.destination);
    for (const protocols::FolderInfo &f : m_folders) {
        if (f.path == m.destination || (inbox && f.path.compare(QLatin1String("INBOX"), Qt::CaseInsensitive) == 0)) {
            m.exists = f.isSelectable();
            m.rawDestination = f.rawName;
            m.destination = f.path;
            break;
        }
    }
    return m;
}

FolderMapping FolderMapper::map(const QString &sourcePath, const QString &specialUse) const
{
    const auto override = m_overrides.constFind(sourcePath);
    if (override != m_overrides.cend())
        return finish(sourcePath, override->split(QLatin1Char('/'), Qt::SkipEmptyParts), {});

    if (sourcePath.compare(QLatin1String("INBOX"), Qt::CaseInsensitive) == 0)
        return finish(sourcePath, {QStringLiteral("INBOX")}, {});

    const SpecialUse use = specialUseOf(specialUse);
    if (use != SpecialUse::None) {
        for (const protocols::FolderInfo &f : m_folders) {
            if (f.specialUse == use && f.isSelectable()) {
                FolderMapping m;
                m.source = sourcePath;
                m.destination = f.path;
                m.rawDestination = f.rawName;
                m.exists = true;
                return m;
            }
        }
        // No special-use folder: the usual name, which servers recognise.
        return finish(sourcePath, {usualName(use)}, {});
    }

    QStringList levels;
    QStringList reasons;
    const QStringList sourceLevels = sourcePath.split(QLatin1Char('/'), Qt::SkipEmptyParts);
    for (int i = 0; i < sourceLevels.size(); ++i) {
        QString level = sourceLevels.at(i);
        // "Inbox/Sub" from Thunderbird goes below the server's INBOX.
        if (i == 0 && level.compare(QLatin1String("INBOX"), Qt::CaseInsensitive) == 0) {
            levels << QStringLiteral("INBOX");
            continue;
        }
        QString why;
        levels << safeLevel(level, &why);
        if (!why.isEmpty())
            reasons << why;
    }
    if (levels.isEmpty())
        levels << QStringLiteral("_");
    return finish(sourcePath, levels, reasons.join(QLatin1Char(' ')));
}

bool FolderMapper::parseMapFile(const QByteArray &text, QHash<QString, QString> *out, QString *error)
{
    const QList<QByteArray> lines = text.split('\n');
    for (int i = 0; i < lines.size(); ++i) {
        const QString line = QString::fromUtf8(lines.at(i)).trimmed();
        if (line.isEmpty() || line.startsWith(QLatin1Char('#')))
            continue;
        const qsizetype eq = line.indexOf(QLatin1Char('='));
        const QString from = eq > 0 ? line.left(eq).trimmed() : QString();
        const QString to = eq > 0 ? line.mid(eq + 1).trimmed() : QString();
        if (from.isEmpty() || to.isEmpty()) {
            if (error)
                *error = tr("Line %1 of the folder map is not “source folder = server folder”: %2")
                             .arg(i + 1)
                             .arg(line);
            return false;
        }
        out->insert(from, to);
    }
    return true;
}

} // namespace postier::models
