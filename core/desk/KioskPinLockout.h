#pragma once

#include <QtGlobal>

#include <optional>

namespace kj {

// The kiosk's own count of wrong officer PINs, apart from the console's: whoever stands at the
// kiosk must never be able to lock an officer out of the console, nor try many PINs (each check
// costs the PC almost a second). Every fifth wrong PIN in a row closes the kiosk's PIN pad, for a
// minute the first time and twice as long each next time, at most 15 minutes; a right PIN starts
// again. Times are on the monotonic clock, so changing the PC's time neither opens nor
// prolongs it; the count lives as long as the kiosk program.
class KioskPinLockout
{
public:
    static constexpr int triesPerRound = 5;
    static constexpr qint64 firstCloseMs = 60'000;
    static constexpr qint64 longestCloseMs = 15 * 60'000;

    // How long the pad stays closed from `nowMs`; 0 when it is open.
    qint64 waitMs(qint64 nowMs) const;
    void failed(qint64 nowMs);
    void succeeded();

private:
    int m_failedInRow = 0;
    int m_closures = 0;
    std::optional<qint64> m_closedUntilMs;
};

} // namespace kj
