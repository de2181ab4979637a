#pragma once

#include "CsvReader.h"
#include "Roster.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace kj {

// Parses a family-contacts CSV (No. Registrasi, Nama Keluarga, Hubungan, No. HP): all rows, or
// every bad line.
class ContactsCsv
{
    Q_DECLARE_TR_FUNCTIONS(ContactsCsv)

public:
    // Reason keys, besides the csv-* ones of CsvReader, the text-* ones of FreeText (register
    // number, name, relation) and the phone-* ones of normalisePhone():
    // contacts-register-empty, contacts-name-empty, contacts-relation-unknown,
    // contacts-duplicate (same WBP and phone twice; relatedLine: the first line).
    static CsvResult<QList<ContactRow>> parse(const QByteArray &bytes);
};

} // namespace kj
