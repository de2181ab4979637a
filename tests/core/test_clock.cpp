#include "Clock.h"

#include <catch2/catch.hpp>

using namespace kj;

TEST_CASE("a fake clock moves wall and monotonic time together when time passes", "[clock]")
{
    FakeClock clock(QDateTime(QDate(2026, 11, 30), QTime(1, 0), Qt::UTC), 5000);
    clock.advanceSeconds(90);
    CHECK(clock.nowUtc() == QDateTime(QDate(2026, 11, 30), QTime(1, 1, 30), Qt::UTC));
    CHECK(clock.monotonicMs() == 5000 + 90'000);
}

TEST_CASE("a wall clock jump leaves the monotonic reading alone", "[clock]")
{
    FakeClock clock(QDateTime(QDate(2026, 11, 30), QTime(1, 0), Qt::UTC), 5000);
    clock.jumpWallMs(-3600'000);
    CHECK(clock.nowUtc() == QDateTime(QDate(2026, 11, 30), QTime(0, 0), Qt::UTC));
    CHECK(clock.monotonicMs() == 5000);
}

TEST_CASE("a shifted clock adds its offset to the wall time only", "[clock]")
{
    FakeClock base(QDateTime(QDate(2026, 11, 29), QTime(13, 0), Qt::UTC), 7000);
    ShiftedClock shifted(base, 3600'000);
    CHECK(shifted.nowUtc() == QDateTime(QDate(2026, 11, 29), QTime(14, 0), Qt::UTC));
    CHECK(shifted.monotonicMs() == 7000);
    CHECK(shifted.nowUtc().timeSpec() == Qt::UTC);
}
