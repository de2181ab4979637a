#include "AdminCommands.h"
#include "Authority.h"
#include "Clock.h"
#include "Deployment.h"
#include "Language.h"
#include "TerminalGuard.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QTextStream>

#ifdef KUNJUNGAN_PDF
#include "ReportDocument.h"

#include <QGuiApplication>
#endif

#include <algorithm>
#include <csignal>
#include <functional>
#include <iostream>
#include <memory>
#include <optional>
#include <string>
#include <string_view>

#include <termios.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace {

// The context of this program's own messages in the translation.
struct Admin
{
    Q_DECLARE_TR_FUNCTIONS(Admin)
};

// One line of stdin, so scripts can pipe the PIN in; not echoed when typed at a terminal.
QString readPin()
{
    termios saved {};
    const bool terminal = ::isatty(STDIN_FILENO) && ::tcgetattr(STDIN_FILENO, &saved) == 0;
    if (terminal) {
        QTextStream(stderr) << Admin::tr("PIN: ") << Qt::flush;
        termios quiet = saved;
        quiet.c_lflag &= ~tcflag_t(ECHO);
        ::tcsetattr(STDIN_FILENO, TCSANOW, &quiet);
    }
    std::string line;
    std::getline(std::cin, line);
    if (terminal) {
        ::tcsetattr(STDIN_FILENO, TCSANOW, &saved);
        QTextStream(stderr) << '\n';
    }
    return QString::fromStdString(line).trimmed();
}

struct Command
{
    QString name; // its words: "roster import"
    QString synopsis; // what follows the name in the usage line
    qsizetype arguments; // positional arguments after the name
    QStringList options; // allowed besides --db
    QStringList required; // options that must be given
    // The exit code; nullopt when an option's value makes no sense (a usage error).
    std::function<std::optional<int>(const QStringList &)> run;

    QString usage() const
    {
        return u"kunjungan-admin [--db PATH] "_s + name + (synopsis.isEmpty() ? QString() : u' ' + synopsis);
    }
};

} // namespace

int main(int argc, char *argv[])
{
    // A file-size limit (ulimit -f) then fails the write as a database error (exit 4) instead of
    // killing the process half-way.
    std::signal(SIGXFSZ, SIG_IGN);
    std::unique_ptr<QCoreApplication> application;
#ifdef KUNJUNGAN_PDF
    // Laying out a PDF needs fonts, so a Gui application, but never a screen: only for --pdf.
    const bool wantsPdf = std::any_of(argv + 1, argv + argc, [](const char *arg) {
        return std::string_view(arg) == "--pdf" || std::string_view(arg).starts_with("--pdf=");
    });
    if (wantsPdf && !qEnvironmentVariableIsSet("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    if (wantsPdf)
        application = std::make_unique<QGuiApplication>(argc, argv);
#endif
    if (!application)
        application = std::make_unique<QCoreApplication>(argc, argv);
    QCoreApplication &app = *application;
    QCoreApplication::setApplicationName(u"kunjungan-admin"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(KUNJUNGAN_VERSION));
    kj::installLanguage(app, qEnvironmentVariable("KUNJUNGAN_LANG", u"id"_s));
    // The logbook, its backups and exports hold personal data and are shared through a group.
    kj::Deployment::restrictNewFiles();

    const QCommandLineOption db(u"db"_s,
        Admin::tr(
            "The logbook: a file or a postgresql://USER@HOST:PORT/DATABASE address (default: $KUNJUNGAN_DB, "
            "else the one named in /etc/kunjungan/kunjungan.conf, else the GUI's)."),
        u"PATH"_s);
    const QCommandLineOption dryRun(u"dry-run"_s, Admin::tr("Check and count, but write nothing."));
    const QCommandLineOption cell(u"cell"_s, Admin::tr("Only this cell."), u"C"_s);
    const QCommandLineOption all(u"all"_s, Admin::tr("Also inactive (released) WBP."));
    const QCommandLineOption format(u"format"_s, Admin::tr("Output format: table or tsv."), u"FORMAT"_s);
    const QCommandLineOption at(
        u"at"_s, Admin::tr("The instant to check instead of now (ISO 8601)."), u"ISO8601"_s);
    const QCommandLineOption from(u"from"_s, Admin::tr("First day (yyyy-mm-dd)."), u"D"_s);
    const QCommandLineOption to(u"to"_s, Admin::tr("Last day (yyyy-mm-dd)."), u"D"_s);
    const QCommandLineOption anchor(u"anchor"_s,
        Admin::tr("A sequence number and hash that must match, e.g. from a signed daily register."),
        u"SEQ:HASH"_s);
    const QCommandLineOption role(u"role"_s, Admin::tr("officer or admin."), u"ROLE"_s);
    const QCommandLineOption before(
        u"before"_s, Admin::tr("Destroy what was stored before this day (yyyy-mm-dd)."), u"DATE"_s);
    const QCommandLineOption days(u"days"_s, Admin::tr("How many days, ending today."), u"N"_s);
    const QCommandLineOption seed(
        u"seed"_s, Admin::tr("Seed of the simulation: the same seed writes the same history."), u"S"_s);
    const QCommandLineOption pdf(u"pdf"_s, Admin::tr("Write the report as a PDF file."), u"FILE"_s);
    const QCommandLineOption csv(u"csv"_s, Admin::tr("Write the report as a CSV file."), u"FILE"_s);
    const QCommandLineOption secrets(u"secrets"_s,
        Admin::tr("Where server init writes the new roles' .pgpass lines (default: the current folder)."),
        u"DIR"_s);
    const QCommandLineOption sealDir(u"seal-dir"_s,
        Admin::tr("The folder of the facility's seals (default: $KUNJUNGAN_SEAL_DIR, else "
                  "/var/lib/kunjungan-seal)."),
        u"DIR"_s);

    // Everything printed passes through a guard: names from the record reach the terminal without
    // control or text-direction characters.
    QFile stdoutFile;
    QFile stderrFile;
    stdoutFile.open(
        STDOUT_FILENO, QIODevice::WriteOnly | QIODevice::Unbuffered, QFileDevice::DontCloseHandle);
    stderrFile.open(
        STDERR_FILENO, QIODevice::WriteOnly | QIODevice::Unbuffered, QFileDevice::DontCloseHandle);
    kj::TerminalGuard outGuard(stdoutFile);
    kj::TerminalGuard errGuard(stderrFile);
    QTextStream out(&outGuard);
    QTextStream err(&errGuard);
    const kj::Authority::Identity who = kj::Authority::current();
    kj::SystemClock clock;
    QCommandLineParser parser;
    // The path is known only after parsing; the commands read it then.
    std::unique_ptr<kj::AdminCommands> commands;

    const QList<Command> table = {
        { u"roster import"_s, u"FILE [--dry-run]"_s, 1, { u"dry-run"_s }, {},
            [&](const QStringList &a) { return commands->rosterImport(a[0], parser.isSet(dryRun)); } },
        { u"roster export"_s, u"FILE"_s, 1, {}, {},
            [&](const QStringList &a) { return commands->rosterExport(a[0]); } },
        { u"roster list"_s, u"[--cell C] [--all] [--format table|tsv]"_s, 0,
            { u"cell"_s, u"all"_s, u"format"_s }, {},
            [&](const QStringList &) -> std::optional<int> {
                const QString f = parser.value(format);
                if (!f.isEmpty() && f != u"tsv" && f != u"table")
                    return std::nullopt;
                return commands->rosterList(parser.value(cell), parser.isSet(all),
                    f == u"tsv" ? kj::AdminCommands::ListFormat::Tsv : kj::AdminCommands::ListFormat::Table);
            } },
        { u"contacts import"_s, u"FILE"_s, 1, {}, {},
            [&](const QStringList &a) { return commands->contactsImport(a[0]); } },
        { u"schedule show"_s, QString(), 0, {}, {},
            [&](const QStringList &) { return commands->scheduleShow(); } },
        { u"schedule check"_s, u"REGNO [--at ISO8601]"_s, 1, { u"at"_s }, {},
            [&](const QStringList &a) { return commands->scheduleCheck(a[0], parser.value(at)); } },
        { u"logbook export"_s, u"FILE [--from yyyy-mm-dd] [--to yyyy-mm-dd]"_s, 1, { u"from"_s, u"to"_s }, {},
            [&](const QStringList &a) {
                return commands->logbookExport(a[0], parser.value(from), parser.value(to));
            } },
        { u"logbook verify"_s, u"[--anchor SEQ:HASH] [--seal-dir DIR]"_s, 0, { u"anchor"_s, u"seal-dir"_s },
            {}, [&](const QStringList &) { return commands->logbookVerify(parser.value(anchor)); } },
        { u"logbook seal"_s, u"[--seal-dir DIR]"_s, 0, { u"seal-dir"_s }, {},
            [&](const QStringList &) { return commands->logbookSeal(); } },
        { u"backup"_s, u"FILE"_s, 1, {}, {}, [&](const QStringList &a) { return commands->backup(a[0]); } },
        { u"logbook copy"_s, u"--to FILE|postgresql://USER@HOST:PORT/DB"_s, 0, { u"to"_s }, { u"to"_s },
            [&](const QStringList &) { return commands->logbookCopy(parser.value(to)); } },
        { u"server init"_s, u"postgresql://SUPERUSER@HOST:PORT/DB [--secrets DIR]"_s, 1, { u"secrets"_s }, {},
            [&](const QStringList &a) { return commands->serverInit(a[0], parser.value(secrets)); } },
        { u"officer add"_s, u"NAME --role officer|admin   (PIN on stdin)"_s, 1, { u"role"_s }, { u"role"_s },
            [&](const QStringList &a) { return commands->officerAdd(a[0], parser.value(role), readPin); } },
        { u"officer reset-pin"_s, u"NAME   (PIN on stdin)"_s, 1, {}, {},
            [&](const QStringList &a) { return commands->officerResetPin(a[0], readPin); } },
        { u"officer deactivate"_s, u"NAME"_s, 1, {}, {},
            [&](const QStringList &a) { return commands->officerSetActive(a[0], false); } },
        { u"officer activate"_s, u"NAME"_s, 1, {}, {},
            [&](const QStringList &a) { return commands->officerSetActive(a[0], true); } },
        { u"officer list"_s, QString(), 0, {}, {},
            [&](const QStringList &) { return commands->officerList(); } },
        { u"privacy redact"_s, u"--before yyyy-mm-dd"_s, 0, { u"before"_s }, { u"before"_s },
            [&](const QStringList &) { return commands->privacyRedact(parser.value(before)); } },
        { u"privacy export"_s, u"REGNO FILE"_s, 2, {}, {},
            [&](const QStringList &a) { return commands->privacyExport(a[0], a[1]); } },
        // --db is required: a demo must never land in the default (real) logbook.
        { u"demo"_s, u"--days N [--seed S]   (--db PATH required)"_s, 0, { u"days"_s, u"seed"_s },
            { u"days"_s, u"db"_s },
            [&](const QStringList &) { return commands->demo(parser.value(days), parser.value(seed)); } },
        { u"report daily"_s, u"yyyy-mm-dd [--pdf FILE] [--csv FILE] [--seal-dir DIR]"_s, 1,
            { u"pdf"_s, u"csv"_s, u"seal-dir"_s }, {},
            [&](const QStringList &a) {
                return commands->reportDaily(a[0], parser.value(pdf), parser.value(csv));
            } },
        { u"report monthly"_s, u"yyyy-mm [--pdf FILE] [--csv FILE]"_s, 1, { u"pdf"_s, u"csv"_s }, {},
            [&](const QStringList &a) {
                return commands->reportMonthly(a[0], parser.value(pdf), parser.value(csv));
            } },
    };
    // The commands for the group kunjungan: they read, and write no file but the one the caller
    // names. Every other command, a new one included, changes the record (or, privacy export,
    // gathers everything held about a person) and is for root and the group kunjungan-admin.
    const QStringList forReaders = { u"roster list"_s, u"roster export"_s, u"schedule show"_s,
        u"schedule check"_s, u"logbook export"_s, u"logbook verify"_s, u"backup"_s, u"officer list"_s,
        u"report daily"_s, u"report monthly"_s };

    QString description = Admin::tr("Kunjungan administration for IT staff and scripts.") + u"\n\n"_s
        + Admin::tr("Commands:");
    for (const Command &command : table)
        description += u"\n  "_s + command.usage();
    description += u"\n\n"_s
        + Admin::tr("Exit codes: 0 done, 1 usage, 2 invalid input, 3 integrity, 4 database, 5 refused.")
        + u"\n"_s
        + Admin::tr("Commands that change the record, and privacy export, are for root and the group %1.")
              .arg(QString::fromLatin1(kj::Authority::adminGroup));
    parser.setApplicationDescription(description);
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOptions({ db, dryRun, cell, all, format, at, from, to, anchor, role, before, days, seed, pdf,
        csv, sealDir, secrets });
    parser.addPositionalArgument(
        u"command"_s, Admin::tr("One of the commands above, with its arguments."), u"COMMAND"_s);
    parser.process(app);

    if (parser.isSet(db) && parser.value(db).isEmpty()) {
        err << Admin::tr("--db needs a file name or a postgresql:// address.") << '\n';
        return 1;
    }
    commands = std::make_unique<kj::AdminCommands>(
        parser.isSet(db) ? parser.value(db) : kj::Deployment::defaultDatabasePath(),
        kj::Authority::actor(who), clock, out, err);
    if (parser.isSet(sealDir))
        commands->setSealFolder(parser.value(sealDir));
#ifdef KUNJUNGAN_PDF
    commands->setPdfWriters({ [](const kj::DailyRegister &report, const QString &file) {
                                 return kj::ReportDocument::writePdf(report, file);
                             },
        [](const kj::MonthlyRecap &recap, const QString &file) {
            return kj::ReportDocument::writePdf(recap, file);
        } });
#endif

    auto usage = [&](const QString &problem, const QString &hint) {
        err << problem << '\n' << Admin::tr("Usage: %1").arg(hint) << '\n';
        return 1;
    };
    const QStringList words = parser.positionalArguments();
    for (const Command &command : table) {
        const QStringList name = command.name.split(u' ');
        if (words.mid(0, name.size()) != name)
            continue;
        const QStringList arguments = words.mid(name.size());
        if (arguments.size() != command.arguments)
            return usage(Admin::tr("Wrong number of arguments for %1.").arg(command.name), command.usage());
        for (const QString &option : parser.optionNames()) {
            if (option != u"db" && !command.options.contains(option))
                return usage(
                    Admin::tr("--%1 does not apply to %2.").arg(option, command.name), command.usage());
        }
        for (const QString &option : command.required) {
            if (!parser.isSet(option))
                return usage(Admin::tr("%1 needs --%2.").arg(command.name, option), command.usage());
        }
        if (!forReaders.contains(command.name)) {
            if (auto allowed = kj::Authority::mayChange(who, kj::Authority::adminGroupId(), command.name);
                !allowed) {
                err << allowed.error().message << '\n';
                return kj::exitCodeFor(allowed.error().kind);
            }
        }
        if (const auto code = command.run(arguments))
            return *code;
        return usage(Admin::tr("Unknown format: %1").arg(parser.value(format)), command.usage());
    }
    err << (words.isEmpty() ? Admin::tr("No command given.")
                            : Admin::tr("Unknown command: %1").arg(words.join(u' ')))
        << '\n'
        << Admin::tr("Commands:") << '\n';
    for (const Command &command : table)
        err << u"  "_s << command.usage() << '\n';
    return 1;
}
