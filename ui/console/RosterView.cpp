#include "RosterView.h"

#include "ContactsCsv.h"
#include "CsvReader.h"
#include "RosterCsv.h"
#include "Dialogs.h"
#include "Format.h"
#include "StationCard.h"

#include <QFile>
#include <QFileInfo>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace kj {

RosterView::RosterView(Desk &desk, QWidget *parent)
    : QWidget(parent)
    , m_desk(desk)
    , m_search(new QLineEdit)
    , m_table(new QTableWidget(0, 4))
    , m_contacts(new QListWidget)
    , m_restrictions(new QListWidget)
{
    m_search->setPlaceholderText(tr("Name, register number or cell"));
    m_search->setClearButtonEnabled(true);
    connect(m_search, &QLineEdit::returnPressed, this, [this] { search(m_search->text()); });
    m_table->setHorizontalHeaderLabels({tr("Name"), tr("Register no."), tr("Cell"), tr("Status")});
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
    left->addLayout(searchRow);
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
    if (t.isEmpty()) {
        // Nothing typed: today's cells, the ones the desk needs now.
        for (const QString &cell : m_desk.schedule().dayPlan(m_desk.today()).cells)
            rows += m_desk.wbpInCell(cell);
    } else {
        rows = m_desk.wbpInCell(t);
        if (rows.isEmpty())
            rows = m_desk.searchWbp(t, 200);
    }
    m_rows = rows;
    m_table->setRowCount(int(rows.size()));
    for (int r = 0; r < rows.size(); ++r) {
        const Wbp &w = rows[r];
        const QStringList cells = {w.name, w.registerNumber, w.cell, w.status};
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
    for (const Contact &c : m_desk.contactsOf(wbp)) {
        auto *item = new QListWidgetItem(u"%1 · %2 · %3 · %4"_s.arg(
            c.name, Relation::label(c.relation), dialablePhone(c.phone),
            c.approved ? tr("approved") : tr("NOT APPROVED")));
        item->setData(Qt::UserRole, c.id);
        m_contacts->addItem(item);
    }
    const QDate today = m_desk.today();
    for (const Restriction &r : m_desk.restrictionsOf(wbp)) {
        QString text = u"%1 · %2–%3"_s.arg(r.reason, Format::shortDate(r.from),
                                          r.to.isNull() ? tr("open-ended") : Format::shortDate(r.to));
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
    FormField name{u"name"_s, tr("Name"), FormField::Kind::Text};
    name.required = true;
    FormField relation{u"relation"_s, tr("Relation"), FormField::Kind::Choice};
    relation.choiceKeys = Relation::keys();
    for (const QString &key : std::as_const(relation.choiceKeys))
        relation.choices.append(Relation::label(key));
    FormField phone{u"phone"_s, tr("Phone"), FormField::Kind::Text};
    phone.required = true;
    FormField approved{u"approved"_s, tr("Approved"), FormField::Kind::Choice};
    approved.choices = {tr("No"), tr("Yes")};
    approved.choiceKeys = {u"no"_s, u"yes"_s};
    const auto answer = Dialogs::form(this, tr("Add a family contact"), {name, relation, phone, approved});
    if (!answer)
        return false;
    auto r = m_desk.addContact(wbp, answer->value(u"name"_s).toString(), answer->value(u"relation"_s).toString(),
                               answer->value(u"phone"_s).toString(), answer->value(u"approved"_s).toString() == u"yes",
                               m_actor);
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
    auto r = m_desk.changeContact(item->data(Qt::UserRole).toLongLong(), QJsonObject{{u"approved"_s, true}},
                                  tr("Approved at the desk"), m_actor);
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
    const auto contact = m_desk.contact(item->data(Qt::UserRole).toLongLong());
    if (!contact)
        return false;
    FormField name{u"name"_s, tr("Name"), FormField::Kind::Text, contact->name};
    FormField relation{u"relation"_s, tr("Relation"), FormField::Kind::Choice};
    relation.choiceKeys = Relation::keys();
    for (const QString &key : std::as_const(relation.choiceKeys))
        relation.choices.append(Relation::label(key));
    relation.initial = int(relation.choiceKeys.indexOf(contact->relation));
    FormField phone{u"phone"_s, tr("Phone"), FormField::Kind::Text, dialablePhone(contact->phone)};
    FormField reason{u"reason"_s, tr("Reason for the change"), FormField::Kind::Text};
    reason.required = true;
    const auto answer = Dialogs::form(this, tr("Change a family contact"), {name, relation, phone, reason});
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
    auto r = m_desk.changeContact(contact->id, changes, answer->value(u"reason"_s).toString(), m_actor);
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
    FormField reason{u"reason"_s, tr("Reason"), FormField::Kind::Text};
    reason.required = true;
    FormField from{u"from"_s, tr("From (dd/mm/yyyy)"), FormField::Kind::Text, m_desk.today().toString(u"dd/MM/yyyy"_s)};
    FormField to{u"to"_s, tr("Until (dd/mm/yyyy, empty = open-ended)"), FormField::Kind::Text};
    const auto answer = Dialogs::form(this, tr("Add a restriction"), {reason, from, to});
    if (!answer)
        return false;
    const QDate fromDate = QDate::fromString(answer->value(u"from"_s).toString(), u"dd/MM/yyyy"_s);
    const QString toText = answer->value(u"to"_s).toString();
    const QDate toDate = toText.isEmpty() ? QDate() : QDate::fromString(toText, u"dd/MM/yyyy"_s);
    if (!fromDate.isValid() || (!toText.isEmpty() && !toDate.isValid())) {
        Dialogs::error(this, {ErrorKind::InvalidInput, u"bad-date"_s, tr("Write dates as dd/mm/yyyy.")});
        return false;
    }
    auto r = m_desk.addRestriction(wbp, answer->value(u"reason"_s).toString(), fromDate, toDate, m_actor);
    if (!r) {
        Dialogs::error(this, r.error());
        return false;
    }
    showDetails();
    return true;
}

std::optional<std::pair<QString, QByteArray>> RosterView::openCsv(const QString &title)
{
    const auto path = Dialogs::openFile(this, title, tr("CSV files (*.csv *.txt)"));
    if (!path)
        return std::nullopt;
    QFile file(*path);
    if (!file.open(QIODevice::ReadOnly)) {
        Dialogs::error(this, {ErrorKind::InvalidInput, u"file-unreadable"_s, tr("Cannot read %1.").arg(*path)});
        return std::nullopt;
    }
    return std::pair{QFileInfo(*path).fileName(), file.readAll()};
}

void RosterView::refuseFile(const Error &error)
{
    Dialogs::error(this, {error.kind, error.reason, tr("Nothing was imported. Fix these lines:") + u'\n' + error.message,
                          error.detail});
}

void RosterView::refuseFile(const QList<CsvProblem> &problems)
{
    Error error = CsvReader::toError(problems);
    error.reason = u"csv-problems"_s;
    refuseFile(error);
}

bool RosterView::importRoster()
{
    if (m_actor.isEmpty())
        return false;
    const auto file = openCsv(tr("Import the roster"));
    if (!file)
        return false;
    const auto &[name, bytes] = *file;
    const auto parsed = RosterCsv::parse(bytes);
    if (!parsed) {
        refuseFile(parsed.problems());
        return false;
    }
    const auto preview = m_desk.importRoster(parsed.value(), name, m_actor, true);
    if (!preview) {
        Dialogs::error(this, preview.error());
        return false;
    }
    const QString summary = tr("%1: %2 rows. New: %3, changed: %4, unchanged: %5, no longer in the file (marked released): %6. Import?")
                                .arg(name)
                                .arg(parsed.value().size())
                                .arg(preview->added)
                                .arg(preview->updated)
                                .arg(preview->unchanged)
                                .arg(preview->deactivated);
    if (!Dialogs::confirm(this, tr("Import the roster"), summary))
        return false;
    const auto done = m_desk.importRoster(parsed.value(), name, m_actor, false);
    if (!done) {
        Dialogs::error(this, done.error());
        return false;
    }
    search(m_search->text());
    return true;
}

bool RosterView::importContacts()
{
    if (m_actor.isEmpty())
        return false;
    const auto file = openCsv(tr("Import family contacts"));
    if (!file)
        return false;
    const auto &[name, bytes] = *file;
    const auto parsed = ContactsCsv::parse(bytes);
    if (!parsed) {
        refuseFile(parsed.problems());
        return false;
    }
    // The dry run also names every register number that is not in the roster.
    const auto preview = m_desk.importContacts(parsed.value(), m_actor, true);
    if (!preview) {
        refuseFile(preview.error());
        return false;
    }
    const int rows = int(parsed.value().size());
    const QString summary = tr("%1: %2 contacts. New (recorded as approved): %3, already known: %4. Import?")
                                .arg(name)
                                .arg(rows)
                                .arg(*preview)
                                .arg(rows - *preview);
    if (!Dialogs::confirm(this, tr("Import family contacts"), summary))
        return false;
    const auto done = m_desk.importContacts(parsed.value(), m_actor, false);
    if (!done) {
        Dialogs::error(this, done.error());
        return false;
    }
    showDetails();
    return true;
}

bool RosterView::liftSelectedRestriction()
{
    auto *item = m_restrictions->currentItem();
    if (!item || m_actor.isEmpty())
        return false;
    FormField reason{u"reason"_s, tr("Reason"), FormField::Kind::Text};
    reason.required = true;
    const auto answer = Dialogs::form(this, tr("Lift the restriction"), {reason});
    if (!answer)
        return false;
    auto r = m_desk.liftRestriction(item->data(Qt::UserRole).toLongLong(), answer->value(u"reason"_s).toString(), m_actor);
    if (!r) {
        Dialogs::error(this, r.error());
        return false;
    }
    showDetails();
    return true;
}

} // namespace kj
