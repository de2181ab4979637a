#pragma once

#include <QDate>

namespace kj {

// A service day as the record stores it: the facility-local date as the number yyyymmdd, which
// sorts and compares like the date and is readable in the sqlite3 shell.
constexpr int dayKey(int year, int month, int day)
{
    return year * 10000 + month * 100 + day;
}
inline int dayKey(QDate date)
{
    int year = 0, month = 0, day = 0;
    date.getDate(&year, &month, &day); // one calendar conversion, not three
    return dayKey(year, month, day);
}
inline QDate dayFromKey(int key)
{
    return QDate(key / 10000, key / 100 % 100, key % 100);
}

} // namespace kj
