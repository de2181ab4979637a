#include "PhoneNumber.h"

#include <catch2/catch.hpp>

using namespace kj;
using namespace Qt::StringLiterals;

namespace {

QString reasonFor(const QString &text)
{
    const auto result = normalisePhone(text);
    return result ? QString() : result.error().reason;
}

} // namespace

TEST_CASE("Indonesian mobile numbers written in the usual ways become +628…", "[phone]")
{
    const auto [text, expected] = GENERATE(table<QString, QString>({
        { u"081234567890"_s, u"+6281234567890"_s },
        { u"0812-3456-7890"_s, u"+6281234567890"_s },
        { u"0812.3456.7890"_s, u"+6281234567890"_s },
        { u" 0812 3456 7890 "_s, u"+6281234567890"_s },
        { u"6281234567890"_s, u"+6281234567890"_s },
        { u"+62 812 3456 7890"_s, u"+6281234567890"_s },
        { u"+62-812-3456-7890"_s, u"+6281234567890"_s },
        { u"(0812) 345 678"_s, u"+62812345678"_s },
        { u"+62\u00A0857\u00A01234\u00A05678"_s, u"+6285712345678"_s },
    }));
    const auto result = normalisePhone(text);
    INFO(text.toStdString());
    REQUIRE(result.ok());
    CHECK(result.value() == expected);
}

TEST_CASE("a mobile number whose leading zero a spreadsheet dropped is read as Indonesian", "[phone]")
{
    CHECK(normalisePhone(u"81234567890"_s).value() == u"+6281234567890");
    CHECK(normalisePhone(u"857 1234 5678"_s).value() == u"+6285712345678");
}

TEST_CASE("a landline with its area code becomes +62 and the area code without 0", "[phone]")
{
    CHECK(normalisePhone(u"(0291) 591008"_s).value() == u"+62291591008");
    CHECK(normalisePhone(u"021-1234567"_s).value() == u"+62211234567");
    CHECK(normalisePhone(u"+62 291 591008"_s).value() == u"+62291591008");
}

TEST_CASE("a mobile number has 8 to 11 digits after +628", "[phone]")
{
    CHECK(reasonFor(u"+6281234567"_s) == u"phone-too-short");
    CHECK(normalisePhone(u"+62812345678"_s).value() == u"+62812345678");
    CHECK(normalisePhone(u"0812345678901"_s).value() == u"+62812345678901");
    CHECK(reasonFor(u"08123456789012"_s) == u"phone-too-long");
}

TEST_CASE("a landline has 8 to 12 digits after +62", "[phone]")
{
    CHECK(reasonFor(u"0291 5910"_s) == u"phone-too-short");
    CHECK(normalisePhone(u"0291 59100"_s).value() == u"+6229159100");
    CHECK(normalisePhone(u"0291 591008765"_s).value() == u"+62291591008765");
    CHECK(reasonFor(u"0291 5910087654"_s) == u"phone-too-long");
}

TEST_CASE("other countries' numbers keep their digits when they have 8 to 15", "[phone]")
{
    CHECK(normalisePhone(u"+31 20 123 4567"_s).value() == u"+31201234567");
    CHECK(normalisePhone(u"+1 (415) 555-0100"_s).value() == u"+14155550100");
    CHECK(normalisePhone(u"+60 12-345 6789"_s).value() == u"+60123456789");
    CHECK(reasonFor(u"+31 20 12"_s) == u"phone-too-short");
    CHECK(reasonFor(u"+1234 5678 9012 3456"_s) == u"phone-too-long");
}

TEST_CASE("unusable phone numbers are refused with a reason", "[phone]")
{
    const auto [text, reason] = GENERATE(table<QString, QString>({
        { QString(), u"phone-empty"_s },
        { u"   "_s, u"phone-empty"_s },
        { u"0812abc4567"_s, u"phone-invalid-character"_s },
        { u"6.28123E+12"_s, u"phone-invalid-character"_s },
        { u"0812/3456789"_s, u"phone-invalid-character"_s },
        { u"0812+3456789"_s, u"phone-invalid-character"_s },
        { u"++6281234567890"_s, u"phone-invalid-character"_s },
        { u"+620812345678"_s, u"phone-zero-after-country-code"_s },
        { u"620812345678"_s, u"phone-zero-after-country-code"_s },
        { u"+0812345678"_s, u"phone-zero-after-country-code"_s },
        { u"-"_s, u"phone-empty"_s },
        { u"+"_s, u"phone-empty"_s },
        { u"0812"_s, u"phone-too-short"_s },
        { u"291591008"_s, u"phone-missing-prefix"_s },
        { u"0812345678901234567890123456789"_s, u"phone-too-long"_s },
    }));
    INFO(text.toStdString());
    CHECK(reasonFor(text) == reason);
}

TEST_CASE("a masked number shows only its last four digits and hides its length", "[phone]")
{
    CHECK(maskPhone(u"+6281234567890"_s) == u"+62 \u2022\u2022\u2022\u2022 7890");
    CHECK(maskPhone(u"+62291591008"_s) == u"+62 \u2022\u2022\u2022\u2022 1008");
    CHECK(maskPhone(u"+31201234567"_s) == u"+\u2022\u2022\u2022\u2022 4567");
    CHECK(maskPhone(u"+6281234567890"_s).size() == maskPhone(u"+62812345678"_s).size());
    CHECK(maskPhone(QString()).isEmpty());
    // Too short to be a stored number: nothing of it is shown.
    CHECK(maskPhone(u"12345"_s) == u"\u2022\u2022\u2022\u2022");
}
