// The kiosk's way out (issue 12, item 7): an officer's PIN closes the kiosk, but wrong PINs typed
// there never count against the officer's console sign-in; the kiosk's pad has its own lockout.
#include "DeskFixture.h"

#include "Event.h"
#include "Pin.h"

using namespace kj;
using namespace kj::test;

namespace {

const QString admin = u"Petugas Satu"_s; // the fixture's officer, the only admin
const QString adminPin = u"135792"_s;
const QString wrongPin = u"864213"_s;

int failedCount(const DeskFixture &f)
{
    return scalar(f.logbook->database(), u"SELECT failed FROM officers WHERE id = 1"_s).toInt();
}

// Wrong PINs at the kiosk until `count` were checked, waiting out each closure of the pad.
void typeWrongPins(DeskFixture &f, int count)
{
    for (int i = 0; i < count; ++i) {
        if (auto open = f.desk->officers().kioskUnlockOpen(); !open)
            f.clock.advanceSeconds(KioskPinLockout::longestCloseMs / 1000);
        CHECK(f.desk->officers().unlockKiosk(admin, wrongPin).error().reason == u"wrong-pin"_s);
    }
}

} // namespace

TEST_CASE("twenty wrong PINs at the kiosk leave the last admin able to sign in at the console at once",
    "[kiosk-unlock][officer]")
{
    DeskFixture f;
    const qint64 events = eventCount(*f.logbook);
    typeWrongPins(f, 20);
    CHECK(failedCount(f) == 0);
    CHECK(eventCount(*f.logbook) == events); // nothing written: a flood cannot fill the disk
    // The pad is closed now, but the console is not.
    CHECK(f.desk->officers().kioskUnlockOpen().error().reason == u"kiosk-pin-wait"_s);
    const Officer signedIn = must(f.desk->officers().login(admin, adminPin), "console login");
    CHECK(signedIn.isAdmin());
    CHECK(lastEventType(*f.logbook) == QString(EventType::OfficerLogin));
}

TEST_CASE("the console's lockout does not close the kiosk's pad, and a kiosk unlock does not clear it",
    "[kiosk-unlock][officer]")
{
    DeskFixture f;
    for (int i = 0; i < 10; ++i) {
        CHECK(f.desk->officers().login(admin, wrongPin).error().reason == u"wrong-pin"_s);
        f.clock.advanceSeconds(15 * 60);
    }
    REQUIRE(f.desk->officers().login(admin, adminPin).error().reason == u"locked"_s);
    CHECK(must(f.desk->officers().unlockKiosk(admin, adminPin)).name == admin);
    CHECK(failedCount(f) == 10);
    CHECK(f.desk->officers().login(admin, adminPin).error().reason == u"locked"_s);
}

TEST_CASE("five wrong PINs close the kiosk's pad for a minute, each next closure twice as long, at most 15 "
          "minutes, on the monotonic clock",
    "[kiosk-unlock][officer]")
{
    DeskFixture f;
    OfficerDesk &officers = f.desk->officers();
    typeWrongPins(f, 4);
    CHECK(officers.kioskUnlockOpen());
    CHECK(officers.unlockKiosk(admin, wrongPin).error().reason == u"wrong-pin"_s);
    const Error closed = officers.kioskUnlockOpen().error();
    CHECK(closed.reason == u"kiosk-pin-wait"_s);
    CHECK(closed.message
        == u"Terlalu banyak PIN salah di kios ini. Pengisian PIN ditutup; coba lagi dalam 1 menit."_s);
    // While closed even the right PIN is refused.
    CHECK(officers.unlockKiosk(admin, adminPin).error().reason == u"kiosk-pin-wait"_s);
    // Setting the PC's clock forward does not open it.
    f.clock.jumpWallMs(24 * 3600'000LL);
    CHECK(officers.kioskUnlockOpen().error().reason == u"kiosk-pin-wait"_s);
    f.clock.advanceSeconds(59);
    CHECK(officers.kioskUnlockOpen().error().message.endsWith(u"1 detik."_s));
    f.clock.advanceSeconds(1);
    CHECK(officers.kioskUnlockOpen());

    // Five more: two minutes.
    typeWrongPins(f, 5);
    f.clock.advanceSeconds(119);
    CHECK_FALSE(officers.kioskUnlockOpen());
    f.clock.advanceSeconds(1);
    CHECK(officers.kioskUnlockOpen());

    // The closures double up to 15 minutes and stay there.
    qint64 longest = 0;
    for (int round = 0; round < 8; ++round) {
        typeWrongPins(f, 5);
        const qint64 start = f.clock.monotonicMs();
        while (!officers.kioskUnlockOpen())
            f.clock.advanceSeconds(1);
        longest = qMax(longest, f.clock.monotonicMs() - start);
    }
    CHECK(longest == KioskPinLockout::longestCloseMs);

    // The right PIN starts again: the next closure is a minute.
    CHECK(must(officers.unlockKiosk(admin, adminPin)).name == admin);
    typeWrongPins(f, 5);
    f.clock.advanceSeconds(60);
    CHECK(officers.kioskUnlockOpen());
    CHECK(failedCount(f) == 0);
}

TEST_CASE("an unknown or inactive officer, or a PIN hash changed outside the desk, does not close the kiosk",
    "[kiosk-unlock][officer]")
{
    DeskFixture f;
    OfficerDesk &officers = f.desk->officers();
    must(officers.add(u"Sri Wahyuni"_s, u"officer"_s, u"248613"_s, QString(Actor::Cli)));
    must(officers.setActive(u"Sri Wahyuni"_s, false, QString(Actor::Cli)));
    CHECK(officers.unlockKiosk(u"Sri Wahyuni"_s, u"248613"_s).error().reason == u"wrong-pin"_s);
    CHECK(officers.unlockKiosk(u"Penyusup"_s, u"248613"_s).error().reason == u"wrong-pin"_s);
    {
        // Someone with the file replaces the admin's hash by one of a PIN they know.
        RawDb raw(f.path);
        REQUIRE(raw.exec(
            u"UPDATE officer_pins SET hash = ? WHERE officer_id = 1"_s, { must(Pin::hash(u"975310"_s)) }));
    }
    CHECK(officers.unlockKiosk(admin, u"975310"_s).error().reason == u"pin-tampered"_s);
    // Each counted: the pad is closed after this one.
    CHECK(officers.unlockKiosk(admin, u"975310"_s).error().reason == u"pin-tampered"_s);
    CHECK(officers.unlockKiosk(admin, u"975310"_s).error().reason == u"pin-tampered"_s);
    CHECK(officers.kioskUnlockOpen().error().reason == u"kiosk-pin-wait"_s);
}

TEST_CASE(
    "an officer's PIN at the kiosk records who closed it, and a verify replays it", "[kiosk-unlock][officer]")
{
    DeskFixture f;
    const qint64 events = eventCount(*f.logbook);
    must(f.desk->officers().unlockKiosk(admin, adminPin));
    CHECK(eventCount(*f.logbook) == events + 1);
    CHECK(lastEventType(*f.logbook) == QString(EventType::KioskClosed));
    const Event closed = must(f.logbook->events(f.logbook->lastSeq(), f.logbook->lastSeq())).constFirst();
    CHECK(closed.actor == Actor::officer(1));
    CHECK(failedCount(f) == 0);
    CHECK(must(f.logbook->verify()).ok());
}
