#include "BookExport.h"

#include "BookLines.h"
#include "CsvFile.h"
#include "DayKey.h"
#include "Desk.h"
#include "Labels.h"
#include "Queue.h"
#include "RosterRecords.h"

using namespace Qt::StringLiterals;

namespace kj {

namespace {

QString localTime(const QDateTime &utc, const QTimeZone &zone)
{
    return utc.isValid() ? utc.toTimeZone(zone).toString(u"HH:mm:ss"_s) : QString();
}

// Each correction with what the line said before it: the figures are the corrected ones, as on
// the register.
QString corrections(const BookLine &line)
{
    QStringList list;
    for (const Correction &c : line.corrections)
        list.append(u"%1: %2 → %3 (%4)"_s.arg(c.field, c.original, c.corrected, c.reason));
    return list.join(u"; "_s);
}

} // namespace

Result<qint64> BookExport::write(const Desk &desk, const QString &file, QDate from, QDate to)
{
    if (auto verified = desk.logbook().requireVerified(); !verified)
        return verified.error();
    CsvFile out(file);
    if (auto opened = out.open(); !opened)
        return opened.error();
    out.writeRow({ u"tanggal"_s, u"antrian"_s, u"nama"_s, u"no_registrasi"_s, u"kamar"_s, u"hubungan"_s,
        u"bilik"_s, u"dipanggil"_s, u"mulai"_s, u"selesai"_s, u"durasi_detik"_s, u"hasil"_s, u"petugas"_s,
        u"koreksi"_s });
    const QTimeZone zone = desk.schedule().zone();
    SessionQuery query;
    query.fromDay = dayKey(from);
    query.toDay = dayKey(to);
    query.newestFirst = false;
    query.limit = 1000;
    qint64 count = 0;
    for (;;) {
        auto page = BookLines::read(desk, query);
        if (!page)
            return page.error();
        for (const BookLine &l : std::as_const(*page)) {
            out.writeRow({ l.date().toString(u"yyyy-MM-dd"_s), Queue::ticketLabel(l.ticket), l.name,
                l.registerNumber, l.cell, l.relation, l.stationName, localTime(l.calledUtc, zone),
                localTime(l.startedUtc, zone), localTime(l.endedUtc, zone),
                l.durationMs >= 0 ? QString::number(l.durationMs / 1000) : QString(),
                Labels::outcome(l.outcome, int(l.state)), l.officer, corrections(l) });
            ++count;
        }
        if (page->size() < query.limit)
            break;
        query.after = std::pair(page->constLast().day, page->constLast().ticket);
    }
    if (auto done = out.commit(); !done)
        return done.error();
    return count;
}

Result<qint64> BookExport::writeRoster(const Desk &desk, const QString &file)
{
    if (auto verified = desk.logbook().requireVerified(); !verified)
        return verified.error();
    // Only the active roster: a released WBP in the file would be made active again on import.
    auto roster = RosterRecords(desk.logbook()).allWbp(false);
    if (!roster)
        return roster.error();
    CsvFile out(file);
    if (auto opened = out.open(); !opened)
        return opened.error();
    out.writeRow({ u"Nama Lengkap"_s, u"No. Registrasi"_s, u"Blok"_s, u"Lokasi Sel"_s, u"Tgl Msk UPT"_s,
        u"Tgl Ekspirasi"_s, u"Nm Alias 1"_s, u"Nm Alias 2"_s, u"Nm Alias 3"_s });
    for (const Wbp &w : std::as_const(*roster)) {
        QStringList aliases = w.aliases.split(u", "_s, Qt::SkipEmptyParts);
        aliases.resize(3);
        out.writeRow(QStringList { w.name, w.registerNumber, w.block, w.cell,
                         w.entryDate.toString(u"dd/MM/yyyy"_s), w.expiryDate.toString(u"dd/MM/yyyy"_s) }
            + aliases);
    }
    if (auto done = out.commit(); !done)
        return done.error();
    return roster->size();
}

} // namespace kj
