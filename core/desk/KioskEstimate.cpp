#include "KioskEstimate.h"

#include "Clock.h"
#include "Desk.h"

#include <algorithm>

namespace kj::KioskEstimate {

namespace {
// Walking to the booth and dialling the family; a guess, so the estimate errs on the long side.
constexpr qint64 changeoverSeconds = 60;
} // namespace

qint64 waitSeconds(int position, QList<qint64> stationFreeInSeconds, qint64 slotSeconds)
{
    if (position < 1 || stationFreeInSeconds.isEmpty())
        return 0;
    for (int turn = 1;; ++turn) {
        auto earliest = std::min_element(stationFreeInSeconds.begin(), stationFreeInSeconds.end());
        if (turn == position)
            return qMax<qint64>(0, *earliest);
        *earliest = qMax<qint64>(0, *earliest) + slotSeconds;
    }
}

qint64 slotSeconds(const Desk &desk)
{
    return qint64(desk.settings().call.defaultMinutes) * 60 + changeoverSeconds;
}

qint64 waitSecondsFor(const Desk &desk, int ticket)
{
    const Queue &queue = desk.calls().queue();
    const qint64 slot = slotSeconds(desk);
    const qint64 mono = desk.clock().monotonicMs();
    QList<qint64> freeIn;
    for (int station = 1; station <= queue.policy().stations; ++station) {
        const auto busy = queue.atStation(station);
        if (!busy) {
            freeIn.append(0);
        } else if (const CallTimer *timer = desk.calls().timer(station);
                   timer && busy->state == TicketState::InCall) {
            freeIn.append(timer->remainingMs(mono) / 1000 + changeoverSeconds);
        } else {
            freeIn.append(slot); // being dialled: a whole call is still ahead
        }
    }
    return waitSeconds(queue.positionOf(ticket), freeIn, slot);
}

} // namespace kj::KioskEstimate
