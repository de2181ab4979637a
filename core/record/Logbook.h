#pragma once

#include "Audit.h"
#include "Event.h"
#include "Result.h"
#include "Seals.h"

#include <QCoreApplication>
#include <QObject>
#include <QSet>
#include <QTimeZone>
#include <QTimer>

#include <functional>
#include <memory>
#include <optional>

class QSqlDatabase;
class QSqlQuery;

namespace kj {

class Clock;
class Dialect;
class Logbook;
class Projector;
class ServerWatch;
class SqlRows;
struct StoreLocation;

// The write side of one open transaction. Only Logbook::write hands one out.
class WriteTransaction
{
public:
    // Appends one event and updates the projections from it; the event is acknowledged only when
    // the whole transaction commits.
    Result<Event> append(const EventDraft &draft);
    // Keeps a piece of personal data (a family name, a phone number) in the side table and returns
    // the salted digest the event carries instead of the value.
    Result<QString> storePersonal(const QString &value);
    QSqlDatabase database() const;
    // Keeps an officer's PIN hash outside the chain (the event says only that it was set), with
    // the one it replaces.
    Result<void> storePin(qint64 officerId, const QString &hash);
    // The id a new row of a projection table gets (ids are recorded in the events).
    Result<qint64> nextId(const QString &table);
    const QList<Event> &appended() const { return m_appended; }

private:
    friend class Logbook;
    explicit WriteTransaction(Logbook &logbook)
        : m_logbook(logbook)
    { }
    Logbook &m_logbook;
    QList<Event> m_appended;
};

// What `logbook verify` found: the chain, and everything Audit checks besides it.
struct VerifyReport
{
    qint64 events = 0;
    qint64 lastSeq = 0;
    QByteArray lastHash;
    QList<VerifyFinding> findings; // empty: the logbook verifies
    QList<Seal> seals; // found in the seal folder, oldest first
    bool ok() const { return findings.isEmpty(); }
    // The first finding's event (0 when it names none) and its words, for one line.
    qint64 firstBadSeq() const { return ok() ? 0 : findings.constFirst().seq; }
    QString problem() const { return ok() ? QString() : findings.constFirst().message; }
};

// The legal record: one SQLite file, or a PostgreSQL database, holding an append-only, hash-chained
// event log and the projections (roster, queue, sessions, …) written from it in the same transaction.
class Logbook : public QObject
{
    Q_OBJECT

public:
    struct Options
    {
        bool create = true; // create the file if it does not exist
        int busyTimeoutMs = 5000; // wait this long for another process's write lock
        // How often to look for other processes' commits; 0 = never. A program that looks (one
        // that stays open: the console, the kiosk) also has its server watched (ServerWatch), goes
        // offline when the server stops answering and reconnects by itself.
        int changePollMs = 250;
        // On a server: the role the connection acts as (SET ROLE), e.g. the owner for server init.
        QString role;
    };

    // path: a file, or postgresql://[user@][host][:port]/database[?sslmode=…] (StoreLocation).
    static Result<std::unique_ptr<Logbook>> open(
        const QString &path, const Clock &clock, const Options &options);
    static Result<std::unique_ptr<Logbook>> open(const QString &path, const Clock &clock)
    {
        return open(path, clock, Options {});
    }
    ~Logbook() override;

    QString path() const { return m_path; }
    QSqlDatabase database() const;
    const Clock &clock() const { return m_clock; }
    // The logbook's id (meta), which its seals name.
    Result<QString> id() const;
    // Where its seals are (SealFolder); verify checks them, the daily register prints the latest.
    // Empty: none are looked for.
    void setSealFolder(const QString &path) { m_sealFolder = path; }
    QString sealFolder() const { return m_sealFolder; }
    // The facility's zone: events record the facility-local offset of their instant.
    void setZone(const QTimeZone &zone) { m_zone = zone; }
    const QTimeZone &zone() const { return m_zone; }

    // Runs fn inside BEGIN IMMEDIATE … COMMIT (on PostgreSQL: under the chain's lock). An error
    // from fn, or a failed commit, rolls everything back and is returned; nothing is half-written.
    // A transaction the server ended for a conflict (serialisation failure, deadlock) is run
    // again, up to maxAttempts times.
    template<typename T> Result<T> write(const std::function<Result<T>(WriteTransaction &)> &fn);
    Result<Event> append(const EventDraft &draft);

    Result<QList<Event>> events(qint64 fromSeq, qint64 toSeq) const;
    qint64 lastSeq() const;
    // The first event at or after an instant (lastSeq() + 1 if none).
    Result<qint64> firstSeqAtOrAfter(qint64 atMs) const;
    // The last event of a facility-local day (the anchor the daily register prints), if any.
    Result<std::optional<Event>> lastEventOn(QDate localDay) const;
    // Walks the whole chain; an anchor (a seq and its hash, e.g. from a signed daily register)
    // must match too.
    Result<VerifyReport> verify(std::optional<std::pair<qint64, QByteArray>> anchor = {}) const;
    // What reaches paper or a file (registers, recaps, exports) comes from a logbook that verifies:
    // verified again whenever anything was committed since the last time (by this program: a new
    // head; by any other connection, sqlite3 included: SQLite's data_version). An integrity error
    // naming the first finding otherwise.
    Result<void> requireVerified() const;
    // The latest seal in the seal folder whose signature holds and which was made for this
    // logbook, if any (the daily register prints it).
    Result<std::optional<Seal>> latestSeal() const;
    // Empties the projections and replays every event into them.
    Result<void> rebuildProjections();
    // A consistent online copy (VACUUM INTO), fsynced and then verified.
    Result<void> backupTo(const QString &file) const;
    // The personal data behind a digest, or an empty string once redacted.
    QString personal(const QString &digest) const;
    // What the kiosk shows of a contact: the first name and the phone's last four digits (on a
    // server the kiosk's role may read no more; see ServerSetup).
    std::pair<QString, QString> kioskContact(qint64 contactId) const;
    // Destroys personal data stored before the instant; the chain still verifies. The values are
    // overwritten in the file and the WAL is emptied: no copy is left in the logbook's files.
    Result<int> redactPersonalBefore(const QDateTime &utc, const QString &actor);

    // Made-up data (the demo) need not survive a power cut: commits then are not synced one by
    // one; flushToDisk() writes everything at the end.
    Result<void> setSyncEveryCommit(bool sync);
    Result<void> flushToDisk();

    // Looks for commits by other connections now (the timer does it on its own too).
    void checkForExternalChanges();

    // False while a watched server does not answer (a file is always online). Meanwhile every
    // write is refused at once (db-offline) and nothing is read; the logbook reconnects by itself.
    bool online() const { return m_online; }
    // What the server's absence looks like to an officer: which server, since when (empty online).
    QString offlineProblem() const;

signals:
    void committed(qint64 lastSeq);
    // Another connection (the kiosk, the console, the CLI) committed something.
    void externalChange();
    // The server stopped answering, or answers again (then externalChange follows).
    void onlineChanged(bool online);

private:
    friend class WriteTransaction;
    static constexpr int maxAttempts = 5;
    Logbook(QString connection, const StoreLocation &location, const Clock &clock, const Options &options);
    static Result<std::unique_ptr<Logbook>> openStore(
        const StoreLocation &location, const Clock &clock, const Options &options);
    // A conflict is run again: on a server, a seq taken by a writer that appended after a known
    // head (Dialect::beginOnKnownHead) too; the next attempt takes the lock and reads the head.
    static bool retry(const Error &error, int attempt)
    {
        return attempt < maxAttempts && (error.reason == u"db-retry" || error.reason == u"db-conflict");
    }
    // Opens the connection and prepares it (settings, role, the commit notice).
    Result<void> connectStore();
    // Looks for other connections' commits (their notices, or the timer) and, on a server, has it
    // watched (a program that stays open).
    void listen();
    // A failed write step: when it lost the connection, the logbook goes offline and the error
    // says so (whether the change may have been kept depends on whether it was the commit).
    Error failed(Error error, bool committing);
    void goOffline(const QString &detail);
    void reconnect();
    Error offline() const; // the refusal of a write while offline
    Result<void> migrate();
    Result<void> begin();
    Result<void> commit();
    Result<void> loadHead();
    void rollback();
    Result<Event> appendInTransaction(const EventDraft &draft);
    Result<QString> storePersonalInTransaction(const QString &value);
    qint64 dataVersion() const;

    QString m_connection;
    QString m_path;
    std::unique_ptr<StoreLocation> m_location;
    const Dialect &m_dialect;
    const Clock &m_clock;
    Options m_options;
    QTimeZone m_zone;
    std::unique_ptr<SqlRows> m_rows;
    std::unique_ptr<Projector> m_projector;
    QTimer m_changePoll;
    qint64 m_dataVersion = -1;
    mutable std::pair<qint64, qint64> m_verified { -1, -1 }; // (head, data_version) last verified
    qint64 m_headSeq = 0;
    qint64 m_baseSeq = 0; // the head when this transaction read it first
    QByteArray m_headHash;
    // On a server: the head this connection committed last, which the next transaction appends
    // after without the lock (Dialect::beginOnKnownHead).
    std::optional<std::pair<qint64, QByteArray>> m_knownHead;
    QSet<int> m_namedTypes; // event type codes known to be in event_types
    QSet<int> m_committedTypes; // those of them committed
    std::unique_ptr<QSqlQuery> m_appendEvent; // the event insert, prepared on first use
    QString m_sealFolder;
    std::unique_ptr<ServerWatch> m_watch; // a server's, in a program that stays open
    bool m_online = true;
    bool m_serverAnswers = true; // the watch's last word
    qint64 m_offlineSinceMs = 0; // on the clock's wall time, for the officer
    QTimer m_reconnect; // while offline and the server answers again
};

template<typename T> Result<T> Logbook::write(const std::function<Result<T>(WriteTransaction &)> &fn)
{
    if (!m_online)
        return offline();
    for (int attempt = 1;; ++attempt) {
        if (auto started = begin(); !started) {
            if (retry(started.error(), attempt))
                continue;
            return failed(started.error(), false);
        }
        WriteTransaction tx(*this);
        Result<T> result = fn(tx);
        if (!result.ok()) {
            rollback();
            if (retry(result.error(), attempt))
                continue;
            return failed(result.error(), false);
        }
        if (auto done = commit(); !done) {
            rollback();
            if (retry(done.error(), attempt))
                continue;
            return failed(done.error(), true);
        }
        emit committed(m_headSeq);
        return result;
    }
}

} // namespace kj
