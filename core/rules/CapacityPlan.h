#pragma once

#include "Schedule.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>

#include <optional>

namespace kj {

// What the capacity planner is asked: how many WBP may come, how long a call and the pause
// between two calls last, in which windows, and how many stations the simulated day has.
struct CapacityInput
{
    QDate date;
    QStringList cells;
    int wbp = 0; // active WBP in the day's cells
    double turnout = 1.0; // share of them expected to sign in, 0..1
    int callSeconds = 300;
    int turnaroundSeconds = 0; // a station's pause between two calls (calling the next, dialling)
    QList<TimeWindow> windows;
    int stations = 1; // stations of the simulated day
};

// How many stations a visiting day needs so everyone who comes can call, and the day played out
// on the given stations. Pure arithmetic: calls back to back with the turnaround between them.
struct CapacityPlan
{
    Q_DECLARE_TR_FUNCTIONS(CapacityPlan)

public:
    // One station in one window of the simulated day.
    struct Slot
    {
        int station = 0; // 1-based
        int window = 0; // index into the input's windows
        int capacity = 0; // calls this station can hold in this window
        int served = 0;
        qint64 busySeconds = 0; // in calls
        qint64 idleSeconds = 0; // the rest of the window: turnarounds and waiting for callers
    };

    int callers = 0; // expected: the WBP × the turnout, rounded up
    int perStation = 0; // calls one station can hold over all the windows
    int stationsNeeded = 0; // 0 when nobody is expected
    bool possible = true; // false when a call does not fit in any window
    int served = 0; // in the simulated day
    int unserved = 0;
    QList<Slot> simulatedDay; // window by window, station by station

    // Calls one station can hold in a window: n calls and the n − 1 turnarounds between them fit.
    static int callsIn(const TimeWindow &window, int callSeconds, int turnaroundSeconds);
    // The callers are shared among the windows in proportion to what the windows can hold (largest
    // remainders), and within a window as evenly as possible among the stations, first ones first.
    static CapacityPlan make(const CapacityInput &input);
};

} // namespace kj
