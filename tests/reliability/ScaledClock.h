// A clock for the crash loop: the machine's time, started at a fixed facility morning and running
// `speed` times faster, so calls run out within a few real seconds and every restart (a new
// process) agrees on what time it is.
#pragma once

#include "Clock.h"

namespace kj::reliability {

class ScaledClock final : public Clock
{
public:
    // The simulated instant originUtc corresponds to the machine's wall time originRealMs.
    ScaledClock(QDateTime originUtc, qint64 originRealMs, int speed)
        : m_originUtcMs(originUtc.toMSecsSinceEpoch())
        , m_originRealMs(originRealMs)
        , m_speed(speed)
    { }
    QDateTime nowUtc() const override
    {
        const qint64 real = m_system.nowUtc().toMSecsSinceEpoch() - m_originRealMs;
        return QDateTime::fromMSecsSinceEpoch(m_originUtcMs + real * m_speed + m_downtimeMs, Qt::UTC);
    }
    // Simulated time the PC spent switched off between two processes (wall clock only).
    void setDowntimeMs(qint64 ms) { m_downtimeMs = ms; }
    qint64 downtimeMs() const { return m_downtimeMs; }
    qint64 monotonicMs() const override { return m_system.monotonicMs() * m_speed; }

private:
    SystemClock m_system;
    qint64 m_originUtcMs;
    qint64 m_originRealMs;
    int m_speed;
    qint64 m_downtimeMs = 0;
};

} // namespace kj::reliability
