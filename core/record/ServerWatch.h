#pragma once

#include "Dialect.h"

#include <QString>

#include <atomic>
#include <condition_variable>
#include <functional>
#include <mutex>
#include <thread>

class QSqlDatabase;
struct pg_conn; // libpq's PGconn

namespace kj {

// Watches a PostgreSQL server from a thread of its own, so that a server stopped, restarted, paused
// (SIGSTOP) or cut off by the network is noticed within 1.25 s even while the program's own
// connection hangs in a query. It asks `SELECT 1` on a connection of its own every 300 ms and waits
// at most 1.2 s for the answer (libpq, non-blocking: Qt's driver has no time limit). When the
// server stops answering it shuts down the socket of the guarded connection, so a query waiting on
// it returns at once with an error, and reports; it reports again when a new connection is answered.
class ServerWatch
{
public:
    static constexpr int probeEveryMs = 250;
    static constexpr int answerWithinMs = 1000;

    // report(answers, detail) is called on the watch's thread, once per change.
    ServerWatch(
        const StoreLocation &location, std::function<void(bool answers, const QString &detail)> report);
    ~ServerWatch();
    ServerWatch(const ServerWatch &) = delete;
    ServerWatch &operator=(const ServerWatch &) = delete;

    // The connection whose socket is shut down when the server stops answering (an open QPSQL
    // connection); unguard() before it is closed, so a reused socket number is never touched.
    void guard(const QSqlDatabase &db);
    void unguard();
    // Whether a QPSQL connection was lost (libpq's status after a failed statement).
    static bool lost(const QSqlDatabase &db);

private:
    void run();
    bool probe(QString &detail);
    void waitMs(int ms);

    QByteArray m_conninfo;
    std::function<void(bool, const QString &)> m_report;
    std::mutex m_mutex; // guards m_guardedSocket and the wait
    std::condition_variable m_wake;
    int m_guardedSocket = -1;
    std::atomic<bool> m_stop { false };
    pg_conn *m_conn = nullptr; // the watch's own connection (its thread only)
    std::thread m_thread;
};

} // namespace kj
