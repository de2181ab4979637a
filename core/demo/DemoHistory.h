#pragma once

#include "Result.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QString>

namespace kj {

// What a demo history holds.
struct DemoHistorySummary
{
    QDate first; // the calendar days covered, `last` being today
    QDate last;
    int serviceDays = 0; // days with service simulated
    int tickets = 0; // sign-ins (lines of the visiting book)
    int calls = 0; // calls that took place
    int corrections = 0;
    int surveys = 0;
    int complaints = 0;
    qint64 events = 0;
};

// A past of realistic service for demos and for seeing the reports with history: the demo roster
// (DemoData) and then, day after day, every scheduled cell's WBP signing in at the kiosk and the
// officer of the day calling them, all through the Desk (VisitingDay) with a clock moved through
// each day's windows; then a few corrections, survey answers at the kiosk, two weeks without visits
// for a WBP whose call was stopped and, now and then, a complaint, handled and closed on later days.
// Deterministic for a seed.
class DemoHistory
{
    Q_DECLARE_TR_FUNCTIONS(DemoHistory)

public:
    // The demo officers, who take turns at the desk: (name, PIN); the first is DemoData's admin.
    static QList<std::pair<QString, QString>> officers();

    // Fills the logbook file at `path` (created if missing) with the `days` calendar days ending on
    // the facility's date of `nowUtc`: of that last day, only the windows over by half an hour.
    // Refused ("demo-not-empty"), writing nothing, when the file already holds WBP or sessions.
    static Result<DemoHistorySummary> fill(
        const QString &path, const QDateTime &nowUtc, int days, quint64 seed);
};

} // namespace kj
