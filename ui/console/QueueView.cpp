#include "QueueView.h"

#include "Clock.h"
#include "ContactsCsv.h"
#include "Desk.h"
#include "Format.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace kj {

QueueView::QueueView(Desk &desk, QWidget *parent)
    : QWidget(parent)
    , m_desk(desk)
    , m_title(new QLabel(this))
    , m_table(new QTableWidget(0, 5, this))
    , m_buttonRow(new QHBoxLayout)
{
    QFont bold = m_title->font();
    bold.setBold(true);
    bold.setPointSizeF(bold.pointSizeF() * 1.2);
    m_title->setFont(bold);
    m_table->setHorizontalHeaderLabels(
        { tr("Ticket"), tr("Name"), tr("Cell"), tr("Family contact"), tr("Waiting") });
    m_table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(3, QHeaderView::Stretch);
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setContextMenuPolicy(Qt::CustomContextMenu);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_title);
    layout->addWidget(m_table);
    layout->addLayout(m_buttonRow);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &QueueView::updateButtons);
    connect(m_table, &QTableWidget::customContextMenuRequested, this, [this](const QPoint &pos) {
        if (!selectedTicket() || m_buttons.isEmpty())
            return;
        QMenu menu;
        for (QWidget *b : std::as_const(m_buttons)) {
            auto *button = static_cast<QPushButton *>(b);
            menu.addAction(button->text(), button, &QPushButton::click);
        }
        menu.exec(m_table->viewport()->mapToGlobal(pos));
    });
}

void QueueView::setStations(const QStringList &names)
{
    qDeleteAll(m_buttons);
    m_buttons.clear();
    for (int i = 0; i < names.size(); ++i) {
        auto *b = new QPushButton(tr("Call to station %1").arg(names[i]));
        const int station = i + 1;
        connect(b, &QPushButton::clicked, this, [this, station] {
            if (const int t = selectedTicket())
                emit callRequested(t, station);
        });
        m_buttonRow->addWidget(b);
        m_buttons.append(b);
    }
    updateButtons();
}

void QueueView::updateButtons()
{
    const bool any = selectedTicket() != 0;
    for (QWidget *b : std::as_const(m_buttons))
        b->setEnabled(any);
}

int QueueView::rowCount() const
{
    return m_table->rowCount();
}

QList<int> QueueView::ticketNumbers() const
{
    QList<int> numbers;
    for (int row = 0; row < m_table->rowCount(); ++row)
        numbers.append(m_table->item(row, 0)->data(Qt::UserRole).toInt());
    return numbers;
}

void QueueView::selectTicket(int number)
{
    const int row = int(ticketNumbers().indexOf(number));
    if (row >= 0)
        m_table->selectRow(row);
    else
        m_table->clearSelection();
}

int QueueView::selectedTicket() const
{
    const auto rows = m_table->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return 0;
    return m_table->item(rows.first().row(), 0)->data(Qt::UserRole).toInt();
}

void QueueView::refresh()
{
    const int selected = selectedTicket();
    const QList<Ticket> waiting = m_desk.calls().queue().waiting();
    m_title->setText(tr("Queue: %n waiting", nullptr, int(waiting.size())));
    m_table->setRowCount(int(waiting.size()));
    m_signedIn.clear();
    const QDateTime now = m_desk.clock().nowUtc();
    for (int row = 0; row < waiting.size(); ++row) {
        const Ticket &t = waiting[row];
        const auto person = m_desk.roster().wbp(t.wbpId.toLongLong()).valueOr({});
        const auto contact = m_desk.roster().contact(t.contactId.toLongLong()).valueOr({});
        const QString family
            = contact ? Relation::label(contact->relation) + u": "_s + contact->name : QString();
        const QStringList cells = { Queue::ticketLabel(t.number), person ? person->name : QString(), t.cell,
            family, Format::duration(qMax<qint64>(0, t.signedInUtc.secsTo(now))) };
        for (int col = 0; col < cells.size(); ++col) {
            auto *item = new QTableWidgetItem(cells[col]);
            if (col == 0)
                item->setData(Qt::UserRole, t.number);
            m_table->setItem(row, col, item);
        }
        m_signedIn.append(t.signedInUtc);
    }
    m_table->resizeColumnToContents(0);
    m_table->resizeColumnToContents(4);
    if (selected)
        selectTicket(selected);
    updateButtons();
}

void QueueView::updateWaitingTimes()
{
    const QDateTime now = m_desk.clock().nowUtc();
    for (int row = 0; row < m_signedIn.size() && row < m_table->rowCount(); ++row) {
        if (QTableWidgetItem *item = m_table->item(row, 4))
            item->setText(Format::duration(qMax<qint64>(0, m_signedIn[row].secsTo(now))));
    }
}

} // namespace kj
