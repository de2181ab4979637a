#include "TicketPage.h"

#include "Desk.h"
#include "KioskEstimate.h"
#include "KioskWidgets.h"

#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace kj {

TicketPage::TicketPage(Desk &desk, QWidget *parent)
    : QWidget(parent)
    , m_desk(desk)
    , m_number(KioskStyle::label(QString(), u"huge"_s, this))
    , m_place(KioskStyle::label(QString(), u"title"_s, this))
    , m_wait(KioskStyle::label(QString(), u"hint"_s, this))
    , m_service(KioskStyle::label(QString(), u"body"_s, this))
{
    setObjectName(u"ticket"_s);
    auto *layout = KioskStyle::pageLayout(this);
    auto *heading = KioskStyle::label(tr("Your number"), u"title"_s, this);
    heading->setAlignment(Qt::AlignCenter);
    m_number->setAlignment(Qt::AlignCenter);
    for (QLabel *l : { m_place, m_wait, m_service })
        l->setAlignment(Qt::AlignCenter);
    layout->addWidget(heading);
    layout->addWidget(m_number);
    layout->addWidget(m_place);
    layout->addWidget(m_wait);
    layout->addWidget(m_service);
    layout->addStretch(1);
    auto *finished = KioskStyle::button(tr("Done"), u"done"_s, this);
    connect(finished, &QPushButton::clicked, this, &TicketPage::done);
    layout->addWidget(finished);
}

void TicketPage::setTicket(const std::optional<Ticket> &ticket)
{
    m_ticket = ticket;
    m_waitSeconds = 0;
    refresh();
}

void TicketPage::refresh()
{
    if (!m_ticket)
        return;
    if (const auto now = m_desk.calls().queue().find(m_ticket->number))
        m_ticket = *now;
    const Ticket &t = *m_ticket;
    m_number->setText(Queue::ticketLabel(t.number));
    const int position = m_desk.calls().queue().positionOf(t.number);
    m_waitSeconds = KioskEstimate::waitSecondsFor(m_desk, t.number);
    const QString stationName = m_desk.settings().stationName(t.station);
    if (t.state == TicketState::Called || t.state == TicketState::InCall) {
        m_place->setText(tr("Your number is being called: please go to booth %1.").arg(stationName));
        m_wait->clear();
    } else if (position > 0) {
        m_place->setText(
            position == 1 ? tr("You are next in the queue.") : tr("Place in the queue: %1").arg(position));
        const int minutes = int((m_waitSeconds + 59) / 60);
        m_wait->setText(minutes == 0 ? tr("You may be called at any moment: please stay near the booths.")
                                     : tr("Estimated wait: about %n minute(s)", nullptr, minutes));
    } else {
        m_place->clear();
        m_wait->clear();
    }
    m_service->setText(tr("Booths serving: %1. Each call lasts %n minute(s).", nullptr,
                           m_desk.settings().call.defaultMinutes)
                           .arg(m_desk.calls().queue().policy().stations)
        + u'\n' + tr("Watch the board: when your number appears, go to the booth shown."));
}

} // namespace kj
