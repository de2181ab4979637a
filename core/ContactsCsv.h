#pragma once

#include "CsvReader.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace kj {

// One family contact as a contacts file lists it, cleaned but not yet matched against the roster.
struct ContactRow
{
    int line = 0; // file line, for messages
    QString registerNumber; // of the WBP, as written, trimmed
    QString name;
    QString relation; // a stable key: spouse, parent, child, sibling, grandparent, uncle_aunt, other
    QString phone; // E.164, from normalisePhone()
};

// Parses a family-contacts CSV (No. Registrasi, Nama Keluarga, Hubungan, No. HP): all rows, or
// every bad line.
class ContactsCsv
{
    Q_DECLARE_TR_FUNCTIONS(ContactsCsv)

public:
    // Reason keys, besides the csv-* ones of CsvReader and the phone-* ones of normalisePhone():
    // contacts-register-empty, contacts-name-empty, contacts-relation-unknown,
    // contacts-duplicate (same WBP and phone twice; relatedLine: the first line).
    static CsvResult<QList<ContactRow>> parse(const QByteArray &bytes);

    // The relation keys, in the order the glossary lists them (design §6).
    static QStringList relationKeys();
    // "Istri/Suami", "istri", "Ayah", "Orang Tua", "kakak" … → a key; empty if unknown.
    static QString relationKey(const QString &text);
    // The words for a key, in the UI language ("Wife/Husband"); empty for an unknown key.
    static QString relationLabel(const QString &key);
};

} // namespace kj
