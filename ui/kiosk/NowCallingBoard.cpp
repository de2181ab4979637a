#include "NowCallingBoard.h"

#include "Desk.h"
#include "KioskWidgets.h"

#include <QGridLayout>
#include <QLabel>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace kj {

NowCallingBoard::NowCallingBoard(Desk &desk, QWidget *parent)
    : QFrame(parent)
    , m_desk(desk)
    , m_grid(new QGridLayout)
    , m_foot(KioskStyle::label(QString(), u"note"_s, this))
{
    setObjectName(u"board"_s);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 16, 24, 16);
    layout->addWidget(KioskStyle::label(tr("Now calling"), u"board-head"_s, this));
    m_grid->setHorizontalSpacing(24);
    m_grid->setVerticalSpacing(12);
    layout->addLayout(m_grid);
    layout->addStretch(1);
    layout->addWidget(m_foot);
}

void NowCallingBoard::refresh()
{
    // The desk reloads its queue on a commit, not at midnight: yesterday's tickets are not today's.
    const QDate today = m_desk.today();
    auto isToday = [&](const Ticket &t) { return m_desk.schedule().localDate(t.signedInUtc) == today; };
    QList<Ticket> called;
    int waiting = 0;
    for (const Ticket &t : m_desk.calls().queue().tickets()) {
        if (!isToday(t))
            continue;
        if (t.state == TicketState::Called || t.state == TicketState::InCall)
            called.append(t);
        else if (t.state == TicketState::Waiting)
            ++waiting;
    }
    std::sort(
        called.begin(), called.end(), [](const Ticket &a, const Ticket &b) { return a.station < b.station; });
    KioskStyle::clearLayout(m_grid);
    m_lines.clear();
    for (int row = 0; row < called.size(); ++row) {
        const Ticket &t = called[row];
        const auto person = m_desk.roster().wbp(t.wbpId.toLongLong()).valueOr({});
        const QString station = tr("Booth %1").arg(m_desk.settings().stationName(t.station));
        const QStringList parts
            = { Queue::ticketLabel(t.number), person ? person->name : QString(), station };
        m_lines.append(parts.join(u" · "_s));
        // Two lines per booth: number and booth big on top (read from afar), the name below.
        auto *number = KioskStyle::label(parts[0], u"board-row"_s, this);
        number->setStyleSheet(u"color: #ffd400;"_s);
        auto *booth = KioskStyle::label(u"→ "_s + parts[2], u"board-row"_s, this);
        booth->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
        auto *name = KioskStyle::label(parts[1], u"board-name"_s, this);
        m_grid->addWidget(number, 2 * row, 0);
        m_grid->addWidget(booth, 2 * row, 1);
        m_grid->addWidget(name, 2 * row + 1, 0, 1, 2);
        for (QLabel *l : { number, booth, name })
            l->show(); // the layout would show them only at the next event loop turn
    }
    if (called.isEmpty()) {
        auto *none = KioskStyle::label(tr("Nobody is being called right now."), u"note"_s, this);
        m_grid->addWidget(none, 0, 0, 1, 2);
        none->show();
    }
    m_foot->setText(tr("Waiting: %n", nullptr, waiting));
}

} // namespace kj
