#pragma once

#include "Result.h"

#include <QDate>
#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace kj {

// What the visiting book is searched by; empty fields do not filter.
struct LogbookFilter
{
    QString name;           // part of the WBP's name or alias
    QString registerNumber; // part of the register number
    QString cell;           // exact
    QDate from;
    QDate to;
    QString outcome;        // Outcome key, or "no-show", "no-answer", "cancelled"
    qint64 officerId = 0;
};

// A correction of a line (an amendment event, kept in session_notes): what was wrong, the right
// value as the officer wrote it, and why.
struct LogbookCorrection
{
    QString field; // outcome, duration (minutes), station, started, ended, contact, note
    QString value;
    QString reason;
};

// One line of the visiting book as the sessions projection holds it: the original values, with
// the corrections made since, oldest first.
struct LogbookLine
{
    qint64 id = 0;
    int day = 0; // yyyymmdd
    int ticket = 0;
    QString name;
    QString registerNumber;
    QString cell;
    qint64 contactId = 0;
    int station = 0;
    int state = 0;
    qint64 signedInMs = 0;
    qint64 startedMs = 0; // 0 = not started
    qint64 endedMs = 0;
    qint64 durationMs = -1; // -1 = unknown
    QString outcome;
    qint64 officerId = 0; // who ended it (or called it, while not ended)
    bool amended = false;
    QList<LogbookCorrection> corrections;
    // The latest correction of a field, if any.
    std::optional<QString> corrected(const QString &field) const;
};

// The visiting book's search: the lines a filter selects, newest first, read a page at a time by
// keyset paging on the (day, ticket) index, so the millionth line costs what the first does.
// The console's visiting book and kunjungan-bench both read it through here.
namespace VisitingBook {

inline constexpr int pageSize = 100;

// The page of lines after `after` (the last line of the previous page; none for the first page).
Result<QList<LogbookLine>> page(const QSqlDatabase &db, const LogbookFilter &filter,
                                const LogbookLine *after = nullptr, int limit = pageSize);

} // namespace VisitingBook

} // namespace kj
