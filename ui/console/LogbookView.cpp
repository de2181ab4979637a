#include "LogbookView.h"

#include "Clock.h"
#include "Colours.h"
#include "Desk.h"
#include "Dialogs.h"
#include "Event.h"
#include "Format.h"
#include "Reports.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSplitter>
#include <QSqlQuery>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace kj {

namespace {

qint64 eventAt(const QSqlDatabase &db, qint64 seq)
{
    QSqlQuery q(db);
    q.prepare(u"SELECT at FROM events WHERE seq = ?"_s);
    q.addBindValue(seq);
    return q.exec() && q.next() ? q.value(0).toLongLong() : 0;
}

// The first seq whose time is at or after atMs, by bisection on the primary key: the events are
// appended in time order, so no index on the time is needed. A clock set back can misplace the
// search by the size of the jump, which the margins the caller adds absorb.
qint64 firstSeqAtOrAfter(const QSqlDatabase &db, qint64 lastSeq, qint64 atMs)
{
    qint64 lo = 1;
    qint64 hi = lastSeq + 1;
    while (lo < hi) {
        const qint64 mid = lo + (hi - lo) / 2;
        if (eventAt(db, mid) < atMs)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo;
}

} // namespace

LogbookView::LogbookView(Desk &desk, QWidget *parent)
    : QWidget(parent)
    , m_desk(desk)
    , m_model(new LogbookModel(desk, this))
    , m_name(new QLineEdit)
    , m_register(new QLineEdit)
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
    m_register->setPlaceholderText(tr("Register no."));
    m_cell->setPlaceholderText(tr("Cell"));
    m_cell->setMaximumWidth(70);
    for (QDateEdit *d : {m_from, m_to}) {
        d->setCalendarPopup(true);
        d->setDisplayFormat(u"dd/MM/yyyy"_s);
        d->setDate(desk.today());
        d->setEnabled(false);
    }
    connect(m_useDates, &QCheckBox::toggled, m_from, &QWidget::setEnabled);
    connect(m_useDates, &QCheckBox::toggled, m_to, &QWidget::setEnabled);
    m_outcome->addItem(tr("Any outcome"), QString());
    for (const QString &key : {QString(Outcome::Completed), QString(Outcome::EndedEarly), QString(Outcome::Stopped),
                               QString(Outcome::Interrupted), u"no-show"_s, u"no-answer"_s, u"cancelled"_s})
        m_outcome->addItem(LogbookModel::outcomeLabel(key, 0), key);
    m_officer->setObjectName(u"officerFilter"_s);
    m_officer->addItem(tr("Any officer"), 0);
    auto *searchButton = new QPushButton(tr("Search"));
    searchButton->setDefault(true);
    connect(searchButton, &QPushButton::clicked, this, &LogbookView::search);
    for (QLineEdit *e : {m_name, m_register, m_cell})
        connect(e, &QLineEdit::returnPressed, this, &LogbookView::search);

    auto *filters = new QHBoxLayout;
    filters->addWidget(m_name, 2);
    filters->addWidget(m_register, 1);
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
    m_table->horizontalHeader()->setSectionResizeMode(LogbookModel::NameColumn, QHeaderView::Stretch);
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
        {LogbookModel::DateColumn, Format::shortDate(QDate(2026, 11, 30))},
        {LogbookModel::TicketColumn, u"A-000"_s},
        {LogbookModel::RegisterColumn, u"B IIa 555/2026"_s},
        {LogbookModel::CellColumn, u"12A"_s},
        {LogbookModel::StationColumn, u"10"_s},
        {LogbookModel::StartedColumn, Format::time(QTime(10, 0))},
        {LogbookModel::DurationColumn, Format::duration(9 * 60 + 59)},
        {LogbookModel::OutcomeColumn, LogbookModel::outcomeLabel(QString(Outcome::EndedEarly), 0)},
        {LogbookModel::OfficerColumn, u"Petugas Layanan"_s},
        {LogbookModel::CorrectedColumn, QString()},
    };
    for (const auto &[column, sample] : samples) {
        const QString header = m_model->headerData(column, Qt::Horizontal).toString();
        m_table->setColumnWidth(column, qMax(headerMetrics.horizontalAdvance(header) + 24,
                                             cellMetrics.horizontalAdvance(sample) + 16));
    }
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &LogbookView::showHistory);
    connect(m_model, &QAbstractItemModel::modelReset, this, &LogbookView::showHistory);

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
    connect(verifyButton, &QPushButton::clicked, this, &LogbookView::verifyIntegrity);
    connect(m_amend, &QPushButton::clicked, this, &LogbookView::amendSelected);
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
    split->setSizes({1000, 330});
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

void LogbookView::search()
{
    LogbookFilter f;
    f.name = m_name->text();
    f.registerNumber = m_register->text();
    f.cell = m_cell->text();
    if (m_useDates->isChecked()) {
        f.from = m_from->date();
        f.to = m_to->date();
    }
    f.outcome = m_outcome->currentData().toString();
    f.officerId = m_officer->currentData().toLongLong();
    m_model->setFilter(f);
}

void LogbookView::setFilter(const LogbookFilter &filter)
{
    m_name->setText(filter.name);
    m_register->setText(filter.registerNumber);
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
    for (const Officer &o : m_desk.officers(true))
        m_officer->addItem(o.name, o.id);
    m_officer->setCurrentIndex(qMax(0, m_officer->findData(filter.officerId)));
    m_model->setFilter(filter);
}

void LogbookView::selectRow(int row)
{
    m_table->selectRow(row);
}

QStringList LogbookView::history() const
{
    QStringList lines;
    for (int i = 0; i < m_history->count(); ++i)
        lines.append(m_history->item(i)->text());
    return lines;
}

QStringList LogbookView::sessionHistory(const Desk &desk, qint64 sessionId)
{
    const QSqlDatabase db = desk.logbook().database();
    QSqlQuery s(db);
    s.prepare(u"SELECT day, ticket, signed_in, coalesce(ended, 0) FROM sessions WHERE id = ?"_s);
    s.addBindValue(sessionId);
    if (!s.exec() || !s.next())
        return {};
    const int day = s.value(0).toInt();
    const int ticket = s.value(1).toInt();
    const qint64 from = s.value(2).toLongLong();
    const qint64 ended = s.value(3).toLongLong();
    const qint64 lastSeq = desk.logbook().lastSeq();
    // A session's own events lie between its sign-in and its end (with a margin for small clock
    // steps); later amendments are found through session_notes.
    constexpr qint64 marginMs = 10 * 60'000;
    const qint64 loSeq = firstSeqAtOrAfter(db, lastSeq, from - marginMs);
    const qint64 hiSeq = ended ? firstSeqAtOrAfter(db, lastSeq, ended + marginMs) : lastSeq + 1;
    auto near = desk.logbook().events(loSeq, hiSeq - 1);
    if (!near)
        return {};
    QList<Event> events;
    for (const Event &e : std::as_const(*near)) {
        if (e.ticket == ticket && e.day() == day)
            events.append(e);
    }
    QSqlQuery notes(db);
    notes.prepare(u"SELECT seq FROM session_notes WHERE session_id = ? AND seq >= ? ORDER BY seq"_s);
    notes.addBindValue(sessionId);
    notes.addBindValue(hiSeq);
    if (notes.exec()) {
        while (notes.next()) {
            const qint64 seq = notes.value(0).toLongLong();
            if (auto later = desk.logbook().events(seq, seq); later && !later->isEmpty())
                events.append(later->first());
        }
    }
    QHash<qint64, QString> officers;
    for (const Officer &o : desk.officers(true))
        officers.insert(o.id, o.name);
    QStringList lines;
    const Schedule &schedule = desk.schedule();
    for (const Event &e : std::as_const(events)) {
        const QDateTime local = schedule.toLocal(e.atUtc());
        QStringList parts{u"#"_s + QString::number(e.seq),
                          Format::shortDate(local.date()) + u' ' + Format::timeWithSeconds(local.time()),
                          eventLabel(e.type)};
        if (e.station)
            parts.append(tr("station %1").arg(e.station));
        const QString details = eventDetails(e);
        if (!details.isEmpty())
            parts.append(details);
        const std::optional<qint64> actor = Actor::code(e.actor);
        parts.append(actor && *actor > 0 ? officers.value(*actor, e.actor) : actorLabel(e.actor));
        lines.append(parts.join(u" · "_s));
    }
    return lines;
}

QString LogbookView::eventLabel(const QString &type)
{
    static const QHash<QString, const char *> labels = {
        {QString(EventType::SignedIn), QT_TR_NOOP("signed in")},
        {QString(EventType::Called), QT_TR_NOOP("called")},
        {QString(EventType::Recalled), QT_TR_NOOP("called again")},
        {QString(EventType::NoShow), QT_TR_NOOP("did not come")},
        {QString(EventType::NoAnswer), QT_TR_NOOP("family did not answer")},
        {QString(EventType::Cancelled), QT_TR_NOOP("cancelled")},
        {QString(EventType::CallStarted), QT_TR_NOOP("call started")},
        {QString(EventType::CallWarning), QT_TR_NOOP("last minute")},
        {QString(EventType::CallTimeUp), QT_TR_NOOP("time up")},
        {QString(EventType::CallExtended), QT_TR_NOOP("time added")},
        {QString(EventType::CallDropped), QT_TR_NOOP("connection dropped")},
        {QString(EventType::CallResumed), QT_TR_NOOP("call resumed")},
        {QString(EventType::CallEnded), QT_TR_NOOP("call ended")},
        {QString(EventType::CallRecovered), QT_TR_NOOP("found open after a restart")},
        {QString(EventType::Amended), QT_TR_NOOP("corrected")},
    };
    const char *label = labels.value(type);
    return label ? tr(label) : type;
}

QString LogbookView::actorLabel(const QString &actor)
{
    if (actor == Actor::Kiosk)
        return tr("kiosk");
    if (actor == Actor::System)
        return tr("system");
    if (actor == Actor::Cli)
        return tr("admin command line");
    return actor;
}

QString LogbookView::eventDetails(const Event &e)
{
    QJsonObject p = e.payload();
    QStringList parts;
    if (e.type == EventType::CallEnded) {
        parts.append(Reports::outcomeLabel(p.take(u"outcome"_s).toString(QString(Outcome::Completed)), 0));
        parts.append(Format::duration(p.take(u"dur"_s).toInteger() / 1000));
        p.remove(u"allowed"_s);
    } else if (e.type == EventType::CallExtended) {
        parts.append(tr("+%1 min").arg(p.take(u"min"_s).toInteger()));
    } else if (e.type == EventType::NoAnswer) {
        if (p.take(u"rq"_s).toBool())
            parts.append(tr("back in the queue"));
    } else if (e.type == EventType::Amended) {
        const QString field = p.take(u"field"_s).toString();
        parts.append(LogbookModel::fieldLabel(field) + u": "_s
                     + LogbookModel::correctedText(field, p.take(u"value"_s).toString()));
    } else if (e.type == EventType::CallDropped) {
        parts.append(tr("%1 left").arg(Format::duration(p.take(u"left"_s).toInteger() / 1000)));
    } else if (e.type == EventType::CallRecovered && p.value(u"action"_s).toString() == u"resumed") {
        p.remove(u"action"_s);
        parts.append(tr("resumed with %1 left").arg(Format::duration(p.take(u"left"_s).toInteger() / 1000)));
    }
    const QString reason = p.take(u"reason"_s).toString();
    if (!reason.isEmpty())
        parts.append(reason);
    // The sign-in's WBP and contact are the line's own; anything else is shown as recorded.
    for (const QString &key : {u"day"_s, u"w"_s, u"c"_s, u"k"_s})
        p.remove(key);
    if (!p.isEmpty())
        parts.append(QString::fromUtf8(QJsonDocument(p).toJson(QJsonDocument::Compact)));
    return parts.join(u", "_s);
}

void LogbookView::showHistory()
{
    m_history->clear();
    const auto rows = m_table->selectionModel()->selectedRows();
    m_amend->setEnabled(!rows.isEmpty());
    if (rows.isEmpty())
        return;
    m_history->addItems(sessionHistory(m_desk, m_model->line(rows.first().row()).id));
}

bool LogbookView::amendSelected()
{
    const auto rows = m_table->selectionModel()->selectedRows();
    if (rows.isEmpty() || m_actor.isEmpty())
        return false;
    const LogbookLine line = m_model->line(rows.first().row());
    const QString title = tr("Correct line %1 of %2").arg(Queue::ticketLabel(line.ticket), line.name);
    // First what is wrong, then its right value in the form that fits it: an outcome from the
    // list, minutes or a station as a number, a note as text.
    FormField field{u"field"_s, tr("What is wrong"), FormField::Kind::Choice};
    field.choices = {tr("Outcome"), tr("Duration (minutes)"), tr("Station"), tr("Note")};
    field.choiceKeys = {u"outcome"_s, u"duration"_s, u"station"_s, u"note"_s};
    const auto chosen = Dialogs::form(this, title, {field});
    if (!chosen)
        return false;
    const QString key = chosen->value(u"field"_s).toString();
    FormField value{u"value"_s, LogbookModel::fieldLabel(key), FormField::Kind::Text};
    value.required = true;
    if (key == u"outcome") {
        value.kind = FormField::Kind::Choice;
        value.choiceKeys = Outcome::all();
        for (const QString &outcome : std::as_const(value.choiceKeys))
            value.choices.append(LogbookModel::outcomeLabel(outcome, 0));
        value.initial = std::max(0, int(value.choiceKeys.indexOf(line.corrected(key).value_or(line.outcome))));
    } else if (key == u"duration") {
        value.kind = FormField::Kind::Number;
        value.label = tr("Duration (minutes)");
        value.min = 0;
        value.max = 120;
        const auto corrected = Desk::correctedMinutes(line.corrected(key).value_or(QString()));
        value.initial = corrected ? qRound(*corrected) : int(std::max<qint64>(0, line.durationMs) / 60'000);
    } else if (key == u"station") {
        value.kind = FormField::Kind::Number;
        value.min = 1;
        value.max = int(m_desk.settings().stations.size());
        value.initial = line.corrected(key) ? line.corrected(key)->toInt() : line.station;
    }
    FormField reason{u"reason"_s, tr("Reason"), FormField::Kind::Text};
    reason.required = true;
    const auto answer = Dialogs::form(this, title, {value, reason});
    if (!answer)
        return false;
    auto r = m_desk.amend(line.id, key, answer->value(u"value"_s).toString(),
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

bool LogbookView::verifyIntegrity()
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
    m_integrity->setText(tr("NOT INTACT: first bad event #%1 (%2).").arg(report->firstBadSeq).arg(report->problem));
    Colours::apply(m_integrity, QColor(0xb91c1c));
    return false;
}

QString LogbookView::integrityText() const
{
    return m_integrity->text();
}

} // namespace kj
