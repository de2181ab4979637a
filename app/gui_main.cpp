#include "Clock.h"
#include "ConsoleWindow.h"
#include "DemoData.h"
#include "DemoHistory.h"
#include "Deployment.h"
#include "Desk.h"
#include "KioskWindow.h"
#include "Language.h"
#include "LoginPage.h"
#include "LogbookView.h"
#include "Logbook.h"
#include "RosterView.h"
#include "Schedule.h"
#include "SettingsView.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMessageBox>
#include <QPointer>
#include <QScreen>
#include <QScrollArea>
#include <QScrollBar>
#include <QTemporaryDir>
#include <QTimer>

#include <algorithm>

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

// For people without a display (CI, a server): every page of the windows as PNG files, then quit.
void saveScreenshots(const QString &folder, kj::ConsoleWindow &console, QWidget *kiosk)
{
    QDir().mkpath(folder);
    auto save = [&folder](QWidget &window, const QString &name) {
        QApplication::processEvents(); // lay out what was just shown
        window.grab().save(folder + u'/' + name + QStringLiteral(".png"));
    };
    save(console, QStringLiteral("console-login"));
    console.loginPage()->submit(kj::DemoData::officerName, kj::DemoData::officerPin);
    console.tick();
    save(console, QStringLiteral("console"));
    console.showPage(kj::ConsoleWindow::Page::Logbook);
    console.logbookView()->selectRow(0);
    save(console, QStringLiteral("console-logbook"));
    console.showPage(kj::ConsoleWindow::Page::Roster);
    console.rosterView()->selectRow(0);
    save(console, QStringLiteral("console-roster"));
    console.showPage(kj::ConsoleWindow::Page::Settings);
    save(console, QStringLiteral("console-settings"));
    if (auto *scroll = console.settingsView()->findChild<QScrollArea *>()) {
        scroll->verticalScrollBar()->setValue(scroll->verticalScrollBar()->maximum());
        save(console, QStringLiteral("console-settings-end"));
    }
    console.showPage(kj::ConsoleWindow::Page::Desk);
    if (kiosk)
        save(*kiosk, QStringLiteral("kiosk"));
    // The whole screen as it is now: the desk with the kiosk window over it.
    QApplication::processEvents();
    console.screen()->grabWindow(0).save(folder + QStringLiteral("/screen.png"));
    QFile done(folder + QStringLiteral("/.done"));
    (void)done.open(QIODevice::WriteOnly);
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("kunjungan"));
    QApplication::setApplicationVersion(QStringLiteral(KUNJUNGAN_VERSION));
    QApplication::setWindowIcon(QIcon::fromTheme(QStringLiteral("kunjungan")));
    kj::Deployment::restrictNewFiles();

    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addVersionOption();
    QCommandLineOption langOption(QStringLiteral("lang"),
                                  Main::tr("User interface language: id or en (default: the language set in the "
                                           "settings, else id)."),
                                  QStringLiteral("id|en"), QStringLiteral("id"));
    QCommandLineOption dbOption(QStringLiteral("db"), Main::tr("The logbook: a file or a postgresql:// address."), QStringLiteral("path"));
    QCommandLineOption kioskOption(QStringLiteral("kiosk"), Main::tr("Run the touchscreen sign-in kiosk, full screen."));
    QCommandLineOption demoOption(QStringLiteral("demo"),
                                  Main::tr("Start on a fresh demo logbook with simulated time, with the kiosk beside the desk."));
    QCommandLineOption shotsOption(QStringLiteral("screenshots"),
                                   Main::tr("Save screenshots of the windows into a folder, then quit."),
                                   QStringLiteral("folder"));
    parser.addOptions({langOption, dbOption, kioskOption, demoOption, shotsOption});
    parser.process(app);
    if (!kj::installLanguage(app, parser.value(langOption)))
        parser.showHelp(1);

    const bool demo = parser.isSet(demoOption);
    const bool kioskOnly = parser.isSet(kioskOption) && !demo;
    kj::SystemClock systemClock;
    kj::ShiftedClock clock(systemClock, demo ? demoOffsetMs(systemClock) : 0);

    QTemporaryDir demoDir;
    QString path = parser.value(dbOption);
    if (path.isEmpty())
        path = demo ? demoDir.filePath(QStringLiteral("demo.sqlite")) : kj::Deployment::defaultDatabasePath();

    // A demo logbook is always new: it starts with a month of past service, so the visiting book,
    // the reports and the statistics have something to show, and then a desk in service now. A file
    // holding data is refused: its record must not get events stamped with the demo's shifted time.
    if (demo) {
        if (QFileInfo(path).size() > 0) {
            return fail({kj::ErrorKind::InvalidInput, QStringLiteral("demo-not-new"),
                         Main::tr("--demo writes a new demo logbook, but %1 already holds data. Start without "
                                  "--demo to open it.")
                             .arg(QDir::toNativeSeparators(path))});
        }
        if (auto history = kj::DemoHistory::fill(path, clock.nowUtc(), demoHistoryDays, demoSeed); !history)
            return fail(history.error());
    }
    auto logbook = kj::Logbook::open(path, clock);
    if (!logbook)
        return fail(logbook.error());
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
    if (!parser.isSet(langOption) && !kioskOnly)
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
            return fail({kj::ErrorKind::InvalidInput, QStringLiteral("no-officer"),
                         Main::tr("The kiosk needs an officer to be able to close it: start the desk once and "
                                  "create the admin first.")});
        }
        kj::KioskWindow kiosk(desk);
        kiosk.showFullScreen();
        kj::Deployment::notifyServiceManager("READY=1");
        return app.exec();
    }

    const QString demoNote = demo ? Main::tr("DEMO MODE — simulated time") : QString();
    kj::ConsoleWindow console(desk, demoNote);
    // The desk PC gives the console its whole screen (sized first for a display without a window
    // manager to maximise it).
    console.resize(console.screen()->availableSize());
    console.showMaximized();
    QPointer<kj::KioskWindow> kiosk; // deletes itself when an officer closes it
    if (demo) {
        kiosk = new kj::KioskWindow(desk);
        kiosk->setAttribute(Qt::WA_DeleteOnClose);
        kiosk->setAttribute(Qt::WA_QuitOnClose, false);
        kiosk->resize(1280, 800);
        kiosk->show();
    }
    kj::Deployment::notifyServiceManager("READY=1");

    if (parser.isSet(shotsOption)) {
        const QString folder = parser.value(shotsOption);
        QTimer::singleShot(1500, &console, [&console, kiosk, folder] {
            saveScreenshots(folder, console, kiosk.data());
            QApplication::exit(0); // not quit(): the kiosk refuses to close without an officer
        });
    }
    const int code = app.exec();
    delete kiosk.data();
    return code;
}
