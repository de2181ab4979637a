#include "AdminCommands.h"

#include "Clock.h"
#include "ContactsCsv.h"
#include "DayKey.h"
#include "DemoHistory.h"
#include "Deployment.h"
#include "Desk.h"
#include "Format.h"
#include "Logbook.h"
#include "CsvFile.h"
#include "Projector.h"
#include "Queue.h"
#include "ReportCsv.h"
#include "RosterCsv.h"
#include "Schedule.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QTextStream>

using namespace Qt::StringLiterals;

namespace kj {

struct AdminCommands::Opened
{
    std::unique_ptr<Logbook> logbook;
    std::unique_ptr<Desk> desk;
};

namespace {


Error invalid(const QString &reason, const QString &message)
{
    return Error { ErrorKind::InvalidInput, reason, message };
}

// Input files are read whole; one byte over the reader's limit is enough for it to refuse them.
Result<QByteArray> readInput(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return invalid(u"input-unreadable"_s, AdminCommands::tr("%1 cannot be read: %2").arg(path, file.errorString()));
    return file.read(CsvReader::maxFileBytes + 1);
}

// A field of a tab-separated line: tabs and line breaks would shift the columns.
QString tsvField(QString text)
{
    return text.replace(u'\t', u' ').replace(u'\n', u' ').replace(u'\r', u' ');
}

// Rows as columns padded to their widest cell, for people reading a terminal.
void printAligned(QTextStream &out, const QList<QStringList> &rows)
{
    QList<qsizetype> widths;
    for (const QStringList &row : rows) {
        widths.resize(qMax(widths.size(), row.size()));
        for (qsizetype i = 0; i < row.size(); ++i)
            widths[i] = qMax(widths[i], row[i].size());
    }
    for (const QStringList &row : rows) {
        QString line;
        for (qsizetype i = 0; i < row.size(); ++i)
            line += i + 1 < row.size() ? row[i].leftJustified(widths[i] + 2) : row[i];
        out << line << '\n';
    }
}

std::optional<QDate> parseDay(const QString &text)
{
    const QDate date = QDate::fromString(text.trimmed(), u"yyyy-MM-dd"_s);
    if (!date.isValid())
        return std::nullopt;
    return date;
}

Error badDay(const QString &text)
{
    return invalid(u"bad-date"_s, AdminCommands::tr("Not a date (yyyy-mm-dd): %1").arg(text));
}

QVariant nullIfEmpty(const QString &text)
{
    return text.isEmpty() ? QVariant() : QVariant(text);
}

QString isoUtc(const QVariant &ms)
{
    if (ms.isNull())
        return {};
    return QDateTime::fromMSecsSinceEpoch(ms.toLongLong(), Qt::UTC).toString(Qt::ISODate);
}

QString localTime(const QVariant &ms, const QTimeZone &zone)
{
    if (ms.isNull())
        return {};
    return QDateTime::fromMSecsSinceEpoch(ms.toLongLong(), Qt::UTC).toTimeZone(zone).toString(u"HH:mm:ss"_s);
}

QString dayText(int dayKey)
{
    return dayFromKey(dayKey).toString(u"yyyy-MM-dd"_s);
}

qint64 idOf(const QJsonValue &value)
{
    return value.isString() ? value.toString().toLongLong() : value.toInteger();
}

// A session as one number: day (yyyymmdd) and ticket.
qint64 sessionKey(qint64 day, qint64 ticket)
{
    return day * 1'000'000 + ticket;
}

} // namespace

AdminCommands::AdminCommands(QString databasePath, const Clock &clock, QTextStream &out, QTextStream &err)
    : m_path(std::move(databasePath))
    , m_clock(clock)
    , m_out(out)
    , m_err(err)
{ }

AdminCommands::~AdminCommands() = default;

Result<std::unique_ptr<Logbook>> AdminCommands::openLogbook(bool create, const Clock &clock) const
{
    // A one-shot command: no polling for other processes' commits.
    return Logbook::open(m_path, clock, Logbook::Options { create, 5000, 0 });
}

Result<std::unique_ptr<AdminCommands::Opened>> AdminCommands::openDesk(bool create, const Clock &clock) const
{
    auto logbook = openLogbook(create, clock);
    if (!logbook)
        return logbook.error();
    auto opened = std::make_unique<Opened>();
    opened->logbook = std::move(*logbook);
    opened->desk = std::make_unique<Desk>(*opened->logbook, clock);
    // Open calls belong to the console, which recovers them; the CLI leaves them alone.
    if (auto loaded = opened->desk->load(false); !loaded)
        return loaded.error();
    return opened;
}

Result<std::unique_ptr<AdminCommands::Opened>> AdminCommands::openDesk(bool create) const
{
    return openDesk(create, m_clock);
}

int AdminCommands::fail(const Error &error) const
{
    const QStringList lines = error.message.split(u'\n', Qt::SkipEmptyParts);
    for (const QString &line : lines)
        m_err << line << '\n';
    if (lines.isEmpty())
        m_err << error.reason << '\n';
    // For IT staff chasing a database problem: SQLite's own words.
    if (qEnvironmentVariableIsSet("KUNJUNGAN_DEBUG") && !error.detail.isEmpty())
        m_err << error.detail << '\n';
    m_err.flush();
    return exitCodeFor(error.kind);
}

// ---- roster and contacts ------------------------------------------------------------------

int AdminCommands::rosterImport(const QString &file, bool dryRun)
{
    const auto bytes = readInput(file);
    if (!bytes)
        return fail(bytes.error());
    const auto parsed = RosterCsv::parse(*bytes);
    if (!parsed)
        return fail(CsvReader::toError(parsed.problems()));

    RosterImportSummary summary;
    if (dryRun && !QFileInfo::exists(m_path)) {
        // No logbook yet, and a dry run must not create one: every row would be new.
        summary.added = int(parsed.value().size());
    } else {
        auto opened = openDesk(!dryRun);
        if (!opened)
            return fail(opened.error());
        auto imported = (*opened)->desk->importRoster(
            parsed.value(), QFileInfo(file).fileName(), QString(Actor::Cli), dryRun);
        if (!imported)
            return fail(imported.error());
        summary = *imported;
    }
    m_out << tr("added %1, updated %2, unchanged %3, deactivated %4")
                 .arg(summary.added)
                 .arg(summary.updated)
                 .arg(summary.unchanged)
                 .arg(summary.deactivated)
          << '\n';
    if (dryRun)
        m_out << tr("Dry run: nothing was written.") << '\n';
    return 0;
}

int AdminCommands::rosterExport(const QString &file)
{
    auto opened = openDesk(false);
    if (!opened)
        return fail(opened.error());
    QSqlQuery q((*opened)->logbook->database());
    q.setForwardOnly(true);
    // Only the active roster: a released WBP in the file would be made active again on import.
    if (!q.exec(u"SELECT name, reg_no, block, cell, entry_date, expiry_date, aliases FROM wbp "
                "WHERE active = 1 ORDER BY CAST(cell AS INTEGER), cell, name COLLATE NOCASE"_s)) {
        return fail(databaseError(q.lastError(), u"roster export"_s));
    }
    OutputFile out(file);
    if (auto ok = out.open(); !ok)
        return fail(ok.error());
    out.writeBytes("\xEF\xBB\xBF");
    out.write(csvLine({ u"Nama Lengkap"_s, u"No. Registrasi"_s, u"Blok"_s, u"Lokasi Sel"_s, u"Tgl Msk UPT"_s,
        u"Tgl Ekspirasi"_s, u"Nm Alias 1"_s, u"Nm Alias 2"_s, u"Nm Alias 3"_s }));
    auto sdpDate = [](const QVariant &iso) {
        return QDate::fromString(iso.toString(), Qt::ISODate).toString(u"dd/MM/yyyy"_s);
    };
    int count = 0;
    while (q.next()) {
        QStringList aliases = q.value(6).toString().split(u", "_s, Qt::SkipEmptyParts);
        aliases.resize(3);
        out.write(csvLine(QStringList { q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                              q.value(3).toString(), sdpDate(q.value(4)), sdpDate(q.value(5)) }
            + aliases));
        ++count;
    }
    if (auto ok = out.commit(); !ok)
        return fail(ok.error());
    m_out << tr("%1 WBP written to %2.").arg(count).arg(file) << '\n';
    return 0;
}

int AdminCommands::rosterList(const QString &cell, bool includeInactive, ListFormat format)
{
    auto opened = openDesk(false);
    if (!opened)
        return fail(opened.error());
    QStringList where;
    QVariantList values;
    if (!includeInactive)
        where.append(u"active = 1"_s);
    if (!cell.isEmpty()) {
        where.append(u"cell = ?"_s);
        values.append(Schedule::normalizeCell(cell));
    }
    QSqlQuery q((*opened)->logbook->database());
    q.setForwardOnly(true);
    q.prepare(u"SELECT reg_no, name, block, cell, active FROM wbp"_s
        + (where.isEmpty() ? QString() : u" WHERE "_s + where.join(u" AND "_s))
        + u" ORDER BY CAST(cell AS INTEGER), cell, name COLLATE NOCASE"_s);
    for (const QVariant &v : std::as_const(values))
        q.addBindValue(v);
    if (!q.exec())
        return fail(databaseError(q.lastError(), u"roster list"_s));

    QList<QStringList> rows;
    while (q.next()) {
        const bool active = q.value(4).toBool();
        const QString status = format == ListFormat::Tsv ? (active ? u"aktif"_s : u"nonaktif"_s)
                                                         : (active ? tr("active") : tr("inactive"));
        rows.append({ q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
            q.value(3).toString(), status });
    }
    if (format == ListFormat::Tsv) {
        m_out << "no_registrasi\tnama\tblok\tkamar\tstatus\n";
        for (const QStringList &row : std::as_const(rows)) {
            QStringList fields;
            for (const QString &field : row)
                fields.append(tsvField(field));
            m_out << fields.join(u'\t') << '\n';
        }
        return 0;
    }
    if (rows.isEmpty()) {
        m_out << tr("No WBP found.") << '\n';
        return 0;
    }
    rows.prepend({ tr("Register no."), tr("Name"), tr("Block"), tr("Cell"), tr("Status") });
    printAligned(m_out, rows);
    return 0;
}

int AdminCommands::contactsImport(const QString &file)
{
    const auto bytes = readInput(file);
    if (!bytes)
        return fail(bytes.error());
    const auto parsed = ContactsCsv::parse(*bytes);
    if (!parsed)
        return fail(CsvReader::toError(parsed.problems()));
    auto opened = openDesk(false);
    if (!opened)
        return fail(opened.error());
    auto added = (*opened)->desk->importContacts(parsed.value(), QString(Actor::Cli));
    if (!added)
        return fail(added.error());
    m_out << tr("added %1, already known %2").arg(*added).arg(parsed.value().size() - *added) << '\n';
    return 0;
}

// ---- schedule -----------------------------------------------------------------------------

int AdminCommands::scheduleShow()
{
    auto opened = openDesk(false);
    if (!opened)
        return fail(opened.error());
    const Desk &desk = *(*opened)->desk;
    const Schedule &schedule = desk.schedule();
    const ScheduleConfig &config = schedule.config();
    m_out << tr("Visiting schedule, time zone %1 (%2)")
                 .arg(QString::fromLatin1(schedule.zone().id()), Format::zoneAbbreviation(schedule.zone()))
          << '\n';
    qsizetype dayWidth = 0;
    qsizetype cellsWidth = 0;
    QList<std::pair<QString, QString>> days;
    for (int day = 1; day <= 7; ++day) {
        const DayRule &rule = config.week[day - 1];
        const QString cells = rule.cells.isEmpty() ? QString() : tr("cells %1").arg(rule.cells.join(u", "_s));
        days.append({ QLocale().dayName(day), cells });
        dayWidth = qMax(dayWidth, days.last().first.size());
        cellsWidth = qMax(cellsWidth, cells.size());
    }
    for (int day = 1; day <= 7; ++day) {
        const DayRule &rule = config.week[day - 1];
        const bool open = !rule.cells.isEmpty() && !rule.windows.isEmpty();
        m_out << u"  "_s << days[day - 1].first.leftJustified(dayWidth + 2)
              << days[day - 1].second.leftJustified(cellsWidth + 2)
              << (open ? schedule.describeWindows(rule.windows) : tr("closed")) << '\n';
    }
    m_out << tr("Cells with no day ask the officer.") << '\n';

    m_out << tr("Holidays:");
    if (config.holidays.isEmpty())
        m_out << u' ' << tr("none");
    m_out << '\n';
    for (auto it = config.holidays.cbegin(); it != config.holidays.cend(); ++it)
        m_out << u"  "_s << Format::date(it.key()) << u": "_s << it.value() << '\n';

    m_out << tr("Special days:");
    if (config.specialDays.isEmpty())
        m_out << u' ' << tr("none");
    m_out << '\n';
    for (auto it = config.specialDays.cbegin(); it != config.specialDays.cend(); ++it) {
        const SpecialDay &special = it.value();
        const QString cells = special.cells.isEmpty() ? tr("the weekday's cells")
                                                      : tr("cells %1").arg(special.cells.join(u", "_s));
        const QString windows
            = special.windows.isEmpty() ? tr("closed") : schedule.describeWindows(special.windows);
        m_out << u"  "_s << Format::date(it.key()) << u": "_s << cells << u", "_s << windows;
        if (!special.note.isEmpty())
            m_out << u" ("_s << special.note << u')';
        m_out << '\n';
    }

    const CallLimits &call = desk.settings().call;
    m_out << tr("Call length: %1, at most %2; warning %3 before the end.")
                 .arg(Format::duration(qint64(call.defaultMinutes) * 60),
                     Format::duration(qint64(call.maxMinutes) * 60), Format::duration(call.warningSeconds))
          << '\n';
    return 0;
}

int AdminCommands::scheduleCheck(const QString &registerNumber, const QString &at)
{
    FakeClock clock(m_clock.nowUtc());
    auto opened = openDesk(false, clock);
    if (!opened)
        return fail(opened.error());
    Opened &o = **opened;
    if (!at.isEmpty()) {
        QDateTime instant = QDateTime::fromString(at.trimmed(), Qt::ISODate);
        if (!instant.isValid()) {
            return fail(invalid(u"bad-time"_s,
                tr("Not a date and time (ISO 8601, e.g. 2026-11-30T09:00+07:00): %1").arg(at)));
        }
        // Without an offset, the time is read as the desk reads its clock: in the facility's zone.
        if (instant.timeSpec() == Qt::LocalTime)
            instant = QDateTime(instant.date(), instant.time(), o.desk->schedule().zone());
        clock.setWall(instant.toUTC());
        // The desk reads the day's queue when it loads: load it for that day.
        o.desk = std::make_unique<Desk>(*o.logbook, clock);
        if (auto loaded = o.desk->load(false); !loaded)
            return fail(loaded.error());
    }
    const Desk &desk = *o.desk;
    const Schedule &schedule = desk.schedule();
    const auto person = desk.wbpByRegisterNumber(registerNumber);
    if (!person) {
        return fail(
            invalid(u"unknown-wbp"_s, tr("Register number %1 is not in the roster.").arg(registerNumber)));
    }
    const QDateTime now = clock.nowUtc();
    const auto allowed = desk.checkSignIn(person->id);
    if (allowed) {
        m_out << schedule.explain(schedule.check(person->cell, now)) << '\n';
        return 0;
    }
    std::optional<Slot> next;
    if (allowed.error().reason == u"schedule") {
        next = schedule.check(person->cell, now).next;
    } else if (allowed.error().reason == u"restricted") {
        const auto restriction = desk.activeRestriction(person->id, desk.today());
        if (restriction && restriction->to.isValid()) {
            const QDateTime afterIt(restriction->to.addDays(1), QTime(0, 0), schedule.zone());
            next = schedule.nextSlot(person->cell, afterIt.toUTC());
        }
    }
    const int code = fail(allowed.error());
    if (next)
        m_out << u"next: "_s << next->startUtc.toUTC().toString(Qt::ISODate) << '\n';
    return code;
}

// ---- logbook ------------------------------------------------------------------------------

int AdminCommands::logbookExport(const QString &file, const QString &from, const QString &to)
{
    QDate first(1, 1, 1);
    QDate last(9999, 12, 31);
    if (!from.isEmpty()) {
        const auto day = parseDay(from);
        if (!day)
            return fail(badDay(from));
        first = *day;
    }
    if (!to.isEmpty()) {
        const auto day = parseDay(to);
        if (!day)
            return fail(badDay(to));
        last = *day;
    }
    if (last < first)
        return fail(
            invalid(u"bad-range"_s, tr("The end date %1 is before the start date %2.").arg(to, from)));
    auto opened = openDesk(false);
    if (!opened)
        return fail(opened.error());
    const Desk &desk = *(*opened)->desk;
    QSqlQuery q((*opened)->logbook->database());
    q.setForwardOnly(true);
    q.prepare(u"SELECT s.day, s.ticket, w.name, w.reg_no, s.cell, c.relation, s.station, s.called, "
              "s.started, s.ended, s.duration_ms, s.outcome, o.name, s.state, "
              "(SELECT group_concat(n.field || '=' || n.value || ' (' || n.reason || ')', '; ') "
              " FROM session_notes n WHERE n.session_id = s.id AND n.kind = 'amend') "
              "FROM sessions s JOIN wbp w ON w.id = s.wbp_id "
              "LEFT JOIN contacts c ON c.id = s.contact_id LEFT JOIN officers o ON o.id = s.officer_id "
              "WHERE s.day BETWEEN ? AND ? ORDER BY s.day, s.ticket"_s);
    q.addBindValue(dayKey(first));
    q.addBindValue(dayKey(last));
    if (!q.exec())
        return fail(databaseError(q.lastError(), u"logbook export"_s));

    OutputFile out(file);
    if (auto ok = out.open(); !ok)
        return fail(ok.error());
    out.writeBytes("\xEF\xBB\xBF");
    out.write(csvLine({ u"tanggal"_s, u"antrian"_s, u"nama"_s, u"no_registrasi"_s, u"kamar"_s, u"hubungan"_s,
        u"bilik"_s, u"dipanggil"_s, u"mulai"_s, u"selesai"_s, u"durasi_detik"_s, u"hasil"_s, u"petugas"_s,
        u"koreksi"_s }));
    const QTimeZone zone = desk.schedule().zone();
    const QStringList stations = desk.settings().stations;
    int count = 0;
    while (q.next()) {
        const int station = q.value(6).toInt();
        out.write(csvLine({ dayText(q.value(0).toInt()), Queue::ticketLabel(q.value(1).toInt()),
            q.value(2).toString(), q.value(3).toString(), q.value(4).toString(),
            Relation::label(q.value(5).toString()),
            station > 0 ? stations.value(station - 1, QString::number(station)) : QString(),
            localTime(q.value(7), zone), localTime(q.value(8), zone), localTime(q.value(9), zone),
            q.value(10).isNull() ? QString() : QString::number(q.value(10).toLongLong() / 1000),
            Reports::outcomeLabel(q.value(11).toString(), q.value(13).toInt()), q.value(12).toString(),
            q.value(14).toString() }));
        ++count;
    }
    if (auto ok = out.commit(); !ok)
        return fail(ok.error());
    m_out << tr("%1 lines written to %2.").arg(count).arg(file) << '\n';
    return 0;
}

int AdminCommands::logbookVerify(const QString &anchorText)
{
    std::optional<std::pair<qint64, QByteArray>> anchor;
    if (!anchorText.isEmpty()) {
        const qsizetype colon = anchorText.indexOf(u':');
        bool seqOk = false;
        const qint64 seq = anchorText.left(colon).trimmed().toLongLong(&seqOk);
        const QString hash = anchorText.mid(colon + 1).trimmed().toLower();
        const bool hex = std::all_of(hash.cbegin(), hash.cend(),
            [](QChar c) { return (c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'f'); });
        // A few hex digits would match by chance; eight make a wrong anchor stand out.
        if (colon < 0 || !seqOk || seq < 1 || !hex || hash.size() < 8 || hash.size() > 32) {
            return fail(invalid(u"bad-anchor"_s,
                tr("An anchor is SEQ:HASH with at least 8 hex digits, e.g. 1234:9f86d081884c7d65.")));
        }
        anchor = std::pair { seq, hash.toLatin1() };
    }
    auto logbook = openLogbook(false, m_clock);
    if (!logbook)
        return fail(logbook.error());
    const auto report = (*logbook)->verify(anchor);
    if (!report)
        return fail(report.error());
    if (!report->ok()) {
        if (report->firstBadSeq > 0)
            m_err << u"seq "_s << report->firstBadSeq << u": "_s;
        m_err << report->problem << '\n';
        return exitCodeFor(ErrorKind::Integrity);
    }
    m_out << u"ok: %1 events, last seq %2, hash %3"_s.arg(report->events)
                 .arg(report->lastSeq)
                 .arg(QString::fromLatin1(report->lastHash.toHex()))
          << '\n';
    return 0;
}

int AdminCommands::backup(const QString &file)
{
    auto logbook = openLogbook(false, m_clock);
    if (!logbook)
        return fail(logbook.error());
    const QString target = QFileInfo(file).absoluteFilePath();
    if (auto done = (*logbook)->backupTo(target); !done)
        return fail(done.error());
    m_out << tr("Backup written and verified: %1 (%2 events)").arg(target).arg((*logbook)->lastSeq()) << '\n';
    return 0;
}

// ---- officers -----------------------------------------------------------------------------

int AdminCommands::officerAdd(
    const QString &name, const QString &role, const std::function<QString()> &readPin)
{
    auto opened = openDesk(true);
    if (!opened)
        return fail(opened.error());
    auto added = (*opened)->desk->addOfficer(name, role, readPin(), QString(Actor::Cli));
    if (!added)
        return fail(added.error());
    m_out << tr("Officer %1 added.").arg(name.simplified()) << '\n';
    return 0;
}

int AdminCommands::officerResetPin(const QString &name, const std::function<QString()> &readPin)
{
    auto opened = openDesk(false);
    if (!opened)
        return fail(opened.error());
    if (auto set = (*opened)->desk->setPin(name, readPin(), QString(Actor::Cli)); !set)
        return fail(set.error());
    m_out << tr("New PIN set for %1.").arg(name.simplified()) << '\n';
    return 0;
}

int AdminCommands::officerSetActive(const QString &name, bool active)
{
    auto opened = openDesk(false);
    if (!opened)
        return fail(opened.error());
    if (auto set = (*opened)->desk->setOfficerActive(name, active, QString(Actor::Cli)); !set)
        return fail(set.error());
    m_out << (active ? tr("%1 can sign in again.") : tr("%1 can no longer sign in; their name stays in the record."))
                 .arg(name.simplified())
          << '\n';
    return 0;
}

int AdminCommands::officerList()
{
    auto opened = openDesk(false);
    if (!opened)
        return fail(opened.error());
    m_out << "nama\tperan\tstatus\n";
    for (const Officer &o : (*opened)->desk->officers(true))
        m_out << o.name << '\t' << o.role << '\t' << (o.active ? "aktif" : "nonaktif") << '\n';
    return 0;
}

// ---- privacy ------------------------------------------------------------------------------

int AdminCommands::privacyRedact(const QString &before)
{
    const auto day = parseDay(before);
    if (!day)
        return fail(badDay(before));
    auto opened = openDesk(false);
    if (!opened)
        return fail(opened.error());
    const Desk &desk = *(*opened)->desk;
    // A date in the future would destroy contacts that are still in use.
    if (*day > desk.today())
        return fail(invalid(u"future-date"_s, tr("%1 is in the future.").arg(before)));
    const QDateTime start(*day, QTime(0, 0), desk.schedule().zone());
    auto count = (*opened)->logbook->redactPersonalBefore(start.toUTC(), QString(Actor::Cli));
    if (!count)
        return fail(count.error());
    m_out << tr("Family names and phone numbers destroyed: %1").arg(*count) << '\n';
    return 0;
}

int AdminCommands::privacyExport(const QString &registerNumber, const QString &file)
{
    auto opened = openDesk(false);
    if (!opened)
        return fail(opened.error());
    const Desk &desk = *(*opened)->desk;
    const Logbook &logbook = *(*opened)->logbook;
    const auto person = desk.wbpByRegisterNumber(registerNumber);
    if (!person)
        return fail(
            invalid(u"unknown-wbp"_s, tr("Register number %1 is not in the roster.").arg(registerNumber)));
    const QSqlDatabase db = logbook.database();

    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(u"SELECT entry_date, expiry_date FROM wbp WHERE id = ?"_s);
    q.addBindValue(person->id);
    if (!q.exec())
        return fail(databaseError(q.lastError(), u"privacy export"_s));
    const bool found = q.next();
    const QJsonObject wbp { { u"id"_s, person->id }, { u"register_number"_s, person->registerNumber },
        { u"name"_s, person->name }, { u"aliases"_s, person->aliases }, { u"block"_s, person->block },
        { u"cell"_s, person->cell }, { u"status"_s, person->status },
        { u"entry_date"_s, QJsonValue::fromVariant(found ? q.value(0) : QVariant()) },
        { u"expiry_date"_s, QJsonValue::fromVariant(found ? q.value(1) : QVariant()) },
        { u"active"_s, person->active } };

    // Inactive contacts too: everything held, not only what is in use.
    QSet<qint64> contactIds;
    QJsonArray contacts;
    q.prepare(u"SELECT id FROM contacts WHERE wbp_id = ? ORDER BY id"_s);
    q.addBindValue(person->id);
    if (!q.exec())
        return fail(databaseError(q.lastError(), u"privacy export"_s));
    while (q.next()) {
        const auto c = desk.contact(q.value(0).toLongLong());
        if (!c)
            continue;
        contactIds.insert(c->id);
        contacts.append(QJsonObject { { u"id"_s, c->id },
            { u"name"_s, QJsonValue::fromVariant(nullIfEmpty(c->name)) },
            { u"phone"_s, QJsonValue::fromVariant(nullIfEmpty(c->phone)) }, { u"relation"_s, c->relation },
            { u"relation_label"_s, Relation::label(c->relation) }, { u"approved"_s, c->approved },
            { u"active"_s, c->active }, { u"redacted"_s, c->name.isEmpty() && c->phone.isEmpty() } });
    }

    QSet<qint64> restrictionIds;
    QJsonArray restrictions;
    for (const Restriction &r : desk.restrictionsOf(person->id)) {
        restrictionIds.insert(r.id);
        restrictions.append(QJsonObject { { u"id"_s, r.id }, { u"reason"_s, r.reason },
            { u"from"_s, r.from.toString(Qt::ISODate) },
            { u"to"_s, QJsonValue::fromVariant(nullIfEmpty(r.to.toString(Qt::ISODate))) },
            { u"lifted"_s, r.lifted } });
    }

    QSet<qint64> sessionKeys;
    QJsonArray sessions;
    q.prepare(u"SELECT s.id, s.day, s.ticket, s.cell, s.contact_id, s.station, s.signed_in, s.called, "
              "s.started, s.ended, s.duration_ms, s.outcome, o.name, s.state FROM sessions s "
              "LEFT JOIN officers o ON o.id = s.officer_id WHERE s.wbp_id = ? ORDER BY s.day, s.ticket"_s);
    q.addBindValue(person->id);
    if (!q.exec())
        return fail(databaseError(q.lastError(), u"privacy export"_s));
    while (q.next()) {
        sessionKeys.insert(sessionKey(q.value(1).toInt(), q.value(2).toInt()));
        QJsonArray notes;
        QSqlQuery n(db);
        n.setForwardOnly(true);
        n.prepare(
            u"SELECT kind, field, value, reason FROM session_notes WHERE session_id = ? ORDER BY seq"_s);
        n.addBindValue(q.value(0));
        if (!n.exec())
            return fail(databaseError(n.lastError(), u"privacy export"_s));
        while (n.next()) {
            notes.append(
                QJsonObject { { u"kind"_s, n.value(0).toString() }, { u"field"_s, n.value(1).toString() },
                    { u"value"_s, n.value(2).toString() }, { u"reason"_s, n.value(3).toString() } });
        }
        sessions.append(QJsonObject { { u"day"_s, dayText(q.value(1).toInt()) },
            { u"ticket"_s, Queue::ticketLabel(q.value(2).toInt()) }, { u"cell"_s, q.value(3).toString() },
            { u"contact_id"_s, QJsonValue::fromVariant(q.value(4)) }, { u"station"_s, q.value(5).toInt() },
            { u"signed_in"_s, isoUtc(q.value(6)) },
            { u"called"_s, QJsonValue::fromVariant(nullIfEmpty(isoUtc(q.value(7)))) },
            { u"started"_s, QJsonValue::fromVariant(nullIfEmpty(isoUtc(q.value(8)))) },
            { u"ended"_s, QJsonValue::fromVariant(nullIfEmpty(isoUtc(q.value(9)))) },
            { u"duration_ms"_s, QJsonValue::fromVariant(q.value(10)) },
            { u"outcome"_s, Reports::outcomeLabel(q.value(11).toString(), q.value(13).toInt()) },
            { u"officer"_s, QJsonValue::fromVariant(q.value(12)) }, { u"notes"_s, notes } });
    }

    // The events that name this WBP, directly or through their contacts, restrictions and
    // sessions. A roster import names everyone: only this WBP's part of it is shown.
    QJsonArray events;
    const qint64 lastSeq = logbook.lastSeq();
    constexpr qint64 batch = 20'000;
    for (qint64 from = 1; from <= lastSeq; from += batch) {
        auto chunk = logbook.events(from, from + batch - 1);
        if (!chunk)
            return fail(chunk.error());
        for (const Event &e : std::as_const(*chunk)) {
            QJsonObject p = e.payload();
            bool mentions = false;
            if (e.ticket != 0) {
                mentions = sessionKeys.contains(sessionKey(e.day(), e.ticket));
            } else if (e.type == EventType::ContactAdded || e.type == EventType::RestrictionAdded) {
                mentions = idOf(p.value(u"wbp"_s)) == person->id;
            } else if (e.type == EventType::ContactChanged) {
                mentions = contactIds.contains(idOf(p.value(u"id"_s)));
            } else if (e.type == EventType::RestrictionLifted) {
                mentions = restrictionIds.contains(idOf(p.value(u"id"_s)));
            } else if (e.type == EventType::RosterImported) {
                QJsonObject own { { u"file"_s, p.value(u"file"_s) } };
                const QJsonArray rows = p.value(u"rows"_s).toArray();
                const QJsonArray inactive = p.value(u"inactive"_s).toArray();
                for (const QJsonValue row : rows) {
                    if (idOf(row.toObject().value(u"id"_s)) == person->id)
                        own.insert(u"row"_s, row);
                }
                for (const QJsonValue id : inactive) {
                    if (idOf(id) == person->id)
                        own.insert(u"inactive"_s, true);
                }
                mentions = own.size() > 1;
                p = own;
            }
            if (!mentions)
                continue;
            events.append(QJsonObject { { u"seq"_s, e.seq },
                { u"at"_s, e.atUtc().toString(Qt::ISODateWithMs) }, { u"type"_s, e.type },
                { u"actor"_s, e.actor }, { u"station"_s, e.station },
                { u"ticket"_s, e.ticket ? QJsonValue(Queue::ticketLabel(e.ticket)) : QJsonValue() },
                { u"payload"_s, p } });
        }
    }

    const QJsonObject document { { u"exported"_s, m_clock.nowUtc().toString(Qt::ISODate) }, { u"wbp"_s, wbp },
        { u"contacts"_s, contacts }, { u"restrictions"_s, restrictions }, { u"sessions"_s, sessions },
        { u"events"_s, events } };
    OutputFile out(file);
    if (auto ok = out.open(); !ok)
        return fail(ok.error());
    out.writeBytes(QJsonDocument(document).toJson(QJsonDocument::Indented));
    if (auto ok = out.commit(); !ok)
        return fail(ok.error());
    m_out << tr("Everything held about %1 written to %2.").arg(person->registerNumber, file) << '\n';
    return 0;
}

// ---- demo ---------------------------------------------------------------------------------

int AdminCommands::demo(const QString &daysText, const QString &seedText)
{
    bool ok = false;
    const int days = daysText.trimmed().toInt(&ok);
    // Ten years at most: a demo, not a benchmark (kunjungan-bench writes those).
    if (!ok || days < 1 || days > 3660)
        return fail(invalid(u"bad-days"_s, tr("--days needs a whole number from 1 to 3660: %1").arg(daysText)));
    quint64 seed = 2026;
    if (!seedText.isEmpty()) {
        seed = seedText.trimmed().toULongLong(&ok);
        if (!ok)
            return fail(invalid(u"bad-seed"_s, tr("--seed needs a whole number: %1").arg(seedText)));
    }
    const auto summary = DemoHistory::fill(m_path, m_clock.nowUtc(), days, seed);
    if (!summary)
        return fail(summary.error());
    m_out << tr("Demo history %1 to %2: %3 service days, %4 sign-ins, %5 calls, %6 corrections, %7 survey "
                "answers, %8 complaints, %9 events.")
                 .arg(summary->first.toString(Qt::ISODate), summary->last.toString(Qt::ISODate))
                 .arg(summary->serviceDays)
                 .arg(summary->tickets)
                 .arg(summary->calls)
                 .arg(summary->corrections)
                 .arg(summary->surveys)
                 .arg(summary->complaints)
                 .arg(summary->events)
          << '\n';
    return 0;
}

// ---- reports ------------------------------------------------------------------------------

namespace {
Error noPdf()
{
    return invalid(u"no-pdf"_s, AdminCommands::tr("This kunjungan-admin was built without PDF support; use --csv."));
}
} // namespace

int AdminCommands::reportDaily(const QString &date, const QString &pdf, const QString &csv)
{
    const auto day = parseDay(date);
    if (!day)
        return fail(badDay(date));
    if (!pdf.isEmpty() && !m_pdf.daily)
        return fail(noPdf());
    auto opened = openDesk(false);
    if (!opened)
        return fail(opened.error());
    const auto report = Reports::dailyRegister(*(*opened)->desk, *day);
    if (!report)
        return fail(report.error());
    if (!csv.isEmpty()) {
        if (auto written = ReportCsv::write(*report, csv); !written)
            return fail(written.error());
        m_out << tr("Daily register of %1 written to %2.").arg(Format::date(*day), csv) << '\n';
    }
    if (!pdf.isEmpty()) {
        if (auto written = m_pdf.daily(*report, pdf); !written)
            return fail(written.error());
        m_out << tr("Daily register of %1 written to %2.").arg(Format::date(*day), pdf) << '\n';
    }
    if (!csv.isEmpty() || !pdf.isEmpty())
        return 0;

    m_out << Reports::registerTitle() << '\n' << Format::date(*day) << '\n';
    if (report->lines.isEmpty()) {
        m_out << Reports::emptyDayText(*report) << '\n';
    } else {
        // The columns that fit a terminal; the PDF and the CSV have them all.
        static const QList<qsizetype> columns = { 0, 1, 2, 3, 4, 7, 8, 10, 11, 12, 13 };
        const QStringList headers = Reports::registerHeaders();
        QList<QStringList> rows;
        QStringList header;
        for (qsizetype c : columns)
            header.append(headers[c]);
        rows.append(header);
        for (qsizetype i = 0; i < report->lines.size(); ++i) {
            const QStringList cells = Reports::registerCells(*report, i, false);
            QStringList row;
            for (qsizetype c : columns)
                row.append(cells[c]);
            rows.append(row);
        }
        printAligned(m_out, rows);
    }
    for (const auto &[label, value] : Reports::totalsText(report->totals))
        m_out << label << u": "_s << value << '\n';
    if (report->anchor)
        m_out << Reports::anchorText(*report->anchor) << '\n';
    return 0;
}

int AdminCommands::reportMonthly(const QString &month, const QString &pdf, const QString &csv)
{
    const QDate first = QDate::fromString(month.trimmed() + u"-01"_s, u"yyyy-MM-dd"_s);
    if (!first.isValid())
        return fail(invalid(u"bad-month"_s, tr("Not a month (yyyy-mm): %1").arg(month)));
    if (!pdf.isEmpty() && !m_pdf.monthly)
        return fail(noPdf());
    auto opened = openDesk(false);
    if (!opened)
        return fail(opened.error());
    const auto recap = Reports::monthlyRecap(*(*opened)->desk, first);
    if (!recap)
        return fail(recap.error());
    const QString name = QLocale().toString(first, u"MMMM yyyy"_s);
    if (!csv.isEmpty()) {
        if (auto written = ReportCsv::write(*recap, csv); !written)
            return fail(written.error());
        m_out << tr("Monthly recap of %1 written to %2.").arg(name, csv) << '\n';
    }
    if (!pdf.isEmpty()) {
        if (auto written = m_pdf.monthly(*recap, pdf); !written)
            return fail(written.error());
        m_out << tr("Monthly recap of %1 written to %2.").arg(name, pdf) << '\n';
    }
    if (!csv.isEmpty() || !pdf.isEmpty())
        return 0;

    m_out << Reports::recapTitle(first) << '\n';
    QList<QStringList> rows { QStringList { QString() } + Reports::tallyHeaders() };
    for (const TallyRow &row : recap->byDay)
        rows.append(QStringList { row.label } + Reports::tallyCells(row.tally));
    rows.append(QStringList { tr("Month") } + Reports::tallyCells(recap->total));
    printAligned(m_out, rows);
    const Ikm &ikm = recap->ikm;
    m_out << tr("IKM: %1, quality %2 (%n respondent(s))", nullptr, ikm.respondents)
                 .arg(Reports::decimal(ikm.index, 2), Reports::ikmCategoryLabel(ikm.category))
          << '\n';
    m_out << tr("Complaints: %1").arg(recap->complaints.size()) << '\n';
    m_out << tr("Restrictions in force: %1").arg(recap->restrictions.size()) << '\n';
    m_out << tr("Corrected lines: %1").arg(recap->corrected) << '\n';
    return 0;
}

} // namespace kj
