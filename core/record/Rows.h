#pragma once

#include "Queue.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <array>
#include <optional>

namespace kj {

// The rows of the projection tables, column by column as the schema has them (nullable columns
// are optionals). The Projector computes them from the events; the live path stores them
// (SqlRows), the verifier replays the whole logbook into memory (MemoryRows) and compares.
namespace Rows {

struct Setting
{
    QString key;
    QString value; // canonical JSON
    qint64 seq = 0;
    QString actor;
    friend bool operator==(const Setting &, const Setting &) = default;
};

struct Officer
{
    qint64 id = 0;
    QString name;
    QString role;
    bool active = true;
    int failed = 0; // wrong PINs since the last good one or the last new PIN
    std::optional<qint64> lastFailed;
    // The first and last day a line named the officer: the visiting book finds an officer's
    // lines by walking those days.
    std::optional<qint64> firstDay;
    std::optional<qint64> lastDay;
    // The check of the officer's current PIN hash (see Drafts::officerPinSet).
    std::optional<QString> pinCheck;
    friend bool operator==(const Officer &, const Officer &) = default;
};

struct Wbp
{
    qint64 id = 0;
    QString registerNumber;
    QString name;
    QString aliases;
    QString block;
    QString cell;
    QString status;
    std::optional<QString> entryDate; // ISO
    std::optional<QString> expiryDate;
    bool active = true;
    friend bool operator==(const Wbp &, const Wbp &) = default;
};

struct Contact
{
    qint64 id = 0;
    qint64 wbpId = 0;
    QString nameDigest;
    QString phoneDigest;
    QString relation;
    bool approved = false;
    bool active = true;
    friend bool operator==(const Contact &, const Contact &) = default;
};

struct Restriction
{
    qint64 id = 0;
    qint64 wbpId = 0;
    QString reason;
    QString fromDay; // ISO
    std::optional<QString> toDay;
    bool lifted = false;
    friend bool operator==(const Restriction &, const Restriction &) = default;
};

// One ticket of one day: the line of the visiting book.
struct Session
{
    qint64 id = 0;
    int day = 0; // yyyymmdd
    int ticket = 0;
    qint64 wbpId = 0;
    QString cell;
    std::optional<qint64> contactId;
    int state = 0; // TicketState
    int station = 0;
    qint64 orderKey = 0;
    int recalls = 0;
    int retries = 0;
    qint64 signedIn = 0; // UTC ms
    std::optional<qint64> called;
    std::optional<qint64> started;
    std::optional<qint64> ended;
    std::optional<qint64> pauseFrom;
    qint64 pausedMs = 0;
    int extendedMin = 0;
    bool warned = false;
    bool timedUp = false;
    std::optional<qint64> durationMs;
    std::optional<qint64> allowedMs;
    std::optional<QString> outcome;
    std::optional<qint64> officerId;
    bool amended = false;
    friend bool operator==(const Session &, const Session &) = default;
};

// The session's ticket as the day's queue holds it.
Ticket toTicket(const Session &session);

// An extension, an end or cancel reason, a recovery or a correction kept beside a session.
struct Note
{
    qint64 id = 0;
    qint64 sessionId = 0;
    qint64 seq = 0;
    QString kind;
    QString field;
    QString value;
    QString reason;
    friend bool operator==(const Note &, const Note &) = default;
};

struct Survey
{
    qint64 seq = 0;
    int day = 0;
    std::array<int, 9> answers {};
    friend bool operator==(const Survey &, const Survey &) = default;
};

struct Complaint
{
    qint64 id = 0;
    int day = 0;
    QString channel;
    QString whoDigest;
    QString content;
    QString followUp;
    QString status;
    friend bool operator==(const Complaint &, const Complaint &) = default;
};

struct ComplaintChange
{
    qint64 seq = 0;
    qint64 complaintId = 0;
    qint64 at = 0;
    QString actor;
    QString status;
    QString followUp;
    friend bool operator==(const ComplaintChange &, const ComplaintChange &) = default;
};

// A row of a query's result, read column by column: the same row readers serve the live path
// (through Qt Sql) and the verifier (through SQLite's C API on a read-only connection).
class Cursor
{
public:
    virtual ~Cursor() = default;
    virtual bool isNull(int column) const = 0;
    virtual qint64 integer(int column) const = 0;
    virtual QString text(int column) const = 0;
    virtual QByteArray bytes(int column) const = 0;
};

// Each table's columns in the order the readers below expect, and the key it is ordered by.
struct Table
{
    const char *name;
    const char *columns;
    const char *key;
};
inline constexpr Table settingsTable { "settings", "key, value, seq, actor", "key" };
inline constexpr Table officersTable { "officers",
    "id, name, role, active, failed, last_failed, first_day, last_day, pin_check", "id" };
inline constexpr Table wbpTable { "wbp",
    "id, reg_no, name, aliases, block, cell, status, entry_date, expiry_date, active", "id" };
inline constexpr Table contactsTable { "contacts",
    "id, wbp_id, name_digest, phone_digest, relation, approved, active", "id" };
inline constexpr Table restrictionsTable { "restrictions", "id, wbp_id, reason, from_day, to_day, lifted",
    "id" };
inline constexpr Table sessionsTable { "sessions",
    "id, day, ticket, wbp_id, cell, contact_id, state, station, order_key, recalls, retries, signed_in, "
    "called, "
    "started, ended, pause_from, paused_ms, extended_min, warned, timed_up, duration_ms, allowed_ms, "
    "outcome, "
    "officer_id, amended",
    "id" };
inline constexpr Table notesTable { "session_notes", "id, session_id, seq, kind, field, value, reason",
    "id" };
inline constexpr Table surveyTable { "survey_answers", "seq, day, u1, u2, u3, u4, u5, u6, u7, u8, u9",
    "seq" };
inline constexpr Table complaintsTable { "complaints",
    "id, day, channel, who_digest, content, follow_up, status", "id" };
inline constexpr Table complaintChangesTable { "complaint_changes",
    "seq, complaint_id, at, actor, status, follow_up", "seq" };

// A row's values in the order of its table's columns, as text ("NULL" for a null), for people
// reading what differs.
QStringList values(const Setting &row);
QStringList values(const Officer &row);
QStringList values(const Wbp &row);
QStringList values(const Contact &row);
QStringList values(const Restriction &row);
QStringList values(const Session &row);
QStringList values(const Note &row);
QStringList values(const Survey &row);
QStringList values(const Complaint &row);
QStringList values(const ComplaintChange &row);

void read(const Cursor &c, Setting &row);
void read(const Cursor &c, Officer &row);
void read(const Cursor &c, Wbp &row);
void read(const Cursor &c, Contact &row);
void read(const Cursor &c, Restriction &row);
void read(const Cursor &c, Session &row);
void read(const Cursor &c, Note &row);
void read(const Cursor &c, Survey &row);
void read(const Cursor &c, Complaint &row);
void read(const Cursor &c, ComplaintChange &row);

// Not projections, but read by the verifier: the personal data behind the digests, and the names
// of the event type codes (for people reading the file).
struct PersonalData
{
    qint64 id = 0;
    QByteArray digest;
    std::optional<QByteArray> salt;
    std::optional<QString> value;
    qint64 created = 0;
    std::optional<qint64> redacted;
};
inline constexpr Table personalTable { "personal_data", "id, digest, salt, value, created, redacted", "id" };
void read(const Cursor &c, PersonalData &row);

struct EventTypeName
{
    qint64 code = 0;
    QString name;
};
inline constexpr Table eventTypesTable { "event_types", "code, name", "code" };
void read(const Cursor &c, EventTypeName &row);

} // namespace Rows

} // namespace kj
