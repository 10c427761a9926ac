#pragma once

#include <QString>

namespace postier::ui {

/// A tool tip that shows `text` literally. QToolTip renders anything that looks like HTML as rich
/// text, so a file name or display name chosen by a sender ("<img src=...>") must be escaped
/// before it becomes a tool tip.
[[nodiscard]] inline QString plainToolTip(const QString &text)
{
    if (text.isEmpty())
        return {};
    QString escaped = text.toHtmlEscaped();
    escaped.replace(QLatin1Char('\n'), QLatin1String("<br>"));
    return QLatin1String("<qt>") + escaped + QLatin1String("</qt>");
}

} // namespace postier::ui
