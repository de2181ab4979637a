#pragma once

#include "CsvReader.h"
#include "Roster.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

namespace kj {

// Parses an SDP-style "daftar penghuni" CSV (design §5): all rows, or every bad line.
class RosterCsv
{
    Q_DECLARE_TR_FUNCTIONS(RosterCsv)

public:
    // Reason keys, besides the csv-* ones of CsvReader and the text-* ones of FreeText (names,
    // numbers, blocks, cells and aliases are checked by it): roster-name-empty,
    // roster-register-empty, roster-duplicate-register (relatedLine: the first line),
    // roster-cell-empty, roster-bad-date.
    static CsvResult<QList<RosterRow>> parse(const QByteArray &bytes);

    // dd/mm/yyyy (also d/m/yyyy, and - or . between); "", "-", "00/00/0000" are a null date;
    // nullopt when it is not a date.
    static std::optional<QDate> parseDate(const QString &text);
};

} // namespace kj
