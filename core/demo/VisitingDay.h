#pragma once

#include "CallTimer.h"
#include "Dice.h"
#include "Result.h"
#include "Schedule.h"
#include "Settings.h"

#include <QDate>
#include <QLatin1String>
#include <QList>
#include <QString>

#include <optional>

namespace kj {

class Desk;
class FakeClock;

// Someone who may sign in on a simulated day: a WBP with an approved family contact.
struct Visitor
{
    qint64 wbpId = 0;
    qint64 contactId = 0;
    QString cell;
};

// The active WBP of the cells who have an approved contact (the first one), by cell and name.
Result<QList<Visitor>> visitorsOf(const Desk &desk, const QStringList &cells);

// The actions of one visiting day, whoever carries them out (the Desk, or a benchmark's bulk
// writer). Times are UTC milliseconds since the epoch and never go backwards.
class DayWriter
{
public:
    virtual ~DayWriter() = default;
    // The ticket's number; a Refused error when a rule turns the visitor away.
    virtual Result<int> signIn(const Visitor &visitor, qint64 atMs) = 0;
    virtual Result<int> callNext(int station, qint64 atMs) = 0; // 0: nobody waits
    virtual Result<void> start(int station, int ticket, qint64 atMs) = 0;
    // A running call reached its warning or its time-up.
    virtual Result<void> threshold(int station, int ticket, CallThreshold threshold, qint64 atMs) = 0;
    virtual Result<void> extend(int station, int ticket, int minutes, const QString &reason, qint64 atMs) = 0;
    virtual Result<void> drop(int station, int ticket, qint64 atMs) = 0;
    virtual Result<void> resume(int station, int ticket, qint64 atMs) = 0;
    virtual Result<void> end(
        int station, int ticket, QLatin1String outcome, const QString &reason, qint64 atMs)
        = 0;
    virtual Result<void> noShow(int station, int ticket, qint64 atMs) = 0;
    virtual Result<void> noAnswer(int station, int ticket, qint64 atMs) = 0;
};

// What one simulated day wrote.
struct VisitingDayResult
{
    int tickets = 0; // sign-ins
    qint64 lastMs = 0; // the instant of the day's last action
};

// One visiting day, simulated event by event: sign-ins spread over the day's windows (many at a
// window's opening, none in its last ten minutes), stations calling the next in line as soon as they are
// free. Each ticket's course is drawn at sign-in, in the proportions a desk sees: most calls end just before
// the five minutes are up, some run to the time-up, some are extended with a reason, some drop
// and resume, some end early or are stopped; some WBP do not come when called, and some families
// do not answer (back to the end of the line, or closed when the retries are used up).
class VisitingDay
{
public:
    VisitingDay(DayWriter &writer, Dice &dice, const Schedule &schedule, const Settings &settings, QDate day);

    // `sessions` sign-ins by the visitors, each taken in turn from a shuffled list (again from the
    // start when everyone had a turn); a visitor a rule turns away (already waiting, already
    // called today, restricted …) is passed over for the next. `windows`: the day's windows to
    // use, by default all of the schedule's.
    Result<VisitingDayResult> run(const QList<Visitor> &visitors, int sessions,
        std::optional<QList<TimeWindow>> windows = std::nullopt);

private:
    DayWriter &m_writer;
    Dice &m_dice;
    const Schedule &m_schedule;
    const Settings &m_settings;
    QDate m_day;
};

// Carries a simulated day out through the Desk, one durable transaction per action, as the kiosk
// and the console do: both of the clock's readings move to each action's instant, and the running
// calls' warnings and time-ups are recorded by Desk::poll at the instant they are reached, as the
// console's timer does.
class DeskDayWriter final : public DayWriter
{
public:
    // actor: who acts at the stations (an officer).
    DeskDayWriter(Desk &desk, FakeClock &clock, QString actor);

    Result<int> signIn(const Visitor &visitor, qint64 atMs) override;
    Result<int> callNext(int station, qint64 atMs) override;
    Result<void> start(int station, int ticket, qint64 atMs) override;
    Result<void> threshold(int station, int ticket, CallThreshold threshold, qint64 atMs) override;
    Result<void> extend(int station, int ticket, int minutes, const QString &reason, qint64 atMs) override;
    Result<void> drop(int station, int ticket, qint64 atMs) override;
    Result<void> resume(int station, int ticket, qint64 atMs) override;
    Result<void> end(
        int station, int ticket, QLatin1String outcome, const QString &reason, qint64 atMs) override;
    Result<void> noShow(int station, int ticket, qint64 atMs) override;
    Result<void> noAnswer(int station, int ticket, qint64 atMs) override;

    // Moves time on to the instant, polling the desk at every threshold reached on the way.
    void moveTo(qint64 atMs);

private:
    Desk &m_desk;
    FakeClock &m_clock;
    QString m_actor;
};

} // namespace kj
