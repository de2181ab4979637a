#pragma once

#include "OfficerRecords.h"
#include "Result.h"

#include <QCoreApplication>

namespace kj {

class Desk;

// The officers' accounts: who may sign in, with which PIN, and in which role.
class OfficerDesk
{
    Q_DECLARE_TR_FUNCTIONS(OfficerDesk)

public:
    explicit OfficerDesk(Desk &desk) : m_desk(desk) {}

    // By name: the active ones, or all.
    Result<QList<Officer>> list(bool includeInactive = false) const;
    Result<qint64> add(const QString &name, const QString &role, const QString &pin, const QString &actor);
    // A new PIN (also for an inactive officer); it unlocks an account locked by wrong PINs.
    Result<void> setPin(const QString &name, const QString &pin, const QString &actor);
    // Deactivates (they can no longer sign in) or reactivates an officer. Refuses to deactivate
    // the last active admin (last-admin) and an officer deactivating themself (self).
    Result<void> setActive(const QString &name, bool active, const QString &actor);
    // A wrong PIN is counted in the logbook; repeated failures make the officer wait longer, and
    // ten lock the account until an admin sets a new PIN.
    Result<Officer> login(const QString &name, const QString &pin);
    Result<void> logout(const Officer &officer);

private:
    Desk &m_desk;
};

} // namespace kj
