#include "DeskFixture.h"

#include "DayKey.h"
#include "Drafts.h"
#include "Format.h"
#include "LineHistory.h"
#include "SessionRecords.h"

#include <functional>
#include <utility>

using namespace kj;
using namespace kj::test;
using namespace Qt::StringLiterals;

namespace {

using Crossings = QList<std::pair<int, CallThreshold>>;

QStringList eventTypesFrom(const Logbook &logbook, qint64 fromSeq)
{
    QStringList types;
    for (const Event &e : must(logbook.events(fromSeq, logbook.lastSeq())))
        types.append(e.type);
    return types;
}

// Sign-ins the desk refuses leave no trace in the record.
Error refusedSignIn(DeskFixture &f, qint64 wbp, qint64 contact)
{
    const qint64 before = eventCount(*f.logbook);
    const auto result = f.desk->calls().signIn(wbp, contact, QString(Actor::Kiosk));
    REQUIRE_FALSE(result.ok());
    CHECK(eventCount(*f.logbook) == before);
    CHECK_FALSE(result.error().message.isEmpty());
    return result.error();
}

// The clock of a desk that lets a test act at the moment the desk next reads the time.
class HookClock final : public Clock
{
public:
    explicit HookClock(const Clock &base)
        : m_base(base)
    { }
    QDateTime nowUtc() const override
    {
        if (m_hook)
            std::exchange(m_hook, {})();
        return m_base.nowUtc();
    }
    qint64 monotonicMs() const override { return m_base.monotonicMs(); }
    void onNextRead(std::function<void()> hook) { m_hook = std::move(hook); }

private:
    const Clock &m_base;
    mutable std::function<void()> m_hook;
};

QString refusedSignInReason(DeskFixture &f, qint64 wbp)
{
    return refusedSignIn(f, wbp, f.contactOf.value(wbp)).reason;
}

} // namespace

TEST_CASE(
    "a call runs its day: warning at four minutes, time up at five, and a logbook line with its duration",
    "[desk]")
{
    DeskFixture f;
    Desk &desk = *f.desk;
    const qint64 firstSeq = f.logbook->lastSeq() + 1;

    const Ticket ticket = f.signIn(f.budi);
    CHECK(ticket.number == 1);
    CHECK(ticket.state == TicketState::Waiting);
    CHECK(desk.calls().queue().positionOf(1) == 1);

    const Ticket called = must(desk.calls().callNext(1, officer));
    CHECK(called.number == 1);
    CHECK(called.state == TicketState::Called);
    CHECK(called.station == 1);
    f.clock.advanceSeconds(40);
    CHECK(must(desk.calls().startCall(1, officer)).state == TicketState::InCall);
    REQUIRE(desk.calls().timer(1));
    CHECK(desk.calls().timer(1)->remainingMs(f.clock.monotonicMs()) == 5 * 60'000);

    f.clock.advanceSeconds(4 * 60 - 1);
    CHECK(desk.calls().poll().isEmpty());
    f.clock.advanceSeconds(1);
    CHECK(desk.calls().poll() == Crossings { { 1, CallThreshold::Warning } });
    CHECK(desk.calls().poll().isEmpty());
    f.clock.advanceSeconds(60);
    CHECK(desk.calls().poll() == Crossings { { 1, CallThreshold::TimeUp } });
    CHECK(desk.calls().poll().isEmpty());

    const Ticket done = must(desk.calls().endCall(1, Outcome::Completed, QString(), officer));
    CHECK(done.state == TicketState::Done);
    CHECK_FALSE(desk.calls().ticketAt(1));
    CHECK_FALSE(desk.calls().timer(1));

    // Every event carries its UTC instant and the facility's offset (WIB, UTC+7).
    const Event signedIn = must(f.logbook->events(firstSeq, firstSeq)).constFirst();
    CHECK(signedIn.atUtc() == mondayNine());
    CHECK(signedIn.utcOffsetMinutes == 7 * 60);
    CHECK(signedIn.atLocal().time() == QTime(9, 0));
    CHECK(signedIn.actor == QString(Actor::Kiosk));
    CHECK(eventTypesFrom(*f.logbook, firstSeq)
        == QStringList { u"queue.signin"_s, u"queue.call"_s, u"call.start"_s, u"call.warning"_s,
            u"call.timeup"_s, u"call.end"_s });
    CHECK(f.session(1, u"wbp_id"_s).toLongLong() == f.budi);
    CHECK(f.session(1, u"contact_id"_s).toLongLong() == f.contactOf[f.budi]);
    CHECK(f.session(1, u"cell"_s).toString() == u"12"_s);
    CHECK(f.session(1, u"station"_s).toInt() == 1);
    CHECK(f.session(1, u"state"_s).toInt() == int(TicketState::Done));
    CHECK(f.session(1, u"outcome"_s).toString() == QString(Outcome::Completed));
    CHECK(f.session(1, u"officer_id"_s).toLongLong() == 1);
    CHECK(f.session(1, u"duration_ms"_s).toLongLong() == 5 * 60'000);
    CHECK(f.session(1, u"allowed_ms"_s).toLongLong() == 5 * 60'000);
    CHECK(f.session(1, u"started - called"_s).toLongLong() == 40'000);
    CHECK(f.session(1, u"ended - started"_s).toLongLong() == 5 * 60'000);
    CHECK(f.session(1, u"warned"_s).toInt() == 1);
    CHECK(f.session(1, u"timed_up"_s).toInt() == 1);
    CHECK(must(f.logbook->verify()).ok());
}

TEST_CASE(
    "a family that does not answer sends the WBP back to the end of the line until the retries are used up",
    "[desk]")
{
    DeskFixture f;
    Desk &desk = *f.desk;
    f.signIn(f.budi);
    f.signIn(f.agus);

    CHECK(must(desk.calls().callNext(1, officer)).number == 1);
    const Ticket back = must(desk.calls().noAnswer(1, officer));
    CHECK(back.state == TicketState::Waiting);
    CHECK(back.retries == 1);
    CHECK(desk.calls().queue().positionOf(2) == 1);
    CHECK(desk.calls().queue().positionOf(1) == 2);
    CHECK(f.session(1, u"called"_s).isNull());
    CHECK(f.session(1, u"state"_s).toInt() == int(TicketState::Waiting));
    CHECK(f.session(1, u"retries"_s).toInt() == 1);
    CHECK_FALSE(desk.calls().ticketAt(1));

    CHECK(must(desk.calls().callNext(1, officer)).number == 2);
    CHECK(must(desk.calls().callNext(2, officer)).number == 1);
    CHECK(must(desk.calls().noAnswer(2, officer)).retries == 2);
    CHECK(must(desk.calls().callNext(2, officer)).number == 1);
    // The default allows two retries: the third "no answer" closes the ticket.
    const Ticket closed = must(desk.calls().noAnswer(2, officer));
    CHECK(closed.state == TicketState::NoAnswer);
    CHECK(f.session(1, u"outcome"_s).toString() == u"no-answer"_s);
    CHECK_FALSE(f.session(1, u"ended"_s).isNull());
    CHECK(desk.calls().queue().waiting().isEmpty());
}

TEST_CASE("a WBP who does not come when called is recorded as a no-show and frees the station", "[desk]")
{
    DeskFixture f;
    Desk &desk = *f.desk;
    f.signIn(f.joko);
    must(desk.calls().callNext(2, officer));
    CHECK(must(desk.calls().recall(2, officer)).recalls == 1);
    f.clock.advanceSeconds(120);
    const Ticket gone = must(desk.calls().noShow(2, officer));
    CHECK(gone.state == TicketState::NoShow);
    CHECK_FALSE(desk.calls().ticketAt(2));
    CHECK(f.session(1, u"outcome"_s).toString() == u"no-show"_s);
    CHECK(f.session(1, u"recalls"_s).toInt() == 1);
    CHECK(f.session(1, u"ended - called"_s).toLongLong() == 120'000);
    // Nothing is running at the station, so the call actions are refused.
    CHECK(desk.calls().startCall(2, officer).error().reason == u"station-state"_s);
    CHECK(
        desk.calls().endCall(2, Outcome::Completed, QString(), officer).error().reason == u"station-state"_s);
}

TEST_CASE("a cancelled ticket keeps its reason beside the line of the book", "[desk]")
{
    DeskFixture f;
    Desk &desk = *f.desk;
    f.signIn(f.joko);
    must(desk.calls().cancel(1, u"dipindah ke Lapas lain"_s, officer));
    CHECK(f.session(1, u"outcome"_s).toString() == u"cancelled"_s);
    CHECK(scalar(f.logbook->database(),
              u"SELECT reason FROM session_notes WHERE kind = 'cancel' AND session_id = "
              "(SELECT id FROM sessions WHERE ticket = 1)"_s)
              .toString()
        == u"dipindah ke Lapas lain"_s);
}

TEST_CASE("an extension beyond the maximum call length is refused and nothing is recorded", "[desk]")
{
    DeskFixture f;
    Desk &desk = *f.desk;
    f.signIn(f.budi);
    must(desk.calls().callNext(1, officer));
    must(desk.calls().startCall(1, officer));
    const qint64 before = eventCount(*f.logbook);

    const auto tooLong = desk.calls().extendCall(1, 6, u"keluarga jauh"_s, officer);
    REQUIRE_FALSE(tooLong.ok());
    CHECK(tooLong.error().reason == u"extension-beyond-maximum"_s);
    CHECK(desk.calls().extendCall(1, 2, u"  "_s, officer).error().reason == u"extension-reason-missing"_s);
    CHECK(eventCount(*f.logbook) == before);
    CHECK(desk.calls().timer(1)->allowedMs() == 5 * 60'000);

    must(desk.calls().extendCall(1, 5, u"keluarga jauh"_s, officer));
    CHECK(desk.calls().timer(1)->allowedMs() == 10 * 60'000);
    CHECK(lastEventType(*f.logbook) == QString(EventType::CallExtended));
    CHECK(f.session(1, u"extended_min"_s).toInt() == 5);
    CHECK(desk.calls().extendCall(1, 1, u"sekali lagi"_s, officer).error().reason
        == u"extension-beyond-maximum"_s);
    CHECK(eventCount(*f.logbook) == before + 1);

    // The extension is part of the record: a restart keeps the ten minutes.
    f.reopen();
    REQUIRE(f.desk->calls().timer(1));
    CHECK(f.desk->calls().timer(1)->allowedMs() == 10 * 60'000);
    CHECK(f.desk->calls().timer(1)->remainingMs(f.clock.monotonicMs()) == 10 * 60'000);
}

TEST_CASE(
    "a dropped line pauses the countdown: 45 seconds dropped make time up come 45 seconds later", "[desk]")
{
    DeskFixture f;
    Desk &desk = *f.desk;
    f.signIn(f.budi);
    must(desk.calls().callNext(1, officer));
    must(desk.calls().startCall(1, officer));
    f.clock.advanceSeconds(60);
    must(desk.calls().dropCall(1, officer));
    CHECK(desk.calls().dropCall(1, officer).error().reason == u"already-paused"_s);
    f.clock.advanceSeconds(45);
    CHECK(desk.calls().poll().isEmpty());
    must(desk.calls().resumeCall(1, officer));
    CHECK(desk.calls().timer(1)->remainingMs(f.clock.monotonicMs()) == 4 * 60'000);

    f.clock.advanceSeconds(3 * 60);
    CHECK(desk.calls().poll() == Crossings { { 1, CallThreshold::Warning } });
    f.clock.advanceSeconds(59);
    CHECK(desk.calls().poll().isEmpty()); // without the credit it would be time up 45 s ago
    f.clock.advanceSeconds(1);
    CHECK(desk.calls().poll() == Crossings { { 1, CallThreshold::TimeUp } });

    must(desk.calls().endCall(1, Outcome::Completed, QString(), officer));
    CHECK(f.session(1, u"paused_ms"_s).toLongLong() == 45'000);
    CHECK(f.session(1, u"duration_ms"_s).toLongLong() == 5 * 60'000);
    CHECK(f.session(1, u"ended - started"_s).toLongLong() == 5 * 60'000 + 45'000);
}

TEST_CASE("a dropped call stays paused with its time left across a restart", "[desk]")
{
    DeskFixture f;
    f.signIn(f.budi);
    must(f.desk->calls().callNext(1, officer));
    must(f.desk->calls().startCall(1, officer));
    f.clock.advanceSeconds(90);
    must(f.desk->calls().dropCall(1, officer));
    f.clock.advanceSeconds(20);
    f.reopen();
    REQUIRE(f.desk->calls().timer(1));
    CHECK(f.desk->calls().timer(1)->isPaused());
    CHECK(f.desk->calls().timer(1)->remainingMs(f.clock.monotonicMs()) == 5 * 60'000 - 90'000);
    CHECK(lastEventType(*f.logbook) == QString(EventType::CallRecovered));
    f.clock.advanceSeconds(10);
    must(f.desk->calls().resumeCall(1, officer));
    f.clock.advanceSeconds(60);
    must(f.desk->calls().endCall(1, Outcome::Completed, QString(), officer));
    CHECK(f.session(1, u"paused_ms"_s).toLongLong() == 30'000);
    CHECK(f.session(1, u"duration_ms"_s).toLongLong() == 150'000);
}

TEST_CASE("a call left open overnight is closed as interrupted the next morning", "[desk]")
{
    DeskFixture f;
    f.signIn(f.budi);
    must(f.desk->calls().callNext(1, officer));
    must(f.desk->calls().startCall(1, officer));
    f.clock.advanceSeconds(2 * 60);
    f.desk.reset(); // the PC loses power
    f.clock.advanceSeconds(24 * 3600);
    f.reopen();
    const QVariant outcome = scalar(
        f.logbook->database(), u"SELECT outcome FROM sessions WHERE day = 20261130 AND ticket = 1"_s);
    CHECK(outcome.toString() == QString(Outcome::Interrupted));
    CHECK(
        scalar(f.logbook->database(), u"SELECT duration_ms FROM sessions WHERE day = 20261130"_s).toLongLong()
        == 5 * 60'000);
    CHECK(f.desk->calls().queue().tickets().isEmpty()); // today's (Tuesday's) queue
    CHECK_FALSE(f.desk->calls().timer(1));
    CHECK(must(f.logbook->verify()).ok());
}

TEST_CASE("a desk that has not yet seen another process's ticket still refuses a second sign-in", "[desk]")
{
    DeskFixture f;
    auto other = openLogbook(f.path, f.clock);
    Desk kiosk(*other, f.clock);
    must(kiosk.load(false));
    must(kiosk.calls().signIn(f.budi, f.contactOf[f.budi], QString(Actor::Kiosk)));
    CHECK(f.desk->calls().queue().tickets().isEmpty()); // not told yet
    CHECK(refusedSignInReason(f, f.budi) == u"already-waiting"_s);
    CHECK(f.desk->calls().queue().tickets().size() == 1); // and now it knows
    // The next ticket number comes from the file, not from what a desk last saw.
    must(kiosk.calls().signIn(f.agus, f.contactOf[f.agus], QString(Actor::Kiosk)));
    CHECK(f.signIn(f.joko).number == 3);
}

TEST_CASE("a desk left running overnight signs in against the new day's queue", "[desk]")
{
    DeskFixture f;
    f.signIn(f.agus);
    f.signIn(f.budi); // never called: the ticket is still waiting when the day ends
    must(f.desk->calls().callNext(1, officer));
    must(f.desk->calls().startCall(1, officer));
    f.clock.advanceSeconds(60);
    must(f.desk->calls().endCall(1, Outcome::Completed, QString(), officer));

    f.clock.advanceSeconds(7 * 24 * 3600); // next Monday, nothing written in between
    must(f.desk->calls().checkSignIn(f.budi), "check");
    const Ticket budi = f.signIn(f.budi);
    CHECK(budi.number == 1);
    CHECK(f.desk->calls().queue().tickets().size() == 1);
    must(f.desk->calls().checkSignIn(f.agus), "check after a call last week");
}

TEST_CASE("a call ended while its line is down counts the pause up to the end", "[desk]")
{
    DeskFixture f;
    Desk &desk = *f.desk;
    f.signIn(f.budi);
    must(desk.calls().callNext(1, officer));
    must(desk.calls().startCall(1, officer));
    f.clock.advanceSeconds(100);
    must(desk.calls().dropCall(1, officer));
    f.clock.advanceSeconds(30);
    must(desk.calls().endCall(1, Outcome::EndedEarly, QString(), officer));
    CHECK(f.session(1, u"paused_ms"_s).toLongLong() == 30'000);
    CHECK(f.session(1, u"pause_from"_s).isNull());
    CHECK(f.session(1, u"duration_ms"_s).toLongLong() == 100'000);
    CHECK(f.session(1, u"outcome"_s).toString() == QString(Outcome::EndedEarly));
    CHECK(
        desk.calls().endCall(1, Outcome::Stopped, QString(), officer).error().reason == u"reason-required"_s);
}

TEST_CASE(
    "sign-in is refused for an unknown WBP, out of schedule, under restriction, without an approved contact, "
    "while waiting and after today's call",
    "[desk]")
{
    DeskFixture f;
    Desk &desk = *f.desk;

    SECTION("an unknown or released WBP")
    {
        CHECK(refusedSignIn(f, 9999, f.contactOf[f.budi]).reason == u"unknown-wbp"_s);
        must(desk.roster().importRoster(
            { rosterRow(2, u"Agus Salim"_s, u"A I 17/2026"_s, u"12"_s) }, u"sisa.csv"_s, officer));
        CHECK_FALSE(must(desk.roster().wbp(f.budi))->active);
        CHECK(refusedSignIn(f, f.budi, f.contactOf[f.budi]).reason == u"unknown-wbp"_s);
    }
    SECTION("a cell on another day: the message names its day")
    {
        const Error e = refusedSignIn(f, f.dedi, f.contactOf[f.dedi]);
        CHECK(e.reason == u"schedule"_s);
        CHECK(e.kind == ErrorKind::Refused);
        CHECK(e.message.contains(u"Selasa"_s));
    }
    SECTION("the right cell between the morning and afternoon windows")
    {
        f.clock.advanceSeconds(3 * 3600); // 12.00 WIB
        CHECK(refusedSignIn(f, f.budi, f.contactOf[f.budi]).reason == u"schedule"_s);
        f.clock.advanceSeconds(3600); // 13.00 WIB
        CHECK(f.signIn(f.budi).number == 1);
    }
    SECTION("an active restriction, which ends by itself")
    {
        const QDate today = desk.today();
        must(desk.roster().addRestriction(f.joko, u"sanksi disiplin"_s, today.addDays(-3), today, officer));
        CHECK(refusedSignIn(f, f.joko, f.contactOf[f.joko]).reason == u"restricted"_s);
        // A week later (Monday again) the restriction is over.
        f.clock.advanceSeconds(7 * 24 * 3600);
        CHECK(f.signIn(f.joko).number == 1);
    }
    SECTION("an open-ended restriction until it is lifted")
    {
        const qint64 id
            = must(desk.roster().addRestriction(f.joko, u"pemeriksaan"_s, desk.today(), QDate(), officer));
        CHECK(refusedSignIn(f, f.joko, f.contactOf[f.joko]).reason == u"restricted"_s);
        must(desk.roster().liftRestriction(id, u"selesai"_s, officer));
        CHECK(f.signIn(f.joko).number == 1);
    }
    SECTION("no approved contact, or somebody else's contact")
    {
        CHECK(refusedSignIn(f, f.eko, f.contactOf[f.eko]).reason == u"no-approved-contact"_s);
        CHECK(refusedSignIn(f, f.agus, f.contactOf[f.budi]).reason == u"no-approved-contact"_s);
        must(desk.roster().changeContact(
            f.contactOf[f.eko], { { u"approved"_s, true } }, u"disetujui"_s, officer));
        CHECK(f.signIn(f.eko).number == 1);
    }
    SECTION("a WBP already in the line")
    {
        f.signIn(f.budi);
        const Error e = refusedSignIn(f, f.budi, f.contactOf[f.budi]);
        CHECK(e.reason == u"already-waiting"_s);
        CHECK(e.detail == u"A-001"_s);
        must(desk.calls().callNext(1, officer));
        must(desk.calls().startCall(1, officer));
        CHECK(refusedSignIn(f, f.budi, f.contactOf[f.budi]).reason == u"already-waiting"_s);
    }
    SECTION("a WBP who already had today's call")
    {
        f.signIn(f.budi);
        must(desk.calls().callNext(1, officer));
        must(desk.calls().startCall(1, officer));
        f.clock.advanceSeconds(120);
        must(desk.calls().endCall(1, Outcome::Completed, QString(), officer));
        CHECK(refusedSignIn(f, f.budi, f.contactOf[f.budi]).reason == u"already-called-today"_s);
        // Another process's desk, reading the same file, refuses it too.
        auto other = openLogbook(f.path, f.clock);
        Desk otherDesk(*other, f.clock);
        must(otherDesk.load(false));
        CHECK(otherDesk.calls().signIn(f.budi, f.contactOf[f.budi], QString(Actor::Kiosk)).error().reason
            == u"already-called-today"_s);
    }
}

TEST_CASE("a settings change is an event and survives reopening the logbook", "[desk][settings]")
{
    DeskFixture f;
    const qint64 before = eventCount(*f.logbook);
    const auto bad = f.desk->service().changeSetting(
        Settings::CallKey, { { u"defaultMinutes"_s, 12 }, { u"maxMinutes"_s, 10 } }, officer);
    REQUIRE_FALSE(bad.ok());
    CHECK(bad.error().kind == ErrorKind::InvalidInput);
    CHECK(eventCount(*f.logbook) == before);

    must(f.desk->service().changeSetting(Settings::CallKey,
        { { u"defaultMinutes"_s, 7 }, { u"maxMinutes"_s, 12 }, { u"warningSeconds"_s, 90 },
            { u"maxReason"_s, u"keluarga di luar pulau"_s } },
        officer));
    CHECK(eventCount(*f.logbook) == before + 1);
    CHECK(lastEventType(*f.logbook) == QString(EventType::SettingChanged));
    CHECK(f.desk->settings().call.defaultMinutes == 7);

    f.reopen();
    CHECK(f.desk->settings().call.defaultMinutes == 7);
    CHECK(f.desk->settings().call.maxMinutes == 12);
    CHECK(f.desk->settings().call.warningSeconds == 90);
    CHECK(f.desk->settings().call.maxReason == u"keluarga di luar pulau");
    // And the next call runs by it.
    f.signIn(f.budi);
    must(f.desk->calls().callNext(1, officer));
    must(f.desk->calls().startCall(1, officer));
    CHECK(f.desk->calls().timer(1)->allowedMs() == 7 * 60'000);
    f.clock.advanceSeconds(7 * 60 - 90);
    CHECK(f.desk->calls().poll() == Crossings { { 1, CallThreshold::Warning } });
}

TEST_CASE("officers log in with their PIN, wrong PINs are counted across restarts and ten lock the account",
    "[desk][officer]")
{
    DeskFixture f;
    const qint64 id
        = must(f.desk->officers().add(u"Sri Wahyuni"_s, u"officer"_s, u"248613"_s, QString(Actor::Cli)));
    CHECK(
        f.desk->officers().add(u"sri  wahyuni"_s, u"admin"_s, u"135724"_s, QString(Actor::Cli)).error().reason
        == u"officer-exists"_s);
    const auto failedCount = [&] {
        return scalar(f.logbook->database(), u"SELECT failed FROM officers WHERE id = ?"_s, { id }).toInt();
    };

    const Officer sri = must(f.desk->officers().login(u"Sri Wahyuni"_s, u"248613"_s));
    CHECK(sri.id == id);
    CHECK_FALSE(sri.isAdmin());
    CHECK(lastEventType(*f.logbook) == QString(EventType::OfficerLogin));

    CHECK(f.desk->officers().login(u"Sri Wahyuni"_s, u"111124"_s).error().reason == u"wrong-pin"_s);
    CHECK(lastEventType(*f.logbook) == QString(EventType::OfficerPinFailed));
    CHECK(failedCount() == 1);
    f.reopen();
    CHECK(failedCount() == 1);
    // A good PIN clears the count.
    must(f.desk->officers().login(u"Sri Wahyuni"_s, u"248613"_s));
    CHECK(failedCount() == 0);

    for (int i = 1; i <= 3; ++i)
        CHECK(f.desk->officers().login(u"Sri Wahyuni"_s, u"111124"_s).error().reason == u"wrong-pin"_s);
    CHECK(failedCount() == 3);
    // After three failures she must wait, even with the right PIN; the wait is not a failure.
    CHECK(f.desk->officers().login(u"Sri Wahyuni"_s, u"248613"_s).error().reason == u"wait"_s);
    CHECK(failedCount() == 3);
    f.clock.advanceSeconds(30);
    {
        // The lockout is checked and counted under the write lock: another process (the kiosk)
        // cannot write in between, so two sign-ins at once cannot both slip past the count.
        auto kioskLogbook = must(Logbook::open(f.path, f.clock, Logbook::Options { false, 50, 0, {} }));
        HookClock consoleClock(f.clock);
        Desk console(*f.logbook, consoleClock);
        must(console.load(false));
        std::optional<Error> kioskWrite;
        consoleClock.onNextRead([&] {
            auto r = kioskLogbook->append({ EventType::ClockJumped, QString(Actor::Kiosk), 0, {} });
            kioskWrite = r ? std::optional<Error>() : std::optional<Error>(r.error());
        });
        CHECK(console.officers().login(u"Sri Wahyuni"_s, u"111124"_s).error().reason == u"wrong-pin"_s);
        REQUIRE(kioskWrite);
        CHECK(kioskWrite->reason == u"db-locked"_s);
        CHECK(failedCount() == 4);
        f.clock.advanceSeconds(15 * 60);
    }
    for (int i = 5; i <= 10; ++i) {
        CHECK(f.desk->officers().login(u"Sri Wahyuni"_s, u"111124"_s).error().reason == u"wrong-pin"_s);
        f.clock.advanceSeconds(15 * 60);
    }
    CHECK(failedCount() == 10);
    f.reopen();
    CHECK(f.desk->officers().login(u"Sri Wahyuni"_s, u"248613"_s).error().reason == u"locked"_s);

    must(f.desk->officers().setPin(u"Sri Wahyuni"_s, u"864209"_s, QString(Actor::Cli)));
    CHECK(failedCount() == 0);
    CHECK(must(f.desk->officers().login(u"sri wahyuni"_s, u"864209"_s)).id == id);
    CHECK(must(f.logbook->verify()).ok());
}

TEST_CASE(
    "a deactivated officer cannot sign in, keeps their name in the record and can be reactivated; the last "
    "admin and oneself cannot be deactivated",
    "[desk][officer]")
{
    DeskFixture f;
    const qint64 ani
        = must(f.desk->officers().add(u"Ani Wulandari"_s, u"admin"_s, u"248613"_s, QString(Actor::Cli)));
    const qint64 rudi
        = must(f.desk->officers().add(u"Rudi Hartono"_s, u"officer"_s, u"135724"_s, QString(Actor::Cli)));
    const QString byAni = Actor::officer(ani);
    // The fixture's admin leaves, so that Ani is the last admin.
    must(f.desk->officers().setActive(u"Petugas Satu"_s, false, QString(Actor::Cli)));

    must(f.desk->officers().setActive(u"rudi hartono"_s, false, byAni));
    CHECK(lastEventType(*f.logbook) == QString(EventType::OfficerActiveSet));
    CHECK(f.desk->officers().login(u"Rudi Hartono"_s, u"135724"_s).error().reason == u"no-officer"_s);
    CHECK(must(f.desk->officers().list()).size() == 1);
    const QList<Officer> all = must(f.desk->officers().list(true));
    REQUIRE(all.size() == 3);
    CHECK(all[2].name == u"Rudi Hartono");
    CHECK_FALSE(all[2].active);
    // His name cannot be taken by a new account while the old one is kept.
    CHECK(f.desk->officers().add(u"Rudi Hartono"_s, u"officer"_s, u"111124"_s, byAni).error().reason
        == u"officer-exists"_s);
    // Unchanged by a restart (the projection), and by a rebuild from the events.
    f.reopen();
    CHECK(f.desk->officers().login(u"Rudi Hartono"_s, u"135724"_s).error().reason == u"no-officer"_s);
    const QStringList live = dumpProjections(f.logbook->database());
    must(f.logbook->rebuildProjections());
    CHECK(dumpProjections(f.logbook->database()) == live);

    must(f.desk->officers().setActive(u"Rudi Hartono"_s, true, byAni));
    CHECK(must(f.desk->officers().login(u"Rudi Hartono"_s, u"135724"_s)).id == rudi);

    CHECK(f.desk->officers().setActive(u"Ani Wulandari"_s, false, byAni).error().reason == u"self"_s);
    CHECK(f.desk->officers().setActive(u"Ani Wulandari"_s, false, QString(Actor::Cli)).error().reason
        == u"last-admin"_s);
    CHECK(f.desk->officers().setActive(u"Nobody"_s, false, byAni).error().reason == u"no-officer"_s);
    must(f.desk->officers().add(u"Budi Admin"_s, u"admin"_s, u"975318"_s, byAni));
    must(f.desk->officers().setActive(u"Ani Wulandari"_s, false, QString(Actor::Cli)));
    CHECK(must(f.desk->officers().list()).size() == 2);
    CHECK(must(f.logbook->verify()).ok());
}

TEST_CASE("the console's language is a setting that knows only id and en", "[desk][settings]")
{
    DeskFixture f;
    CHECK(f.desk->settings().language == u"id");
    must(f.desk->service().changeSetting(Settings::LanguageKey, { { u"code"_s, u"en"_s } }, officer));
    CHECK(f.desk->settings().language == u"en");
    const auto refused
        = f.desk->service().changeSetting(Settings::LanguageKey, { { u"code"_s, u"fr"_s } }, officer);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().reason == u"invalid-setting"_s);
    f.reopen();
    CHECK(f.desk->settings().language == u"en");
}

TEST_CASE(
    "a call's end recorded after the server's outage keeps its real end time in the book", "[desk][outage]")
{
    // What CallDesk::recordPendingEnds appends when the server answers again (kunjungan-outage
    // runs the whole outage on a real server): the end, later, carrying when the call ended.
    DeskFixture f;
    Desk &desk = *f.desk;
    f.signIn(f.budi);
    const Ticket ticket = must(desk.calls().callNext(1, officer));
    must(desk.calls().startCall(1, officer));
    f.clock.advanceSeconds(200);
    const QDateTime realEnd = f.clock.nowUtc();
    f.clock.advanceSeconds(90); // the server answered 90 s later
    const int day = dayKey(desk.today());
    const Queue queue = must(SessionRecords(*f.logbook).queueOf(day));
    const QueueEvent finished = must(queue.finish(ticket.number, realEnd));
    const Event end = must(f.logbook->append(Drafts::queue(finished, day, officer,
        Drafts::endPayload(
            Outcome::Completed, QString(), 200'000, 300'000, 0, realEnd.toMSecsSinceEpoch()))));
    CHECK(end.atMs == realEnd.toMSecsSinceEpoch() + 90'000);

    SessionQuery query;
    query.fromDay = query.toDay = day;
    const QList<SessionRow> lines = must(SessionRecords(*f.logbook).lines(query));
    REQUIRE(lines.size() == 1);
    CHECK(lines.first().endedMs == realEnd.toMSecsSinceEpoch());
    CHECK(lines.first().outcome == QString(Outcome::Completed));
    const QString said = LineHistory::details(end);
    CHECK(said.contains(Format::time(desk.schedule().toLocal(realEnd).time())));
    // The replay of the chain rebuilds the same line: the end time is part of the record.
    CHECK(must(f.logbook->verify()).ok());
    must(f.logbook->rebuildProjections());
    CHECK(must(SessionRecords(*f.logbook).lines(query)).first().endedMs == realEnd.toMSecsSinceEpoch());
}
