#include "VisitingBookView.h"

#include "Clock.h"
#include "Colours.h"
#include "Desk.h"
#include "Dialogs.h"
#include "Format.h"
#include "Labels.h"
#include "LineHistory.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace kj {

VisitingBookView::VisitingBookView(Desk &desk, QWidget *parent)
    : QWidget(parent)
    , m_desk(desk)
    , m_model(new VisitingBookModel(desk, this))
    , m_name(new QLineEdit)
    , m_registerNumber(new QLineEdit)
    , m_cell(new QLineEdit)
    , m_useDates(new QCheckBox(tr("Dates")))
    , m_from(new QDateEdit)
    , m_to(new QDateEdit)
    , m_outcome(new QComboBox)
    , m_officer(new QComboBox)
    , m_table(new QTableView)
    , m_history(new QListWidget)
    , m_amend(new QPushButton(tr("Correct…")))
    , m_integrity(new QLabel)
{
    m_name->setPlaceholderText(tr("Name"));
    m_registerNumber->setPlaceholderText(tr("Register no."));
    m_cell->setPlaceholderText(tr("Cell"));
    m_cell->setMaximumWidth(70);
    for (QDateEdit *d : { m_from, m_to }) {
        d->setCalendarPopup(true);
        d->setDisplayFormat(u"dd/MM/yyyy"_s);
        d->setDate(desk.today());
        d->setEnabled(false);
    }
    connect(m_useDates, &QCheckBox::toggled, m_from, &QWidget::setEnabled);
    connect(m_useDates, &QCheckBox::toggled, m_to, &QWidget::setEnabled);
    m_outcome->addItem(tr("Any outcome"), QString());
    for (const QString &key : Outcome::all())
        m_outcome->addItem(Labels::outcome(key, 0), key);
    m_officer->setObjectName(u"officerFilter"_s);
    m_officer->addItem(tr("Any officer"), 0);
    auto *searchButton = new QPushButton(tr("Search"));
    searchButton->setDefault(true);
    connect(searchButton, &QPushButton::clicked, this, &VisitingBookView::search);
    for (QLineEdit *e : { m_name, m_registerNumber, m_cell })
        connect(e, &QLineEdit::returnPressed, this, &VisitingBookView::search);

    auto *filters = new QHBoxLayout;
    filters->addWidget(m_name, 2);
    filters->addWidget(m_registerNumber, 1);
    filters->addWidget(m_cell);
    filters->addWidget(m_useDates);
    filters->addWidget(m_from);
    filters->addWidget(new QLabel(u"–"_s));
    filters->addWidget(m_to);
    filters->addWidget(m_outcome);
    filters->addWidget(m_officer);
    filters->addWidget(searchButton);

    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(VisitingBookModel::NameColumn, QHeaderView::Stretch);
    m_table->horizontalHeader()->setMinimumSectionSize(48);
    m_table->setAlternatingRowColors(true);
    // One line per row, every column in sight at 1366 px: each as wide as its header and what it
    // usually holds (a longer text, such as a correction "Selesai → Dihentikan petugas", is cut
    // until the officer widens its column), and the name takes the rest.
    m_table->setWordWrap(false);
    m_table->setTextElideMode(Qt::ElideRight);
    const QFontMetrics cellMetrics = m_table->fontMetrics();
    const QFontMetrics headerMetrics = m_table->horizontalHeader()->fontMetrics();
    const QList<std::pair<int, QString>> samples = {
        { VisitingBookModel::DateColumn, Format::shortDate(QDate(2026, 11, 30)) },
        { VisitingBookModel::TicketColumn, u"A-000"_s },
        { VisitingBookModel::RegisterNumberColumn, u"B IIa 555/2026"_s },
        { VisitingBookModel::CellColumn, u"12A"_s },
        { VisitingBookModel::StationColumn, u"10"_s },
        { VisitingBookModel::StartedColumn, Format::time(QTime(10, 0)) },
        { VisitingBookModel::DurationColumn, Format::duration(9 * 60 + 59) },
        { VisitingBookModel::OutcomeColumn, Labels::outcome(QString(Outcome::EndedEarly), 0) },
        { VisitingBookModel::OfficerColumn, u"Petugas Layanan"_s },
        { VisitingBookModel::CorrectedColumn, QString() },
    };
    for (const auto &[column, sample] : samples) {
        const QString header = m_model->headerData(column, Qt::Horizontal).toString();
        m_table->setColumnWidth(column,
            qMax(headerMetrics.horizontalAdvance(header) + 24, cellMetrics.horizontalAdvance(sample) + 16));
    }
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
        &VisitingBookView::showHistory);
    connect(m_model, &QAbstractItemModel::modelReset, this, &VisitingBookView::showHistory);

    auto *detail = new QWidget;
    auto *detailLayout = new QVBoxLayout(detail);
    detailLayout->setContentsMargins(0, 0, 0, 0);
    auto *historyTitle = new QLabel(tr("History of the selected line"));
    QFont bold = historyTitle->font();
    bold.setBold(true);
    historyTitle->setFont(bold);
    detailLayout->addWidget(historyTitle);
    m_history->setWordWrap(true);
    detailLayout->addWidget(m_history, 1);
    detailLayout->addWidget(m_amend);
    auto *verifyButton = new QPushButton(tr("Check integrity"));
    connect(verifyButton, &QPushButton::clicked, this, &VisitingBookView::verifyIntegrity);
    connect(m_amend, &QPushButton::clicked, this, &VisitingBookView::amendSelected);
    m_integrity->setWordWrap(true);
    QFont boldFont = m_integrity->font();
    boldFont.setBold(true);
    m_integrity->setFont(boldFont);
    m_integrity->setText(tr("Integrity not checked yet."));
    detailLayout->addWidget(verifyButton);
    detailLayout->addWidget(m_integrity);

    auto *split = new QSplitter;
    split->addWidget(m_table);
    split->addWidget(detail);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 1);
    split->setSizes({ 1000, 330 });
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addWidget(split, 1);

    connect(&m_desk, &Desk::changed, this, [this] {
        // Only while shown: a busy desk must not re-query the book on every commit.
        if (isVisible())
            m_model->reload();
    });
    showHistory();
}

void VisitingBookView::search()
{
    VisitingBook::Filter f;
    f.name = m_name->text();
    f.registerNumber = m_registerNumber->text();
    f.cell = m_cell->text();
    if (m_useDates->isChecked()) {
        f.from = m_from->date();
        f.to = m_to->date();
    }
    f.outcome = m_outcome->currentData().toString();
    f.officerId = m_officer->currentData().toLongLong();
    m_model->setFilter(f);
}

void VisitingBookView::setFilter(const VisitingBook::Filter &filter)
{
    m_name->setText(filter.name);
    m_registerNumber->setText(filter.registerNumber);
    m_cell->setText(filter.cell);
    m_useDates->setChecked(filter.from.isValid() || filter.to.isValid());
    if (filter.from.isValid())
        m_from->setDate(filter.from);
    if (filter.to.isValid())
        m_to->setDate(filter.to);
    m_outcome->setCurrentIndex(qMax(0, m_outcome->findData(filter.outcome)));
    // Officers change rarely; re-read them when searching.
    m_officer->clear();
    m_officer->addItem(tr("Any officer"), 0);
    for (const Officer &o : m_desk.officers().list(true).valueOr({}))
        m_officer->addItem(o.name, o.id);
    m_officer->setCurrentIndex(qMax(0, m_officer->findData(filter.officerId)));
    m_model->setFilter(filter);
}

void VisitingBookView::selectRow(int row)
{
    m_table->selectRow(row);
}

QStringList VisitingBookView::history() const
{
    QStringList lines;
    for (int i = 0; i < m_history->count(); ++i)
        lines.append(m_history->item(i)->text());
    return lines;
}

void VisitingBookView::showHistory()
{
    m_history->clear();
    const auto rows = m_table->selectionModel()->selectedRows();
    m_amend->setEnabled(!rows.isEmpty());
    if (rows.isEmpty())
        return;
    auto history = LineHistory::of(m_desk, m_model->line(rows.first().row()).sessionId);
    m_history->addItems(history ? *history : QStringList { history.error().message });
}

bool VisitingBookView::amendSelected()
{
    const auto rows = m_table->selectionModel()->selectedRows();
    if (rows.isEmpty() || m_actor.isEmpty())
        return false;
    const BookLine line = m_model->line(rows.first().row());
    const QString title = tr("Correct line %1 of %2").arg(Queue::ticketLabel(line.ticket), line.name);
    // First what is wrong, then its right value in the form that fits it: an outcome from the
    // list, minutes or a station as a number, a note as text.
    FormField field { u"field"_s, tr("What is wrong"), FormField::Kind::Choice };
    field.choices = { tr("Outcome"), tr("Duration (minutes)"), tr("Station"), tr("Note") };
    field.choiceKeys = { u"outcome"_s, u"duration"_s, u"station"_s, u"note"_s };
    const auto chosen = Dialogs::form(this, title, { field });
    if (!chosen)
        return false;
    const QString key = chosen->value(u"field"_s).toString();
    FormField value { u"value"_s, Labels::field(key), FormField::Kind::Text };
    value.required = true;
    if (key == u"outcome") {
        value.kind = FormField::Kind::Choice;
        value.choiceKeys = Outcome::all();
        for (const QString &outcome : std::as_const(value.choiceKeys))
            value.choices.append(Labels::outcome(outcome, 0));
        // The line holds its corrections: the form starts from the latest value.
        value.initial = std::max(0, int(value.choiceKeys.indexOf(line.outcome)));
    } else if (key == u"duration") {
        value.kind = FormField::Kind::Number;
        value.label = tr("Duration (minutes)");
        value.min = 0;
        value.max = 120;
        value.initial = int(std::max<qint64>(0, line.durationMs) / 60'000);
    } else if (key == u"station") {
        value.kind = FormField::Kind::Number;
        value.min = 1;
        value.max = int(m_desk.settings().stations.size());
        value.initial = line.station;
    }
    FormField reason { u"reason"_s, tr("Reason"), FormField::Kind::Text };
    reason.required = true;
    const auto answer = Dialogs::form(this, title, { value, reason });
    if (!answer)
        return false;
    auto r = m_desk.calls().amend(line.sessionId, key, answer->value(u"value"_s).toString(),
        answer->value(u"reason"_s).toString(), m_actor);
    if (!r) {
        Dialogs::error(this, r.error());
        return false;
    }
    const int row = rows.first().row();
    m_model->reload();
    selectRow(row);
    return true;
}

bool VisitingBookView::verifyIntegrity()
{
    const auto report = m_desk.logbook().verify();
    if (!report) {
        m_integrity->setText(report.error().message);
        Colours::apply(m_integrity, QColor(0xb91c1c));
        return false;
    }
    if (report->ok()) {
        m_integrity->setText(tr("Chain OK: %n events verified.", nullptr, int(report->events)));
        Colours::apply(m_integrity, QColor(0x15803d));
        return true;
    }
    m_integrity->setText(
        tr("NOT INTACT: first bad event #%1 (%2).").arg(report->firstBadSeq()).arg(report->problem()));
    Colours::apply(m_integrity, QColor(0xb91c1c));
    return false;
}

QString VisitingBookView::integrityText() const
{
    return m_integrity->text();
}

} // namespace kj
