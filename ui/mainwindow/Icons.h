#pragma once

#include <QFile>
#include <QIcon>
#include <QString>

namespace postier::ui {

/// Postier's own icon set (bundled SVG, one coherent style on every desktop); the desktop
/// theme's icon of `themeName` only where the set has none.
[[nodiscard]] inline QIcon icon(const char *name, const char *themeName = nullptr)
{
    const QString path = QStringLiteral(":/icons/") + QLatin1String(name) + QStringLiteral(".svg");
    if (QFile::exists(path) || !themeName)
        return QIcon(path);
    return QIcon::fromTheme(QLatin1String(themeName));
}

} // namespace postier::ui
