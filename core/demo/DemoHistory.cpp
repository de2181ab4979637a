#include "DemoHistory.h"

#include "Clock.h"
#include "DayKey.h"
#include "DemoData.h"
#include "Desk.h"
#include "Dice.h"
#include "Logbook.h"
#include "RosterRecords.h"
#include "SessionRecords.h"
#include "Survey.h"
#include "VisitingDay.h"

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace kj {

namespace {

// The kiosk's satisfaction survey: nine items on a four-point scale.
QList<int> surveyAnswers(Dice &dice)
{
    QList<int> answers;
    for (int i = 0; i < Survey::items; ++i) {
        // Mostly satisfied, as the centres' published SKM results are.
        const double u = dice.unit();
        answers.append(u < 0.03 ? 1 : u < 0.15 ? 2 : u < 0.55 ? 3 : 4);
    }
    return answers;
}

// A complaint as families make them, and what the centre did about it.
struct ComplaintStory
{
    QString content;
    QString handling; // "diproses"
    QString outcome; // "selesai"
};

const QList<ComplaintStory> complaintStories = {
    { u"Antrian terlalu lama, keluarga menunggu lebih dari satu jam."_s,
        u"Diteruskan ke Kasubsi Pelayanan Tahanan untuk penambahan bilik."_s,
        u"Bilik ketiga disiapkan pada jam ramai pagi hari."_s },
    { u"Sambungan video sering terputus di tengah panggilan."_s,
        u"Jaringan ruang kunjungan diperiksa petugas IT."_s,
        u"Router ruang kunjungan diganti; waktu yang terputus dikembalikan."_s },
    { u"Waktu panggilan lima menit terlalu singkat."_s, u"Disampaikan kepada Karutan."_s,
        u"Dijelaskan kepada keluarga: lima menit sesuai standar layanan, dapat ditambah bila ada alasan."_s },
    { u"Nomor keluarga belum juga disetujui setelah dua minggu."_s,
        u"Berkas nomor keluarga diperiksa ulang."_s, u"Nomor keluarga disetujui dan keluarga dihubungi."_s },
    { u"Jadwal kamar tidak diumumkan dengan jelas."_s, u"Papan pengumuman jadwal diperbarui."_s,
        u"Jadwal dipasang di kios dan di Instagram jepararutan."_s },
};
const QStringList complaintChannels = { u"langsung"_s, u"instagram"_s, u"lapor-karutan"_s, u"langsung"_s };

// A complaint filed on a service day, followed up on later ones.
struct OpenComplaint
{
    qint64 id = 0;
    const ComplaintStory *story = nullptr;
    QDate handleOn;
    QDate closeOn;
    bool handled = false;
};

struct DemoCorrection
{
    QString field;
    QString value;
    QString reason;
};

// A correction an officer might make to a line of the day.
DemoCorrection correctionFor(Dice &dice, int station, int stations, qint64 durationMs)
{
    switch (dice.between(0, 3)) {
    case 0:
        return { u"outcome"_s, QString(Outcome::EndedEarly),
            u"Salah pilih hasil: keluarga menutup panggilan lebih awal"_s };
    case 1:
        if (stations > 1)
            return { u"station"_s, QString::number(station % stations + 1), u"Salah catat bilik"_s };
        [[fallthrough]];
    case 2:
        return { u"duration"_s, QString::number(std::max<qint64>(1, durationMs / 60'000 - 1)),
            u"Sinyal terputus sebelum panggilan diakhiri"_s };
    default:
        return { u"note"_s, u"Keluarga meminta dihubungi lewat nomor lain lain kali"_s,
            u"Catatan petugas"_s };
    }
}

// The lines of a day on which a call took place, in ticket order.
Result<QList<SessionRow>> heldCalls(const Logbook &logbook, QDate day)
{
    SessionQuery query;
    query.fromDay = query.toDay = dayKey(day);
    query.newestFirst = false;
    auto lines = SessionRecords(logbook).lines(query);
    if (!lines)
        return lines;
    lines->removeIf([](const SessionRow &row) { return row.startedMs == 0; });
    return lines;
}

// Now and then a family complains (at the desk, on Instagram, to Lapor Karutan); the officer
// records it, and on later days records it being handled and closed.
Result<void> complaintsOfTheDay(Desk &desk, Dice &dice, QDate day, const QString &actor,
    QList<OpenComplaint> &open, DemoHistorySummary &summary)
{
    for (qsizetype i = 0; i < open.size();) {
        OpenComplaint &c = open[i];
        if (!c.handled && day >= c.handleOn) {
            if (auto r = desk.service().updateComplaint(c.id, u"diproses"_s, c.story->handling, actor); !r)
                return r.error();
            c.handled = true;
        } else if (c.handled && day >= c.closeOn) {
            if (auto r = desk.service().updateComplaint(c.id, u"selesai"_s, c.story->outcome, actor); !r)
                return r.error();
            open.removeAt(i);
            continue;
        }
        ++i;
    }
    if (!dice.chance(0.12))
        return {};
    const ComplaintStory &story = dice.pick(complaintStories);
    Complaint complaint;
    complaint.received = day;
    complaint.channel = dice.pick(complaintChannels);
    complaint.content = story.content;
    complaint.status = u"baru"_s;
    if (complaint.channel == u"langsung")
        complaint.who = u"Keluarga WBP"_s;
    auto id = desk.service().addComplaint(complaint, actor);
    if (!id)
        return id.error();
    ++summary.complaints;
    open.append({ *id, &story, day.addDays(dice.between(1, 3)), day.addDays(dice.between(5, 12)), false });
    return {};
}

} // namespace

QList<std::pair<QString, QString>> DemoHistory::officers()
{
    return { { DemoData::officerName, DemoData::officerPin }, { u"Sri Wahyuni"_s, u"258036"_s },
        { u"Bambang Setiawan"_s, u"147036"_s } };
}

Result<DemoHistorySummary> DemoHistory::fill(
    const QString &path, const QDateTime &nowUtc, int days, quint64 seed)
{
    if (days < 1)
        return Error::invalid(u"bad-days"_s, tr("The number of days must be at least 1."));
    // The clock starts well before the first morning; from there on it only moves forward, both
    // readings together, so the desk sees time pass and no clock jump.
    FakeClock clock(nowUtc.addDays(-(days + 1)));
    auto opened = Logbook::open(path, clock, Logbook::Options { true, 5000, 0, {} });
    if (!opened)
        return opened.error();
    Logbook &logbook = **opened;
    auto roster = RosterRecords(logbook).allWbp(true);
    if (!roster)
        return roster.error();
    auto held = SessionRecords(logbook).totals();
    if (!held)
        return held.error();
    const qint64 wbp = roster->size();
    const qint64 sessions = held->lines;
    if (wbp > 0 || sessions > 0) {
        return Error::invalid(u"demo-not-empty"_s,
            tr("%1 already holds %2 WBP and %3 sessions: a demo history is only written into a new or "
               "empty logbook.")
                .arg(path)
                .arg(wbp)
                .arg(sessions));
    }
    // Made-up data need not survive a power cut: commits are not synced one by one (the same write
    // path, many times faster); the end of the fill writes everything to disk once.
    if (auto fast = logbook.setSyncEveryCommit(false); !fast)
        return fast.error();
    Desk desk(logbook, clock);
    if (auto loaded = desk.load(false); !loaded)
        return loaded.error();
    const Schedule &schedule = desk.schedule();
    const QTimeZone zone = schedule.zone();
    const QDate today = schedule.localDate(nowUtc);
    DemoHistorySummary summary;
    summary.first = today.addDays(1 - days);
    summary.last = today;
    clock.advanceTo(QDateTime(summary.first, QTime(6, 0), zone).toUTC());

    // A roster of the size of a small Rutan: 270 WBP in 18 cells.
    auto admin = DemoData::setUp(desk, quint32(seed), 15);
    if (!admin)
        return admin.error();
    // The officers take turns at the desk, a day each. (They do not log in: a PIN check costs a
    // tenth of a second on purpose, which would make this several times slower.)
    QList<qint64> officerIds { *admin };
    const auto officers = DemoHistory::officers();
    for (qsizetype i = 1; i < officers.size(); ++i) {
        auto added = desk.officers().add(
            officers[i].first, u"officer"_s, officers[i].second, QString(Actor::System));
        if (!added)
            return added.error();
        officerIds.append(*added);
    }

    Dice dice(seed);
    QHash<QString, QList<Visitor>> visitorsByCell;
    QList<OpenComplaint> openComplaints;
    for (QDate day = summary.first; day <= today; day = day.addDays(1)) {
        const DayPlan plan = schedule.dayPlan(day);
        if (!plan.isServiceDay())
            continue; // closed weekdays and holidays
        QList<TimeWindow> windows = plan.windows;
        if (day == today) {
            // Today only up to now: the windows already over, their last calls included.
            windows.removeIf(
                [&](const TimeWindow &w) { return QDateTime(day, w.end, zone).addSecs(30 * 60) > nowUtc; });
        }
        if (windows.isEmpty())
            continue;
        QList<Visitor> visitors;
        for (const QString &cell : plan.cells) {
            if (!visitorsByCell.contains(cell)) {
                auto found = visitorsOf(desk, { cell });
                if (!found)
                    return found.error();
                visitorsByCell.insert(cell, *found);
            }
            visitors += visitorsByCell.value(cell);
        }

        const QString actor = Actor::officer(officerIds[summary.serviceDays % officerIds.size()]);
        ++summary.serviceDays;

        // Between a half and nine in ten of the cells' WBP come, depending on the day.
        const int turnout = int(std::lround(double(visitors.size()) * (0.5 + 0.4 * dice.unit())));
        DeskDayWriter writer(desk, clock, actor);
        auto ran = VisitingDay(writer, dice, schedule, desk.settings(), day).run(visitors, turnout, windows);
        if (!ran)
            return ran.error();

        // After the service: a few corrections by the officer and survey answers at the kiosk,
        // spread over the next forty minutes (never past now).
        auto calls = heldCalls(logbook, day);
        if (!calls)
            return calls.error();
        const QList<SessionRow> &held = *calls;
        struct Later
        {
            qint64 atMs;
            qsizetype call; // -1: a survey answer, -2: a complaint's turn
        };
        QList<Later> later;
        const qint64 from = std::max(ran->lastMs, clock.nowUtc().toMSecsSinceEpoch());
        const qint64 until = std::min(from + 40 * 60'000, nowUtc.toMSecsSinceEpoch() - 60'000);
        for (qsizetype i = 0; i < held.size() && until > from; ++i) {
            if (dice.chance(0.02))
                later.append({ dice.between64(from, until), i });
            if (dice.chance(0.2))
                later.append({ dice.between64(from, until), -1 });
        }
        if (until > from)
            later.append({ dice.between64(from, until), -2 });
        std::sort(later.begin(), later.end(), [](const Later &a, const Later &b) { return a.atMs < b.atMs; });
        for (const Later &action : std::as_const(later)) {
            clock.advanceTo(QDateTime::fromMSecsSinceEpoch(action.atMs, Qt::UTC));
            if (action.call == -1) {
                // Answers closer than a minute apart are refused, as at the kiosk.
                if (auto r = desk.service().answerSurvey(surveyAnswers(dice)); r)
                    ++summary.surveys;
                else if (r.error().reason != u"survey-too-soon")
                    return r.error();
                continue;
            }
            if (action.call == -2) {
                if (auto r = complaintsOfTheDay(desk, dice, day, actor, openComplaints, summary); !r)
                    return r.error();
                continue;
            }
            const SessionRow &line = held[action.call];
            const DemoCorrection c = correctionFor(
                dice, line.station, desk.settings().queue.stations, qMax<qint64>(0, line.durationMs));
            if (auto r = desk.calls().amend(line.id, c.field, c.value, c.reason, actor); !r)
                return r.error();
            ++summary.corrections;
        }
        // A call stopped for breaking the rules costs the WBP two weeks of visits.
        for (const SessionRow &line : held) {
            if (line.outcome != Outcome::Stopped)
                continue;
            if (auto r = desk.roster().addRestriction(line.wbpId, u"Melanggar tata tertib saat video call"_s,
                    day.addDays(1), day.addDays(14), actor);
                !r)
                return r.error();
        }
    }
    auto totals = SessionRecords(logbook).totals();
    if (!totals)
        return totals.error();
    summary.tickets = int(totals->lines);
    summary.calls = int(totals->calls);
    summary.events = logbook.lastSeq();
    if (auto flushed = logbook.flushToDisk(); !flushed)
        return flushed.error();
    return summary;
}

} // namespace kj
