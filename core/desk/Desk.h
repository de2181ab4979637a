#pragma once

#include "CallTimer.h"
#include "Clock.h"
#include "ClockWatch.h"
#include "Complaints.h"
#include "Logbook.h"
#include "Outcome.h"
#include "Queue.h"
#include "Result.h"
#include "Roster.h"
#include "Schedule.h"
#include "Settings.h"

#include <QCoreApplication>
#include <QObject>

#include <map>
#include <optional>

namespace kj {

// A WBP as the roster projection holds them.
struct Wbp
{
    qint64 id = 0;
    QString registerNumber;
    QString name;
    QString aliases;
    QString block;
    QString cell;
    QString status; // "tahanan", "narapidana" or empty
    bool active = true;
};

// A family contact with its personal data resolved (empty once redacted).
struct Contact
{
    qint64 id = 0;
    qint64 wbpId = 0;
    QString name;
    QString relation; // a Relation key
    QString phone;    // E.164
    bool approved = false;
    bool active = true;
};

struct Restriction
{
    qint64 id = 0;
    qint64 wbpId = 0;
    QString reason;
    QDate from;
    QDate to; // null = open-ended
    bool lifted = false;
    bool activeOn(QDate day) const { return !lifted && from <= day && (to.isNull() || day <= to); }
};

struct Officer
{
    qint64 id = 0;
    QString name;
    QString role; // "officer" or "admin"
    bool active = true; // an inactive officer cannot sign in; their name stays in the record
    bool isAdmin() const { return role == u"admin"; }
};

// What a roster import did.
struct RosterImportSummary
{
    int added = 0;
    int updated = 0;
    int unchanged = 0;
    int deactivated = 0;
};

// The roster's size, for the desk's first steps.
struct RosterSize
{
    int wbp = 0;
    int contacts = 0;
};

// The one door for every change of state: it asks the rules, appends the event (which updates the
// projections in the same transaction) and tells listeners. The console, the kiosk, the CLI, the
// demo generator and the tests all go through it.
class Desk : public QObject
{
    Q_OBJECT

public:
    Desk(Logbook &logbook, const Clock &clock, QObject *parent = nullptr);

    // Reads settings and today's queue, and recovers calls left open by a crash or power cut.
    // Only the console recovers (the kiosk must not touch calls the console is running).
    Result<void> load(bool recoverOpenCalls = true);

    Logbook &logbook() const { return m_logbook; }
    const Clock &clock() const { return m_clock; }
    const Settings &settings() const { return m_settings; }
    const Schedule &schedule() const { return m_schedule; }
    QDate today() const;
    // Today's queue (reloaded after every commit, ours or another process's).
    const Queue &queue() const { return m_queue; }
    // The running call at a station, if any.
    const CallTimer *timer(int station) const;
    std::optional<Ticket> ticketAt(int station) const { return m_queue.atStation(station); }

    // Roster reads.
    std::optional<Wbp> wbp(qint64 id) const;
    std::optional<Wbp> wbpByRegisterNumber(const QString &registerNumber) const;
    QList<Wbp> wbpInCell(const QString &cell) const; // active ones, by name
    QList<Wbp> searchWbp(const QString &text, int limit = 50) const;
    QList<Contact> contactsOf(qint64 wbpId) const;
    std::optional<Contact> contact(qint64 id) const;
    QList<Restriction> restrictionsOf(qint64 wbpId) const;
    std::optional<Restriction> activeRestriction(qint64 wbpId, QDate day) const;
    int completedCallsThisWeekBefore(qint64 wbpId, QDate day) const;

    // Sign-in (kiosk or officer). Checks, in this order: known and active WBP, the cell's
    // schedule now, an active restriction, the contact (approved, of this WBP), then the queue.
    Result<void> checkSignIn(qint64 wbpId) const; // the same checks, without the contact or a write
    Result<Ticket> signIn(qint64 wbpId, qint64 contactId, const QString &actor);

    // The officer's actions at a station.
    Result<Ticket> callNext(int station, const QString &actor);
    Result<Ticket> call(int ticket, int station, const QString &actor);
    Result<Ticket> recall(int station, const QString &actor);
    Result<Ticket> noShow(int station, const QString &actor);
    Result<Ticket> noAnswer(int station, const QString &actor);
    Result<Ticket> startCall(int station, const QString &actor);
    Result<void> extendCall(int station, int minutes, const QString &reason, const QString &actor);
    Result<void> dropCall(int station, const QString &actor);
    Result<void> resumeCall(int station, const QString &actor);
    Result<Ticket> endCall(int station, QLatin1String outcome, const QString &reason,
                           const QString &actor);
    Result<void> cancel(int ticket, const QString &reason, const QString &actor);
    // Records thresholds reached by running calls (warning, time up) and returns the stations.
    // Also records a change of the PC's time (EventType::ClockJumped); countdowns ignore it.
    QList<std::pair<int, CallThreshold>> poll();

    // Corrections: an appended amendment; the original line is never changed.
    // A corrected duration as an officer writes it ("4", "4,5"), in minutes, if it is one (0 to 24 h).
    static std::optional<double> correctedMinutes(const QString &value);
    Result<void> amend(qint64 sessionId, const QString &field, const QString &value,
                       const QString &reason, const QString &actor);

    // Roster, contacts, restrictions.
    Result<RosterImportSummary> importRoster(const QList<RosterRow> &rows, const QString &fileName,
                                             const QString &actor, bool dryRun = false);
    // One WBP added by hand, recorded as a roster import of that one row which releases nobody;
    // returns the new id. Refuses an empty name, register number or cell, and a register number
    // the roster already has (released ones too).
    Result<qint64> addWbp(const RosterRow &row, const QString &actor);
    // Active WBP and approved active family contacts: what a new desk still lacks.
    RosterSize rosterSize() const;
    // Adds the file's contacts (approved) that the WBP do not have yet (same phone); returns how
    // many. All or nothing: a register number not in the roster refuses the whole file, naming
    // each such line (unknown-wbp). A dry run only counts them.
    Result<int> importContacts(const QList<ContactRow> &rows, const QString &actor, bool dryRun = false);
    Result<qint64> addContact(qint64 wbpId, const QString &name, const QString &relation,
                              const QString &phone, bool approved, const QString &actor);
    Result<void> changeContact(qint64 contactId, const QJsonObject &changes, const QString &reason,
                               const QString &actor);
    Result<qint64> addRestriction(qint64 wbpId, const QString &reason, QDate from, QDate to,
                                  const QString &actor);
    Result<void> liftRestriction(qint64 restrictionId, const QString &reason, const QString &actor);

    // Settings.
    Result<void> changeSetting(const QString &key, const QJsonObject &value, const QString &actor);

    // Officers, by name: the active ones, or all.
    QList<Officer> officers(bool includeInactive = false) const;
    Result<qint64> addOfficer(const QString &name, const QString &role, const QString &pin,
                              const QString &actor);
    // A new PIN (also for an inactive officer); it unlocks an account locked by wrong PINs.
    Result<void> setPin(const QString &name, const QString &pin, const QString &actor);
    // Deactivates (they can no longer sign in) or reactivates an officer. Refuses to deactivate
    // the last active admin (last-admin) and an officer deactivating themself (self).
    Result<void> setOfficerActive(const QString &name, bool active, const QString &actor);
    // A wrong PIN is counted in the logbook; repeated failures make the officer wait longer, and
    // ten lock the account until an admin sets a new PIN.
    Result<Officer> login(const QString &name, const QString &pin);
    Result<void> logout(const Officer &officer);

    // Complaints (pengaduan): filing and every later change is an event naming who made it.
    Result<qint64> addComplaint(const Complaint &complaint, const QString &actor);
    Result<void> updateComplaint(qint64 id, const QString &status, const QString &followUp,
                                 const QString &actor);
    std::optional<Complaint> complaint(qint64 id) const;
    QList<Complaint> complaints(QDate from, QDate to) const; // received from..to, newest first
    QList<ComplaintChange> complaintChanges(qint64 id) const; // oldest first
    // Who an event's actor is, for people: the officer's name, or kiosk / admin CLI / system.
    QString actorName(const QString &actor) const;

    // Free-form record-only events (clock jumps …).
    Result<Event> record(QLatin1String type, const QJsonObject &payload, const QString &actor,
                         int station = 0);

signals:
    // Something changed (by this desk or another process): views re-read.
    void changed();
    void thresholdReached(int station, kj::CallThreshold threshold);

private:
    // A queue operation: reloads the day's queue under the write lock, applies the rule, appends.
    Result<QueueEvent> queueWrite(const std::function<Result<QueueEvent>(const Queue &)> &rule,
                                  const QString &actor, const QJsonObject &extra = {}, int day = 0);
    Result<Ticket> ticketFor(const Result<QueueEvent> &event);
    Result<Ticket> stationTicket(int station, TicketState state) const;
    Result<void> callEvent(int station, QLatin1String type, const QJsonObject &extra,
                           const QString &actor);
    void reload();
    Result<void> recoverOpenCalls();
    CallRecord recordOf(qint64 sessionId, QDateTime startedUtc) const;
    Result<void> loadSettings();

    Logbook &m_logbook;
    const Clock &m_clock;
    ClockWatch m_clockWatch{m_clock}; // poll() records a changed PC time as an event
    Settings m_settings;
    Schedule m_schedule;
    Queue m_queue;
    QDate m_queueDay;
    std::map<int, CallTimer> m_timers; // by station
    std::map<int, int> m_timerTickets; // station → ticket the timer belongs to
};

} // namespace kj
