#pragma once

#include "ProjectionRows.h"

#include <map>
#include <unordered_map>
#include <vector>

namespace kj {

// Rows by id (rows[id - 1]) in blocks of a few thousand: growing never moves a row, and a block is
// one allocation, where a deque makes one per row of this size.
template<typename Row> class RowBlocks
{
public:
    static constexpr size_t blockSize = 4096;

    size_t size() const { return m_size; }
    Row &operator[](size_t i) { return m_blocks[i / blockSize][i % blockSize]; }
    void push_back(const Row &row)
    {
        if (m_size % blockSize == 0)
            m_blocks.emplace_back().reserve(blockSize);
        m_blocks.back().push_back(row);
        ++m_size;
    }
    template<typename Fn> void forEach(Fn fn) const
    {
        for (const std::vector<Row> &block : m_blocks) {
            for (const Row &row : block)
                fn(row);
        }
    }

private:
    std::vector<std::vector<Row>> m_blocks;
    size_t m_size = 0;
};

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
    RowBlocks<Rows::Session> sessions;
    RowBlocks<Rows::Note> notes;
    std::map<qint64, Rows::Survey> surveys;
    std::map<qint64, Rows::Complaint> complaints;
    std::map<qint64, Rows::ComplaintChange> complaintChanges;

private:
    // A day's sessions as (ticket, id), in ticket order: tickets are handed out in order, so a new
    // one is nearly always appended, and a lookup is a binary search among one day's tickets.
    using DayTickets = std::vector<std::pair<int, qint64>>;
    std::unordered_map<int, DayTickets> m_days;
};

} // namespace kj
