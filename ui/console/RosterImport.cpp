#include "RosterImport.h"

#include "ContactsCsv.h"
#include "Desk.h"
#include "Dialogs.h"
#include "RosterCsv.h"

#include <QFile>
#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace kj {

RosterImport::RosterImport(Desk &desk, QWidget *parent)
    : m_desk(desk)
    , m_parent(parent)
{ }

QString RosterImport::rosterColumnsText()
{
    return tr("A CSV file as SDP's \"daftar penghuni\" exports it: a header row, then a row per WBP. The "
              "columns are found by their names:\n"
              "• Nama Lengkap (or Nama): required\n"
              "• No. Registrasi: required, e.g. B I 101/2025 (A = tahanan, B = narapidana)\n"
              "• Lokasi Sel (or Kamar): required, e.g. 12\n"
              "• Blok, Tgl Msk UPT and Tgl Ekspirasi (dd/mm/yyyy), Nm Alias 1 to 3: optional\n"
              "Separated by commas, semicolons or tabs. A WBP missing from the file is marked released, "
              "never deleted. Nothing is imported before you confirm.");
}

QString RosterImport::contactsColumnsText()
{
    QStringList relations;
    for (const QString &key : Relation::keys())
        relations.append(Relation::label(key));
    return tr("A CSV file with a header row, then a row per family contact. The columns are found by "
              "their names:\n"
              "• No. Registrasi: the WBP's register number, as in the roster\n"
              "• Nama Keluarga: the family member's name\n"
              "• Hubungan: %1\n"
              "• No. HP: 08…, 62… or +62…\n"
              "Contacts from the file are recorded as approved. Nothing is imported before you confirm.")
        .arg(relations.join(u", "_s));
}

bool RosterImport::guide(const QString &title, const QString &columns, const QString &sample)
{
    const int choice
        = Dialogs::choose(m_parent, title, columns, { tr("Choose the CSV file…"), tr("Save a sample CSV…") });
    if (choice != 1)
        return choice == 0;
    const auto path = Dialogs::saveFile(
        m_parent, tr("Save a sample CSV"), QFileInfo(sample).fileName(), tr("CSV files (*.csv)"));
    if (!path)
        return false;
    QFile::remove(*path); // the file dialog has asked before replacing it
    if (!QFile::copy(sample, *path)) {
        Dialogs::error(
            m_parent, { ErrorKind::Database, u"file-unwritable"_s, tr("Cannot write %1.").arg(*path) });
        return false;
    }
    QFile::setPermissions(*path, QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup);
    Dialogs::info(
        m_parent, tr("Saved: %1. Fill it in (a spreadsheet can save it as CSV), then import it.").arg(*path));
    return false;
}

std::optional<std::pair<QString, QByteArray>> RosterImport::openCsv(const QString &title)
{
    const auto path = Dialogs::openFile(m_parent, title, tr("CSV files (*.csv *.txt)"));
    if (!path)
        return std::nullopt;
    QFile file(*path);
    if (!file.open(QIODevice::ReadOnly)) {
        Dialogs::error(
            m_parent, { ErrorKind::InvalidInput, u"file-unreadable"_s, tr("Cannot read %1.").arg(*path) });
        return std::nullopt;
    }
    return std::pair { QFileInfo(*path).fileName(), file.readAll() };
}

void RosterImport::refuseFile(const Error &error)
{
    Dialogs::error(m_parent,
        { error.kind, error.reason, tr("Nothing was imported. Fix these lines:") + u'\n' + error.message,
            error.detail });
}

void RosterImport::refuseFile(const QList<CsvProblem> &problems)
{
    Error error = CsvReader::toError(problems);
    error.reason = u"csv-problems"_s;
    refuseFile(error);
}

bool RosterImport::importRoster(const QString &actor)
{
    if (actor.isEmpty()
        || !guide(tr("Import the roster"), rosterColumnsText(), u":/samples/contoh-penghuni.csv"_s))
        return false;
    const auto file = openCsv(tr("Import the roster"));
    if (!file)
        return false;
    const auto &[name, bytes] = *file;
    const auto parsed = RosterCsv::parse(bytes);
    if (!parsed) {
        refuseFile(parsed.problems());
        return false;
    }
    const auto preview = m_desk.roster().importRoster(parsed.value(), name, actor, true);
    if (!preview) {
        Dialogs::error(m_parent, preview.error());
        return false;
    }
    const QString summary = tr("%1: %2 rows. New: %3, changed: %4, unchanged: %5, no longer in the file "
                               "(marked released): %6. Import?")
                                .arg(name)
                                .arg(parsed.value().size())
                                .arg(preview->added)
                                .arg(preview->updated)
                                .arg(preview->unchanged)
                                .arg(preview->deactivated);
    if (!Dialogs::confirm(m_parent, tr("Import the roster"), summary))
        return false;
    const auto done = m_desk.roster().importRoster(parsed.value(), name, actor, false);
    if (!done) {
        Dialogs::error(m_parent, done.error());
        return false;
    }
    return true;
}

bool RosterImport::importContacts(const QString &actor)
{
    if (actor.isEmpty()
        || !guide(tr("Import family contacts"), contactsColumnsText(), u":/samples/contoh-keluarga.csv"_s))
        return false;
    const auto file = openCsv(tr("Import family contacts"));
    if (!file)
        return false;
    const auto &[name, bytes] = *file;
    const auto parsed = ContactsCsv::parse(bytes);
    if (!parsed) {
        refuseFile(parsed.problems());
        return false;
    }
    // The dry run also names every register number that is not in the roster.
    const auto preview = m_desk.roster().importContacts(parsed.value(), actor, true);
    if (!preview) {
        refuseFile(preview.error());
        return false;
    }
    const int rows = int(parsed.value().size());
    const QString summary = tr("%1: %2 contacts. New (recorded as approved): %3, already known: %4. Import?")
                                .arg(name)
                                .arg(rows)
                                .arg(*preview)
                                .arg(rows - *preview);
    if (!Dialogs::confirm(m_parent, tr("Import family contacts"), summary))
        return false;
    const auto done = m_desk.roster().importContacts(parsed.value(), actor, false);
    if (!done) {
        Dialogs::error(m_parent, done.error());
        return false;
    }
    return true;
}

} // namespace kj
