#include "RosterView.h"

#include "Dialogs.h"
#include "Format.h"
#include "StationCard.h"

#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

#include <limits>

using namespace Qt::StringLiterals;

namespace kj {

RosterView::RosterView(Desk &desk, QWidget *parent)
    : QWidget(parent)
    , m_desk(desk)
    , m_search(new QLineEdit)
    , m_table(new QTableWidget(0, 4))
    , m_contacts(new QListWidget)
    , m_restrictions(new QListWidget)
    , m_scope(new QLabel)
    , m_import(desk, this)
{
    m_search->setPlaceholderText(tr("Name, register number or cell"));
    m_search->setClearButtonEnabled(true);
    connect(m_search, &QLineEdit::returnPressed, this, [this] { search(m_search->text()); });
    m_table->setHorizontalHeaderLabels({ tr("Name"), tr("Register no."), tr("Cell"), tr("Status") });
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &RosterView::showDetails);

    auto *left = new QVBoxLayout;
    auto *searchRow = new QHBoxLayout;
    searchRow->addWidget(m_search, 1);
    auto *searchButton = new QPushButton(tr("Search"));
    connect(searchButton, &QPushButton::clicked, this, [this] { search(m_search->text()); });
    searchRow->addWidget(searchButton);
    auto *allButton = new QPushButton(tr("Show all"));
    allButton->setObjectName(u"showAll"_s);
    connect(allButton, &QPushButton::clicked, this, &RosterView::showAll);
    searchRow->addWidget(allButton);
    left->addLayout(searchRow);
    m_scope->setObjectName(u"scope"_s);
    m_scope->setWordWrap(true);
    left->addWidget(m_scope);
    left->addWidget(m_table, 1);

    auto bold = [](const QString &text) {
        auto *l = new QLabel(text);
        QFont f = l->font();
        f.setBold(true);
        l->setFont(f);
        return l;
    };
    auto *right = new QVBoxLayout;
    right->addWidget(bold(tr("Family contacts")));
    right->addWidget(m_contacts, 1);
    auto *contactButtons = new QHBoxLayout;
    auto *add = new QPushButton(tr("Add contact…"));
    auto *approve = new QPushButton(tr("Approve"));
    contactButtons->addWidget(add);
    contactButtons->addWidget(approve);
    auto *edit = new QPushButton(tr("Change…"));
    contactButtons->addWidget(edit);
    connect(edit, &QPushButton::clicked, this, &RosterView::editSelectedContact);
    right->addLayout(contactButtons);
    right->addWidget(bold(tr("Restrictions")));
    right->addWidget(m_restrictions, 1);
    auto *restrictionButtons = new QHBoxLayout;
    auto *restrict = new QPushButton(tr("Add restriction…"));
    auto *lift = new QPushButton(tr("Lift…"));
    restrictionButtons->addWidget(restrict);
    restrictionButtons->addWidget(lift);
    right->addLayout(restrictionButtons);
    connect(add, &QPushButton::clicked, this, &RosterView::addContact);
    connect(approve, &QPushButton::clicked, this, &RosterView::approveSelectedContact);
    connect(restrict, &QPushButton::clicked, this, &RosterView::addRestriction);
    connect(lift, &QPushButton::clicked, this, &RosterView::liftSelectedRestriction);
    search(QString());

    auto *importRow = new QHBoxLayout;
    auto *addButton = new QPushButton(tr("Add WBP…"));
    connect(addButton, &QPushButton::clicked, this, &RosterView::addWbp);
    importRow->addWidget(addButton);
    auto *importButton = new QPushButton(tr("Import roster CSV…"));
    connect(importButton, &QPushButton::clicked, this, &RosterView::importRoster);
    importRow->addWidget(importButton);
    auto *importContactsButton = new QPushButton(tr("Import contacts CSV…"));
    connect(importContactsButton, &QPushButton::clicked, this, &RosterView::importContacts);
    importRow->addWidget(importContactsButton);
    importRow->addStretch(1);
    left->addLayout(importRow);

    auto *layout = new QHBoxLayout(this);
    layout->addLayout(left, 3);
    layout->addLayout(right, 2);
}

void RosterView::search(const QString &text)
{
    m_search->setText(text);
    const QString t = text.trimmed();
    QList<Wbp> rows;
    const int total = m_desk.roster().size().valueOr({}).wbp;
    if (t.isEmpty()) {
        // Nothing typed: today's cells, the ones the desk needs now, and saying so.
        const QStringList cells = m_desk.schedule().dayPlan(m_desk.today()).cells;
        for (const QString &cell : cells)
            rows += m_desk.roster().wbpInCell(cell).valueOr({});
        m_scope->setText(cells.isEmpty()
                ? tr("No cell visits today. The roster holds %n WBP: search, or show all.", nullptr, total)
                : tr("Today's cells (%1): %2 of the roster's %n WBP. Search for others, or show all.",
                    nullptr, total)
                      .arg(Format::joinAnd(cells))
                      .arg(rows.size()));
    } else {
        rows = m_desk.roster().wbpInCell(t).valueOr({});
        if (rows.isEmpty())
            rows = m_desk.roster().searchWbp(t, 200).valueOr({});
        m_scope->setText(tr("%n found for \"%1\".", nullptr, int(rows.size())).arg(t));
    }
    fill(rows);
}

void RosterView::showAll()
{
    m_search->clear();
    const QList<Wbp> rows = m_desk.roster().searchWbp(QString(), std::numeric_limits<int>::max()).valueOr({});
    m_scope->setText(tr("All %n WBP of the roster.", nullptr, int(rows.size())));
    fill(rows);
}

QString RosterView::scopeText() const
{
    return m_scope->text();
}

void RosterView::fill(const QList<Wbp> &rows)
{
    m_rows = rows;
    m_table->setRowCount(int(rows.size()));
    for (int r = 0; r < rows.size(); ++r) {
        const Wbp &w = rows[r];
        const QStringList cells = { w.name, w.registerNumber, w.cell, w.status };
        for (int c = 0; c < cells.size(); ++c)
            m_table->setItem(r, c, new QTableWidgetItem(cells[c]));
    }
    showDetails();
}

int RosterView::rowCount() const
{
    return m_table->rowCount();
}

void RosterView::selectRow(int row)
{
    m_table->selectRow(row);
}

qint64 RosterView::selectedWbp() const
{
    const auto rows = m_table->selectionModel()->selectedRows();
    return rows.isEmpty() ? 0 : m_rows.value(rows.first().row()).id;
}

QStringList RosterView::contactLines() const
{
    QStringList lines;
    for (int i = 0; i < m_contacts->count(); ++i)
        lines.append(m_contacts->item(i)->text());
    return lines;
}

bool RosterView::selectContact(int row)
{
    m_contacts->setCurrentRow(row);
    return m_contacts->currentItem() != nullptr;
}

bool RosterView::selectRestriction(int row)
{
    m_restrictions->setCurrentRow(row);
    return m_restrictions->currentItem() != nullptr;
}

QStringList RosterView::restrictionLines() const
{
    QStringList lines;
    for (int i = 0; i < m_restrictions->count(); ++i)
        lines.append(m_restrictions->item(i)->text());
    return lines;
}

void RosterView::showDetails()
{
    m_contacts->clear();
    m_restrictions->clear();
    const qint64 wbp = selectedWbp();
    if (!wbp)
        return;
    for (const Contact &c : m_desk.roster().contactsOf(wbp).valueOr({})) {
        auto *item = new QListWidgetItem(u"%1 · %2 · %3 · %4"_s.arg(c.name, Relation::label(c.relation),
            dialablePhone(c.phone), c.approved ? tr("approved") : tr("NOT APPROVED")));
        item->setData(Qt::UserRole, c.id);
        m_contacts->addItem(item);
    }
    const QDate today = m_desk.today();
    for (const Restriction &r : m_desk.roster().restrictionsOf(wbp).valueOr({})) {
        QString text = u"%1 · %2–%3"_s.arg(
            r.reason, Format::shortDate(r.from), r.to.isNull() ? tr("open-ended") : Format::shortDate(r.to));
        if (r.lifted)
            text += u" · "_s + tr("lifted");
        else if (r.activeOn(today))
            text += u" · "_s + tr("ACTIVE");
        auto *item = new QListWidgetItem(text);
        item->setData(Qt::UserRole, r.id);
        m_restrictions->addItem(item);
    }
}

bool RosterView::addContact()
{
    const qint64 wbp = selectedWbp();
    if (!wbp || m_actor.isEmpty())
        return false;
    FormField name { u"name"_s, tr("Name"), FormField::Kind::Text };
    name.required = true;
    FormField relation { u"relation"_s, tr("Relation"), FormField::Kind::Choice };
    relation.choiceKeys = Relation::keys();
    for (const QString &key : std::as_const(relation.choiceKeys))
        relation.choices.append(Relation::label(key));
    FormField phone { u"phone"_s, tr("Phone"), FormField::Kind::Text };
    phone.required = true;
    FormField approved { u"approved"_s, tr("Approved"), FormField::Kind::Choice };
    approved.choices = { tr("No"), tr("Yes") };
    approved.choiceKeys = { u"no"_s, u"yes"_s };
    const auto answer = Dialogs::form(this, tr("Add a family contact"), { name, relation, phone, approved });
    if (!answer)
        return false;
    auto r = m_desk.roster().addContact(wbp, answer->value(u"name"_s).toString(),
        answer->value(u"relation"_s).toString(), answer->value(u"phone"_s).toString(),
        answer->value(u"approved"_s).toString() == u"yes", m_actor);
    if (!r) {
        Dialogs::error(this, r.error());
        return false;
    }
    showDetails();
    return true;
}

bool RosterView::approveSelectedContact()
{
    auto *item = m_contacts->currentItem();
    if (!item || m_actor.isEmpty())
        return false;
    auto r = m_desk.roster().changeContact(item->data(Qt::UserRole).toLongLong(),
        QJsonObject { { u"approved"_s, true } }, tr("Approved at the desk"), m_actor);
    if (!r) {
        Dialogs::error(this, r.error());
        return false;
    }
    showDetails();
    return true;
}

bool RosterView::editSelectedContact()
{
    auto *item = m_contacts->currentItem();
    if (!item || m_actor.isEmpty())
        return false;
    const auto contact = m_desk.roster().contact(item->data(Qt::UserRole).toLongLong()).valueOr({});
    if (!contact)
        return false;
    FormField name { u"name"_s, tr("Name"), FormField::Kind::Text, contact->name };
    FormField relation { u"relation"_s, tr("Relation"), FormField::Kind::Choice };
    relation.choiceKeys = Relation::keys();
    for (const QString &key : std::as_const(relation.choiceKeys))
        relation.choices.append(Relation::label(key));
    relation.initial = int(relation.choiceKeys.indexOf(contact->relation));
    FormField phone { u"phone"_s, tr("Phone"), FormField::Kind::Text, dialablePhone(contact->phone) };
    FormField reason { u"reason"_s, tr("Reason for the change"), FormField::Kind::Text };
    reason.required = true;
    const auto answer = Dialogs::form(this, tr("Change a family contact"), { name, relation, phone, reason });
    if (!answer)
        return false;
    // Only what changed goes into the amendment.
    QJsonObject changes;
    if (answer->value(u"name"_s).toString().simplified() != contact->name)
        changes.insert(u"name"_s, answer->value(u"name"_s).toString());
    if (answer->value(u"relation"_s).toString() != contact->relation)
        changes.insert(u"rel"_s, answer->value(u"relation"_s).toString());
    if (answer->value(u"phone"_s).toString() != dialablePhone(contact->phone))
        changes.insert(u"phone"_s, answer->value(u"phone"_s).toString());
    if (changes.isEmpty())
        return false;
    auto r
        = m_desk.roster().changeContact(contact->id, changes, answer->value(u"reason"_s).toString(), m_actor);
    if (!r) {
        Dialogs::error(this, r.error());
        return false;
    }
    showDetails();
    return true;
}

bool RosterView::addRestriction()
{
    const qint64 wbp = selectedWbp();
    if (!wbp || m_actor.isEmpty())
        return false;
    FormField reason { u"reason"_s, tr("Reason"), FormField::Kind::Text };
    reason.required = true;
    FormField from { u"from"_s, tr("From (dd/mm/yyyy)"), FormField::Kind::Text,
        m_desk.today().toString(u"dd/MM/yyyy"_s) };
    FormField to { u"to"_s, tr("Until (dd/mm/yyyy, empty = open-ended)"), FormField::Kind::Text };
    const auto answer = Dialogs::form(this, tr("Add a restriction"), { reason, from, to });
    if (!answer)
        return false;
    const QDate fromDate = QDate::fromString(answer->value(u"from"_s).toString(), u"dd/MM/yyyy"_s);
    const QString toText = answer->value(u"to"_s).toString();
    const QDate toDate = toText.isEmpty() ? QDate() : QDate::fromString(toText, u"dd/MM/yyyy"_s);
    if (!fromDate.isValid() || (!toText.isEmpty() && !toDate.isValid())) {
        Dialogs::error(this, { ErrorKind::InvalidInput, u"bad-date"_s, tr("Write dates as dd/mm/yyyy.") });
        return false;
    }
    auto r = m_desk.roster().addRestriction(
        wbp, answer->value(u"reason"_s).toString(), fromDate, toDate, m_actor);
    if (!r) {
        Dialogs::error(this, r.error());
        return false;
    }
    showDetails();
    return true;
}

bool RosterView::importRoster()
{
    if (!m_import.importRoster(m_actor))
        return false;
    search(m_search->text());
    return true;
}

bool RosterView::importContacts()
{
    if (!m_import.importContacts(m_actor))
        return false;
    showDetails();
    return true;
}

bool RosterView::addWbp()
{
    if (m_actor.isEmpty())
        return false;
    FormField name { u"name"_s, tr("Full name"), FormField::Kind::Text };
    name.required = true;
    FormField number { u"number"_s, tr("Register number (e.g. B I 101/2025)"), FormField::Kind::Text };
    number.required = true;
    FormField cell { u"cell"_s, tr("Cell"), FormField::Kind::Text };
    cell.required = true;
    FormField block { u"block"_s, tr("Block (optional)"), FormField::Kind::Text };
    const auto answer = Dialogs::form(this, tr("Add a WBP"), { name, number, cell, block });
    if (!answer)
        return false;
    RosterRow row;
    row.name = answer->value(u"name"_s).toString();
    row.registerNumber = answer->value(u"number"_s).toString();
    row.cell = answer->value(u"cell"_s).toString();
    row.block = answer->value(u"block"_s).toString();
    auto added = m_desk.roster().addWbp(row, m_actor);
    if (!added) {
        Dialogs::error(this, added.error());
        return false;
    }
    // Shown and chosen, so the next step (a family contact) is one click away.
    search(row.registerNumber.trimmed());
    selectRow(0);
    return true;
}

bool RosterView::liftSelectedRestriction()
{
    auto *item = m_restrictions->currentItem();
    if (!item || m_actor.isEmpty())
        return false;
    FormField reason { u"reason"_s, tr("Reason"), FormField::Kind::Text };
    reason.required = true;
    const auto answer = Dialogs::form(this, tr("Lift the restriction"), { reason });
    if (!answer)
        return false;
    auto r = m_desk.roster().liftRestriction(
        item->data(Qt::UserRole).toLongLong(), answer->value(u"reason"_s).toString(), m_actor);
    if (!r) {
        Dialogs::error(this, r.error());
        return false;
    }
    showDetails();
    return true;
}

} // namespace kj
