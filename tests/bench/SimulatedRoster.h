#pragma once

#include "ContactsCsv.h"
#include "Dice.h"
#include "RosterCsv.h"
#include "VisitingDay.h"

#include <QDate>
#include <QHash>
#include <QList>
#include <QSqlDatabase>
#include <QStringList>

namespace kj::bench {

// One WBP as the bench keeps them, mirroring the roster projection.
struct Person
{
    qint64 id = 0; // wbp.id once imported
    qint64 contactId = 0; // their first approved contact
    RosterRow row;
    bool active = true;
};

// The facility's population over the years, with Central Javanese names: admissions and releases,
// as the monthly roster file from SDP and the families' contact lists carry them to the Desk.
class SimulatedRoster
{
public:
    SimulatedRoster(Dice &dice, QStringList cells)
        : m_dice(dice)
        , m_cells(std::move(cells))
    { }

    void admit(QDate day);
    void releaseSome(int count);
    // The roster file of today: every WBP present.
    QList<RosterRow> rows() const;
    // One or two family contacts for each WBP admitted since the last call.
    QList<ContactRow> newContacts();
    // Reads back the ids the logbook gave to the newly admitted and to their first contact.
    void learnIds(const QSqlDatabase &db);
    // The WBP present, with an approved contact, in one of the cells.
    const QList<Visitor> &eligible(const QStringList &cells);

    const Person &person(int index) const { return m_people[index]; }
    qsizetype size() const { return m_people.size(); }

private:
    Dice &m_dice;
    QStringList m_cells;
    QList<Person> m_people;
    QList<int> m_present;
    QList<int> m_new;
    QHash<QString, QList<Visitor>> m_eligible;
    qint64 m_serial = 0;
    qint64 m_firstUnknownId = 1;
};

} // namespace kj::bench
