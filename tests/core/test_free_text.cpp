// Names, relations, reasons and complaints the record keeps: bounded, and without characters that
// hide or reorder what is shown, whether they come from a CSV file or are typed at the desk.
#include "ContactsCsv.h"
#include "DeskFixture.h"
#include "FreeText.h"
#include "RosterCsv.h"

#include <catch2/catch.hpp>

using namespace kj;
using namespace kj::test;
using namespace Qt::StringLiterals;

namespace {

const QString rlo = QString(QChar(0x202E)); // RIGHT-TO-LEFT OVERRIDE: "txt.exe" shows as "exe.txt"

} // namespace

TEST_CASE(
    "a name of 120 characters is kept and one of 121 is refused, counting letters outside the BMP as one",
    "[freetext]")
{
    CHECK_FALSE(FreeText::problem(u"a"_s.repeated(120), FreeText::Field::Name));
    const auto tooLong = FreeText::problem(u"a"_s.repeated(121), FreeText::Field::Name);
    REQUIRE(tooLong);
    CHECK(tooLong->reason == u"text-too-long"_s);
    CHECK(tooLong->message == u"nama lebih dari 120 karakter"_s);
    // 𝐀 is two UTF-16 units and one character.
    CHECK_FALSE(FreeText::problem(u"𝐀"_s.repeated(120), FreeText::Field::Name));
    // Padding spaces are not kept, so they do not count.
    CHECK_FALSE(
        FreeText::problem(QString(u"   "_s + u"a"_s.repeated(120) + u"   "_s), FreeText::Field::Name));
    // A reason may be longer, a complaint longer still.
    CHECK_FALSE(FreeText::problem(u"a"_s.repeated(500), FreeText::Field::Reason));
    CHECK(FreeText::problem(u"a"_s.repeated(501), FreeText::Field::Reason));
    CHECK_FALSE(FreeText::problem(u"a"_s.repeated(2000), FreeText::Field::Complaint));
    CHECK(FreeText::problem(u"a"_s.repeated(2001), FreeText::Field::Complaint));
}

TEST_CASE(
    "control characters and text-direction characters are refused; a tab is allowed, and line breaks only in "
    "a complaint",
    "[freetext]")
{
    const char16_t refused[] = { 0x0000, 0x0007, 0x000A, 0x000D, 0x001B, 0x007F, 0x0080, 0x009B, 0x009F,
        0x202A, 0x202B, 0x202C, 0x202D, 0x202E, 0x2066, 0x2067, 0x2068, 0x2069, 0x200E, 0x200F, 0x061C };
    for (const char16_t c : refused) {
        const QString name = u"Budi"_s + QChar(c) + u"Santoso"_s;
        const auto problem = FreeText::problem(name, FreeText::Field::FamilyName);
        INFO("U+" << QString::number(c, 16).toStdString());
        REQUIRE(problem);
        CHECK(problem->reason == u"text-hidden-character"_s);
        CHECK(problem->message.contains(u"U+"_s + QString::number(c, 16).toUpper().rightJustified(4, u'0')));
    }
    CHECK_FALSE(FreeText::problem(u"Budi\tSantoso"_s, FreeText::Field::Name));
    CHECK_FALSE(FreeText::problem(u"Antrian lama.\nPetugas ramah."_s, FreeText::Field::Complaint));
    CHECK(FreeText::problem(u"Antrian lama.\x1b[2J"_s, FreeText::Field::Complaint));
    CHECK(FreeText::problem(u"Sakit\nkeras"_s, FreeText::Field::Reason));
    // Letters of any script are text, not controls.
    CHECK_FALSE(FreeText::problem(u"محمد Ñúñez 李"_s, FreeText::Field::Name));
    // At the desk the same problem is a sentence.
    CHECK(FreeText::check(QString(u"Budi"_s + rlo), FreeText::Field::OfficerName).error().message
        == u"Nama petugas berisi karakter kendali atau karakter arah teks (U+202E)."_s);
}

TEST_CASE(
    "a roster file with a name over 120 characters or a hidden character names the line and imports nothing",
    "[freetext][roster]")
{
    QByteArray csv = "Nama Lengkap,No. Registrasi,Blok,Lokasi Sel,Nm Alias 1\n"
                     "Budi Santoso,AI.1/2026,A,12,\n";
    for (int i = 3; i < 14; ++i)
        csv += "Warga " + QByteArray::number(i) + ",AI." + QByteArray::number(i) + "/2026,A,12,\n";
    csv += QByteArray(121, 'x') + ",AI.14/2026,A,12,\n"; // line 14
    csv += "Joko,AI.15/2026,A,12,Jo" + rlo.toUtf8() + "ko\n"; // line 15, in an alias
    csv += "Joko,AI.16/2026,A\x1b[31m,12,\n"; // line 16, an escape sequence in the block
    const auto parsed = RosterCsv::parse(csv);
    REQUIRE_FALSE(parsed.ok());
    QStringList messages;
    for (const CsvProblem &problem : parsed.problems())
        messages.append(problem.message);
    CHECK(messages
        == QStringList { u"baris 14: nama lebih dari 120 karakter"_s,
            u"baris 15: alias berisi karakter kendali atau karakter arah teks (U+202E)"_s,
            u"baris 16: blok berisi karakter kendali atau karakter arah teks (U+001B)"_s });
}

TEST_CASE(
    "a contacts file with a bidi override in a name or a relation over 120 characters is refused at its line",
    "[freetext][contacts]")
{
    const QByteArray csv = "No. Registrasi,Nama Keluarga,Hubungan,No. HP\n"
                           "AI.1/2026,Sri Wahyuni,Istri,0812-3456-7890\n"
                           "AI.1/2026,Sri"
        + rlo.toUtf8() + "Wahyuni,Istri,0812-3456-7891\n" + "AI.1/2026,Ani,\"" + QByteArray(121, 'x')
        + "\",0812-3456-7892\n" + "AI.1/2026,\"Ani\nWati\",Anak,0812-3456-7893\n"
        + "AI.1/2026,Ani\xC2\x9B"
          "31mWati,Anak,0812-3456-7894\n"; // U+009B: a terminal's CSI
    const auto parsed = ContactsCsv::parse(csv);
    REQUIRE_FALSE(parsed.ok());
    QStringList found;
    for (const CsvProblem &problem : parsed.problems())
        found.append(QString::number(problem.line) + u':' + problem.reason);
    // A name across two lines of a quoted cell is one name (line 5); a C1 escape is refused.
    CHECK(found
        == QStringList { u"3:text-hidden-character"_s, u"4:text-too-long"_s, u"7:text-hidden-character"_s });
    CHECK(parsed.problems().value(1).message == u"baris 4: hubungan lebih dari 120 karakter"_s);
}

TEST_CASE(
    "the desk refuses typed names, relations, reasons and complaints with hidden characters or too long, and "
    "records nothing",
    "[freetext][desk]")
{
    DeskFixture f;
    const qint64 before = eventCount(*f.logbook);
    const QString hidden = u"Rina"_s + rlo + u"Wati"_s;
    const QString longName = u"n"_s.repeated(121);
    const QString longReason = u"r"_s.repeated(501);

    CHECK(f.desk->officers().add(hidden, u"officer"_s, u"248613"_s, QString(Actor::Cli)).error().reason
        == u"text-hidden-character"_s);
    CHECK(f.desk->officers().add(longName, u"officer"_s, u"248613"_s, QString(Actor::Cli)).error().reason
        == u"text-too-long"_s);
    CHECK(f.desk->roster()
              .addContact(f.budi, hidden, u"Istri"_s, u"0812-9999-0000"_s, true, officer)
              .error()
              .reason
        == u"text-hidden-character"_s);
    CHECK(f.desk->roster()
              .addContact(f.budi, longName, u"Istri"_s, u"0812-9999-0000"_s, true, officer)
              .error()
              .reason
        == u"text-too-long"_s);
    CHECK(f.desk->roster()
              .changeContact(
                  f.contactOf.value(f.budi), QJsonObject { { u"name"_s, hidden } }, u"salah ketik"_s, officer)
              .error()
              .reason
        == u"text-hidden-character"_s);
    CHECK(f.desk->roster()
              .addRestriction(f.budi, u"Sidang\x1b[8m"_s, f.desk->today(), QDate(), officer)
              .error()
              .reason
        == u"text-hidden-character"_s);
    CHECK(
        f.desk->roster().addRestriction(f.budi, longReason, f.desk->today(), QDate(), officer).error().reason
        == u"text-too-long"_s);
    const Ticket ticket = f.signIn(f.budi);
    CHECK(f.desk->calls().cancel(ticket.number, u"pindah"_s + rlo, officer).error().reason
        == u"text-hidden-character"_s);
    Complaint complaint;
    complaint.received = f.desk->today();
    complaint.channel = u"langsung"_s;
    complaint.content = u"Antrian lama"_s + QChar(0x2066);
    complaint.status = u"baru"_s;
    CHECK(f.desk->service().addComplaint(complaint, officer).error().reason == u"text-hidden-character"_s);
    complaint.content = u"c"_s.repeated(2001);
    CHECK(f.desk->service().addComplaint(complaint, officer).error().reason == u"text-too-long"_s);

    // Only the sign-in was written.
    CHECK(eventCount(*f.logbook) == before + 1);
    // The limits still let ordinary text through.
    must(f.desk->officers().add(u"n"_s.repeated(120), u"officer"_s, u"248613"_s, QString(Actor::Cli)));
    complaint.content = u"Antrian lama.\nMohon ditambah bilik."_s;
    must(f.desk->service().addComplaint(complaint, officer));
}
