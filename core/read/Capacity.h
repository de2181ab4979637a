#pragma once

#include "CapacityPlan.h"

#include <QDate>

#include <optional>

namespace kj {

class Desk;

// The capacity planner's input from the logbook: the day's cells and windows from the schedule,
// their active WBP from the roster, the call length and the stations from the settings, and the
// turnout seen in the history.
namespace Capacity {
// The input for a date (turnout: the history's, else 1, everyone comes; turnaround 0).
CapacityInput inputFor(const Desk &desk, QDate date);
// The share of the scheduled cells' WBP who signed in, over the service days of the `weeks`
// weeks before `before` (or before today, if earlier) that had sign-ins: distinct WBP a day,
// against today's roster of that day's cells; nothing when no day had any.
std::optional<double> turnoutSeen(const Desk &desk, QDate before, int weeks = 8);
} // namespace Capacity

} // namespace kj
