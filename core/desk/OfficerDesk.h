#pragma once

#include "KioskPinLockout.h"
#include "OfficerRecords.h"
#include "Result.h"

#include <QCoreApplication>

#include <optional>

namespace kj {

class Desk;
class WriteTransaction;

// The officers' accounts: who may sign in, with which PIN, and in which role.
class OfficerDesk
{
    Q_DECLARE_TR_FUNCTIONS(OfficerDesk)

public:
    explicit OfficerDesk(Desk &desk)
        : m_desk(desk)
    { }

    // By name: the active ones, or all.
    Result<QList<Officer>> list(bool includeInactive = false) const;
    // By an admin (or the system and the CLI).
    Result<qint64> add(const QString &name, const QString &role, const QString &pin, const QString &actor);
    // The first start's administrator: refused (officer-exists) once any officer exists.
    Result<qint64> addFirstAdmin(const QString &name, const QString &pin);
    // A new PIN (also for an inactive officer), never the one it replaces or the one before; it
    // unlocks an account locked by wrong PINs.
    Result<void> setPin(const QString &name, const QString &pin, const QString &actor);
    // Deactivates (they can no longer sign in) or reactivates an officer. Refuses to deactivate
    // the last active admin (last-admin) and an officer deactivating themself (self).
    Result<void> setActive(const QString &name, bool active, const QString &actor);
    // A wrong PIN is counted in the logbook; repeated failures make the officer wait longer, and
    // ten lock the account until an admin sets a new PIN. The count is read and raised in one
    // transaction, so two sign-ins at once cannot both slip past it. A PIN hash that does not match
    // the record's check of it (changed outside the Desk) is refused (pin-tampered).
    // While the logbook's server does not answer, only the officer who signed in here last may
    // sign in again (the console locked itself meanwhile, and a running call must still be ended),
    // against the PIN hash read at that sign-in; three wrong PINs close that way until the server
    // answers. Such a sign-in, and each wrong PIN, is recorded when it answers again.
    Result<Officer> login(const QString &name, const QString &pin);
    Result<void> logout(const Officer &officer);

    // The kiosk's way out: the PIN checked against the officer's hash, and nothing counted on
    // their account, so no one at the kiosk can lock an officer out of the console. The kiosk
    // counts its own wrong PINs instead (KioskPinLockout, not recorded: a flood would fill the
    // disk); while its pad is closed every PIN is refused unchecked. The same refusal (wrong-pin)
    // for an unknown or inactive officer as for a wrong PIN; pin-tampered as at login. A right PIN
    // records who closed the kiosk (kiosk.close).
    Result<Officer> unlockKiosk(const QString &name, const QString &pin);
    // Refused (kiosk-pin-wait, saying for how long) while the kiosk's PIN pad is closed.
    Result<void> kioskUnlockOpen() const;
    // Records the sign-ins and wrong PINs made while the server did not answer, each with its
    // moment (the Desk calls it when the server answers again). One that cannot be written yet
    // stays kept.
    void recordOfflineSignIns();

private:
    // Refused (pin-tampered) when the hash does not match the record's check of it (changed
    // outside the Desk).
    static std::optional<Error> tamperedPin(const OfficerAccount &account);
    Result<qint64> addInTransaction(WriteTransaction &tx, const QString &name, const QString &role,
        const QString &hash, const QString &actor);
    Result<Officer> loginOffline(const QString &name, const QString &pin, const Error &offline);

    Desk &m_desk;
    KioskPinLockout m_kioskLockout;
    struct LastLogin
    {
        Officer officer;
        QString pinHash;
        int failedOffline = 0;
    };
    std::optional<LastLogin> m_lastLogin;
    struct OfflineSignIn
    {
        qint64 officerId = 0;
        bool signedIn = false; // else a wrong PIN
        qint64 atMs = 0; // UTC
    };
    QList<OfflineSignIn> m_offlineSignIns; // in order
};

} // namespace kj
