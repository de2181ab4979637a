#pragma once

#include "Result.h"

#include <QCoreApplication>
#include <QMap>
#include <QStringList>

namespace kj {

class Clock;

// A logbook on a PostgreSQL server shared by the PCs of the visiting service, each with a role the
// server itself holds it to (grants and row security, not only the app):
// - the owner (kunjungan, no login): owns the schema; only server init and upgrades act as it;
// - desk, for the officers' PCs: reads everything, appends events, writes the projections;
//   cannot change or delete an event, nor the schema;
// - kiosk, for the kiosk PC: appends only the kiosk's events (sign-in, survey; the officer's close
//   of the kiosk), adds the sign-in's line and the survey's answers, reads what the kiosk shows;
//   cannot add or change officers or settings, change a line written before, or read the
//   personal data (a contact's first name only, through contact_first_name).
class ServerSetup
{
    Q_DECLARE_TR_FUNCTIONS(ServerSetup)

public:
    static constexpr QLatin1String ownerRole { "kunjungan" };
    static constexpr QLatin1String deskRole { "desk" };
    static constexpr QLatin1String kioskRole { "kiosk" };

    struct Report
    {
        QString database;
        bool databaseCreated = false;
        QStringList rolesCreated;
        // The new login roles' passwords (role → password); a role that existed keeps its own.
        QMap<QString, QString> passwords;
    };

    // Run once, by a superuser of the server `address` names (postgresql://postgres@host/db):
    // creates the roles and the database if missing, the schema as the owner, and the grants.
    // Run again, it creates only what is missing and grants again.
    static Result<Report> init(const QString &address, const Clock &clock);
};

} // namespace kj
