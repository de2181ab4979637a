#pragma once

#include "Desk.h"
#include "Result.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>

#include <functional>
#include <memory>
#include <optional>

class QTextStream;

namespace kj {

class Clock;
struct DailyRegister;
struct MonthlyRecap;

// The commands of `kunjungan-admin` (design §5) on one logbook file. Each prints its result to
// `out` and its problems, one line each, to `err`, and returns the process exit code: 0 done,
// 1 usage, 2 invalid input (nothing changed), 3 integrity, 4 database, 5 refused.
class AdminCommands
{
    Q_DECLARE_TR_FUNCTIONS(AdminCommands)

public:
    enum class ListFormat { Table, Tsv };

    // actor: who the events the commands append name (Authority::actor).
    AdminCommands(
        QString databasePath, QString actor, const Clock &clock, QTextStream &out, QTextStream &err);
    ~AdminCommands();

    // An SDP-style roster CSV, all or nothing; prints what was (or, dry, would be) changed.
    int rosterImport(const QString &file, bool dryRun);
    // The active roster as a CSV that imports back unchanged.
    int rosterExport(const QString &file);
    // cell: empty for all cells. includeInactive: also the released WBP.
    int rosterList(const QString &cell, bool includeInactive, ListFormat format);
    int contactsImport(const QString &file);

    int scheduleShow();
    // May this WBP sign in at `at` (ISO 8601; without an offset it is facility-local time; empty
    // means now)? Refused: the reason on err and "next: <UTC ISO 8601>" on out when there is one.
    int scheduleCheck(const QString &registerNumber, const QString &at);

    // The sessions (lines of the visiting book) from..to, dates yyyy-mm-dd, both optional.
    int logbookExport(const QString &file, const QString &from, const QString &to);
    // anchor: "SEQ:HASH" (HASH: at least 8 hex digits of that event's hash), or empty.
    int logbookVerify(const QString &anchor);
    // Verifies the whole logbook, then appends its head, signed with the facility's key, to the
    // seal folder (which only root may write). Refused (exit 3) when it does not verify.
    int logbookSeal();
    int backup(const QString &file);
    // The logbook into another store (a new file or an empty postgresql:// database), both ends
    // verified to the same last seq and hash.
    int logbookCopy(const QString &target);
    // Sets up a PostgreSQL server for the PCs of the service (ServerSetup::init); the new roles'
    // passwords go into .pgpass lines in secretsDir (mode 0600), never to the terminal.
    int serverInit(const QString &address, const QString &secretsDir);
    // The folder of the facility's seals (SealFolder::defaultPath() unless set): verify checks
    // them, seal appends to them, the daily register prints the latest.
    void setSealFolder(const QString &path) { m_sealFolder = path; }

    // How `report … --pdf` writes its file: the core has no Gui, so a program that has one sets
    // these; without them --pdf is refused (exit 2).
    struct PdfWriters
    {
        std::function<Result<void>(const DailyRegister &, const QString &)> daily;
        std::function<Result<void>(const MonthlyRecap &, const QString &)> monthly;
    };
    void setPdfWriters(PdfWriters writers) { m_pdf = std::move(writers); }
    // The daily register of `date` (yyyy-mm-dd) and the recap of `month` (yyyy-mm): to a PDF, a
    // CSV, or (neither given) as text on out. Phone numbers show only their last 4 digits.
    int reportDaily(const QString &date, const QString &pdf, const QString &csv);
    int reportMonthly(const QString &month, const QString &pdf, const QString &csv);

    // readPin gives the PIN (one line of stdin); it is called once the logbook is open.
    int officerAdd(const QString &name, const QString &role, const std::function<QString()> &readPin);
    int officerResetPin(const QString &name, const std::function<QString()> &readPin);
    // An officer who leaves can no longer sign in; their name stays on every line they served.
    int officerSetActive(const QString &name, bool active);
    // Every officer, tab-separated: nama, peran (officer/admin), status (aktif/nonaktif).
    int officerList();

    // Destroys family names and phone numbers stored before the start of `before` (yyyy-mm-dd,
    // facility-local, not later than today); the chain still verifies.
    int privacyRedact(const QString &before);
    // Everything held about one WBP as JSON: the WBP, contacts, restrictions, sessions, events.
    int privacyExport(const QString &registerNumber, const QString &file);

    // Fills a new or empty logbook with `days` days of demo service ending today (DemoHistory);
    // seed: a whole number, empty for the default.
    int demo(const QString &days, const QString &seed);

private:
    // The logbook alone: verify and backup must work even when its settings do not load.
    Result<std::unique_ptr<Logbook>> openLogbook(bool create, const Clock &clock) const;
    struct Opened
    {
        std::unique_ptr<Logbook> logbook;
        std::unique_ptr<Desk> desk;
    };
    Result<std::unique_ptr<Opened>> openDesk(bool create, const Clock &clock) const;
    Result<std::unique_ptr<Opened>> openDesk(bool create) const;
    // Prints the error's message, one line per problem, and returns its exit code.
    int fail(const Error &error) const;
    static Error badDay(const QString &text);
    static std::optional<QDate> parseDay(const QString &text); // yyyy-mm-dd
    static Result<QByteArray> readInput(const QString &path);

    QString m_path;
    QString m_actor;
    QString m_sealFolder;
    const Clock &m_clock;
    PdfWriters m_pdf;
    QTextStream &m_out;
    QTextStream &m_err;
};

} // namespace kj
