#pragma once

#include "Result.h"

#include <QDate>
#include <QHash>
#include <QList>
#include <QString>

#include <optional>

namespace kj {

class Logbook;

// A WBP as the roster projection holds them.
struct Wbp
{
    qint64 id = 0;
    QString registerNumber;
    QString name;
    QString aliases;
    QString block;
    QString cell;
    QString status; // "tahanan", "narapidana" or empty (custodyKey)
    bool active = true;
    QDate entryDate; // null when not known
    QDate expiryDate; // null when not known
};

// A family contact with its personal data resolved (empty once redacted).
struct Contact
{
    qint64 id = 0;
    qint64 wbpId = 0;
    QString name;
    QString relation; // a Relation key
    QString phone; // E.164
    bool approved = false;
    bool active = true;
};

struct Restriction
{
    qint64 id = 0;
    qint64 wbpId = 0;
    QString reason;
    QDate from;
    QDate to; // null = open-ended
    bool lifted = false;
    bool activeOn(QDate day) const { return !lifted && from <= day && (to.isNull() || day <= to); }
};

// A restriction with the WBP it holds, as the monthly recap lists them.
struct RestrictionLine
{
    QString name;
    QString registerNumber;
    QString cell;
    QString reason;
    QDate from;
    QDate to; // null = open-ended
    bool lifted = false;
};

// The roster's size, for the desk's first steps.
struct RosterSize
{
    int wbp = 0; // active
    int contacts = 0; // approved and active
};

// The roster as the projections hold it: the WBP, their family contacts and restrictions.
class RosterRecords
{
public:
    explicit RosterRecords(const Logbook &logbook)
        : m_logbook(logbook)
    { }

    Result<std::optional<Wbp>> wbp(qint64 id) const;
    Result<std::optional<Wbp>> wbpByRegisterNumber(const QString &registerNumber) const;
    // Active WBP of a cell, by name.
    Result<QList<Wbp>> wbpInCell(const QString &cell) const;
    // Active WBP whose name, alias or register number contains the text, by name.
    Result<QList<Wbp>> searchWbp(const QString &text, int limit) const;
    // Every WBP (or only the active ones), by cell number and name; cell: only that cell.
    Result<QList<Wbp>> allWbp(bool includeInactive, const QString &cell = {}) const;
    // Active WBP of the cells who have had no call completed on the days from..to (yyyymmdd).
    Result<QList<Wbp>> notVisited(const QStringList &cells, int fromDay, int toDay) const;
    // Active WBP per cell.
    Result<QHash<QString, int>> activeWbpPerCell() const;
    Result<RosterSize> size() const;

    // Active contacts of a WBP, oldest first; with inactive ones too when asked.
    Result<QList<Contact>> contactsOf(qint64 wbpId, bool includeInactive = false) const;
    // The active contacts as the kiosk shows them: name is the first name only, phone its last
    // four digits (Logbook::kioskContact).
    Result<QList<Contact>> kioskContactsOf(qint64 wbpId) const;
    Result<std::optional<Contact>> contact(qint64 id) const;

    Result<QList<Restriction>> restrictionsOf(qint64 wbpId) const;
    // Restrictions in force on some day of first..last, by first day and name.
    Result<QList<RestrictionLine>> restrictionsIn(QDate first, QDate last) const;

private:
    const Logbook &m_logbook;
};

} // namespace kj
