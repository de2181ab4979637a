#pragma once

#include "Result.h"

#include <QCoreApplication>
#include <QDate>

namespace kj {

class Desk;

// The lines of the visiting book of some days as a CSV file for spreadsheets and other systems:
// fixed lower-case Indonesian column keys, local times, corrections listed beside the original.
class BookExport
{
    Q_DECLARE_TR_FUNCTIONS(BookExport)

public:
    // Returns how many lines were written. The book is read a thousand lines at a time, so a
    // twenty-year export needs little memory.
    static Result<qint64> write(const Desk &desk, const QString &file, QDate from, QDate to);
    // The active roster as an SDP-style CSV that imports back unchanged; returns how many WBP.
    static Result<qint64> writeRoster(const Desk &desk, const QString &file);
};

} // namespace kj
