#include "ContactsCsv.h"

#include <QFile>
#include <QSet>

#include <catch2/catch.hpp>

using namespace kj;
using namespace Qt::StringLiterals;

namespace {

QByteArray contactsFile(const char *name)
{
    QFile file(QStringLiteral(KUNJUNGAN_TEST_DIR "/data/csv/") + QString::fromUtf8(name));
    REQUIRE(file.open(QIODevice::ReadOnly));
    return file.readAll();
}

} // namespace

TEST_CASE("a good contacts file gives every contact with a relation key and a +62 number", "[contacts]")
{
    const auto result = ContactsCsv::parse(contactsFile("contacts_good.csv"));
    for (const CsvProblem &problem : result.problems())
        UNSCOPED_INFO(problem.message.toStdString());
    REQUIRE(result.ok());
    const QList<ContactRow> &rows = result.value();
    REQUIRE(rows.size() == 6);

    CHECK(rows[0].line == 2);
    CHECK(rows[0].registerNumber == u"AI.123/2026");
    CHECK(rows[0].name == u"Sri Wahyuni");
    CHECK(rows[0].relation == u"spouse");
    CHECK(rows[0].phone == u"+6281234567890");

    CHECK(rows[1].relation == u"parent");
    CHECK(rows[1].phone == u"+6281311112222");
    CHECK(rows[2].relation == u"child");
    CHECK(rows[2].phone == u"+628561234567");
    CHECK(rows[3].relation == u"uncle_aunt");
    CHECK(rows[3].phone == u"+62291591008");
    CHECK(rows[4].registerNumber == u"BIIa.7/2026");
    CHECK(rows[4].relation == u"sibling");
    CHECK(rows[4].phone == u"+6285712345678");
    CHECK(rows[5].relation == u"other");
    CHECK(rows[5].phone == u"+31201234567");
    CHECK(rows[5].line == 7);
}

TEST_CASE("every bad contact line is listed with its line number and reason", "[contacts]")
{
    const auto result = ContactsCsv::parse(contactsFile("contacts_bad.csv"));
    REQUIRE_FALSE(result.ok());
    CHECK(result.value().isEmpty());
    QStringList problems;
    for (const CsvProblem &problem : result.problems()) {
        CHECK(problem.message.contains(QString::number(problem.line)));
        problems.append(QString::number(problem.line) + u':' + problem.reason);
    }
    CHECK(problems
        == QStringList {
            u"3:contacts-register-empty"_s,
            u"4:contacts-name-empty"_s,
            u"5:contacts-relation-unknown"_s,
            u"6:phone-invalid-character"_s,
            u"7:phone-too-short"_s,
            u"8:contacts-duplicate"_s,
            u"9:phone-zero-after-country-code"_s,
        });
    // The same number written differently is still the same contact.
    CHECK(result.problems()[5].relatedLine == 2);
}

TEST_CASE("a contacts file without its columns names each missing one", "[contacts]")
{
    const auto result = ContactsCsv::parse(contactsFile("contacts_missing_columns.csv"));
    REQUIRE(result.problems().size() == 2);
    CHECK(result.problems()[0].reason == u"csv-missing-column");
    CHECK(result.problems()[0].message.contains(u"Nama Keluarga"));
    CHECK(result.problems()[1].message.contains(u"Hubungan"));
}

TEST_CASE("an empty contacts file has no data rows", "[contacts]")
{
    const auto result = ContactsCsv::parse(contactsFile("empty.csv"));
    REQUIRE(result.problems().size() == 1);
    CHECK(result.problems()[0].reason == u"csv-no-data-rows");
}

TEST_CASE("relations are recognised from the glossary words and common synonyms", "[contacts]")
{
    const auto [text, key] = GENERATE(table<QString, QString>({
        { u"Istri/Suami"_s, u"spouse"_s },
        { u"istri"_s, u"spouse"_s },
        { u"SUAMI"_s, u"spouse"_s },
        { u"Orang Tua"_s, u"parent"_s },
        { u"ibu"_s, u"parent"_s },
        { u"Ayah"_s, u"parent"_s },
        { u"Anak"_s, u"child"_s },
        { u"Saudara Kandung"_s, u"sibling"_s },
        { u"kakak"_s, u"sibling"_s },
        { u"Adik"_s, u"sibling"_s },
        { u"Kakek/Nenek"_s, u"grandparent"_s },
        { u"nenek"_s, u"grandparent"_s },
        { u"Paman / Bibi"_s, u"uncle_aunt"_s },
        { u"Lainnya"_s, u"other"_s },
        { u"uncle_aunt"_s, u"uncle_aunt"_s },
        { u"Tetangga"_s, QString() },
        { u"Saudara"_s, QString() },
        { QString(), QString() },
    }));
    INFO(text.toStdString());
    CHECK(Relation::key(text) == key);
}

TEST_CASE("every relation key has its own label and an unknown key has none", "[contacts]")
{
    QSet<QString> labels;
    for (const QString &key : Relation::keys()) {
        INFO(key.toStdString());
        const QString label = Relation::label(key);
        CHECK_FALSE(label.isEmpty());
        labels.insert(label);
        // A label read back from a file gives the same key.
        CHECK(Relation::key(label) == key);
    }
    CHECK(labels.size() == Relation::keys().size());
    CHECK(Relation::label(u"cousin"_s).isEmpty());
}
