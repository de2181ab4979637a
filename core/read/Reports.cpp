#include "Reports.h"

#include "Roster.h"
#include "DayKey.h"
#include "Desk.h"
#include "Format.h"
#include "Logbook.h"
#include "PhoneNumber.h"
#include "Projector.h"

#include <QHash>
#include <QLocale>
#include <QSqlQuery>

#include <algorithm>
#include <climits>
#include <cmath>
#include <map>

using namespace Qt::StringLiterals;

namespace kj {

namespace {

QDateTime utcOrNull(const QVariant &ms)
{
    return ms.isNull() ? QDateTime() : QDateTime::fromMSecsSinceEpoch(ms.toLongLong(), Qt::UTC);
}

QString timeText(const QDateTime &utc, const QTimeZone &zone)
{
    return utc.isValid() ? Format::time(utc.toTimeZone(zone).time()) : QString();
}

QString durationText(qint64 ms)
{
    return ms >= 0 ? Format::duration((ms + 500) / 1000) : QString();
}

QString stationName(const QStringList &stations, int station)
{
    return station > 0 ? stations.value(station - 1, QString::number(station)) : QString();
}

QString familyText(const RegisterLine &line)
{
    if (line.family.isEmpty())
        return line.relation;
    return line.relation.isEmpty() ? line.family : u"%1 (%2)"_s.arg(line.family, line.relation);
}

QString fieldLabel(const QString &field)
{
    if (field == u"outcome")
        return Reports::tr("outcome");
    if (field == u"duration")
        return Reports::tr("duration");
    if (field == u"station")
        return Reports::tr("station");
    if (field == u"note")
        return Reports::tr("note");
    if (field == u"contact")
        return Reports::tr("family");
    if (field == u"started")
        return Reports::tr("start");
    if (field == u"ended")
        return Reports::tr("end");
    return field;
}

// A line's field as the register prints it, before any correction of it.
QString fieldText(const RegisterLine &line, const QString &field, const QTimeZone &zone)
{
    if (field == u"outcome")
        return Reports::outcomeLabel(line.outcome, int(line.state));
    if (field == u"duration")
        return durationText(line.durationMs);
    if (field == u"station")
        return line.stationName;
    if (field == u"contact")
        return familyText(line);
    if (field == u"started")
        return timeText(line.startedUtc, zone);
    if (field == u"ended")
        return timeText(line.endedUtc, zone);
    return {};
}

// An outcome as an officer may type it in a correction: its key or its label.
QString outcomeKeyOf(const QString &text)
{
    const QString typed = text.trimmed().toLower();
    for (const QString &key : Outcome::all()) {
        if (typed == key || typed == Reports::outcomeLabel(key, 0).toLower())
            return key;
    }
    return {};
}

// Applies an amendment: the counted value where it is one the register understands (an outcome,
// minutes, a station number), and the correction as printed either way.
void applyCorrection(RegisterLine &line, const QString &field, const QString &value, const QString &reason,
                     const QStringList &stations, const QTimeZone &zone)
{
    Correction c{field, {}, value.trimmed(), reason};
    for (const Correction &earlier : std::as_const(line.corrections)) {
        if (earlier.field == field)
            c.original = earlier.corrected;
    }
    if (c.original.isEmpty())
        c.original = fieldText(line, field, zone);
    if (field == u"outcome") {
        if (const QString key = outcomeKeyOf(value); !key.isEmpty()) {
            line.outcome = key;
            c.corrected = Reports::outcomeLabel(key, 0);
        }
    } else if (field == u"duration") {
        if (const auto minutes = Desk::correctedMinutes(value)) {
            line.durationMs = std::llround(*minutes * 60'000);
            c.corrected = durationText(line.durationMs);
        }
    } else if (field == u"station") {
        bool ok = false;
        const int station = value.trimmed().toInt(&ok);
        if (ok && station > 0 && station <= stations.size()) {
            line.station = station;
            line.stationName = stationName(stations, station);
            c.corrected = line.stationName;
        }
    }
    line.corrections.append(c);
}

QString correctedCell(const RegisterLine &line, const QString &field, const QString &text)
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
    return Reports::tr("%1 (was: %2)").arg(corrected, original);
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

// The lines of the days from..to (yyyymmdd), by day and ticket. personal: resolve the family's
// name and phone (the daily register prints them; the recap does not need them).
Result<QList<RegisterLine>> loadLines(const Desk &desk, int fromDay, int toDay, bool personal)
{
    const QSqlDatabase db = desk.logbook().database();
    const QStringList stations = desk.settings().stations;
    const QTimeZone zone = desk.schedule().zone();

    QHash<qint64, QString> officers;
    auto o = Projector::run(db, u"SELECT id, name FROM officers"_s);
    if (!o)
        return o.error();
    while (o->next())
        officers.insert(o->value(0).toLongLong(), o->value(1).toString());

    auto q = Projector::run(db,
                 u"SELECT s.id, s.day, s.ticket, w.name, w.reg_no, s.cell, s.contact_id, c.relation, s.station, "
                 "s.state, s.signed_in, s.called, s.started, s.ended, s.duration_ms, s.outcome, s.officer_id "
                 "FROM sessions s JOIN wbp w ON w.id = s.wbp_id LEFT JOIN contacts c ON c.id = s.contact_id "
                 "WHERE s.day BETWEEN ? AND ? ORDER BY s.day, s.ticket"_s,
                 {fromDay, toDay});
    if (!q)
        return q.error();
    QList<RegisterLine> lines;
    QHash<qint64, qsizetype> index; // session id → line
    QHash<int, bool> dayOpen;       // day key → its service still goes on
    while (q->next()) {
        RegisterLine l;
        l.sessionId = q->value(0).toLongLong();
        l.day = q->value(1).toInt();
        l.ticket = q->value(2).toInt();
        l.name = q->value(3).toString();
        l.registerNumber = q->value(4).toString();
        l.cell = q->value(5).toString();
        l.relation = q->value(7).isNull() ? QString() : Relation::label(q->value(7).toString());
        if (personal && !q->value(6).isNull()) {
            if (const auto contact = desk.contact(q->value(6).toLongLong())) {
                l.family = contact->name;
                l.phone = contact->phone;
            }
        }
        l.station = q->value(8).toInt();
        l.stationName = stationName(stations, l.station);
        l.state = static_cast<TicketState>(q->value(9).toInt());
        l.signedInUtc = utcOrNull(q->value(10));
        l.calledUtc = utcOrNull(q->value(11));
        l.startedUtc = utcOrNull(q->value(12));
        l.endedUtc = utcOrNull(q->value(13));
        l.durationMs = q->value(14).isNull() ? -1 : q->value(14).toLongLong();
        l.outcome = q->value(15).toString();
        l.officerId = q->value(16).toLongLong();
        if (l.officerId)
            l.officer = officers.value(l.officerId, Reports::tr("officer no. %1").arg(l.officerId));
        if (!dayOpen.contains(l.day))
            dayOpen.insert(l.day, serviceGoesOn(desk, dayFromKey(l.day)));
        l.dayOpen = dayOpen.value(l.day);
        index.insert(l.sessionId, lines.size());
        lines.append(l);
    }

    auto n = Projector::run(db,
                 u"SELECT n.session_id, n.kind, n.field, n.value, n.reason FROM session_notes n "
                 "JOIN sessions s ON s.id = n.session_id WHERE s.day BETWEEN ? AND ? ORDER BY n.seq"_s,
                 {fromDay, toDay});
    if (!n)
        return n.error();
    while (n->next()) {
        const auto at = index.constFind(n->value(0).toLongLong());
        if (at == index.cend())
            continue;
        RegisterLine &l = lines[*at];
        const QString kind = n->value(1).toString();
        const QString value = n->value(3).toString();
        const QString reason = n->value(4).toString();
        if (kind == u"amend")
            applyCorrection(l, n->value(2).toString(), value, reason, stations, zone);
        else if (kind == u"extend")
            l.notes.append(Reports::tr("extended %1 min: %2").arg(value, reason));
        else if (kind == u"end")
            l.notes.append(Reports::tr("%1: %2").arg(Reports::outcomeLabel(value, 0), reason));
        else if (kind == u"recover")
            l.notes.append(Reports::tr("recovered after a restart (%1)").arg(value));
    }
    return lines;
}

Result<Ikm> ikmOf(const QSqlDatabase &db, int fromDay, int toDay)
{
    auto q = Projector::run(db,
                 u"SELECT count(*), total(u1), total(u2), total(u3), total(u4), total(u5), total(u6), total(u7), "
                 "total(u8), total(u9) FROM survey_answers WHERE day BETWEEN ? AND ?"_s,
                 {fromDay, toDay});
    if (!q)
        return q.error();
    std::array<qint64, 9> totals{};
    int respondents = 0;
    if (q->next()) {
        respondents = q->value(0).toInt();
        for (int i = 0; i < 9; ++i)
            totals[size_t(i)] = q->value(i + 1).toLongLong();
    }
    return Ikm::fromTotals(respondents, totals);
}

Result<QList<RestrictionLine>> restrictionsIn(const QSqlDatabase &db, QDate first, QDate last)
{
    auto q = Projector::run(db,
                 u"SELECT w.name, w.reg_no, w.cell, r.reason, r.from_day, r.to_day, r.lifted FROM restrictions r "
                 "JOIN wbp w ON w.id = r.wbp_id WHERE r.from_day <= ? AND (r.to_day IS NULL OR r.to_day >= ?) "
                 "ORDER BY r.from_day, w.name"_s,
                 {last.toString(Qt::ISODate), first.toString(Qt::ISODate)});
    if (!q)
        return q.error();
    QList<RestrictionLine> list;
    while (q->next()) {
        list.append({q->value(0).toString(), q->value(1).toString(), q->value(2).toString(), q->value(3).toString(),
                     QDate::fromString(q->value(4).toString(), Qt::ISODate),
                     QDate::fromString(q->value(5).toString(), Qt::ISODate), q->value(6).toBool()});
    }
    return list;
}

QString averageText(qint64 ms)
{
    return ms >= 0 ? durationText(ms) : u"\u2014"_s;
}

QString dayLabel(QDate day)
{
    return Format::date(day);
}

} // namespace

void Tally::add(const RegisterLine &line)
{
    ++signedIn;
    if (Outcome::isServed(line.outcome)) {
        ++served;
        if (line.durationMs >= 0) {
            callMsTotal += line.durationMs;
            ++calls;
        }
    } else if (line.outcome == Outcome::NoShow) {
        ++noShow;
    } else if (line.outcome == Outcome::NoAnswer) {
        ++noAnswer;
    } else if (line.outcome == Outcome::Cancelled) {
        ++cancelled;
    } else if (line.dayOpen) {
        ++unfinished;
    } else {
        ++unserved;
    }
    if (line.calledUtc.isValid() && line.signedInUtc.isValid()) {
        waitMsTotal += qMax<qint64>(0, line.signedInUtc.msecsTo(line.calledUtc));
        ++waited;
    }
}

Ikm Ikm::fromTotals(int respondents, const std::array<qint64, 9> &itemTotals)
{
    Ikm ikm;
    ikm.respondents = respondents;
    if (respondents <= 0)
        return ikm;
    // PermenPANRB 14/2017, Lampiran: NRR per unsur = sum of the item's answers / respondents;
    // IKM = sum of NRR × weight, the weight being 1 / (number of unsur) (printed there as 0,111
    // for nine); IKM unit pelayanan = IKM × 25, which puts it between 25 and 100.
    double sum = 0;
    for (size_t i = 0; i < itemTotals.size(); ++i) {
        ikm.itemAverage[i] = double(itemTotals[i]) / respondents;
        sum += ikm.itemAverage[i];
    }
    ikm.average = sum / double(itemTotals.size());
    ikm.index = std::round(ikm.average * 25 * 100) / 100;
    ikm.category = categoryOf(ikm.index);
    return ikm;
}

QChar Ikm::categoryOf(double index)
{
    // PermenPANRB 14/2017, Lampiran, table of nilai interval konversi (NIK) and mutu pelayanan:
    // 88,31–100,00 A (sangat baik), 76,61–88,30 B (baik), 65,00–76,60 C (kurang baik),
    // 25,00–64,99 D (tidak baik). The index is rounded to 2 decimals before it is placed.
    if (index >= 88.31)
        return u'A';
    if (index >= 76.61)
        return u'B';
    if (index >= 65.00)
        return u'C';
    return u'D';
}

Result<DailyRegister> Reports::dailyRegister(const Desk &desk, QDate day)
{
    if (!day.isValid())
        return Error{ErrorKind::InvalidInput, u"bad-date"_s, tr("Not a valid date.")};
    DailyRegister report;
    report.facility = desk.settings().facility;
    report.day = day;
    report.zone = desk.schedule().zone();
    report.madeUtc = desk.clock().nowUtc();
    report.call = desk.settings().call;
    const DayPlan plan = desk.schedule().dayPlan(day);
    if (!plan.holiday.isEmpty())
        report.closedNote = tr("holiday: %1").arg(plan.holiday);
    else if (!plan.isServiceDay())
        report.closedNote = tr("no visiting service is scheduled on this day");
    const int key = dayKey(day);
    auto lines = loadLines(desk, key, key, true);
    if (!lines)
        return lines.error();
    report.lines = *lines;
    for (const RegisterLine &line : std::as_const(report.lines))
        report.totals.add(line);
    auto last = desk.logbook().lastEventOn(day);
    if (!last)
        return last.error();
    if (*last)
        report.anchor = ChainAnchor{(*last)->seq, QString::fromLatin1((*last)->hash.toHex().left(16))};
    return report;
}

Result<QList<RegisterLine>> Reports::lines(const Desk &desk, QDate from, QDate to)
{
    return loadLines(desk, dayKey(from), dayKey(to), false);
}

Result<MonthlyRecap> Reports::monthlyRecap(const Desk &desk, QDate anyDayOfMonth)
{
    if (!anyDayOfMonth.isValid())
        return Error{ErrorKind::InvalidInput, u"bad-month"_s, tr("Not a valid month.")};
    MonthlyRecap recap;
    recap.facility = desk.settings().facility;
    recap.month = QDate(anyDayOfMonth.year(), anyDayOfMonth.month(), 1);
    recap.zone = desk.schedule().zone();
    recap.madeUtc = desk.clock().nowUtc();
    const QDate last = recap.month.addMonths(1).addDays(-1);
    const QSqlDatabase db = desk.logbook().database();
    auto lines = loadLines(desk, dayKey(recap.month), dayKey(last), false);
    if (!lines)
        return lines.error();

    std::map<int, Tally> days;
    std::map<std::pair<int, QString>, Tally> cells; // numeric cells in number order, then the rest
    std::map<int, Tally> stations;
    std::map<QString, Tally> officers;
    QHash<int, QString> stationNames;
    for (const RegisterLine &line : std::as_const(*lines)) {
        recap.total.add(line);
        days[line.day].add(line);
        bool numeric = false;
        const int cellNumber = line.cell.toInt(&numeric);
        cells[{numeric ? cellNumber : INT_MAX, line.cell}].add(line);
        if (line.station > 0) {
            stations[line.station].add(line);
            stationNames.insert(line.station, line.stationName);
        }
        if (!line.officer.isEmpty())
            officers[line.officer].add(line);
        if (line.isCorrected())
            ++recap.corrected;
    }
    for (const auto &[day, tally] : days)
        recap.byDay.append({dayLabel(dayFromKey(day)), tally});
    for (const auto &[cell, tally] : cells)
        recap.byCell.append({tr("Cell %1").arg(cell.second), tally});
    for (const auto &[station, tally] : stations)
        recap.byStation.append({tr("Station %1").arg(stationNames.value(station)), tally});
    for (const auto &[officer, tally] : officers)
        recap.byOfficer.append({officer, tally});

    auto restrictions = restrictionsIn(db, recap.month, last);
    if (!restrictions)
        return restrictions.error();
    recap.restrictions = *restrictions;

    const QList<Complaint> complaints = desk.complaints(recap.month, last);
    recap.complaints = QList<Complaint>(complaints.crbegin(), complaints.crend());
    for (const QString &channel : Complaints::channels()) {
        const auto count = std::count_if(complaints.cbegin(), complaints.cend(),
                                         [&](const Complaint &c) { return c.channel == channel; });
        recap.complaintsByChannel.append({Complaints::channelLabel(channel), int(count)});
    }
    for (const QString &status : Complaints::statuses()) {
        const auto count = std::count_if(complaints.cbegin(), complaints.cend(),
                                         [&](const Complaint &c) { return c.status == status; });
        recap.complaintsByStatus.append({Complaints::statusLabel(status), int(count)});
    }

    auto ikm = ikmOf(db, dayKey(recap.month), dayKey(last));
    if (!ikm)
        return ikm.error();
    recap.ikm = *ikm;
    return recap;
}

QString Reports::registerTitle()
{
    // The book's name as the facility's own paper register is titled; it is not translated.
    return u"BUKU LAYANAN KUNJUNGAN ONLINE (VIDEO CALL)"_s;
}

QString Reports::recapTitle(QDate month)
{
    return tr("MONTHLY RECAP OF THE ONLINE VISITING SERVICE (VIDEO CALL) — %1")
        .arg(QLocale().toString(month, u"MMMM yyyy"_s).toUpper());
}

QString Reports::outcomeLabel(const QString &outcome, int state)
{
    if (outcome == Outcome::Completed)
        return tr("Completed");
    if (outcome == Outcome::EndedEarly)
        return tr("Ended early");
    if (outcome == Outcome::Stopped)
        return tr("Stopped by officer");
    if (outcome == Outcome::Interrupted)
        return tr("Interrupted");
    if (outcome == Outcome::NoShow)
        return tr("Did not come");
    if (outcome == Outcome::NoAnswer)
        return tr("No answer");
    if (outcome == Outcome::Cancelled)
        return tr("Cancelled");
    if (!outcome.isEmpty())
        return outcome;
    switch (static_cast<TicketState>(state)) {
    case TicketState::Waiting:
        return tr("Waiting");
    case TicketState::Called:
        return tr("Called");
    case TicketState::InCall:
        return tr("In call");
    default:
        return {};
    }
}

QStringList Reports::registerHeaders()
{
    return {tr("No."),      tr("Ticket"), tr("WBP name"), tr("Register no."), tr("Cell"),
            tr("Family (relation)"), tr("Phone"), tr("Station"), tr("Start"), tr("End"),
            tr("Duration"), tr("Outcome"), tr("Officer"), tr("Remarks")};
}

QStringList Reports::registerCells(const DailyRegister &report, qsizetype index, bool fullPhone)
{
    const RegisterLine &line = report.lines.at(index);
    QString phone = fullPhone ? line.phone : (line.phone.isEmpty() ? QString() : maskPhone(line.phone));
    QStringList remarks = line.notes;
    for (const Correction &c : line.corrections) {
        remarks.append(tr("Corrected %1: %2 → %3 (%4)")
                           .arg(fieldLabel(c.field), c.original.isEmpty() ? u"\u2014"_s : c.original, c.corrected,
                                c.reason));
    }
    return {QString::number(index + 1),
            Queue::ticketLabel(line.ticket),
            line.name,
            line.registerNumber,
            line.cell,
            correctedCell(line, u"contact"_s, familyText(line)),
            phone,
            correctedCell(line, u"station"_s, line.stationName),
            correctedCell(line, u"started"_s, timeText(line.startedUtc, report.zone)),
            correctedCell(line, u"ended"_s, timeText(line.endedUtc, report.zone)),
            correctedCell(line, u"duration"_s, durationText(line.durationMs)),
            correctedCell(line, u"outcome"_s, outcomeLabel(line.outcome, int(line.state))),
            line.officer,
            remarks.join(u"; "_s)};
}

QList<std::pair<QString, QString>> Reports::totalsText(const Tally &t)
{
    return {{tr("Signed in"), QString::number(t.signedIn)},
            {tr("Served"), QString::number(t.served)},
            {tr("Did not come"), QString::number(t.noShow)},
            {tr("No answer"), QString::number(t.noAnswer)},
            {tr("Cancelled"), QString::number(t.cancelled)},
            {tr("Not finished yet"), QString::number(t.unfinished)},
            {tr("Not served at close"), QString::number(t.unserved)},
            {tr("Average wait"), averageText(t.averageWaitMs())},
            {tr("Average call length"), averageText(t.averageCallMs())},
            {tr("Cost"), tr("Rp 0 (free)")}};
}

QString Reports::emptyDayText(const DailyRegister &report)
{
    if (!report.closedNote.isEmpty())
        return tr("No visits on %1: %2.").arg(Format::date(report.day), report.closedNote);
    return tr("No visits were registered on %1.").arg(Format::date(report.day));
}

QString Reports::anchorText(const ChainAnchor &anchor)
{
    return tr("Last event of the day: no. %1, hash %2 (check: kunjungan-admin logbook verify --anchor %1:%2)")
        .arg(anchor.seq)
        .arg(anchor.hashPrefix);
}

QStringList Reports::tallyHeaders()
{
    return {tr("Signed in"),    tr("Served"),     tr("Served %"),  tr("Did not come"), tr("No answer"),
            tr("Cancelled"),    tr("Not finished"), tr("Not served"), tr("Avg. wait"),   tr("Avg. call")};
}

QStringList Reports::tallyCells(const Tally &t)
{
    // No share while nothing is finished: a morning's queue is not "0 % served".
    const QString served = t.signedIn > t.unfinished ? decimal(t.servedPercent(), 1) : u"\u2014"_s;
    return {QString::number(t.signedIn),   QString::number(t.served),   served,
            QString::number(t.noShow),     QString::number(t.noAnswer), QString::number(t.cancelled),
            QString::number(t.unfinished), QString::number(t.unserved), averageText(t.averageWaitMs()),
            averageText(t.averageCallMs())};
}

QString Reports::ikmCategoryLabel(QChar category)
{
    switch (category.unicode()) {
    case u'A':
        return tr("A (very good)");
    case u'B':
        return tr("B (good)");
    case u'C':
        return tr("C (not good enough)");
    case u'D':
        return tr("D (poor)");
    default:
        return tr("no survey answers");
    }
}

QString Reports::ikmItemName(int item)
{
    switch (item) {
    case 1: return tr("Requirements");
    case 2: return tr("Procedure");
    case 3: return tr("Time taken");
    case 4: return tr("Cost");
    case 5: return tr("Service as announced");
    case 6: return tr("Officers' competence");
    case 7: return tr("Officers' conduct");
    case 8: return tr("Handling of complaints and suggestions");
    case 9: return tr("Facilities");
    default: return {};
    }
}

QString Reports::decimal(double value, int decimals)
{
    return QLocale().toString(value, 'f', decimals);
}

QString Reports::callLengthText(const CallLimits &call)
{
    const QString lengths = tr("Video call length: %1 minutes, at most %2 minutes.")
                                .arg(call.defaultMinutes)
                                .arg(call.maxMinutes);
    if (call.maxMinutes <= CallLimits::publishedMaxMinutes)
        return lengths;
    return lengths + u' '
        + tr("Above the published standard (at most %1 minutes); reason: %2.")
              .arg(CallLimits::publishedMaxMinutes)
              .arg(call.maxReason.isEmpty() ? tr("none given") : call.maxReason);
}

} // namespace kj
