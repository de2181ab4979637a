// The Statistik and Perencanaan kapasitas tabs on weeks of demo history: they show the core's
// figures and export them.
#include "HistoryConsoleFixture.h"

#include "Capacity.h"
#include "CapacityView.h"
#include "CsvFile.h"
#include "StatisticsView.h"

#include <QAbstractBarSeries>
#include <QBarSet>
#include <QChart>
#include <QFile>
#include <QImage>

using namespace kj;
using namespace kj::test;
using namespace Qt::StringLiterals;

namespace {

// The values of a chart's bar sets, set by set.
QList<QList<int>> barValues(QChart *chart)
{
    QList<QList<int>> values;
    REQUIRE(chart->series().size() == 1);
    auto *series = qobject_cast<QAbstractBarSeries *>(chart->series().constFirst());
    REQUIRE(series);
    for (QBarSet *set : series->barSets()) {
        QList<int> list;
        for (int i = 0; i < set->count(); ++i)
            list.append(int(set->at(i)));
        values.append(list);
    }
    return values;
}

} // namespace

TEST_CASE("the statistics tab shows the last 30 days of history in its charts", "[statistics-view]")
{
    HistoryConsoleFixture f(40);
    REQUIRE(f.window->showPage(ConsoleWindow::Page::Statistics));
    StatisticsView *view = f.window->statisticsView();
    const QDate today(2026, 11, 30);
    const VisitStatistics &shown = view->statistics();
    CHECK(shown.from == today.addDays(-29));
    CHECK(shown.to == today);
    const auto expected = must(VisitStatistics::compute(*f.desk, today.addDays(-29), today));
    CHECK(shown.total.signedIn == expected.total.signedIn);
    CHECK(shown.total.served == expected.total.served);
    REQUIRE(shown.total.served > 100);
    CHECK(view->summaryText().contains(QLocale().toString(expected.total.signedIn)));

    REQUIRE(view->charts().size() == 5);
    // Per day: held and not held, one bar a service day.
    const auto perDay = barValues(view->charts()[0]);
    REQUIRE(perDay.size() == 2);
    CHECK(perDay[0].size() == expected.days.size());
    int held = 0;
    for (int v : perDay[0])
        held += v;
    CHECK(held == expected.total.served);
    // Waits and call lengths: one bar a bucket, as counted.
    QList<int> waits;
    for (const auto &b : expected.waits)
        waits.append(b.count);
    CHECK(barValues(view->charts()[3]) == QList<QList<int>> { waits });
    QList<int> lengths;
    for (const auto &b : expected.durations)
        lengths.append(b.count);
    CHECK(barValues(view->charts()[4]) == QList<QList<int>> { lengths });
    // Station use: whole percent, one bar a station.
    const auto stations = barValues(view->charts()[1]);
    REQUIRE(stations.size() == 1);
    CHECK(stations[0].size() == expected.stations.size());
    CHECK(stations[0][0] == int(std::lround(expected.stations[0].share() * 100)));
    CHECK(stations[0][0] > 0);

    // Another range: the charts follow.
    view->setRange(today.addDays(-6), today);
    CHECK(view->statistics().from == today.addDays(-6));
    CHECK(barValues(view->charts()[0])[0].size() == 6); // Monday to Saturday, and today
}

TEST_CASE("the statistics tab saves its charts as PNG and its figures as CSV", "[statistics-view]")
{
    HistoryConsoleFixture f(10);
    REQUIRE(f.window->showPage(ConsoleWindow::Page::Statistics));
    StatisticsView *view = f.window->statisticsView();

    const QString png = f.dir.filePath(u"statistik.png"_s);
    Dialogs::pushAnswer(png);
    REQUIRE(view->exportPng());
    QImage image(png);
    REQUIRE_FALSE(image.isNull());
    CHECK(image.size() == view->chartsImage().size());
    CHECK(image.width() > 1000);
    CHECK(drawn(image));

    const QString csv = f.dir.filePath(u"statistik.csv"_s);
    Dialogs::pushAnswer(csv);
    REQUIRE(view->exportCsv());
    QFile file(csv);
    REQUIRE(file.open(QIODevice::ReadOnly));
    QString expected;
    for (const QStringList &row : view->statistics().csvRows())
        expected += csvLine(row);
    CHECK(file.readAll() == "\xEF\xBB\xBF" + expected.toUtf8());

    // Cancelled: nothing written.
    const QString none = f.dir.filePath(u"none.csv"_s);
    CHECK_FALSE(view->exportCsv());
    CHECK_FALSE(QFile::exists(none));
    // A folder that does not exist: said, not crashed.
    Dialogs::pushAnswer(f.dir.filePath(u"no/such/folder.png"_s));
    CHECK_FALSE(view->exportPng());
    CHECK(Dialogs::lastReason() == u"export-failed");
}

TEST_CASE(
    "the capacity tab plans the next service day from the roster and the turnout seen", "[statistics-view]")
{
    HistoryConsoleFixture f(30);
    REQUIRE(f.window->showPage(ConsoleWindow::Page::Capacity));
    CapacityView *view = f.window->capacityView();
    // Monday's windows are over: the next service day is Tuesday, cells 4 and 7.
    CHECK(view->date() == QDate(2026, 12, 1));
    const CapacityInput &in = view->input();
    CHECK(in.cells == QStringList { u"4"_s, u"7"_s });
    CHECK(in.wbp
        == int(must(f.desk->roster().wbpInCell(u"4"_s)).size()
            + must(f.desk->roster().wbpInCell(u"7"_s)).size()));
    const auto seen = Capacity::turnoutSeen(*f.desk, QDate(2026, 12, 1));
    REQUIRE(seen.has_value());
    CHECK(in.turnout == Approx(std::lround(*seen * 100) / 100.0));
    CHECK(view->rows().size() == 4); // two windows, two stations
    CHECK_FALSE(view->verdictText().isEmpty());

    // Friday, one station, five-minute calls back to back: 36 calls in 08.00–11.00.
    view->setDate(QDate(2026, 12, 4));
    view->setStations(1);
    view->setCallMinutes(5);
    view->setTurnaroundSeconds(0);
    view->setTurnoutPercent(100);
    REQUIRE(view->rows().size() == 1);
    CHECK(view->rows()[0][2] == u"36");
    CHECK(view->plan().perStation == 36);
    CHECK(view->plan().callers == view->input().wbp);
    CHECK(view->plan().served == std::min(36, view->input().wbp));
    // A pause of a minute between calls: 30.
    view->setTurnaroundSeconds(60);
    CHECK(view->rows()[0][2] == u"30");
    // Sunday: no service.
    view->setDate(QDate(2026, 12, 6));
    CHECK(view->rows().isEmpty());
    CHECK(view->plan().callers == 0);
}
