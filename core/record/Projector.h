#pragma once

#include "DayKey.h"
#include "Event.h"
#include "Queue.h"
#include "Result.h"

#include <QSqlDatabase>

#include <optional>

namespace kj {

class Logbook;

// Writes the projections (roster, officers, settings, sessions) from events. The live write path
// and a rebuild both go through apply(), so they cannot disagree.
class Projector
{
public:
    explicit Projector(const Logbook &logbook);

    Result<void> apply(const Event &event);
    // Empties every projection table (inside the caller's transaction).
    Result<void> clear();
    // Forgets the cached queue of a day; call at every transaction start and rollback.
    void resetCache() { m_day.reset(); }

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

    const Logbook &m_logbook;
    QSqlDatabase m_db;
    struct DayCache
    {
        int day = 0;
        Queue queue;
    };
    std::optional<DayCache> m_day;
};

} // namespace kj
