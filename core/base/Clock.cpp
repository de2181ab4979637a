#include "Clock.h"

namespace kj {

SystemClock::SystemClock()
{
    m_sinceStart.start();
}

QDateTime SystemClock::nowUtc() const
{
    return QDateTime::currentDateTimeUtc();
}

qint64 SystemClock::monotonicMs() const
{
    return m_sinceStart.elapsed();
}

ShiftedClock::ShiftedClock(const Clock &base, qint64 offsetMs)
    : m_base(base)
    , m_offsetMs(offsetMs)
{ }

QDateTime ShiftedClock::nowUtc() const
{
    return m_base.nowUtc().addMSecs(m_offsetMs);
}

qint64 ShiftedClock::monotonicMs() const
{
    return m_base.monotonicMs();
}

FakeClock::FakeClock(const QDateTime &startUtc, qint64 startMonotonicMs)
    : m_wall(startUtc.toUTC())
    , m_monotonic(startMonotonicMs)
{ }

QDateTime FakeClock::nowUtc() const
{
    return m_wall;
}

qint64 FakeClock::monotonicMs() const
{
    return m_monotonic;
}

void FakeClock::advanceMs(qint64 ms)
{
    m_wall = m_wall.addMSecs(ms);
    m_monotonic += ms;
}

void FakeClock::advanceTo(const QDateTime &utc)
{
    const qint64 step = m_wall.msecsTo(utc);
    if (step > 0)
        advanceMs(step);
}

void FakeClock::jumpWallMs(qint64 ms)
{
    m_wall = m_wall.addMSecs(ms);
}

void FakeClock::setWall(const QDateTime &utc)
{
    m_wall = utc.toUTC();
}

} // namespace kj
