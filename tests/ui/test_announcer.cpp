#include "Announcer.h"
#include "SpeechVoice.h"

#include <catch2/catch.hpp>

#include <QCoreApplication>
#include <QElapsedTimer>

using namespace kj;
using namespace Qt::StringLiterals;

TEST_CASE("the alarm repeats by the clock while any station is alarming and stops when none is", "[sound]")
{
    Announcer a(false);
    a.setAlarm(1, true);
    a.tick(10'000);
    a.tick(10'200); // a tick is not a repeat
    CHECK(a.requests().count(u"alarm"_s) == 1);
    a.tick(14'000);
    CHECK(a.requests().count(u"alarm"_s) == 2);
    a.setAlarm(2, true);
    a.setAlarm(1, false);
    a.tick(18'000);
    CHECK(a.requests().count(u"alarm"_s) == 3);
    a.setAlarm(2, false);
    CHECK_FALSE(a.isAlarming());
    a.tick(30'000);
    CHECK(a.requests().count(u"alarm"_s) == 3);
}

TEST_CASE("real sound output without an audio device stays silent and does not block", "[sound]")
{
    QElapsedTimer t;
    t.start();
    Announcer a(true);
    a.announceCall(u"Nomor antrian A nol nol satu, Budi Santoso, kamar dua belas, silakan ke bilik satu"_s);
    a.warning();
    a.setAlarm(1, true);
    a.tick(1'000);
    QCoreApplication::processEvents();
    CHECK(a.requests()
        == QStringList { u"chime"_s,
            u"speech:Nomor antrian A nol nol satu, Budi Santoso, kamar dua belas, silakan ke bilik satu"_s,
            u"warning"_s, u"alarm"_s });
    CHECK(t.elapsed() < 5000);
    a.setMuted(true);
    a.setAlarm(1, false);
}

TEST_CASE(
    "the call is spoken only in Indonesian: among English voices none is chosen, among Indonesian ones the "
    "plain voice before its variants",
    "[sound]")
{
    const QList<QLocale> english = { QLocale(u"en_US"_s), QLocale(u"en_GB"_s), QLocale(u"ms_MY"_s) };
    CHECK_FALSE(SpeechVoice::indonesianLocale(english));
    CHECK_FALSE(SpeechVoice::indonesianLocale({}));
    const auto id = SpeechVoice::indonesianLocale({ QLocale(u"en_US"_s), QLocale(u"id_ID"_s) });
    REQUIRE(id);
    CHECK(id->language() == QLocale::Indonesian);
    CHECK(
        SpeechVoice::preferredVoice({ u"Indonesian+Adam"_s, u"Indonesian"_s, u"Indonesian+female2"_s }) == 1);
    CHECK(SpeechVoice::preferredVoice({ u"Indonesian+Adam"_s }) == 0);
    CHECK(SpeechVoice::preferredVoice({}) == -1);
}

TEST_CASE("an announcer without output has no voice and hands nothing to the sound device", "[sound]")
{
    Announcer a(false);
    QStringList played;
    QObject::connect(&a, &Announcer::played, [&](const QString &cue) { played.append(cue); });
    CHECK(a.voice() == Announcer::Voice::None);
    a.announceCall(u"Nomor antrian A nol nol satu"_s);
    a.warning();
    CHECK(a.requests() == QStringList { u"chime"_s, u"speech:Nomor antrian A nol nol satu"_s, u"warning"_s });
    CHECK(played.isEmpty());
}
