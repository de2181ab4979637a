#include "Language.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("kunjungan-admin"));
    QCoreApplication::setApplicationVersion(QStringLiteral(KUNJUNGAN_VERSION));
    kj::installLanguage(app, qEnvironmentVariable("KUNJUNGAN_LANG", QStringLiteral("id")));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("admin", "Kunjungan administration for IT staff and scripts."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.process(app);
    QTextStream(stderr) << QCoreApplication::translate("admin", "No command given.") << '\n';
    return 1;
}
