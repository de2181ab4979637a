#include "VisitingDay.h"

#include "Clock.h"
#include "Desk.h"

#include <algorithm>
#include <queue>
#include <vector>

using namespace Qt::StringLiterals;

namespace kj {

namespace {

// How a ticket's day goes, drawn at sign-in.
enum class Plan {
    Completed,
    TimeUp,
    Extended,
    DroppedResumed,
    EndedEarly,
    Stopped,
    NoShow,
    NoAnswerOnce,
    NoAnswerAlways
};

struct PlanShare
{
    Plan plan;
    double share;
};

// What a desk sees (shares of the tickets): most calls end just before the five minutes are up.
constexpr PlanShare planShares[] = {
    { Plan::Completed, 0.55 },
    { Plan::TimeUp, 0.15 },
    { Plan::Extended, 0.06 },
    { Plan::DroppedResumed, 0.05 },
    { Plan::EndedEarly, 0.07 },
    { Plan::Stopped, 0.01 },
    { Plan::NoShow, 0.04 },
    { Plan::NoAnswerOnce, 0.05 },
    { Plan::NoAnswerAlways, 0.02 },
};

Plan drawPlan(Dice &dice)
{
    double u = dice.unit();
    for (const auto &[plan, share] : planShares) {
        if (u < share)
            return plan;
        u -= share;
    }
    return Plan::Completed;
}

const QStringList extensionReasons = {
    u"Keluarga baru tersambung setelah menunggu lama"_s,
    u"Kabar duka dari keluarga"_s,
    u"Membicarakan jadwal sidang dengan keluarga"_s,
    u"Anak sakit, keluarga minta waktu tambahan"_s,
    u"Keluarga dari luar kota, jarang bisa dihubungi"_s,
};
const QStringList stopReasons = { u"Pembicaraan melanggar tata tertib"_s,
    u"Menunjukkan barang terlarang di kamera"_s, u"Lawan bicara bukan keluarga yang terdaftar"_s };

} // namespace

VisitingDay::VisitingDay(
    DayWriter &writer, Dice &dice, const Schedule &schedule, const Settings &settings, QDate day)
    : m_writer(writer)
    , m_dice(dice)
    , m_schedule(schedule)
    , m_settings(settings)
    , m_day(day)
{ }

Result<VisitingDayResult> VisitingDay::run(
    const QList<Visitor> &visitors, int sessions, std::optional<QList<TimeWindow>> windows)
{
    enum class Kind { SignIn, Call, Start, Threshold, Extend, Drop, Resume, End, NoShow, NoAnswer };
    struct Step
    {
        qint64 atMs;
        qint64 serial;
        Kind kind;
        int station;
        int ticket;
        int value; // Threshold: the CallThreshold; Extend: the minutes
        bool operator>(const Step &other) const
        {
            return atMs != other.atMs ? atMs > other.atMs : serial > other.serial;
        }
    };
    std::priority_queue<Step, std::vector<Step>, std::greater<Step>> steps;
    qint64 serial = 0;
    auto push = [&](qint64 atMs, Kind kind, int station, int ticket, int value = 0) {
        steps.push(Step { atMs, serial++, kind, station, ticket, value });
    };

    VisitingDayResult result;
    const QList<TimeWindow> dayWindows = windows ? *windows : m_schedule.dayPlan(m_day).windows;
    if (visitors.isEmpty() || sessions <= 0)
        return result;
    // Sign-ins spread over the windows, none in a window's last ten minutes; many in a window's
    // first twenty minutes, when the guard brings the cell to the hall.
    QList<std::pair<qint64, qint64>> open;
    qint64 total = 0;
    for (const TimeWindow &w : dayWindows) {
        const qint64 from = QDateTime(m_day, w.start, m_schedule.zone()).toMSecsSinceEpoch();
        const qint64 to = QDateTime(m_day, w.end, m_schedule.zone()).toMSecsSinceEpoch() - 10 * 60'000;
        if (to > from) {
            open.append({ from, to });
            total += to - from;
        }
    }
    if (total == 0)
        return result;
    QList<qint64> arrivals;
    for (int i = 0; i < sessions; ++i) {
        qint64 offset = m_dice.between64(0, total - 1);
        for (const auto &[from, to] : open) {
            if (offset < to - from) {
                const bool withTheCell = m_dice.chance(0.4);
                arrivals.append(from
                    + (withTheCell ? m_dice.between64(0, std::min<qint64>(20 * 60'000, to - from) - 1)
                                   : offset));
                break;
            }
            offset -= to - from;
        }
    }
    std::sort(arrivals.begin(), arrivals.end());
    for (qint64 at : std::as_const(arrivals))
        push(at, Kind::SignIn, 0, 0);
    QList<int> idle;
    for (int s = 1; s <= m_settings.queue.stations; ++s)
        idle.append(s);
    QList<Visitor> order = visitors;
    m_dice.shuffle(order);
    qsizetype nextVisitor = 0;

    const CallLimits &call = m_settings.call;
    const qint64 limit = qint64(call.defaultMinutes) * 60'000;
    const qint64 warning = qint64(call.warningSeconds) * 1000;
    const qint64 warnAfter = limit - warning;
    const int extensionRoom = std::max(0, call.maxMinutes - call.defaultMinutes);
    // A call ending "just before the time is up" ends inside its warning minute.
    const int shortOfLimitMs = int(std::min<qint64>(20'000, warning - 1'000));
    QHash<int, Plan> plans;
    QHash<int, int> attempts;
    // The course of a call once the family answered, as steps after the start.
    auto planCall = [&](int station, int ticket, qint64 start, Plan plan) {
        if (plan == Plan::Extended && extensionRoom == 0)
            plan = Plan::TimeUp;
        const int warn = int(CallThreshold::Warning);
        const int timeUp = int(CallThreshold::TimeUp);
        switch (plan) {
        case Plan::EndedEarly:
        case Plan::Stopped:
            push(start + m_dice.between64(60'000, std::max<qint64>(60'000, warnAfter - 1'000)), Kind::End,
                station, ticket);
            return;
        case Plan::TimeUp:
            push(start + warnAfter, Kind::Threshold, station, ticket, warn);
            push(start + limit, Kind::Threshold, station, ticket, timeUp);
            push(start + limit + m_dice.between(1'000, 40'000), Kind::End, station, ticket);
            return;
        case Plan::Extended: {
            const int minutes = m_dice.between(1, std::min(5, extensionRoom));
            const qint64 extended = limit + minutes * 60'000LL;
            push(start + warnAfter, Kind::Threshold, station, ticket, warn);
            push(start + warnAfter + m_dice.between64(5'000, std::max<qint64>(5'000, warning - 5'000)),
                Kind::Extend, station, ticket, minutes);
            push(start + extended - warning, Kind::Threshold, station, ticket, warn);
            push(start + extended - m_dice.between(1'000, shortOfLimitMs), Kind::End, station, ticket);
            return;
        }
        case Plan::DroppedResumed: {
            const qint64 dropAt = m_dice.between64(
                30'000, std::max<qint64>(30'000, std::min<qint64>(180'000, warnAfter - 10'000)));
            const qint64 paused = m_dice.between(15'000, 120'000);
            push(start + dropAt, Kind::Drop, station, ticket);
            push(start + dropAt + paused, Kind::Resume, station, ticket);
            push(start + paused + warnAfter, Kind::Threshold, station, ticket, warn);
            push(start + paused + limit - m_dice.between(1'000, shortOfLimitMs), Kind::End, station, ticket);
            return;
        }
        default:
            push(start + warnAfter, Kind::Threshold, station, ticket, warn);
            push(start + limit - m_dice.between(1'000, shortOfLimitMs), Kind::End, station, ticket);
            return;
        }
    };

    while (!steps.empty()) {
        const Step step = steps.top();
        steps.pop();
        const qint64 at = step.atMs;
        result.lastMs = std::max(result.lastMs, at);
        switch (step.kind) {
        case Kind::SignIn: {
            Result<int> ticket = 0;
            for (int attempt = 0; attempt < 8; ++attempt) {
                if (nextVisitor == order.size()) {
                    m_dice.shuffle(order);
                    nextVisitor = 0;
                }
                ticket = m_writer.signIn(order[nextVisitor++], at);
                if (ticket || ticket.error().kind != ErrorKind::Refused)
                    break;
            }
            if (!ticket && ticket.error().kind == ErrorKind::Refused)
                break; // everyone tried is turned away: this visitor goes home
            if (!ticket)
                return ticket.error();
            ++result.tickets;
            plans.insert(*ticket, drawPlan(m_dice));
            if (!idle.isEmpty())
                push(at + m_dice.between(5'000, 40'000), Kind::Call, idle.takeFirst(), 0);
            break;
        }
        case Kind::Call: {
            auto ticket = m_writer.callNext(step.station, at);
            if (!ticket)
                return ticket.error();
            if (*ticket == 0) {
                idle.append(step.station);
                break;
            }
            const int attempt = attempts[*ticket]++;
            const Plan plan = plans.value(*ticket);
            if (plan == Plan::NoShow)
                push(at + m_dice.between(90'000, 240'000), Kind::NoShow, step.station, *ticket);
            else if (plan == Plan::NoAnswerAlways || (plan == Plan::NoAnswerOnce && attempt == 0))
                push(at + m_dice.between(60'000, 120'000), Kind::NoAnswer, step.station, *ticket);
            else
                push(at + m_dice.between(30'000, 90'000), Kind::Start, step.station, *ticket);
            break;
        }
        case Kind::Start:
            if (auto r = m_writer.start(step.station, step.ticket, at); !r)
                return r.error();
            planCall(step.station, step.ticket, at, plans.value(step.ticket));
            break;
        case Kind::Threshold:
            if (auto r = m_writer.threshold(step.station, step.ticket, CallThreshold(step.value), at); !r)
                return r.error();
            break;
        case Kind::Extend:
            if (auto r
                = m_writer.extend(step.station, step.ticket, step.value, m_dice.pick(extensionReasons), at);
                !r)
                return r.error();
            break;
        case Kind::Drop:
            if (auto r = m_writer.drop(step.station, step.ticket, at); !r)
                return r.error();
            break;
        case Kind::Resume:
            if (auto r = m_writer.resume(step.station, step.ticket, at); !r)
                return r.error();
            break;
        case Kind::End: {
            const Plan plan = plans.value(step.ticket);
            const QLatin1String outcome = plan == Plan::EndedEarly ? Outcome::EndedEarly
                : plan == Plan::Stopped                            ? Outcome::Stopped
                                                                   : Outcome::Completed;
            const QString reason = plan == Plan::Stopped ? m_dice.pick(stopReasons) : QString();
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
    return result;
}

// ---- through the Desk ---------------------------------------------------------------------

Result<QList<Visitor>> visitorsOf(const Desk &desk, const QStringList &cells)
{
    QList<Visitor> visitors;
    for (const QString &cell : cells) {
        auto inCell = desk.roster().wbpInCell(cell);
        if (!inCell)
            return inCell.error();
        for (const Wbp &w : std::as_const(*inCell)) {
            auto contacts = desk.roster().contactsOf(w.id);
            if (!contacts)
                return contacts.error();
            const auto approved = std::find_if(
                contacts->cbegin(), contacts->cend(), [](const Contact &c) { return c.approved; });
            if (approved != contacts->cend())
                visitors.append({ w.id, approved->id, w.cell });
        }
    }
    return visitors;
}

namespace {

Result<void> done(const Result<Ticket> &r)
{
    if (!r)
        return r.error();
    return {};
}

} // namespace

DeskDayWriter::DeskDayWriter(Desk &desk, FakeClock &clock, QString actor)
    : m_desk(desk)
    , m_clock(clock)
    , m_actor(std::move(actor))
{ }

void DeskDayWriter::moveTo(qint64 atMs)
{
    // As the console's timer would, a few times a second: each threshold at its own instant.
    for (int guard = 0; guard < 1000; ++guard) {
        const qint64 mono = m_clock.monotonicMs();
        const qint64 targetMono = mono + (atMs - m_clock.nowUtc().toMSecsSinceEpoch());
        std::optional<qint64> due;
        for (int station = 1; station <= m_desk.settings().queue.stations; ++station) {
            const CallTimer *timer = m_desk.calls().timer(station);
            const auto next = timer ? timer->nextThresholdAtMs(mono) : std::nullopt;
            if (next && *next <= targetMono && (!due || *next < *due))
                due = next;
        }
        if (!due)
            break;
        m_clock.advanceMs(std::max<qint64>(0, *due - mono));
        (void)m_desk.calls().poll(); // a failed record of a threshold never stops the day (as at the console)
    }
    m_clock.advanceTo(QDateTime::fromMSecsSinceEpoch(atMs, Qt::UTC));
}

Result<int> DeskDayWriter::signIn(const Visitor &visitor, qint64 atMs)
{
    moveTo(atMs);
    auto ticket = m_desk.calls().signIn(visitor.wbpId, visitor.contactId, QString(Actor::Kiosk));
    if (!ticket)
        return ticket.error();
    return ticket->number;
}

Result<int> DeskDayWriter::callNext(int station, qint64 atMs)
{
    moveTo(atMs);
    auto ticket = m_desk.calls().callNext(station, m_actor);
    if (!ticket && ticket.error().reason == u"queue-empty")
        return 0;
    if (!ticket)
        return ticket.error();
    return ticket->number;
}

Result<void> DeskDayWriter::start(int station, int, qint64 atMs)
{
    moveTo(atMs);
    return done(m_desk.calls().startCall(station, m_actor));
}

Result<void> DeskDayWriter::threshold(int, int, CallThreshold, qint64 atMs)
{
    moveTo(atMs); // records it
    return {};
}

Result<void> DeskDayWriter::extend(int station, int, int minutes, const QString &reason, qint64 atMs)
{
    moveTo(atMs);
    return m_desk.calls().extendCall(station, minutes, reason, m_actor);
}

Result<void> DeskDayWriter::drop(int station, int, qint64 atMs)
{
    moveTo(atMs);
    return m_desk.calls().dropCall(station, m_actor);
}

Result<void> DeskDayWriter::resume(int station, int, qint64 atMs)
{
    moveTo(atMs);
    return m_desk.calls().resumeCall(station, m_actor);
}

Result<void> DeskDayWriter::end(int station, int, QLatin1String outcome, const QString &reason, qint64 atMs)
{
    moveTo(atMs);
    return done(m_desk.calls().endCall(station, outcome, reason, m_actor));
}

Result<void> DeskDayWriter::noShow(int station, int, qint64 atMs)
{
    moveTo(atMs);
    return done(m_desk.calls().noShow(station, m_actor));
}

Result<void> DeskDayWriter::noAnswer(int station, int, qint64 atMs)
{
    moveTo(atMs);
    return done(m_desk.calls().noAnswer(station, m_actor));
}

} // namespace kj
