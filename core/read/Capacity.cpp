#include "Capacity.h"

#include "DayKey.h"
#include "Desk.h"
#include "RosterRecords.h"
#include "SessionRecords.h"

#include <algorithm>

namespace kj {

std::optional<double> Capacity::turnoutSeen(const Desk &desk, QDate before, int weeks)
{
    // A failed read shows as no history seen: the planner then assumes everyone comes.
    const QHash<QString, int> roster = RosterRecords(desk.logbook()).activeWbpPerCell().valueOr({});
    // Days still to come have no sign-ins yet: the history ends before today.
    const QDate end = std::min(before, desk.today());
    const QDate start = end.addDays(-7 * weeks);
    const QMap<int, int> signedIn
        = SessionRecords(desk.logbook()).visitorsPerDay(dayKey(start), dayKey(end.addDays(-1))).valueOr({});
    qint64 came = 0;
    qint64 expected = 0;
    for (QDate day = start; day < end; day = day.addDays(1)) {
        const DayPlan plan = desk.schedule().dayPlan(day);
        const int signedInThatDay = signedIn.value(dayKey(day));
        // A day without a single sign-in says nothing of turnout: the desk was not in use yet.
        if (!plan.isServiceDay() || signedInThatDay == 0)
            continue;
        came += signedInThatDay;
        for (const QString &cell : plan.cells)
            expected += roster.value(cell);
    }
    if (came == 0 || expected == 0)
        return std::nullopt;
    return std::min(1.0, double(came) / double(expected));
}

CapacityInput Capacity::inputFor(const Desk &desk, QDate date)
{
    const DayPlan plan = desk.schedule().dayPlan(date);
    CapacityInput input;
    input.date = date;
    input.cells = plan.cells;
    input.windows = plan.windows;
    const QHash<QString, int> roster = RosterRecords(desk.logbook()).activeWbpPerCell().valueOr({});
    for (const QString &cell : plan.cells)
        input.wbp += roster.value(cell);
    input.turnout = turnoutSeen(desk, date).value_or(1.0);
    input.callSeconds = desk.settings().call.defaultMinutes * 60;
    input.stations = desk.settings().queue.stations;
    return input;
}

} // namespace kj
