#include "MemoryRows.h"

#include <algorithm>

namespace kj {

namespace {

template<typename Map> auto found(const Map &map, const typename Map::key_type &key)
{
    using Row = typename Map::mapped_type;
    const auto it = map.find(key);
    return it == map.end() ? std::optional<Row>() : std::optional<Row>(it->second);
}

} // namespace

Result<std::optional<Rows::Session>> MemoryRows::session(int day, int ticket)
{
    const auto days = m_days.find(day);
    if (days == m_days.end())
        return std::optional<Rows::Session>();
    const DayTickets &tickets = days->second;
    const auto it = std::lower_bound(tickets.begin(), tickets.end(), std::pair(ticket, qint64(0)));
    return it == tickets.end() || it->first != ticket
        ? std::optional<Rows::Session>()
        : std::optional<Rows::Session>(sessions[size_t(it->second - 1)]);
}

Result<QList<Rows::Session>> MemoryRows::sessionsOf(int day)
{
    QList<Rows::Session> rows;
    if (const auto it = m_days.find(day); it != m_days.end()) {
        rows.reserve(qsizetype(it->second.size()));
        for (const auto &[ticket, id] : it->second)
            rows.append(sessions[size_t(id - 1)]);
    }
    return rows;
}

Result<void> MemoryRows::putSession(Rows::Session &row)
{
    if (!row.id) {
        row.id = qint64(sessions.size()) + 1;
        sessions.push_back(row);
        DayTickets &tickets = m_days[row.day];
        const std::pair entry(row.ticket, row.id);
        if (tickets.empty() || tickets.back() < entry)
            tickets.push_back(entry);
        else
            tickets.insert(std::lower_bound(tickets.begin(), tickets.end(), entry), entry);
        return {};
    }
    sessions[size_t(row.id - 1)] = row;
    return {};
}

Result<void> MemoryRows::addNote(Rows::Note row)
{
    row.id = qint64(notes.size()) + 1;
    notes.push_back(row);
    return {};
}

Result<std::optional<Rows::Officer>> MemoryRows::officer(qint64 id)
{
    return found(officers, id);
}

Result<void> MemoryRows::putOfficer(const Rows::Officer &row)
{
    officers[row.id] = row;
    return {};
}

Result<std::optional<Rows::Wbp>> MemoryRows::wbp(qint64 id)
{
    return found(wbpRows, id);
}

Result<void> MemoryRows::putWbp(const Rows::Wbp &row)
{
    wbpRows[row.id] = row;
    return {};
}

Result<std::optional<Rows::Contact>> MemoryRows::contact(qint64 id)
{
    return found(contacts, id);
}

Result<void> MemoryRows::putContact(const Rows::Contact &row)
{
    contacts[row.id] = row;
    return {};
}

Result<std::optional<Rows::Restriction>> MemoryRows::restriction(qint64 id)
{
    return found(restrictions, id);
}

Result<void> MemoryRows::putRestriction(const Rows::Restriction &row)
{
    restrictions[row.id] = row;
    return {};
}

Result<void> MemoryRows::putSetting(const Rows::Setting &row)
{
    settings[row.key] = row;
    return {};
}

Result<void> MemoryRows::addSurvey(const Rows::Survey &row)
{
    surveys[row.seq] = row;
    return {};
}

Result<std::optional<Rows::Complaint>> MemoryRows::complaint(qint64 id)
{
    return found(complaints, id);
}

Result<void> MemoryRows::putComplaint(const Rows::Complaint &row)
{
    complaints[row.id] = row;
    return {};
}

Result<void> MemoryRows::addComplaintChange(const Rows::ComplaintChange &row)
{
    complaintChanges[row.seq] = row;
    return {};
}

} // namespace kj
