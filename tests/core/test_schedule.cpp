#include "Schedule.h"

#include <catch2/catch.hpp>

using namespace kj;
using namespace Qt::StringLiterals;

namespace {

// An instant given in Jepara's wall time, whatever the zone of the process running the test.
QDateTime wib(int y, int m, int d, int h, int mi, int s = 0)
{
    return QDateTime(QDate(y, m, d), QTime(h, mi, s), QTimeZone("Asia/Jakarta")).toUTC();
}

// 30 November 2026 is a Monday (Senin).
QDate week(int dayOfWeek)
{
    return QDate(2026, 11, 29).addDays(dayOfWeek);
}

QDateTime at(int dayOfWeek, int h, int mi, int s = 0)
{
    const QDate d = week(dayOfWeek);
    return wib(d.year(), d.month(), d.day(), h, mi, s);
}

} // namespace

TEST_CASE("the seed schedule opens each weekday's cells from 08.00 until 11.00", "[schedule]")
{
    const Schedule schedule;
    const std::map<int, QStringList> cells = {
        { 1, { u"12"_s, u"13"_s } },
        { 2, { u"4"_s, u"7"_s } },
        { 3, { u"14"_s, u"17"_s } },
        { 4, { u"5"_s, u"6"_s } },
        { 5, { u"15"_s, u"16"_s, u"18"_s } },
        { 6, { u"8"_s, u"10"_s } },
    };
    for (const auto &[day, list] : cells) {
        CHECK(schedule.dayPlan(week(day)).cells == list);
        for (const QString &cell : list) {
            INFO("day " << day << " cell " << cell.toStdString());
            CHECK(schedule.check(cell, at(day, 7, 59, 59)).reason == ScheduleReason::BeforeWindows);
            CHECK(schedule.check(cell, at(day, 8, 0, 0)).open());
            CHECK(schedule.check(cell, at(day, 10, 59, 59)).open());
            CHECK_FALSE(schedule.check(cell, at(day, 11, 0, 0)).open());
        }
    }
}

TEST_CASE("Monday to Thursday also open from 13.00 until 14.30, Friday and Saturday do not", "[schedule]")
{
    const Schedule schedule;
    for (auto [day, cell] : { std::pair { 1, u"12"_s }, { 2, u"4"_s }, { 3, u"17"_s }, { 4, u"6"_s } }) {
        INFO("day " << day);
        CHECK(schedule.check(cell, at(day, 11, 0)).reason == ScheduleReason::BetweenWindows);
        CHECK(schedule.check(cell, at(day, 12, 59, 59)).reason == ScheduleReason::BetweenWindows);
        CHECK(schedule.check(cell, at(day, 13, 0)).open());
        CHECK(schedule.check(cell, at(day, 14, 29, 59)).open());
        CHECK(schedule.check(cell, at(day, 14, 30)).reason == ScheduleReason::AfterWindows);
    }
    CHECK(schedule.check(u"15"_s, at(5, 13, 30)).reason == ScheduleReason::AfterWindows);
    CHECK(schedule.check(u"8"_s, at(6, 13, 30)).reason == ScheduleReason::AfterWindows);
}

TEST_CASE("Sunday is closed for every cell", "[schedule]")
{
    const Schedule schedule;
    CHECK_FALSE(schedule.dayPlan(week(7)).isServiceDay());
    const ScheduleVerdict v = schedule.check(u"12"_s, at(7, 9, 0));
    CHECK(v.reason == ScheduleReason::ClosedDay);
    REQUIRE(v.next);
    CHECK(v.next->startUtc == at(8, 8, 0));
}

TEST_CASE("a cell on another weekday is refused with its next slot", "[schedule]")
{
    const Schedule schedule;
    const ScheduleVerdict v = schedule.check(u"4"_s, at(1, 9, 0));
    CHECK(v.reason == ScheduleReason::WrongDay);
    REQUIRE(v.next);
    CHECK(v.next->date == week(2));
    CHECK(v.next->startUtc == at(2, 8, 0));
    CHECK(v.next->endUtc == at(2, 11, 0));
}

TEST_CASE("a holiday is closed and a special day is open", "[schedule]")
{
    ScheduleConfig config = ScheduleConfig::seedDefault();
    config.holidays.insert(week(1), u"Hari Libur"_s);
    SpecialDay lebaran;
    lebaran.cells = { u"Kamar 9"_s, u"12"_s };
    lebaran.windows = { { QTime(9, 0), QTime(12, 0) } };
    lebaran.note = u"Lebaran"_s;
    config.specialDays.insert(week(7), lebaran);
    auto made = Schedule::make(config);
    REQUIRE(made.ok());
    const Schedule &schedule = made.value();

    const ScheduleVerdict holiday = schedule.check(u"12"_s, at(1, 9, 0));
    CHECK(holiday.reason == ScheduleReason::Holiday);
    REQUIRE(holiday.next);
    CHECK(holiday.next->date == week(7)); // the special Sunday comes first
    CHECK(schedule.check(u"13"_s, at(1, 9, 0)).next->date == week(8));

    CHECK(schedule.check(u"9"_s, at(7, 9, 0)).open());
    CHECK(schedule.check(u"12"_s, at(7, 11, 59, 59)).open());
    CHECK(schedule.check(u"12"_s, at(7, 12, 0)).reason == ScheduleReason::AfterWindows);
    CHECK(schedule.check(u"13"_s, at(7, 9, 0)).reason == ScheduleReason::WrongDay);
    // The special day comes before the holiday in the search for the next slot.
    const auto next = schedule.nextSlot(u"12"_s, at(6, 12, 0));
    REQUIRE(next);
    CHECK(next->date == week(7));
}

TEST_CASE("a special day without a visiting window is refused: a closed date is a holiday", "[schedule]")
{
    ScheduleConfig config = ScheduleConfig::seedDefault();
    config.specialDays.insert(week(7), SpecialDay { { u"12"_s }, {}, u"Lebaran"_s });
    const auto made = Schedule::make(config);
    REQUIRE_FALSE(made.ok());
    CHECK(made.error().reason == u"special-day-no-window");
    config.specialDays[week(7)].windows = { { QTime(9, 0), QTime(12, 0) } };
    CHECK(Schedule::make(config).ok());
}

TEST_CASE("the next slot of every scheduled cell from a Saturday noon and from a Sunday", "[schedule]")
{
    const Schedule schedule;
    const std::map<QString, int> nextWeekday = {
        { u"12"_s, 1 },
        { u"13"_s, 1 },
        { u"4"_s, 2 },
        { u"7"_s, 2 },
        { u"14"_s, 3 },
        { u"17"_s, 3 },
        { u"5"_s, 4 },
        { u"6"_s, 4 },
        { u"15"_s, 5 },
        { u"16"_s, 5 },
        { u"18"_s, 5 },
        { u"8"_s, 6 },
        { u"10"_s, 6 },
    };
    for (const auto &[cell, weekday] : nextWeekday) {
        INFO("cell " << cell.toStdString());
        const QDateTime expected = at(7 + weekday, 8, 0);
        const auto fromSaturday = schedule.nextSlot(cell, at(6, 12, 0));
        REQUIRE(fromSaturday);
        CHECK(fromSaturday->startUtc == expected);
        const auto fromSunday = schedule.nextSlot(cell, at(7, 10, 0));
        REQUIRE(fromSunday);
        CHECK(fromSunday->startUtc == expected);
    }
}

TEST_CASE("a cell with no day is told to ask the officer and has no next slot", "[schedule]")
{
    const Schedule schedule;
    for (const QString &cell : { u"9"_s, u"1"_s, u"11"_s }) {
        const ScheduleVerdict v = schedule.check(cell, at(1, 9, 0));
        CHECK(v.reason == ScheduleReason::CellHasNoDay);
        CHECK_FALSE(v.next);
        CHECK_FALSE(schedule.nextSlot(cell, at(1, 9, 0)));
    }
}

TEST_CASE("an open verdict carries the current window and the one after it", "[schedule]")
{
    const Schedule schedule;
    const ScheduleVerdict v = schedule.check(u"13"_s, at(1, 10, 0));
    REQUIRE(v.current);
    CHECK(v.current->endUtc == at(1, 11, 0));
    REQUIRE(v.next);
    CHECK(v.next->startUtc == at(1, 13, 0));
}

TEST_CASE("cell labels are normalised", "[schedule]")
{
    CHECK(Schedule::normalizeCell(u"Kamar 12"_s) == u"12"_s);
    CHECK(Schedule::normalizeCell(u" 12 "_s) == u"12"_s);
    CHECK(Schedule::normalizeCell(u"kamar  012"_s) == u"12"_s);
    CHECK(Schedule::normalizeCell(u"12a"_s) == u"12A"_s);
    CHECK(Schedule::normalizeCell(u"KMR 4"_s) == u"4"_s);
    CHECK(Schedule::normalizeCell(u"0"_s) == u"0"_s);
    CHECK(Schedule::normalizeCell(u"  "_s).isEmpty());
    const Schedule schedule;
    CHECK(schedule.check(u"Kamar 12"_s, at(1, 9, 0)).open());
}

TEST_CASE("the facility's day is used near midnight, not the PC's", "[schedule]")
{
    const Schedule schedule;
    // 23.30 WIB on Sunday is already Monday in no zone but Jakarta's own reading says Sunday.
    CHECK(schedule.localDate(at(7, 23, 30)) == week(7));
    // 00.30 WIB on Monday is still Sunday in UTC.
    CHECK(schedule.localDate(at(8, 0, 30)) == week(8));
    CHECK(schedule.check(u"12"_s, at(8, 0, 30)).reason == ScheduleReason::BeforeWindows);
}

TEST_CASE("a timetable with overlapping or empty windows or an unknown zone is refused", "[schedule]")
{
    ScheduleConfig overlapping = ScheduleConfig::seedDefault();
    overlapping.week[0].windows = { { QTime(8, 0), QTime(11, 0) }, { QTime(10, 0), QTime(12, 0) } };
    auto a = Schedule::make(overlapping);
    REQUIRE_FALSE(a.ok());
    CHECK(a.error().reason == u"overlapping-windows"_s);

    ScheduleConfig backwards = ScheduleConfig::seedDefault();
    backwards.week[2].windows = { { QTime(11, 0), QTime(8, 0) } };
    auto b = Schedule::make(backwards);
    REQUIRE_FALSE(b.ok());
    CHECK(b.error().reason == u"bad-window"_s);

    ScheduleConfig zone = ScheduleConfig::seedDefault();
    zone.zoneId = "Mars/Olympus";
    auto c = Schedule::make(zone);
    REQUIRE_FALSE(c.ok());
    CHECK(c.error().reason == u"bad-zone"_s);
}

TEST_CASE("another facility zone shifts the windows", "[schedule]")
{
    ScheduleConfig config = ScheduleConfig::seedDefault();
    config.zoneId = "Asia/Makassar"; // WITA, one hour ahead of WIB
    auto made = Schedule::make(config);
    REQUIRE(made.ok());
    CHECK(made->check(u"12"_s, at(1, 7, 0)).open());
    CHECK_FALSE(made->check(u"12"_s, at(1, 10, 0)).open());
}

TEST_CASE("refusals are explained in Indonesian with the cell's days and windows", "[schedule]")
{
    const Schedule schedule;
    CHECK(schedule.describeCell(u"4"_s) == u"Selasa, 08.00\u201311.00 dan 13.00\u201314.30 WIB"_s);
    const QString wrongDay = schedule.explain(schedule.check(u"4"_s, at(1, 9, 0)));
    CHECK(wrongDay.contains(u"Kamar 4 terjadwal hari Selasa, 08.00\u201311.00 dan 13.00\u201314.30 WIB"_s));
    CHECK(wrongDay.contains(u"Selasa, 1 Desember 2026"_s));
    const QString before = schedule.explain(schedule.check(u"12"_s, at(1, 7, 0)));
    CHECK(before.contains(u"08.00 WIB"_s));
    CHECK(schedule.explain(schedule.check(u"9"_s, at(1, 9, 0))).contains(u"petugas"_s));
}
