// The PC's clock is not to be trusted: someone sets it an hour off during a call, or the PC's
// time zone is not the facility's. Countdowns must not move, and the record must say what happened.
#include "ClockWatch.h"
#include "DeskFixture.h"

#include <ctime>

using namespace kj;
using namespace kj::test;
using namespace Qt::StringLiterals;

namespace {

using Crossings = QList<std::pair<int, CallThreshold>>;

QList<Event> eventsOfType(const Logbook &logbook, QLatin1String type)
{
    QList<Event> found;
    for (const Event &e : must(logbook.events(1, logbook.lastSeq()))) {
        if (e.type == type)
            found.append(e);
    }
    return found;
}

// Sets the process's TZ for one test and puts the previous one back, whatever the outcome.
class ProcessTimeZone
{
public:
    explicit ProcessTimeZone(const QByteArray &tz)
        : m_had(qEnvironmentVariableIsSet("TZ"))
        , m_previous(qgetenv("TZ"))
    {
        qputenv("TZ", tz);
        ::tzset();
    }
    ~ProcessTimeZone()
    {
        if (m_had)
            qputenv("TZ", m_previous);
        else
            qunsetenv("TZ");
        ::tzset();
    }
    ProcessTimeZone(const ProcessTimeZone &) = delete;
    ProcessTimeZone &operator=(const ProcessTimeZone &) = delete;

private:
    bool m_had;
    QByteArray m_previous;
};

} // namespace

TEST_CASE("a clock watch stays quiet while both clocks move together", "[clock]")
{
    FakeClock clock(mondayNine());
    ClockWatch watch(clock);
    for (int i = 0; i < 100; ++i) {
        clock.advanceSeconds(37);
        CHECK_FALSE(watch.check());
    }
}

TEST_CASE(
    "a clock watch reports a wall clock set forward or back by more than its threshold, once", "[clock]")
{
    FakeClock clock(mondayNine());
    ClockWatch watch(clock);
    clock.advanceSeconds(30);
    clock.jumpWallMs(60 * 60'000);
    clock.advanceSeconds(5);
    const auto forward = watch.check();
    REQUIRE(forward);
    CHECK(forward->jumpMs == 60 * 60'000);
    CHECK(forward->expectedUtc == mondayNine().addSecs(35));
    CHECK(forward->actualUtc == mondayNine().addSecs(35 + 3600));
    CHECK_FALSE(watch.check());

    clock.advanceSeconds(10);
    clock.jumpWallMs(-2 * 60 * 60'000);
    const auto back = watch.check();
    REQUIRE(back);
    CHECK(back->jumpMs == -2 * 60 * 60'000);
    CHECK_FALSE(watch.check());
}

TEST_CASE("small wall clock corrections are ignored alone but add up to a reported jump", "[clock]")
{
    FakeClock clock(mondayNine());
    ClockWatch watch(clock, 2 * 60'000);
    clock.jumpWallMs(90'000);
    CHECK_FALSE(watch.check());
    clock.advanceSeconds(60);
    clock.jumpWallMs(-20'000);
    CHECK_FALSE(watch.check());
    clock.jumpWallMs(50'001);
    const auto jump = watch.check();
    REQUIRE(jump);
    CHECK(jump->jumpMs == 120'001);
    // A new baseline forgets what was seen.
    clock.jumpWallMs(100'000);
    watch.rebase();
    clock.jumpWallMs(100'000);
    CHECK_FALSE(watch.check());
}

TEST_CASE("a wall clock moved an hour during a call does not move its warning or its end, and the jump is "
          "recorded",
    "[clock][desk]")
{
    const qint64 jumpMs = GENERATE(qint64(60 * 60'000), qint64(-60 * 60'000));
    CAPTURE(jumpMs);
    DeskFixture f;
    Desk &desk = *f.desk;
    f.signIn(f.budi);
    must(desk.calls().callNext(1, officer));
    must(desk.calls().startCall(1, officer));
    const qint64 started = f.clock.monotonicMs();

    f.clock.advanceSeconds(2 * 60);
    f.clock.jumpWallMs(jumpMs);
    CHECK(desk.calls().poll().isEmpty());
    const QList<Event> jumps = eventsOfType(*f.logbook, EventType::ClockJumped);
    REQUIRE(jumps.size() == 1);
    CHECK(jumps[0].payload().value(u"jumpMs"_s).toInteger() == jumpMs);
    CHECK(jumps[0].actor == QString(Actor::System));
    CHECK(desk.calls().timer(1)->remainingMs(f.clock.monotonicMs()) == 3 * 60'000);

    // Warning at four minutes and time up at five, measured on the clock nobody can set.
    f.clock.advanceMs(2 * 60'000 - 1);
    CHECK(desk.calls().poll().isEmpty());
    f.clock.advanceMs(1);
    CHECK(desk.calls().poll() == Crossings { { 1, CallThreshold::Warning } });
    f.clock.advanceMs(60'000 - 1);
    CHECK(desk.calls().poll().isEmpty());
    f.clock.advanceMs(1);
    CHECK(desk.calls().poll() == Crossings { { 1, CallThreshold::TimeUp } });
    CHECK(f.clock.monotonicMs() - started == 5 * 60'000);
    CHECK(eventsOfType(*f.logbook, EventType::ClockJumped).size() == 1);

    const Ticket done = must(desk.calls().endCall(1, Outcome::Completed, QString(), officer));
    CHECK(f.session(done.number, u"duration_ms"_s).toLongLong() == 5 * 60'000);
}

TEST_CASE("the facility's day, schedule and offsets hold whatever the PC's time zone is", "[clock][desk]")
{
    // 09.00 WIB on Monday is Sunday evening in New York and Monday afternoon, after the windows,
    // in Kiritimati: a program reading the PC's zone would refuse Budi or file him under the wrong day.
    const QByteArray tz
        = GENERATE(QByteArray("America/New_York"), QByteArray("Pacific/Kiritimati"), QByteArray("UTC"));
    CAPTURE(tz.toStdString());
    ProcessTimeZone zone(tz);
    DeskFixture f;
    Desk &desk = *f.desk;
    CHECK(desk.today() == QDate(2026, 11, 30));
    const Ticket ticket = f.signIn(f.budi);
    must(desk.calls().callNext(1, officer));
    must(desk.calls().startCall(1, officer));
    f.clock.advanceSeconds(4 * 60);
    CHECK(desk.calls().poll() == Crossings { { 1, CallThreshold::Warning } });
    must(desk.calls().endCall(1, Outcome::EndedEarly, QString(), officer));

    const Event last = must(f.logbook->events(f.logbook->lastSeq(), f.logbook->lastSeq())).constFirst();
    CHECK(last.type == QString(EventType::CallEnded));
    CHECK(last.utcOffsetMinutes == 7 * 60);
    CHECK(last.atLocal().date() == QDate(2026, 11, 30));
    CHECK(last.atLocal().time() == QTime(9, 4));
    CHECK(scalar(f.logbook->database(), u"SELECT day FROM sessions WHERE ticket = ?"_s, { ticket.number })
              .toInt()
        == 20261130);
    CHECK(eventsOfType(*f.logbook, EventType::ClockJumped).isEmpty());
}
