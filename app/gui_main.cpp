#include "Clock.h"
#include "ConsoleWindow.h"
#include "DemoData.h"
#include "Desk.h"
#include "Language.h"
#include "Logbook.h"
#include "Schedule.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QFile>
#include <QMessageBox>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTimer>

#include <memory>

namespace {

QString tr(const char *text)
{
    return QApplication::translate("main", text);
}

// Demo time: when no window is open now, the clock starts 20 minutes into the next one, so a demo
// on a Sunday evening still shows a live service.
qint64 demoOffsetMs(const kj::Clock &clock)
{
    const kj::Schedule schedule;
    const QDateTime now = clock.nowUtc();
    const auto opening = schedule.nextOpening(now);
    if (!opening || opening->first.startUtc <= now)
        return 0;
    return now.msecsTo(opening->first.startUtc.addSecs(20 * 60));
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("kunjungan"));
    QApplication::setApplicationVersion(QStringLiteral(KUNJUNGAN_VERSION));

    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addVersionOption();
    QCommandLineOption langOption(QStringLiteral("lang"), tr("User interface language: id or en."),
                                  QStringLiteral("id|en"), QStringLiteral("id"));
    QCommandLineOption dbOption(QStringLiteral("db"), tr("The logbook file."), QStringLiteral("path"));
    QCommandLineOption demoOption(QStringLiteral("demo"), tr("Start on a fresh demo database with simulated time."));
    QCommandLineOption shotsOption(QStringLiteral("screenshots"),
                                   tr("Save screenshots of the windows into a folder, then quit."),
                                   QStringLiteral("folder"));
    parser.addOptions({langOption, dbOption, demoOption, shotsOption});
    parser.process(app);
    if (!kj::installLanguage(app, parser.value(langOption)))
        parser.showHelp(1);

    const bool demo = parser.isSet(demoOption);
    kj::SystemClock systemClock;
    kj::ShiftedClock clock(systemClock, demo ? demoOffsetMs(systemClock) : 0);

    QTemporaryDir demoDir;
    QString path = parser.value(dbOption);
    if (path.isEmpty() && demo) {
        path = demoDir.filePath(QStringLiteral("demo.sqlite"));
    } else if (path.isEmpty()) {
        const QString folder = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
        QDir().mkpath(folder);
        path = folder + QStringLiteral("/kunjungan.sqlite");
    }

    auto fail = [](const kj::Error &error) {
        qCritical("%s (%s)", qUtf8Printable(error.message), qUtf8Printable(error.detail));
        QMessageBox::critical(nullptr, tr("Kunjungan"), error.message);
        return kj::exitCodeFor(error.kind);
    };
    auto logbook = kj::Logbook::open(path, clock);
    if (!logbook)
        return fail(logbook.error());
    kj::Desk desk(**logbook, clock);
    if (auto loaded = desk.load(); !loaded)
        return fail(loaded.error());
    if (demo && desk.officers().isEmpty()) {
        if (auto populated = kj::DemoData::populate(desk, 2026); !populated)
            return fail(populated.error());
    }

    const QString demoNote = demo ? tr("DEMO MODE — simulated time") : QString();
    kj::ConsoleWindow window(desk, demoNote);
    window.resize(1366, 768);
    window.show();

    if (parser.isSet(shotsOption)) {
        const QString folder = parser.value(shotsOption);
        QDir().mkpath(folder);
        QTimer::singleShot(1500, &window, [&window, folder] {
            window.grab().save(folder + QStringLiteral("/console.png"));
            QFile done(folder + QStringLiteral("/.done"));
            done.open(QIODevice::WriteOnly);
            QApplication::quit();
        });
    }
    return app.exec();
}
