#include "Clock.h"
#include "ConsoleWindow.h"
#include "DemoData.h"
#include "DemoHistory.h"
#include "Deployment.h"
#include "Desk.h"
#include "KioskPreview.h"
#include "KioskWindow.h"
#include "Language.h"
#include "Logbook.h"
#include "Schedule.h"
#include "ScreenshotTour.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QMessageBox>
#include <QPointer>
#include <QScreen>
#include <QTemporaryDir>
#include <QTimer>

#include <algorithm>
#include <cstdlib>

namespace {

struct Main
{
    Q_DECLARE_TR_FUNCTIONS(Main)
};

// The demo's past: a month of service, the same each time.
constexpr int demoHistoryDays = 30;
constexpr quint64 demoSeed = 2026;

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

int fail(const kj::Error &error)
{
    if (error.detail.isEmpty())
        qCritical("%s", qUtf8Printable(error.message));
    else
        qCritical("%s (%s)", qUtf8Printable(error.message), qUtf8Printable(error.detail));
    QMessageBox::critical(nullptr, Main::tr("Kunjungan"), error.message);
    return kj::exitCodeFor(error.kind);
}

// The command line's options; described in the UI language, so built after it is installed.
struct Options
{
    QCommandLineOption lang { QStringLiteral("lang"),
        Main::tr("User interface language: id or en (default: the language set in the settings, "
                 "else id)."),
        QStringLiteral("id|en"), QStringLiteral("id") };
    QCommandLineOption db { QStringLiteral("db"), Main::tr("The logbook file."), QStringLiteral("path") };
    QCommandLineOption kiosk { QStringLiteral("kiosk"),
        Main::tr("Run the touchscreen sign-in kiosk, full screen.") };
    QCommandLineOption demo { QStringLiteral("demo"),
        Main::tr("Start on a fresh demo logbook with simulated time, with the kiosk beside the desk.") };
    QCommandLineOption shots { QStringLiteral("screenshots"),
        Main::tr("Save screenshots of every page of the desk and the kiosk into a folder, then quit."),
        QStringLiteral("folder") };

    void addTo(QCommandLineParser &parser) const
    {
        parser.setApplicationDescription(
            Main::tr("Kunjungan: the desk of the online visiting service by video call (and its kiosk)."));
        parser.addHelpOption();
        parser.addVersionOption();
        parser.addOptions({ lang, db, kiosk, demo, shots });
    }
};

void nameApplication()
{
    QCoreApplication::setApplicationName(QStringLiteral("kunjungan"));
    QCoreApplication::setApplicationVersion(QStringLiteral(KUNJUNGAN_VERSION));
}

// --help and --version print and quit: they need no display, so no QApplication (which aborts
// without one) is made for them.
bool onlyPrints(int argc, char *argv[])
{
    static const QByteArrayList printing = { "-h", "--help", "-?", "--help-all", "-v", "--version" };
    for (int i = 1; i < argc; ++i) {
        if (printing.contains(QByteArray(argv[i])))
            return true;
    }
    return false;
}

[[noreturn]] void printHelpOrVersion(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    nameApplication();
    QCommandLineParser languageOnly;
    const QCommandLineOption lang(
        QStringLiteral("lang"), QString(), QStringLiteral("id|en"), QStringLiteral("id"));
    languageOnly.addOption(lang);
    languageOnly.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsOptions);
    (void)languageOnly.parse(app.arguments()); // the other options are for the parser below
    if (!kj::installLanguage(app, languageOnly.value(lang)))
        kj::installLanguage(app, QStringLiteral("id"));
    QCommandLineParser parser;
    const Options options;
    options.addTo(parser);
    parser.process(app); // prints the help or the version and exits
    std::exit(0);
}

} // namespace

int main(int argc, char *argv[])
{
    if (onlyPrints(argc, argv))
        printHelpOrVersion(argc, argv);
    QApplication app(argc, argv);
    nameApplication();
    QApplication::setWindowIcon(QIcon::fromTheme(QStringLiteral("kunjungan")));
    kj::Deployment::restrictNewFiles();

    // Indonesian first, so a bad option is refused in it; the setting may change it below.
    kj::installLanguage(app, QStringLiteral("id"));
    QCommandLineParser parser;
    const Options options;
    options.addTo(parser);
    parser.process(app);
    if (!kj::installLanguage(app, parser.value(options.lang)))
        parser.showHelp(1);

    const bool demo = parser.isSet(options.demo);
    const bool kioskOnly = parser.isSet(options.kiosk) && !demo;
    kj::SystemClock systemClock;
    kj::ShiftedClock clock(systemClock, demo ? demoOffsetMs(systemClock) : 0);

    QTemporaryDir demoDir;
    QString path = parser.value(options.db);
    if (path.isEmpty())
        path = demo ? demoDir.filePath(QStringLiteral("demo.sqlite")) : kj::Deployment::defaultDatabasePath();

    // A demo logbook is always new: it starts with a month of past service, so the visiting book,
    // the reports and the statistics have something to show, and then a desk in service now. A file
    // holding data is refused: its record must not get events stamped with the demo's shifted time.
    if (demo) {
        if (QFileInfo(path).size() > 0) {
            return fail({ kj::ErrorKind::InvalidInput, QStringLiteral("demo-not-new"),
                Main::tr("--demo writes a new demo logbook, but %1 already holds data. Start without "
                         "--demo to open it.")
                    .arg(QDir::toNativeSeparators(path)) });
        }
        if (auto history = kj::DemoHistory::fill(path, clock.nowUtc(), demoHistoryDays, demoSeed); !history)
            return fail(history.error());
    }
    auto logbook = kj::Logbook::open(path, clock);
    if (!logbook)
        return fail(logbook.error());
    // The facility's seals, which the daily register prints (a demo's logbook was never sealed).
    if (!demo)
        (*logbook)->setSealFolder(kj::SealFolder::defaultPath());
    kj::Desk desk(**logbook, clock);
    // Only the desk recovers calls left open by a crash; the kiosk must not touch running calls.
    if (auto loaded = desk.load(!kioskOnly); !loaded)
        return fail(loaded.error());
    if (demo) {
        const QList<kj::Officer> officers = desk.officers().list().valueOr({});
        const auto admin = std::find_if(officers.cbegin(), officers.cend(),
            [](const kj::Officer &o) { return o.name == kj::DemoData::officerName; });
        if (admin != officers.cend()) {
            if (auto live = kj::DemoData::startLiveDesk(desk, admin->id); !live)
                return fail(live.error());
        }
    }
    // The console speaks the language set in Pengaturan unless --lang says otherwise; the kiosk
    // stays in Indonesian for the WBP (the setting is read here, so it applies from the next start).
    if (!parser.isSet(options.lang) && !kioskOnly)
        kj::installLanguage(app, desk.settings().language);

    // Under systemd (the kiosk unit): ready once the window is up, then a watchdog ping from the
    // event loop, so a hung kiosk is restarted.
    QTimer watchdog;
    QObject::connect(&watchdog, &QTimer::timeout, [] { kj::Deployment::notifyServiceManager("WATCHDOG=1"); });
    if (const int interval = kj::Deployment::watchdogPingIntervalMs(); interval > 0)
        watchdog.start(interval);

    if (kioskOnly) {
        auto officers = desk.officers().list();
        if (!officers)
            return fail(officers.error());
        if (officers->isEmpty()) {
            return fail({ kj::ErrorKind::InvalidInput, QStringLiteral("no-officer"),
                Main::tr("The kiosk needs an officer to be able to close it: start the desk once and "
                         "create the admin first.") });
        }
        kj::KioskWindow kiosk(desk);
        kiosk.showFullScreen();
        kj::Deployment::notifyServiceManager("READY=1");
        return app.exec();
    }

    const QString demoNote = demo ? Main::tr("DEMO MODE — simulated time") : QString();
    kj::ConsoleWindow console(desk, demoNote);
    const bool shots = parser.isSet(options.shots);
    if (shots) {
        console.setGeometry(
            0, 0, kj::ScreenshotTour::deskSize.width(), kj::ScreenshotTour::deskSize.height());
        console.show();
    } else {
        // The desk PC gives the console its whole screen (sized first for a display without a
        // window manager to maximise it).
        console.resize(console.screen()->availableSize());
        console.showMaximized();
    }
    // The demo's kiosk: the real one, scaled into a corner of the desk's screen. It deletes itself
    // when an officer closes it.
    QPointer<kj::KioskPreview> kiosk;
    if (demo) {
        kiosk = new kj::KioskPreview(new kj::KioskWindow(desk));
        kiosk->setAttribute(Qt::WA_DeleteOnClose);
        kiosk->setAttribute(Qt::WA_QuitOnClose, false);
        kiosk->placeOn(console.screen()->availableGeometry());
        kiosk->show();
    }
    kj::Deployment::notifyServiceManager("READY=1");

    if (shots) {
        const QString folder = parser.value(options.shots);
        QTimer::singleShot(1500, &console, [&console, &desk, kiosk, folder] {
            kj::ScreenshotTour(desk, console, kiosk ? kiosk->kiosk() : nullptr).save(folder);
            QApplication::exit(0); // not quit(): the kiosk refuses to close without an officer
        });
    }
    const int code = app.exec();
    delete kiosk.data();
    return code;
}
