#include "VisitingDay.h"

#include "Projector.h"
#include "Queue.h"

#include <QHash>
#include <QJsonObject>

#include <algorithm>
#include <queue>
#include <vector>

using namespace Qt::StringLiterals;

namespace kj::bench {

namespace {

// The actions of one visiting day, whoever carries them out.
class DayWriter
{
public:
    virtual ~DayWriter() = default;
    virtual Result<int> signIn(qint64 wbpId, qint64 contactId, const QString &cell, qint64 atMs) = 0; // ticket
    virtual Result<int> callNext(int station, qint64 atMs) = 0;                   // 0: nobody waits
    virtual Result<void> start(int station, int ticket, qint64 atMs) = 0;
    virtual Result<void> warn(int station, int ticket, qint64 atMs) = 0;
    virtual Result<void> end(int station, int ticket, QLatin1String outcome, const QString &reason,
                             qint64 atMs) = 0;
    virtual Result<void> noShow(int station, int ticket, qint64 atMs) = 0;
    virtual Result<void> noAnswer(int station, int ticket, qint64 atMs) = 0;
};

QString officerAt(int station, QDate day)
{
    // Three officers take turns at the stations.
    return Actor::officer(1 + (station + day.dayOfYear()) % 3);
}

// Many sessions in one open transaction: the real Queue's rules decide, the payloads are the ones
// Desk::queueWrite and Desk::callEvent build, and WriteTransaction::append writes event, hash and
// projections.
class BulkWriter final : public DayWriter
{
public:
    BulkWriter(WriteTransaction &tx, FakeClock &clock, QDate day, const Settings &settings)
        : m_tx(tx), m_clock(clock), m_day(day), m_dayKey(Projector::dayKey(day)),
          m_allowedMs(qint64(settings.call.defaultMinutes) * 60'000)
    {
        (void)m_queue.setPolicy(settings.queue);
    }

    Result<int> signIn(qint64 wbpId, qint64 contactId, const QString &cell, qint64 atMs) override
    {
        const auto at = moveTo(atMs);
        auto event = write(m_queue.signIn({QString::number(wbpId), cell, QString::number(contactId), 0}, at),
                           QString(Actor::Kiosk));
        if (!event)
            return event.error();
        return event->ticket;
    }

    Result<int> callNext(int station, qint64 atMs) override
    {
        const auto at = moveTo(atMs);
        auto rule = m_queue.callNext(station, at);
        if (!rule && rule.error().reason == u"queue-empty")
            return 0;
        auto event = write(rule, officerAt(station, m_day));
        if (!event)
            return event.error();
        return event->ticket;
    }

    Result<void> start(int station, int ticket, qint64 atMs) override
    {
        m_startedMs.insert(ticket, atMs);
        return done(write(m_queue.start(ticket, moveTo(atMs)), officerAt(station, m_day)));
    }

    Result<void> warn(int station, int ticket, qint64 atMs) override
    {
        moveTo(atMs);
        auto appended = m_tx.append({EventType::CallWarning, QString(Actor::System), station, {}, m_dayKey, ticket});
        if (!appended)
            return appended.error();
        return {};
    }

    Result<void> end(int station, int ticket, QLatin1String outcome, const QString &reason,
                     qint64 atMs) override
    {
        const qint64 active = atMs - m_startedMs.value(ticket, atMs);
        return done(write(m_queue.finish(ticket, moveTo(atMs)), officerAt(station, m_day),
                          {{u"outcome"_s, QString(outcome)},
                           {u"reason"_s, reason.trimmed()},
                           {u"dur"_s, active},
                           {u"allowed"_s, m_allowedMs}}));
    }

    Result<void> noShow(int station, int ticket, qint64 atMs) override
    {
        return done(write(m_queue.noShow(ticket, moveTo(atMs)), officerAt(station, m_day)));
    }

    Result<void> noAnswer(int station, int ticket, qint64 atMs) override
    {
        return done(write(m_queue.noAnswer(ticket, moveTo(atMs)), officerAt(station, m_day)));
    }

private:
    QDateTime moveTo(qint64 atMs)
    {
        const QDateTime at = QDateTime::fromMSecsSinceEpoch(atMs, Qt::UTC);
        advanceClockTo(m_clock, at);
        return at;
    }

    static Result<void> done(const Result<QueueEvent> &event)
    {
        if (!event)
            return event.error();
        return {};
    }

    // The event exactly as Desk::queueWrite builds it.
    Result<QueueEvent> write(const Result<QueueEvent> &event, const QString &actor, const QJsonObject &extra = {})
    {
        if (!event)
            return event;
        auto appended = m_tx.append(Projector::queueDraft(*event, m_dayKey, actor, extra));
        if (!appended)
            return appended.error();
        m_queue.apply(*event);
        return event;
    }

    WriteTransaction &m_tx;
    FakeClock &m_clock;
    QDate m_day;
    int m_dayKey;
    qint64 m_allowedMs;
    Queue m_queue;
    QHash<int, qint64> m_startedMs;
};

// One durable transaction per action, through the Desk, as the console and the kiosk do it.
class DeskWriter final : public DayWriter
{
public:
    DeskWriter(Desk &desk, FakeClock &clock, QDate day) : m_desk(desk), m_clock(clock), m_day(day) {}

    Result<int> signIn(qint64 wbpId, qint64 contactId, const QString &, qint64 atMs) override
    {
        moveTo(atMs);
        auto ticket = m_desk.signIn(wbpId, contactId, QString(Actor::Kiosk));
        if (!ticket)
            return ticket.error();
        return ticket->number;
    }
    Result<int> callNext(int station, qint64 atMs) override
    {
        moveTo(atMs);
        auto ticket = m_desk.callNext(station, officerAt(station, m_day));
        if (!ticket && ticket.error().reason == u"queue-empty")
            return 0;
        if (!ticket)
            return ticket.error();
        return ticket->number;
    }
    Result<void> start(int station, int, qint64 atMs) override
    {
        moveTo(atMs);
        return done(m_desk.startCall(station, officerAt(station, m_day)));
    }
    Result<void> warn(int, int, qint64 atMs) override
    {
        moveTo(atMs);
        (void)m_desk.poll();
        return {};
    }
    Result<void> end(int station, int, QLatin1String outcome, const QString &reason, qint64 atMs) override
    {
        moveTo(atMs);
        return done(m_desk.endCall(station, outcome, reason, officerAt(station, m_day)));
    }
    Result<void> noShow(int station, int, qint64 atMs) override
    {
        moveTo(atMs);
        return done(m_desk.noShow(station, officerAt(station, m_day)));
    }
    Result<void> noAnswer(int station, int, qint64 atMs) override
    {
        moveTo(atMs);
        return done(m_desk.noAnswer(station, officerAt(station, m_day)));
    }

private:
    // Both clocks move: the Desk's call timers run on the monotonic one.
    void moveTo(qint64 atMs) { advanceClockTo(m_clock, QDateTime::fromMSecsSinceEpoch(atMs, Qt::UTC)); }
    static Result<void> done(const Result<Ticket> &r)
    {
        if (!r)
            return r.error();
        return {};
    }

    Desk &m_desk;
    FakeClock &m_clock;
    QDate m_day;
};

// How a ticket's day goes, decided at sign-in.
enum class Plan { Completed, EndedEarly, Stopped, NoShow, NoAnswerOnce, NoAnswerAlways };

Plan drawPlan(Dice &dice)
{
    const double u = dice.unit();
    if (u < 0.86)
        return Plan::Completed;
    if (u < 0.90)
        return Plan::EndedEarly;
    if (u < 0.905)
        return Plan::Stopped;
    if (u < 0.945)
        return Plan::NoShow;
    if (u < 0.985)
        return Plan::NoAnswerOnce;
    return Plan::NoAnswerAlways;
}

// A discrete-event simulation of one visiting day: sign-ins spread over the windows, stations
// calling the next in line as soon as they are free.
class DaySimulation
{
public:
    DaySimulation(DayWriter &writer, Dice &dice, SimulatedRoster &roster, const Schedule &schedule,
                  const Settings &settings, QDate day)
        : m_writer(writer), m_dice(dice), m_roster(roster), m_schedule(schedule), m_settings(settings),
          m_day(day)
    {
    }

    // Returns the number of tickets (sessions) written.
    Result<int> run(int sessions)
    {
        const DayPlan plan = m_schedule.dayPlan(m_day);
        const QList<int> &eligible = m_roster.eligible(plan.cells);
        if (eligible.isEmpty() || sessions <= 0)
            return 0;
        // Sign-ins spread over the windows, none in a window's last ten minutes.
        QList<std::pair<qint64, qint64>> open;
        qint64 total = 0;
        for (const TimeWindow &w : plan.windows) {
            const qint64 from = QDateTime(m_day, w.start, m_schedule.zone()).toMSecsSinceEpoch();
            const qint64 to = QDateTime(m_day, w.end, m_schedule.zone()).toMSecsSinceEpoch() - 10 * 60'000;
            if (to > from) {
                open.append({from, to});
                total += to - from;
            }
        }
        QList<qint64> arrivals;
        for (int i = 0; i < sessions; ++i) {
            qint64 offset = m_dice.between64(0, total - 1);
            for (const auto &[from, to] : open) {
                if (offset < to - from) {
                    arrivals.append(from + offset);
                    break;
                }
                offset -= to - from;
            }
        }
        std::sort(arrivals.begin(), arrivals.end());
        for (qint64 at : std::as_const(arrivals))
            push(at, Kind::SignIn, 0, 0);
        for (int s = 1; s <= m_settings.queue.stations; ++s)
            m_idle.append(s);

        const qint64 warnAfter = qint64(m_settings.call.defaultMinutes) * 60'000 - m_settings.call.warningSeconds * 1000;
        const qint64 limit = qint64(m_settings.call.defaultMinutes) * 60'000;
        int tickets = 0;
        while (!m_steps.empty()) {
            const Step step = m_steps.top();
            m_steps.pop();
            const qint64 at = step.atMs;
            switch (step.kind) {
            case Kind::SignIn: {
                Result<int> ticket = 0;
                for (int attempt = 0; attempt < 8; ++attempt) {
                    const Person &p = m_roster.person(m_dice.pick(eligible));
                    ticket = m_writer.signIn(p.id, p.contactId, p.row.cell, at);
                    if (ticket || ticket.error().reason != u"already-waiting")
                        break;
                }
                if (!ticket && ticket.error().reason == u"already-waiting")
                    break; // everyone eligible is already in line: this visitor goes home
                if (!ticket)
                    return ticket.error();
                ++tickets;
                m_plans.insert(*ticket, drawPlan(m_dice));
                if (!m_idle.isEmpty())
                    push(at + m_dice.between(5'000, 40'000), Kind::Call, m_idle.takeFirst(), 0);
                break;
            }
            case Kind::Call: {
                auto ticket = m_writer.callNext(step.station, at);
                if (!ticket)
                    return ticket.error();
                if (*ticket == 0) {
                    m_idle.append(step.station);
                    break;
                }
                const int attempt = m_attempts[*ticket]++;
                const Plan plan = m_plans.value(*ticket);
                if (plan == Plan::NoShow)
                    push(at + m_dice.between(90'000, 240'000), Kind::NoShow, step.station, *ticket);
                else if (plan == Plan::NoAnswerAlways || (plan == Plan::NoAnswerOnce && attempt == 0))
                    push(at + m_dice.between(60'000, 120'000), Kind::NoAnswer, step.station, *ticket);
                else
                    push(at + m_dice.between(30'000, 90'000), Kind::Start, step.station, *ticket);
                break;
            }
            case Kind::Start: {
                if (auto r = m_writer.start(step.station, step.ticket, at); !r)
                    return r.error();
                const Plan plan = m_plans.value(step.ticket);
                if (plan == Plan::EndedEarly || plan == Plan::Stopped) {
                    push(at + m_dice.between64(60'000, warnAfter - 1'000), Kind::End, step.station, step.ticket);
                } else {
                    push(at + warnAfter, Kind::Warn, step.station, step.ticket);
                    push(at + limit - m_dice.between(1'000, 20'000), Kind::End, step.station, step.ticket);
                }
                break;
            }
            case Kind::Warn:
                if (auto r = m_writer.warn(step.station, step.ticket, at); !r)
                    return r.error();
                break;
            case Kind::End: {
                const Plan plan = m_plans.value(step.ticket);
                const QLatin1String outcome = plan == Plan::EndedEarly ? Outcome::EndedEarly
                    : plan == Plan::Stopped                            ? Outcome::Stopped
                                                                       : Outcome::Completed;
                const QString reason = plan == Plan::Stopped ? u"pembicaraan melanggar tata tertib"_s : QString();
                if (auto r = m_writer.end(step.station, step.ticket, outcome, reason, at); !r)
                    return r.error();
                push(at + m_dice.between(20'000, 60'000), Kind::Call, step.station, 0);
                break;
            }
            case Kind::NoShow:
                if (auto r = m_writer.noShow(step.station, step.ticket, at); !r)
                    return r.error();
                push(at + m_dice.between(20'000, 60'000), Kind::Call, step.station, 0);
                break;
            case Kind::NoAnswer:
                if (auto r = m_writer.noAnswer(step.station, step.ticket, at); !r)
                    return r.error();
                push(at + m_dice.between(20'000, 60'000), Kind::Call, step.station, 0);
                break;
            }
        }
        return tickets;
    }

private:
    enum class Kind { SignIn, Call, Start, Warn, End, NoShow, NoAnswer };
    struct Step
    {
        qint64 atMs;
        qint64 serial;
        Kind kind;
        int station;
        int ticket;
        bool operator>(const Step &other) const
        {
            return atMs != other.atMs ? atMs > other.atMs : serial > other.serial;
        }
    };
    void push(qint64 atMs, Kind kind, int station, int ticket)
    {
        m_steps.push(Step{atMs, m_serial++, kind, station, ticket});
    }

    DayWriter &m_writer;
    Dice &m_dice;
    SimulatedRoster &m_roster;
    const Schedule &m_schedule;
    const Settings &m_settings;
    QDate m_day;
    std::priority_queue<Step, std::vector<Step>, std::greater<Step>> m_steps;
    qint64 m_serial = 0;
    QList<int> m_idle;
    QHash<int, Plan> m_plans;
    QHash<int, int> m_attempts;
};

} // namespace

void advanceClockTo(FakeClock &clock, const QDateTime &utc)
{
    const qint64 step = clock.nowUtc().msecsTo(utc);
    if (step > 0)
        clock.advanceMs(step);
}

Result<int> writeDayInBulk(WriteTransaction &tx, FakeClock &clock, Dice &dice, SimulatedRoster &roster,
                           const Desk &desk, QDate day, int sessions)
{
    BulkWriter writer(tx, clock, day, desk.settings());
    DaySimulation simulation(writer, dice, roster, desk.schedule(), desk.settings(), day);
    return simulation.run(sessions);
}

Result<int> runDayAtDesk(Desk &desk, FakeClock &clock, Dice &dice, SimulatedRoster &roster, QDate day,
                         int sessions)
{
    DeskWriter writer(desk, clock, day);
    DaySimulation simulation(writer, dice, roster, desk.schedule(), desk.settings(), day);
    return simulation.run(sessions);
}

} // namespace kj::bench
