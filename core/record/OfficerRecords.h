#pragma once

#include "Result.h"

#include <QHash>
#include <QList>
#include <QString>

#include <optional>

namespace kj {

class Logbook;

struct Officer
{
    qint64 id = 0;
    QString name;
    QString role; // "officer" or "admin"
    bool active = true; // an inactive officer cannot sign in; their name stays in the record
    bool isAdmin() const { return role == u"admin"; }
};

// What a sign-in checks: the PIN's hash (and the one before it), the check of it the record holds,
// and the wrong PINs counted since the last good one.
struct OfficerAccount
{
    Officer officer;
    QString pinHash;
    QString previousPinHash;
    QString pinCheck; // from the officer.pin event (Pin::checkOf)
    int failed = 0;
    qint64 lastFailedMs = 0;
};

// The officers projection.
class OfficerRecords
{
public:
    explicit OfficerRecords(const Logbook &logbook)
        : m_logbook(logbook)
    { }

    // By name: the active ones, or all.
    Result<QList<Officer>> list(bool includeInactive) const;
    // By name, case-insensitive; or by id.
    Result<std::optional<OfficerAccount>> account(const QString &name) const;
    Result<std::optional<OfficerAccount>> account(qint64 id) const;
    // Every officer's name by id, active or not (for the lines they served).
    Result<QHash<qint64, QString>> names() const;

private:
    Result<std::optional<OfficerAccount>> accountWhere(const QString &where, const QVariant &value) const;
    const Logbook &m_logbook;
};

} // namespace kj
