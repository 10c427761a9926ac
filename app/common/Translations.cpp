#include "Translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QTranslator>

namespace postier::app {

QString installTranslations(QCoreApplication &app, const QLocale &locale)
{
    auto *qtTranslator = new QTranslator(&app);
    if (qtTranslator->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                           QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qtTranslator);

    auto *translator = new QTranslator(&app);
    // Compiled into the binary by qt_add_translations (resource prefix /i18n).
    if (translator->load(locale, QStringLiteral("postier"), QStringLiteral("_"), QStringLiteral(":/i18n"))) {
        QCoreApplication::installTranslator(translator);
        return translator->language().section(QLatin1Char('_'), 0, 0);
    }
    // No translation for this language (or the "C" locale of scripts and services): English, with
    // its plural forms ("1 message", "2 messages"), which live in postier_en.
    if (translator->load(QStringLiteral(":/i18n/postier_en")))
        QCoreApplication::installTranslator(translator);
    else
        delete translator;
    return QStringLiteral("en");
}

} // namespace postier::app
