#pragma once

#include "CsvReader.h"
#include "Desk.h"

#include <QWidget>

#include <optional>
#include <utility>

class QLineEdit;
class QListWidget;
class QPushButton;
class QTableWidget;

namespace kj {

// Data WBP: the roster by cell or name, a WBP's family contacts (add, approve) and restrictions
// (add, lift). Every change goes through the Desk.
class RosterView : public QWidget
{
    Q_OBJECT

public:
    explicit RosterView(Desk &desk, QWidget *parent = nullptr);

    void setActor(const QString &actor) { m_actor = actor; }
    // Name, register number or cell ("12" lists the cell).
    void search(const QString &text);
    int rowCount() const;
    void selectRow(int row);
    qint64 selectedWbp() const;
    QStringList contactLines() const;
    bool selectContact(int row);
    bool selectRestriction(int row);
    QStringList restrictionLines() const;

    // Each asks its fields through Dialogs; false when cancelled or refused.
    bool addContact();
    bool approveSelectedContact();
    // Changes name, relation or phone of the selected contact: an amendment with a reason.
    bool editSelectedContact();
    bool addRestriction();
    bool liftSelectedRestriction();
    // Asks for an SDP roster CSV, lists every bad line (nothing written), else shows what the
    // import would do and imports only when the officer confirms.
    bool importRoster();
    // The same for a family-contacts CSV (No. Registrasi, Nama Keluarga, Hubungan, No. HP): every
    // bad line, and every register number not in the roster, before anything is written.
    bool importContacts();

private:
    void showDetails();
    // Asks for a CSV file and reads it: its name and bytes, or nothing (cancelled, or unreadable
    // and said so).
    std::optional<std::pair<QString, QByteArray>> openCsv(const QString &title);
    // A file refused as a whole: its lines to fix, nothing imported.
    void refuseFile(const Error &error);
    void refuseFile(const QList<CsvProblem> &problems); // reason csv-problems

    Desk &m_desk;
    QString m_actor;
    QLineEdit *m_search;
    QTableWidget *m_table;
    QListWidget *m_contacts;
    QListWidget *m_restrictions;
    QList<Wbp> m_rows;
};

} // namespace kj
