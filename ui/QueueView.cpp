#include "QueueView.h"

#include "Clock.h"
#include "ContactsCsv.h"
#include "Desk.h"
#include "Format.h"

#include <QHeaderView>
#include <QLabel>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace kj {

QueueView::QueueView(Desk &desk, QWidget *parent)
    : QWidget(parent)
    , m_desk(desk)
    , m_title(new QLabel(this))
    , m_table(new QTableWidget(0, 5, this))
{
    QFont bold = m_title->font();
    bold.setBold(true);
    bold.setPointSizeF(bold.pointSizeF() * 1.2);
    m_title->setFont(bold);
    m_table->setHorizontalHeaderLabels({tr("Ticket"), tr("Name"), tr("Cell"), tr("Family contact"), tr("Waiting")});
    m_table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(3, QHeaderView::Stretch);
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_title);
    layout->addWidget(m_table);
    connect(&m_desk, &Desk::changed, this, &QueueView::refresh);
    refresh();
}

int QueueView::rowCount() const
{
    return m_table->rowCount();
}

void QueueView::refresh()
{
    const QList<Ticket> waiting = m_desk.queue().waiting();
    m_title->setText(tr("Queue: %n waiting", nullptr, int(waiting.size())));
    m_table->setRowCount(int(waiting.size()));
    const QDateTime now = m_desk.clock().nowUtc();
    for (int row = 0; row < waiting.size(); ++row) {
        const Ticket &t = waiting[row];
        const auto person = m_desk.wbp(t.wbpId.toLongLong());
        const auto contact = m_desk.contact(t.contactId.toLongLong());
        const QString family = contact ? ContactsCsv::relationLabel(contact->relation) + u": "_s + contact->name
                                       : QString();
        const QStringList cells = {Queue::ticketLabel(t.number), person ? person->name : QString(), t.cell,
                                   family, Format::duration(qMax<qint64>(0, t.signedInUtc.secsTo(now)))};
        for (int col = 0; col < cells.size(); ++col)
            m_table->setItem(row, col, new QTableWidgetItem(cells[col]));
    }
    m_table->resizeColumnToContents(0);
}

} // namespace kj
