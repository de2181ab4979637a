#pragma once

#include "ProjectionRows.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QVariantList>

namespace kj {

class MemoryRows;

// A row of a Qt Sql query.
class SqlCursor final : public Rows::Cursor
{
public:
    explicit SqlCursor(const QSqlQuery &q)
        : m_q(q)
    { }
    bool isNull(int column) const override { return m_q.isNull(column); }
    qint64 integer(int column) const override { return m_q.value(column).toLongLong(); }
    QString text(int column) const override { return m_q.value(column).toString(); }
    QByteArray bytes(int column) const override { return m_q.value(column).toByteArray(); }

private:
    const QSqlQuery &m_q;
};

// The projection tables themselves, read and written through Qt Sql inside the caller's
// transaction.
class SqlRows final : public ProjectionRows
{
public:
    explicit SqlRows(const QSqlDatabase &db)
        : m_db(db)
    { }

    // Every row of a table that matches `where` ("WHERE day = ?"; empty for all), in key order.
    template<typename Row>
    static Result<QList<Row>> select(const QSqlDatabase &db, const Rows::Table &table,
        const QString &where = {}, const QVariantList &values = {});

    // Empties every projection table (inside the caller's transaction).
    Result<void> clear();
    // Writes every row held in memory into the emptied tables, many rows to a statement.
    Result<void> insertAll(const MemoryRows &rows);

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

private:
    template<typename Row>
    Result<std::optional<Row>> one(
        const Rows::Table &table, const QString &where, const QVariantList &values);
    // INSERT, or UPDATE of every column when the key exists.
    Result<void> upsert(const Rows::Table &table, const QVariantList &values);
    Result<void> insert(const Rows::Table &table, const QVariantList &values);

    QSqlDatabase m_db;
};

} // namespace kj
