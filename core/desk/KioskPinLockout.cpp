#include "KioskPinLockout.h"

namespace kj {

qint64 KioskPinLockout::waitMs(qint64 nowMs) const
{
    return m_closedUntilMs ? qMax<qint64>(*m_closedUntilMs - nowMs, 0) : 0;
}

void KioskPinLockout::failed(qint64 nowMs)
{
    if (++m_failedInRow % triesPerRound != 0)
        return;
    // Past the longest closure the doubling stops, before the shift could overflow.
    const qint64 closeMs = qMin(firstCloseMs << qMin(m_closures, 8), longestCloseMs);
    ++m_closures;
    m_closedUntilMs = nowMs + closeMs;
}

void KioskPinLockout::succeeded()
{
    *this = KioskPinLockout {};
}

} // namespace kj
