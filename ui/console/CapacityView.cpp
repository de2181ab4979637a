#include "CapacityView.h"

#include "BarChart.h"
#include "Capacity.h"
#include "Desk.h"
#include "Format.h"

#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QDateEdit>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QSpinBox>
#include <QStackedBarSeries>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace kj {

namespace {

// A station's pause between two calls when nobody says otherwise: calling the next WBP to the
// station and dialling the family take about a minute at the desk.
constexpr int defaultTurnaroundSeconds = 60;

QString hoursAndMinutes(qint64 seconds)
{
    const qint64 minutes = (seconds + 30) / 60;
    if (minutes < 60)
        return CapacityView::tr("%1 min").arg(minutes);
    return CapacityView::tr("%1 h %2 min").arg(minutes / 60).arg(minutes % 60);
}

QSpinBox *spin(int min, int max, int step, const QString &suffix)
{
    auto *box = new QSpinBox;
    box->setRange(min, max);
    box->setSingleStep(step);
    box->setSuffix(suffix);
    return box;
}

} // namespace

CapacityView::CapacityView(Desk &desk, QWidget *parent)
    : QWidget(parent)
    , m_desk(desk)
    , m_date(new QDateEdit)
    , m_day(new QLabel)
    , m_turnout(spin(0, 100, 5, u"%"_s))
    , m_turnoutSeen(new QLabel)
    , m_callMinutes(spin(1, 30, 1, tr(" min")))
    , m_turnaround(spin(0, 600, 15, tr(" s")))
    , m_stations(spin(1, 20, 1, QString()))
    , m_verdict(new QLabel)
    , m_details(new QLabel)
    , m_table(new QTableWidget(0, 7))
    , m_chart(nullptr)
{
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(u"dd/MM/yyyy"_s);
    m_day->setWordWrap(true);
    m_turnoutSeen->setWordWrap(true);
    m_turnoutSeen->setStyleSheet(u"color:#4b5563;"_s);
    m_turnaround->setValue(defaultTurnaroundSeconds);

    auto *form = new QFormLayout;
    form->addRow(tr("Date"), m_date);
    form->addRow(m_day);
    form->addRow(tr("WBP expected to come"), m_turnout);
    form->addRow(m_turnoutSeen);
    form->addRow(tr("Call length"), m_callMinutes);
    form->addRow(tr("Pause between calls"), m_turnaround);
    form->addRow(tr("Stations"), m_stations);
    auto *inputs = new QGroupBox(tr("The day"));
    inputs->setLayout(form);
    inputs->setMaximumWidth(420);

    QFont big = m_verdict->font();
    big.setBold(true);
    big.setPointSizeF(big.pointSizeF() * 1.6);
    m_verdict->setFont(big);
    m_verdict->setWordWrap(true);
    m_details->setWordWrap(true);
    m_table->setHorizontalHeaderLabels({ tr("Window"), tr("Station"), tr("Can hold"), tr("Served"),
        tr("Talking"), tr("Idle"), tr("Idle between calls") });
    // Each column as wide as its header and numbers ("Tidak terpakai antarpanggilan" whole), the
    // window's takes the rest.
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionMode(QAbstractItemView::NoSelection);
    m_table->setAlternatingRowColors(true);

    QChartView *chartView = BarChart::view(tr("WBP who can call, by number of stations"));
    m_chart = chartView->chart();
    auto *result = new QVBoxLayout;
    result->addWidget(m_verdict);
    result->addWidget(m_details);
    result->addWidget(m_table);
    result->addWidget(chartView, 1);
    auto *layout = new QHBoxLayout(this);
    layout->addWidget(inputs, 0, Qt::AlignTop);
    layout->addLayout(result, 1);

    connect(m_date, &QDateEdit::dateChanged, this, [this] {
        if (!m_loading)
            refresh();
    });
    for (QSpinBox *box : { m_turnout, m_callMinutes, m_turnaround, m_stations }) {
        connect(box, &QSpinBox::valueChanged, this, [this] {
            if (!m_loading)
                replan();
        });
    }

    // The next day with service: today while it has windows, else the next opening.
    const auto opening = desk.schedule().nextOpening(desk.clock().nowUtc());
    setDate(opening ? opening->second.date : desk.today());
}

void CapacityView::setDate(QDate date)
{
    m_loading = true;
    m_date->setDate(date);
    m_loading = false;
    refresh();
}

QDate CapacityView::date() const
{
    return m_date->date();
}

void CapacityView::refresh()
{
    const CapacityInput fresh = Capacity::inputFor(m_desk, m_date->date());
    const auto seen = Capacity::turnoutSeen(m_desk, m_date->date());
    m_loading = true;
    m_turnout->setValue(int(std::lround(fresh.turnout * 100)));
    m_callMinutes->setValue(fresh.callSeconds / 60);
    m_stations->setValue(fresh.stations);
    m_loading = false;
    m_turnoutSeen->setText(seen ? tr("Seen over the last 8 weeks: %1%.").arg(std::lround(*seen * 100))
                                : tr("No history yet: everyone is expected."));
    const QString weekday = QLocale().dayName(m_date->date().dayOfWeek());
    if (fresh.cells.isEmpty() || fresh.windows.isEmpty()) {
        m_day->setText(tr("%1: no visiting service.").arg(weekday));
    } else {
        m_day->setText(tr("%1: cells %2, %3; %n active WBP.", nullptr, fresh.wbp)
                           .arg(weekday, Format::joinAnd(fresh.cells),
                               m_desk.schedule().describeWindows(fresh.windows)));
    }
    m_input = fresh;
    replan();
}

void CapacityView::replan()
{
    m_input.turnout = m_turnout->value() / 100.0;
    m_input.callSeconds = m_callMinutes->value() * 60;
    m_input.turnaroundSeconds = m_turnaround->value();
    m_input.stations = m_stations->value();
    m_plan = CapacityPlan::make(m_input);
    const CapacityPlan &p = m_plan;

    QString colour = u"#15803d"_s;
    if (m_input.windows.isEmpty() || m_input.cells.isEmpty()) {
        m_verdict->setText(tr("No service on this day."));
        colour = u"#4b5563"_s;
    } else if (!p.possible) {
        m_verdict->setText(tr("A call is longer than the windows."));
        colour = u"#b91c1c"_s;
    } else if (p.stationsNeeded <= m_input.stations) {
        m_verdict->setText(tr("%n station(s) needed, %1 available: enough.", nullptr, p.stationsNeeded)
                               .arg(m_input.stations));
    } else {
        m_verdict->setText(tr("%n station(s) needed, %1 available: too few.", nullptr, p.stationsNeeded)
                               .arg(m_input.stations));
        colour = u"#b91c1c"_s;
    }
    m_verdict->setStyleSheet(u"color:%1;"_s.arg(colour));

    QStringList perWindow;
    for (const TimeWindow &w : m_input.windows)
        perWindow.append(
            QString::number(CapacityPlan::callsIn(w, m_input.callSeconds, m_input.turnaroundSeconds)));
    // Per window only when there are several: "54 calls a day (36 + 18)".
    const QString holds = perWindow.size() > 1 ? u"%1 (%2)"_s.arg(p.perStation).arg(perWindow.join(u" + "_s))
                                               : QString::number(p.perStation);
    QString details
        = tr("%1 of %2 WBP expected. One station holds %3 calls a day with calls of %4 and %5 "
             "between them.")
              .arg(p.callers)
              .arg(m_input.wbp)
              .arg(holds, Format::duration(m_input.callSeconds), Format::duration(m_input.turnaroundSeconds));
    if (p.unserved > 0) {
        details += u"<br><b style='color:#b91c1c'>"_s
            + tr("With %n station(s), %1 WBP cannot call.", nullptr, m_input.stations).arg(p.unserved)
            + u"</b>"_s;
    }
    m_details->setText(details);

    m_table->setRowCount(0);
    for (const QStringList &row : rows()) {
        const int r = m_table->rowCount();
        m_table->insertRow(r);
        for (int c = 0; c < row.size(); ++c) {
            auto *item = new QTableWidgetItem(row[c]);
            item->setTextAlignment(
                c < 2 ? Qt::AlignLeft | Qt::AlignVCenter : Qt::AlignRight | Qt::AlignVCenter);
            m_table->setItem(r, c, item);
        }
    }
    // As tall as its rows (a scroll bar beyond twelve of them); the chart takes the rest.
    const int shown = std::min(m_table->rowCount(), 12);
    int height = m_table->horizontalHeader()->height() + 2 * m_table->frameWidth();
    for (int r = 0; r < shown; ++r)
        height += m_table->rowHeight(r);
    m_table->setFixedHeight(height);

    auto *served = BarChart::set(tr("Can call"), BarChart::good);
    auto *unserved = BarChart::set(tr("Cannot call"), BarChart::bad);
    QStringList counts;
    for (const auto &[yes, no] : byStationCount()) {
        counts.append(tr("%n station(s)", nullptr, int(counts.size()) + 1));
        served->append(yes);
        unserved->append(no);
    }
    auto *series = new QStackedBarSeries;
    series->append({ served, unserved });
    series->setBarWidth(0.6);
    BarChart::show(m_chart, series, BarChart::categories(counts, QString()), tr("WBP"), p.callers * 1.05);
}

QList<std::pair<int, int>> CapacityView::byStationCount() const
{
    // Up to one more station than needed or set, so the chart shows where it stops mattering.
    const int upTo = std::clamp(std::max(m_plan.stationsNeeded, m_input.stations) + 1, 1, 20);
    QList<std::pair<int, int>> bars;
    for (int stations = 1; stations <= upTo; ++stations) {
        const int served = std::min(m_plan.callers, stations * m_plan.perStation);
        bars.append({ served, m_plan.callers - served });
    }
    return bars;
}

void CapacityView::setTurnoutPercent(int percent)
{
    m_turnout->setValue(percent);
}

void CapacityView::setCallMinutes(int minutes)
{
    m_callMinutes->setValue(minutes);
}

void CapacityView::setTurnaroundSeconds(int seconds)
{
    m_turnaround->setValue(seconds);
}

void CapacityView::setStations(int stations)
{
    m_stations->setValue(stations);
}

QString CapacityView::verdictText() const
{
    return m_verdict->text();
}

QString CapacityView::detailsText() const
{
    return m_details->text();
}

QList<QStringList> CapacityView::rows() const
{
    const QStringList names = m_desk.settings().stations;
    QList<QStringList> rows;
    for (const CapacityPlan::Slot &slot : m_plan.simulatedDay) {
        const TimeWindow &w = m_input.windows[slot.window];
        // The idle time of a window shared out between its calls, as the officer would see it.
        const QString between = slot.served > 0 ? hoursAndMinutes(slot.idleSeconds / slot.served) : QString();
        rows.append({ Format::timeRange(w.start, w.end),
            tr("Station %1").arg(names.value(slot.station - 1, QString::number(slot.station))),
            QString::number(slot.capacity), QString::number(slot.served), hoursAndMinutes(slot.busySeconds),
            hoursAndMinutes(slot.idleSeconds), between });
    }
    return rows;
}

} // namespace kj
