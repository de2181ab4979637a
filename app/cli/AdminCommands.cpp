#include "AdminCommands.h"

#include "Clock.h"
#include "CsvReader.h"
#include "DemoHistory.h"
#include "Desk.h"
#include "Seals.h"

#include <QFile>
#include <QTextStream>

using namespace Qt::StringLiterals;

namespace kj {

AdminCommands::AdminCommands(
    QString databasePath, QString actor, const Clock &clock, QTextStream &out, QTextStream &err)
    : m_path(std::move(databasePath))
    , m_actor(std::move(actor))
    , m_sealFolder(SealFolder::defaultPath())
    , m_clock(clock)
    , m_out(out)
    , m_err(err)
{ }

AdminCommands::~AdminCommands() = default;

Result<std::unique_ptr<Logbook>> AdminCommands::openLogbook(bool create, const Clock &clock) const
{
    // A one-shot command: no polling for other processes' commits.
    auto logbook = Logbook::open(m_path, clock, Logbook::Options { create, 5000, 0, {} });
    if (logbook)
        (*logbook)->setSealFolder(m_sealFolder);
    return logbook;
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

Result<QByteArray> AdminCommands::readInput(const QString &path)
{
    // Input files are read whole; one byte over the reader's limit is enough for it to refuse them.
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error::invalid(
            u"input-unreadable"_s, tr("%1 cannot be read: %2").arg(path, file.errorString()));
    return file.read(CsvReader::maxFileBytes + 1);
}

std::optional<QDate> AdminCommands::parseDay(const QString &text)
{
    const QDate date = QDate::fromString(text.trimmed(), u"yyyy-MM-dd"_s);
    if (!date.isValid())
        return std::nullopt;
    return date;
}

Error AdminCommands::badDay(const QString &text)
{
    return Error::invalid(u"bad-date"_s, tr("Not a date (yyyy-mm-dd): %1").arg(text));
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

// ---- demo ---------------------------------------------------------------------------------

int AdminCommands::demo(const QString &daysText, const QString &seedText)
{
    bool ok = false;
    const int days = daysText.trimmed().toInt(&ok);
    // Ten years at most: a demo, not a benchmark (kunjungan-bench writes those).
    if (!ok || days < 1 || days > 3660)
        return fail(Error::invalid(
            u"bad-days"_s, tr("--days needs a whole number from 1 to 3660: %1").arg(daysText)));
    quint64 seed = 2026;
    if (!seedText.isEmpty()) {
        seed = seedText.trimmed().toULongLong(&ok);
        if (!ok)
            return fail(Error::invalid(u"bad-seed"_s, tr("--seed needs a whole number: %1").arg(seedText)));
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

} // namespace kj
