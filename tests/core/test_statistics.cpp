// The "Statistik" figures, checked against a small day worked out by hand.
#include "DeskFixture.h"

#include "DemoHistory.h"
#include "Reports.h"
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
        must(desk->calls().callNext(1, officer));
        clock.advanceSeconds(60); // 09.03
        must(desk->calls().startCall(1, officer));
        clock.advanceSeconds(60); // 09.04
        must(desk->calls().callNext(2, officer));
        clock.advanceSeconds(60); // 09.05
        must(desk->calls().noShow(2, officer));
        clock.advanceSeconds(150); // 09.07.30
        must(desk->calls().endCall(1, Outcome::Completed, QString(), officer));
        clock.advanceSeconds(150); // 09.10
        must(desk->calls().callNext(1, officer));
        clock.advanceSeconds(60); // 09.11
        must(desk->calls().startCall(1, officer));
        clock.advanceSeconds(120); // 09.13
        must(desk->calls().endCall(1, Outcome::EndedEarly, QString(), officer));
        clock.advanceTo(QDateTime(QDate(2026, 12, 1), QTime(3, 0), Qt::UTC)); // Tuesday 10.00 WIB
        signIn(dedi);
    }
};

} // namespace

TEST_CASE("statistics count the tickets of each day and cell by what became of them", "[statistics]")
{
    WorkedDay f;
    const auto s = must(VisitStatistics::compute(*f.desk, QDate(2026, 11, 29), QDate(2026, 12, 5)));
    CHECK(s.total.signedIn == 4);
    CHECK(s.total.served == 2);
    CHECK(s.total.noShow == 1);
    CHECK(s.total.unfinished == 1); // Dedi still waits while Tuesday's window is open
    CHECK(s.total.unserved == 0);
    // Sunday 29 November is closed, and the days after today have not happened.
    REQUIRE(s.days.size() == 2);
    CHECK(s.days[0].date == QDate(2026, 11, 30));
    CHECK(s.days[0].tally.signedIn == 3);
    CHECK(s.days[0].tally.served == 2);
    CHECK(s.days[0].tally.noShow == 1);
    CHECK(s.days[1].date == QDate(2026, 12, 1));
    CHECK(s.days[1].tally.signedIn == 1);
    CHECK(s.days[1].tally.unfinished == 1);
    REQUIRE(s.cells.size() == 3);
    CHECK(s.cells[0].cell == u"4"); // by number, not as text
    CHECK(s.cells[1].cell == u"12");
    CHECK(s.cells[1].tally.signedIn == 2);
    CHECK(s.cells[1].tally.served == 1);
    CHECK(s.cells[2].cell == u"13");
    CHECK(s.cells[2].tally.served == 1);
}

TEST_CASE("statistics put waits and call lengths into their minute buckets", "[statistics]")
{
    WorkedDay f;
    const auto s = must(VisitStatistics::compute(*f.desk, QDate(2026, 11, 30), QDate(2026, 12, 1)));
    // Waits 2, 4 and 10 minutes; Dedi has not been called.
    CHECK(counts(s.waits) == QList<int> { 2, 0, 1, 0, 0, 0, 0 });
    CHECK(s.total.waited == 3);
    CHECK(s.total.waitMsTotal == 16 * 60'000);
    // Calls of 4 min 30 s and 2 min.
    CHECK(counts(s.durations) == QList<int> { 0, 1, 1, 0, 0, 0, 0 });
    CHECK(s.total.callMsTotal == 390'000);
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
    QList<QList<QStringList>> sections { {} };
    for (const QStringList &row : s.csvRows()) {
        if (row.isEmpty())
            sections.append(QList<QStringList>());
        else
            sections.last().append(row);
    }
    REQUIRE(sections.size() == 6);
    CHECK(sections[0].value(1).join(u',') == u"2026-11-30,2026-12-01,4,2,1,0,0,1");
    CHECK(sections[1].value(1).join(u',') == u"2026-11-30,3,2,1,0,0,0");
    CHECK(sections[2].value(2).join(u',') == u"12,2,1,1,0,0,0");
    CHECK(sections[3].value(0).join(u',') == u"menunggu_menit_dari,menunggu_menit_sampai,antrian");
    CHECK(sections[3].value(1).join(u',') == u"0,5,2");
    CHECK(sections[3].value(7).join(u',') == u"60,,0");
    CHECK(sections[4].value(3).join(u',') == u"4,5,1");
    // 6 min 30 s of 390 min: 6 whole minutes, 2 %.
    CHECK(sections[5].value(1).join(u',') == u"1,1,2,390,6,2");
}

TEST_CASE("statistics count a corrected line as corrected, as the register does", "[statistics]")
{
    WorkedDay f;
    const qint64 budisCall
        = scalar(f.logbook->database(), u"SELECT id FROM sessions WHERE day = 20261130 AND ticket = 1"_s)
              .toLongLong();
    must(f.desk->calls().amend(budisCall, u"duration"_s, u"8"_s, u"Durasi salah catat"_s, officer));
    must(f.desk->calls().amend(budisCall, u"station"_s, u"2"_s, u"Salah catat bilik"_s, officer));
    const auto s = must(VisitStatistics::compute(*f.desk, QDate(2026, 11, 30), QDate(2026, 12, 1)));
    CHECK(counts(s.durations) == QList<int> { 0, 1, 0, 0, 0, 1, 0 }); // 2 min, and 8 instead of 4 min 30 s
    CHECK(s.total.callMsTotal == 10 * 60'000);
    CHECK(s.stations[0].calls == 1);
    CHECK(s.stations[1].calls == 1);
}

TEST_CASE("statistics of a month agree with its monthly recap", "[statistics][demo]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"demo.sqlite"_s);
    const QDateTime now(QDate(2026, 12, 2), QTime(8, 0), Qt::UTC);
    must(DemoHistory::fill(path, now, 45, 11));
    FakeClock clock(now);
    auto logbook = openLogbook(path, clock);
    Desk desk(*logbook, clock);
    must(desk.load(false));
    const auto s = must(VisitStatistics::compute(desk, QDate(2026, 11, 1), QDate(2026, 11, 30)));
    const auto recap = must(Reports::monthlyRecap(desk, QDate(2026, 11, 1)));
    REQUIRE(recap.corrected > 0);
    auto same = [](const Tally &a, const Tally &b) {
        return a.signedIn == b.signedIn && a.served == b.served && a.noShow == b.noShow
            && a.noAnswer == b.noAnswer && a.cancelled == b.cancelled && a.unfinished == b.unfinished
            && a.unserved == b.unserved && a.waitMsTotal == b.waitMsTotal && a.callMsTotal == b.callMsTotal;
    };
    CHECK(s.total.signedIn > 300);
    CHECK(same(s.total, recap.total));
    REQUIRE(s.days.size() == recap.byDay.size()); // every service day had tickets
    for (qsizetype i = 0; i < s.days.size(); ++i)
        CHECK(same(s.days[i].tally, recap.byDay[i].tally));
    REQUIRE(s.cells.size() == recap.byCell.size());
    for (qsizetype i = 0; i < s.cells.size(); ++i)
        CHECK(same(s.cells[i].tally, recap.byCell[i].tally));
    int calls = 0;
    for (const auto &b : s.durations)
        calls += b.count;
    CHECK(calls == s.total.calls);
}
