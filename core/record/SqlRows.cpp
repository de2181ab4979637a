#include "SqlRows.h"

#include "MemoryRows.h"
#include "Schema.h"
#include "Sql.h"

using namespace Qt::StringLiterals;

namespace kj {

namespace {

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

// Each row's values in its table's column order (Rows::Table::columns), as bound to a statement.
QVariantList bound(const Rows::Session &s)
{
    return { s.id, s.day, s.ticket, s.wbpId, text(s.cell), value(s.contactId), s.state, s.station, s.orderKey,
        s.recalls, s.retries, s.signedIn, value(s.called), value(s.started), value(s.ended),
        value(s.pauseFrom), s.pausedMs, s.extendedMin, flag(s.warned), flag(s.timedUp), value(s.durationMs),
        value(s.allowedMs), value(s.outcome), value(s.officerId), flag(s.amended) };
}

QVariantList bound(const Rows::Note &n)
{
    return { n.id, n.sessionId, n.seq, text(n.kind), text(n.field), text(n.value), text(n.reason) };
}

QVariantList bound(const Rows::Officer &o)
{
    return { o.id, text(o.name), text(o.role), flag(o.active), o.failed, value(o.lastFailed),
        value(o.firstDay), value(o.lastDay), value(o.pinCheck) };
}

QVariantList bound(const Rows::Wbp &w)
{
    return { w.id, text(w.registerNumber), text(w.name), text(w.aliases), text(w.block), text(w.cell),
        text(w.status), value(w.entryDate), value(w.expiryDate), flag(w.active) };
}

QVariantList bound(const Rows::Contact &c)
{
    return { c.id, c.wbpId, text(c.nameDigest), text(c.phoneDigest), text(c.relation), flag(c.approved),
        flag(c.active) };
}

QVariantList bound(const Rows::Restriction &r)
{
    return { r.id, r.wbpId, text(r.reason), text(r.fromDay), value(r.toDay), flag(r.lifted) };
}

QVariantList bound(const Rows::Setting &s)
{
    return { text(s.key), text(s.value), s.seq, text(s.actor) };
}

QVariantList bound(const Rows::Survey &s)
{
    QVariantList values { s.seq, s.day };
    for (int answer : s.answers)
        values.append(answer);
    return values;
}

QVariantList bound(const Rows::Complaint &c)
{
    return { c.id, c.day, text(c.channel), text(c.whoDigest), text(c.content), text(c.followUp),
        text(c.status) };
}

QVariantList bound(const Rows::ComplaintChange &c)
{
    return { c.seq, c.complaintId, c.at, text(c.actor), text(c.status), text(c.followUp) };
}

Result<void> insertOne(const QSqlDatabase &db, const Rows::Table &table, const QVariantList &values)
{
    BulkInsert insert(db, QLatin1String(table.name), QLatin1String(table.columns));
    if (auto added = insert.add(values); !added)
        return added;
    return insert.finish();
}

template<typename Map>
Result<void> insertAll(const QSqlDatabase &db, const Rows::Table &table, const Map &rows)
{
    BulkInsert insert(db, QLatin1String(table.name), QLatin1String(table.columns));
    for (const auto &[key, row] : rows) {
        if (auto r = insert.add(bound(row)); !r)
            return r;
    }
    return insert.finish();
}

template<typename Row>
Result<void> insertAll(const QSqlDatabase &db, const Rows::Table &table, const RowBlocks<Row> &rows)
{
    BulkInsert insert(db, QLatin1String(table.name), QLatin1String(table.columns));
    Result<void> result;
    rows.forEach([&](const Row &row) {
        if (result)
            result = insert.add(bound(row));
    });
    return result ? insert.finish() : result;
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
    const SqlCursor cursor(*q);
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
    // The first column, the id, is the next after the largest: what SQLite gives a row without one,
    // written out so that every store numbers the rows alike (a replay must give the same ids).
    const QStringList columns = columnList(table);
    QStringList marks { u"(SELECT coalesce(max(%1), 0) + 1 FROM %2)"_s.arg(
        columns.constFirst(), QLatin1String(table.name)) };
    for (qsizetype i = 1; i < columns.size(); ++i)
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

Result<void> SqlRows::insertAll(const MemoryRows &rows)
{
    const Result<void> inserted[] = {
        kj::insertAll(m_db, Rows::settingsTable, rows.settings),
        kj::insertAll(m_db, Rows::officersTable, rows.officers),
        kj::insertAll(m_db, Rows::wbpTable, rows.wbpRows),
        kj::insertAll(m_db, Rows::contactsTable, rows.contacts),
        kj::insertAll(m_db, Rows::restrictionsTable, rows.restrictions),
        kj::insertAll(m_db, Rows::sessionsTable, rows.sessions),
        kj::insertAll(m_db, Rows::notesTable, rows.notes),
        kj::insertAll(m_db, Rows::surveyTable, rows.surveys),
        kj::insertAll(m_db, Rows::complaintsTable, rows.complaints),
        kj::insertAll(m_db, Rows::complaintChangesTable, rows.complaintChanges),
    };
    for (const Result<void> &r : inserted) {
        if (!r)
            return r;
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
    if (s.id)
        return upsert(Rows::sessionsTable, bound(s));
    if (auto r = insert(Rows::sessionsTable, bound(s).mid(1)); !r)
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
    return insert(Rows::notesTable, bound(n).mid(1));
}

Result<std::optional<Rows::Officer>> SqlRows::officer(qint64 id)
{
    return one<Rows::Officer>(Rows::officersTable, u"WHERE id = ?"_s, { id });
}

Result<void> SqlRows::putOfficer(const Rows::Officer &o)
{
    return upsert(Rows::officersTable, bound(o));
}

Result<std::optional<Rows::Wbp>> SqlRows::wbp(qint64 id)
{
    return one<Rows::Wbp>(Rows::wbpTable, u"WHERE id = ?"_s, { id });
}

Result<void> SqlRows::putWbp(const Rows::Wbp &w)
{
    return upsert(Rows::wbpTable, bound(w));
}

Result<std::optional<Rows::Contact>> SqlRows::contact(qint64 id)
{
    return one<Rows::Contact>(Rows::contactsTable, u"WHERE id = ?"_s, { id });
}

Result<void> SqlRows::putContact(const Rows::Contact &c)
{
    return upsert(Rows::contactsTable, bound(c));
}

Result<std::optional<Rows::Restriction>> SqlRows::restriction(qint64 id)
{
    return one<Rows::Restriction>(Rows::restrictionsTable, u"WHERE id = ?"_s, { id });
}

Result<void> SqlRows::putRestriction(const Rows::Restriction &r)
{
    return upsert(Rows::restrictionsTable, bound(r));
}

Result<void> SqlRows::putSetting(const Rows::Setting &s)
{
    return upsert(Rows::settingsTable, bound(s));
}

Result<void> SqlRows::addSurvey(const Rows::Survey &s)
{
    return insertOne(m_db, Rows::surveyTable, bound(s));
}

Result<std::optional<Rows::Complaint>> SqlRows::complaint(qint64 id)
{
    return one<Rows::Complaint>(Rows::complaintsTable, u"WHERE id = ?"_s, { id });
}

Result<void> SqlRows::putComplaint(const Rows::Complaint &c)
{
    return upsert(Rows::complaintsTable, bound(c));
}

Result<void> SqlRows::addComplaintChange(const Rows::ComplaintChange &c)
{
    return insertOne(m_db, Rows::complaintChangesTable, bound(c));
}

} // namespace kj
