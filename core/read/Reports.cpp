#include "Reports.h"

#include "DayKey.h"
#include "Desk.h"
#include "Format.h"
#include "Labels.h"
#include "Logbook.h"
#include "Outcome.h"
#include "PhoneNumber.h"
#include "ServiceDesk.h"
#include "ServiceRecords.h"

#include <QHash>
#include <QLocale>

#include <algorithm>
#include <climits>
#include <cmath>
#include <map>

using namespace Qt::StringLiterals;

namespace kj {

namespace {

QString averageText(qint64 ms)
{
    return ms >= 0 ? Format::duration((ms + 500) / 1000) : u"\u2014"_s;
}

QString dayLabel(QDate day)
{
    return Format::date(day);
}

} // namespace

void Tally::add(const BookLine &line)
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
        return Error::invalid(u"bad-date"_s, tr("Not a valid date."));
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
    // A forged projection never reaches paper: the lines are read from a logbook that verifies.
    if (auto verified = desk.logbook().requireVerified(); !verified)
        return verified.error();
    SessionQuery query;
    query.fromDay = query.toDay = dayKey(day);
    query.newestFirst = false;
    auto lines = BookLines::read(desk, query, true);
    if (!lines)
        return lines.error();
    report.lines = *lines;
    for (const BookLine &line : std::as_const(report.lines))
        report.totals.add(line);
    auto last = desk.logbook().lastEventOn(day);
    if (!last)
        return last.error();
    if (*last)
        report.anchor = ChainAnchor { (*last)->seq, QString::fromLatin1((*last)->hash.toHex().left(16)) };
    auto seal = desk.logbook().latestSeal();
    if (!seal)
        return seal.error();
    report.seal = *seal;
    return report;
}

Result<QList<BookLine>> Reports::lines(const Desk &desk, QDate from, QDate to)
{
    SessionQuery query;
    query.fromDay = dayKey(from);
    query.toDay = dayKey(to);
    query.newestFirst = false;
    if (auto verified = desk.logbook().requireVerified(); !verified)
        return verified.error();
    return BookLines::read(desk, query);
}

Result<MonthlyRecap> Reports::monthlyRecap(const Desk &desk, QDate anyDayOfMonth)
{
    if (!anyDayOfMonth.isValid())
        return Error::invalid(u"bad-month"_s, tr("Not a valid month."));
    MonthlyRecap recap;
    recap.facility = desk.settings().facility;
    recap.month = QDate(anyDayOfMonth.year(), anyDayOfMonth.month(), 1);
    recap.zone = desk.schedule().zone();
    recap.madeUtc = desk.clock().nowUtc();
    const QDate last = recap.month.addMonths(1).addDays(-1);
    auto lines = Reports::lines(desk, recap.month, last);
    if (!lines)
        return lines.error();

    std::map<int, Tally> days;
    std::map<std::pair<int, QString>, Tally> cells; // numeric cells in number order, then the rest
    std::map<int, Tally> stations;
    std::map<QString, Tally> officers;
    QHash<int, QString> stationNames;
    for (const BookLine &line : std::as_const(*lines)) {
        recap.total.add(line);
        days[line.day].add(line);
        bool numeric = false;
        const int cellNumber = line.cell.toInt(&numeric);
        cells[{ numeric ? cellNumber : INT_MAX, line.cell }].add(line);
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
        recap.byDay.append({ dayLabel(dayFromKey(day)), tally });
    for (const auto &[cell, tally] : cells)
        recap.byCell.append({ tr("Cell %1").arg(cell.second), tally });
    for (const auto &[station, tally] : stations)
        recap.byStation.append({ tr("Station %1").arg(stationNames.value(station)), tally });
    for (const auto &[officer, tally] : officers)
        recap.byOfficer.append({ officer, tally });

    auto restrictions = RosterRecords(desk.logbook()).restrictionsIn(recap.month, last);
    if (!restrictions)
        return restrictions.error();
    recap.restrictions = *restrictions;

    auto received = desk.service().complaints(recap.month, last);
    if (!received)
        return received.error();
    const QList<Complaint> &complaints = *received;
    recap.complaints = QList<Complaint>(complaints.crbegin(), complaints.crend());
    for (const QString &channel : Complaints::channels()) {
        const auto count = std::count_if(
            complaints.cbegin(), complaints.cend(), [&](const Complaint &c) { return c.channel == channel; });
        recap.complaintsByChannel.append({ Complaints::channelLabel(channel), int(count) });
    }
    for (const QString &status : Complaints::statuses()) {
        const auto count = std::count_if(
            complaints.cbegin(), complaints.cend(), [&](const Complaint &c) { return c.status == status; });
        recap.complaintsByStatus.append({ Complaints::statusLabel(status), int(count) });
    }

    auto survey = ServiceRecords(desk.logbook()).survey(dayKey(recap.month), dayKey(last));
    if (!survey)
        return survey.error();
    recap.ikm = Ikm::fromTotals(survey->respondents, survey->itemTotals);
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

QStringList Reports::registerHeaders()
{
    return { tr("No."), tr("Ticket"), tr("WBP name"), tr("Register no."), tr("Cell"), tr("Family (relation)"),
        tr("Phone"), tr("Station"), tr("Start"), tr("End"), tr("Duration"), tr("Outcome"), tr("Officer"),
        tr("Remarks") };
}

QStringList Reports::registerCells(const DailyRegister &report, qsizetype index, bool fullPhone)
{
    const BookLine &line = report.lines.at(index);
    QString phone = fullPhone ? line.phone : (line.phone.isEmpty() ? QString() : maskPhone(line.phone));
    QStringList remarks = line.notes;
    for (const Correction &c : line.corrections) {
        remarks.append(tr("Corrected %1: %2 → %3 (%4)")
                           .arg(Labels::field(c.field).toLower(),
                               c.original.isEmpty() ? u"\u2014"_s : c.original, c.corrected, c.reason));
    }
    return { QString::number(index + 1), Queue::ticketLabel(line.ticket), line.name, line.registerNumber,
        line.cell,
        BookLines::correctedCell(line, u"contact"_s, BookLines::fieldText(line, u"contact"_s, report.zone)),
        phone, BookLines::correctedCell(line, u"station"_s, line.stationName),
        BookLines::correctedCell(line, u"started"_s, BookLines::fieldText(line, u"started"_s, report.zone)),
        BookLines::correctedCell(line, u"ended"_s, BookLines::fieldText(line, u"ended"_s, report.zone)),
        BookLines::correctedCell(line, u"duration"_s, BookLines::fieldText(line, u"duration"_s, report.zone)),
        BookLines::correctedCell(line, u"outcome"_s, Labels::outcome(line.outcome, int(line.state))),
        line.officer, remarks.join(u"; "_s) };
}

QList<std::pair<QString, QString>> Reports::totalsText(const Tally &t)
{
    return { { tr("Signed in"), QString::number(t.signedIn) }, { tr("Served"), QString::number(t.served) },
        { tr("Did not come"), QString::number(t.noShow) }, { tr("No answer"), QString::number(t.noAnswer) },
        { tr("Cancelled"), QString::number(t.cancelled) },
        { tr("Not finished yet"), QString::number(t.unfinished) },
        { tr("Not served at close"), QString::number(t.unserved) },
        { tr("Average wait"), averageText(t.averageWaitMs()) },
        { tr("Average call length"), averageText(t.averageCallMs()) }, { tr("Cost"), tr("Rp 0 (free)") } };
}

QString Reports::emptyDayText(const DailyRegister &report)
{
    if (!report.closedNote.isEmpty())
        return tr("No visits on %1: %2.").arg(Format::date(report.day), report.closedNote);
    return tr("No visits were registered on %1.").arg(Format::date(report.day));
}

QString Reports::sealText(const Seal &seal, const QTimeZone &zone)
{
    const QDateTime at = seal.atUtc.toTimeZone(zone);
    return tr("Latest seal: event no. %1, hash %2, sealed %3 at %4")
        .arg(seal.seq)
        .arg(QString::fromLatin1(seal.hash.toHex().left(16)))
        .arg(Format::date(at.date()), Format::time(at.time()));
}

QString Reports::anchorText(const ChainAnchor &anchor)
{
    return tr("Last event of the day: no. %1, hash %2 (check: kunjungan-admin logbook verify --anchor %1:%2)")
        .arg(anchor.seq)
        .arg(anchor.hashPrefix);
}

QStringList Reports::tallyHeaders()
{
    return { tr("Signed in"), tr("Served"), tr("Served %"), tr("Did not come"), tr("No answer"),
        tr("Cancelled"), tr("Not finished"), tr("Not served"), tr("Avg. wait"), tr("Avg. call") };
}

QStringList Reports::tallyCells(const Tally &t)
{
    // No share while nothing is finished: a morning's queue is not "0 % served".
    const QString served = t.signedIn > t.unfinished ? decimal(t.servedPercent(), 1) : u"\u2014"_s;
    return { QString::number(t.signedIn), QString::number(t.served), served, QString::number(t.noShow),
        QString::number(t.noAnswer), QString::number(t.cancelled), QString::number(t.unfinished),
        QString::number(t.unserved), averageText(t.averageWaitMs()), averageText(t.averageCallMs()) };
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
    case 1:
        return tr("Requirements");
    case 2:
        return tr("Procedure");
    case 3:
        return tr("Time taken");
    case 4:
        return tr("Cost");
    case 5:
        return tr("Service as announced");
    case 6:
        return tr("Officers' competence");
    case 7:
        return tr("Officers' conduct");
    case 8:
        return tr("Handling of complaints and suggestions");
    case 9:
        return tr("Facilities");
    default:
        return {};
    }
}

QString Reports::decimal(double value, int decimals)
{
    return QLocale().toString(value, 'f', decimals);
}

QString Reports::callLengthText(const CallLimits &call)
{
    QString lengths = tr("Video call length: %1 minutes, at most %2 minutes.")
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
