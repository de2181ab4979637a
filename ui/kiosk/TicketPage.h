#pragma once

#include "Queue.h"

#include <QWidget>

#include <optional>

class QLabel;

namespace kj {

class Desk;

// The WBP's number, their place in the queue and the estimated wait, following the live queue
// until "done".
class TicketPage : public QWidget
{
    Q_OBJECT

public:
    explicit TicketPage(Desk &desk, QWidget *parent = nullptr);

    void setTicket(const std::optional<Ticket> &ticket);
    std::optional<Ticket> ticket() const { return m_ticket; }
    qint64 estimatedWaitSeconds() const { return m_waitSeconds; }
    // Re-reads the ticket and the estimate.
    void refresh();

signals:
    void done();

private:
    Desk &m_desk;
    std::optional<Ticket> m_ticket;
    qint64 m_waitSeconds = 0;
    QLabel *m_number;
    QLabel *m_place;
    QLabel *m_wait;
    QLabel *m_service;
};

} // namespace kj
