// Indonesian conventions for dates, times and lengths of time, as the UI and the reports print them.
#include "CatchQt.h"

#include "Format.h"

using namespace kj;
using namespace Qt::StringLiterals;

TEST_CASE("dates and times are written the Indonesian way", "[format]")
{
    CHECK(Format::date(QDate(2026, 11, 30)) == u"Senin, 30 November 2026");
    CHECK(Format::date(QDate(2027, 8, 17)) == u"Selasa, 17 Agustus 2027");
    CHECK(Format::shortDate(QDate(2026, 3, 5)) == u"05/03/2026");
    CHECK(Format::time(QTime(8, 0)) == u"08.00");
    CHECK(Format::timeWithSeconds(QTime(14, 30, 5)) == u"14.30.05");
    CHECK(Format::timeRange(QTime(8, 0), QTime(11, 0)) == u"08.00\u201311.00");
}

TEST_CASE("a length of time is told in seconds, minutes, and from an hour in hours and minutes", "[format]")
{
    CHECK(Format::duration(35) == u"35 detik");
    CHECK(Format::duration(300) == u"5 menit");
    CHECK(Format::duration(275) == u"4 menit 35 detik");
    CHECK(Format::duration(59 * 60 + 59) == u"59 menit 59 detik");
    CHECK(Format::duration(3600) == u"1 jam");
    CHECK(Format::duration(159 * 60 + 56) == u"2 jam 39 menit");
    CHECK(Format::countdown(275'000) == u"04:35");
    CHECK(Format::countdown(274'001) == u"04:35"); // rounded up: never shows 0 while time is left
    CHECK(Format::joinAnd({ u"12"_s, u"13"_s, u"14"_s }) == u"12, 13 dan 14");
}
