#include "ChainVerifier.h"

#include "Event.h"
#include "Sha256.h"
#include "SqliteStatement.h"

#include <QFile>
#include <QFileInfo>
#include <QSqlDriver>
#include <QThread>

#include <sqlite3.h>

#include <algorithm>
#include <array>
#include <cstring>
#include <thread>
#include <vector>

namespace kj {

namespace {

using Finding = ChainVerifier::Finding;
using Problem = ChainVerifier::Problem;

QByteArrayView blob(sqlite3_stmt *stmt, int column)
{
    const int size = sqlite3_column_bytes(stmt, column);
    return { static_cast<const char *>(sqlite3_column_blob(stmt, column)), size };
}

Finding bad(Problem problem, qint64 seq, qint64 events, qint64 missingTo = 0)
{
    Finding f;
    f.problem = problem;
    f.seq = seq;
    f.events = events;
    f.missingTo = missingTo;
    return f;
}

Finding unreadable(sqlite3 *db, qint64 seq)
{
    Finding f = bad(Problem::Unreadable, seq, 0);
    f.detail = QString::fromUtf8(sqlite3_errmsg(db));
    return f;
}

// Checks events from..to; previous is the stored hash of event from-1 (zeros before the first).
Finding checkRange(
    sqlite3 *db, qint64 from, qint64 to, const std::optional<std::pair<qint64, QByteArray>> &anchor)
{
    std::array<char, chainHashSize> previous {};
    if (from > 1) {
        SqliteStatement head(db, "SELECT hash FROM events WHERE seq = ?");
        if (!head.ok())
            return unreadable(db, from);
        sqlite3_bind_int64(head.get(), 1, from - 1);
        if (sqlite3_step(head.get()) != SQLITE_ROW)
            return bad(Problem::Missing, from - 1, 0, from - 1);
        const QByteArrayView stored = blob(head.get(), 0);
        if (stored.size() != chainHashSize)
            return bad(Problem::Hash, from - 1, 0);
        std::memcpy(previous.data(), stored.data(), chainHashSize);
    }
    SqliteStatement rows(db,
        "SELECT seq, at, utc_offset, type, actor, station, ticket, payload, hash "
        "FROM events WHERE seq BETWEEN ? AND ? ORDER BY seq");
    if (!rows.ok())
        return unreadable(db, from);
    sqlite3_bind_int64(rows.get(), 1, from);
    sqlite3_bind_int64(rows.get(), 2, to);
    Finding found;
    qint64 expected = from;
    std::vector<char> canonical; // grows to the largest event, then is reused
    int rc;
    while ((rc = sqlite3_step(rows.get())) == SQLITE_ROW) {
        sqlite3_stmt *s = rows.get();
        const qint64 seq = sqlite3_column_int64(s, 0);
        if (seq != expected)
            return bad(Problem::Missing, expected, found.events, seq - 1);
        const QLatin1String type = EventType::name(sqlite3_column_int(s, 3));
        const QByteArrayView payload = blob(s, 7);
        const size_t needed = size_t(canonicalCapacity(type.size(), payload.size()));
        if (canonical.size() < needed)
            canonical.resize(needed);
        const qsizetype size = writeCanonical(canonical.data(), seq, sqlite3_column_int64(s, 1),
            sqlite3_column_int(s, 2), type, sqlite3_column_int64(s, 4), sqlite3_column_int(s, 5),
            sqlite3_column_int(s, 6), payload);
        const QByteArrayView stored = blob(s, 8);
        const Sha256Digest digest = sha256(
            { QByteArrayView(previous.data(), chainHashSize), QByteArrayView(canonical.data(), size) });
        if (stored.size() != chainHashSize || std::memcmp(stored.data(), digest.data(), chainHashSize) != 0)
            return bad(Problem::Hash, seq, found.events);
        std::memcpy(previous.data(), digest.data(), chainHashSize);
        if (anchor && anchor->first == seq) {
            // A shortened hash is what people copy from the printed register; an empty one
            // would match anything.
            const QByteArray hex = QByteArray(previous.data(), chainHashSize).toHex();
            if (anchor->second.isEmpty() || !hex.startsWith(anchor->second.toLower()))
                return bad(Problem::Anchor, seq, found.events);
        }
        ++found.events;
        ++expected;
    }
    if (rc != SQLITE_DONE)
        return unreadable(db, expected);
    if (expected <= to)
        return bad(Problem::Missing, expected, found.events, to);
    found.lastHash = QByteArray(previous.data(), chainHashSize);
    return found;
}

sqlite3 *handleOf(const QSqlDatabase &db)
{
    const QVariant handle = db.driver() ? db.driver()->handle() : QVariant();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3 *const *>(handle.data());
}

} // namespace

Finding ChainVerifier::verify(const QSqlDatabase &db, const QString &path, qint64 lastSeq,
    std::optional<std::pair<qint64, QByteArray>> anchor, int threads, qint64 minRangeEvents)
{
    sqlite3 *own = handleOf(db);
    if (!own) {
        Finding f = bad(Problem::Unreadable, 1, 0);
        f.detail = QStringLiteral("not an SQLite connection");
        return f;
    }
    if (lastSeq < 1)
        return {};
    const qint64 ranges
        = std::clamp<qint64>(lastSeq / std::max<qint64>(1, minRangeEvents), 1, std::max(1, threads));
    std::vector<Finding> findings(ranges);
    // Each range reads through a connection of its own, opened without SQLite's per-call mutex
    // (one thread uses it); a range whose connection cannot be opened runs on db's afterwards.
    std::vector<sqlite3 *> connections(ranges, nullptr);
    // In a URI, '#', '?' and '%' in the name would start a fragment, a query or an escape and name
    // another file: every byte of the path but '/' and the unreserved ones is escaped.
    const QByteArray uri = "file://"
        + QFile::encodeName(QFileInfo(path).absoluteFilePath()).toPercentEncoding("/") + "?mode=ro";
    for (sqlite3 *&connection : connections) {
        if (sqlite3_open_v2(uri.constData(), &connection,
                SQLITE_OPEN_READONLY | SQLITE_OPEN_URI | SQLITE_OPEN_NOMUTEX, nullptr)
            != SQLITE_OK) {
            sqlite3_close(connection);
            connection = nullptr;
        }
    }
    auto bounds = [&](qint64 i) {
        return std::pair { 1 + lastSeq * i / ranges, lastSeq * (i + 1) / ranges };
    };
    auto run = [&](qint64 i, sqlite3 *connection) {
        const auto [from, to] = bounds(i);
        findings[i] = checkRange(connection, from, to, anchor);
    };
    std::vector<std::thread> workers;
    for (qint64 i = 1; i < ranges; ++i) {
        if (connections[i])
            workers.emplace_back(run, i, connections[i]);
    }
    run(0, connections[0] ? connections[0] : own);
    for (qint64 i = 1; i < ranges; ++i) {
        if (!connections[i])
            run(i, own);
    }
    for (std::thread &worker : workers)
        worker.join();
    for (sqlite3 *connection : connections)
        sqlite3_close(connection);

    Finding result;
    for (qint64 i = 0; i < ranges; ++i) {
        if (findings[i].problem != Problem::None) {
            findings[i].events += result.events;
            return findings[i];
        }
        result.events += findings[i].events;
    }
    result.lastHash = findings.back().lastHash;
    return result;
}

} // namespace kj
