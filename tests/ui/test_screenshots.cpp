// Not a check: saves the console's pages as PNG for a person to look at (hidden; run with
// `ui_tests "[.screenshots]"`, folder from KUNJUNGAN_SHOTS, default /tmp/kunjungan-shots).
#include "ConsoleFixture.h"
#include "HistoryConsoleFixture.h"

#include "CapacityView.h"
#include "SettingsView.h"
#include "StatisticsView.h"
#include "VisitingBookView.h"

#include <QDir>
#include <QListWidget>
#include <QPushButton>
#include <QScrollArea>

using namespace kj;
using namespace kj::test;
using Action = StationCard::Action;

TEST_CASE("screenshots of the console at the two target sizes", "[.screenshots]")
{
    const QString folder = qEnvironmentVariable("KUNJUNGAN_SHOTS", u"/tmp/kunjungan-shots"_s);
    QDir().mkpath(folder);
    ConsoleFixture f;
    for (const QSize size : { QSize(1366, 768), QSize(1920, 1080) }) {
        f.window->resize(size);
        f.window->show();
        REQUIRE(f.window->grab().save(u"%1/login-%2.png"_s.arg(folder).arg(size.width())));
    }
    f.login();
    f.signIn(f.budi);
    f.signIn(f.agus);
    f.signIn(f.joko);
    f.click(Action::CallNext, 1);
    f.click(Action::Start, 1);
    f.click(Action::CallNext, 2);
    f.advance(4 * 60 + 25);
    for (const QSize size : { QSize(1366, 768), QSize(1920, 1080) }) {
        f.window->resize(size);
        REQUIRE(f.window->grab().save(u"%1/desk-%2.png"_s.arg(folder).arg(size.width())));
    }
    f.click(Action::Start, 2);
    f.advance(60);
    f.click(Action::End, 1);
    REQUIRE(f.window->showPage(ConsoleWindow::Page::VisitingBook));
    VisitingBookView &book = *f.window->visitingBookView();
    const qint64 ended = book.model()->line(book.model()->rowCount() - 1).sessionId; // the first call, ended
    must(f.desk->calls().amend(
        ended, u"outcome"_s, QString(Outcome::Stopped), u"dihentikan, bukan selesai"_s, officer));
    must(f.desk->calls().amend(ended, u"duration"_s, u"4"_s, u"jam dinding"_s, officer));
    book.model()->reload();
    book.selectRow(0);
    for (const QSize size : { QSize(1366, 768), QSize(1920, 1080) }) {
        f.window->resize(size);
        REQUIRE(f.window->grab().save(u"%1/visiting-book-%2.png"_s.arg(folder).arg(size.width())));
    }
    f.window->resize(1366, 768);
    f.window->showPage(ConsoleWindow::Page::Desk);
    f.advance(300);
    REQUIRE(f.window->grab().save(u"%1/desk-timeup-1366.png"_s.arg(folder)));
    REQUIRE(f.window->showPage(ConsoleWindow::Page::Settings));
    REQUIRE(f.window->grab().save(u"%1/settings-1366.png"_s.arg(folder)));
    // Further down: the stations (which is the desk PC), then the sound.
    auto *scroll = f.window->settingsView()->findChild<QScrollArea *>();
    auto *testSound = f.window->settingsView()->findChild<QPushButton *>(u"testSound"_s);
    REQUIRE(scroll);
    REQUIRE(testSound);
    scroll->ensureWidgetVisible(f.window->settingsView()->deskPcStations(), 0, 200);
    REQUIRE(f.window->grab().save(u"%1/settings-stations-1366.png"_s.arg(folder)));
    scroll->ensureWidgetVisible(testSound, 0, 200);
    REQUIRE(f.window->grab().save(u"%1/settings-sound-1366.png"_s.arg(folder)));
    REQUIRE(f.window->showPage(ConsoleWindow::Page::Roster));
    REQUIRE(f.window->grab().save(u"%1/roster-1366.png"_s.arg(folder)));
    // Station 2 is the desk PC: "Buka WhatsApp" where the code was.
    f.window->settingsView()->deskPcStations()->item(1)->setCheckState(Qt::Checked);
    REQUIRE(f.window->settingsView()->saveStations());
    f.click(Action::CallNext, 1);
    f.window->showPage(ConsoleWindow::Page::Desk);
    REQUIRE(f.window->grab().save(u"%1/desk-pc-station-1366.png"_s.arg(folder)));
}

// What the event loop would have done before the next paint: the charts lay out their labels and
// legends, and delete the axes they replaced (deferred deletes, which processEvents leaves).
void settle()
{
    for (int i = 0; i < 3; ++i) {
        QCoreApplication::processEvents();
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    }
}

TEST_CASE(
    "screenshots of the statistics and the capacity planner on 60 days of demo history", "[.screenshots]")
{
    const QString folder = qEnvironmentVariable("KUNJUNGAN_SHOTS", u"/tmp/kunjungan-shots"_s);
    QDir().mkpath(folder);
    HistoryConsoleFixture f(60);
    REQUIRE(f.window->showPage(ConsoleWindow::Page::Statistics));
    settle();
    REQUIRE(f.window->grab().save(u"%1/statistics-1366.png"_s.arg(folder)));
    f.window->statisticsView()->setRange(QDate(2026, 10, 2), QDate(2026, 11, 30));
    settle();
    REQUIRE(f.window->grab().save(u"%1/statistics-60days-1366.png"_s.arg(folder)));
    REQUIRE(f.window->statisticsView()->chartsImage().save(u"%1/statistics-export.png"_s.arg(folder)));
    REQUIRE(f.window->showPage(ConsoleWindow::Page::Capacity));
    settle();
    REQUIRE(f.window->grab().save(u"%1/capacity-1366.png"_s.arg(folder)));
    // A heavy Friday (three cells, one window) on one station.
    f.window->capacityView()->setDate(QDate(2026, 12, 4));
    f.window->capacityView()->setTurnoutPercent(90);
    f.window->capacityView()->setStations(1);
    settle();
    REQUIRE(f.window->grab().save(u"%1/capacity-one-station-1366.png"_s.arg(folder)));
    // The other pages that read the history.
    for (const auto &[page, name] : { std::pair { ConsoleWindow::Page::Reports, u"reports"_s },
             std::pair { ConsoleWindow::Page::Complaints, u"complaints"_s },
             std::pair { ConsoleWindow::Page::VisitingBook, u"visiting-book-history"_s } }) {
        REQUIRE(f.window->showPage(page));
        settle();
        REQUIRE(f.window->grab().save(u"%1/%2-1366.png"_s.arg(folder, name)));
    }
}
