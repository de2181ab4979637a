#pragma once

#include "CsvReader.h"

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

// Parses an SDP-style "daftar penghuni" CSV (design §5): all rows, or every bad line.
class RosterCsv
{
    Q_DECLARE_TR_FUNCTIONS(RosterCsv)

public:
    // Reason keys, besides the csv-* ones of CsvReader: roster-name-empty,
    // roster-register-empty, roster-duplicate-register (relatedLine: the first line),
    // roster-cell-empty, roster-bad-date.
    static CsvResult<QList<RosterRow>> parse(const QByteArray &bytes);

    // "A I 123/2024", "AI.123", "A.III-7" → Detainee; "B I", "BIIa", "B IIb.12" → Sentenced.
    static CustodyStatus statusFromRegisterNumber(const QString &registerNumber);
    // dd/mm/yyyy (also d/m/yyyy, and - or . between); "", "-", "00/00/0000" are a null date;
    // nullopt when it is not a date.
    static std::optional<QDate> parseDate(const QString &text);
};

} // namespace kj
