#pragma once

#include <QFile>
#include <QGuiApplication>
#include <QIcon>
#include <QPainter>
#include <QPalette>
#include <QPixmap>
#include <QString>

namespace postier::ui {

/// Postier's own icon set (bundled SVG, one coherent style on every desktop); the desktop
/// theme's icon of `themeName` only where the set has none.
[[nodiscard]] inline QIcon icon(const char *name, const char *themeName = nullptr)
{
    const QString path = QStringLiteral(":/icons/") + QLatin1String(name) + QStringLiteral(".svg");
    if (QFile::exists(path) || !themeName) {
        // Pixmaps for the selected state too: otherwise Qt asks the style to tint the picture
        // with the selection colour (Fusion does), and it vanishes on a selected row.
        const QIcon svg(path);
        QIcon icon;
        const QColor onSelection = QGuiApplication::palette().color(QPalette::HighlightedText);
        for (const int size : {16, 20, 22, 24, 32, 48}) {
            const QPixmap pixmap = svg.pixmap(QSize(size, size));
            icon.addPixmap(pixmap, QIcon::Normal);
            icon.addPixmap(pixmap, QIcon::Active);
            // On a selected row: the same shape in the selection's text colour.
            QPixmap selected(pixmap.size());
            selected.setDevicePixelRatio(pixmap.devicePixelRatio());
            selected.fill(Qt::transparent);
            QPainter painter(&selected);
            painter.drawPixmap(0, 0, pixmap);
            painter.setCompositionMode(QPainter::CompositionMode_SourceIn);
            painter.fillRect(selected.rect(), onSelection);
            painter.end();
            icon.addPixmap(selected, QIcon::Selected);
        }
        return icon;
    }
    return QIcon::fromTheme(QLatin1String(themeName));
}

} // namespace postier::ui
