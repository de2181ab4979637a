#pragma once

#include "ProjectionRows.h"

#include <deque>
#include <map>
#include <unordered_map>
#include <vector>

namespace kj {

// The projection rows held in memory: what the verifier replays the whole logbook into, to compare
// with the tables. Ids are assigned as the database assigns them (the next after the largest).
class MemoryRows final : public ProjectionRows
{
public:
    Result<std::optional<Rows::Session>> session(int day, int ticket) override;
    Result<QList<Rows::Session>> sessionsOf(int day) override;
    Result<void> putSession(Rows::Session &row) override;
    Result<void> addNote(Rows::Note row) override;
    Result<std::optional<Rows::Officer>> officer(qint64 id) override;
    Result<void> putOfficer(const Rows::Officer &row) override;
    Result<std::optional<Rows::Wbp>> wbp(qint64 id) override;
    Result<void> putWbp(const Rows::Wbp &row) override;
    Result<std::optional<Rows::Contact>> contact(qint64 id) override;
    Result<void> putContact(const Rows::Contact &row) override;
    Result<std::optional<Rows::Restriction>> restriction(qint64 id) override;
    Result<void> putRestriction(const Rows::Restriction &row) override;
    Result<void> putSetting(const Rows::Setting &row) override;
    Result<void> addSurvey(const Rows::Survey &row) override;
    Result<std::optional<Rows::Complaint>> complaint(qint64 id) override;
    Result<void> putComplaint(const Rows::Complaint &row) override;
    Result<void> addComplaintChange(const Rows::ComplaintChange &row) override;

    // The rows by key, as the tables order them.
    std::map<QString, Rows::Setting> settings;
    std::map<qint64, Rows::Officer> officers;
    std::map<qint64, Rows::Wbp> wbpRows;
    std::map<qint64, Rows::Contact> contacts;
    std::map<qint64, Rows::Restriction> restrictions;
    // By id: sessions[id - 1]. A deque grows without moving what it holds (a million sessions are
    // never copied to a larger block).
    std::deque<Rows::Session> sessions;
    std::deque<Rows::Note> notes; // by id: notes[id - 1]
    std::map<qint64, Rows::Survey> surveys;
    std::map<qint64, Rows::Complaint> complaints;
    std::map<qint64, Rows::ComplaintChange> complaintChanges;

private:
    static qint64 sessionKey(int day, int ticket) { return qint64(day) << 32 | quint32(ticket); }
    std::unordered_map<qint64, qint64> m_sessionIds; // sessionKey(day, ticket) → id
    std::unordered_map<int, std::vector<qint64>> m_daySessions; // day → its sessions' ids
};

} // namespace kj
