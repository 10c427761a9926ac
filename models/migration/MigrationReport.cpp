#include "models/migration/MigrationReport.h"

#include <QJsonArray>
#include <QLocale>

namespace postier::models {

qint64 MigrationReport::total(qint64 MigrationFolderReport::*field) const
{
    qint64 sum = 0;
    for (const MigrationFolderReport &f : folders)
        sum += f.*field;
    return sum;
}

qint64 MigrationReport::missingCount() const
{
    qint64 sum = 0;
    for (const MigrationFolderReport &f : folders)
        sum += f.missing.size();
    return sum;
}

bool MigrationReport::allVerified() const
{
    if (dryRun || cancelled || !error.isEmpty())
        return false;
    for (const MigrationFolderReport &f : folders) {
        if (!f.error.isEmpty() || f.verified < 0 || !f.missing.isEmpty())
            return false;
    }
    return true;
}

QString MigrationReport::summary() const
{
    const QLocale locale;
    const qint64 messages = total(&MigrationFolderReport::sourceMessages);
    if (dryRun)
        return tr("Dry run: %n message(s) would be uploaded; nothing was changed on the server.", nullptr,
                  int(total(&MigrationFolderReport::uploaded)));
    if (allVerified())
        return tr("All %1 messages verified: each one is on the server.").arg(locale.toString(messages));
    if (cancelled)
        return tr("The migration was stopped before its end; run it again to continue where it stopped.");
    if (!error.isEmpty())
        return error;
    const qint64 missing = missingCount();
    if (missing > 0)
        return tr("%1 of %2 messages are not on the server; the list below says which and why.")
            .arg(locale.toString(missing), locale.toString(messages));
    return tr("Some folders could not be copied; the list below says why.");
}

QString MigrationReport::toText() const
{
    const QLocale locale;
    QString out;
    out += tr("Migration from %1 to %2").arg(source, destination) + QLatin1Char('\n');
    out += summary() + QLatin1String("\n\n");
    for (const MigrationFolderReport &f : folders) {
        out += tr("%1 → %2").arg(f.source, f.destination) + QLatin1Char('\n');
        if (!f.renamedBecause.isEmpty())
            out += QLatin1String("  ") + f.renamedBecause + QLatin1Char('\n');
        out += QLatin1String("  ")
            + tr("%1 messages; %2 uploaded, %3 already there, %4 refused")
                  .arg(locale.toString(f.sourceMessages), locale.toString(f.uploaded),
                       locale.toString(f.alreadyThere), locale.toString(f.refused))
            + QLatin1Char('\n');
        if (f.verified >= 0)
            out += QLatin1String("  ") + tr("%1 verified on the server").arg(locale.toString(f.verified))
                + QLatin1Char('\n');
        if (f.flagsAdded > 0)
            out += QLatin1String("  ")
                + tr("%n message(s) already on the server got the flags they have here (read, answered, flagged).",
                     nullptr, int(f.flagsAdded))
                + QLatin1Char('\n');
        if (f.duplicatesInSource > 0)
            out += QLatin1String("  ")
                + tr("%n message(s) have the same identity as another message of this folder; all were copied.",
                     nullptr, int(f.duplicatesInSource))
                + QLatin1Char('\n');
        if (f.skippedDeleted > 0)
            out += QLatin1String("  ")
                + tr("%n message(s) marked deleted in the source program were not copied.", nullptr,
                     int(f.skippedDeleted))
                + QLatin1Char('\n');
        if (!f.error.isEmpty())
            out += QLatin1String("  ") + f.error + QLatin1Char('\n');
        for (const MigrationFolderReport::Missing &m : f.missing) {
            out += QLatin1String("  ")
                + tr("Missing: %1 (%2): %3")
                      .arg(m.sourceId,
                           m.messageId.isEmpty() ? tr("no Message-ID") : QString::fromUtf8(m.messageId),
                           m.reason)
                + QLatin1Char('\n');
        }
    }
    return out;
}

QJsonObject MigrationReport::toJson() const
{
    QJsonArray folderArray;
    for (const MigrationFolderReport &f : folders) {
        QJsonArray missing;
        for (const MigrationFolderReport::Missing &m : f.missing)
            missing.append(QJsonObject {{QStringLiteral("sourceId"), m.sourceId},
                                        {QStringLiteral("messageId"), QString::fromUtf8(m.messageId)},
                                        {QStringLiteral("reason"), m.reason}});
        QJsonObject o {{QStringLiteral("source"), f.source},
                       {QStringLiteral("destination"), f.destination},
                       {QStringLiteral("messages"), f.sourceMessages},
                       {QStringLiteral("bytes"), f.sourceBytes},
                       {QStringLiteral("uploaded"), f.uploaded},
                       {QStringLiteral("alreadyThere"), f.alreadyThere},
                       {QStringLiteral("flagsAdded"), f.flagsAdded},
                       {QStringLiteral("refused"), f.refused},
                       {QStringLiteral("duplicatesInSource"), f.duplicatesInSource},
                       {QStringLiteral("skippedDeleted"), f.skippedDeleted},
                       {QStringLiteral("verified"), f.verified},
                       {QStringLiteral("missing"), missing}};
        if (!f.renamedBecause.isEmpty())
            o.insert(QStringLiteral("renamedBecause"), f.renamedBecause);
        if (!f.error.isEmpty())
            o.insert(QStringLiteral("error"), f.error);
        folderArray.append(o);
    }
    QJsonObject o {{QStringLiteral("source"), source},
                   {QStringLiteral("destination"), destination},
                   {QStringLiteral("dryRun"), dryRun},
                   {QStringLiteral("resumed"), resumed},
                   {QStringLiteral("cancelled"), cancelled},
                   {QStringLiteral("verified"), allVerified()},
                   {QStringLiteral("messages"), total(&MigrationFolderReport::sourceMessages)},
                   {QStringLiteral("uploaded"), total(&MigrationFolderReport::uploaded)},
                   {QStringLiteral("alreadyThere"), total(&MigrationFolderReport::alreadyThere)},
                   {QStringLiteral("missing"), missingCount()},
                   {QStringLiteral("elapsedMs"), elapsedMs},
                   {QStringLiteral("summary"), summary()},
                   {QStringLiteral("folders"), folderArray}};
    if (!error.isEmpty())
        o.insert(QStringLiteral("error"), error);
    return o;
}

} // namespace postier::models
