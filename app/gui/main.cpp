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

namespace {

void describeApplication(QCoreApplication &app)
{
    QCoreApplication::setOrganizationName(QStringLiteral("Postier"));
    QCoreApplication::setApplicationName(QStringLiteral("Postier"));
    QCoreApplication::setApplicationVersion(QStringLiteral(POSTIER_VERSION));
    // The language chosen in View > Language, else the system's.
    const QString language = QSettings().value(QStringLiteral("ui/language")).toString();
    postier::app::installTranslations(app, language.isEmpty() ? QLocale() : QLocale(language));
}

// Prints --help or --version, or an unknown option's error, and exits there.
void parseArguments(const QCoreApplication &app)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "postier", "Postier, the mail client that moves your mail without losing any."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.process(app);
}

// --help and --version only print: they must work without a display (over ssh, in scripts, in
// package checks), so they never create the GUI application.
bool onlyPrints(int argc, char *argv[])
{
    for (int i = 1; i < argc; ++i) {
        const QByteArray arg(argv[i]);
        if (arg == "-h" || arg == "--help" || arg == "--help-all" || arg == "-?" || arg == "-v"
            || arg == "--version")
            return true;
    }
    return false;
}

} // namespace

int main(int argc, char *argv[])
{
    if (onlyPrints(argc, argv)) {
        QCoreApplication app(argc, argv);
        describeApplication(app);
        parseArguments(app);
        return 0;
    }
    QApplication app(argc, argv);
    describeApplication(app);
    QApplication::setApplicationDisplayName(QStringLiteral("Postier"));
    QApplication::setDesktopFileName(QStringLiteral("org.postier.Postier"));
    parseArguments(app);

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
