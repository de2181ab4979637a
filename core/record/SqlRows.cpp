#include "SqlRows.h"

#include "Schema.h"
#include "Sql.h"

using namespace Qt::StringLiterals;

namespace kj {

namespace {

// A row of a Qt Sql query.
class QtCursor final : public Rows::Cursor
{
public:
    explicit QtCursor(const QSqlQuery &q)
        : m_q(q)
    { }
    bool isNull(int column) const override { return m_q.isNull(column); }
    qint64 integer(int column) const override { return m_q.value(column).toLongLong(); }
    QString text(int column) const override { return m_q.value(column).toString(); }
    QByteArray bytes(int column) const override { return m_q.value(column).toByteArray(); }

private:
    const QSqlQuery &m_q;
};

QVariant value(const std::optional<qint64> &v)
{
    return v ? QVariant(*v) : QVariant(QMetaType::fromType<qint64>());
}

QVariant value(const std::optional<QString> &v)
{
    return v ? QVariant(*v) : Sql::null();
}

// A text of a NOT NULL column: a null QString would be bound as NULL.
QString text(const QString &s)
{
    return s.isNull() ? QString(u""_s) : s;
}

int flag(bool b)
{
    return b ? 1 : 0;
}

QStringList columnList(const Rows::Table &table)
{
    return QString::fromLatin1(table.columns).split(u", "_s);
}

} // namespace

template<typename Row>
Result<QList<Row>> SqlRows::select(
    const QSqlDatabase &db, const Rows::Table &table, const QString &where, const QVariantList &values)
{
    auto q = Sql::run(db,
        u"SELECT %1 FROM %2 %3 ORDER BY %4"_s.arg(
            QLatin1String(table.columns), QLatin1String(table.name), where, QLatin1String(table.key)),
        values);
    if (!q)
        return q.error();
    QList<Row> rows;
    const QtCursor cursor(*q);
    while (q->next()) {
        Row row;
        Rows::read(cursor, row);
        rows.append(row);
    }
    return rows;
}

template Result<QList<Rows::Setting>> SqlRows::select(
    const QSqlDatabase &, const Rows::Table &, const QString &, const QVariantList &);
template Result<QList<Rows::Officer>> SqlRows::select(
    const QSqlDatabase &, const Rows::Table &, const QString &, const QVariantList &);
template Result<QList<Rows::Wbp>> SqlRows::select(
    const QSqlDatabase &, const Rows::Table &, const QString &, const QVariantList &);
template Result<QList<Rows::Contact>> SqlRows::select(
    const QSqlDatabase &, const Rows::Table &, const QString &, const QVariantList &);
template Result<QList<Rows::Restriction>> SqlRows::select(
    const QSqlDatabase &, const Rows::Table &, const QString &, const QVariantList &);
template Result<QList<Rows::Session>> SqlRows::select(
    const QSqlDatabase &, const Rows::Table &, const QString &, const QVariantList &);
template Result<QList<Rows::Note>> SqlRows::select(
    const QSqlDatabase &, const Rows::Table &, const QString &, const QVariantList &);
template Result<QList<Rows::Survey>> SqlRows::select(
    const QSqlDatabase &, const Rows::Table &, const QString &, const QVariantList &);
template Result<QList<Rows::Complaint>> SqlRows::select(
    const QSqlDatabase &, const Rows::Table &, const QString &, const QVariantList &);
template Result<QList<Rows::ComplaintChange>> SqlRows::select(
    const QSqlDatabase &, const Rows::Table &, const QString &, const QVariantList &);

template<typename Row>
Result<std::optional<Row>> SqlRows::one(
    const Rows::Table &table, const QString &where, const QVariantList &values)
{
    auto rows = select<Row>(m_db, table, where, values);
    if (!rows)
        return rows.error();
    return rows->isEmpty() ? std::optional<Row>() : std::optional<Row>(rows->constFirst());
}

Result<void> SqlRows::upsert(const Rows::Table &table, const QVariantList &values)
{
    const QStringList columns = columnList(table);
    QStringList marks;
    QStringList updates;
    for (const QString &column : columns) {
        marks.append(u"?"_s);
        if (column != QLatin1String(table.key))
            updates.append(u"%1 = excluded.%1"_s.arg(column));
    }
    auto r = Sql::run(m_db,
        u"INSERT INTO %1(%2) VALUES (%3) ON CONFLICT(%4) DO UPDATE SET %5"_s.arg(QLatin1String(table.name),
            QLatin1String(table.columns), marks.join(u", "_s), QLatin1String(table.key),
            updates.join(u", "_s)),
        values);
    if (!r)
        return r.error();
    return {};
}

Result<void> SqlRows::insert(const Rows::Table &table, const QVariantList &values)
{
    // Without the first column, the id the database assigns.
    QStringList columns = columnList(table);
    columns.removeFirst();
    QStringList marks;
    for (qsizetype i = 0; i < columns.size(); ++i)
        marks.append(u"?"_s);
    auto r = Sql::run(m_db,
        u"INSERT INTO %1(%2) VALUES (%3)"_s.arg(
            QLatin1String(table.name), columns.join(u", "_s), marks.join(u", "_s)),
        values);
    if (!r)
        return r.error();
    return {};
}

Result<void> SqlRows::clear()
{
    for (const QString &table : projectionTables()) {
        if (auto r = Sql::run(m_db, u"DELETE FROM "_s + table); !r)
            return r.error();
    }
    return {};
}

Result<std::optional<Rows::Session>> SqlRows::session(int day, int ticket)
{
    return one<Rows::Session>(Rows::sessionsTable, u"WHERE day = ? AND ticket = ?"_s, { day, ticket });
}

Result<QList<Rows::Session>> SqlRows::sessionsOf(int day)
{
    auto rows = select<Rows::Session>(m_db, Rows::sessionsTable, u"WHERE day = ?"_s, { day });
    if (rows)
        std::sort(
            rows->begin(), rows->end(), [](const auto &a, const auto &b) { return a.ticket < b.ticket; });
    return rows;
}

Result<void> SqlRows::putSession(Rows::Session &s)
{
    const QVariantList values { s.day, s.ticket, s.wbpId, text(s.cell), value(s.contactId), s.state,
        s.station, s.orderKey, s.recalls, s.retries, s.signedIn, value(s.called), value(s.started),
        value(s.ended), value(s.pauseFrom), s.pausedMs, s.extendedMin, flag(s.warned), flag(s.timedUp),
        value(s.durationMs), value(s.allowedMs), value(s.outcome), value(s.officerId), flag(s.amended) };
    if (s.id)
        return upsert(Rows::sessionsTable, QVariantList { s.id } + values);
    if (auto r = insert(Rows::sessionsTable, values); !r)
        return r;
    auto id
        = Sql::number(m_db, u"SELECT id FROM sessions WHERE day = ? AND ticket = ?"_s, { s.day, s.ticket });
    if (!id)
        return id.error();
    s.id = *id;
    return {};
}

Result<void> SqlRows::addNote(Rows::Note n)
{
    return insert(
        Rows::notesTable, { n.sessionId, n.seq, text(n.kind), text(n.field), text(n.value), text(n.reason) });
}

Result<std::optional<Rows::Officer>> SqlRows::officer(qint64 id)
{
    return one<Rows::Officer>(Rows::officersTable, u"WHERE id = ?"_s, { id });
}

Result<void> SqlRows::putOfficer(const Rows::Officer &o)
{
    return upsert(Rows::officersTable,
        { o.id, text(o.name), text(o.role), flag(o.active), o.failed, value(o.lastFailed), value(o.firstDay),
            value(o.lastDay), value(o.pinCheck) });
}

Result<std::optional<Rows::Wbp>> SqlRows::wbp(qint64 id)
{
    return one<Rows::Wbp>(Rows::wbpTable, u"WHERE id = ?"_s, { id });
}

Result<void> SqlRows::putWbp(const Rows::Wbp &w)
{
    return upsert(Rows::wbpTable,
        { w.id, text(w.registerNumber), text(w.name), text(w.aliases), text(w.block), text(w.cell),
            text(w.status), value(w.entryDate), value(w.expiryDate), flag(w.active) });
}

Result<std::optional<Rows::Contact>> SqlRows::contact(qint64 id)
{
    return one<Rows::Contact>(Rows::contactsTable, u"WHERE id = ?"_s, { id });
}

Result<void> SqlRows::putContact(const Rows::Contact &c)
{
    return upsert(Rows::contactsTable,
        { c.id, c.wbpId, text(c.nameDigest), text(c.phoneDigest), text(c.relation), flag(c.approved),
            flag(c.active) });
}

Result<std::optional<Rows::Restriction>> SqlRows::restriction(qint64 id)
{
    return one<Rows::Restriction>(Rows::restrictionsTable, u"WHERE id = ?"_s, { id });
}

Result<void> SqlRows::putRestriction(const Rows::Restriction &r)
{
    return upsert(Rows::restrictionsTable,
        { r.id, r.wbpId, text(r.reason), text(r.fromDay), value(r.toDay), flag(r.lifted) });
}

Result<void> SqlRows::putSetting(const Rows::Setting &s)
{
    return upsert(Rows::settingsTable, { text(s.key), text(s.value), s.seq, text(s.actor) });
}

Result<void> SqlRows::addSurvey(const Rows::Survey &s)
{
    QVariantList values { s.seq, s.day };
    for (int answer : s.answers)
        values.append(answer);
    return upsert(Rows::surveyTable, values);
}

Result<std::optional<Rows::Complaint>> SqlRows::complaint(qint64 id)
{
    return one<Rows::Complaint>(Rows::complaintsTable, u"WHERE id = ?"_s, { id });
}

Result<void> SqlRows::putComplaint(const Rows::Complaint &c)
{
    return upsert(Rows::complaintsTable,
        { c.id, c.day, text(c.channel), text(c.whoDigest), text(c.content), text(c.followUp),
            text(c.status) });
}

Result<void> SqlRows::addComplaintChange(const Rows::ComplaintChange &c)
{
    return upsert(Rows::complaintChangesTable,
        { c.seq, c.complaintId, c.at, text(c.actor), text(c.status), text(c.followUp) });
}

} // namespace kj
