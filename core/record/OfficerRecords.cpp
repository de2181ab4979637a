#include "OfficerRecords.h"

#include "Logbook.h"
#include "Sql.h"

using namespace Qt::StringLiterals;

namespace kj {

Result<QList<Officer>> OfficerRecords::list(bool includeInactive) const
{
    auto q = Sql::run(m_logbook.database(), u"SELECT id, name, role, active FROM officers"_s
                                                + (includeInactive ? QString() : u" WHERE active = 1"_s)
                                                + u" ORDER BY name"_s);
    if (!q)
        return q.error();
    QList<Officer> list;
    while (q->next())
        list.append({q->value(0).toLongLong(), q->value(1).toString(), q->value(2).toString(), q->value(3).toBool()});
    return list;
}

Result<std::optional<OfficerAccount>> OfficerRecords::account(const QString &name) const
{
    auto q = Sql::run(m_logbook.database(),
                      u"SELECT id, name, role, active, pin_hash, failed, coalesce(last_failed, 0) FROM officers "
                      "WHERE lower(name) = lower(?)"_s,
                      {name.simplified()});
    if (!q)
        return q.error();
    if (!q->next())
        return std::optional<OfficerAccount>();
    return std::optional<OfficerAccount>(OfficerAccount{
        {q->value(0).toLongLong(), q->value(1).toString(), q->value(2).toString(), q->value(3).toBool()},
        q->value(4).toString(),
        q->value(5).toInt(),
        q->value(6).toLongLong()});
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
