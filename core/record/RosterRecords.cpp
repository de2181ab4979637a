#include "RosterRecords.h"

#include "Logbook.h"
#include "Queue.h"
#include "Schedule.h"
#include "Sql.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace kj {

namespace {

const QString wbpColumns
    = u"id, reg_no, name, aliases, block, cell, status, active, entry_date, expiry_date"_s;

Wbp wbpFrom(const QSqlQuery &q)
{
    return Wbp { q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString(),
        q.value(4).toString(), q.value(5).toString(), q.value(6).toString(), q.value(7).toBool(),
        QDate::fromString(q.value(8).toString(), Qt::ISODate),
        QDate::fromString(q.value(9).toString(), Qt::ISODate) };
}

Result<QList<Wbp>> wbpList(const QSqlDatabase &db, const QString &where, const QVariantList &values)
{
    auto q = Sql::run(db, u"SELECT "_s + wbpColumns + u" FROM wbp "_s + where, values);
    if (!q)
        return q.error();
    QList<Wbp> list;
    while (q->next())
        list.append(wbpFrom(*q));
    return list;
}

Result<std::optional<Wbp>> oneWbp(const QSqlDatabase &db, const QString &where, const QVariantList &values)
{
    auto list = wbpList(db, where, values);
    if (!list)
        return list.error();
    return list->isEmpty() ? std::optional<Wbp>() : std::optional<Wbp>(list->constFirst());
}

QDate isoDate(const QVariant &value)
{
    return QDate::fromString(value.toString(), Qt::ISODate);
}

Restriction restrictionFrom(const QSqlQuery &q, int first)
{
    return Restriction { q.value(first).toLongLong(), q.value(first + 1).toLongLong(),
        q.value(first + 2).toString(), isoDate(q.value(first + 3)), isoDate(q.value(first + 4)),
        q.value(first + 5).toBool() };
}

const QString restrictionColumns = u"r.id, r.wbp_id, r.reason, r.from_day, r.to_day, r.lifted"_s;

// The positional marks of a list of values: "?, ?, ?".
QString marks(qsizetype count)
{
    QStringList list;
    for (qsizetype i = 0; i < count; ++i)
        list.append(u"?"_s);
    return list.join(u", "_s);
}

} // namespace

Result<std::optional<Wbp>> RosterRecords::wbp(qint64 id) const
{
    return oneWbp(m_logbook.database(), u"WHERE id = ?"_s, { id });
}

Result<std::optional<Wbp>> RosterRecords::wbpByRegisterNumber(const QString &registerNumber) const
{
    return oneWbp(m_logbook.database(), u"WHERE reg_no = ?"_s, { registerNumber.trimmed() });
}

Result<QList<Wbp>> RosterRecords::wbpInCell(const QString &cell) const
{
    return wbpList(m_logbook.database(), u"WHERE cell = ? AND active = 1 ORDER BY name"_s,
        { Schedule::normalizeCell(cell) });
}

Result<QList<Wbp>> RosterRecords::searchWbp(const QString &text, int limit) const
{
    const QString pattern = u'%' + text.simplified().toLower() + u'%';
    return wbpList(m_logbook.database(),
        u"WHERE active = 1 AND (lower(name) LIKE ? OR lower(reg_no) LIKE ? OR lower(aliases) LIKE ?) "
        "ORDER BY name LIMIT ?"_s,
        { pattern, pattern, pattern, limit });
}

Result<QList<Wbp>> RosterRecords::allWbp(bool includeInactive, const QString &cell) const
{
    QStringList where;
    QVariantList values;
    if (!includeInactive)
        where.append(u"active = 1"_s);
    if (!cell.trimmed().isEmpty()) {
        where.append(u"cell = ?"_s);
        values.append(Schedule::normalizeCell(cell));
    }
    auto list = wbpList(
        m_logbook.database(), where.isEmpty() ? QString() : u"WHERE "_s + where.join(u" AND "_s), values);
    if (!list)
        return list;
    // Cells by their number ("9" before "12", "12A" beside "12"), then by name.
    auto cellNumber = [](const QString &cell) {
        qsizetype digits = 0;
        while (digits < cell.size() && cell[digits].isDigit())
            ++digits;
        return cell.left(digits).toLongLong();
    };
    std::stable_sort(list->begin(), list->end(), [&](const Wbp &a, const Wbp &b) {
        const qint64 na = cellNumber(a.cell);
        const qint64 nb = cellNumber(b.cell);
        if (na != nb)
            return na < nb;
        if (a.cell != b.cell)
            return a.cell < b.cell;
        return a.name.compare(b.name, Qt::CaseInsensitive) < 0;
    });
    return list;
}

Result<QList<Wbp>> RosterRecords::notVisited(const QStringList &cells, int fromDay, int toDay) const
{
    if (cells.isEmpty())
        return QList<Wbp>();
    // One read for all the cells (the sessions' WBP index answers "any completed call in the
    // range"), not a query per WBP.
    QVariantList values;
    for (const QString &cell : cells)
        values.append(cell);
    values << fromDay << toDay << int(TicketState::Done);
    return wbpList(m_logbook.database(),
        u"WHERE active = 1 AND cell IN ("_s + marks(cells.size())
            + u") AND NOT EXISTS (SELECT 1 FROM sessions s WHERE s.wbp_id = wbp.id AND s.day >= ? "
              "AND s.day <= ? AND s.state = ?) ORDER BY cell, name"_s,
        values);
}

Result<QHash<QString, int>> RosterRecords::activeWbpPerCell() const
{
    auto q
        = Sql::run(m_logbook.database(), u"SELECT cell, count(*) FROM wbp WHERE active = 1 GROUP BY cell"_s);
    if (!q)
        return q.error();
    QHash<QString, int> counts;
    while (q->next())
        counts.insert(q->value(0).toString(), q->value(1).toInt());
    return counts;
}

Result<RosterSize> RosterRecords::size() const
{
    auto q = Sql::run(m_logbook.database(),
        u"SELECT (SELECT count(*) FROM wbp WHERE active = 1), "
        "(SELECT count(*) FROM contacts WHERE active = 1 AND approved = 1)"_s);
    if (!q)
        return q.error();
    if (!q->next())
        return RosterSize {};
    return RosterSize { q->value(0).toInt(), q->value(1).toInt() };
}

Result<QList<Contact>> RosterRecords::contactsOf(qint64 wbpId, bool includeInactive) const
{
    auto q = Sql::run(m_logbook.database(),
        u"SELECT id, wbp_id, name_digest, phone_digest, relation, approved, active FROM contacts "
        "WHERE wbp_id = ?"_s
            + (includeInactive ? QString() : u" AND active = 1"_s) + u" ORDER BY id"_s,
        { wbpId });
    if (!q)
        return q.error();
    QList<Contact> list;
    while (q->next()) {
        list.append(Contact { q->value(0).toLongLong(), q->value(1).toLongLong(),
            m_logbook.personal(q->value(2).toString()), q->value(4).toString(),
            m_logbook.personal(q->value(3).toString()), q->value(5).toBool(), q->value(6).toBool() });
    }
    return list;
}

Result<QList<Contact>> RosterRecords::kioskContactsOf(qint64 wbpId) const
{
    auto q = Sql::run(m_logbook.database(),
        u"SELECT id, relation, approved FROM contacts WHERE wbp_id = ? AND active = 1 ORDER BY id"_s,
        { wbpId });
    if (!q)
        return q.error();
    QList<Contact> list;
    while (q->next()) {
        const qint64 id = q->value(0).toLongLong();
        const auto [firstName, phoneTail] = m_logbook.kioskContact(id);
        list.append(
            Contact { id, wbpId, firstName, q->value(1).toString(), phoneTail, q->value(2).toBool(), true });
    }
    return list;
}

Result<std::optional<Contact>> RosterRecords::contact(qint64 id) const
{
    auto q = Sql::run(m_logbook.database(),
        u"SELECT id, wbp_id, name_digest, phone_digest, relation, approved, active FROM contacts "
        "WHERE id = ?"_s,
        { id });
    if (!q)
        return q.error();
    if (!q->next())
        return std::optional<Contact>();
    return std::optional<Contact>(Contact { q->value(0).toLongLong(), q->value(1).toLongLong(),
        m_logbook.personal(q->value(2).toString()), q->value(4).toString(),
        m_logbook.personal(q->value(3).toString()), q->value(5).toBool(), q->value(6).toBool() });
}

Result<QList<Restriction>> RosterRecords::restrictionsOf(qint64 wbpId) const
{
    auto q = Sql::run(m_logbook.database(),
        u"SELECT "_s + restrictionColumns + u" FROM restrictions r WHERE r.wbp_id = ? ORDER BY r.from_day"_s,
        { wbpId });
    if (!q)
        return q.error();
    QList<Restriction> list;
    while (q->next())
        list.append(restrictionFrom(*q, 0));
    return list;
}

Result<QList<RestrictionLine>> RosterRecords::restrictionsIn(QDate first, QDate last) const
{
    auto q = Sql::run(m_logbook.database(),
        u"SELECT w.name, w.reg_no, w.cell, "_s + restrictionColumns
            + u" FROM restrictions r JOIN wbp w ON w.id = r.wbp_id WHERE r.from_day <= ? "
              "AND (r.to_day IS NULL OR r.to_day >= ?) ORDER BY r.from_day, w.name"_s,
        { last.toString(Qt::ISODate), first.toString(Qt::ISODate) });
    if (!q)
        return q.error();
    QList<RestrictionLine> list;
    while (q->next()) {
        const Restriction r = restrictionFrom(*q, 3);
        list.append({ q->value(0).toString(), q->value(1).toString(), q->value(2).toString(), r.reason,
            r.from, r.to, r.lifted });
    }
    return list;
}

} // namespace kj
