#pragma once

#include "Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

namespace kj {

class Desk;

// The figures of the "Statistik" screen for a range of days, read from the sessions projection
// (the lines of the visiting book as recorded; corrections do not change them).
struct VisitStatistics
{
    Q_DECLARE_TR_FUNCTIONS(VisitStatistics)

public:
    // Tickets of one day or one cell, and what became of them.
    struct Count
    {
        int tickets = 0;   // sign-ins
        int calls = 0;     // the family answered and the call took place (any end)
        int noShows = 0;
        int noAnswers = 0; // closed after the retries, never reached
        int cancelled = 0;
        int open = 0;      // still waiting, called or in a call (today)
    };
    struct Day
    {
        QDate date;
        Count count;
    };
    struct Cell
    {
        QString cell;
        Count count;
    };
    // A bar of a distribution: [fromMinutes, toMinutes); toMinutes 0 = no upper end.
    struct Bucket
    {
        int fromMinutes = 0;
        int toMinutes = 0;
        int count = 0;
    };
    // A station during the visiting windows of the range's service days.
    struct Station
    {
        int number = 0;
        QString name;
        int calls = 0;
        qint64 windowMs = 0; // the windows' length, summed over the days
        qint64 inCallMs = 0; // of which the station had a call running (started to ended)
        double share() const { return windowMs > 0 ? double(inCallMs) / double(windowMs) : 0.0; }
    };

    QDate from;
    QDate to;
    Count total;
    QList<Day> days;   // every service day of the range up to today, and any other day with tickets
    QList<Cell> cells; // by cell number
    QList<Bucket> waits;     // sign-in to being called (the last call, for a ticket called again)
    QList<Bucket> durations; // calls that took place: time talking, drops excluded
    QList<Station> stations; // the stations of the settings, and any other that had a call
    qint64 totalWaitMs = 0;     // over the tickets in `waits`
    qint64 totalDurationMs = 0; // over the calls in `durations`
    int waited = 0;             // tickets in `waits`

    // Bucket edges, minutes: waits 0–5–10–15–30–45–60–; durations 0–2–4–5–6–8–10– (4–5: ended as
    // planned, 5–6: ran to the time-up, beyond: extended).
    static const QList<int> &waitEdges();
    static const QList<int> &durationEdges();

    // InvalidInput "bad-range" when `to` is before `from` or either is invalid; the range is at
    // most ten years.
    static Result<VisitStatistics> compute(const Desk &desk, QDate from, QDate to);

    // Every figure as CSV (UTF-8 with BOM, CRLF), one section per table with its own header row,
    // a blank line between sections; headers are fixed lower-case Indonesian keys for scripts.
    QByteArray toCsv() const;
};

} // namespace kj
