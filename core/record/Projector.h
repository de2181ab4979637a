#pragma once

#include "DayKey.h"
#include "Event.h"
#include "Queue.h"
#include "Result.h"

#include <QSqlDatabase>
#include <QSqlQuery>

#include <optional>

namespace kj {

// Writes the projections (roster, officers, settings, sessions) from events. The live write path
// and a rebuild both go through apply(), so they cannot disagree.
class Projector
{
public:
    explicit Projector(QSqlDatabase db);

    Result<void> apply(const Event &event);
    // Empties every projection table (inside the caller's transaction).
    Result<void> clear();
    // Forgets the cached queue of a day; call at every transaction start and rollback.
    void resetCache() { m_day.reset(); }

    // The facility-local service day of an event, as stored (yyyymmdd).
    static int dayKey(QDate date) { return date.year() * 10000 + date.month() * 100 + date.day(); }
    static QDate dayFromKey(int key) { return QDate(key / 10000, key / 100 % 100, key % 100); }
    static std::optional<QueueEvent::Type> queueTypeOf(const QString &eventType);
    static QLatin1String eventTypeOf(QueueEvent::Type type);
    // A queue event as it is appended (apply() reads it back): the ticket and its day, the
    // extra fields, and on sign-in the ticket's WBP, cell and contact.
    static EventDraft queueDraft(const QueueEvent &event, int day, const QString &actor,
                                 const QJsonObject &extra = {});
    // The extra fields of a call's end, as lean as the record allows: the outcome unless the call
    // was completed, the reason if one was given, the time talked, and the time allowed unless it
    // is the standard length plus the call's extensions (apply() derives it then).
    static QJsonObject endPayload(QLatin1String outcome, const QString &reason, qint64 activeMs,
                                  qint64 allowedMs, int extendedMinutes);
    // Runs one statement with positional values (forward-only); any failure becomes a database Error.
    static Result<QSqlQuery> run(const QSqlDatabase &db, const QString &sql, const QVariantList &values = {});
    // The queue of one day as the sessions table holds it.
    static Result<Queue> loadQueue(const QSqlDatabase &db, int day);
    // The kiosk survey's items (U1–U9), answered on a four-point scale (1 worst … 4 best).
    static constexpr int surveyItems = 9;
    // The payload of a survey answer as stored: {"scale":4, "u1":3, …, "u9":4}.
    static QJsonObject surveyPayload(const QList<int> &answers);

private:
    Result<void> applyQueueEvent(const Event &event, QueueEvent::Type type);
    Result<void> applyCallEvent(const Event &event);
    Result<void> applyRoster(const Event &event);
    Result<void> applyContact(const Event &event);
    Result<void> applyRestriction(const Event &event);
    Result<void> applyOfficer(const Event &event);
    Result<void> applySetting(const Event &event);
    Result<void> applySurvey(const Event &event);
    Result<void> applyComplaint(const Event &event);
    Result<void> addNote(qint64 sessionId, const Event &event, const QString &kind,
                         const QString &field, const QString &value, const QString &reason);
    Result<qint64> sessionId(int day, int ticket);

    QSqlDatabase m_db;
    struct DayCache
    {
        int day = 0;
        Queue queue;
    };
    std::optional<DayCache> m_day;
};

} // namespace kj
