#include "models/migration/PendingMigration.h"

#include <QSettings>

#include <memory>

namespace postier::models {

namespace {

std::unique_ptr<QSettings> settingsFor(const QString &file)
{
    if (file.isEmpty())
        return std::make_unique<QSettings>();
    return std::make_unique<QSettings>(file, QSettings::IniFormat);
}

const QString kGroup = QStringLiteral("migration/pending");

} // namespace

PendingMigration PendingMigration::load(const QString &settingsFile)
{
    const auto s = settingsFor(settingsFile);
    s->beginGroup(kGroup);
    PendingMigration p;
    p.popAccountId = s->value(QStringLiteral("popAccount")).toString();
    p.imapAccountId = s->value(QStringLiteral("imapAccount")).toString();
    p.folders = s->value(QStringLiteral("folders")).toStringList();
    p.startedAt = QDateTime::fromString(s->value(QStringLiteral("startedAt")).toString(), Qt::ISODate);
    p.popWasEnabled = s->value(QStringLiteral("popWasEnabled"), true).toBool();
    return p;
}

bool PendingMigration::exists(const QString &settingsFile)
{
    return load(settingsFile).isValid();
}

void PendingMigration::save(const QString &settingsFile) const
{
    const auto s = settingsFor(settingsFile);
    s->beginGroup(kGroup);
    s->setValue(QStringLiteral("popAccount"), popAccountId);
    s->setValue(QStringLiteral("imapAccount"), imapAccountId);
    s->setValue(QStringLiteral("folders"), folders);
    s->setValue(QStringLiteral("startedAt"), startedAt.toUTC().toString(Qt::ISODate));
    s->setValue(QStringLiteral("popWasEnabled"), popWasEnabled);
    s->endGroup();
    s->sync();
}

void PendingMigration::clear(const QString &settingsFile)
{
    const auto s = settingsFor(settingsFile);
    s->remove(kGroup);
    s->sync();
}

} // namespace postier::models
