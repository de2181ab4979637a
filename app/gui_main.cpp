#include "Clock.h"
#include "Language.h"
#include "Schedule.h"
#include "TodayView.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QMainWindow>
#include <QTimer>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("kunjungan"));
    QApplication::setApplicationVersion(QStringLiteral(KUNJUNGAN_VERSION));

    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addVersionOption();
    QCommandLineOption langOption(QStringLiteral("lang"),
                                  QApplication::translate("main", "User interface language: id or en."),
                                  QStringLiteral("id|en"), QStringLiteral("id"));
    parser.addOption(langOption);
    parser.process(app);
    if (!kj::installLanguage(app, parser.value(langOption)))
        parser.showHelp(1);

    kj::SystemClock clock;
    const kj::Schedule schedule;
    QMainWindow window;
    window.setWindowTitle(QApplication::translate("main", "Kunjungan — Online visits"));
    auto *today = new kj::TodayView(schedule, clock);
    window.setCentralWidget(today);
    QTimer tick;
    QObject::connect(&tick, &QTimer::timeout, today, &kj::TodayView::refresh);
    tick.start(1000);
    window.resize(900, 200);
    window.show();
    return app.exec();
}
