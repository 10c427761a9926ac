#pragma once

#include <QIcon>
#include <QString>

namespace postier::ui {

/// Postier's icons: the desktop theme's when it has one (Linux), else the bundled SVG.
[[nodiscard]] inline QIcon icon(const char *name, const char *themeName = nullptr)
{
    const QIcon bundled(QStringLiteral(":/icons/") + QLatin1String(name) + QStringLiteral(".svg"));
    if (themeName)
        return QIcon::fromTheme(QLatin1String(themeName), bundled);
    return bundled;
}

} // namespace postier::ui
