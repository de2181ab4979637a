#pragma once

#include <QDateTime>
#include <QElapsedTimer>

namespace kj {

// The one seam for time: every read of the wall clock or the monotonic clock goes through a Clock.
class Clock
{
public:
    virtual ~Clock() = default;
    // Wall time, always in UTC. May jump when the PC's time is changed.
    virtual QDateTime nowUtc() const = 0;
    // Milliseconds on a clock that never jumps; only differences between readings mean anything.
    virtual qint64 monotonicMs() const = 0;
};

// The real clocks of the machine.
class SystemClock final : public Clock
{
public:
    SystemClock();
    QDateTime nowUtc() const override;
    qint64 monotonicMs() const override;

private:
    QElapsedTimer m_sinceStart;
};

// The machine's clocks with the wall time shifted by a fixed offset (demo mode's simulated time).
class ShiftedClock final : public Clock
{
public:
    ShiftedClock(const Clock &base, qint64 offsetMs);
    QDateTime nowUtc() const override;
    qint64 monotonicMs() const override;
    qint64 offsetMs() const { return m_offsetMs; }

private:
    const Clock &m_base;
    qint64 m_offsetMs;
};

// A clock that only moves when told to; for tests and simulations.
class FakeClock final : public Clock
{
public:
    explicit FakeClock(const QDateTime &startUtc, qint64 startMonotonicMs = 1'000'000);
    QDateTime nowUtc() const override;
    qint64 monotonicMs() const override;

    // Time passes: both clocks move forward together.
    void advanceMs(qint64 ms);
    void advanceSeconds(qint64 s) { advanceMs(s * 1000); }
    // Time passes up to an instant (nothing happens if it is not later than now). Moving only the
    // wall clock there would be a clock jump, which the Desk records as one.
    void advanceTo(const QDateTime &utc);
    // Someone changes the PC's time: only the wall clock moves.
    void jumpWallMs(qint64 ms);
    void setWall(const QDateTime &utc);

private:
    QDateTime m_wall;
    qint64 m_monotonic;
};

} // namespace kj
