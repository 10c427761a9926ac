#pragma once

#include <QString>

class QLabel;
class QWidget;

namespace postier::ui::migration {

/// A label for sentences: wraps, plain text, selectable with the mouse.
[[nodiscard]] QLabel *sentenceLabel(QWidget *parent);
/// A label that stands out for what the user must not miss (a warning), with a tinted panel.
[[nodiscard]] QLabel *warningLabel(QWidget *parent);
/// A label for a bold heading.
[[nodiscard]] QLabel *headingLabel(const QString &text, QWidget *parent);

} // namespace postier::ui::migration
