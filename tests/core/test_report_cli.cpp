// `kunjungan-admin report daily|monthly` on a logbook filled through the Desk.
#include "ProgramRun.h"
#include "ReportFixture.h"

#include "Format.h"

#include <QFile>

using namespace kj;
using namespace kj::test;

namespace {

Run report(const DeskFixture &f, const QStringList &arguments)
{
    return runProgram(adminBinary, QStringList { u"--db"_s, f.path, u"report"_s } + arguments);
}

QString readText(const QString &path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return QString::fromUtf8(file.readAll());
}

} // namespace

TEST_CASE(
    "report daily prints every line of the register, its totals and the day's last event", "[cli][reports]")
{
    DeskFixture f;
    const SeededDay seeded = seedVisitingDay(f);
    const Run run = report(f, { u"daily"_s, seeded.day.toString(Qt::ISODate) });
    REQUIRE(run.code == 0);
    for (int ticket : seeded.tickets)
        CHECK(run.out.contains(Queue::ticketLabel(ticket)));
    for (const QString &registerNumber :
        { u"B I 101/2025"_s, u"A I 17/2026"_s, u"B IIa 55/2024"_s, u"B I 9/2025"_s })
        CHECK(run.out.contains(registerNumber));
    const Tally totals = must(Reports::dailyRegister(*f.desk, seeded.day)).totals;
    for (const auto &[label, value] : Reports::totalsText(totals))
        CHECK(run.out.contains(label + u": "_s + value));
    CHECK(run.out.contains(u"--anchor %1:"_s.arg(seeded.lastSeq)));
}

TEST_CASE("report daily --csv writes the register with phones masked", "[cli][reports]")
{
    DeskFixture f;
    const SeededDay seeded = seedVisitingDay(f);
    const QString csv = f.dir.filePath(u"harian.csv"_s);
    const Run run = report(f, { u"daily"_s, seeded.day.toString(Qt::ISODate), u"--csv"_s, csv });
    REQUIRE(run.code == 0);
    const QString text = readText(csv);
    CHECK(text.contains(u"B IIa 55/2024"_s));
    CHECK(text.contains(u"7890"_s));
    CHECK_FALSE(text.contains(u"3456"_s));
    CHECK(text.contains(u"jam bilik terlambat"_s));
}

TEST_CASE("report monthly prints the days and the IKM and writes the recap as CSV", "[cli][reports]")
{
    DeskFixture f;
    seedVisitingDay(f);
    must(f.desk->service().answerSurvey({ 4, 3, 3, 4, 3, 3, 4, 2, 3 }));
    const MonthlyRecap recap = must(Reports::monthlyRecap(*f.desk, f.desk->today()));
    const Run run = report(f, { u"monthly"_s, u"2026-11"_s });
    REQUIRE(run.code == 0);
    CHECK(run.out.contains(recap.byDay[0].label));
    CHECK(run.out.contains(Reports::decimal(recap.ikm.index, 2)));

    const QString csv = f.dir.filePath(u"rekap.csv"_s);
    REQUIRE(report(f, { u"monthly"_s, u"2026-11"_s, u"--csv"_s, csv }).code == 0);
    CHECK(readText(csv).contains(Reports::decimal(recap.ikm.index, 2)));
}

TEST_CASE("report refuses a bad date or month with 2, a missing logbook with 4 and wrong use with 1",
    "[cli][reports]")
{
    DeskFixture f;
    CHECK(report(f, { u"daily"_s, u"30-11-2026"_s }).code == 2);
    CHECK(report(f, { u"daily"_s, u"2026-02-30"_s }).code == 2);
    CHECK(report(f, { u"monthly"_s, u"2026-13"_s }).code == 2);
    CHECK(report(f, { u"monthly"_s, u"November"_s }).code == 2);
    CHECK(report(f, { u"daily"_s }).code == 1);
    CHECK(report(f, { u"daily"_s, u"2026-11-30"_s, u"--from"_s, u"2026-11-01"_s }).code == 1);
    const QString missing = f.dir.filePath(u"nowhere.sqlite"_s);
    CHECK(
        runProgram(adminBinary, { u"--db"_s, missing, u"report"_s, u"daily"_s, u"2026-11-30"_s }).code == 4);
    CHECK_FALSE(QFile::exists(missing));
}

#if !KUNJUNGAN_ADMIN_PDF
TEST_CASE("a core-only kunjungan-admin refuses --pdf with exit 2 and writes nothing", "[cli][reports]")
{
    DeskFixture f;
    const QString pdf = f.dir.filePath(u"harian.pdf"_s);
    const Run run = report(f, { u"daily"_s, u"2026-11-30"_s, u"--pdf"_s, pdf });
    CHECK(run.code == 2);
    CHECK_FALSE(run.err.trimmed().isEmpty());
    CHECK_FALSE(QFile::exists(pdf));
}
#endif
