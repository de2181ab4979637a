#pragma once

#include <QWidget>

class QTableWidget;
class QLabel;

namespace kj {

class Desk;

// Today's waiting line: ticket, name, cell, family contact, waiting time.
class QueueView : public QWidget
{
    Q_OBJECT

public:
    explicit QueueView(Desk &desk, QWidget *parent = nullptr);
    void refresh();
    int rowCount() const;

private:
    Desk &m_desk;
    QLabel *m_title;
    QTableWidget *m_table;
};

} // namespace kj
