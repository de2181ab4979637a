// Not a check: the visiting book's first page with a million lines (hidden; `ui_tests
// "[.visiting-book-scale]"`). Lines are written straight into the sessions projection, which is all the
// view reads.
#include "ConsoleFixture.h"

#include "VisitingBookModel.h"

#include <QElapsedTimer>

using namespace kj;
using namespace kj::test;

TEST_CASE("the visiting book opens a page at a time over a million lines", "[.visiting-book-scale]")
{
    DeskFixture f;
    const int lines = qEnvironmentVariableIntValue("KUNJUNGAN_SCALE_LINES") > 0
        ? qEnvironmentVariableIntValue("KUNJUNGAN_SCALE_LINES")
        : 1'000'000;
    {
        RawDb raw(f.path);
        REQUIRE(raw.exec(u"BEGIN"_s));
        // 40 tickets a day back from 2026: cycling through the five WBP of the fixture.
        const QList<qint64> wbp = { f.budi, f.agus, f.joko, f.dedi, f.eko };
        QDate day(2026, 11, 29);
        for (int i = 0; i < lines; ++i) {
            if (i % 40 == 0)
                day = day.addDays(-1);
            const int key = day.year() * 10000 + day.month() * 100 + day.day();
            REQUIRE(raw.exec(
                u"INSERT INTO sessions(day, ticket, wbp_id, cell, state, order_key, signed_in, "
                "started, ended, duration_ms, outcome) VALUES (?, ?, ?, '12', 3, ?, 0, 0, 0, 300000, 'completed')"_s,
                { key, i % 40 + 1, wbp[i % 5], i }));
        }
        REQUIRE(raw.exec(u"COMMIT"_s));
    }
    VisitingBookModel model(*f.desk);
    auto timed = [&](const char *what, const VisitingBook::Filter &filter) {
        QElapsedTimer t;
        t.start();
        model.setFilter(filter);
        const qint64 first = t.nsecsElapsed() / 1000;
        t.restart();
        if (model.canFetchMore())
            model.fetchMore();
        WARN(what << ": first page " << first << " us (" << model.rowCount() << " rows after the next page, "
                  << t.nsecsElapsed() / 1000 << " us for it)");
    };
    timed("no filter", {});
    VisitingBook::Filter name;
    name.name = u"joko"_s;
    timed("name", name);
    VisitingBook::Filter reg;
    reg.registerNumber = u"A II 3"_s;
    timed("register number", reg);
    VisitingBook::Filter range;
    range.from = QDate(2020, 1, 1);
    range.to = QDate(2020, 1, 31);
    timed("one month", range);
    VisitingBook::Filter none;
    none.name = u"nobody has this name"_s;
    timed("name matching nothing", none);
    VisitingBook::Filter outcome;
    outcome.outcome = u"no-show"_s;
    timed("outcome matching nothing", outcome);
}
