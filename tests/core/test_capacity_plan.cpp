// The capacity planner: stations needed for a visiting day, and the day played out, by hand.
#include "DeskFixture.h"

#include "Capacity.h"

using namespace kj;
using namespace kj::test;
using namespace Qt::StringLiterals;

namespace {

const TimeWindow morning { QTime(8, 0), QTime(11, 0) };
const TimeWindow afternoon { QTime(13, 0), QTime(14, 30) };

CapacityInput input(int wbp, double turnout, QList<TimeWindow> windows, int stations, int callMinutes = 5,
    int turnaroundSeconds = 0)
{
    CapacityInput in;
    in.wbp = wbp;
    in.turnout = turnout;
    in.windows = std::move(windows);
    in.stations = stations;
    in.callSeconds = callMinutes * 60;
    in.turnaroundSeconds = turnaroundSeconds;
    return in;
}

QList<int> served(const CapacityPlan &plan)
{
    QList<int> list;
    for (const auto &slot : plan.simulatedDay)
        list.append(slot.served);
    return list;
}

} // namespace

TEST_CASE("one station with five-minute calls holds exactly 36 calls in 08.00–11.00", "[capacity]")
{
    CHECK(CapacityPlan::callsIn(morning, 300, 0) == 36);
    const CapacityPlan full = CapacityPlan::make(input(36, 1.0, { morning }, 1));
    CHECK(full.perStation == 36);
    CHECK(full.stationsNeeded == 1);
    CHECK(full.served == 36);
    CHECK(full.unserved == 0);
    REQUIRE(full.simulatedDay.size() == 1);
    CHECK(full.simulatedDay[0].busySeconds == 3 * 3600);
    CHECK(full.simulatedDay[0].idleSeconds == 0);

    const CapacityPlan oneMore = CapacityPlan::make(input(37, 1.0, { morning }, 1));
    CHECK(oneMore.stationsNeeded == 2);
    CHECK(oneMore.served == 36);
    CHECK(oneMore.unserved == 1);
}

TEST_CASE("a turnaround between calls lowers what a station holds", "[capacity]")
{
    // 30 calls and 29 one-minute pauses take 179 minutes; a 31st call would end at 11.05.
    CHECK(CapacityPlan::callsIn(morning, 300, 60) == 30);
    CHECK(CapacityPlan::callsIn(afternoon, 300, 60) == 15);
    CHECK(CapacityPlan::callsIn(afternoon, 600, 0) == 9);
    CHECK(CapacityPlan::make(input(40, 1.0, { morning, afternoon }, 1, 5, 60)).perStation == 45);
}

TEST_CASE(
    "the callers are shared among the windows by what they hold, and evenly among the stations", "[capacity]")
{
    // 100 WBP, nine in ten come: 90 callers; a station holds 36 + 18 = 54 in the day: two needed.
    const CapacityPlan two = CapacityPlan::make(input(100, 0.9, { morning, afternoon }, 2));
    CHECK(two.callers == 90);
    CHECK(two.perStation == 54);
    CHECK(two.stationsNeeded == 2);
    CHECK(served(two) == QList<int> { 30, 30, 15, 15 });
    CHECK(two.unserved == 0);
    CHECK(two.simulatedDay[0].idleSeconds == 30 * 60); // 180 min less 30 calls of 5 min
    CHECK(two.simulatedDay[2].idleSeconds == 15 * 60);
    CHECK(two.simulatedDay[2].window == 1);
    CHECK(two.simulatedDay[3].station == 2);

    const CapacityPlan one = CapacityPlan::make(input(100, 0.9, { morning, afternoon }, 1));
    CHECK(served(one) == QList<int> { 36, 18 });
    CHECK(one.unserved == 36);

    const CapacityPlan three = CapacityPlan::make(input(100, 0.9, { morning, afternoon }, 3));
    CHECK(served(three) == QList<int> { 20, 20, 20, 10, 10, 10 });

    // Seven callers in one window on two stations: the first station takes the odd one.
    CHECK(served(CapacityPlan::make(input(7, 1.0, { morning }, 2))) == QList<int> { 4, 3 });
}

TEST_CASE(
    "nobody expected needs no station, and a call longer than every window cannot be planned", "[capacity]")
{
    const CapacityPlan none = CapacityPlan::make(input(0, 0.8, { morning }, 2));
    CHECK(none.callers == 0);
    CHECK(none.stationsNeeded == 0);
    CHECK(none.possible);
    CHECK(served(none) == QList<int> { 0, 0 });

    const CapacityPlan tooShort = CapacityPlan::make(input(5, 1.0, { { QTime(8, 0), QTime(8, 4) } }, 1));
    CHECK_FALSE(tooShort.possible);
    CHECK(tooShort.unserved == 5);
}

TEST_CASE(
    "the planner's input for a date comes from the schedule, the roster, the settings and the turnout seen",
    "[capacity]")
{
    DeskFixture f;
    CHECK_FALSE(Capacity::turnoutSeen(*f.desk, QDate(2026, 12, 7)).has_value()); // no history yet
    // Monday: two of the four WBP of cells 12 and 13 sign in.
    f.signIn(f.budi);
    f.signIn(f.joko);
    f.clock.advanceSeconds(7 * 24 * 3600);
    const auto turnout = Capacity::turnoutSeen(*f.desk, QDate(2026, 12, 7));
    REQUIRE(turnout.has_value());
    CHECK(*turnout == Approx(0.5));

    const CapacityInput in = Capacity::inputFor(*f.desk, QDate(2026, 12, 7));
    CHECK(in.cells == QStringList { u"12"_s, u"13"_s });
    CHECK(in.wbp == 4);
    CHECK(in.turnout == Approx(0.5));
    CHECK(in.callSeconds == 300);
    CHECK(in.stations == 2);
    CHECK(in.windows == QList<TimeWindow> { morning, afternoon });
    CHECK(CapacityPlan::make(in).callers == 2);
}
