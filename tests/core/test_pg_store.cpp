// The store behind the logbook: the location that selects it, what a server refuses, and what
// holds on both stores alike (append-only events, one chain from several writers at once).
#include "DeskFixture.h"

#include "Libpq.h"
#include "LogbookCopy.h"
#include "ProgramRun.h"
#include "ScopedEnv.h"
#include "ServerSetup.h"

#include <QCoreApplication>
#include <QFile>
#include <QTemporaryDir>
#include <QUrl>
#include <QtEndian>

#include <thread>

using namespace kj;
using namespace kj::test;
using namespace Qt::StringLiterals;

namespace {

Error openError(const QString &location)
{
    FakeClock clock { mondayNine() };
    auto opened = Logbook::open(location, clock, Logbook::Options { true, 2000, 0, {} });
    REQUIRE_FALSE(opened.ok());
    return opened.error();
}

// Takes the logbook back to schema 1 as it was released: on a server, a trigger sent the change
// notice; kiosk_contact came with it later, so some such logbooks lack it.
void backToSchema1(const QString &location, bool server, bool withKioskContact)
{
    RawDb raw(location);
    REQUIRE(raw.exec(u"UPDATE meta SET value = '1' WHERE key = 'schema_version'"_s));
    if (!server)
        return;
    REQUIRE(raw.exec(u"CREATE FUNCTION events_notice() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN"
                     " PERFORM pg_notify('kunjungan_events', ''); RETURN NULL; END $$"_s));
    REQUIRE(raw.exec(u"CREATE TRIGGER events_notice AFTER INSERT ON events "
                     "FOR EACH STATEMENT EXECUTE FUNCTION events_notice()"_s));
    if (!withKioskContact)
        REQUIRE(raw.exec(u"DROP FUNCTION kiosk_contact(BIGINT)"_s));
}

int schemaOf(const Logbook &logbook)
{
    return scalar(logbook.database(), u"SELECT value FROM meta WHERE key = 'schema_version'"_s).toInt();
}

} // namespace

TEST_CASE(
    "a postgresql address with a password is refused before anything is sent, and never echoed", "[store]")
{
    const Error error = openError(u"postgresql://desk:rahasia123@192.0.2.1:5432/kunjungan"_s);
    CHECK(error.kind == ErrorKind::Database);
    CHECK(error.reason == u"db-address");
    CHECK(error.message.contains(u".pgpass"_s));
    CHECK_FALSE(QString(error.message + error.detail).contains(u"rahasia123"_s));

    const Run run = runProgram(adminBinary,
        { u"--db"_s, u"postgresql://desk:rahasia123@localhost:1/kunjungan"_s, u"logbook"_s, u"verify"_s });
    CHECK(run.code == 4);
    CHECK_FALSE(QString(run.out + run.err).contains(u"rahasia123"_s));
}

TEST_CASE(
    "a postgresql address without a database, or with a setting libpq does not take, is refused", "[store]")
{
    CHECK(openError(u"postgresql://desk@localhost:5432/"_s).reason == u"db-address");
    CHECK(openError(u"postgresql://desk@localhost:5432/kunjungan?search_path=x"_s).reason == u"db-address");
}

TEST_CASE("a database server that does not answer exits 4 with a message that says what to check", "[store]")
{
    // Port 1 on this machine: nothing listens there, the connection is refused at once.
    const Error error = openError(u"postgresql://desk@127.0.0.1:1/kunjungan?connect_timeout=2"_s);
    CHECK(error.reason == u"db-unreachable");
    CHECK(error.message.contains(u"127.0.0.1:1"_s));

    const Run run = runProgram(
        adminBinary, { u"--db"_s, u"postgresql://desk@127.0.0.1:1/kunjungan"_s, u"logbook"_s, u"verify"_s });
    CHECK(run.code == 4);
    CHECK(run.err.contains(u"127.0.0.1:1"_s));
}

TEST_CASE(
    "a row of a binary COPY is read within its bytes: values, NULLs, the trailer, and a cut row is refused",
    "[store]")
{
    auto int16
        = [](qint16 v) { return QByteArray(reinterpret_cast<const char *>(&(v = qToBigEndian(v))), 2); };
    auto int32
        = [](qint32 v) { return QByteArray(reinterpret_cast<const char *>(&(v = qToBigEndian(v))), 4); };
    auto int64
        = [](qint64 v) { return QByteArray(reinterpret_cast<const char *>(&(v = qToBigEndian(v))), 8); };
    const QByteArray header = QByteArray("PGCOPY\n\377\r\n", 11) + int32(0) + int32(0);
    const QByteArray row = int16(3) + int32(8) + int64(-4'200'000'000) + int32(-1) + int32(4) + "Budi";

    using Kind = libpq::CopyRow::Kind;
    auto read = [](libpq::CopyRow &copy, const QByteArray &bytes) {
        return copy.read(bytes.constData(), int(bytes.size()));
    };
    // The values are read where the message is: it must outlive them.
    const QByteArray first = header + row;
    libpq::CopyRow copy;
    REQUIRE(read(copy, first));
    CHECK(copy.kind() == Kind::Row);
    CHECK(copy.size() == 3);
    CHECK(copy.integer(0) == -4'200'000'000);
    CHECK(copy.isNull(1));
    CHECK_FALSE(copy.isNull(2));
    CHECK(copy.text(2) == u"Budi"_s);
    REQUIRE(read(copy, row));
    CHECK(copy.view(2) == "Budi");
    REQUIRE(read(copy, int16(-1)));
    CHECK(copy.kind() == Kind::Trailer);

    // The header in a message of its own, then the row.
    libpq::CopyRow apart;
    REQUIRE(read(apart, header));
    CHECK(apart.kind() == Kind::None);
    REQUIRE(read(apart, row));
    CHECK(apart.kind() == Kind::Row);

    // Cut short, a length past the end or below -1, bytes left over: refused, never read past.
    for (const QByteArray &bad :
        { QByteArray(row.left(row.size() - 1)), QByteArray(int16(1) + int32(1000) + "x"),
            QByteArray(int16(1) + int32(-7) + "x"), QByteArray(row + "z") }) {
        CHECK_FALSE(read(copy, bad));
    }
    // A bad signature, or a flag the reader must not pass over (OIDs): refused.
    libpq::CopyRow forged;
    CHECK_FALSE(read(forged, QByteArray("PGCOPY\n\377\r\t", 11) + int32(0) + int32(0) + row));
    libpq::CopyRow withOids;
    CHECK_FALSE(read(withOids, QByteArray("PGCOPY\n\377\r\n", 11) + int32(1 << 16) + int32(0) + row));
}

TEST_CASE("events refuse to be changed or deleted on either store", "[store]")
{
    DeskFixture f;
    const qint64 events = eventCount(*f.logbook);
    REQUIRE(events > 5);
    RawDb raw(f.path);
    CHECK_FALSE(raw.exec(u"UPDATE events SET at = at + 1 WHERE seq = 3"_s));
    CHECK_FALSE(raw.exec(u"DELETE FROM events WHERE seq = 3"_s));
    if (f.store.postgres())
        CHECK_FALSE(raw.exec(u"TRUNCATE events"_s));
    CHECK(eventCount(*f.logbook) == events);
    CHECK(must(f.logbook->verify()).ok());
}

TEST_CASE(
    "two writers appending at the same time on their own connections make one chain, none lost", "[store]")
{
    DeskFixture f;
    const qint64 before = f.logbook->lastSeq();
    constexpr int perWriter = 150;
    std::atomic<int> failures { 0 };
    // Each thread opens its own logbook: a connection belongs to the thread that made it.
    auto writer = [&](int which) {
        Logbook::Options options;
        options.changePollMs = 0;
        options.busyTimeoutMs = 30'000;
        auto logbook = Logbook::open(f.path, f.clock, options);
        if (!logbook) {
            ++failures;
            return;
        }
        for (int i = 0; i < perWriter; ++i) {
            const EventDraft draft { EventType::ClockJumped, QString(Actor::System), 0,
                QJsonObject { { u"writer"_s, which }, { u"i"_s, i } } };
            if (!(*logbook)->append(draft))
                ++failures;
        }
    };
    std::thread first(writer, 1);
    std::thread second(writer, 2);
    first.join();
    second.join();
    CHECK(failures == 0);
    CHECK(f.logbook->lastSeq() == before + 2 * perWriter);
    CHECK(eventCount(*f.logbook) == before + 2 * perWriter);
    const VerifyReport report = must(f.logbook->verify());
    CHECK(report.ok());
    CHECK(report.events == before + 2 * perWriter);
}

TEST_CASE("a database holding another program's tables is refused and left as it was", "[store]")
{
    TestStore store;
    QTemporaryDir dir;
    const QString location = store.location(dir);
    {
        RawDb raw(location);
        REQUIRE(raw.exec(u"CREATE TABLE invoices(id INTEGER PRIMARY KEY, total INTEGER)"_s));
    }
    const Error error = openError(location);
    CHECK(error.reason == u"db-foreign");
    RawDb raw(location);
    CHECK(raw.exec(u"SELECT count(*) FROM invoices"_s));
    CHECK_FALSE(raw.exec(u"SELECT count(*) FROM events"_s));

    const Run run = runProgram(adminBinary, { u"--db"_s, location, u"logbook"_s, u"verify"_s });
    CHECK(run.code == 4);
}

TEST_CASE("a logbook of a newer schema is refused on either store", "[store]")
{
    DeskFixture f;
    f.desk.reset();
    f.logbook.reset();
    {
        RawDb raw(f.path);
        REQUIRE(raw.exec(u"UPDATE meta SET value = '99' WHERE key = 'schema_version'"_s));
    }
    const Error error = openError(f.path);
    CHECK(error.reason == u"db-newer");
    CHECK(error.message.contains(u"99"_s));
}

TEST_CASE("a logbook of schema 1 is brought up to the current schema when opened, on either store", "[store]")
{
    const bool withKioskContact = GENERATE(true, false);
    DeskFixture f;
    const qint64 events = eventCount(*f.logbook);
    f.desk.reset();
    f.logbook.reset();
    backToSchema1(f.path, f.store.postgres(), withKioskContact);

    auto logbook = must(Logbook::open(f.path, f.clock, Logbook::Options { false, 2000, 0, {} }));
    CHECK(schemaOf(*logbook) == schemaVersion);
    CHECK(eventCount(*logbook) == events);
    // Exactly a new logbook's schema: the trigger gone, kiosk_contact there.
    const VerifyReport report = must(logbook->verify());
    for (const VerifyFinding &finding : report.findings)
        UNSCOPED_INFO(finding.key.toStdString() << ": " << finding.message.toStdString());
    CHECK(report.ok());
}

TEST_CASE("verify on either store names a changed projection row, altered personal data and an index added "
          "outside Kunjungan",
    "[store]")
{
    DeskFixture f;
    REQUIRE(must(f.logbook->verify()).ok());
    {
        RawDb raw(f.path);
        REQUIRE(raw.exec(u"UPDATE wbp SET cell = '99' WHERE id = ?"_s, { f.budi }));
        REQUIRE(raw.exec(u"UPDATE personal_data SET value = 'Siti Palsu' WHERE value = 'Siti Aminah'"_s));
        REQUIRE(raw.exec(u"CREATE INDEX wbp_extra ON wbp(status)"_s));
    }
    const VerifyReport report = must(f.logbook->verify());
    CHECK_FALSE(report.ok());
    auto found = [&](VerifyFinding::Check check, const QString &table) {
        return std::any_of(report.findings.cbegin(), report.findings.cend(),
            [&](const VerifyFinding &v) { return v.check == check && v.table == table; });
    };
    CHECK(found(VerifyFinding::Check::Projection, u"wbp"_s));
    CHECK(found(VerifyFinding::Check::PersonalData, u"personal_data"_s));
    CHECK(std::any_of(report.findings.cbegin(), report.findings.cend(), [](const VerifyFinding &v) {
        return v.check == VerifyFinding::Check::Schema && v.key.contains(u"wbp_extra"_s);
    }));
}

TEST_CASE("a logbook copied to the other store and back keeps every seq and hash and verifies at both ends",
    "[store]")
{
    DeskFixture f;
    f.signIn(f.budi);
    must(f.desk->calls().callNext(1, officer));
    must(f.desk->calls().startCall(1, officer));
    const VerifyReport before = must(f.logbook->verify());
    REQUIRE(before.ok());
    const Event anchor = must(f.logbook->events(5, 5)).constFirst();

    // The other store: a file when the fixture is on a server, a database when it is a file (or,
    // without a server, another file).
    TestStore other;
    const bool toFile = f.store.postgres() || !TestStore::postgresAsked();
    const QString there
        = toFile ? f.dir.filePath(u"salinan.sqlite"_s) : other.location(f.dir, u"salinan.sqlite"_s);
    const CopyReport copied = must(copyLogbook(*f.logbook, there, f.clock));
    CHECK(copied.events == before.events);
    CHECK(copied.lastHash == before.lastHash);

    auto copy = openLogbook(there, f.clock);
    const QList<Event> original = must(f.logbook->events(1, f.logbook->lastSeq()));
    const QList<Event> moved = must(copy->events(1, copy->lastSeq()));
    REQUIRE(moved.size() == original.size());
    for (qsizetype i = 0; i < original.size(); ++i) {
        CHECK(moved[i].seq == original[i].seq);
        CHECK(moved[i].hash == original[i].hash);
        CHECK(moved[i].payloadJson == original[i].payloadJson);
    }
    CHECK(dumpProjections(copy->database()) == dumpProjections(f.logbook->database()));
    CHECK(must(copy->id()) == must(f.logbook->id()));
    CHECK(copy->personal(QString()) == QString());
    // A register signed before the move still verifies by its anchor.
    CHECK(must(copy->verify(std::pair { anchor.seq, anchor.hash.toHex().left(16) })).ok());

    // And back, into a new store of the fixture's own kind.
    TestStore back;
    const QString home = back.location(f.dir, u"kembali.sqlite"_s);
    CHECK(must(copyLogbook(*copy, home, f.clock)).lastHash == before.lastHash);
    // A target that holds a logbook is refused, and left as it was.
    const Result<CopyReport> again = copyLogbook(*f.logbook, home, f.clock);
    REQUIRE_FALSE(again.ok());
    CHECK(again.error().reason == u"copy-target");
    CHECK(must(openLogbook(home, f.clock)->verify()).lastSeq == before.lastSeq);
}

TEST_CASE("logbook copy on the command line copies, verifies and refuses a target that holds data", "[store]")
{
    DeskFixture f;
    const QString there = f.dir.filePath(u"salinan.sqlite"_s);
    const Run run = runProgram(adminBinary, { u"--db"_s, f.path, u"logbook"_s, u"copy"_s, u"--to"_s, there });
    REQUIRE(run.code == 0);
    const QString hash = QString::fromLatin1(must(f.logbook->verify()).lastHash.toHex());
    CHECK(run.out.contains(hash));
    const Run verified = runProgram(adminBinary, { u"--db"_s, there, u"logbook"_s, u"verify"_s });
    CHECK(verified.code == 0);
    CHECK(verified.out.contains(hash));
    const Run again
        = runProgram(adminBinary, { u"--db"_s, f.path, u"logbook"_s, u"copy"_s, u"--to"_s, there });
    CHECK(again.code == 2);
}

TEST_CASE("a schema that fails halfway is not left half-created on PostgreSQL", "[.pg]")
{
    TestStore store;
    QTemporaryDir dir;
    const QString location = store.location(dir);
    REQUIRE(store.postgres());
    // A function of the name the schema needs makes its creation fail after the first tables;
    // functions are no tables, so the database still counts as empty.
    {
        RawDb raw(location);
        REQUIRE(raw.exec(u"CREATE FUNCTION events_append_only() RETURNS trigger LANGUAGE plpgsql "
                         "AS $$ BEGIN RETURN NULL; END $$"_s));
    }
    const Error error = openError(location);
    CHECK(error.kind == ErrorKind::Database);
    RawDb raw(location);
    CHECK_FALSE(raw.exec(u"SELECT count(*) FROM meta"_s));
    CHECK_FALSE(raw.exec(u"SELECT count(*) FROM events"_s));
}

TEST_CASE("an unknown user or a missing database on the server exits 4 saying which", "[.pg]")
{
    TestStore store;
    QTemporaryDir dir;
    QUrl url(store.location(dir));
    REQUIRE(store.postgres());
    QUrl missing = url;
    missing.setPath(u"/kj_no_such_database"_s);
    CHECK(openError(missing.toString()).reason == u"db-missing");
    QUrl stranger = url;
    stranger.setUserName(u"kj_no_such_user"_s);
    CHECK(openError(stranger.toString()).reason == u"db-auth");

    const Run run = runProgram(adminBinary, { u"--db"_s, missing.toString(), u"logbook"_s, u"verify"_s });
    CHECK(run.code == 4);
    CHECK(run.err.contains(u"kj_no_such_database"_s));
}

namespace {

QString asRole(const QString &location, const QString &role)
{
    QUrl url(location);
    url.setUserName(role);
    return url.toString();
}

} // namespace

TEST_CASE(
    "server init gives the kiosk's and the desk's roles their own work only, held by the server", "[.pg]")
{
    DeskFixture f; // a logbook a superuser made: roster, contacts, officer 1
    REQUIRE(f.store.postgres());
    const Ticket earlier = f.signIn(f.budi);
    must(ServerSetup::init(f.path, f.clock));
    const Event head = must(f.logbook->events(f.logbook->lastSeq(), f.logbook->lastSeq())).constFirst();

    QTemporaryDir home;
    QFile pgpass(home.filePath(u"pgpass"_s));
    REQUIRE(pgpass.open(QIODevice::WriteOnly));
    pgpass.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    pgpass.write("*:*:*:kiosk:kiosk-uji-7Q\n*:*:*:desk:desk-uji-9Z\n");
    pgpass.close();
    {
        RawDb admin(f.path);
        REQUIRE(admin.exec(u"ALTER ROLE kiosk PASSWORD 'kiosk-uji-7Q'"_s));
        REQUIRE(admin.exec(u"ALTER ROLE desk PASSWORD 'desk-uji-9Z'"_s));
    }
    const QByteArray superuserPassword = qgetenv("PGPASSWORD");
    const ScopedEnv noPassword("PGPASSWORD", QByteArray());
    const ScopedEnv passFile("PGPASSFILE", QFile::encodeName(pgpass.fileName()));

    SECTION("the kiosk signs in and shows a contact by first name and the phone's last digits")
    {
        auto book = must(
            Logbook::open(asRole(f.path, u"kiosk"_s), f.clock, Logbook::Options { false, 2000, 0, {} }));
        Desk kiosk(*book, f.clock);
        must(kiosk.load(false));
        const QList<Contact> shown = must(kiosk.roster().kioskContactsOf(f.agus));
        REQUIRE(shown.size() == 1);
        CHECK(shown[0].name == u"Rina"_s);
        CHECK(shown[0].phone == u"2222"_s);
        CHECK(must(kiosk.calls().signIn(f.agus, f.contactOf[f.agus], QString(Actor::Kiosk))).number
            == earlier.number + 1);
    }
    SECTION("the kiosk's role is refused everything else by the server")
    {
        RawDb kiosk(asRole(f.path, u"kiosk"_s));
        const QString denied = u"42501"_s; // insufficient privilege, row security included
        CHECK(kiosk.failureOf(u"SELECT value FROM personal_data"_s) == denied);
        CHECK(
            kiosk.failureOf(u"UPDATE sessions SET outcome = 'completed', duration_ms = 600000"_s) == denied);
        CHECK(kiosk.failureOf(u"DELETE FROM sessions"_s) == denied);
        CHECK(kiosk.failureOf(u"INSERT INTO officers(id, name, role) VALUES (99, 'Penyusup', 'admin')"_s)
            == denied);
        CHECK(kiosk.failureOf(u"UPDATE officers SET role = 'admin'"_s) == denied);
        CHECK(kiosk.failureOf(u"UPDATE settings SET value = '{}'"_s) == denied);
        CHECK(kiosk.failureOf(u"UPDATE officer_pins SET hash = ''"_s) == denied);
        CHECK(kiosk.failureOf(u"CREATE TABLE shadow(a INTEGER)"_s) == denied);
        // An officer's event, or a line already called, forged as the kiosk.
        CHECK(kiosk.failureOf(
                  u"INSERT INTO events(seq, at, utc_offset, type, actor, station, ticket, payload, hash) "
                  "VALUES (%1, 0, 420, %2, 0, 0, NULL, NULL, '\\x00')"_s.arg(head.seq + 1)
                      .arg(EventType::code(EventType::OfficerAdded)))
            == denied);
        CHECK(kiosk.failureOf(
                  u"INSERT INTO sessions(id, day, ticket, wbp_id, cell, state, station, order_key, "
                  "recalls, retries, signed_in, called, paused_ms, extended_min, warned, timed_up, amended) "
                  "VALUES (999, 20261130, 99, %1, '12', 1, 1, 99, 0, 0, 0, 1, 0, 0, 0, 0, 0)"_s.arg(f.budi))
            == denied);
    }
    SECTION("on a logbook of an older schema the desk is told who upgrades it, and server init does")
    {
        {
            const ScopedEnv asSuperuser("PGPASSWORD", superuserPassword);
            backToSchema1(f.path, true, true);
        }
        auto refused
            = Logbook::open(asRole(f.path, u"desk"_s), f.clock, Logbook::Options { false, 2000, 0, {} });
        REQUIRE_FALSE(refused.ok());
        CHECK(refused.error().reason == u"db-upgrade");
        CHECK(refused.error().message.contains(u"server init postgresql:///"_s));
        CHECK(schemaOf(*f.logbook) == 1); // nothing changed

        {
            const ScopedEnv asSuperuser("PGPASSWORD", superuserPassword);
            must(ServerSetup::init(f.path, f.clock));
        }
        CHECK(schemaOf(*f.logbook) == schemaVersion);
        auto book = must(
            Logbook::open(asRole(f.path, u"desk"_s), f.clock, Logbook::Options { false, 2000, 0, {} }));
        CHECK(must(book->verify()).ok());
        auto kiosk = must(
            Logbook::open(asRole(f.path, u"kiosk"_s), f.clock, Logbook::Options { false, 2000, 0, {} }));
        Desk atKiosk(*kiosk, f.clock);
        must(atKiosk.load(false));
        CHECK(must(atKiosk.roster().kioskContactsOf(f.agus)).size() == 1);
    }
    SECTION("the desk calls, verifies, and still cannot change an event or the schema")
    {
        auto book = must(
            Logbook::open(asRole(f.path, u"desk"_s), f.clock, Logbook::Options { false, 2000, 0, {} }));
        Desk desk(*book, f.clock);
        must(desk.load(false));
        CHECK(must(desk.calls().callNext(1, officer)).number == earlier.number);
        const VerifyReport report = must(book->verify());
        CHECK(report.ok());

        RawDb raw(asRole(f.path, u"desk"_s));
        CHECK_FALSE(raw.failureOf(u"UPDATE events SET payload = NULL WHERE seq = 1"_s).isEmpty());
        CHECK(raw.failureOf(u"ALTER TABLE events DISABLE TRIGGER ALL"_s) == u"42501"_s);
        CHECK(raw.failureOf(u"CREATE TABLE shadow(a INTEGER)"_s) == u"42501"_s);
    }
}
