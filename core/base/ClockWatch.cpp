#include "ClockWatch.h"

#include <cstdlib>

namespace kj {

ClockWatch::ClockWatch(const Clock &clock, qint64 thresholdMs)
    : m_clock(clock)
    , m_thresholdMs(thresholdMs)
{
    rebase();
}

void ClockWatch::rebase()
{
    m_baseWallMs = m_clock.nowUtc().toMSecsSinceEpoch();
    m_baseMonoMs = m_clock.monotonicMs();
}

std::optional<ClockJump> ClockWatch::check()
{
    const qint64 wallMs = m_clock.nowUtc().toMSecsSinceEpoch();
    const qint64 monoMs = m_clock.monotonicMs();
    const qint64 expectedMs = m_baseWallMs + (monoMs - m_baseMonoMs);
    const qint64 jumpMs = wallMs - expectedMs;
    if (std::llabs(jumpMs) <= m_thresholdMs)
        return std::nullopt;
    m_baseWallMs = wallMs;
    m_baseMonoMs = monoMs;
    return ClockJump { jumpMs, QDateTime::fromMSecsSinceEpoch(expectedMs, Qt::UTC),
        QDateTime::fromMSecsSinceEpoch(wallMs, Qt::UTC) };
}

} // namespace kj
