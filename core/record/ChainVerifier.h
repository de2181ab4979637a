#pragma once

#include <QByteArray>
#include <QSqlDatabase>

#include <optional>
#include <utility>

namespace kj {

// Walks the logbook's hash chain from seq 1 to lastSeq. Twenty years of calls are several million
// events, so it reads the raw columns through SQLite's C API and checks ranges of the chain in
// parallel: each range starts from the stored hash of the event before it, so the ranges together
// check every link. Each range opens a read-only connection of its own (db's serves if one cannot).
class ChainVerifier
{
public:
    enum class Problem { None, Missing, Hash, Anchor, Unreadable };
    struct Finding
    {
        Problem problem = Problem::None;
        qint64 seq = 0; // the first bad event (for Missing: the first missing one)
        qint64 missingTo = 0; // Missing: the last missing one
        qint64 events = 0; // events checked before the first bad one
        QByteArray lastHash; // hash of lastSeq when the chain verifies
        QString detail; // Unreadable: SQLite's message
    };

    // Splits the chain into up to `threads` ranges of at least minRangeEvents each (below some
    // 100,000 events a second connection costs more than it saves).
    static Finding verify(const QSqlDatabase &db, const QString &path, qint64 lastSeq,
        std::optional<std::pair<qint64, QByteArray>> anchor, int threads, qint64 minRangeEvents = 100'000);
};

} // namespace kj
