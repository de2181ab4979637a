#pragma once

#include "Desk.h"
#include "RosterImport.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QTableWidget;

namespace kj {

// Data WBP: the roster by cell or name (today's cells at first, said so, or all), a WBP added by
// hand, a WBP's family contacts (add, approve) and restrictions (add, lift), and the CSV imports.
// Every change goes through the Desk.
class RosterView : public QWidget
{
    Q_OBJECT

public:
    explicit RosterView(Desk &desk, QWidget *parent = nullptr);

    void setActor(const QString &actor) { m_actor = actor; }
    // Name, register number or cell ("12" lists the cell).
    void search(const QString &text);
    // Every active WBP of the roster.
    void showAll();
    // What the list shows ("Today's cells (12 and 13): 3 of the roster's 5 WBP …").
    QString scopeText() const;
    int rowCount() const;
    void selectRow(int row);
    qint64 selectedWbp() const;
    QStringList contactLines() const;
    bool selectContact(int row);
    bool selectRestriction(int row);
    QStringList restrictionLines() const;

    // Each asks its fields through Dialogs; false when cancelled or refused.
    // Name, register number, cell and block of one WBP, added to the roster; the new WBP is
    // listed and chosen.
    bool addWbp();
    bool addContact();
    bool approveSelectedContact();
    // Changes name, relation or phone of the selected contact: an amendment with a reason.
    bool editSelectedContact();
    bool addRestriction();
    bool liftSelectedRestriction();
    // The CSV imports (RosterImport): roster, then family contacts.
    bool importRoster();
    bool importContacts();

private:
    void showDetails();
    void fill(const QList<Wbp> &rows);

    Desk &m_desk;
    QString m_actor;
    QLineEdit *m_search;
    QTableWidget *m_table;
    QListWidget *m_contacts;
    QListWidget *m_restrictions;
    QLabel *m_scope;
    RosterImport m_import;
    QList<Wbp> m_rows;
};

} // namespace kj
