#include "OfficerDesk.h"

#include "Desk.h"
#include "Drafts.h"
#include "Format.h"
#include "FreeText.h"
#include "Pin.h"

#include <algorithm>
#include <optional>

using namespace Qt::StringLiterals;

namespace kj {

Result<QList<Officer>> OfficerDesk::list(bool includeInactive) const
{
    return OfficerRecords(m_desk.logbook()).list(includeInactive);
}

Result<qint64> OfficerDesk::addInTransaction(
    WriteTransaction &tx, const QString &name, const QString &role, const QString &hash, const QString &actor)
{
    auto existing = OfficerRecords(m_desk.logbook()).account(name);
    if (!existing)
        return existing.error();
    if (*existing) {
        if (!(*existing)->officer.active)
            return Error::invalid(u"officer-exists"_s,
                tr("There is already an inactive officer named %1: reactivate them.").arg(name));
        return Error::invalid(u"officer-exists"_s, tr("There is already an officer named %1.").arg(name));
    }
    auto officerId = tx.nextId(u"officers"_s);
    if (!officerId)
        return officerId;
    if (auto r = tx.append(Drafts::officerAdded(*officerId, name, role, actor)); !r)
        return r.error();
    if (auto stored = tx.storePin(*officerId, hash); !stored)
        return stored.error();
    if (auto r = tx.append(Drafts::officerPinSet(*officerId, Pin::checkOf(hash), actor)); !r)
        return r.error();
    return officerId;
}

Result<qint64> OfficerDesk::add(
    const QString &name, const QString &role, const QString &pin, const QString &actor)
{
    if (auto allowed = m_desk.authorize(actor, Desk::Role::Admin); !allowed)
        return allowed.error();
    const QString cleanName = name.simplified();
    if (cleanName.isEmpty())
        return Error::invalid(u"officer-name-empty"_s, tr("The officer's name is empty."));
    if (auto text = FreeText::check(name, FreeText::Field::OfficerName); !text)
        return text.error();
    if (role != u"officer" && role != u"admin")
        return Error::invalid(u"bad-role"_s, tr("The role must be officer or admin."));
    auto hash = Pin::hash(pin);
    if (!hash)
        return hash.error();
    auto id = m_desk.logbook().write<qint64>(
        [&](WriteTransaction &tx) { return addInTransaction(tx, cleanName, role, *hash, actor); });
    if (id)
        emit m_desk.changed();
    return id;
}

Result<qint64> OfficerDesk::addFirstAdmin(const QString &name, const QString &pin)
{
    const QString cleanName = name.simplified();
    if (cleanName.isEmpty())
        return Error::invalid(u"officer-name-empty"_s, tr("The officer's name is empty."));
    if (auto text = FreeText::check(name, FreeText::Field::OfficerName); !text)
        return text.error();
    auto hash = Pin::hash(pin);
    if (!hash)
        return hash.error();
    auto id = m_desk.logbook().write<qint64>([&](WriteTransaction &tx) -> Result<qint64> {
        // Under the write lock: another desk may have created its admin a moment ago.
        auto all = list(true);
        if (!all)
            return all.error();
        if (!all->isEmpty())
            return Error::refused(
                u"officer-exists"_s, tr("The administrator was already created: sign in, or ask an admin."));
        return addInTransaction(tx, cleanName, u"admin"_s, *hash, QString(Actor::System));
    });
    if (id)
        emit m_desk.changed();
    return id;
}

Result<void> OfficerDesk::setPin(const QString &name, const QString &pin, const QString &actor)
{
    if (auto allowed = m_desk.authorize(actor, Desk::Role::Admin); !allowed)
        return allowed.error();
    auto account = OfficerRecords(m_desk.logbook()).account(name);
    if (!account)
        return account.error();
    if (!*account)
        return Error::invalid(u"no-officer"_s, tr("There is no officer named %1.").arg(name));
    if (auto strong = Pin::checkStrength(pin); !strong)
        return strong;
    if (Pin::matches((*account)->pinHash, pin) || Pin::matches((*account)->previousPinHash, pin))
        return Error::invalid(u"pin-reused"_s, tr("The new PIN must differ from the last two PINs."));
    auto hash = Pin::hash(pin);
    if (!hash)
        return hash.error();
    const qint64 id = (*account)->officer.id;
    auto r = m_desk.logbook().write<bool>([&](WriteTransaction &tx) -> Result<bool> {
        if (auto stored = tx.storePin(id, *hash); !stored)
            return stored.error();
        if (auto appended = tx.append(Drafts::officerPinSet(id, Pin::checkOf(*hash), actor)); !appended)
            return appended.error();
        return true;
    });
    if (!r)
        return r.error();
    return {};
}

Result<void> OfficerDesk::setActive(const QString &name, bool active, const QString &actor)
{
    if (auto allowed = m_desk.authorize(actor, Desk::Role::Admin); !allowed)
        return allowed;
    auto all = list(true);
    if (!all)
        return all.error();
    const auto officer = std::find_if(all->cbegin(), all->cend(),
        [&](const Officer &o) { return o.name.compare(name.simplified(), Qt::CaseInsensitive) == 0; });
    if (officer == all->cend())
        return Error::invalid(u"no-officer"_s, tr("There is no officer named %1.").arg(name));
    if (officer->active == active)
        return {};
    if (!active) {
        if (actor == Actor::officer(officer->id))
            return Error::refused(u"self"_s, tr("You cannot deactivate yourself; another admin can."));
        const auto admins = std::count_if(
            all->cbegin(), all->cend(), [](const Officer &o) { return o.active && o.isAdmin(); });
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

std::optional<Error> OfficerDesk::tamperedPin(const OfficerAccount &account)
{
    if (account.pinHash.isEmpty() || Pin::checkOf(account.pinHash) != account.pinCheck)
        return Error::refused(u"pin-tampered"_s,
            tr("This account's PIN was changed outside Kunjungan. An admin must set a new PIN."));
    return std::nullopt;
}

Result<Officer> OfficerDesk::login(const QString &name, const QString &pin)
{
    // The PIN is checked (slowly, by design) before the write lock is taken; under the lock the
    // account is read again, and the lockout is checked and counted against what is there then.
    auto before = OfficerRecords(m_desk.logbook()).account(name);
    if (!before && before.error().reason == u"db-offline")
        return loginOffline(name, pin, before.error());
    if (!before)
        return before.error();
    if (!*before)
        return Error::invalid(u"no-officer"_s, tr("Unknown officer or wrong PIN."));
    const bool pinMatches = *before && Pin::matches((*before)->pinHash, pin);
    // A refusal that is itself recorded (a wrong PIN) is returned after the commit.
    auto outcome = m_desk.logbook().write<std::pair<Officer, std::optional<Error>>>(
        [&](WriteTransaction &tx) -> Result<std::pair<Officer, std::optional<Error>>> {
            auto found = OfficerRecords(m_desk.logbook()).account(name);
            if (!found)
                return found.error();
            if (!*found || !(*found)->officer.active)
                return Error::invalid(u"no-officer"_s, tr("Unknown officer or wrong PIN."));
            const OfficerAccount &account = **found;
            if (account.pinHash != (*before)->pinHash)
                return Error::refused(u"pin-changed"_s, tr("The PIN was changed a moment ago. Try again."));
            constexpr int lockAfter = 10;
            if (account.failed >= lockAfter)
                return Error::refused(u"locked"_s,
                    tr("This account is locked after too many wrong PINs. An admin "
                       "must set a new PIN."));
            if (account.failed >= 3) {
                // 30 s after the third failure, doubling each time, at most 15 minutes.
                const qint64 waitMs = qMin<qint64>(30'000LL << (account.failed - 3), 15 * 60'000LL);
                const qint64 since = m_desk.clock().nowUtc().toMSecsSinceEpoch() - account.lastFailedMs;
                if (since < waitMs)
                    return Error::refused(u"wait"_s,
                        tr("Too many wrong PINs. Try again in %1.")
                            .arg(Format::duration((waitMs - since + 999) / 1000)));
            }
            if (auto tampered = tamperedPin(account))
                return *tampered;
            if (!pinMatches) {
                if (auto r = tx.append(Drafts::officerPinFailed(account.officer.id)); !r)
                    return r.error();
                return std::pair { account.officer,
                    std::optional<Error>(
                        Error::invalid(u"wrong-pin"_s, tr("Unknown officer or wrong PIN."))) };
            }
            if (auto r = tx.append(Drafts::officerLogin(account.officer.id)); !r)
                return r.error();
            return std::pair { account.officer, std::optional<Error>() };
        });
    if (!outcome)
        return outcome.error();
    if (outcome->second)
        return *outcome->second;
    m_lastLogin = LastLogin { outcome->first, (*before)->pinHash, 0 };
    return outcome->first;
}

Result<Officer> OfficerDesk::loginOffline(const QString &name, const QString &pin, const Error &offline)
{
    if (!m_lastLogin || m_lastLogin->officer.name != name)
        return offline;
    constexpr int triesOffline = 3;
    if (m_lastLogin->failedOffline >= triesOffline)
        return Error::refused(u"wait"_s,
            tr("Too many wrong PINs while the server does not answer. Wait until it answers again."));
    const qint64 now = m_desk.clock().nowUtc().toMSecsSinceEpoch();
    if (!Pin::matches(m_lastLogin->pinHash, pin)) {
        ++m_lastLogin->failedOffline;
        m_offlineSignIns.append({ m_lastLogin->officer.id, false, now });
        return Error::invalid(u"wrong-pin"_s, tr("Unknown officer or wrong PIN."));
    }
    m_lastLogin->failedOffline = 0;
    m_offlineSignIns.append({ m_lastLogin->officer.id, true, now });
    return m_lastLogin->officer;
}

void OfficerDesk::recordOfflineSignIns()
{
    while (!m_offlineSignIns.isEmpty()) {
        const OfflineSignIn &first = m_offlineSignIns.constFirst();
        auto written
            = m_desk.logbook().append(first.signedIn ? Drafts::officerLogin(first.officerId, first.atMs)
                                                     : Drafts::officerPinFailed(first.officerId, first.atMs));
        if (!written)
            return;
        m_offlineSignIns.removeFirst();
    }
}

Result<void> OfficerDesk::logout(const Officer &officer)
{
    auto r = m_desk.logbook().append(Drafts::officerLogout(officer.id));
    if (!r)
        return r.error();
    return {};
}

Result<void> OfficerDesk::kioskUnlockOpen() const
{
    const qint64 waitMs = m_kioskLockout.waitMs(m_desk.clock().monotonicMs());
    if (waitMs > 0)
        return Error::refused(u"kiosk-pin-wait"_s,
            tr("Too many wrong PINs at this kiosk. The PIN pad is closed; try again in %1.")
                .arg(Format::duration((waitMs + 999) / 1000)));
    return {};
}

Result<Officer> OfficerDesk::unlockKiosk(const QString &name, const QString &pin)
{
    if (auto open = kioskUnlockOpen(); !open)
        return open.error();
    auto account = OfficerRecords(m_desk.logbook()).account(name);
    if (!account)
        return account.error(); // the database failed: no one's fault at the kiosk, not counted
    const bool known = *account && (*account)->officer.active;
    std::optional<Error> refusal = known ? tamperedPin(**account) : std::nullopt;
    if (!refusal && !(known && Pin::matches((*account)->pinHash, pin)))
        refusal = Error::invalid(u"wrong-pin"_s, tr("Unknown officer or wrong PIN."));
    if (refusal) {
        m_kioskLockout.failed(m_desk.clock().monotonicMs());
        return *refusal;
    }
    m_kioskLockout.succeeded();
    // Who closed the kiosk is part of the record, as an event of its own.
    if (auto recorded = m_desk.logbook().append(Drafts::kioskClosed((*account)->officer.id)); !recorded)
        return recorded.error();
    return (*account)->officer;
}

} // namespace kj
