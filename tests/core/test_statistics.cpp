// The "Statistik" figures, checked against a small day worked out by hand.
#include "DeskFixture.h"

#include "VisitStatistics.h"

using namespace kj;
using namespace kj::test;
using namespace Qt::StringLiterals;

namespace {

QList<int> counts(const QList<VisitStatistics::Bucket> &buckets)
{
    QList<int> list;
    for (const auto &b : buckets)
        list.append(b.count);
    return list;
}

// Monday 30 November (09.00 WIB): Budi waits 2 min and talks 4 min 30 s at station 1; Agus waits
// 4 min at station 2 and does not come; Joko waits 10 min and talks 2 min at station 1 (ended early).
// Tuesday 1 December, 10.00: Dedi signs in and is still waiting.
struct WorkedDay : DeskFixture
{
    WorkedDay()
    {
        signIn(budi);
        signIn(agus);
        signIn(joko);
        clock.advanceSeconds(120); // 09.02
        must(desk->callNext(1, officer));
        clock.advanceSeconds(60); // 09.03
        must(desk->startCall(1, officer));
        clock.advanceSeconds(60); // 09.04
        must(desk->callNext(2, officer));
        clock.advanceSeconds(60); // 09.05
        must(desk->noShow(2, officer));
        clock.advanceSeconds(150); // 09.07.30
        must(desk->endCall(1, Outcome::Completed, QString(), officer));
        clock.advanceSeconds(150); // 09.10
        must(desk->callNext(1, officer));
        clock.advanceSeconds(60); // 09.11
        must(desk->startCall(1, officer));
        clock.advanceSeconds(120); // 09.13
        must(desk->endCall(1, Outcome::EndedEarly, QString(), officer));
        clock.advanceTo(QDateTime(QDate(2026, 12, 1), QTime(3, 0), Qt::UTC)); // Tuesday 10.00 WIB
        signIn(dedi);
    }
};

} // namespace

TEST_CASE("statistics count the tickets of each day and cell by what became of them", "[statistics]")
{
    WorkedDay f;
    const auto s = must(VisitStatistics::compute(*f.desk, QDate(2026, 11, 29), QDate(2026, 12, 5)));
    CHECK(s.total.tickets == 4);
    CHECK(s.total.calls == 2);
    CHECK(s.total.noShows == 1);
    CHECK(s.total.open == 1);
    // Sunday 29 November is closed, and the days after today have not happened.
    REQUIRE(s.days.size() == 2);
    CHECK(s.days[0].date == QDate(2026, 11, 30));
    CHECK(s.days[0].count.tickets == 3);
    CHECK(s.days[0].count.calls == 2);
    CHECK(s.days[0].count.noShows == 1);
    CHECK(s.days[1].date == QDate(2026, 12, 1));
    CHECK(s.days[1].count.tickets == 1);
    CHECK(s.days[1].count.open == 1);
    REQUIRE(s.cells.size() == 3);
    CHECK(s.cells[0].cell == u"4"); // by number, not as text
    CHECK(s.cells[1].cell == u"12");
    CHECK(s.cells[1].count.tickets == 2);
    CHECK(s.cells[1].count.calls == 1);
    CHECK(s.cells[2].cell == u"13");
    CHECK(s.cells[2].count.calls == 1);
}

TEST_CASE("statistics put waits and call lengths into their minute buckets", "[statistics]")
{
    WorkedDay f;
    const auto s = must(VisitStatistics::compute(*f.desk, QDate(2026, 11, 30), QDate(2026, 12, 1)));
    // Waits 2, 4 and 10 minutes; Dedi has not been called.
    CHECK(counts(s.waits) == QList<int>{2, 0, 1, 0, 0, 0, 0});
    CHECK(s.waited == 3);
    CHECK(s.totalWaitMs == 16 * 60'000);
    // Calls of 4 min 30 s and 2 min.
    CHECK(counts(s.durations) == QList<int>{0, 1, 1, 0, 0, 0, 0});
    CHECK(s.totalDurationMs == 390'000);
    CHECK(s.waits.last().fromMinutes == 60);
    CHECK(s.waits.last().toMinutes == 0);
}

TEST_CASE("station use is the share of the windows' time a station had a call running", "[statistics]")
{
    WorkedDay f;
    const auto s = must(VisitStatistics::compute(*f.desk, QDate(2026, 11, 30), QDate(2026, 12, 1)));
    REQUIRE(s.stations.size() == 2);
    // Monday's 08.00–11.00 and 13.00–14.30 (270 min), Tuesday's morning up to 10.00 (120 min).
    CHECK(s.stations[0].windowMs == 390 * 60'000);
    CHECK(s.stations[0].inCallMs == 390'000);
    CHECK(s.stations[0].calls == 2);
    CHECK(s.stations[0].share() == Approx(6.5 / 390.0));
    CHECK(s.stations[1].calls == 0); // a no-show is no call
    CHECK(s.stations[1].inCallMs == 0);
    CHECK(s.stations[1].windowMs == 390 * 60'000);
}

TEST_CASE("statistics refuse a range that ends before it starts", "[statistics]")
{
    WorkedDay f;
    const auto s = VisitStatistics::compute(*f.desk, QDate(2026, 12, 1), QDate(2026, 11, 30));
    REQUIRE_FALSE(s.ok());
    CHECK(s.error().reason == u"bad-range");
}

TEST_CASE("the statistics CSV has a section per table, with the figures as computed", "[statistics]")
{
    WorkedDay f;
    const auto s = must(VisitStatistics::compute(*f.desk, QDate(2026, 11, 30), QDate(2026, 12, 1)));
    const QByteArray csv = s.toCsv();
    REQUIRE(csv.startsWith("\xEF\xBB\xBF"));
    const QStringList sections = QString::fromUtf8(csv.mid(3)).split(u"\r\n\r\n"_s);
    REQUIRE(sections.size() == 6);
    CHECK(sections[0].split(u"\r\n"_s).value(1) == u"2026-11-30,2026-12-01,4,2,1,0,0,1");
    CHECK(sections[1].split(u"\r\n"_s).value(1) == u"2026-11-30,3,2,1,0,0,0");
    CHECK(sections[2].split(u"\r\n"_s).value(2) == u"12,2,1,1,0,0,0");
    CHECK(sections[3].split(u"\r\n"_s).value(1) == u"0,5,2");
    CHECK(sections[3].split(u"\r\n"_s).value(7) == u"60,,0");
    CHECK(sections[4].split(u"\r\n"_s).value(3) == u"4,5,1");
    // 6 min 30 s of 390 min: 6 whole minutes, 2 %.
    CHECK(sections[5].split(u"\r\n"_s).value(1) == u"1,1,2,390,6,2");
}
