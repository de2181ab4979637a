#include "BookLines.h"

#include "Amendment.h"
#include "DayKey.h"
#include "Desk.h"
#include "Format.h"
#include "Labels.h"
#include "OfficerRecords.h"
#include "Outcome.h"
#include "Roster.h"
#include "RosterRecords.h"

#include <cmath>

using namespace Qt::StringLiterals;

namespace kj {

namespace {

QDateTime utcOrNull(qint64 ms)
{
    return ms ? QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC) : QDateTime();
}

// Whether the day's last window has not closed yet: its waiting lines are not finished, not unserved.
bool serviceGoesOn(const Desk &desk, QDate day)
{
    const Schedule &schedule = desk.schedule();
    QTime lastEnd;
    for (const TimeWindow &w : schedule.dayPlan(day).windows)
        lastEnd = std::max(lastEnd, w.end);
    if (!lastEnd.isValid())
        return day >= desk.today(); // no window that day: a sign-in by hand stays open until midnight
    return desk.clock().nowUtc() < QDateTime(day, lastEnd, schedule.zone()).toUTC();
}

QString timeText(const QDateTime &utc, const QTimeZone &zone)
{
    return utc.isValid() ? Format::time(utc.toTimeZone(zone).time()) : QString();
}

QString durationText(qint64 ms)
{
    return ms >= 0 ? Format::duration((ms + 500) / 1000) : QString();
}

QString familyText(const BookLine &line)
{
    if (line.family.isEmpty())
        return line.relation;
    return line.relation.isEmpty() ? line.family : u"%1 (%2)"_s.arg(line.family, line.relation);
}

// An outcome as an officer may type it in a correction: its key or its label.
QString outcomeKeyOf(const QString &text)
{
    const QString typed = text.trimmed().toLower();
    for (const QString &key : Outcome::all()) {
        if (typed == key || typed == Labels::outcome(key).toLower())
            return key;
    }
    return {};
}

// Applies an amendment: the counted value where it is one the register understands (an outcome,
// minutes, a station number), and the correction as shown either way.
void applyCorrection(BookLine &line, const SessionNote &note, const Settings &settings, const QTimeZone &zone)
{
    Correction c { note.field, note.value, {}, note.value.trimmed(), note.reason };
    if (const Correction *earlier = line.latest(note.field))
        c.original = earlier->corrected;
    if (c.original.isEmpty())
        c.original = BookLines::fieldText(line, note.field, zone);
    if (note.field == Amendment::Outcome) {
        if (const QString key = outcomeKeyOf(note.value); !key.isEmpty()) {
            line.outcome = key;
            c.corrected = Labels::outcome(key);
        }
    } else if (note.field == Amendment::Duration) {
        if (const auto minutes = Amendment::minutes(note.value)) {
            line.durationMs = std::llround(*minutes * 60'000);
            c.corrected = durationText(line.durationMs);
        }
    } else if (note.field == Amendment::Station) {
        bool ok = false;
        const int station = note.value.trimmed().toInt(&ok);
        if (ok && station > 0 && station <= settings.stations.size()) {
            line.station = station;
            line.stationName = settings.stationName(station);
            c.corrected = line.stationName;
        }
    }
    line.corrections.append(c);
}

} // namespace

QDate BookLine::date() const
{
    return dayFromKey(day);
}

const Correction *BookLine::latest(const QString &field) const
{
    for (auto it = corrections.crbegin(); it != corrections.crend(); ++it) {
        if (it->field == field)
            return &*it;
    }
    return nullptr;
}

QString BookLines::fieldText(const BookLine &line, const QString &field, const QTimeZone &zone)
{
    if (field == Amendment::Outcome)
        return Labels::outcome(line.outcome, int(line.state));
    if (field == Amendment::Duration)
        return durationText(line.durationMs);
    if (field == Amendment::Station)
        return line.stationName;
    if (field == Amendment::Contact)
        return familyText(line);
    if (field == Amendment::Started)
        return timeText(line.startedUtc, zone);
    if (field == Amendment::Ended)
        return timeText(line.endedUtc, zone);
    return {};
}

QString BookLines::correctedCell(const BookLine &line, const QString &field, const QString &text)
{
    QString original;
    QString corrected;
    for (const Correction &c : line.corrections) {
        if (c.field != field)
            continue;
        if (original.isNull())
            original = c.original.isEmpty() ? u"\u2014"_s : c.original;
        corrected = c.corrected;
    }
    if (original.isNull())
        return text;
    return tr("%1 (was: %2)").arg(corrected, original);
}

QString BookLines::valueText(const QString &field, const QString &value)
{
    if (field == Amendment::Outcome)
        return Labels::outcome(value);
    if (const auto minutes = Amendment::minutes(value); field == Amendment::Duration && minutes)
        return Format::duration(qRound64(*minutes * 60));
    return value;
}

Result<QList<BookLine>> BookLines::read(const Desk &desk, const SessionQuery &query, bool withPersonalData)
{
    auto rows = SessionRecords(desk.logbook()).lines(query);
    if (!rows)
        return rows.error();
    auto officers = OfficerRecords(desk.logbook()).names();
    if (!officers)
        return officers.error();
    const RosterRecords roster(desk.logbook());
    const Settings &settings = desk.settings();
    const QTimeZone zone = desk.schedule().zone();
    QList<BookLine> lines;
    lines.reserve(rows->size());
    QHash<int, bool> dayOpen; // day key → its service still goes on
    for (const SessionRow &row : std::as_const(*rows)) {
        BookLine l;
        l.sessionId = row.id;
        l.day = row.day;
        l.ticket = row.ticket;
        l.wbpId = row.wbpId;
        l.name = row.name;
        l.registerNumber = row.registerNumber;
        l.cell = row.cell;
        l.contactId = row.contactId;
        l.relation = row.relation.isEmpty() ? QString() : Relation::label(row.relation);
        if (withPersonalData && row.contactId) {
            auto contact = roster.contact(row.contactId);
            if (!contact)
                return contact.error();
            if (*contact) {
                l.family = (*contact)->name;
                l.phone = (*contact)->phone;
            }
        }
        l.station = row.station;
        l.stationName = settings.stationName(row.station);
        l.state = static_cast<TicketState>(row.state);
        l.signedInUtc = utcOrNull(row.signedInMs);
        l.calledUtc = utcOrNull(row.calledMs);
        l.startedUtc = utcOrNull(row.startedMs);
        l.endedUtc = utcOrNull(row.endedMs);
        l.durationMs = row.durationMs;
        l.outcome = row.outcome;
        l.officerId = row.officerId;
        if (l.officerId)
            l.officer = officers->value(l.officerId, tr("officer no. %1").arg(l.officerId));
        for (const SessionNote &note : row.notes) {
            if (note.kind == u"amend")
                applyCorrection(l, note, settings, zone);
            else if (note.kind == u"extend")
                l.notes.append(tr("extended %1 min: %2").arg(note.value, note.reason));
            else if (note.kind == u"end")
                l.notes.append(tr("%1: %2").arg(Labels::outcome(note.value), note.reason));
            else if (note.kind == u"cancel")
                l.notes.append(tr("cancelled: %1").arg(note.reason));
            else if (note.kind == u"recover")
                l.notes.append(tr("recovered after a restart (%1)").arg(note.value));
        }
        const auto open = dayOpen.constFind(l.day);
        l.dayOpen
            = open != dayOpen.cend() ? *open : *dayOpen.insert(l.day, serviceGoesOn(desk, dayFromKey(l.day)));
        lines.append(l);
    }
    return lines;
}

} // namespace kj
