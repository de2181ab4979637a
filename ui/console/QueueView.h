#pragma once

#include <QDateTime>
#include <QStringList>
#include <QWidget>

class QHBoxLayout;
class QLabel;
class QTableWidget;

namespace kj {

class Desk;

// Today's waiting line: ticket, name, cell, family contact, waiting time; a selected ticket can
// be sent to a chosen station out of turn.
class QueueView : public QWidget
{
    Q_OBJECT

public:
    // Empty until the first refresh(): the console fills it once an officer has signed in.
    explicit QueueView(Desk &desk, QWidget *parent = nullptr);
    // Reads the waiting tickets again (after every change).
    void refresh();
    // Only the waiting times, as they move by the second: no read of the roster.
    void updateWaitingTimes();
    int rowCount() const;
    // The ticket numbers in calling order, as shown.
    QList<int> ticketNumbers() const;
    void selectTicket(int number);
    int selectedTicket() const; // 0 = none
    // One "Call to station N" button per station.
    void setStations(const QStringList &names);

signals:
    void callRequested(int ticket, int station);

private:
    void updateButtons();

    Desk &m_desk;
    QLabel *m_title;
    QTableWidget *m_table;
    QHBoxLayout *m_buttonRow;
    QList<QWidget *> m_buttons;
    QList<QDateTime> m_signedIn; // per row
};

} // namespace kj
