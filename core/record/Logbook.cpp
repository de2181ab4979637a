// The logbook's one door to its store: opening and creating it, the write transaction and the
// chain head, appends, reads of the events, verify and its gate. Its connection (others' commits,
// the server watch, offline and reconnect) lives in LogbookConnection.cpp, its personal data in
// LogbookPersonal.cpp, its rebuild and backup in LogbookUpkeep.cpp; the parts that need no
// Logbook live beside it (ChainVerifier, Audit, Seals, Schema, SqlRows).
#include "Logbook.h"

#include "ChainVerifier.h"
#include "Clock.h"
#include "Dialect.h"
#include "Projector.h"
#include "Schema.h"
#include "Seals.h"
#include "ServerWatch.h"
#include "Sql.h"
#include "SqlRows.h"

#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace kj {

namespace {

class Tr
{
    Q_DECLARE_TR_FUNCTIONS(Logbook)
};

// The file's schema version (0 for a new, empty file); refuses another program's database and a
// newer logbook. Leaves no statement open.
Result<int> readSchemaVersion(QSqlQuery &q, const Dialect &dialect)
{
    int version = 0;
    if (!q.exec(dialect.countMeta()) || !q.next())
        return databaseError(q.lastError(), u"migrate"_s);
    if (q.value(0).toInt() > 0) {
        if (!q.exec(u"SELECT value FROM meta WHERE key = 'schema_version'"_s))
            return databaseError(q.lastError(), u"migrate"_s);
        if (q.next())
            version = q.value(0).toInt();
    } else if (q.exec(dialect.countTables()) && q.next() && q.value(0).toInt() > 0) {
        q.finish();
        return Error { ErrorKind::Database, u"db-foreign"_s,
            dialect.onServer() ? Tr::tr("The database holds the tables of another program, not a Kunjungan "
                                        "logbook.")
                               : Tr::tr("The file is an SQLite database of another program, not a Kunjungan "
                                        "logbook.") };
    }
    q.finish();
    if (version > schemaVersion) {
        return Error { ErrorKind::Database, u"db-newer"_s,
            Tr::tr("This logbook was written by a newer version of Kunjungan (schema %1; "
                   "this program knows up to %2). Update Kunjungan to open it.")
                .arg(version)
                .arg(schemaVersion) };
    }
    return version;
}

} // namespace

Result<Event> WriteTransaction::append(const EventDraft &draft)
{
    auto event = m_logbook.appendInTransaction(draft);
    if (event)
        m_appended.append(*event);
    return event;
}

Result<QString> WriteTransaction::storePersonal(const QString &value)
{
    return m_logbook.storePersonalInTransaction(value);
}

QSqlDatabase WriteTransaction::database() const
{
    return m_logbook.database();
}

Result<void> WriteTransaction::storePin(qint64 officerId, const QString &hash)
{
    auto r = Sql::run(m_logbook.database(),
        u"INSERT INTO officer_pins(officer_id, hash) VALUES (?, ?) ON CONFLICT(officer_id) DO UPDATE "
        "SET previous = officer_pins.hash, hash = excluded.hash"_s,
        { officerId, hash });
    if (!r)
        return r.error();
    return {};
}

Result<qint64> WriteTransaction::nextId(const QString &table)
{
    auto last = Sql::number(m_logbook.database(), u"SELECT coalesce(max(id), 0) FROM "_s + table);
    if (!last)
        return last.error();
    return *last + 1;
}

Logbook::Logbook(
    QString connection, const StoreLocation &location, const Clock &clock, const Options &options)
    : m_connection(std::move(connection))
    , m_path(location.text)
    , m_location(std::make_unique<StoreLocation>(location))
    , m_dialect(Dialect::of(location))
    , m_clock(clock)
    , m_options(options)
    , m_zone("Asia/Jakarta")
{ }

Logbook::~Logbook()
{
    m_watch.reset(); // its thread reports to this object
    m_changePoll.stop();
    m_appendEvent.reset();
    m_projector.reset();
    m_rows.reset();
    {
        QSqlDatabase db = QSqlDatabase::database(m_connection, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connection);
}

QSqlDatabase Logbook::database() const
{
    return QSqlDatabase::database(m_connection, false);
}

Result<std::unique_ptr<Logbook>> Logbook::open(
    const QString &path, const Clock &clock, const Options &options)
{
    auto location = StoreLocation::parse(path);
    if (!location)
        return location.error();
    if (location->postgres)
        return openStore(*location, clock, options);
    const QFileInfo info(path);
    if (!info.exists() && !options.create) {
        return Error { ErrorKind::Database, u"db-missing"_s,
            Tr::tr("The logbook file %1 does not exist.").arg(path) };
    }
    if (info.exists() && !info.isFile()) {
        return Error { ErrorKind::Database, u"db-cantopen"_s, Tr::tr("%1 is not a file.").arg(path) };
    }
    if (!info.exists()) {
        // Created here rather than by SQLite (0644): owner and group may write (the desk and the
        // kiosk share it through a group), nobody else may read the personal data. SQLite gives
        // the -wal and -shm files the same permissions.
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly)
            || !file.setPermissions(
                QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup | QFile::WriteGroup)) {
            return Error { ErrorKind::Database, u"db-cantopen"_s,
                Tr::tr("The logbook file cannot be opened. Check that the folder exists and may "
                       "be written."),
                file.errorString() };
        }
    }
    return openStore(*location, clock, options);
}

Result<std::unique_ptr<Logbook>> Logbook::openStore(
    const StoreLocation &location, const Clock &clock, const Options &options)
{
    const QString connection = u"logbook-"_s + QUuid::createUuid().toString(QUuid::WithoutBraces);
    std::unique_ptr<Logbook> logbook(new Logbook(connection, location, clock, options));
    const Dialect &dialect = logbook->m_dialect;
    if (!options.role.isEmpty() && !dialect.onServer())
        return Error::invalid(u"db-role"_s, Tr::tr("A logbook file has no database roles."));
    QSqlDatabase::addDatabase(dialect.driver(), connection);
    if (auto connected = logbook->connectStore(); !connected)
        return connected.error();
    if (auto migrated = logbook->migrate(); !migrated)
        return migrated.error();
    {
        // Types the logbook names already need no insert (the kiosk's role may not add one).
        QSqlQuery q(logbook->database());
        if (!q.exec(u"SELECT code FROM event_types"_s))
            return databaseError(q.lastError(), u"event types"_s);
        while (q.next())
            logbook->m_namedTypes.insert(q.value(0).toInt());
        logbook->m_committedTypes = logbook->m_namedTypes;
    }
    logbook->m_rows = std::make_unique<SqlRows>(logbook->database());
    logbook->m_projector = std::make_unique<Projector>(*logbook->m_rows);
    logbook->m_dataVersion = logbook->dataVersion();
    if (options.changePollMs > 0)
        logbook->listen();
    return logbook;
}

Result<void> Logbook::migrate()
{
    QSqlQuery q(database());
    auto version = readSchemaVersion(q, m_dialect);
    if (!version || *version == schemaVersion)
        return version ? Result<void>() : version.error();
    // A file is created empty by open(); a database server's database by its administrator.
    if (*version == 0 && !m_options.create && m_location->postgres) {
        return Error { ErrorKind::Database, u"db-missing"_s,
            Tr::tr("The database %1 holds no logbook yet.").arg(m_location->text) };
    }

    if (auto started = begin(); !started)
        return started;
    // Another process (the kiosk starting with the console) may have created or upgraded the
    // file while we waited for the lock.
    version = readSchemaVersion(q, m_dialect);
    if (!version || *version == schemaVersion) {
        rollback();
        return version ? Result<void>() : version.error();
    }
    // A new file gets the current schema at once; an older one each upgrade step in turn.
    QList<QStringList> steps;
    if (*version == 0)
        steps.append(createStatements(m_dialect));
    else
        steps = upgradeSteps(m_dialect).mid(*version - 1);
    for (const QStringList &step : std::as_const(steps)) {
        for (const QString &statement : step) {
            if (!q.exec(statement)) {
                Error e = databaseError(q.lastError(), u"schema %1"_s.arg(*version));
                rollback();
                // The desk's and the kiosk's roles may not change the schema (ServerSetup).
                if (e.reason == u"db-denied" && *version > 0) {
                    e.reason = u"db-upgrade"_s;
                    e.message = Tr::tr("The logbook on the server %1 has schema %2 and this program writes "
                                       "schema %3. The server's administrator upgrades it there with: "
                                       "sudo -u postgres kunjungan-admin server init postgresql:///%4")
                                    .arg(m_location->server())
                                    .arg(*version)
                                    .arg(schemaVersion)
                                    .arg(m_location->database);
                }
                return e;
            }
        }
    }
    q.prepare(u"INSERT INTO meta(key, value) VALUES ('schema_version', ?) "
              "ON CONFLICT(key) DO UPDATE SET value = excluded.value"_s);
    q.addBindValue(schemaVersion);
    if (!q.exec()) {
        Error e = databaseError(q.lastError(), u"migration"_s);
        rollback();
        return e;
    }
    if (*version == 0) {
        // Its id names the logbook in its seals: a seal of another logbook never passes for its own.
        q.prepare(u"INSERT INTO meta(key, value) VALUES ('created', ?), ('id', ?)"_s);
        q.addBindValue(m_clock.nowUtc().toString(Qt::ISODate));
        q.addBindValue(QUuid::createUuid().toString(QUuid::WithoutBraces));
        if (!q.exec()) {
            Error e = databaseError(q.lastError(), u"migration"_s);
            rollback();
            return e;
        }
    }
    return commit();
}

Result<void> Logbook::begin()
{
    const QStringList onKnownHead = m_knownHead ? m_dialect.beginOnKnownHead() : QStringList();
    QSqlQuery q(database());
    for (const QString &statement : onKnownHead.isEmpty() ? m_dialect.beginWrite() : onKnownHead) {
        if (!q.exec(statement)) {
            Error e = databaseError(q.lastError(), u"begin"_s);
            q.exec(u"ROLLBACK"_s);
            return e;
        }
    }
    if (m_projector)
        m_projector->resetCache();
    if (!onKnownHead.isEmpty()) {
        std::tie(m_headSeq, m_headHash) = *m_knownHead;
        m_baseSeq = m_headSeq;
    } else {
        m_headHash.clear(); // read again under the lock when first needed: another process may have appended
    }
    return {};
}

Result<void> Logbook::loadHead()
{
    if (!m_headHash.isEmpty())
        return {};
    QSqlQuery q(database());
    if (!q.exec(u"SELECT seq, hash FROM events ORDER BY seq DESC LIMIT 1"_s))
        return databaseError(q.lastError(), u"chain head"_s);
    if (q.next()) {
        m_headSeq = q.value(0).toLongLong();
        m_headHash = q.value(1).toByteArray();
    } else {
        m_headSeq = 0;
        m_headHash = QByteArray(16, '\0');
    }
    m_baseSeq = m_headSeq;
    return {};
}

Result<void> Logbook::commit()
{
    QSqlQuery q(database());
    if (!q.exec(u"COMMIT"_s)) {
        Error error = databaseError(q.lastError(), u"commit"_s);
        // A disk that fails during COMMIT may fail after SQLite wrote the commit record (while
        // padding the WAL for the sync); the next start then replays the change, whole. So the
        // message cannot promise that nothing was written.
        if (error.reason == u"db-full" || error.reason == u"db-io")
            error.message = Tr::tr("Saving to the disk failed (disk full or disk error). The last change may "
                                   "or may not have been kept: check the visiting book after restarting.");
        return error;
    }
    // data_version moves only for other connections' commits, so ours leaves m_dataVersion as it
    // is; reading it here would swallow a commit another process made since the last look. Where
    // our own commits move it too, it moves past them only when nothing else came in between.
    if (m_dialect.versionCountsOwnCommits() && !m_headHash.isEmpty() && m_dataVersion == m_baseSeq)
        m_dataVersion = m_headSeq;
    m_committedTypes = m_namedTypes;
    if (!m_headHash.isEmpty())
        m_knownHead = std::pair { m_headSeq, m_headHash };
    return {};
}

void Logbook::rollback()
{
    QSqlQuery q(database());
    q.exec(u"ROLLBACK"_s);
    if (m_projector)
        m_projector->resetCache();
    m_headSeq = 0;
    m_headHash.clear();
    m_knownHead.reset(); // the next attempt takes the lock and reads the head
    m_namedTypes = m_committedTypes; // the types this transaction named are gone with it
}

Result<Event> Logbook::appendInTransaction(const EventDraft &draft)
{
    if (auto head = loadHead(); !head)
        return head.error();
    const int typeCode = EventType::code(draft.type);
    const std::optional<qint64> actorCode = Actor::code(draft.actor);
    if (typeCode == 0 || !actorCode) {
        return Error::invalid(u"bad-event"_s, Tr::tr("The event cannot be recorded."),
            u"unknown type %1 or actor %2"_s.arg(draft.type, draft.actor));
    }
    Event event;
    event.seq = m_headSeq + 1;
    const QDateTime now = m_clock.nowUtc();
    event.atMs = now.toMSecsSinceEpoch();
    event.utcOffsetMinutes = m_zone.offsetFromUtc(now) / 60;
    event.type = draft.type;
    event.actor = draft.actor;
    event.station = draft.station;
    event.ticket = draft.ticket;
    event.payloadJson = Event::storedPayload(draft, event.atMs, event.utcOffsetMinutes);
    event.hash = event.chainHash(m_headHash);

    if (!m_namedTypes.contains(typeCode)) {
        QSqlQuery named(database());
        named.prepare(u"INSERT INTO event_types(code, name) VALUES (?, ?) ON CONFLICT DO NOTHING"_s);
        named.addBindValue(typeCode);
        named.addBindValue(event.type);
        if (!named.exec())
            return databaseError(named.lastError(), u"event type %1"_s.arg(event.type));
        m_namedTypes.insert(typeCode);
    }
    // Prepared once per connection: on a server, a statement prepared per append would cost two
    // more round trips (PREPARE and DEALLOCATE) than the insert itself.
    if (!m_appendEvent) {
        m_appendEvent = std::make_unique<QSqlQuery>(database());
        if (!m_appendEvent->prepare(m_dialect.insertEvent())) {
            Error e = databaseError(m_appendEvent->lastError(), u"append %1"_s.arg(event.type));
            m_appendEvent.reset();
            return e;
        }
    }
    QSqlQuery &q = *m_appendEvent;
    q.addBindValue(event.seq);
    q.addBindValue(event.atMs);
    q.addBindValue(event.utcOffsetMinutes);
    q.addBindValue(typeCode);
    q.addBindValue(*actorCode);
    q.addBindValue(event.station);
    q.addBindValue(event.ticket ? QVariant(event.ticket) : QVariant(QMetaType::fromType<int>()));
    q.addBindValue(event.payloadJson.isEmpty() ? QVariant(QMetaType::fromType<QString>())
                                               : QVariant(QString::fromUtf8(event.payloadJson)));
    q.addBindValue(event.hash);
    if (!q.exec())
        return databaseError(q.lastError(), u"append %1"_s.arg(event.type));
    q.finish();
    if (auto projected = m_projector->apply(event); !projected)
        return projected.error();
    m_headSeq = event.seq;
    m_headHash = event.hash;
    return event;
}

Result<Event> Logbook::append(const EventDraft &draft)
{
    return write<Event>([&](WriteTransaction &tx) { return tx.append(draft); });
}

Result<QString> Logbook::id() const
{
    auto q = Sql::run(database(), u"SELECT value FROM meta WHERE key = 'id'"_s);
    if (!q)
        return q.error();
    return q->next() ? q->value(0).toString() : QString();
}

qint64 Logbook::lastSeq() const
{
    QSqlQuery q(database());
    if (q.exec(u"SELECT max(seq) FROM events"_s) && q.next())
        return q.value(0).toLongLong();
    return 0;
}

Result<qint64> Logbook::firstSeqAtOrAfter(qint64 atMs) const
{
    // Bisection on the primary key: the events are appended in time order, so no index on the
    // time is needed. A clock set back can misplace the search by the size of the jump.
    qint64 lo = 1;
    qint64 hi = lastSeq() + 1;
    while (lo < hi) {
        const qint64 mid = lo + (hi - lo) / 2;
        auto at = Sql::number(database(), u"SELECT at FROM events WHERE seq = ?"_s, { mid });
        if (!at)
            return at.error();
        if (*at < atMs)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo;
}

Result<void> Logbook::setSyncEveryCommit(bool sync)
{
    auto done = Sql::exec(database(), m_dialect.syncEveryCommit(sync));
    if (!done)
        return done.error();
    return {};
}

Result<void> Logbook::flushToDisk()
{
    if (m_dialect.flush().isEmpty())
        return {};
    auto done = Sql::exec(database(), m_dialect.flush());
    if (!done)
        return done.error();
    return {};
}

Result<QList<Event>> Logbook::events(qint64 fromSeq, qint64 toSeq) const
{
    QSqlQuery q(database());
    q.setForwardOnly(true);
    q.prepare(u"SELECT seq, at, utc_offset, type, actor, station, ticket, payload, hash FROM events "
              "WHERE seq BETWEEN ? AND ? ORDER BY seq"_s);
    q.addBindValue(fromSeq);
    q.addBindValue(toSeq);
    if (!q.exec())
        return databaseError(q.lastError(), u"read events"_s);
    QList<Event> list;
    while (q.next()) {
        Event e;
        e.seq = q.value(0).toLongLong();
        e.atMs = q.value(1).toLongLong();
        e.utcOffsetMinutes = q.value(2).toInt();
        e.type = EventType::text(q.value(3).toInt());
        e.station = q.value(5).toInt();
        e.ticket = q.value(6).toInt();
        e.payloadJson = q.value(7).toString().toUtf8();
        e.actor = Actor::stored(q.value(4).toLongLong(), e.payloadJson);
        e.hash = q.value(8).toByteArray();
        list.append(e);
    }
    return list;
}

Result<std::optional<Event>> Logbook::lastEventOn(QDate localDay) const
{
    // Seq and time rise together, so a binary search over seq (a primary-key read per step) finds
    // the day's end in a long logbook without an index on time. After a backward step of the PC
    // clock it finds one end of that day; the register prints what it found.
    auto localDateOf = [this](qint64 seq) -> Result<QDate> {
        auto one = events(seq, seq);
        if (!one)
            return one.error();
        if (one->isEmpty())
            return Error::integrity(u"event-missing"_s, Tr::tr("event %1 is missing").arg(seq));
        return one->constFirst().atLocal().date();
    };
    qint64 lo = 0; // an event at or before the day (0 = none)
    qint64 hi = lastSeq() + 1; // the first event after the day
    while (hi - lo > 1) {
        const qint64 mid = lo + (hi - lo) / 2;
        auto date = localDateOf(mid);
        if (!date)
            return date.error();
        (*date <= localDay ? lo : hi) = mid;
    }
    if (lo == 0)
        return std::optional<Event>();
    auto last = events(lo, lo);
    if (!last)
        return last.error();
    if (last->isEmpty() || last->constFirst().atLocal().date() != localDay)
        return std::optional<Event>();
    return std::optional<Event>(last->constFirst());
}

Result<VerifyReport> Logbook::verify(std::optional<std::pair<qint64, QByteArray>> anchor) const
{
    // One snapshot: what the desk writes meanwhile is neither checked nor counted against it.
    auto source = m_dialect.openSource(*m_location);
    if (!source)
        return source.error();
    const qint64 head = (*source)->lastSeq();
    // The chain is checked as the audit reads the events for its replay: one read for both.
    ChainVerifier chainCheck(anchor);
    auto audited = Audit::run(**source, &chainCheck);
    if (!audited)
        return audited.error();
    const ChainVerifier::Finding found = chainCheck.finish(head);
    VerifyReport report;
    report.events = found.events;
    report.lastSeq = found.problem == ChainVerifier::Problem::None ? head : 0;
    report.lastHash = found.lastHash;
    auto chain = [&](qint64 seq, const QString &message) {
        report.findings.append(
            { VerifyFinding::Check::Chain, seq, u"events"_s, QString::number(seq), {}, {}, {}, message });
    };
    switch (found.problem) {
    case ChainVerifier::Problem::None:
        break;
    case ChainVerifier::Problem::Missing:
        chain(found.seq,
            found.missingTo > found.seq
                ? Tr::tr("events %1 to %2 are missing").arg(found.seq).arg(found.missingTo)
                : Tr::tr("event %1 is missing").arg(found.seq));
        break;
    case ChainVerifier::Problem::Hash:
        chain(found.seq,
            Tr::tr("event %1 does not match its hash (changed after it was written)").arg(found.seq));
        break;
    case ChainVerifier::Problem::Anchor:
        chain(found.seq,
            Tr::tr("event %1 does not match the anchor %2")
                .arg(found.seq)
                .arg(QString::fromLatin1(anchor ? anchor->second : QByteArray())));
        break;
    }
    if (report.ok() && anchor && (anchor->first < 1 || anchor->first > head))
        chain(anchor->first, Tr::tr("event %1 named by the anchor is missing").arg(anchor->first));
    report.findings += *audited;
    if (!m_sealFolder.isEmpty()) {
        auto seals = SealFolder(m_sealFolder).read();
        if (!seals)
            return seals.error();
        auto checked = Audit::seals(**source, *seals);
        if (!checked)
            return checked.error();
        report.findings += *checked;
        report.seals = *seals;
    }
    return report;
}

Result<void> Logbook::requireVerified() const
{
    const std::pair<qint64, qint64> now { lastSeq(), dataVersion() };
    if (now == m_verified)
        return {};
    auto report = verify();
    if (!report)
        return report.error();
    if (!report->ok()) {
        return Error::integrity(u"not-verified"_s,
            Tr::tr("The logbook does not verify, so nothing is printed or exported from it: "
                   "%1. Run kunjungan-admin logbook verify for every finding.")
                .arg(report->problem()));
    }
    m_verified = now;
    return {};
}

Result<std::optional<Seal>> Logbook::latestSeal() const
{
    if (m_sealFolder.isEmpty())
        return std::optional<Seal>();
    auto seals = SealFolder(m_sealFolder).read();
    if (!seals)
        return seals.error();
    auto mine = id();
    if (!mine)
        return mine.error();
    for (auto it = seals->crbegin(); it != seals->crend(); ++it) {
        if (it->signatureHolds && it->logbookId == *mine)
            return std::optional<Seal>(*it);
    }
    return std::optional<Seal>();
}

} // namespace kj
