#pragma once

#include <QList>
#include <QtGlobal>

namespace kj {

class Desk;

// How long a WBP will wait before being called, from the live queue.
namespace KioskEstimate {

// The model: each booth is free after `stationFreeInSeconds` (0 = free now); the people ahead take
// the first free booth in turn, each for `slotSeconds`. Returns when the one at `position`
// (1 = next) is likely called; 0 when there are no booths or no position.
qint64 waitSeconds(int position, QList<qint64> stationFreeInSeconds, qint64 slotSeconds);

// One person's turn at a booth: the call length plus a minute to walk there and dial.
qint64 slotSeconds(const Desk &desk);

// The estimate for a waiting ticket from the desk's queue, booths and running call timers.
qint64 waitSecondsFor(const Desk &desk, int ticket);

} // namespace KioskEstimate
} // namespace kj
