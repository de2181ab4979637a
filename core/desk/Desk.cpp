#include "Desk.h"

#include "OfficerRecords.h"
#include "ServiceRecords.h"

using namespace Qt::StringLiterals;

namespace kj {

Desk::Desk(Logbook &logbook, const Clock &clock, QObject *parent)
    : QObject(parent)
    , m_logbook(logbook)
    , m_clock(clock)
    , m_calls(std::make_unique<CallDesk>(*this))
    , m_roster(std::make_unique<RosterDesk>(*this))
    , m_officers(std::make_unique<OfficerDesk>(*this))
    , m_service(std::make_unique<ServiceDesk>(*this))
{
    connect(&m_logbook, &Logbook::externalChange, this, [this] {
        (void)loadSettings(); // a bad stored setting keeps the previous settings
        m_calls->reload();
    });
    connect(&m_logbook, &Logbook::onlineChanged, this, [this](bool online) {
        if (online) {
            m_officers->recordOfflineSignIns(); // first: the ends came after
            m_calls->recordPendingEnds();
        }
        emit connectionChanged(online);
    });
}

Desk::~Desk() = default;

QDate Desk::today() const
{
    return m_schedule.localDate(m_clock.nowUtc());
}

Result<void> Desk::authorize(const QString &actor, Role needed) const
{
    const std::optional<qint64> code = Actor::code(actor);
    if (!code)
        return Error::refused(u"not-allowed"_s, tr("Unknown actor: %1").arg(actor));
    if (*code == Actor::code(QString(Actor::Kiosk))) {
        if (needed == Role::Kiosk)
            return {};
        return Error::refused(u"not-allowed"_s, tr("The kiosk may only sign WBP in and record the survey."));
    }
    if (*code < 0) // the system, the admin command line
        return {};
    auto account = OfficerRecords(m_logbook).account(*code);
    if (!account) {
        // While the server does not answer, an officer it let in before may still end a call (kept
        // until the server answers); nothing else can be written meanwhile.
        const auto known = m_authorized.constFind(*code);
        if (account.error().reason == u"db-offline" && known != m_authorized.cend()
            && (needed != Role::Admin || *known))
            return {};
        return account.error();
    }
    if (!*account || !(*account)->officer.active) {
        m_authorized.remove(*code);
        return Error::refused(u"not-allowed"_s, tr("This officer is unknown or no longer active."));
    }
    m_authorized.insert(*code, (*account)->officer.isAdmin());
    if (needed == Role::Admin && !(*account)->officer.isAdmin())
        return Error::refused(u"admin-only"_s, tr("Only an administrator can do this."));
    return {};
}

Result<void> Desk::loadSettings()
{
    auto stored = ServiceRecords(m_logbook).settings();
    if (!stored)
        return stored.error();
    Settings settings;
    for (auto it = stored->cbegin(); it != stored->cend(); ++it) {
        if (auto set = settings.setSection(it.key(), it->value); !set)
            return set.error();
    }
    auto schedule = Schedule::make(settings.schedule);
    if (!schedule)
        return schedule.error();
    m_settings = settings;
    m_schedule = *schedule;
    m_logbook.setZone(m_schedule.zone());
    return {};
}

Result<void> Desk::load(bool recover)
{
    if (auto loaded = loadSettings(); !loaded)
        return loaded;
    m_calls->reload();
    if (recover)
        return m_calls->recoverOpenCalls();
    return {};
}

} // namespace kj
