#pragma once

#include "CsvReader.h"
#include "Result.h"

#include <QCoreApplication>
#include <QString>

#include <optional>
#include <utility>

class QWidget;

namespace kj {

class Desk;

// The two CSV imports of Data WBP, each opened by a guide: what the file's columns are, "choose
// the file" or "save a sample" to start from. A file is read whole, every bad line is listed and
// nothing is written until the officer confirms what the import will do.
class RosterImport
{
    Q_DECLARE_TR_FUNCTIONS(RosterImport)

public:
    RosterImport(Desk &desk, QWidget *parent);

    // The SDP "daftar penghuni" roster; false when cancelled, refused or a sample was saved.
    bool importRoster(const QString &actor);
    // Family contacts (No. Registrasi, Nama Keluarga, Hubungan, No. HP), recorded as approved.
    bool importContacts(const QString &actor);

    // The guides' texts: each column, required or not, with an example.
    static QString rosterColumnsText();
    static QString contactsColumnsText();

private:
    // The guide's answer: true to choose the file; a chosen sample is saved here.
    bool guide(const QString &title, const QString &columns, const QString &sample);
    // Asks for a CSV file and reads it: its name and bytes, or nothing (cancelled, or unreadable
    // and said so).
    std::optional<std::pair<QString, QByteArray>> openCsv(const QString &title);
    // A file refused as a whole: its lines to fix, nothing imported.
    void refuseFile(const Error &error);
    void refuseFile(const QList<CsvProblem> &problems); // reason csv-problems

    Desk &m_desk;
    QWidget *m_parent;
};

} // namespace kj
