#pragma once

#include "Result.h"
#include "Rows.h"

#include <QList>

#include <optional>

namespace kj {

// Where the Projector reads and writes the projection rows: the tables themselves on the live path
// (SqlRows), or memory when the verifier replays the whole logbook (MemoryRows). Rows are read
// and written whole, by key.
class ProjectionRows
{
public:
    virtual ~ProjectionRows() = default;

    virtual Result<std::optional<Rows::Session>> session(int day, int ticket) = 0;
    // The sessions of one day, by ticket.
    virtual Result<QList<Rows::Session>> sessionsOf(int day) = 0;
    // Writes a session; one with id 0 is new and gets its id here.
    virtual Result<void> putSession(Rows::Session &row) = 0;
    // Adds a note; it gets its id here.
    virtual Result<void> addNote(Rows::Note row) = 0;

    virtual Result<std::optional<Rows::Officer>> officer(qint64 id) = 0;
    virtual Result<void> putOfficer(const Rows::Officer &row) = 0;
    virtual Result<std::optional<Rows::Wbp>> wbp(qint64 id) = 0;
    virtual Result<void> putWbp(const Rows::Wbp &row) = 0;
    virtual Result<std::optional<Rows::Contact>> contact(qint64 id) = 0;
    virtual Result<void> putContact(const Rows::Contact &row) = 0;
    virtual Result<std::optional<Rows::Restriction>> restriction(qint64 id) = 0;
    virtual Result<void> putRestriction(const Rows::Restriction &row) = 0;
    virtual Result<void> putSetting(const Rows::Setting &row) = 0;
    virtual Result<void> addSurvey(const Rows::Survey &row) = 0;
    virtual Result<std::optional<Rows::Complaint>> complaint(qint64 id) = 0;
    virtual Result<void> putComplaint(const Rows::Complaint &row) = 0;
    virtual Result<void> addComplaintChange(const Rows::ComplaintChange &row) = 0;
};

} // namespace kj
