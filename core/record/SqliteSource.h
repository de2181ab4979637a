#pragma once

#include "AuditSource.h"

#include <memory>

struct sqlite3;

namespace kj {

// A logbook file as the verifier reads it: its own read-only connection through SQLite's C API
// (several million events read in seconds, where Qt Sql's per-value conversions take a minute),
// holding one read transaction, so the events and the tables are one snapshot while the desk
// goes on writing. The path is a plain file name, never parsed as a URI.
class SqliteSource final : public AuditSource
{
public:
    static Result<std::unique_ptr<SqliteSource>> open(const QString &path);
    ~SqliteSource() override;

    qint64 lastSeq() const override { return m_lastSeq; }
    Result<void> storedEvents(
        qint64 from, qint64 to, const std::function<Result<void>(const StoredEvent &)> &fn) override;
    Result<void> rows(const Rows::Table &table, const std::function<void(const Rows::Cursor &)> &fn) override;
    Result<QStringList> schema() override;
    Result<QStringList> expectedSchema() override;
    Result<QString> meta(const QString &key) override;

private:
    explicit SqliteSource(sqlite3 *db)
        : m_db(db)
    { }
    Error failure(const QString &context) const;

    sqlite3 *m_db;
    qint64 m_lastSeq = 0;
};

} // namespace kj
