#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QString>
#include <QTimeZone>

namespace kj {

// Dates, times and durations as an Indonesian reader writes them ("Senin, 30 November 2026",
// "08.00 WIB", "4 menit 35 detik"); English when the UI runs in English. Uses the default QLocale.
class Format
{
    Q_DECLARE_TR_FUNCTIONS(Format)

public:
    static QString date(QDate date); // Senin, 30 November 2026
    static QString shortDate(QDate date); // 30/11/2026
    static QString time(QTime time); // 08.00
    static QString timeWithSeconds(QTime time); // 08.00.15
    static QString timeRange(QTime from, QTime to); // 08.00–11.00
    static QString zoneAbbreviation(const QTimeZone &zone); // WIB, WITA, WIT, else the zone's own
    static QString duration(qint64 seconds); // 4 menit 35 detik; 2 jam 39 menit from an hour
    static QString countdown(qint64 ms); // 04:35 (mm:ss, rounded up to whole seconds)
    static QString joinAnd(const QStringList &items); // "a, b dan c"
};

} // namespace kj
