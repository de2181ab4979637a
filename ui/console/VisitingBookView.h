#pragma once

#include "Event.h"
#include "VisitingBookModel.h"

#include <QWidget>

class QComboBox;
class QDateEdit;
class QCheckBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QTableView;

namespace kj {

// The visiting book (buku kunjungan): search, a line's full history, corrections by amendment,
// and the integrity check of the whole record on demand.
class VisitingBookView : public QWidget
{
    Q_OBJECT

public:
    explicit VisitingBookView(Desk &desk, QWidget *parent = nullptr);

    void setActor(const QString &actor) { m_actor = actor; }
    VisitingBookModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    // Applies the search fields (the Search button).
    void search();
    void setFilter(const VisitingBook::Filter &filter);
    void selectRow(int row);
    // The selected line's events and corrections, oldest first, as shown.
    QStringList history() const;
    // Asks field, value and reason, then appends the amendment; false if refused or cancelled.
    bool amendSelected();
    // Walks the chain now; returns true when it verifies. The result is shown on the page.
    bool verifyIntegrity();
    QString integrityText() const;

private:
    void showHistory();

    Desk &m_desk;
    QString m_actor;
    VisitingBookModel *m_model;
    QLineEdit *m_name;
    QLineEdit *m_registerNumber;
    QLineEdit *m_cell;
    QCheckBox *m_useDates;
    QDateEdit *m_from;
    QDateEdit *m_to;
    QComboBox *m_outcome;
    QComboBox *m_officer;
    QTableView *m_table;
    QListWidget *m_history;
    QPushButton *m_amend;
    QLabel *m_integrity;
};

} // namespace kj
