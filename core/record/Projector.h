#pragma once

#include "Event.h"
#include "Queue.h"
#include "Result.h"
#include "Rows.h"

#include <QSet>

#include <optional>

namespace kj {

class ProjectionRows;

// Computes the projection rows (roster, officers, settings, sessions …) from the events, reading
// and writing them through ProjectionRows. The live write path, a rebuild and the verifier's
// replay all go through apply(), so they cannot disagree.
class Projector
{
public:
    explicit Projector(ProjectionRows &rows)
        : m_rows(rows)
    { }

    Result<void> apply(const Event &event);
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
    Result<Rows::Session> existingSession(int day, int ticket);
    Result<void> addNote(const Rows::Session &session, const Event &event, const QString &kind,
        const QString &field, const QString &value, const QString &reason);

    // The one copy of a cell name or outcome that every session carrying it shares: the verifier's
    // million sessions then hold no text of their own to allocate and free.
    const QString &shared(const QString &text);

    ProjectionRows &m_rows;
    QSet<QString> m_shared;
    struct DayCache
    {
        int day = 0;
        Queue queue;
    };
    std::optional<DayCache> m_day;
};

} // namespace kj
