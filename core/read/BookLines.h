#pragma once

#include "Queue.h"
#include "Result.h"
#include "SessionRecords.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QStringList>

#include <optional>

namespace kj {

class Desk;

// A correction (amendment) of one field of a line: the value as the officer typed it, what the
// line said before and says now as people read them, and why. The record keeps both.
struct Correction
{
    QString field; // an Amendment field
    QString value; // as typed
    QString original; // as shown before this correction
    QString corrected; // as shown now
    QString reason;
};

// One line of the visiting book as people read it: one ticket of one day, with its corrections
// applied to what the register counts (outcome, duration, station) and listed beside it. The
// console's visiting book, the daily register, the recap, the statistics and every export read
// lines through here.
struct BookLine
{
    qint64 sessionId = 0;
    int day = 0; // yyyymmdd
    int ticket = 0;
    qint64 wbpId = 0;
    QString name;
    QString registerNumber;
    QString cell;
    qint64 contactId = 0;
    QString family; // the family contact's name: only when asked for, empty once redacted
    QString relation; // its label
    QString phone; // E.164: only when asked for, empty once redacted
    int station = 0;
    QString stationName;
    QDateTime signedInUtc;
    QDateTime calledUtc; // invalid: not (or no longer) called
    QDateTime startedUtc;
    QDateTime endedUtc;
    qint64 durationMs = -1; // -1: no call took place
    QString outcome; // an Outcome key; empty while active
    TicketState state = TicketState::Waiting;
    qint64 officerId = 0;
    QString officer;
    QStringList notes; // extension and end reasons, recoveries, in words
    QList<Correction> corrections;
    bool dayOpen = false; // its day's last window had not closed when the line was read

    QDate date() const;
    bool isCorrected() const { return !corrections.isEmpty(); }
    // The latest correction of a field, if any.
    const Correction *latest(const QString &field) const;
};

class BookLines
{
    Q_DECLARE_TR_FUNCTIONS(BookLines)

public:
    // withPersonalData: the family's name and phone too (the daily register and the personal-data
    // export print them; the visiting book's list, the recap and the statistics do not need them).
    static Result<QList<BookLine>> read(
        const Desk &desk, const SessionQuery &query, bool withPersonalData = false);
    // A field of a line as it is shown, before any correction of it.
    static QString fieldText(const BookLine &line, const QString &field, const QTimeZone &zone);
    // A field's cell: the shown value, or the corrected value with the original beside it.
    static QString correctedCell(const BookLine &line, const QString &field, const QString &text);
    // A corrected value as shown: an outcome by its label, minutes as a duration.
    static QString valueText(const QString &field, const QString &value);
};

} // namespace kj
