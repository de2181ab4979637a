#include "ServiceRecords.h"

#include "DayKey.h"
#include "Logbook.h"
#include "Sql.h"

#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace kj {

Result<QMap<QString, StoredSetting>> ServiceRecords::settings() const
{
    auto q = Sql::run(m_logbook.database(), u"SELECT key, value, actor FROM settings"_s);
    if (!q)
        return q.error();
    QMap<QString, StoredSetting> sections;
    while (q->next()) {
        sections.insert(q->value(0).toString(),
            { QJsonDocument::fromJson(q->value(1).toString().toUtf8()).object(), q->value(2).toString() });
    }
    return sections;
}

Result<QList<Complaint>> ServiceRecords::complaintList(const QString &where, const QVariantList &values) const
{
    auto q = Sql::run(m_logbook.database(),
        u"SELECT id, day, channel, who_digest, content, follow_up, status FROM complaints "_s + where,
        values);
    if (!q)
        return q.error();
    QList<Complaint> list;
    while (q->next()) {
        list.append({ q->value(0).toLongLong(), dayFromKey(q->value(1).toInt()), q->value(2).toString(),
            m_logbook.personal(q->value(3).toString()), q->value(4).toString(), q->value(5).toString(),
            q->value(6).toString() });
    }
    return list;
}

Result<std::optional<Complaint>> ServiceRecords::complaint(qint64 id) const
{
    auto list = complaintList(u"WHERE id = ?"_s, { id });
    if (!list)
        return list.error();
    return list->isEmpty() ? std::optional<Complaint>() : std::optional<Complaint>(list->constFirst());
}

Result<QList<Complaint>> ServiceRecords::complaints(QDate from, QDate to) const
{
    return complaintList(
        u"WHERE day BETWEEN ? AND ? ORDER BY day DESC, id DESC"_s, { dayKey(from), dayKey(to) });
}

Result<QList<ComplaintChange>> ServiceRecords::complaintChanges(qint64 id) const
{
    auto q = Sql::run(m_logbook.database(),
        u"SELECT seq, at, actor, status, follow_up FROM complaint_changes WHERE complaint_id = ? "
        "ORDER BY seq"_s,
        { id });
    if (!q)
        return q.error();
    QList<ComplaintChange> list;
    while (q->next()) {
        list.append(
            { q->value(0).toLongLong(), QDateTime::fromMSecsSinceEpoch(q->value(1).toLongLong(), Qt::UTC),
                q->value(2).toString(), q->value(3).toString(), q->value(4).toString() });
    }
    return list;
}

Result<SurveyTotals> ServiceRecords::survey(int fromDay, int toDay) const
{
    auto q = Sql::run(m_logbook.database(),
        u"SELECT count(*), sum(u1), sum(u2), sum(u3), sum(u4), sum(u5), sum(u6), sum(u7), sum(u8), sum(u9) "
        "FROM survey_answers WHERE day BETWEEN ? AND ?"_s,
        { fromDay, toDay });
    if (!q)
        return q.error();
    SurveyTotals totals;
    if (q->next()) {
        totals.respondents = q->value(0).toInt();
        for (int i = 0; i < 9; ++i)
            totals.itemTotals[size_t(i)] = q->value(i + 1).toLongLong(); // NULL (no rows) reads as 0
    }
    return totals;
}

Result<qint64> ServiceRecords::lastSurveyAtMs() const
{
    return Sql::number(m_logbook.database(),
        u"SELECT e.at FROM survey_answers s JOIN events e ON e.seq = s.seq ORDER BY s.seq DESC LIMIT 1"_s);
}

} // namespace kj
