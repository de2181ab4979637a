#pragma once

#include "Event.h"
#include "Result.h"
#include "Rows.h"

#include <QStringList>

#include <functional>

namespace kj {

class ChainVerifier;

// What the verifier reads, all from one snapshot of the logbook: the events in order, every row
// of a table, and the schema. SqliteSource reads a file through SQLite's C API; a database server
// has its own.
class AuditSource
{
public:
    virtual ~AuditSource() = default;

    // The last event of the snapshot.
    virtual qint64 lastSeq() const = 0;
    // Events from..to in order, as stored; fn's error stops the read and is returned.
    virtual Result<void> storedEvents(
        qint64 from, qint64 to, const std::function<Result<void>(const StoredEvent &)> &fn)
        = 0;
    // storedEvents, given as Events; the chain, if given, checks each one as it is read (it walks
    // from seq 1, so from must be 1).
    Result<void> events(qint64 from, qint64 to, const std::function<Result<void>(const Event &)> &fn,
        ChainVerifier *chain = nullptr);
    // Every row of a table in key order.
    virtual Result<void> rows(const Rows::Table &table, const std::function<void(const Rows::Cursor &)> &fn)
        = 0;
    // The schema's objects (tables, indexes, triggers, views), one line each with its definition,
    // in name order; and the same of a new, empty logbook.
    virtual Result<QStringList> schema() = 0;
    virtual Result<QStringList> expectedSchema() = 0;
    // A key of the meta table, empty if absent.
    virtual Result<QString> meta(const QString &key) = 0;

    // All rows of a table as row structs.
    template<typename Row> Result<QList<Row>> all(const Rows::Table &table)
    {
        QList<Row> list;
        auto read = rows(table, [&](const Rows::Cursor &c) {
            Row row;
            Rows::read(c, row);
            list.append(std::move(row));
        });
        if (!read)
            return read.error();
        return list;
    }
};

} // namespace kj
