#pragma once

#include "Reports.h"

namespace kj {

// The daily register's lines (phones masked unless fullPhone) and the monthly recap's tables as
// CSV files, in the words and order of the printed page.
namespace ReportCsv {
Result<void> write(const DailyRegister &report, const QString &file, bool fullPhone = false);
Result<void> write(const MonthlyRecap &recap, const QString &file);
} // namespace ReportCsv

} // namespace kj
