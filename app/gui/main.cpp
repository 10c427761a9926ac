// postier: the desktop application's composition root.

#include "common/Translations.h"
#include "models/session/MailSession.h"
#include "ui/mainwindow/MainWindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QMessageBox>
#include <QSettings>
#include <QStandardPaths>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Postier"));
    QApplication::setApplicationName(QStringLiteral("Postier"));
    QApplication::setApplicationDisplayName(QStringLiteral("Postier"));
    QApplication::setApplicationVersion(QStringLiteral(POSTIER_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("org.postier.Postier"));
    // The language chosen in View > Language, else the system's.
    const QString language = QSettings().value(QStringLiteral("ui/language")).toString();
    postier::app::installTranslations(app, language.isEmpty() ? QLocale() : QLocale(language));

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate(
        "postier", "Postier, the mail client that moves your mail without losing any."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.process(app);

    const QString cacheDir = QStandardPaths::writableLocation(QStandardPaths::CacheLocation);
    QDir().mkpath(cacheDir);
    postier::models::MailSession session(cacheDir + QStringLiteral("/headers.sqlite"));
    QString error;
    if (!session.open(&error)) {
        QMessageBox::critical(nullptr, QApplication::translate("postier", "Postier"),
                              QApplication::translate("postier", "Postier cannot open its offline cache: %1").arg(error));
        return 1;
    }
    postier::ui::MainWindow window(session);
    window.show();
    return app.exec();
}
