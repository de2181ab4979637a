#include "Schema.h"

#include "Dialect.h"

using namespace Qt::StringLiterals;

namespace kj {

QStringList createStatements(const Dialect &dialect)
{
    // Every table is STRICT: a value of another type is refused, not converted, so what verify
    // compares is what the reports read. Written in SQLite's words; the dialect translates.
    QStringList statements {
        u"CREATE TABLE meta(key TEXT PRIMARY KEY, value TEXT NOT NULL) STRICT, WITHOUT ROWID"_s,
        // The record. hash = first 16 bytes of SHA-256(previous hash ‖ canonical bytes), see
        // writeCanonical(). Kept lean, since a service day adds about five events per call:
        // type and actor are small codes (event_types, Actor::code), the ticket an event is
        // about has its own column, and payload holds only what is left (NULL if nothing).
        u"CREATE TABLE events("
        " seq INTEGER PRIMARY KEY,"
        " at INTEGER NOT NULL," // UTC milliseconds since the epoch
        " utc_offset INTEGER NOT NULL," // facility offset in minutes at that instant
        " type INTEGER NOT NULL," // EventType::code
        " actor INTEGER NOT NULL," // officer id; 0 kiosk, -1 system, -2 CLI
        " station INTEGER NOT NULL,"
        " ticket INTEGER," // of the event's facility-local day unless payload.day
        " payload TEXT,"
        " hash BLOB NOT NULL) STRICT"_s,
        // Names of the type codes, filled as types are first used, and a readable view of the
        // record for anyone auditing the file with the sqlite3 shell.
        u"CREATE TABLE event_types(code INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE) STRICT"_s,
    };
    statements += dialect.eventLogView();
    statements += dialect.eventTriggers();
    statements += {
        // Family names and phone numbers: events carry the salted digest, so this can be redacted.
        u"CREATE TABLE personal_data("
        " id INTEGER PRIMARY KEY, digest BLOB NOT NULL UNIQUE, salt BLOB, value TEXT,"
        " created INTEGER NOT NULL, redacted INTEGER) STRICT"_s,
        u"CREATE INDEX personal_data_created ON personal_data(created)"_s,
        // The officers' PIN hashes (Argon2id), outside the chain so that no backup or export of the
        // events holds them; the officer.pin event carries a check of the hash (Drafts::officerPinSet).
        // previous: the hash before the last change, so a new PIN cannot be the old one.
        u"CREATE TABLE officer_pins(officer_id INTEGER PRIMARY KEY, hash TEXT NOT NULL, previous TEXT) STRICT"_s,

        // Projections.
        u"CREATE TABLE settings(key TEXT PRIMARY KEY, value TEXT NOT NULL, seq INTEGER NOT NULL,"
        " actor TEXT NOT NULL) STRICT"_s,
        u"CREATE TABLE officers("
        " id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE, role TEXT NOT NULL,"
        " active INTEGER NOT NULL DEFAULT 1, failed INTEGER NOT NULL DEFAULT 0, last_failed INTEGER,"
        // The first and last day a line named the officer: the visiting book finds an officer's
        // lines by walking those days (an index of officers cost 17 bytes a session).
        " first_day INTEGER, last_day INTEGER,"
        " pin_check TEXT) STRICT"_s,
        u"CREATE TABLE wbp("
        " id INTEGER PRIMARY KEY, reg_no TEXT NOT NULL UNIQUE, name TEXT NOT NULL,"
        " aliases TEXT NOT NULL DEFAULT '', block TEXT NOT NULL DEFAULT '', cell TEXT NOT NULL,"
        " status TEXT NOT NULL DEFAULT '', entry_date TEXT, expiry_date TEXT,"
        " active INTEGER NOT NULL DEFAULT 1) STRICT"_s,
        u"CREATE INDEX wbp_cell ON wbp(cell, name)"_s,
        u"CREATE INDEX wbp_name ON wbp(name COLLATE NOCASE)"_s,
        u"CREATE TABLE contacts("
        " id INTEGER PRIMARY KEY, wbp_id INTEGER NOT NULL REFERENCES wbp(id),"
        " name_digest TEXT NOT NULL, phone_digest TEXT NOT NULL, relation TEXT NOT NULL,"
        " approved INTEGER NOT NULL DEFAULT 0, active INTEGER NOT NULL DEFAULT 1) STRICT"_s,
        u"CREATE INDEX contacts_wbp ON contacts(wbp_id)"_s,
        u"CREATE TABLE restrictions("
        " id INTEGER PRIMARY KEY, wbp_id INTEGER NOT NULL REFERENCES wbp(id),"
        " reason TEXT NOT NULL, from_day TEXT NOT NULL, to_day TEXT,"
        " lifted INTEGER NOT NULL DEFAULT 0) STRICT"_s,
        u"CREATE INDEX restrictions_wbp ON restrictions(wbp_id)"_s,
        // One row per ticket: the line of the paper visiting book. Times in UTC milliseconds;
        // day = facility-local date as yyyymmdd.
        u"CREATE TABLE sessions("
        " id INTEGER PRIMARY KEY, day INTEGER NOT NULL, ticket INTEGER NOT NULL,"
        " wbp_id INTEGER NOT NULL REFERENCES wbp(id), cell TEXT NOT NULL, contact_id INTEGER,"
        " state INTEGER NOT NULL, station INTEGER NOT NULL DEFAULT 0, order_key INTEGER NOT NULL,"
        " recalls INTEGER NOT NULL DEFAULT 0, retries INTEGER NOT NULL DEFAULT 0,"
        " signed_in INTEGER NOT NULL, called INTEGER, started INTEGER, ended INTEGER,"
        " pause_from INTEGER, paused_ms INTEGER NOT NULL DEFAULT 0,"
        " extended_min INTEGER NOT NULL DEFAULT 0, warned INTEGER NOT NULL DEFAULT 0,"
        " timed_up INTEGER NOT NULL DEFAULT 0, duration_ms INTEGER, allowed_ms INTEGER,"
        " outcome TEXT, officer_id INTEGER,"
        " amended INTEGER NOT NULL DEFAULT 0, UNIQUE(day, ticket)) STRICT"_s,
        u"CREATE INDEX sessions_wbp ON sessions(wbp_id, day)"_s,
        // The visiting book's search by outcome, newest first. The index holds only the exceptions
        // (no-show, no answer, ended early …): completed calls are most rows and are found by
        // walking the days; a query must repeat the condition ("outcome <> 'completed'") for
        // SQLite to use it.
        u"CREATE INDEX sessions_outcome ON sessions(outcome, day) WHERE outcome <> 'completed'"_s,
        // Start-up finds the calls left open by a crash without reading every session ever held:
        // a partial index holds only the sessions in call (TicketState::InCall = 2), a handful.
        u"CREATE INDEX sessions_in_call ON sessions(day) WHERE state = 2"_s,
        // Extension reasons, end reasons and amendments of a session, in order.
        u"CREATE TABLE session_notes("
        " id INTEGER PRIMARY KEY, session_id INTEGER NOT NULL REFERENCES sessions(id),"
        " seq INTEGER NOT NULL, kind TEXT NOT NULL, field TEXT NOT NULL DEFAULT '',"
        " value TEXT NOT NULL DEFAULT '', reason TEXT NOT NULL DEFAULT '') STRICT"_s,
        u"CREATE INDEX session_notes_session ON session_notes(session_id)"_s,
        // Survey answers and complaints, so the monthly recap reads tables instead of scanning events.
        // One row per kiosk survey (SKM PermenPANRB 14/2017): the nine items on the 1..4 scale.
        // seq = the event's; day = facility-local date as yyyymmdd.
        u"CREATE TABLE survey_answers("
        " seq INTEGER PRIMARY KEY, day INTEGER NOT NULL,"
        " u1 INTEGER NOT NULL, u2 INTEGER NOT NULL, u3 INTEGER NOT NULL, u4 INTEGER NOT NULL,"
        " u5 INTEGER NOT NULL, u6 INTEGER NOT NULL, u7 INTEGER NOT NULL, u8 INTEGER NOT NULL,"
        " u9 INTEGER NOT NULL) STRICT"_s,
        u"CREATE INDEX survey_answers_day ON survey_answers(day)"_s,
        // A complaint as it stands now; who_digest points into personal_data (redactable).
        u"CREATE TABLE complaints("
        " id INTEGER PRIMARY KEY, day INTEGER NOT NULL, channel TEXT NOT NULL,"
        " who_digest TEXT NOT NULL DEFAULT '', content TEXT NOT NULL,"
        " follow_up TEXT NOT NULL DEFAULT '', status TEXT NOT NULL) STRICT"_s,
        u"CREATE INDEX complaints_day ON complaints(day)"_s,
        // Every change of a complaint, with who made it: the complaint's own history.
        u"CREATE TABLE complaint_changes("
        " seq INTEGER PRIMARY KEY, complaint_id INTEGER NOT NULL REFERENCES complaints(id),"
        " at INTEGER NOT NULL, actor TEXT NOT NULL, status TEXT NOT NULL,"
        " follow_up TEXT NOT NULL DEFAULT '') STRICT"_s,
        u"CREATE INDEX complaint_changes_complaint ON complaint_changes(complaint_id)"_s,
    };
    for (QString &statement : statements)
        statement = dialect.translate(statement);
    statements += dialect.kioskReads(); // reads the tables above
    return statements;
}

QList<QStringList> upgradeSteps(const Dialect &dialect)
{
    // 1 → 2: a server's change notice moved from a trigger into the append (nothing on a file).
    return { dialect.schemaUpgrade(2) };
}

QStringList projectionTables()
{
    return { u"complaint_changes"_s, u"complaints"_s, u"survey_answers"_s, u"session_notes"_s, u"sessions"_s,
        u"restrictions"_s, u"contacts"_s, u"wbp"_s, u"officers"_s, u"settings"_s };
}

} // namespace kj
