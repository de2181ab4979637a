#pragma once

#include "BookLines.h"
#include "Result.h"

#include <QDate>
#include <QList>
#include <QString>

namespace kj {

class Desk;

// The visiting book's search: the lines a filter selects, newest first, read a page at a time by
// keyset paging on the (day, ticket) index, so the millionth line costs what the first does.
// The console's visiting book and kunjungan-bench both read it through here.
namespace VisitingBook {

// What the visiting book is searched by; empty fields do not filter.
struct Filter
{
    QString name; // part of the WBP's name or alias
    QString registerNumber; // part of the register number
    QString cell; // exact
    QDate from;
    QDate to;
    QString outcome; // an Outcome key
    qint64 officerId = 0;
};

inline constexpr int pageSize = 100;

// The page of lines after `after` (the last line of the previous page; none for the first page).
Result<QList<BookLine>> page(
    const Desk &desk, const Filter &filter, const BookLine *after = nullptr, int limit = pageSize);

} // namespace VisitingBook

} // namespace kj
