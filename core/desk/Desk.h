#pragma once

#include "CallDesk.h"
#include "Clock.h"
#include "Logbook.h"
#include "OfficerDesk.h"
#include "Result.h"
#include "RosterDesk.h"
#include "Schedule.h"
#include "ServiceDesk.h"
#include "Settings.h"

#include <QHash>
#include <QObject>

#include <memory>

namespace kj {

// The one door for every change of state: it asks the rules, appends the event (which updates the
// projections in the same transaction) and tells listeners. The console, the kiosk, the CLI, the
// demo generator and the tests all go through it. Its counters, by subject: calls() the queue and
// the calls at the stations, roster() the WBP, their families and restrictions, officers() the
// accounts and sign-in, service() the settings and what the public says (complaints, survey).
class Desk : public QObject
{
    Q_OBJECT

public:
    Desk(Logbook &logbook, const Clock &clock, QObject *parent = nullptr);
    ~Desk() override;

    // Reads settings and today's queue, and recovers calls left open by a crash or power cut.
    // Only the console recovers (the kiosk must not touch calls the console is running).
    Result<void> load(bool recoverOpenCalls = true);

    Logbook &logbook() const { return m_logbook; }
    const Clock &clock() const { return m_clock; }
    const Settings &settings() const { return m_settings; }
    const Schedule &schedule() const { return m_schedule; }
    QDate today() const;

    // Who may do what: the kiosk signs in and answers the survey; an officer runs the desk; an
    // admin changes the roster, the settings and the officers. The system itself and the admin
    // command line (which checks the operating system's groups, app/cli) may do everything.
    enum class Role { Kiosk, Officer, Admin };
    Result<void> authorize(const QString &actor, Role needed) const;

    CallDesk &calls() { return *m_calls; }
    const CallDesk &calls() const { return *m_calls; }
    RosterDesk &roster() { return *m_roster; }
    const RosterDesk &roster() const { return *m_roster; }
    OfficerDesk &officers() { return *m_officers; }
    const OfficerDesk &officers() const { return *m_officers; }
    ServiceDesk &service() { return *m_service; }
    const ServiceDesk &service() const { return *m_service; }

signals:
    // Something changed (by this desk or another process): views re-read.
    void changed();
    void thresholdReached(int station, kj::CallThreshold threshold);
    // The logbook's server stopped answering, or answers again (Logbook::online); ends of calls
    // kept meanwhile are recorded before this is said.
    void connectionChanged(bool online);

private:
    friend class ServiceDesk;
    // A bad stored setting keeps the previous settings and is returned.
    Result<void> loadSettings();

    Logbook &m_logbook;
    const Clock &m_clock;
    Settings m_settings;
    Schedule m_schedule;
    std::unique_ptr<CallDesk> m_calls;
    std::unique_ptr<RosterDesk> m_roster;
    std::unique_ptr<OfficerDesk> m_officers;
    std::unique_ptr<ServiceDesk> m_service;
    mutable QHash<qint64, bool> m_authorized; // officers let in (whether admin), for an outage
};

} // namespace kj
