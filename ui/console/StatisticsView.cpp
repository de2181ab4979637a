#include "StatisticsView.h"

#include "BarChart.h"
#include "CsvFile.h"
#include "Desk.h"
#include "Dialogs.h"
#include "Format.h"

#include <QBarSeries>
#include <QBarSet>
#include <QCategoryAxis>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QDateEdit>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QImageWriter>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QStackedBarSeries>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace kj {

namespace {

enum Chart { PerDay, PerStation, PerCell, Waits, Durations };

int notHeld(const Tally &t)
{
    return t.noShow + t.noAnswer + t.cancelled;
}

// The days under their bars: each day's date while they fit, upright; over a longer range only
// the Mondays', on a value axis whose labels stand at chosen bars (a category axis would cut
// every label short).
QAbstractAxis *dayAxis(const QList<VisitStatistics::Day> &days)
{
    if (days.size() <= 31) {
        QStringList labels;
        for (const auto &d : days)
            labels.append(d.date.toString(u"dd/MM"_s));
        QAbstractAxis *x = BarChart::categories(labels, QString());
        x->setLabelsAngle(days.size() > 14 ? -90 : 0);
        return x;
    }
    auto *x = new QCategoryAxis;
    x->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    x->setRange(-0.5, double(days.size()) - 0.5);
    x->setStartValue(-0.5);
    for (qsizetype i = 0; i < days.size(); ++i) {
        if (days[i].date.dayOfWeek() == Qt::Monday)
            x->append(days[i].date.toString(u"dd/MM"_s), double(i));
    }
    return x;
}

QStringList bucketLabels(const QList<VisitStatistics::Bucket> &buckets)
{
    QStringList labels;
    for (const auto &b : buckets) {
        labels.append(b.toMinutes > 0 ? u"%1\u2013%2"_s.arg(b.fromMinutes).arg(b.toMinutes)
                                      : u"\u2265%1"_s.arg(b.fromMinutes));
    }
    return labels;
}

// Calls held, with what did not become a call stacked on top, a bar a tally.
QStackedBarSeries *heldSeries(const QList<Tally> &tallies, const QString &notHeldLabel, double *maximum)
{
    auto *held = BarChart::set(StatisticsView::tr("Held"), BarChart::good);
    auto *missed = BarChart::set(notHeldLabel, BarChart::bad);
    for (const Tally &t : tallies) {
        held->append(t.served);
        missed->append(notHeld(t));
        *maximum = std::max(*maximum, double(t.served + notHeld(t)));
    }
    auto *series = new QStackedBarSeries;
    series->append({ held, missed });
    series->setBarWidth(0.75);
    return series;
}

// A distribution as one set of bars with their counts on top.
QBarSeries *bucketSeries(const QList<VisitStatistics::Bucket> &buckets, const QString &label, double *maximum)
{
    auto *set = BarChart::set(label, BarChart::neutral);
    for (const auto &b : buckets) {
        set->append(b.count);
        *maximum = std::max(*maximum, double(b.count));
    }
    QBarSeries *series = BarChart::labelled(set);
    series->setBarWidth(0.8);
    return series;
}

QString dayMonth(QDate date)
{
    return QLocale().toString(date, u"d MMMM yyyy"_s);
}

} // namespace

StatisticsView::StatisticsView(Desk &desk, QWidget *parent)
    : QWidget(parent)
    , m_desk(desk)
    , m_preset(new QComboBox)
    , m_from(new QDateEdit)
    , m_to(new QDateEdit)
    , m_sheet(new QWidget)
    , m_title(new QLabel)
    , m_summary(new QLabel)
{
    m_preset->addItems({ tr("Last 7 days"), tr("Last 30 days"), tr("Last 90 days"), tr("This month"),
        tr("Last month"), tr("Chosen dates") });
    for (QDateEdit *edit : { m_from, m_to }) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(u"dd/MM/yyyy"_s);
        connect(edit, &QDateEdit::dateChanged, this, [this] {
            if (m_settingRange)
                return;
            m_preset->setCurrentIndex(m_preset->count() - 1);
            refresh();
        });
    }
    connect(m_preset, &QComboBox::activated, this, &StatisticsView::applyPreset);
    auto *png = new QPushButton(tr("Save as PNG…"));
    auto *csv = new QPushButton(tr("Save as CSV…"));
    connect(png, &QPushButton::clicked, this, &StatisticsView::exportPng);
    connect(csv, &QPushButton::clicked, this, &StatisticsView::exportCsv);

    auto *bar = new QHBoxLayout;
    bar->addWidget(new QLabel(tr("Period:")));
    bar->addWidget(m_preset);
    bar->addWidget(m_from);
    bar->addWidget(new QLabel(u"\u2013"_s));
    bar->addWidget(m_to);
    bar->addStretch(1);
    bar->addWidget(png);
    bar->addWidget(csv);

    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.25);
    m_title->setFont(titleFont);
    m_summary->setWordWrap(true);
    m_sheet->setAutoFillBackground(true);
    auto *sheet = new QVBoxLayout(m_sheet);
    sheet->setContentsMargins(8, 6, 8, 6);
    sheet->setSpacing(4);
    sheet->addWidget(m_title);
    sheet->addWidget(m_summary);
    auto *grid = new QGridLayout;
    grid->setSpacing(6);
    const QStringList titles = { tr("Calls per day"), tr("Station use during the windows"),
        tr("Calls per cell"), tr("Waiting time (minutes)"), tr("Call length (minutes)") };
    QList<QChartView *> views;
    for (const QString &title : titles) {
        views.append(BarChart::view(title));
        m_charts.append(views.last()->chart());
    }
    grid->addWidget(views[PerDay], 0, 0, 1, 2);
    grid->addWidget(views[PerStation], 0, 2);
    grid->addWidget(views[PerCell], 1, 0);
    grid->addWidget(views[Waits], 1, 1);
    grid->addWidget(views[Durations], 1, 2);
    for (int c = 0; c < 3; ++c)
        grid->setColumnStretch(c, 1);
    sheet->addLayout(grid, 1);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(bar);
    layout->addWidget(m_sheet, 1);

    m_preset->setCurrentIndex(1);
    applyPreset(1);
}

void StatisticsView::applyPreset(int index)
{
    const QDate today = m_desk.today();
    const QDate firstOfMonth(today.year(), today.month(), 1);
    switch (index) {
    case 0:
        showRange(today.addDays(-6), today);
        break;
    case 1:
        showRange(today.addDays(-29), today);
        break;
    case 2:
        showRange(today.addDays(-89), today);
        break;
    case 3:
        showRange(firstOfMonth, today);
        break;
    case 4:
        showRange(firstOfMonth.addMonths(-1), firstOfMonth.addDays(-1));
        break;
    default:
        break; // chosen dates: the date fields as they are
    }
}

void StatisticsView::setRange(QDate from, QDate to)
{
    m_preset->setCurrentIndex(m_preset->count() - 1);
    showRange(from, to);
}

void StatisticsView::showRange(QDate from, QDate to)
{
    m_settingRange = true;
    m_from->setDate(from);
    m_to->setDate(to);
    m_settingRange = false;
    refresh();
}

void StatisticsView::refresh()
{
    auto computed = VisitStatistics::compute(m_desk, m_from->date(), m_to->date());
    if (!computed) {
        // A range the wrong way round while the officer is still typing: say so, keep the charts.
        m_summary->setText(computed.error().message);
        return;
    }
    m_statistics = *computed;
    showCharts();
}

QString StatisticsView::summaryText() const
{
    return m_summary->text();
}

void StatisticsView::showCharts()
{
    const VisitStatistics &s = m_statistics;
    const QLocale locale;
    m_title->setText(tr("Visiting statistics, %1 to %2").arg(dayMonth(s.from), dayMonth(s.to)));
    QStringList parts { tr("%1 sign-ins").arg(locale.toString(s.total.signedIn)),
        tr("%1 calls held").arg(locale.toString(s.total.served)),
        tr("%1 no-shows").arg(locale.toString(s.total.noShow)),
        tr("%1 not reached").arg(locale.toString(s.total.noAnswer)) };
    if (s.total.averageWaitMs() >= 0)
        parts.append(tr("average wait %1").arg(Format::duration(s.total.averageWaitMs() / 1000)));
    if (s.total.averageCallMs() >= 0)
        parts.append(tr("average call %1").arg(Format::duration(s.total.averageCallMs() / 1000)));
    m_summary->setText(parts.join(u"  \u00b7  "_s));

    // Per day and per cell: the calls held, and on top what did not become a call.
    QList<Tally> perDay;
    for (const auto &d : s.days)
        perDay.append(d.tally);
    double maximum = 0;
    QStackedBarSeries *days = heldSeries(perDay, tr("Not held (no-show, no answer, cancelled)"), &maximum);
    BarChart::show(m_charts[PerDay], days, dayAxis(s.days), tr("Tickets"), maximum * 1.05);
    QList<Tally> perCell;
    QStringList cells;
    for (const auto &c : s.cells) {
        perCell.append(c.tally);
        cells.append(c.cell);
    }
    maximum = 0;
    QStackedBarSeries *cellSeries = heldSeries(perCell, tr("Not held"), &maximum);
    BarChart::show(m_charts[PerCell], cellSeries, BarChart::categories(cells, tr("Cell")), tr("Tickets"),
        maximum * 1.05);
    maximum = 0;
    QBarSeries *waits = bucketSeries(s.waits, tr("Tickets"), &maximum);
    BarChart::show(m_charts[Waits], waits,
        BarChart::categories(bucketLabels(s.waits), tr("Minutes from sign-in to being called")),
        tr("Tickets"), maximum * 1.15); // room above the highest bar for its label
    maximum = 0;
    QBarSeries *durations = bucketSeries(s.durations, tr("Calls"), &maximum);
    BarChart::show(m_charts[Durations], durations,
        BarChart::categories(bucketLabels(s.durations), tr("Minutes talking")), tr("Calls"), maximum * 1.15);
    // Station use in whole percent, written as Indonesian writes it (20%): the chart would print
    // decimals with a dot.
    {
        auto *set = BarChart::set(tr("In a call"), BarChart::neutral);
        QStringList stations;
        for (const auto &st : s.stations) {
            stations.append(tr("Station %1").arg(st.name));
            set->append(std::round(st.share() * 100.0));
        }
        QBarSeries *series = BarChart::labelled(set, u"@value%"_s);
        series->setBarWidth(0.5);
        BarChart::show(m_charts[PerStation], series, BarChart::categories(stations, QString()),
            tr("% of the window time"), 100, u"%d%%"_s);
    }
}

QImage StatisticsView::chartsImage() const
{
    return m_sheet->grab().toImage();
}

QString StatisticsView::suggestedName(const QString &extension) const
{
    return u"statistik-%1_%2.%3"_s.arg(
        m_statistics.from.toString(Qt::ISODate), m_statistics.to.toString(Qt::ISODate), extension);
}

bool StatisticsView::exportPng()
{
    const auto path
        = Dialogs::saveFile(this, tr("Save the charts"), suggestedName(u"png"_s), tr("PNG images (*.png)"));
    if (!path)
        return false;
    QImageWriter writer(*path, "png");
    if (!writer.write(chartsImage())) {
        Dialogs::error(this,
            { ErrorKind::InvalidInput, u"export-failed"_s,
                tr("%1 cannot be written: %2").arg(*path, writer.errorString()) });
        return false;
    }
    return true;
}

bool StatisticsView::exportCsv()
{
    const auto path
        = Dialogs::saveFile(this, tr("Save the figures"), suggestedName(u"csv"_s), tr("CSV files (*.csv)"));
    if (!path)
        return false;
    if (auto written = CsvFile::write(*path, m_statistics.csvRows()); !written) {
        Dialogs::error(this, written.error());
        return false;
    }
    return true;
}

} // namespace kj
