#include "CsvReader.h"

#include <QStringDecoder>

#include <catch2/catch.hpp>

using namespace kj;
using namespace Qt::StringLiterals;

namespace {

QStringList fieldsOf(const CsvResult<CsvTable> &result, qsizetype record)
{
    REQUIRE(result.ok());
    REQUIRE(record < result.value().records.size());
    return result.value().records[record].fields;
}

QList<int> linesOf(const CsvResult<CsvTable> &result)
{
    REQUIRE(result.ok());
    QList<int> lines;
    for (const CsvRecord &record : result.value().records)
        lines.append(record.line);
    return lines;
}

CsvProblem onlyProblem(const CsvResult<CsvTable> &result)
{
    REQUIRE_FALSE(result.ok());
    REQUIRE(result.problems().size() == 1);
    return result.problems().first();
}

} // namespace

TEST_CASE("a UTF-8 file with a byte order mark decodes without the mark", "[csv]")
{
    CHECK(CsvReader::decode("\xEF\xBB\xBFSuwarn\xC3\xAD") == u"Suwarn\u00ED"_s);
    CHECK(CsvReader::decode("Suwarn\xC3\xAD") == u"Suwarn\u00ED"_s);
}

TEST_CASE("bytes that are not valid UTF-8 are read as Windows-1252", "[csv]")
{
    CHECK(CsvReader::decode("Suwarn\xED") == u"Suwarn\u00ED"_s);
    CHECK(CsvReader::decode("\x93Warni\x94 \x80 5") == u"\u201CWarni\u201D \u20AC 5"_s);
    // One invalid byte anywhere decides for the whole file, so a valid-looking é is not mixed in.
    CHECK(CsvReader::decode("\xC3\xA9 \xE9") == u"\u00C3\u00A9 \u00E9"_s);
}

TEST_CASE("the built-in Windows-1252 table agrees with the system codec where there is one", "[csv]")
{
    QStringDecoder system("windows-1252");
    if (!system.isValid()) {
        WARN("this Qt has no windows-1252 codec to compare with");
        return;
    }
    for (int b = 0x80; b <= 0xFF; ++b) {
        // A lone high byte is never valid UTF-8, so decode() takes the Windows-1252 path.
        const QByteArray byte(1, char(b));
        INFO("byte 0x" << std::hex << b);
        CHECK(CsvReader::decode(byte) == system(byte));
    }
}

TEST_CASE("a UTF-16 file with a byte order mark is decoded", "[csv]")
{
    const QByteArray le("\xFF\xFEN\0a\0;\0b\0", 10);
    CHECK(CsvReader::decode(le) == u"Na;b"_s);
    const QByteArray be("\xFE\xFF\0N\0a", 6);
    CHECK(CsvReader::decode(be) == u"Na"_s);
}

TEST_CASE("the delimiter is the one that splits the header into the most fields", "[csv]")
{
    CHECK(CsvReader::read("a,b,c\n1,2,3\n").value().delimiter == u',');
    CHECK(CsvReader::read("a;b;c\n1;2;3\n").value().delimiter == u';');
    CHECK(CsvReader::read("a\tb\tc\n1\t2\t3\n").value().delimiter == u'\t');
    CHECK(CsvReader::read("a;b,c;d\n").value().delimiter == u';');
    // Only the header counts: commas in the data rows do not outvote it.
    CHECK(CsvReader::read("a;b\n1,5;2,5,7,8\n").value().delimiter == u';');
    // Leading empty lines are not the header.
    CHECK(CsvReader::read("\n\n  \na;b\n").value().delimiter == u';');
}

TEST_CASE("delimiters inside quotes in the header do not count", "[csv]")
{
    const auto result = CsvReader::read("\"a;b;c;d\",x,y\n1,2,3\n");
    CHECK(result.value().delimiter == u',');
    CHECK(fieldsOf(result, 0) == QStringList { u"a;b;c;d"_s, u"x"_s, u"y"_s });
}

TEST_CASE("records keep the file line they start on across CRLF, LF, lone CR and quoted newlines", "[csv]")
{
    const auto result = CsvReader::read("h1,h2\r\n" // 1
                                        "a,\"x\r\ny\"\r\n" // 2–3
                                        "b,c\r" // 4 (lone CR)
                                        "d,\"1\n2\n3\"\n" // 5–7
                                        "e,f"); // 8, no final newline
    CHECK(linesOf(result) == QList<int> { 1, 2, 4, 5, 8 });
    // Line breaks inside a field become \n, whatever the file used.
    CHECK(fieldsOf(result, 1) == QStringList { u"a"_s, u"x\ny"_s });
    CHECK(fieldsOf(result, 3) == QStringList { u"d"_s, u"1\n2\n3"_s });
    CHECK(fieldsOf(result, 4) == QStringList { u"e"_s, u"f"_s });
}

TEST_CASE("empty lines and rows of empty fields are skipped but still counted as lines", "[csv]")
{
    const auto result = CsvReader::read("h1;h2\n\n;\n  ;  \n\"\";\na;b\n");
    CHECK(linesOf(result) == QList<int> { 1, 6 });
}

TEST_CASE("doubled quotes inside a quoted field become one quote", "[csv]")
{
    const auto result = CsvReader::read("a,b\n\"Budi \"\"Gondrong\"\"\",\"\"\"\"\n");
    CHECK(fieldsOf(result, 1) == QStringList { u"Budi \"Gondrong\""_s, u"\""_s });
}

TEST_CASE("fields are kept as written, and a trailing delimiter gives an empty last field", "[csv]")
{
    const auto result = CsvReader::read("a,b,c\n  x , y,\n");
    CHECK(fieldsOf(result, 1) == QStringList { u"  x "_s, u" y"_s, QString() });
}

TEST_CASE("blanks before an opening quote are allowed, text after a closing quote is kept", "[csv]")
{
    const auto result = CsvReader::read("a,b,c\n1, \"x, y\",\"z\"w\n");
    CHECK(fieldsOf(result, 1) == QStringList { u"1"_s, u"x, y"_s, u"zw"_s });
    // A quote inside an unquoted field is just a character.
    CHECK(fieldsOf(CsvReader::read("a\nab\"c\n"), 1) == QStringList { u"ab\"c"_s });
}

TEST_CASE("an unterminated quote is an error naming the line where it opened", "[csv]")
{
    const auto &problem = onlyProblem(CsvReader::read("a,b\n1,2\n3,\"4\n5,6\n7,8\n"));
    CHECK(problem.reason == u"csv-unterminated-quote");
    CHECK(problem.line == 3);
    CHECK(problem.message.contains(u'3'));
}

TEST_CASE("NUL bytes are refused as binary data at their line", "[csv]")
{
    const auto &problem = onlyProblem(CsvReader::read(QByteArray("a,b\r1,2\n3,\0", 11)));
    CHECK(problem.reason == u"csv-binary");
    CHECK(problem.line == 3);
}

TEST_CASE("a line longer than 64 KiB is refused with its line number", "[csv]")
{
    const QByteArray fits = "a,b\n" + QByteArray(CsvReader::maxLineChars, 'x') + "\n";
    CHECK(CsvReader::read(fits).ok());
    const QByteArray tooLong = "a,b\r\n1,2\r\n" + QByteArray(CsvReader::maxLineChars + 1, 'x');
    const auto &problem = onlyProblem(CsvReader::read(tooLong));
    CHECK(problem.reason == u"csv-line-too-long");
    CHECK(problem.line == 3);
}

TEST_CASE("a file over 20 MB is refused as a whole", "[csv]")
{
    const auto &problem = onlyProblem(CsvReader::read(QByteArray(CsvReader::maxFileBytes + 1, '\n')));
    CHECK(problem.reason == u"csv-too-large");
    CHECK(problem.line == 0);
    CHECK(CsvReader::read(QByteArray(CsvReader::maxFileBytes, '\n')).ok());
}

TEST_CASE("a file of nothing but delimiters is refused once it passes the cell limit", "[csv]")
{
    QByteArray line(CsvReader::maxLineChars - 1, ',');
    line.prepend('x').append('\n');
    const qsizetype linesNeeded = CsvReader::maxCells / CsvReader::maxLineChars + 1;
    const auto &problem = onlyProblem(CsvReader::read(line.repeated(linesNeeded)));
    CHECK(problem.reason == u"csv-too-many-cells");
    CHECK(problem.line == int(linesNeeded));
}

TEST_CASE("an empty file has no records and the default delimiter", "[csv]")
{
    const auto result = CsvReader::read(QByteArray());
    REQUIRE(result.ok());
    CHECK(result.value().records.isEmpty());
    CHECK(CsvReader::read("\xEF\xBB\xBF\r\n\r\n").value().records.isEmpty());
}

TEST_CASE("column names match ignoring case, spaces, dots and underscores", "[csv]")
{
    const QStringList header = { u" NO_REGISTRASI "_s, u"Nama"_s, u"nama lengkap"_s, u"Lokasi.Sel"_s };
    CHECK(CsvReader::findColumn(header, { u"No. Registrasi" }) == 0);
    CHECK(CsvReader::findColumn(header, { u"Lokasi Sel" }) == 3);
    // The first name asked for wins, wherever it stands in the header.
    CHECK(CsvReader::findColumn(header, { u"Nama Lengkap", u"Nama" }) == 2);
    CHECK(CsvReader::findColumn(header, { u"Blok" }) == -1);
}

TEST_CASE("a cell of a dash or blanks is empty, other cells are trimmed and collapsed", "[csv]")
{
    const CsvRecord record { 2, { u" - "_s, u"  Budi \n Santoso "_s, u"   "_s } };
    CHECK(CsvReader::cellText(record, 0).isEmpty());
    CHECK(CsvReader::cellText(record, 1) == u"Budi Santoso");
    CHECK(CsvReader::cellText(record, 2).isEmpty());
    CHECK(CsvReader::cellText(record, 7).isEmpty());
}

TEST_CASE("a row with more or fewer fields than the header is refused, even if the extra are empty", "[csv]")
{
    CHECK_FALSE(CsvReader::checkRowShape(CsvRecord { 4, { u"a"_s, u"b"_s, u"c"_s } }, 3));
    CHECK(CsvReader::checkRowShape(CsvRecord { 4, { u"a"_s, u"b"_s, u"c"_s, QString() } }, 3));
    const auto fewer = CsvReader::checkRowShape(CsvRecord { 4, { u"a"_s, u"b"_s } }, 3);
    REQUIRE(fewer);
    CHECK(fewer->reason == u"csv-too-few-fields");
    CHECK(fewer->line == 4);
    const auto more = CsvReader::checkRowShape(CsvRecord { 5, { u"a"_s, u"b"_s, u"c"_s, u"d"_s } }, 3);
    REQUIRE(more);
    CHECK(more->reason == u"csv-too-many-fields");
    CHECK(more->line == 5);
}

TEST_CASE("problems become one error with a line each and the first problem's reason", "[csv]")
{
    const QList<CsvProblem> problems
        = { { 3, u"roster-name-empty"_s, u"line 3: x"_s }, { 7, u"roster-cell-empty"_s, u"line 7: y"_s } };
    const Error error = CsvReader::toError(problems);
    CHECK(error.kind == ErrorKind::InvalidInput);
    CHECK(error.reason == u"roster-name-empty");
    CHECK(error.message.split(u'\n') == QStringList { u"line 3: x"_s, u"line 7: y"_s });
    CHECK(error.detail.contains(u"7:roster-cell-empty"));
}
