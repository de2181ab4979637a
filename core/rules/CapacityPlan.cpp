#include "CapacityPlan.h"

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace kj {

int CapacityPlan::callsIn(const TimeWindow &window, int callSeconds, int turnaroundSeconds)
{
    const qint64 length = window.start.secsTo(window.end);
    if (callSeconds <= 0 || length < callSeconds)
        return 0;
    const qint64 turnaround = std::max(0, turnaroundSeconds);
    return int((length + turnaround) / (callSeconds + turnaround));
}

CapacityPlan CapacityPlan::make(const CapacityInput &input)
{
    CapacityPlan plan;
    const double turnout = std::clamp(input.turnout, 0.0, 1.0);
    // A little slack so that 40 × 0.9 is 36 and not 37 after rounding up a 36.000000000000004.
    plan.callers = int(std::ceil(double(std::max(0, input.wbp)) * turnout - 1e-9));
    const int stations = std::max(0, input.stations);

    QList<int> perWindow;
    for (const TimeWindow &w : input.windows) {
        perWindow.append(callsIn(w, input.callSeconds, input.turnaroundSeconds));
        plan.perStation += perWindow.last();
    }
    if (plan.callers > 0) {
        plan.possible = plan.perStation > 0;
        plan.stationsNeeded = plan.possible ? (plan.callers + plan.perStation - 1) / plan.perStation : 0;
    }

    // The callers the day can take, shared among the windows by what each holds.
    const int capacity = plan.perStation * stations;
    const int taken = std::min(plan.callers, capacity);
    QList<int> share(perWindow.size(), 0);
    if (capacity > 0) {
        QList<std::pair<double, qsizetype>> remainders;
        int given = 0;
        for (qsizetype w = 0; w < perWindow.size(); ++w) {
            const double exact = double(taken) * double(perWindow[w]) / double(plan.perStation);
            share[w] = int(std::floor(exact));
            given += share[w];
            remainders.append({ exact - share[w], w });
        }
        std::stable_sort(remainders.begin(), remainders.end(),
            [](const auto &a, const auto &b) { return a.first > b.first; });
        for (qsizetype i = 0; given < taken && i < remainders.size(); ++i, ++given)
            ++share[remainders[i].second];
    }
    for (qsizetype w = 0; w < perWindow.size(); ++w) {
        const qint64 length = input.windows[w].start.secsTo(input.windows[w].end);
        for (int s = 0; s < stations; ++s) {
            Slot slot;
            slot.station = s + 1;
            slot.window = int(w);
            slot.capacity = perWindow[w];
            slot.served = share[w] / stations + (s < share[w] % stations ? 1 : 0);
            slot.busySeconds = qint64(slot.served) * input.callSeconds;
            slot.idleSeconds = std::max<qint64>(0, length - slot.busySeconds);
            plan.served += slot.served;
            plan.simulatedDay.append(slot);
        }
    }
    plan.unserved = plan.callers - plan.served;
    return plan;
}

} // namespace kj
