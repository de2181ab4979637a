#include "CallTimer.h"
#include "Clock.h"

#include <catch2/catch.hpp>

using namespace kj;
using namespace Qt::StringLiterals;

namespace {

// A call's time as a duration: mmss(4, 0) is four minutes.
constexpr qint64 mmss(qint64 minutes, qint64 seconds = 0, qint64 ms = 0)
{
    return minutes * 60'000 + seconds * 1000 + ms;
}

QDateTime eightWib()
{
    return QDateTime(QDate(2026, 11, 30), QTime(1, 0), Qt::UTC);
}

// A clock and a timer started on it, as the desk would drive them.
struct StartedCall
{
    FakeClock clock { eightWib() };
    CallTimer timer;
    qint64 startMs = clock.monotonicMs();

    explicit StartedCall(const CallLimits &limits = {})
        : timer(limits)
    {
        REQUIRE(timer.start(startMs));
    }
    qint64 now() const { return clock.monotonicMs(); }
    // Moves the clock to a point of the call's wall-clock time since it started.
    void advanceTo(qint64 sinceStartMs) { clock.advanceMs(startMs + sinceStartMs - now()); }
};

// The old process: a timer plus the wall-clock record the logbook writes alongside it.
struct RecordedCall
{
    FakeClock clock { eightWib(), 1'000'000 };
    CallTimer timer;
    CallRecord record;

    RecordedCall()
    {
        REQUIRE(timer.start(clock.monotonicMs()));
        record.startedUtc = clock.nowUtc();
    }
    void run(qint64 ms)
    {
        clock.advanceMs(ms);
        timer.poll(clock.monotonicMs());
    }
    void drop()
    {
        REQUIRE(timer.pause(clock.monotonicMs()));
        record.pauses.append({ clock.nowUtc(), {} });
    }
    void reconnect()
    {
        REQUIRE(timer.resume(clock.monotonicMs()));
        record.pauses.last().toUtc = clock.nowUtc();
    }
    void extend(int minutes, const QString &reason)
    {
        REQUIRE(timer.extend(minutes, reason, clock.monotonicMs()));
        record.extensions.append({ minutes, reason });
    }
};

void checkSameTimeLeft(const CallTimer &old, qint64 oldMs, const CallTimer &restored, qint64 newMs)
{
    CHECK(restored.remainingMs(newMs) == old.remainingMs(oldMs));
    CHECK(restored.overrunMs(newMs) == old.overrunMs(oldMs));
    CHECK(restored.activeMs(newMs) == old.activeMs(oldMs));
    CHECK(restored.allowedMs() == old.allowedMs());
    CHECK(restored.pausedTotalMs(newMs) == old.pausedTotalMs(oldMs));
    CHECK(restored.phase(newMs) == old.phase(oldMs));
}

} // namespace

TEST_CASE("a call lasts 5 minutes by default, warns at 4:00 elapsed and is up at 5:00", "[calltimer]")
{
    StartedCall call;
    CHECK(call.timer.allowedMs() == mmss(5));
    CHECK(call.timer.phase(call.now()) == CallPhase::Running);
    CHECK(call.timer.remainingMs(call.now()) == mmss(5));

    call.advanceTo(mmss(3, 59, 999));
    CHECK(call.timer.phase(call.now()) == CallPhase::Running);
    CHECK(call.timer.remainingMs(call.now()) == mmss(1, 0, 1));

    call.advanceTo(mmss(4));
    CHECK(call.timer.phase(call.now()) == CallPhase::Warning);
    CHECK(call.timer.remainingMs(call.now()) == mmss(1));

    call.advanceTo(mmss(4, 59, 999));
    CHECK(call.timer.phase(call.now()) == CallPhase::Warning);
    CHECK_FALSE(call.timer.isTimeUp(call.now()));

    call.advanceTo(mmss(5));
    CHECK(call.timer.phase(call.now()) == CallPhase::TimeUp);
    CHECK(call.timer.isTimeUp(call.now()));
    CHECK(call.timer.remainingMs(call.now()) == 0);
    CHECK(call.timer.overrunMs(call.now()) == 0);
    CHECK(call.timer.activeMs(call.now()) == mmss(5));
}

TEST_CASE("a call not started yet has no time running", "[calltimer]")
{
    CallTimer timer;
    CHECK(timer.phase(1000) == CallPhase::NotStarted);
    CHECK(timer.activeMs(1000) == 0);
    CHECK(timer.remainingMs(1000) == mmss(5));
    CHECK_FALSE(timer.isTimeUp(1000));
    CHECK_FALSE(timer.poll(1000).any());
    CHECK_FALSE(timer.nextThresholdAtMs(1000));
}

TEST_CASE("extensions up to the 10-minute maximum are accepted and one beyond it is refused", "[calltimer]")
{
    StartedCall call;
    call.advanceTo(mmss(4, 30));
    REQUIRE(call.timer.extend(5, u"family came late"_s, call.now()));
    CHECK(call.timer.allowedMs() == mmss(10));
    CHECK(call.timer.remainingMs(call.now()) == mmss(5, 30));
    CHECK(call.timer.extensionMinutesLeft() == 0);

    const Result<void> oneMore = call.timer.extend(1, u"one more minute"_s, call.now());
    REQUIRE_FALSE(oneMore);
    CHECK(oneMore.error().reason == u"extension-beyond-maximum"_s);
    CHECK(oneMore.error().kind == ErrorKind::Refused);
    CHECK(call.timer.allowedMs() == mmss(10));

    REQUIRE(call.timer.extensions().size() == 1);
    CHECK(call.timer.extensions().first().minutes == 5);
    CHECK(call.timer.extensions().first().reason == u"family came late"_s);
    CHECK(call.timer.extendedMinutes() == 5);
}

TEST_CASE("an extension of 6 minutes at once is refused when 5 would reach the maximum", "[calltimer]")
{
    StartedCall call;
    const Result<void> six = call.timer.extend(6, u"long news"_s, call.now());
    REQUIRE_FALSE(six);
    CHECK(six.error().reason == u"extension-beyond-maximum"_s);
    CHECK(call.timer.allowedMs() == mmss(5));
    CHECK(call.timer.extensions().isEmpty());

    REQUIRE(call.timer.extend(2, u"a"_s, call.now()));
    REQUIRE(call.timer.extend(3, u"b"_s, call.now()));
    CHECK(call.timer.allowedMs() == mmss(10));
}

TEST_CASE("an extension without a reason or shorter than a minute is refused", "[calltimer]")
{
    StartedCall call;
    for (const QString &reason : { QString(), u"   "_s }) {
        const Result<void> result = call.timer.extend(2, reason, call.now());
        REQUIRE_FALSE(result);
        CHECK(result.error().reason == u"extension-reason-missing"_s);
    }
    for (int minutes : { 0, -1 }) {
        const Result<void> result = call.timer.extend(minutes, u"why not"_s, call.now());
        REQUIRE_FALSE(result);
        CHECK(result.error().reason == u"extension-too-short"_s);
    }
    CHECK(call.timer.allowedMs() == mmss(5));
    CHECK(call.timer.extensions().isEmpty());
}

TEST_CASE("a 45-second dropped line is credited so time up comes 45 seconds later", "[calltimer]")
{
    StartedCall call;
    call.advanceTo(mmss(1));
    REQUIRE(call.timer.pause(call.now()));
    CHECK(call.timer.phase(call.now()) == CallPhase::Paused);
    CHECK(call.timer.remainingMs(call.now()) == mmss(4));

    call.advanceTo(mmss(1, 45));
    CHECK(call.timer.remainingMs(call.now()) == mmss(4));
    CHECK(call.timer.activeMs(call.now()) == mmss(1));
    CHECK(call.timer.pausedTotalMs(call.now()) == mmss(0, 45));
    CHECK_FALSE(call.timer.nextThresholdAtMs(call.now()));
    REQUIRE(call.timer.resume(call.now()));

    call.advanceTo(mmss(4, 44, 999));
    CHECK(call.timer.phase(call.now()) == CallPhase::Running);
    call.advanceTo(mmss(4, 45));
    CHECK(call.timer.phase(call.now()) == CallPhase::Warning);
    call.advanceTo(mmss(5, 44, 999));
    CHECK_FALSE(call.timer.isTimeUp(call.now()));
    call.advanceTo(mmss(5, 45));
    CHECK(call.timer.phase(call.now()) == CallPhase::TimeUp);
    CHECK(call.timer.pausedTotalMs(call.now()) == mmss(0, 45));

    const CallCrossings crossings = call.timer.poll(call.now());
    REQUIRE(crossings.timeUpAtMs);
    CHECK(*crossings.timeUpAtMs == call.startMs + mmss(5, 45));
    REQUIRE(crossings.warningAtMs);
    CHECK(*crossings.warningAtMs == call.startMs + mmss(4, 45));
}

TEST_CASE("a wall-clock jump of an hour either way during a call changes nothing", "[calltimer]")
{
    StartedCall call;
    call.advanceTo(mmss(2));
    call.clock.jumpWallMs(+3600'000);
    CHECK(call.timer.remainingMs(call.now()) == mmss(3));

    call.advanceTo(mmss(3));
    call.clock.jumpWallMs(-2 * 3600'000);
    CHECK(call.timer.remainingMs(call.now()) == mmss(2));
    CHECK(call.timer.nextThresholdAtMs(call.now()) == call.startMs + mmss(4));

    call.advanceTo(mmss(5));
    CHECK(call.timer.phase(call.now()) == CallPhase::TimeUp);
    CHECK(call.timer.overrunMs(call.now()) == 0);
    CHECK(call.timer.activeMs(call.now()) == mmss(5));
}

TEST_CASE(
    "overrun is counted after time up until the call ends, and nothing changes after the end", "[calltimer]")
{
    StartedCall call;
    call.advanceTo(mmss(5, 37));
    CHECK(call.timer.overrunMs(call.now()) == mmss(0, 37));
    CHECK(call.timer.remainingMs(call.now()) == 0);
    call.timer.poll(call.now());

    call.advanceTo(mmss(6, 10));
    REQUIRE(call.timer.end(call.now()));
    CHECK(call.timer.phase(call.now()) == CallPhase::Ended);

    call.advanceTo(mmss(20));
    CHECK(call.timer.phase(call.now()) == CallPhase::Ended);
    CHECK(call.timer.overrunMs(call.now()) == mmss(1, 10));
    CHECK(call.timer.activeMs(call.now()) == mmss(6, 10));
    CHECK(call.timer.isTimeUp(call.now()));
    CHECK_FALSE(call.timer.poll(call.now()).any());
    CHECK_FALSE(call.timer.nextThresholdAtMs(call.now()));

    for (const Result<void> &refusal : { call.timer.extend(1, u"late"_s, call.now()),
             call.timer.pause(call.now()), call.timer.resume(call.now()), call.timer.end(call.now()) }) {
        REQUIRE_FALSE(refusal);
        CHECK(refusal.error().reason == u"call-ended"_s);
    }
    CHECK(call.timer.overrunMs(call.now()) == mmss(1, 10));
    CHECK(call.timer.allowedMs() == mmss(5));
}

TEST_CASE("ending a call while its line is dropped stops the clock at the drop", "[calltimer]")
{
    StartedCall call;
    call.advanceTo(mmss(2));
    REQUIRE(call.timer.pause(call.now()));
    call.advanceTo(mmss(3));
    REQUIRE(call.timer.end(call.now()));
    call.advanceTo(mmss(9));
    CHECK(call.timer.activeMs(call.now()) == mmss(2));
    CHECK(call.timer.pausedTotalMs(call.now()) == mmss(1));
    CHECK(call.timer.phase(call.now()) == CallPhase::Ended);
}

TEST_CASE("poll reports the warning and the time up exactly once each", "[calltimer]")
{
    StartedCall call;
    call.advanceTo(mmss(3));
    CHECK_FALSE(call.timer.poll(call.now()).any());

    call.advanceTo(mmss(4));
    CallCrossings crossings = call.timer.poll(call.now());
    REQUIRE(crossings.warningAtMs);
    CHECK(*crossings.warningAtMs == call.startMs + mmss(4));
    CHECK_FALSE(crossings.timeUpAtMs);

    call.advanceTo(mmss(4, 30));
    CHECK_FALSE(call.timer.poll(call.now()).any());

    call.advanceTo(mmss(5, 0, 250));
    crossings = call.timer.poll(call.now());
    CHECK_FALSE(crossings.warningAtMs);
    REQUIRE(crossings.timeUpAtMs);
    CHECK(*crossings.timeUpAtMs == call.startMs + mmss(5));

    call.advanceTo(mmss(6));
    CHECK_FALSE(call.timer.poll(call.now()).any());
}

TEST_CASE("one poll that skips past both thresholds reports both, once", "[calltimer]")
{
    StartedCall call;
    call.advanceTo(mmss(7));
    const CallCrossings crossings = call.timer.poll(call.now());
    REQUIRE(crossings.warningAtMs);
    REQUIRE(crossings.timeUpAtMs);
    CHECK(*crossings.warningAtMs == call.startMs + mmss(4));
    CHECK(*crossings.timeUpAtMs == call.startMs + mmss(5));
    CHECK_FALSE(call.timer.poll(call.now()).any());
    call.advanceTo(mmss(8));
    CHECK_FALSE(call.timer.poll(call.now()).any());
}

TEST_CASE("a warning reached before a dropped line is still reported once during the drop", "[calltimer]")
{
    StartedCall call;
    call.advanceTo(mmss(4, 10));
    REQUIRE(call.timer.pause(call.now()));
    call.advanceTo(mmss(6));
    const CallCrossings crossings = call.timer.poll(call.now());
    REQUIRE(crossings.warningAtMs);
    CHECK(*crossings.warningAtMs == call.startMs + mmss(4));
    CHECK_FALSE(crossings.timeUpAtMs);
    CHECK_FALSE(call.timer.poll(call.now()).any());
}

TEST_CASE(
    "an extension that lifts the time left above the warning re-arms the warning and time up", "[calltimer]")
{
    StartedCall call;
    call.advanceTo(mmss(5, 20));
    CallCrossings crossings = call.timer.poll(call.now());
    REQUIRE(crossings.warningAtMs);
    REQUIRE(crossings.timeUpAtMs);

    // 20 s over, plus 3 minutes: 2:40 left, so a fresh warning at 7:00 and time up at 8:00.
    REQUIRE(call.timer.extend(3, u"lawyer's news"_s, call.now()));
    CHECK(call.timer.phase(call.now()) == CallPhase::Running);
    CHECK(call.timer.remainingMs(call.now()) == mmss(2, 40));
    CHECK(call.timer.nextThresholdAtMs(call.now()) == call.startMs + mmss(7));
    CHECK_FALSE(call.timer.poll(call.now()).any());

    call.advanceTo(mmss(6, 59, 999));
    CHECK_FALSE(call.timer.poll(call.now()).any());
    call.advanceTo(mmss(7, 30));
    crossings = call.timer.poll(call.now());
    REQUIRE(crossings.warningAtMs);
    CHECK(*crossings.warningAtMs == call.startMs + mmss(7));
    CHECK_FALSE(crossings.timeUpAtMs);

    call.advanceTo(mmss(8));
    crossings = call.timer.poll(call.now());
    CHECK_FALSE(crossings.warningAtMs);
    REQUIRE(crossings.timeUpAtMs);
    CHECK(*crossings.timeUpAtMs == call.startMs + mmss(8));
}

TEST_CASE("an extension that leaves the time left inside the warning does not warn again", "[calltimer]")
{
    StartedCall call;
    call.advanceTo(mmss(5, 30));
    REQUIRE(call.timer.poll(call.now()).any());
    REQUIRE(call.timer.extend(1, u"goodbyes"_s, call.now()));
    CHECK(call.timer.phase(call.now()) == CallPhase::Warning);
    CHECK(call.timer.remainingMs(call.now()) == mmss(0, 30));
    CHECK_FALSE(call.timer.poll(call.now()).any());

    call.advanceTo(mmss(6));
    const CallCrossings crossings = call.timer.poll(call.now());
    CHECK_FALSE(crossings.warningAtMs);
    REQUIRE(crossings.timeUpAtMs);
    CHECK(*crossings.timeUpAtMs == call.startMs + mmss(6));
}

TEST_CASE("the next threshold instant tells a UI when to wake", "[calltimer]")
{
    StartedCall call;
    CHECK(call.timer.nextThresholdAtMs(call.now()) == call.startMs + mmss(4));
    CHECK(call.timer.msUntilNextThreshold(call.now()) == mmss(4));
    CHECK(call.timer.thresholdAtMs(CallThreshold::TimeUp, call.now()) == call.startMs + mmss(5));

    call.advanceTo(mmss(4, 0, 500));
    CHECK(call.timer.msUntilNextThreshold(call.now()) == 0); // due but not yet polled
    call.timer.poll(call.now());
    CHECK(call.timer.nextThresholdAtMs(call.now()) == call.startMs + mmss(5));
    CHECK(call.timer.msUntilNextThreshold(call.now()) == mmss(0, 59, 500));
    CHECK(call.timer.thresholdAtMs(CallThreshold::Warning, call.now()) == call.startMs + mmss(4));

    REQUIRE(call.timer.pause(call.now()));
    CHECK_FALSE(call.timer.msUntilNextThreshold(call.now()));
    CHECK_FALSE(call.timer.thresholdAtMs(CallThreshold::TimeUp, call.now()));
    call.advanceTo(mmss(4, 10, 500));
    REQUIRE(call.timer.resume(call.now()));
    CHECK(call.timer.nextThresholdAtMs(call.now()) == call.startMs + mmss(5, 10));

    call.advanceTo(mmss(5, 10));
    call.timer.poll(call.now());
    CHECK_FALSE(call.timer.nextThresholdAtMs(call.now()));
}

TEST_CASE("operations the state does not allow are refused with a reason", "[calltimer]")
{
    FakeClock clock(eightWib());
    CallTimer timer;
    const qint64 t = clock.monotonicMs();
    for (const Result<void> &refusal :
        { timer.pause(t), timer.resume(t), timer.end(t), timer.extend(1, u"x"_s, t) }) {
        REQUIRE_FALSE(refusal);
        CHECK(refusal.error().reason == u"not-started"_s);
    }

    REQUIRE(timer.start(t));
    const Result<void> again = timer.start(t);
    REQUIRE_FALSE(again);
    CHECK(again.error().reason == u"already-started"_s);

    const Result<void> notPaused = timer.resume(t);
    REQUIRE_FALSE(notPaused);
    CHECK(notPaused.error().reason == u"not-paused"_s);

    clock.advanceSeconds(30);
    REQUIRE(timer.pause(clock.monotonicMs()));
    const Result<void> twice = timer.pause(clock.monotonicMs());
    REQUIRE_FALSE(twice);
    CHECK(twice.error().reason == u"already-paused"_s);

    const Result<void> backwards = timer.resume(clock.monotonicMs() - 1);
    REQUIRE_FALSE(backwards);
    CHECK(backwards.error().reason == u"time-went-backwards"_s);
    CHECK(timer.isPaused());
}

TEST_CASE("a restored timer shows exactly the time left the old one showed", "[calltimer][restore]")
{
    RecordedCall old;
    old.run(mmss(1, 10));
    old.drop();
    old.run(mmss(0, 45, 123));
    old.reconnect();
    old.run(mmss(2, 50, 7));
    old.extend(3, u"family came late"_s);
    old.run(mmss(0, 30));
    old.drop();
    old.run(mmss(0, 20));
    old.reconnect();
    old.run(mmss(0, 40, 321));

    // A new process, its monotonic clock counting from somewhere else entirely.
    FakeClock fresh(old.clock.nowUtc(), 42);
    Result<CallTimer> restored = CallTimer::restore(old.record, fresh.nowUtc(), fresh.monotonicMs());
    REQUIRE(restored);
    CHECK(restored->remainingMs(fresh.monotonicMs()) == mmss(8) - mmss(5, 10, 328));
    checkSameTimeLeft(old.timer, old.clock.monotonicMs(), *restored, fresh.monotonicMs());
    CHECK(restored->extendedMinutes() == 3);
    CHECK(restored->extensions().first().reason == u"family came late"_s);
    CHECK(restored->phase(fresh.monotonicMs()) == CallPhase::Running);

    old.clock.advanceMs(mmss(2, 30));
    fresh.advanceMs(mmss(2, 30));
    checkSameTimeLeft(old.timer, old.clock.monotonicMs(), *restored, fresh.monotonicMs());
    CHECK(restored->phase(fresh.monotonicMs()) == CallPhase::Warning);
}

TEST_CASE("a call restored while its line is still dropped stays paused with the same time left",
    "[calltimer][restore]")
{
    RecordedCall old;
    old.run(mmss(2));
    old.drop();
    old.run(mmss(0, 40));

    FakeClock fresh(old.clock.nowUtc(), 7'000'000'000);
    Result<CallTimer> restored = CallTimer::restore(old.record, fresh.nowUtc(), fresh.monotonicMs());
    REQUIRE(restored);
    CHECK(restored->phase(fresh.monotonicMs()) == CallPhase::Paused);
    checkSameTimeLeft(old.timer, old.clock.monotonicMs(), *restored, fresh.monotonicMs());

    old.run(mmss(0, 20));
    fresh.advanceMs(mmss(0, 20));
    REQUIRE(old.timer.resume(old.clock.monotonicMs()));
    REQUIRE(restored.value().resume(fresh.monotonicMs()));
    old.run(mmss(1, 5));
    fresh.advanceMs(mmss(1, 5));
    checkSameTimeLeft(old.timer, old.clock.monotonicMs(), *restored, fresh.monotonicMs());
    CHECK(restored->remainingMs(fresh.monotonicMs()) == mmss(1, 55));
}

TEST_CASE("a call restored after its time was up is known to be up and is not reported again",
    "[calltimer][restore]")
{
    RecordedCall old;
    old.run(mmss(6, 15));

    FakeClock fresh(old.clock.nowUtc(), 500);
    Result<CallTimer> restored = CallTimer::restore(old.record, fresh.nowUtc(), fresh.monotonicMs());
    REQUIRE(restored);
    CHECK(restored->isTimeUp(fresh.monotonicMs()));
    CHECK(restored->phase(fresh.monotonicMs()) == CallPhase::TimeUp);
    CHECK(restored->overrunMs(fresh.monotonicMs()) == mmss(1, 15));
    CHECK_FALSE(restored.value().poll(fresh.monotonicMs()).any());
    CHECK_FALSE(restored->nextThresholdAtMs(fresh.monotonicMs()));
}

TEST_CASE("a call restored inside its warning reports only the time up still to come", "[calltimer][restore]")
{
    RecordedCall old;
    old.run(mmss(4, 30));

    FakeClock fresh(old.clock.nowUtc(), 500);
    Result<CallTimer> restored = CallTimer::restore(old.record, fresh.nowUtc(), fresh.monotonicMs());
    REQUIRE(restored);
    CHECK_FALSE(restored.value().poll(fresh.monotonicMs()).any());
    CHECK(restored->nextThresholdAtMs(fresh.monotonicMs()) == 500 + mmss(0, 30));
    fresh.advanceMs(mmss(0, 30));
    const CallCrossings crossings = restored.value().poll(fresh.monotonicMs());
    CHECK_FALSE(crossings.warningAtMs);
    REQUIRE(crossings.timeUpAtMs);
    CHECK(*crossings.timeUpAtMs == 500 + mmss(0, 30));
}

TEST_CASE("a call restored with the wall clock set back before its start counts no time elapsed",
    "[calltimer][restore]")
{
    RecordedCall old;
    old.run(mmss(2));
    FakeClock fresh(old.record.startedUtc.addSecs(-3600), 10);
    Result<CallTimer> restored = CallTimer::restore(old.record, fresh.nowUtc(), fresh.monotonicMs());
    REQUIRE(restored);
    CHECK(restored->activeMs(fresh.monotonicMs()) == 0);
    CHECK(restored->remainingMs(fresh.monotonicMs()) == mmss(5));
}

TEST_CASE("a record without a start or with a bad pause cannot be restored", "[calltimer][restore]")
{
    CallRecord record;
    Result<CallTimer> noStart = CallTimer::restore(record, eightWib(), 0);
    REQUIRE_FALSE(noStart);
    CHECK(noStart.error().reason == u"record-start-missing"_s);

    record.startedUtc = eightWib();
    record.pauses = { { eightWib().addSecs(10), {} }, { eightWib().addSecs(30), eightWib().addSecs(40) } };
    Result<CallTimer> openNotLast = CallTimer::restore(record, eightWib().addSecs(60), 0);
    REQUIRE_FALSE(openNotLast);
    CHECK(openNotLast.error().reason == u"record-pause-invalid"_s);

    record.pauses.clear();
    record.limits.defaultMinutes = 0;
    Result<CallTimer> badLimits = CallTimer::restore(record, eightWib().addSecs(60), 0);
    REQUIRE_FALSE(badLimits);
    CHECK(badLimits.error().reason == u"default-length-out-of-range"_s);
}

TEST_CASE("call limits outside their ranges are refused", "[calltimer][limits]")
{
    CHECK(CallLimits {}.validate());
    CHECK(CallLimits { 1, 1, 10 }.validate());
    CHECK(CallLimits { 30, 60, 30 * 60 - 1 }.validate());
    CHECK(CallLimits { 5, 5, 299 }.validate());

    struct Case
    {
        CallLimits limits;
        const char16_t *reason;
    };
    const Case cases[] = {
        { { 0, 10, 60 }, u"default-length-out-of-range" },
        { { 31, 40, 60 }, u"default-length-out-of-range" },
        { { 5, 4, 60 }, u"max-length-out-of-range" },
        { { 5, 61, 60 }, u"max-length-out-of-range" },
        { { 5, 10, 9 }, u"warning-out-of-range" },
        { { 5, 10, 300 }, u"warning-out-of-range" },
        { { 1, 10, 60 }, u"warning-out-of-range" },
    };
    for (const Case &c : cases) {
        INFO("limits " << c.limits.defaultMinutes << "/" << c.limits.maxMinutes << "/"
                       << c.limits.warningSeconds);
        const Result<void> result = c.limits.validate();
        REQUIRE_FALSE(result);
        CHECK(result.error().reason == QString::fromUtf16(c.reason));
        CHECK(result.error().kind == ErrorKind::InvalidInput);
        CHECK_FALSE(result.error().message.isEmpty());
    }
}

TEST_CASE("a timer with limits out of range refuses to start", "[calltimer][limits]")
{
    CallTimer timer(CallLimits { 5, 4, 60 });
    const Result<void> result = timer.start(0);
    REQUIRE_FALSE(result);
    CHECK(result.error().reason == u"max-length-out-of-range"_s);
    CHECK_FALSE(timer.isStarted());
}
