// What keeps the console's first window quick (measured by kunjungan-startup-bench): only the lock
// screen is built before the first sign-in, no widget carries a style sheet, and what the desk
// must do behind the lock (the alarm) does not wait for the desk's widgets.
#include "ConsoleFixture.h"

#include "QueueView.h"
#include "RosterView.h"
#include "SettingsView.h"

#include <QApplication>

using namespace kj;
using namespace kj::test;

namespace {

int styledWidgets(const QWidget &window)
{
    int count = window.styleSheet().isEmpty() ? 0 : 1;
    for (const QWidget *w : window.findChildren<QWidget *>())
        count += w->styleSheet().isEmpty() ? 0 : 1;
    return count;
}

} // namespace

TEST_CASE("before the first sign-in the console holds only the lock screen, and no widget has a style sheet",
    "[console][startup]")
{
    ConsoleFixture f;
    f.signIn(f.budi);
    const int widgetsBefore = int(f.window->findChildren<QWidget *>().size());
    CHECK(f.window->queueView() == nullptr);
    CHECK(f.window->todayView() == nullptr);
    CHECK(f.window->stationCount() == 0);
    CHECK(styledWidgets(*f.window) == 0);
    CHECK(qApp->styleSheet().isEmpty());

    f.login();
    REQUIRE(f.window->queueView());
    CHECK(f.window->queueView()->rowCount() == 1);
    CHECK(f.window->stationCount() == 2);
    CHECK(f.card(1).phaseKey() == u"free");
    CHECK(int(f.window->findChildren<QWidget *>().size()) > widgetsBefore);
    f.window->visitingBookView();
    f.window->rosterView();
    f.window->settingsView();
    CHECK(styledWidgets(*f.window) == 0);
}

TEST_CASE("the alarm rings behind the lock screen for a call found running when the console starts",
    "[console][startup][sound]")
{
    ConsoleFixture f;
    f.signIn(f.budi);
    must(f.desk->calls().callNext(1, officer), "call");
    must(f.desk->calls().startCall(1, officer), "start");
    // The program is closed during the call and started again.
    f.window.reset();
    f.reopen();
    f.window = std::make_unique<ConsoleWindow>(*f.desk, QString(), &f.announcer);
    REQUIRE(f.window->isLocked());
    f.advance(4 * 60);
    CHECK_FALSE(f.announcer.isAlarming());
    f.advance(61);
    CHECK(f.announcer.isAlarming());
    CHECK(f.requestCount(u"alarm"_s) == 1);

    f.login();
    CHECK(f.card(1).phaseKey() == u"timeup");
    f.click(StationCard::Action::End);
    f.window->tick();
    CHECK_FALSE(f.announcer.isAlarming());
}
