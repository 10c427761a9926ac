#pragma once

#include <QLocale>
#include <QString>

class QCoreApplication;

namespace postier::app {

/// Installs Postier's and Qt's own translations for `locale` (the system's by default, or the
/// language chosen in the settings) on the application. Returns the language actually loaded
/// ("fr", "de", "it", or "en" when there is no translation for the locale).
QString installTranslations(QCoreApplication &app, const QLocale &locale = QLocale());

} // namespace postier::app
