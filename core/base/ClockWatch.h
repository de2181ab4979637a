#pragma once

#include "Clock.h"

#include <QDateTime>

#include <optional>

namespace kj {

// A change of the PC's time: the wall clock moved by jumpMs more than the monotonic clock did.
struct ClockJump
{
    qint64 jumpMs = 0; // positive: set forward; negative: set back
    QDateTime expectedUtc; // where the wall clock should be had nobody touched it
    QDateTime actualUtc; // where it is
};

// Notices the wall clock being set (by hand, by a wrong BIOS clock, by NTP catching up) by
// comparing how far the wall and the monotonic clocks moved since a baseline reading. Countdowns
// never depend on it (they are monotonic); it exists so the record shows why wall times jump.
// A suspended PC looks the same (the monotonic clock stops while asleep): a forward jump.
class ClockWatch
{
public:
    static constexpr qint64 defaultThresholdMs = 2 * 60'000;

    explicit ClockWatch(const Clock &clock, qint64 thresholdMs = defaultThresholdMs);

    // A jump larger than the threshold since the baseline, reported once: the baseline then moves
    // to this reading. Smaller differences (drift, NTP slewing) are kept and add up.
    std::optional<ClockJump> check();
    // Takes a new baseline, forgetting any difference seen so far.
    void rebase();
    qint64 thresholdMs() const { return m_thresholdMs; }

private:
    const Clock &m_clock;
    qint64 m_thresholdMs;
    qint64 m_baseWallMs = 0;
    qint64 m_baseMonoMs = 0;
};

} // namespace kj
