#include "ContactsCsv.h"
#include "RosterCsv.h"
#include "Schedule.h"

#include <QFile>

#include <catch2/catch.hpp>

#include <random>

using namespace kj;
using namespace Qt::StringLiterals;

namespace {

QByteArray dataFile(const char *name)
{
    QFile file(QStringLiteral(KUNJUNGAN_TEST_DIR "/data/csv/") + QString::fromUtf8(name));
    REQUIRE(file.open(QIODevice::ReadOnly));
    return file.readAll();
}

QList<RosterRow> rowsOf(const char *name)
{
    const auto result = RosterCsv::parse(dataFile(name));
    for (const CsvProblem &problem : result.problems())
        UNSCOPED_INFO(problem.message.toStdString());
    REQUIRE(result.ok());
    return result.value();
}

// "line:reason" for each problem, so a failed check shows the whole list.
QStringList problemsOf(const char *name)
{
    const auto result = RosterCsv::parse(dataFile(name));
    REQUIRE_FALSE(result.ok());
    CHECK(result.value().isEmpty());
    QStringList problems;
    for (const CsvProblem &problem : result.problems()) {
        CHECK_FALSE(problem.message.isEmpty());
        problems.append(QString::number(problem.line) + u':' + problem.reason);
    }
    return problems;
}

QList<int> linesOf(const QList<RosterRow> &rows)
{
    QList<int> lines;
    for (const RosterRow &row : rows)
        lines.append(row.line);
    return lines;
}

} // namespace

TEST_CASE(
    "a UTF-8 roster with a BOM gives every row with cleaned cells, dates, aliases and status", "[roster]")
{
    const QList<RosterRow> rows = rowsOf("roster_utf8_bom.csv");
    REQUIRE(rows.size() == 3);

    CHECK(rows[0].line == 2);
    CHECK(rows[0].name == u"Budi Santoso");
    CHECK(rows[0].registerNumber == u"AI.123/2026");
    CHECK(rows[0].block == u"Blok A");
    CHECK(rows[0].cell == u"12");
    CHECK(rows[0].entryDate == QDate(2026, 1, 5));
    CHECK(rows[0].expiryDate.isNull());
    CHECK(rows[0].aliases == QStringList { u"Budi"_s });
    CHECK(rows[0].status == CustodyStatus::Detainee);

    CHECK(rows[1].registerNumber == u"B I 45/2025");
    CHECK(rows[1].cell == u"7");
    CHECK(rows[1].entryDate == QDate(2025, 6, 1));
    CHECK(rows[1].expiryDate.isNull());
    CHECK(rows[1].aliases.isEmpty());
    CHECK(rows[1].status == CustodyStatus::Sentenced);

    CHECK(rows[2].line == 4);
    CHECK(rows[2].name == u"Suwarn\u00ED");
    CHECK(rows[2].cell == u"12A");
    CHECK(rows[2].entryDate.isNull());
    CHECK(rows[2].expiryDate == QDate(2026, 12, 31));
    CHECK(rows[2].aliases == QStringList { u"Ami"_s, u"Sri"_s, u"Warni"_s });
    CHECK(rows[2].status == CustodyStatus::Sentenced);
}

TEST_CASE("a semicolon roster with differently spelt headers is read", "[roster]")
{
    const QList<RosterRow> rows = rowsOf("roster_semicolon.csv");
    REQUIRE(rows.size() == 2);
    CHECK(rows[0].name == u"Budi Santoso");
    CHECK(rows[0].cell == u"12");
    CHECK(rows[0].entryDate == QDate(2026, 1, 5));
    CHECK(rows[1].registerNumber == u"B III 9/2025");
    CHECK(rows[1].cell == u"4");
    CHECK(rows[1].entryDate.isNull());
    CHECK(rows[1].status == CustodyStatus::Sentenced);
}

TEST_CASE("a tab-separated roster is read and a register number of no known class has no status", "[roster]")
{
    const QList<RosterRow> rows = rowsOf("roster_tab.csv");
    REQUIRE(rows.size() == 2);
    CHECK(rows[0].aliases == QStringList { u"Budi, Bud"_s });
    CHECK(rows[1].registerNumber == u"X.9/2025");
    CHECK(rows[1].cell == u"13");
    CHECK(rows[1].status == CustodyStatus::Unknown);
}

TEST_CASE("quoted fields keep delimiters and quotes, and a name across two lines becomes one", "[roster]")
{
    const QList<RosterRow> rows = rowsOf("roster_quoted.csv");
    REQUIRE(rows.size() == 3);
    CHECK(rows[0].name == u"Santoso, Budi");
    CHECK(rows[0].aliases == QStringList { u"Budi \"Gondrong\""_s });
    CHECK(rows[1].name == u"Joko Widodo");
    CHECK(rows[1].aliases.isEmpty());
    CHECK(rows[2].block == u"Blok \"C\"");
    CHECK(linesOf(rows) == QList<int> { 2, 3, 5 });
}

TEST_CASE("a CRLF roster skips empty rows and keeps the file's line numbers", "[roster]")
{
    const QList<RosterRow> rows = rowsOf("roster_crlf.csv");
    CHECK(linesOf(rows) == QList<int> { 2, 4, 6 });
    REQUIRE(rows.size() == 3);
    CHECK(rows[2].name == u"Citra Lestari");
    CHECK(rows[2].cell == u"14");
}

TEST_CASE("a Windows-1252 roster decodes accented names and curly quotes", "[roster]")
{
    const QList<RosterRow> rows = rowsOf("roster_cp1252.csv");
    REQUIRE(rows.size() == 1);
    CHECK(rows[0].name == u"Suwarn\u00ED");
    CHECK(rows[0].aliases == QStringList { u"\u201CWarni\u201D"_s });
    CHECK(rows[0].status == CustodyStatus::Sentenced);
}

TEST_CASE("every bad roster line is listed with its line number and reason", "[roster]")
{
    CHECK(problemsOf("roster_bad_lines.csv")
        == QStringList {
            u"3:roster-name-empty"_s,
            u"4:roster-register-empty"_s,
            u"5:roster-cell-empty"_s,
            u"6:roster-bad-date"_s,
            u"7:csv-too-few-fields"_s,
            u"8:roster-bad-date"_s,
            u"9:csv-too-many-fields"_s,
        });
}

TEST_CASE("a register number used twice names both lines", "[roster]")
{
    const auto result = RosterCsv::parse(dataFile("roster_duplicates.csv"));
    REQUIRE(result.problems().size() == 2);
    // Case does not make a different number.
    CHECK(result.problems()[0].reason == u"roster-duplicate-register");
    CHECK(result.problems()[0].line == 4);
    CHECK(result.problems()[0].relatedLine == 2);
    CHECK(result.problems()[1].line == 5);
    CHECK(result.problems()[1].relatedLine == 3);
}

TEST_CASE("each missing required column is named once", "[roster]")
{
    const auto result = RosterCsv::parse(dataFile("roster_missing_columns.csv"));
    REQUIRE(result.problems().size() == 2);
    CHECK(result.problems()[0].reason == u"csv-missing-column");
    CHECK(result.problems()[0].message.contains(u"No. Registrasi"));
    CHECK(result.problems()[1].message.contains(u"Lokasi Sel"));
}

TEST_CASE("an empty roster or one with only a header has no data rows", "[roster]")
{
    CHECK(problemsOf("empty.csv") == QStringList { u"0:csv-no-data-rows"_s });
    CHECK(problemsOf("roster_header_only.csv") == QStringList { u"0:csv-no-data-rows"_s });
}

TEST_CASE("binary garbage is refused as binary data", "[roster]")
{
    CHECK(problemsOf("binary_garbage.bin") == QStringList { u"3:csv-binary"_s });
}

TEST_CASE("an unterminated quote rejects the roster naming the line it opens on", "[roster]")
{
    CHECK(problemsOf("roster_unterminated_quote.csv") == QStringList { u"3:csv-unterminated-quote"_s });
}

TEST_CASE("the register class gives the custody status", "[roster]")
{
    const auto [number, status] = GENERATE(table<QString, CustodyStatus>({
        { u"AI.123/2026"_s, CustodyStatus::Detainee },
        { u"A I 123/2026"_s, CustodyStatus::Detainee },
        { u"A.I-7"_s, CustodyStatus::Detainee },
        { u"A II 5/2026"_s, CustodyStatus::Detainee },
        { u"AIII.5/2026"_s, CustodyStatus::Detainee },
        { u" a iv 1"_s, CustodyStatus::Detainee },
        { u"B I 45/2025"_s, CustodyStatus::Sentenced },
        { u"BI.45/2025"_s, CustodyStatus::Sentenced },
        { u"B IIa 3/2026"_s, CustodyStatus::Sentenced },
        { u"BIIb.12/2026"_s, CustodyStatus::Sentenced },
        { u"B III/7"_s, CustodyStatus::Sentenced },
        { u"C I 1/2026"_s, CustodyStatus::Unknown },
        { u"A 123/2026"_s, CustodyStatus::Unknown },
        { u"AVI 1"_s, CustodyStatus::Unknown },
        { u"Andi"_s, CustodyStatus::Unknown },
        { u"123/2026"_s, CustodyStatus::Unknown },
        { QString(), CustodyStatus::Unknown },
    }));
    INFO(number.toStdString());
    CHECK(custodyStatusOf(number) == status);
}

TEST_CASE("cells are written the way the schedule writes them", "[roster]")
{
    const auto [text, cell] = GENERATE(table<QString, QString>({
        { u"Kamar 12"_s, u"12"_s },
        { u" 12 "_s, u"12"_s },
        { u"kamar 12"_s, u"12"_s },
        { u"KAMAR12"_s, u"12"_s },
        { u"Kmr. 4"_s, u"4"_s },
        { u"12A"_s, u"12A"_s },
        { u"kamar 12a"_s, u"12A"_s },
        { u"07"_s, u"7"_s },
        { u"0"_s, u"0"_s },
        { u"Kamar Isolasi"_s, u"ISOLASI"_s },
        { u"Kamarudin"_s, u"KAMARUDIN"_s },
        { u"Kamar"_s, QString() },
    }));
    INFO(text.toStdString());
    CHECK(Schedule::normalizeCell(text) == cell);
}

TEST_CASE("dates are day/month/year, and a dash or zeros mean no date", "[roster]")
{
    CHECK(RosterCsv::parseDate(u"05/01/2026"_s) == QDate(2026, 1, 5));
    CHECK(RosterCsv::parseDate(u"5/1/2026"_s) == QDate(2026, 1, 5));
    CHECK(RosterCsv::parseDate(u" 29-02-2024 "_s) == QDate(2024, 2, 29));
    for (const QString &empty : { QString(), u"-"_s, u"00/00/0000"_s, u" "_s }) {
        INFO(empty.toStdString());
        const auto date = RosterCsv::parseDate(empty);
        REQUIRE(date.has_value());
        CHECK(date->isNull());
    }
    for (const QString &bad : { u"31/02/2026"_s, u"2026-01-05"_s, u"5/1/26"_s, u"05/13/2026"_s,
             u"05/01/2026 08:00"_s, u"besok"_s, u"123/1/2026"_s, u"00/01/2026"_s }) {
        INFO(bad.toStdString());
        CHECK_FALSE(RosterCsv::parseDate(bad).has_value());
    }
}

TEST_CASE("random bytes never crash the parsers and every problem names a reason", "[roster][contacts]")
{
    // Bytes that matter to the parsers, so the inputs reach deep states; a fixed seed repeats.
    const char raw[] = "\",;\t\r\n AIBV0123456789/-.kamr\0\xED\xC3\xA9\xEF\xBB\xBF+";
    const QByteArray alphabet(raw, sizeof raw - 1);
    const QByteArray headers[] = {
        "Nama;No. Registrasi;Blok;Kamar;Tgl Msk UPT\n",
        "No. Registrasi,Nama Keluarga,Hubungan,No. HP\n",
        "",
    };
    std::mt19937 random(20261130);
    for (int round = 0; round < 3000; ++round) {
        QByteArray bytes = headers[random() % 3];
        const int length = int(random() % 200);
        for (int i = 0; i < length; ++i)
            bytes += alphabet[qsizetype(random() % alphabet.size())];
        const auto roster = RosterCsv::parse(bytes);
        const auto contacts = ContactsCsv::parse(bytes);
        for (const QList<CsvProblem> &problems : { roster.problems(), contacts.problems() }) {
            for (const CsvProblem &problem : problems) {
                CHECK(problem.line >= 0);
                CHECK_FALSE(problem.reason.isEmpty());
                CHECK_FALSE(problem.message.isEmpty());
            }
        }
        for (const RosterRow &row : roster.value())
            CHECK(row.line >= 2);
    }
}
