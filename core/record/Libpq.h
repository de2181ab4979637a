#pragma once

#include "Dialect.h"
#include "Rows.h"

#include <QByteArray>

#include <libpq-fe.h>

#include <memory>

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

// A row of a result in binary format (every integer column of a logbook is BIGINT).
class Cursor final : public Rows::Cursor
{
public:
    Cursor(const PGresult *result, int row)
        : m_result(result)
        , m_row(row)
    { }
    void setRow(int row) { m_row = row; }
    bool isNull(int column) const override { return PQgetisnull(m_result, m_row, column); }
    qint64 integer(int column) const override;
    QString text(int column) const override;
    QByteArray bytes(int column) const override;

private:
    const PGresult *m_result;
    int m_row;
};

} // namespace kj::libpq
