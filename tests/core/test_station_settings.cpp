#include "DeskFixture.h"

#include "Event.h"

#include <QJsonArray>

using namespace kj;
using namespace kj::test;

namespace {

QJsonObject stationsJson(const QStringList &names, const QJsonArray &deskPc)
{
    return { { u"names"_s, QJsonArray::fromStringList(names) }, { u"deskPc"_s, deskPc } };
}

} // namespace

TEST_CASE("a station can be the desk PC itself, a flag kept per station across a restart", "[desk][settings]")
{
    DeskFixture f;
    CHECK_FALSE(f.desk->settings().isDeskPc(1));
    CHECK_FALSE(f.desk->settings().isDeskPc(2));
    must(f.desk->service().changeSetting(Settings::StationsKey,
        stationsJson({ u"1"_s, u"PC meja"_s, u"3"_s }, { false, true, false }), officer));
    f.reopen();
    const Settings &s = f.desk->settings();
    CHECK(s.stations == QStringList { u"1"_s, u"PC meja"_s, u"3"_s });
    CHECK_FALSE(s.isDeskPc(1));
    CHECK(s.isDeskPc(2));
    CHECK_FALSE(s.isDeskPc(3));
    CHECK_FALSE(s.isDeskPc(4)); // no such station
    CHECK(must(f.logbook->verify()).ok());
}

TEST_CASE("an empty station name is dropped together with its own desk PC flag", "[desk][settings]")
{
    DeskFixture f;
    must(f.desk->service().changeSetting(
        Settings::StationsKey, stationsJson({ u"1"_s, u" "_s, u"3"_s }, { false, false, true }), officer));
    CHECK(f.desk->settings().stations == QStringList { u"1"_s, u"3"_s });
    CHECK(f.desk->settings().isDeskPc(2));
}

TEST_CASE("stations saved before the desk PC flag existed still read, none of them on the desk PC",
    "[desk][settings]")
{
    DeskFixture f;
    // What the console wrote before the flag: the names alone.
    must(f.logbook->append({ EventType::SettingChanged, officer, 0,
        QJsonObject { { u"key"_s, Settings::StationsKey },
            { u"value"_s, QJsonObject { { u"names"_s, QJsonArray { u"A"_s, u"B"_s, u"C"_s } } } } } }));
    f.reopen();
    CHECK(f.desk->settings().stations == QStringList { u"A"_s, u"B"_s, u"C"_s });
    for (int station = 1; station <= 3; ++station)
        CHECK_FALSE(f.desk->settings().isDeskPc(station));
    CHECK(must(f.logbook->verify()).ok());
}

TEST_CASE("desk PC flags that do not match the stations one for one are refused and change nothing",
    "[desk][settings]")
{
    DeskFixture f;
    const qint64 events = eventCount(*f.logbook);
    for (const QJsonObject &bad :
        { stationsJson({ u"1"_s, u"2"_s }, { true }), stationsJson({ u"1"_s, u"2"_s }, { true, u"yes"_s }),
            QJsonObject { { u"names"_s, QJsonArray { u"1"_s } }, { u"deskPc"_s, true } } }) {
        const auto refused = f.desk->service().changeSetting(Settings::StationsKey, bad, officer);
        REQUIRE_FALSE(refused.ok());
        CHECK(refused.error().reason == u"invalid-setting"_s);
        CHECK_FALSE(refused.error().message.isEmpty());
    }
    CHECK(eventCount(*f.logbook) == events);
    CHECK(f.desk->settings().stations == QStringList { u"1"_s, u"2"_s });
    CHECK_FALSE(f.desk->settings().isDeskPc(1));
}
