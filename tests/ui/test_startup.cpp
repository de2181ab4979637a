// Not a check: how long the first window takes from construction to its first paint, in a fresh
// process (hidden; run `ui_tests "[.startup]"` once with KUNJUNGAN_STARTUP=bare and once with
// KUNJUNGAN_STARTUP=console). "bare" is a QMainWindow with a label and a button, so both pay the
// process's first-font and first-style costs; "console" is the console on a demo database.
#include "ConsoleFixture.h"

#include "DemoData.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QLabel>
#include <QMainWindow>
#include <QPushButton>
#include <QVBoxLayout>

using namespace kj;
using namespace kj::test;

TEST_CASE("start-up time of the console against a bare window", "[.startup]")
{
    QTemporaryDir dir;
    FakeClock clock(mondayNine());
    auto logbook = openLogbook(dir.filePath(u"demo.sqlite"_s), clock);
    Desk desk(*logbook, clock);
    must(desk.load());
    must(DemoData::populate(desk, 2026), "demo data");
    Announcer silent(false);
    const bool console = qEnvironmentVariable("KUNJUNGAN_STARTUP") == u"console";

    QElapsedTimer t;
    t.start();
    std::unique_ptr<QWidget> window;
    if (console) {
        window = std::make_unique<ConsoleWindow>(desk, QString(), &silent);
    } else {
        auto *w = new QMainWindow;
        auto *central = new QWidget;
        auto *layout = new QVBoxLayout(central);
        layout->addWidget(new QLabel(u"Kunjungan"_s));
        layout->addWidget(new QPushButton(u"OK"_s));
        w->setCentralWidget(central);
        window.reset(w);
    }
    window->resize(1366, 768);
    window->show();
    QApplication::processEvents();
    (void)window->grab(); // the first paint
    WARN((console ? "console" : "bare") << " window: " << t.nsecsElapsed() / 1000 << " us to first paint");
    CHECK(t.isValid());
}
