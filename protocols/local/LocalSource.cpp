#include "protocols/local/LocalSource.h"

#include "protocols/local/EmlSource.h"
#include "protocols/local/MaildirSource.h"
#include "protocols/local/MboxSource.h"
#include "protocols/local/ThunderbirdSource.h"

#include <QDir>
#include <QFileInfo>

#include <cerrno>

namespace postier::protocols {

namespace {

// Accents and case do not matter: "Envoyes" and "ENVOYÉS" are both Sent.
QString foldName(const QString &name)
{
    const QString decomposed = name.trimmed().normalized(QString::NormalizationForm_D);
    QString out;
    out.reserve(decomposed.size());
    for (const QChar c : decomposed) {
        if (c.category() != QChar::Mark_NonSpacing)
            out += c.toCaseFolded();
    }
    return out;
}

} // namespace

LocalSource::~LocalSource() = default;

qint64 LocalSource::skippedDeleted(const QString &) const
{
    return 0;
}

bool LocalSource::isInboxName(const QString &folderName)
{
    return folderName.compare(QLatin1String("INBOX"), Qt::CaseInsensitive) == 0;
}

QString LocalSource::guessSpecialUse(const QString &folderName)
{
    static const struct {
        const char *use;
        const char *names[16];
    } table[] = {
        {"\\Sent",
         {"sent", "sent items", "sent messages", "sent mail", "envoyes", "elements envoyes",
          "messages envoyes", "courrier envoye", "gesendet", "gesendete elemente",
          "gesendete objekte", "inviata", "inviati", "posta inviata", "elementi inviati",
          "messaggi inviati"}},
        {"\\Drafts",
         {"drafts", "draft", "brouillons", "brouillon", "entwurfe", "entwurf", "bozze", "bozza"}},
        {"\\Trash",
         {"trash", "deleted", "deleted items", "deleted messages", "bin", "corbeille",
          "elements supprimes", "messages supprimes", "papierkorb", "geloschte elemente",
          "geloschte objekte", "cestino", "posta eliminata", "elementi eliminati",
          "messaggi eliminati"}},
        {"\\Junk",
         {"junk", "spam", "junk e-mail", "junk email", "junk mail", "bulk mail",
          "courrier indesirable", "indesirables", "pourriel", "junk-e-mail", "unerwunscht",
          "posta indesiderata", "indesiderata", "posta indesiderabile"}},
        {"\\Archive", {"archive", "archives", "archiv", "archivio", "archivi"}},
    };
    const QString folded = foldName(folderName);
    for (const auto &row : table) {
        for (const char *name : row.names) {
            if (name && folded == QLatin1String(name))
                return QLatin1String(row.use);
        }
    }
    return {};
}

Error LocalSource::readError(const QString &path, int errnoValue, const QString &systemText)
{
    const QString where = QDir::toNativeSeparators(path);
    switch (errnoValue) {
    case ENOENT:
        return Error(ErrorKind::LocalIo, tr("Could not read %1: it does not exist.").arg(where),
                     systemText);
    case EACCES:
    case EPERM:
        return Error(ErrorKind::LocalIo,
                     tr("Could not read %1: permission denied. Check that your user account may "
                        "read it.")
                         .arg(where),
                     systemText);
    default:
        return Error(ErrorKind::LocalIo, tr("Could not read %1: %2.").arg(where, systemText),
                     systemText);
    }
}

Error LocalSource::missingFolderError(const QString &folder, const QString &source)
{
    return Error(ErrorKind::NotFound, tr("%1 has no folder “%2”.").arg(source, folder));
}

Error LocalSource::missingMessageError(const QString &id, const QString &folder,
                                       const QString &source)
{
    return Error(ErrorKind::NotFound,
                 tr("The message %1 is no longer in the folder “%2”: %3 changed since the folder "
                    "was listed. List the folder again.")
                     .arg(id, folder, source));
}

std::unique_ptr<LocalSource> LocalSource::open(const QString &spec,
                                               const LocalSourceOptions &options, Error *error)
{
    const qsizetype colon = spec.indexOf(QLatin1Char(':'));
    const QString kind = colon > 0 ? spec.left(colon).toLower() : QString();
    QString path = colon > 0 ? spec.mid(colon + 1) : QString();
    static const QStringList kinds = {QStringLiteral("maildir"), QStringLiteral("mbox"),
                                      QStringLiteral("thunderbird"), QStringLiteral("eml")};
    if (!kinds.contains(kind) || path.isEmpty()) {
        if (error)
            *error = Error(ErrorKind::Usage,
                           tr("“%1” is not a mail source Postier can read: write maildir:PATH, "
                              "mbox:PATH, thunderbird:PATH or eml:PATH.")
                               .arg(spec));
        return nullptr;
    }
    if (path == QLatin1String("~") || path.startsWith(QLatin1String("~/")))
        path = QDir::homePath() + path.mid(1);
    path = QDir::cleanPath(QDir(path).absolutePath());
    const QFileInfo info(path);
    if (!info.exists()) {
        if (error)
            *error = readError(path, ENOENT, QString());
        return nullptr;
    }
    if (!info.isReadable() || (info.isDir() && !info.isExecutable())) {
        if (error)
            *error = readError(path, EACCES, QString());
        return nullptr;
    }
    if (kind == QLatin1String("maildir"))
        return MaildirSource::create(path, options, error);
    if (kind == QLatin1String("mbox"))
        return MboxSource::create(path, options, error);
    if (kind == QLatin1String("thunderbird"))
        return ThunderbirdSource::create(path, options, error);
    return EmlSource::create(path, options, error);
}

} // namespace postier::protocols
