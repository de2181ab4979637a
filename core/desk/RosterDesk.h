#pragma once

#include "Result.h"
#include "Roster.h"
#include "RosterRecords.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace kj {

class Desk;

// What a roster import did.
struct RosterImportSummary
{
    int added = 0;
    int updated = 0;
    int unchanged = 0;
    int deactivated = 0;
};

// The roster: WBP, their family contacts and restrictions; read, imported and corrected.
class RosterDesk
{
    Q_DECLARE_TR_FUNCTIONS(RosterDesk)

public:
    explicit RosterDesk(Desk &desk)
        : m_desk(desk)
    { }

    Result<std::optional<Wbp>> wbp(qint64 id) const;
    Result<std::optional<Wbp>> wbpByRegisterNumber(const QString &registerNumber) const;
    Result<QList<Wbp>> wbpInCell(const QString &cell) const; // active ones, by name
    Result<QList<Wbp>> searchWbp(const QString &text, int limit = 50) const;
    // Every WBP (or the active ones), by cell number and name; cell: only that cell.
    Result<QList<Wbp>> all(bool includeInactive, const QString &cell = {}) const;
    // Active WBP of today's cells without a completed call since Monday.
    Result<QList<Wbp>> notVisitedThisWeek() const;
    Result<QList<Contact>> contactsOf(qint64 wbpId) const;
    Result<QList<Contact>> kioskContactsOf(qint64 wbpId) const;
    Result<std::optional<Contact>> contact(qint64 id) const;
    Result<QList<Restriction>> restrictionsOf(qint64 wbpId) const;
    Result<std::optional<Restriction>> activeRestriction(qint64 wbpId, QDate day) const;

    // Updates WBP by register number and marks those missing from the rows inactive (released),
    // never deleting them. A dry run only counts.
    // Active WBP and approved active family contacts: what a new desk still lacks.
    Result<RosterSize> size() const;
    // One WBP added by hand, recorded as a roster import of that one row which releases nobody;
    // returns the new id. Refuses an empty name, register number or cell, text the record may not
    // keep, and a register number the roster already has (released ones too).
    Result<qint64> addWbp(const RosterRow &row, const QString &actor);
    Result<RosterImportSummary> importRoster(
        const QList<RosterRow> &rows, const QString &fileName, const QString &actor, bool dryRun = false);
    // Adds the file's contacts (approved) that the WBP do not have yet (same phone); returns how
    // many. All or nothing: a register number not in the roster refuses the whole file, naming
    // each such line (unknown-wbp). A dry run only counts them.
    Result<int> importContacts(const QList<ContactRow> &rows, const QString &actor, bool dryRun = false);
    Result<qint64> addContact(qint64 wbpId, const QString &name, const QString &relation,
        const QString &phone, bool approved, const QString &actor);
    // changes: any of "name", "phone", "rel" (text) and "approved", "active" (bool).
    Result<void> changeContact(
        qint64 contactId, const QJsonObject &changes, const QString &reason, const QString &actor);
    Result<qint64> addRestriction(
        qint64 wbpId, const QString &reason, QDate from, QDate to, const QString &actor);
    Result<void> liftRestriction(qint64 restrictionId, const QString &reason, const QString &actor);

private:
    RosterRecords records() const;
    Desk &m_desk;
};

} // namespace kj
