#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

namespace kj {

// Custody status, read from the class at the start of the register number.
enum class CustodyStatus {
    Unknown,
    Detainee, // tahanan, register class A (A I … A V)
    Sentenced // narapidana, register class B (B I, B IIa, B IIb, B III …)
};

// "A I 123/2024", "AI.123", "A.III-7" → Detainee; "B I", "BIIa", "B IIb.12" → Sentenced.
CustodyStatus custodyStatusOf(const QString &registerNumber);
// As stored: "tahanan", "narapidana", or empty.
QString custodyKey(CustodyStatus status);

// One WBP as a roster file lists them, cleaned but not yet matched against the logbook.
struct RosterRow
{
    int line = 0; // file line, for messages
    QString name;
    QString registerNumber; // as written, trimmed
    QString block;
    QString cell; // "Kamar 07" → "7", "12a" → "12A"
    QDate entryDate; // null when empty
    QDate expiryDate; // null when empty
    QStringList aliases; // non-empty ones, in column order
    CustodyStatus status = CustodyStatus::Unknown;
};

// One family contact as a contacts file lists it, cleaned but not yet matched against the roster.
struct ContactRow
{
    int line = 0; // file line, for messages
    QString registerNumber; // of the WBP, as written, trimmed
    QString name;
    QString relation; // a Relation key
    QString phone; // E.164, from normalisePhone()
};

// How a family contact is related to the WBP (design §6), stored as a stable key: spouse, parent,
// child, sibling, grandparent, uncle_aunt, other.
namespace Relation {
// The keys, in the order the glossary lists them.
QStringList keys();
// "Istri/Suami", "istri", "Ayah", "Orang Tua", "kakak" … → a key; empty if unknown.
QString key(const QString &text);
// The words for a key, in the UI language ("Wife/Husband"); empty for an unknown key.
QString label(const QString &key);
} // namespace Relation

} // namespace kj
