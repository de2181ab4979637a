#include "OfficerRecords.h"

#include "Logbook.h"
#include "Sql.h"

using namespace Qt::StringLiterals;

namespace kj {

Result<QList<Officer>> OfficerRecords::list(bool includeInactive) const
{
    auto q = Sql::run(m_logbook.database(),
        u"SELECT id, name, role, active FROM officers"_s
            + (includeInactive ? QString() : u" WHERE active = 1"_s) + u" ORDER BY name"_s);
    if (!q)
        return q.error();
    QList<Officer> list;
    while (q->next())
        list.append({ q->value(0).toLongLong(), q->value(1).toString(), q->value(2).toString(),
            q->value(3).toBool() });
    return list;
}

Result<std::optional<OfficerAccount>> OfficerRecords::accountWhere(
    const QString &where, const QVariant &value) const
{
    auto q = Sql::run(m_logbook.database(),
        u"SELECT o.id, o.name, o.role, o.active, coalesce(p.hash, ''), coalesce(p.previous, ''), "
        "coalesce(o.pin_check, ''), o.failed, coalesce(o.last_failed, 0) FROM officers o "
        "LEFT JOIN officer_pins p ON p.officer_id = o.id WHERE "_s
            + where,
        { value });
    if (!q)
        return q.error();
    if (!q->next())
        return std::optional<OfficerAccount>();
    return std::optional<OfficerAccount>(OfficerAccount {
        { q->value(0).toLongLong(), q->value(1).toString(), q->value(2).toString(), q->value(3).toBool() },
        q->value(4).toString(), q->value(5).toString(), q->value(6).toString(), q->value(7).toInt(),
        q->value(8).toLongLong() });
}

Result<std::optional<OfficerAccount>> OfficerRecords::account(const QString &name) const
{
    return accountWhere(u"lower(o.name) = lower(?)"_s, name.simplified());
}

Result<std::optional<OfficerAccount>> OfficerRecords::account(qint64 id) const
{
    return accountWhere(u"o.id = ?"_s, id);
}

Result<QHash<qint64, QString>> OfficerRecords::names() const
{
    auto q = Sql::run(m_logbook.database(), u"SELECT id, name FROM officers"_s);
    if (!q)
        return q.error();
    QHash<qint64, QString> names;
    while (q->next())
        names.insert(q->value(0).toLongLong(), q->value(1).toString());
    return names;
}

} // namespace kj
