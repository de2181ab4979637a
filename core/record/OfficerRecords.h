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
    QString role;       // "officer" or "admin"
    bool active = true; // an inactive officer cannot sign in; their name stays in the record
    bool isAdmin() const { return role == u"admin"; }
};

// What a sign-in checks: the PIN's hash and the wrong PINs counted since the last good one.
struct OfficerAccount
{
    Officer officer;
    QString pinHash;
    int failed = 0;
    qint64 lastFailedMs = 0;
};

// The officers projection.
class OfficerRecords
{
public:
    explicit OfficerRecords(const Logbook &logbook) : m_logbook(logbook) {}

    // By name: the active ones, or all.
    Result<QList<Officer>> list(bool includeInactive) const;
    // By name, case-insensitive.
    Result<std::optional<OfficerAccount>> account(const QString &name) const;
    // Every officer's name by id, active or not (for the lines they served).
    Result<QHash<qint64, QString>> names() const;

private:
    const Logbook &m_logbook;
};

} // namespace kj
