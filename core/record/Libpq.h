#pragma once

#include "Dialect.h"
#include "Rows.h"

#include <QByteArray>

#include <libpq-fe.h>

#include <memory>
#include <vector>

namespace kj::libpq {

// What the record does through libpq itself rather than Qt's driver: the server watch (which must
// not block) and the verifier's reads (millions of rows, without a QVariant per value).

// The connection string of a location, each value quoted libpq's way. connect_timeout is left out
// when the caller keeps a deadline of its own.
QByteArray conninfo(const StoreLocation &location, const char *applicationName, bool withTimeout);

struct ConnectionDeleter
{
    void operator()(PGconn *conn) const { PQfinish(conn); }
};
using Connection = std::unique_ptr<PGconn, ConnectionDeleter>;
struct ResultDeleter
{
    void operator()(PGresult *result) const { PQclear(result); }
};
using ResultPtr = std::unique_ptr<PGresult, ResultDeleter>;

// A row of COPY … TO STDOUT (FORMAT binary), read where libpq holds it: a count of fields, then
// each field's length (-1: NULL) and bytes, integers big-endian (every integer column of a
// logbook is BIGINT). Far cheaper than a query's result for millions of rows, on both ends.
class CopyRow final : public Rows::Cursor
{
public:
    enum class Kind { None, Row, Trailer }; // None: only the format's header, or nothing read yet
    // Takes one message of the copy (the first holds the format's header, maybe with the first
    // row); false if it cannot be read. Its values are valid until the next message is read.
    bool read(const char *data, int size);
    Kind kind() const { return m_kind; }
    int size() const { return int(m_fields.size()); }
    bool isNull(int column) const override { return m_fields[size_t(column)].data() == nullptr; }
    qint64 integer(int column) const override;
    QString text(int column) const override;
    QByteArray bytes(int column) const override;
    QByteArrayView view(int column) const { return m_fields[size_t(column)]; }

private:
    std::vector<QByteArrayView> m_fields; // a NULL has no data
    Kind m_kind = Kind::None;
    bool m_header = false;
};

} // namespace kj::libpq
