// Every export's CSV keeps what the record holds as text: a spreadsheet must not run a name as a
// formula (CSV injection), and the roster's own export still imports back unchanged.
#include "BookExport.h"
#include "CsvFile.h"
#include "DeskFixture.h"

#include <QFile>

#include <catch2/catch.hpp>

using namespace kj;
using namespace kj::test;
using namespace Qt::StringLiterals;

TEST_CASE("a cell starting with = + - @ a tab or CR is written with an apostrophe so no spreadsheet runs it",
    "[export][csv]")
{
    CHECK(csvLine({ u"=HYPERLINK(\"http://x.example\",\"Budi\")"_s, u"+62812"_s, u"-1+1"_s, u"@SUM(A1:A9)"_s,
              u"\tx"_s, u"\rcmd"_s })
        == u"\"'=HYPERLINK(\"\"http://x.example\"\",\"\"Budi\"\")\",'+62812,'-1+1,'@SUM(A1:A9),'\tx,\"'\rcmd\"\r\n"_s);
    // Only the first character matters; plain and empty cells are as before.
    CHECK(csvLine({ u"Budi = Santoso"_s, u"a-b"_s, QString(), u"12"_s }) == u"Budi = Santoso,a-b,,12\r\n"_s);
}

TEST_CASE("a roster name starting with = is exported with an apostrophe and imports back unchanged",
    "[export][csv]")
{
    DeskFixture f;
    const QString formula = u"=cmd|' /C calc'!A0"_s;
    must(f.desk->roster().importRoster({ rosterRow(2, formula, u"B I 101/2025"_s, u"12"_s),
                                           rosterRow(3, u"@Agus Salim"_s, u"A I 17/2026"_s, u"12"_s) },
        u"penghuni.csv"_s, officer));
    const QString file = f.dir.filePath(u"roster.csv"_s);
    CHECK(must(BookExport::writeRoster(*f.desk, file)) == 2);
    QFile written(file);
    REQUIRE(written.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(written.readAll());
    CHECK(text.contains(u"\n'=cmd|' /C calc'!A0,"_s));
    CHECK(text.contains(u"\n'@Agus Salim,"_s));

    const auto parsed = RosterCsv::parse(text.toUtf8());
    REQUIRE(parsed.ok());
    const RosterImportSummary again
        = must(f.desk->roster().importRoster(parsed.value(), u"roster.csv"_s, officer));
    CHECK(again.unchanged == 2);
    CHECK(again.updated == 0);
    CHECK(must(f.desk->roster().wbp(f.budi))->name == formula);
}
