#include "OfficerDesk.h"

#include "Desk.h"
#include "Drafts.h"
#include "Format.h"
#include "FreeText.h"
#include "Pin.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace kj {

Result<QList<Officer>> OfficerDesk::list(bool includeInactive) const
{
    return OfficerRecords(m_desk.logbook()).list(includeInactive);
}

Result<qint64> OfficerDesk::add(const QString &name, const QString &role, const QString &pin, const QString &actor)
{
    const QString cleanName = name.simplified();
    if (cleanName.isEmpty())
        return Error::invalid(u"officer-name-empty"_s, tr("The officer's name is empty."));
    if (auto text = FreeText::check(name, FreeText::Field::OfficerName); !text)
        return text.error();
    if (role != u"officer" && role != u"admin")
        return Error::invalid(u"bad-role"_s, tr("The role must be officer or admin."));
    auto existing = OfficerRecords(m_desk.logbook()).account(cleanName);
    if (!existing)
        return existing.error();
    if (*existing) {
        if (!(*existing)->officer.active)
            return Error::invalid(u"officer-exists"_s,
                           tr("There is already an inactive officer named %1: reactivate them.").arg(cleanName));
        return Error::invalid(u"officer-exists"_s, tr("There is already an officer named %1.").arg(cleanName));
    }
    auto hash = Pin::hash(pin);
    if (!hash)
        return hash.error();
    auto id = m_desk.logbook().write<qint64>([&](WriteTransaction &tx) -> Result<qint64> {
        auto officerId = tx.nextId(u"officers"_s);
        if (!officerId)
            return officerId;
        auto r = tx.append(Drafts::officerAdded(*officerId, cleanName, role, *hash, actor));
        if (!r)
            return r.error();
        return officerId;
    });
    if (id)
        emit m_desk.changed();
    return id;
}

Result<void> OfficerDesk::setPin(const QString &name, const QString &pin, const QString &actor)
{
    auto account = OfficerRecords(m_desk.logbook()).account(name);
    if (!account)
        return account.error();
    if (!*account)
        return Error::invalid(u"no-officer"_s, tr("There is no officer named %1.").arg(name));
    auto hash = Pin::hash(pin);
    if (!hash)
        return hash.error();
    auto r = m_desk.logbook().append(Drafts::officerPinSet((*account)->officer.id, *hash, actor));
    if (!r)
        return r.error();
    return {};
}

Result<void> OfficerDesk::setActive(const QString &name, bool active, const QString &actor)
{
    auto all = list(true);
    if (!all)
        return all.error();
    const auto officer = std::find_if(all->cbegin(), all->cend(), [&](const Officer &o) {
        return o.name.compare(name.simplified(), Qt::CaseInsensitive) == 0;
    });
    if (officer == all->cend())
        return Error::invalid(u"no-officer"_s, tr("There is no officer named %1.").arg(name));
    if (officer->active == active)
        return {};
    if (!active) {
        if (actor == Actor::officer(officer->id))
            return Error::refused(u"self"_s, tr("You cannot deactivate yourself; another admin can."));
        const auto admins =
            std::count_if(all->cbegin(), all->cend(), [](const Officer &o) { return o.active && o.isAdmin(); });
        if (officer->isAdmin() && admins <= 1)
            return Error::refused(u"last-admin"_s,
                           tr("%1 is the last active admin: add or reactivate another admin first.").arg(officer->name));
    }
    auto r = m_desk.logbook().append(Drafts::officerActiveSet(officer->id, active, actor));
    if (!r)
        return r.error();
    emit m_desk.changed();
    return {};
}

Result<Officer> OfficerDesk::login(const QString &name, const QString &pin)
{
    auto found = OfficerRecords(m_desk.logbook()).account(name);
    if (!found)
        return found.error();
    if (!*found || !(*found)->officer.active)
        return Error::invalid(u"no-officer"_s, tr("Unknown officer or wrong PIN."));
    const OfficerAccount &account = **found;
    constexpr int lockAfter = 10;
    if (account.failed >= lockAfter)
        return Error::refused(u"locked"_s, tr("This account is locked after too many wrong PINs. An admin must set a new PIN."));
    if (account.failed >= 3) {
        // 30 s after the third failure, doubling each time, at most 15 minutes.
        const qint64 waitMs = qMin<qint64>(30'000LL << (account.failed - 3), 15 * 60'000LL);
        const qint64 since = m_desk.clock().nowUtc().toMSecsSinceEpoch() - account.lastFailedMs;
        if (since < waitMs)
            return Error::refused(u"wait"_s, tr("Too many wrong PINs. Try again in %1.")
                                          .arg(Format::duration((waitMs - since + 999) / 1000)));
    }
    if (!Pin::matches(account.pinHash, pin)) {
        (void)m_desk.logbook().append(Drafts::officerPinFailed(account.officer.id));
        return Error::invalid(u"wrong-pin"_s, tr("Unknown officer or wrong PIN."));
    }
    auto r = m_desk.logbook().append(Drafts::officerLogin(account.officer.id));
    if (!r)
        return r.error();
    return account.officer;
}

Result<void> OfficerDesk::logout(const Officer &officer)
{
    auto r = m_desk.logbook().append(Drafts::officerLogout(officer.id));
    if (!r)
        return r.error();
    return {};
}

} // namespace kj
