#include "BulkDay.h"

#include "DayKey.h"
#include "Drafts.h"
#include "Queue.h"

#include <QHash>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace kj::bench {

namespace {

// Many sessions in one open transaction: the real Queue's rules decide, the payloads are the ones
// Desk::queueWrite and Desk::callEvent build, and WriteTransaction::append writes event, hash and
// projections.
class BulkDayWriter final : public DayWriter
{
public:
    BulkDayWriter(WriteTransaction &tx, FakeClock &clock, QDate day, const Settings &settings)
        : m_tx(tx)
        , m_clock(clock)
        , m_actor(officerOn(day))
        , m_dayKey(dayKey(day))
        , m_defaultMs(qint64(settings.call.defaultMinutes) * 60'000)
    {
        (void)m_queue.setPolicy(settings.queue);
    }

    Result<int> signIn(const Visitor &visitor, qint64 atMs) override
    {
        const auto at = moveTo(atMs);
        auto event = write(
            m_queue.signIn(
                { QString::number(visitor.wbpId), visitor.cell, QString::number(visitor.contactId), 0 }, at),
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
        auto event = write(rule, m_actor);
        if (!event)
            return event.error();
        return event->ticket;
    }

    Result<void> start(int, int ticket, qint64 atMs) override
    {
        m_calls.insert(ticket, Call { atMs });
        return done(write(m_queue.start(ticket, moveTo(atMs)), m_actor));
    }

    Result<void> threshold(int station, int ticket, CallThreshold threshold, qint64 atMs) override
    {
        moveTo(atMs);
        return callEvent(threshold == CallThreshold::Warning ? EventType::CallWarning : EventType::CallTimeUp,
            QString(Actor::System), station, ticket, {});
    }

    Result<void> extend(int station, int ticket, int minutes, const QString &reason, qint64 atMs) override
    {
        moveTo(atMs);
        m_calls[ticket].extendedMs += minutes * 60'000LL;
        return callEvent(EventType::CallExtended, m_actor, station, ticket,
            { { u"min"_s, minutes }, { u"reason"_s, reason.trimmed() } });
    }

    Result<void> drop(int station, int ticket, qint64 atMs) override
    {
        moveTo(atMs);
        Call &call = m_calls[ticket];
        const qint64 left = std::max<qint64>(0, m_defaultMs + call.extendedMs - call.activeMs(atMs));
        call.pausedFromMs = atMs;
        return callEvent(EventType::CallDropped, m_actor, station, ticket, { { u"left"_s, left } });
    }

    Result<void> resume(int station, int ticket, qint64 atMs) override
    {
        moveTo(atMs);
        Call &call = m_calls[ticket];
        call.pausedMs += atMs - call.pausedFromMs;
        call.pausedFromMs = 0;
        return callEvent(EventType::CallResumed, m_actor, station, ticket, {});
    }

    Result<void> end(int, int ticket, QLatin1String outcome, const QString &reason, qint64 atMs) override
    {
        const Call call = m_calls.take(ticket);
        return done(write(m_queue.finish(ticket, moveTo(atMs)), m_actor,
            Drafts::endPayload(outcome, reason, call.activeMs(atMs), m_defaultMs + call.extendedMs,
                int(call.extendedMs / 60'000))));
    }

    Result<void> noShow(int, int ticket, qint64 atMs) override
    {
        return done(write(m_queue.noShow(ticket, moveTo(atMs)), m_actor));
    }

    Result<void> noAnswer(int, int ticket, qint64 atMs) override
    {
        return done(write(m_queue.noAnswer(ticket, moveTo(atMs)), m_actor));
    }

private:
    // What the Desk's CallTimer would know of a running call.
    struct Call
    {
        qint64 startedMs = 0;
        qint64 extendedMs = 0;
        qint64 pausedMs = 0;
        qint64 pausedFromMs = 0; // 0: not paused
        qint64 activeMs(qint64 atMs) const { return atMs - startedMs - pausedMs; }
    };

    QDateTime moveTo(qint64 atMs)
    {
        QDateTime at = QDateTime::fromMSecsSinceEpoch(atMs, Qt::UTC);
        m_clock.advanceTo(at);
        return at;
    }

    static Result<void> done(const Result<QueueEvent> &event)
    {
        if (!event)
            return event.error();
        return {};
    }

    // The event exactly as Desk::callEvent builds it.
    Result<void> callEvent(
        QLatin1String type, const QString &actor, int station, int ticket, const QJsonObject &payload)
    {
        auto appended = m_tx.append({ type, actor, station, payload, m_dayKey, ticket });
        if (!appended)
            return appended.error();
        return {};
    }

    // The event exactly as Desk::queueWrite builds it.
    Result<QueueEvent> write(
        const Result<QueueEvent> &event, const QString &actor, const QJsonObject &extra = {})
    {
        if (!event)
            return event;
        auto appended = m_tx.append(Drafts::queue(*event, m_dayKey, actor, extra));
        if (!appended)
            return appended.error();
        m_queue.apply(*event);
        return event;
    }

    WriteTransaction &m_tx;
    FakeClock &m_clock;
    QString m_actor;
    int m_dayKey;
    qint64 m_defaultMs;
    Queue m_queue;
    QHash<int, Call> m_calls;
};

} // namespace

QString officerOn(QDate day)
{
    return Actor::officer(1 + day.dayOfYear() % 3);
}

Result<int> writeDayInBulk(WriteTransaction &tx, FakeClock &clock, Dice &dice, const QList<Visitor> &visitors,
    const Desk &desk, QDate day, int sessions)
{
    BulkDayWriter writer(tx, clock, day, desk.settings());
    auto written = VisitingDay(writer, dice, desk.schedule(), desk.settings(), day).run(visitors, sessions);
    if (!written)
        return written.error();
    return written->tickets;
}

Result<int> runDayAtDesk(
    Desk &desk, FakeClock &clock, Dice &dice, const QList<Visitor> &visitors, QDate day, int sessions)
{
    DeskDayWriter writer(desk, clock, officerOn(day));
    auto written = VisitingDay(writer, dice, desk.schedule(), desk.settings(), day).run(visitors, sessions);
    if (!written)
        return written.error();
    return written->tickets;
}

} // namespace kj::bench
