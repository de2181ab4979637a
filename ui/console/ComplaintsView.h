#pragma once

#include "Desk.h"

#include <QWidget>

class QDateEdit;
class QLabel;
class QListWidget;
class QPushButton;
class QTableWidget;

namespace kj {

// Pengaduan: the complaints received in a month (in person, Instagram, Lapor Karutan, other),
// filed and followed up through the Desk; the selected one's history shows who changed what.
class ComplaintsView : public QWidget
{
    Q_OBJECT

public:
    explicit ComplaintsView(Desk &desk, QWidget *parent = nullptr);

    void setActor(const QString &actor);
    void showMonth(QDate anyDay);
    void reload();
    int rowCount() const;
    void selectRow(int row);
    QString cellText(int row, int column) const;
    QStringList history() const;

    // Each asks its fields through Dialogs; false when cancelled or refused (the reason shown).
    bool addComplaint();
    bool updateSelected();

private:
    void showHistory();

    Desk &m_desk;
    QString m_actor;
    QDateEdit *m_month;
    QLabel *m_count;
    QTableWidget *m_table;
    QListWidget *m_history;
    QPushButton *m_add;
    QPushButton *m_update;
    QList<Complaint> m_rows;
};

} // namespace kj
