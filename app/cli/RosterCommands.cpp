#include "AdminCommands.h"

#include "BookExport.h"
#include "ContactsCsv.h"
#include "Desk.h"
#include "RosterCsv.h"
#include "Terminal.h"

#include <QFileInfo>
#include <QTextStream>

using namespace Qt::StringLiterals;

namespace kj {

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
    auto opened = openDesk(!dryRun);
    if (!opened && dryRun && opened.error().reason == u"db-missing") {
        // No logbook yet (no file, or a database without one), and a dry run must not create one:
        // every row would be new.
        summary.added = int(parsed.value().size());
    } else {
        if (!opened)
            return fail(opened.error());
        auto imported = (*opened)->desk->roster().importRoster(
            parsed.value(), QFileInfo(file).fileName(), m_actor, dryRun);
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
    auto count = BookExport::writeRoster(*(*opened)->desk, file);
    if (!count)
        return fail(count.error());
    m_out << tr("%1 WBP written to %2.").arg(*count).arg(file) << '\n';
    return 0;
}

int AdminCommands::rosterList(const QString &cell, bool includeInactive, ListFormat format)
{
    auto opened = openDesk(false);
    if (!opened)
        return fail(opened.error());
    auto roster = (*opened)->desk->roster().all(includeInactive, cell);
    if (!roster)
        return fail(roster.error());
    QList<QStringList> rows;
    for (const Wbp &w : std::as_const(*roster)) {
        const QString status = format == ListFormat::Tsv ? (w.active ? u"aktif"_s : u"nonaktif"_s)
                                                         : (w.active ? tr("active") : tr("inactive"));
        rows.append({ w.registerNumber, w.name, w.block, w.cell, status });
    }
    if (format == ListFormat::Tsv) {
        m_out << "no_registrasi\tnama\tblok\tkamar\tstatus\n";
        for (const QStringList &row : std::as_const(rows)) {
            QStringList fields;
            for (const QString &field : row)
                fields.append(Terminal::tsvField(field));
            m_out << fields.join(u'\t') << '\n';
        }
        return 0;
    }
    if (rows.isEmpty()) {
        m_out << tr("No WBP found.") << '\n';
        return 0;
    }
    rows.prepend({ tr("Register no."), tr("Name"), tr("Block"), tr("Cell"), tr("Status") });
    Terminal::printAligned(m_out, rows);
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
    auto added = (*opened)->desk->roster().importContacts(parsed.value(), m_actor);
    if (!added)
        return fail(added.error());
    m_out << tr("added %1, already known %2").arg(*added).arg(parsed.value().size() - *added) << '\n';
    return 0;
}

} // namespace kj
