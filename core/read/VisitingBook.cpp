#include "VisitingBook.h"

#include "DayKey.h"

namespace kj {

Result<QList<BookLine>> VisitingBook::page(
    const Desk &desk, const Filter &filter, const BookLine *after, int limit)
{
    SessionQuery query;
    query.name = filter.name;
    query.registerNumber = filter.registerNumber;
    query.cell = filter.cell;
    query.fromDay = filter.from.isValid() ? dayKey(filter.from) : 0;
    query.toDay = filter.to.isValid() ? dayKey(filter.to) : 0;
    query.outcome = filter.outcome;
    query.officerId = filter.officerId;
    if (after)
        query.after = std::pair(after->day, after->ticket);
    query.limit = limit;
    return BookLines::read(desk, query);
}

} // namespace kj
