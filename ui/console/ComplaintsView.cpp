#include "ComplaintsView.h"

#include "Clock.h"
#include "Dialogs.h"
#include "Format.h"
#include "Labels.h"

#include <QDateEdit>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace kj {

namespace {

FormField choice(const QString &key, const QString &label, const QStringList &keys,
    QString (*labelOf)(const QString &), const QString &current)
{
    FormField field { key, label, FormField::Kind::Choice };
    for (const QString &k : keys)
        field.choices.append(labelOf(k));
    field.choiceKeys = keys;
    field.initial = qMax(0, int(keys.indexOf(current)));
    return field;
}

} // namespace

ComplaintsView::ComplaintsView(Desk &desk, QWidget *parent)
    : QWidget(parent)
    , m_desk(desk)
    , m_month(new QDateEdit)
    , m_count(new QLabel)
    , m_table(new QTableWidget(0, 6))
    , m_history(new QListWidget)
    , m_add(new QPushButton(tr("New complaint…")))
    , m_update(new QPushButton(tr("Follow up…")))
{
    m_month->setDisplayFormat(u"MMMM yyyy"_s);
    m_month->setCalendarPopup(true);
    m_month->setDate(desk.today());
    m_table->setHorizontalHeaderLabels(
        { tr("Received"), tr("Channel"), tr("From"), tr("Complaint"), tr("Follow-up"), tr("Status") });
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setWordWrap(true);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(3, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(4, QHeaderView::Stretch);
    m_update->setEnabled(false);

    auto *bar = new QHBoxLayout;
    bar->addWidget(new QLabel(tr("Month:")));
    bar->addWidget(m_month);
    bar->addWidget(m_count);
    bar->addStretch(1);
    bar->addWidget(m_add);
    bar->addWidget(m_update);
    auto *historyBox = new QWidget;
    auto *historyLayout = new QVBoxLayout(historyBox);
    historyLayout->setContentsMargins(0, 0, 0, 0);
    historyLayout->addWidget(
        new QLabel(tr("History of the selected complaint (each change is in the logbook):")));
    historyLayout->addWidget(m_history);
    auto *split = new QSplitter(Qt::Vertical);
    split->addWidget(m_table);
    split->addWidget(historyBox);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addLayout(bar);
    layout->addWidget(split, 1);

    connect(m_month, &QDateEdit::dateChanged, this, &ComplaintsView::reload);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &ComplaintsView::showHistory);
    connect(m_add, &QPushButton::clicked, this, &ComplaintsView::addComplaint);
    connect(m_update, &QPushButton::clicked, this, &ComplaintsView::updateSelected);
    connect(&m_desk, &Desk::changed, this, [this] {
        if (isVisible())
            reload();
    });
    setActor(QString());
    reload();
}

void ComplaintsView::setActor(const QString &actor)
{
    m_actor = actor;
    m_add->setEnabled(!actor.isEmpty());
}

void ComplaintsView::showMonth(QDate anyDay)
{
    m_month->setDate(anyDay);
    reload();
}

void ComplaintsView::reload()
{
    const qint64 selected = m_table->currentRow() >= 0 && m_table->currentRow() < m_rows.size()
        ? m_rows[m_table->currentRow()].id
        : 0;
    const QDate first(m_month->date().year(), m_month->date().month(), 1);
    m_rows = m_desk.service().complaints(first, first.addMonths(1).addDays(-1)).valueOr({});
    m_table->setRowCount(int(m_rows.size()));
    for (int row = 0; row < m_rows.size(); ++row) {
        const Complaint &c = m_rows[row];
        const QStringList cells = { Format::shortDate(c.received), Complaints::channelLabel(c.channel),
            c.who.isEmpty() ? u"\u2014"_s : c.who, c.content, c.followUp, Complaints::statusLabel(c.status) };
        for (int column = 0; column < cells.size(); ++column)
            m_table->setItem(row, column, new QTableWidgetItem(cells[column]));
        if (c.id == selected)
            m_table->selectRow(row);
    }
    m_table->resizeRowsToContents();
    m_count->setText(tr("%n complaint(s) received", nullptr, int(m_rows.size())));
    showHistory();
}

int ComplaintsView::rowCount() const
{
    return m_table->rowCount();
}

void ComplaintsView::selectRow(int row)
{
    m_table->selectRow(row);
}

QString ComplaintsView::cellText(int row, int column) const
{
    const QTableWidgetItem *item = m_table->item(row, column);
    return item ? item->text() : QString();
}

QStringList ComplaintsView::history() const
{
    QStringList lines;
    for (int i = 0; i < m_history->count(); ++i)
        lines.append(m_history->item(i)->text());
    return lines;
}

void ComplaintsView::showHistory()
{
    m_history->clear();
    const auto rows = m_table->selectionModel()->selectedRows();
    const bool any = !rows.isEmpty() && rows.first().row() < m_rows.size();
    m_update->setEnabled(any && !m_actor.isEmpty());
    if (!any)
        return;
    const Schedule &schedule = m_desk.schedule();
    for (const ComplaintChange &change :
        m_desk.service().complaintChanges(m_rows[rows.first().row()].id).valueOr({})) {
        const QDateTime local = schedule.toLocal(change.atUtc);
        QString line = u"%1 %2 · %3 · %4"_s.arg(Format::shortDate(local.date()), Format::time(local.time()),
            Labels::actor(m_desk, change.actor), Complaints::statusLabel(change.status));
        if (!change.followUp.isEmpty())
            line += u" · "_s + change.followUp;
        m_history->addItem(line);
    }
}

bool ComplaintsView::addComplaint()
{
    if (m_actor.isEmpty())
        return false;
    FormField received { u"received"_s, tr("Received (dd/mm/yyyy)"), FormField::Kind::Text,
        Format::shortDate(m_desk.today()) };
    received.required = true;
    FormField who { u"who"_s, tr("From (name or account; may be empty)"), FormField::Kind::Text };
    FormField content { u"content"_s, tr("Complaint"), FormField::Kind::Text };
    content.required = true;
    FormField followUp { u"followUp"_s, tr("Follow-up"), FormField::Kind::Text };
    const auto answer = Dialogs::form(this, tr("New complaint"),
        { received,
            choice(u"channel"_s, tr("Channel"), Complaints::channels(), &Complaints::channelLabel, {}), who,
            content, followUp,
            choice(u"status"_s, tr("Status"), Complaints::statuses(), &Complaints::statusLabel, u"baru"_s) });
    if (!answer)
        return false;
    Complaint c;
    c.received = QDate::fromString(answer->value(u"received"_s).toString().trimmed(), u"dd/MM/yyyy"_s);
    c.channel = answer->value(u"channel"_s).toString();
    c.who = answer->value(u"who"_s).toString();
    c.content = answer->value(u"content"_s).toString();
    c.followUp = answer->value(u"followUp"_s).toString();
    c.status = answer->value(u"status"_s).toString();
    auto added = m_desk.service().addComplaint(c, m_actor);
    if (!added) {
        Dialogs::error(this, added.error());
        return false;
    }
    if (c.received.isValid())
        m_month->setDate(c.received); // shows the month it was filed in
    reload();
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows[row].id == *added)
            m_table->selectRow(row);
    }
    return true;
}

bool ComplaintsView::updateSelected()
{
    const auto rows = m_table->selectionModel()->selectedRows();
    if (rows.isEmpty() || m_actor.isEmpty() || rows.first().row() >= m_rows.size())
        return false;
    const Complaint c = m_rows[rows.first().row()];
    FormField followUp { u"followUp"_s, tr("Follow-up"), FormField::Kind::Text, c.followUp };
    const auto answer
        = Dialogs::form(this, tr("Follow up the complaint of %1").arg(Format::shortDate(c.received)),
            { choice(u"status"_s, tr("Status"), Complaints::statuses(), &Complaints::statusLabel, c.status),
                followUp });
    if (!answer)
        return false;
    auto updated = m_desk.service().updateComplaint(
        c.id, answer->value(u"status"_s).toString(), answer->value(u"followUp"_s).toString(), m_actor);
    if (!updated) {
        Dialogs::error(this, updated.error());
        return false;
    }
    reload();
    return true;
}

} // namespace kj
