#include "SpokenIndonesian.h"

#include <catch2/catch.hpp>

using namespace kj;
using namespace Qt::StringLiterals;

TEST_CASE("numbers are spoken as Indonesian words", "[spoken]")
{
    CHECK(SpokenIndonesian::number(0) == u"nol");
    CHECK(SpokenIndonesian::number(7) == u"tujuh");
    CHECK(SpokenIndonesian::number(10) == u"sepuluh");
    CHECK(SpokenIndonesian::number(11) == u"sebelas");
    CHECK(SpokenIndonesian::number(12) == u"dua belas");
    CHECK(SpokenIndonesian::number(19) == u"sembilan belas");
    CHECK(SpokenIndonesian::number(20) == u"dua puluh");
    CHECK(SpokenIndonesian::number(21) == u"dua puluh satu");
    CHECK(SpokenIndonesian::number(100) == u"seratus");
    CHECK(SpokenIndonesian::number(101) == u"seratus satu");
    CHECK(SpokenIndonesian::number(115) == u"seratus lima belas");
    CHECK(SpokenIndonesian::number(250) == u"dua ratus lima puluh");
    CHECK(SpokenIndonesian::number(1000) == u"seribu");
    CHECK(SpokenIndonesian::number(1011) == u"seribu sebelas");
    CHECK(SpokenIndonesian::number(1999) == u"seribu sembilan ratus sembilan puluh sembilan");
    CHECK(SpokenIndonesian::number(2000) == u"dua ribu");
    CHECK(SpokenIndonesian::number(11000) == u"sebelas ribu");
    CHECK(SpokenIndonesian::number(100000) == u"seratus ribu");
    CHECK(SpokenIndonesian::number(1000000) == u"satu juta");
    CHECK(SpokenIndonesian::number(2001001) == u"dua juta seribu satu");
    CHECK(SpokenIndonesian::number(-5) == u"minus lima");
}

TEST_CASE("ticket numbers are spoken digit by digit and cells as numbers", "[spoken]")
{
    CHECK(SpokenIndonesian::digits(u"A-007"_s) == u"A nol nol tujuh");
    CHECK(SpokenIndonesian::digits(u"A-120"_s) == u"A satu dua nol");
    CHECK(SpokenIndonesian::name(u"12"_s) == u"dua belas");
    CHECK(SpokenIndonesian::name(u"12A"_s) == u"dua belas A");
    CHECK(SpokenIndonesian::name(u"Mawar"_s) == u"Mawar");
}

TEST_CASE("the hall call names ticket, WBP, cell and station", "[spoken]")
{
    CHECK(SpokenIndonesian::call(u"A-007"_s, u"Budi  Santoso"_s, u"12"_s, u"2"_s)
        == u"Nomor antrian A nol nol tujuh, Budi Santoso, kamar dua belas, silakan ke bilik dua");
}

TEST_CASE("the hall call without a name leaves no empty place for it", "[spoken]")
{
    CHECK(SpokenIndonesian::call(u"A-001"_s, u"  "_s, u"12"_s, u"1"_s)
        == u"Nomor antrian A nol nol satu, kamar dua belas, silakan ke bilik satu");
}
