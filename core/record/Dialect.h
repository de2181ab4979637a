#pragma once

#include "AuditSource.h"
#include "Result.h"

#include <QSqlDatabase>
#include <QStringList>

#include <memory>

namespace kj {

// Where the logbook is: a file (SQLite) or a postgresql:// address (PostgreSQL through QPSQL).
struct StoreLocation
{
    bool postgres = false;
    QString text; // as given: a path, or the address (never with a password)
    QString host; // empty: libpq's default (PGHOST, the local socket)
    int port = -1; // -1: libpq's default
    QString user; // empty: libpq's default (PGUSER, the login name)
    QString database; // the file's path, or the database's name
    QString options; // QPSQL's connect options ("sslmode=require;connect_timeout=10")

    // A path, or postgresql://[user@][host][:port]/database[?sslmode=…]. An address holding a
    // password is refused: passwords come from ~/.pgpass or PGPASSFILE, never from a command line.
    static Result<StoreLocation> parse(const QString &text);
    bool isAddress() const { return postgres; }
    // The server as a message names it: host[:port], localhost when none is given.
    QString server() const;
};

// What differs between SQLite and PostgreSQL, kept here and in the two implementations: the rest
// of the record writes SQL that both take.
class Dialect
{
public:
    virtual ~Dialect() = default;

    static const Dialect &of(const StoreLocation &location);
    static const Dialect &sqlite();
    static const Dialect &postgres(); // PgDialect.cpp

    virtual bool onServer() const = 0;
    virtual QString driver() const = 0;
    // Names the database on db and opens it; the message says what to check when it fails.
    virtual Result<void> open(QSqlDatabase &db, const StoreLocation &location, int busyTimeoutMs) const = 0;
    // Statements run once on every new connection.
    virtual QStringList connectionSetup(int busyTimeoutMs) const = 0;
    // Starts a write transaction holding the chain head: one writer at a time, so the chain never
    // forks. PostgreSQL: the statements that start it after BEGIN.
    virtual QStringList beginWrite() const = 0;
    // Starts one that appends after the head this connection committed last, without taking the
    // lock first or reading the head: the lock comes with the event's insert (insertEvent), and
    // the events' primary key refuses a seq another writer took meanwhile (db-conflict); the
    // transaction then runs again the locked way. Empty where a transaction always takes the lock
    // first (SQLite's lock is as cheap as the rest of a local write).
    virtual QStringList beginOnKnownHead() const = 0;
    // The event's insert, its nine values bound in the order of the events table's columns; on a
    // server it sends changeNotice() too.
    virtual QString insertEvent() const = 0;
    // How many tables the logbook's schema holds; how many of them are named meta.
    virtual QString countTables() const = 0;
    virtual QString countMeta() const = 0;
    // A number that moves when a connection commits.
    virtual QString dataVersion() const = 0;
    // dataVersion moves for this connection's own commits too.
    virtual bool versionCountsOwnCommits() const = 0;
    // Whether a commit waits for the disk; the statement, or an empty string where the server decides.
    virtual QString syncEveryCommit(bool sync) const = 0;
    // Writes everything still held in memory or a journal into the database file; empty: nothing to do.
    virtual QString flush() const = 0;
    // After personal data was overwritten: leaves no old copy of it in the store's files.
    virtual Result<void> purgeOldCopies(const QSqlDatabase &db) const = 0;

    // A statement of createStatements() as this store takes it (types, STRICT).
    virtual QString translate(const QString &statement) const = 0;
    // This store's part of the upgrade step to a schema version (Schema.h).
    virtual QStringList schemaUpgrade(int toVersion) const = 0;
    // The readable view of the record, and the triggers on events that keep it append-only.
    virtual QStringList eventLogView() const = 0;
    virtual QStringList eventTriggers() const = 0;
    // What a server gives the kiosk's role of a contact (kiosk_contact: the first name and the
    // phone's last four digits) in place of the personal data; a file has no roles (none). Made
    // again, keeping its grants, by an upgrade.
    virtual QStringList kioskReads() const = 0;
    // A contact's name and phone as the kiosk may read them (Logbook::kioskContact keeps the first
    // name and the last four digits); one value bound, the contact's id.
    virtual QString kioskContact() const = 0;
    // The channel (LISTEN/NOTIFY) on which a commit tells every other connection; empty where
    // there is none and the others look at dataVersion() instead.
    virtual QString changeNotice() const = 0;

    // A read snapshot of the logbook for the verifier.
    virtual Result<std::unique_ptr<AuditSource>> openSource(const StoreLocation &location) const = 0;
};

} // namespace kj
