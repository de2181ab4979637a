#pragma once

#include "Result.h"

#include <QCoreApplication>

namespace kj {

class Desk;

// Everything held about one WBP as one JSON file (a subject's request for their data): the WBP,
// their contacts (inactive ones too), restrictions, lines of the visiting book and every event
// that names them.
class PersonalDataExport
{
    Q_DECLARE_TR_FUNCTIONS(PersonalDataExport)

public:
    // InvalidInput unknown-wbp when the register number is not in the roster.
    static Result<void> write(const Desk &desk, const QString &registerNumber, const QString &file);
};

} // namespace kj
