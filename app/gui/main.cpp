// postier: the desktop application's composition root.

#include "common/Translations.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QTextStream>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Postier"));
    QApplication::setApplicationName(QStringLiteral("Postier"));
    QApplication::setApplicationDisplayName(QStringLiteral("Postier"));
    QApplication::setApplicationVersion(QStringLiteral(POSTIER_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("org.postier.Postier"));
    postier::app::installTranslations(app);

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate(
        "postier", "Postier, the mail client that moves your mail without losing any."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.process(app);

    QTextStream(stderr) << QApplication::translate(
        "postier", "The Postier window is not part of this build yet. Use postier-cli for "
                   "every operation (postier-cli --help).")
                        << Qt::endl;
    return 1;
}
