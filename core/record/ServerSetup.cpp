#include "ServerSetup.h"

#include "Dialect.h"
#include "Event.h"
#include "Logbook.h"
#include "PgSource.h"
#include "Schema.h"
#include "Sql.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace kj {

namespace {

// A connection of its own for the setup, closed and removed when it goes.
class SetupConnection
{
public:
    SetupConnection() = default;
    ~SetupConnection()
    {
        {
            QSqlDatabase db = database();
            if (db.isOpen())
                db.close();
        }
        QSqlDatabase::removeDatabase(m_name);
    }
    SetupConnection(const SetupConnection &) = delete;
    SetupConnection &operator=(const SetupConnection &) = delete;

    Result<void> open(const StoreLocation &location)
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QPSQL"_s, m_name);
        if (auto opened = Dialect::postgres().open(db, location, 5000); !opened)
            return opened;
        return run(Dialect::postgres().connectionSetup(5000));
    }
    QSqlDatabase database() const { return QSqlDatabase::database(m_name, false); }
    Result<void> run(const QStringList &statements) const
    {
        for (const QString &statement : statements) {
            if (auto r = Sql::exec(database(), statement); !r)
                return r;
        }
        return {};
    }

private:
    QString m_name = u"server-setup-"_s + QUuid::createUuid().toString(QUuid::Id128);
};

// 24 letters and digits: nothing a .pgpass line or an SQL literal would have to escape.
QString newPassword()
{
    static constexpr char alphabet[] = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";
    QString password;
    for (int i = 0; i < 24; ++i)
        password
            += QChar::fromLatin1(alphabet[QRandomGenerator::system()->bounded(int(sizeof alphabet) - 1)]);
    return password;
}

QString typeCodes(std::initializer_list<QLatin1String> types)
{
    QStringList codes;
    for (const QLatin1String type : types)
        codes.append(QString::number(EventType::code(type)));
    return codes.join(u", "_s);
}

// Every table, view and function of the schema to the owner.
QString toOwner()
{
    return uR"(DO $$ DECLARE r record; BEGIN
  FOR r IN SELECT c.oid::regclass AS name, c.relkind FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
      WHERE n.nspname = 'public' AND c.relkind IN ('r', 'v', 'S') AND pg_get_userbyid(c.relowner) <> '%1' LOOP
    EXECUTE format('ALTER %s %s OWNER TO %1',
      CASE r.relkind WHEN 'v' THEN 'VIEW' WHEN 'S' THEN 'SEQUENCE' ELSE 'TABLE' END, r.name);
  END LOOP;
  FOR r IN SELECT p.oid::regprocedure AS name FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace
      WHERE n.nspname = 'public' AND pg_get_userbyid(p.proowner) <> '%1' LOOP
    EXECUTE format('ALTER FUNCTION %s OWNER TO %1', r.name);
  END LOOP;
END $$)"_s.arg(ServerSetup::ownerRole);
}

// What each role may do, granted again on every run (a grant that exists is kept).
QStringList grants(const QString &database)
{
    const QString desk = QString(ServerSetup::deskRole);
    const QString kiosk = QString(ServerSetup::kioskRole);
    const QString projections = projectionTables().join(u", "_s);
    return {
        u"REVOKE ALL ON DATABASE %1 FROM PUBLIC"_s.arg(database),
        u"GRANT CONNECT ON DATABASE %1 TO %2, %3"_s.arg(database, desk, kiosk),
        u"REVOKE ALL ON SCHEMA public FROM PUBLIC"_s,
        u"GRANT USAGE ON SCHEMA public TO %1, %2"_s.arg(desk, kiosk),
        u"REVOKE ALL ON ALL TABLES IN SCHEMA public FROM PUBLIC, %1, %2"_s.arg(desk, kiosk),
        u"REVOKE ALL ON ALL FUNCTIONS IN SCHEMA public FROM PUBLIC"_s,
        u"GRANT EXECUTE ON FUNCTION kiosk_contact(BIGINT) TO %1, %2"_s.arg(desk, kiosk),
        // The desk: everything the officers' work writes; events only appended (the triggers
        // refuse a change to any role), the schema not at all.
        u"GRANT SELECT ON ALL TABLES IN SCHEMA public TO %1"_s.arg(desk),
        u"GRANT INSERT ON events, event_types TO %1"_s.arg(desk),
        u"GRANT INSERT, UPDATE ON personal_data, officer_pins TO %1"_s.arg(desk),
        u"GRANT INSERT, UPDATE, DELETE ON %1 TO %2"_s.arg(projections, desk),
        // The kiosk: what the kiosk screens read (the schedule, the roster, the queue, the
        // officers for the PIN pad), and its own appends; no personal data but kiosk_contact().
        u"GRANT SELECT ON meta, events, event_types, settings, officers, officer_pins, wbp, contacts, "
        "restrictions, sessions, survey_answers TO %1"_s.arg(kiosk),
        u"GRANT INSERT ON events, sessions, survey_answers TO %1"_s.arg(kiosk),
        // Row security: the kiosk appends only the kiosk's events (and an officer's close of the
        // kiosk), and adds only a new, waiting line. The owner is not held by it.
        u"ALTER TABLE events ENABLE ROW LEVEL SECURITY"_s,
        u"ALTER TABLE sessions ENABLE ROW LEVEL SECURITY"_s,
        u"DROP POLICY IF EXISTS desk_events ON events"_s,
        u"DROP POLICY IF EXISTS kiosk_reads_events ON events"_s,
        u"DROP POLICY IF EXISTS kiosk_appends ON events"_s,
        u"DROP POLICY IF EXISTS desk_sessions ON sessions"_s,
        u"DROP POLICY IF EXISTS kiosk_reads_sessions ON sessions"_s,
        u"DROP POLICY IF EXISTS kiosk_signs_in ON sessions"_s,
        u"CREATE POLICY desk_events ON events TO %1 USING (true) WITH CHECK (true)"_s.arg(desk),
        u"CREATE POLICY kiosk_reads_events ON events FOR SELECT TO %1 USING (true)"_s.arg(kiosk),
        u"CREATE POLICY kiosk_appends ON events FOR INSERT TO %1 WITH CHECK "
        "((actor = 0 AND type IN (%2)) OR type IN (%3))"_s.arg(kiosk,
            typeCodes({ EventType::SignedIn, EventType::SurveyAnswered }),
            typeCodes({ EventType::KioskClosed })),
        u"CREATE POLICY desk_sessions ON sessions TO %1 USING (true) WITH CHECK (true)"_s.arg(desk),
        u"CREATE POLICY kiosk_reads_sessions ON sessions FOR SELECT TO %1 USING (true)"_s.arg(kiosk),
        u"CREATE POLICY kiosk_signs_in ON sessions FOR INSERT TO %1 WITH CHECK (called IS NULL AND "
        "started IS NULL AND ended IS NULL AND outcome IS NULL AND officer_id IS NULL)"_s.arg(kiosk),
    };
}

} // namespace

Result<ServerSetup::Report> ServerSetup::init(const QString &address, const Clock &clock)
{
    auto location = StoreLocation::parse(address);
    if (!location)
        return location.error();
    static const QRegularExpression plainName(u"^[a-z_][a-z0-9_]*$"_s);
    if (!location->postgres || !plainName.match(location->database).hasMatch()) {
        return Error::invalid(u"server-address"_s,
            tr("server init needs a postgresql://USER@HOST:PORT/DATABASE address whose database name has "
               "only "
               "small letters, digits and _."));
    }
    Report report;
    report.database = location->database;

    // Roles and the database, from the server's own database.
    {
        StoreLocation server = *location;
        server.database = u"postgres"_s;
        SetupConnection connection;
        if (auto opened = connection.open(server); !opened)
            return opened.error();
        const QSqlDatabase db = connection.database();
        if (Sql::number(db, u"SELECT count(*) FROM pg_roles WHERE rolname = current_user AND rolsuper"_s)
                .valueOr(0)
            != 1) {
            return Error::refused(u"server-superuser"_s,
                tr("server init must connect as a superuser of the database server (e.g. postgresql://"
                   "postgres@localhost/%1, run as the postgres user).")
                    .arg(location->database));
        }
        for (const QLatin1String role : { ownerRole, deskRole, kioskRole }) {
            auto exists
                = Sql::number(db, u"SELECT count(*) FROM pg_roles WHERE rolname = ?"_s, { QString(role) });
            if (!exists)
                return exists.error();
            if (*exists)
                continue;
            QString create = u"CREATE ROLE %1 NOLOGIN"_s.arg(role);
            if (role != ownerRole) {
                const QString password = newPassword();
                create = u"CREATE ROLE %1 LOGIN PASSWORD '%2'"_s.arg(role, password);
                report.passwords.insert(QString(role), password);
            }
            if (auto r = Sql::exec(db, create); !r)
                return r.error();
            report.rolesCreated.append(QString(role));
        }
        auto exists = Sql::number(
            db, u"SELECT count(*) FROM pg_database WHERE datname = ?"_s, { location->database });
        if (!exists)
            return exists.error();
        if (!*exists) {
            if (auto r = Sql::exec(db, u"CREATE DATABASE %1 OWNER %2"_s.arg(location->database, ownerRole));
                !r)
                return r.error();
            report.databaseCreated = true;
        } else if (auto r
                   = Sql::exec(db, u"ALTER DATABASE %1 OWNER TO %2"_s.arg(location->database, ownerRole));
                   !r) {
            return r.error(); // a database made beforehand (createdb): the owner may then create the schema
        }
    }

    // A logbook made there before (e.g. copied by a superuser) passes to the owner; the schema is
    // created as the owner (a logbook there is left as it is); then the grants.
    SetupConnection connection;
    if (auto opened = connection.open(*location); !opened)
        return opened.error();
    if (auto moved = connection.run({ toOwner() }); !moved)
        return moved.error();
    Logbook::Options asOwner;
    asOwner.changePollMs = 0;
    asOwner.role = QString(ownerRole);
    auto logbook = Logbook::open(address, clock, asOwner);
    if (!logbook)
        return logbook.error();
    logbook->reset();
    QStringList types;
    for (const QLatin1String type : EventType::all)
        types.append(u"(%1, '%2')"_s.arg(EventType::code(type)).arg(type));
    // Every type named at once: the kiosk's role may not add one.
    QStringList statements { u"BEGIN"_s,
        u"INSERT INTO event_types(code, name) VALUES %1 ON CONFLICT DO NOTHING"_s.arg(types.join(u", "_s)) };
    statements += grants(location->database);
    // For the roles that may not build the expected schema to compare with (PgSource).
    auto source = PgSource::open(*location);
    if (!source)
        return source.error();
    auto expected = (*source)->expectedSchema();
    if (!expected)
        return expected.error();
    source->reset();
    const QString dump = QString::fromUtf8(
        QJsonDocument(QJsonArray::fromStringList(*expected)).toJson(QJsonDocument::Compact));
    statements.append(
        u"INSERT INTO meta(key, value) VALUES ('%1', %2) ON CONFLICT(key) DO UPDATE SET value = excluded.value"_s
            .arg(PgSource::expectedSchemaKey, u"$kj$"_s + dump + u"$kj$"_s));
    statements.append(u"COMMIT"_s);
    if (auto granted = connection.run(statements); !granted) {
        (void)Sql::exec(connection.database(), u"ROLLBACK"_s);
        return granted.error();
    }
    return report;
}

} // namespace kj
