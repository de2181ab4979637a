#include "ServerWatch.h"

#include "Libpq.h"

#include <QElapsedTimer>
#include <QSqlDatabase>
#include <QSqlDriver>
#include <QVariant>

#include <poll.h>
#include <sys/socket.h>

using namespace Qt::StringLiterals;

namespace kj {

namespace {

// The PGconn behind an open QPSQL connection (nullptr for another driver).
PGconn *pgConnection(const QSqlDatabase &db)
{
    if (!db.isValid() || !db.driver())
        return nullptr;
    const QVariant handle = db.driver()->handle();
    // Qt names the type as libpq's struct (pg_conn*), older versions as its typedef (PGconn*).
    if (!handle.isValid()
        || (qstrcmp(handle.typeName(), "pg_conn*") != 0 && qstrcmp(handle.typeName(), "PGconn*") != 0))
        return nullptr;
    return *static_cast<PGconn *const *>(handle.constData());
}

// Waits until the socket can be read (or written) or the deadline passes.
bool waitFor(int socket, bool write, const QElapsedTimer &since, int withinMs)
{
    const int left = withinMs - int(since.elapsed());
    if (socket < 0 || left <= 0)
        return false;
    pollfd fd { socket, short(write ? POLLOUT : POLLIN), 0 };
    return ::poll(&fd, 1, left) > 0;
}

} // namespace

ServerWatch::ServerWatch(const StoreLocation &location, std::function<void(bool, const QString &)> report)
    // The watch keeps its own, shorter deadline than the address's connect_timeout.
    : m_conninfo(libpq::conninfo(location, "kunjungan-watch", false))
    , m_report(std::move(report))
{
    m_thread = std::thread([this] { run(); });
}

ServerWatch::~ServerWatch()
{
    {
        const std::lock_guard lock(m_mutex);
        m_stop = true;
    }
    m_wake.notify_all();
    m_thread.join();
    if (m_conn)
        PQfinish(m_conn);
}

void ServerWatch::guard(const QSqlDatabase &db)
{
    PGconn *conn = pgConnection(db);
    const std::lock_guard lock(m_mutex);
    m_guardedSocket = conn ? PQsocket(conn) : -1;
}

void ServerWatch::unguard()
{
    const std::lock_guard lock(m_mutex);
    m_guardedSocket = -1;
}

bool ServerWatch::lost(const QSqlDatabase &db)
{
    if (!db.isOpen())
        return true;
    PGconn *conn = pgConnection(db);
    return !conn || PQstatus(conn) == CONNECTION_BAD;
}

void ServerWatch::waitMs(int ms)
{
    std::unique_lock lock(m_mutex);
    m_wake.wait_for(lock, std::chrono::milliseconds(ms), [this] { return m_stop.load(); });
}

bool ServerWatch::probe(QString &detail)
{
    QElapsedTimer since;
    since.start();
    if (!m_conn) {
        // Connects without blocking, so a server that accepts the TCP connection but never
        // answers (paused) is given up on at the deadline too.
        m_conn = PQconnectStart(m_conninfo.constData());
        if (!m_conn || PQstatus(m_conn) == CONNECTION_BAD) {
            detail = m_conn ? QString::fromUtf8(PQerrorMessage(m_conn)).trimmed() : u"out of memory"_s;
            return false;
        }
        for (PostgresPollingStatusType state = PGRES_POLLING_WRITING; state != PGRES_POLLING_OK;) {
            if (state == PGRES_POLLING_FAILED) {
                detail = QString::fromUtf8(PQerrorMessage(m_conn)).trimmed();
                return false;
            }
            if (!waitFor(PQsocket(m_conn), state == PGRES_POLLING_WRITING, since, answerWithinMs)) {
                detail = u"no answer to a new connection within %1 ms"_s.arg(answerWithinMs);
                return false;
            }
            state = PQconnectPoll(m_conn);
        }
        PQsetnonblocking(m_conn, 1);
    }
    if (!PQsendQuery(m_conn, "SELECT 1")) {
        detail = QString::fromUtf8(PQerrorMessage(m_conn)).trimmed();
        return false;
    }
    while (PQflush(m_conn) == 1) {
        if (!waitFor(PQsocket(m_conn), true, since, answerWithinMs)) {
            detail = u"the server took no question within %1 ms"_s.arg(answerWithinMs);
            return false;
        }
    }
    while (PQisBusy(m_conn)) {
        if (!waitFor(PQsocket(m_conn), false, since, answerWithinMs)) {
            detail = u"no answer within %1 ms"_s.arg(answerWithinMs);
            return false;
        }
        if (!PQconsumeInput(m_conn)) {
            detail = QString::fromUtf8(PQerrorMessage(m_conn)).trimmed();
            return false;
        }
    }
    bool answered = false;
    while (PGresult *result = PQgetResult(m_conn)) {
        answered = answered || PQresultStatus(result) == PGRES_TUPLES_OK;
        if (!answered)
            detail = QString::fromUtf8(PQresultErrorMessage(result)).trimmed();
        PQclear(result);
    }
    return answered;
}

void ServerWatch::run()
{
    bool answers = true; // the program opened its connection just before
    while (!m_stop) {
        QString detail;
        const bool now = probe(detail);
        if (!now && m_conn) {
            PQfinish(m_conn); // a new connection next time: this one may hold half an answer
            m_conn = nullptr;
        }
        if (now != answers) {
            answers = now;
            if (!now) {
                // A query of the program's that waits on a paused or vanished server returns now.
                const std::lock_guard lock(m_mutex);
                if (m_guardedSocket >= 0)
                    ::shutdown(m_guardedSocket, SHUT_RDWR);
            }
            m_report(now, detail);
        }
        waitMs(probeEveryMs);
    }
}

} // namespace kj
