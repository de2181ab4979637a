#include "BarChart.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QValueAxis>

#include <algorithm>

namespace kj::BarChart {

QChartView *view(const QString &title)
{
    auto *chart = new QChart;
    chart->setTitle(title);
    QFont font = chart->titleFont();
    font.setBold(true);
    font.setPointSizeF(10);
    chart->setTitleFont(font);
    chart->setMargins(QMargins(2, 2, 2, 2));
    chart->setBackgroundRoundness(0);
    chart->legend()->setAlignment(Qt::AlignBottom);
    auto *view = new QChartView(chart);
    view->setRenderHint(QPainter::Antialiasing);
    view->setMinimumSize(280, 200);
    return view;
}

QBarSet *set(const QString &label, const QColor &colour)
{
    auto *set = new QBarSet(label);
    set->setColor(colour);
    set->setBorderColor(colour);
    return set;
}

QBarSeries *labelled(QBarSet *set, const QString &format)
{
    set->setLabelColor(QColor(0x1f, 0x29, 0x37)); // the default white vanishes above the bar
    auto *series = new QBarSeries;
    series->append(set);
    series->setLabelsVisible(true);
    series->setLabelsFormat(format);
    series->setLabelsPosition(QAbstractBarSeries::LabelsOutsideEnd);
    return series;
}

QAbstractAxis *categories(const QStringList &labels, const QString &title)
{
    auto *x = new QBarCategoryAxis;
    x->append(labels);
    x->setTitleText(title);
    return x;
}

void show(QChart *chart, QAbstractBarSeries *series, QAbstractAxis *x, const QString &yTitle, double top,
    const QString &valueFormat)
{
    chart->removeAllSeries();
    for (QAbstractAxis *axis : chart->axes()) {
        chart->removeAxis(axis);
        delete axis; // removeAxis hands it back
    }
    chart->addSeries(series);
    auto *y = new QValueAxis;
    y->setRange(0, std::max(top, 4.0));
    y->setLabelFormat(valueFormat);
    y->applyNiceNumbers();
    y->setTitleText(yTitle);
    for (QAbstractAxis *axis : { x, static_cast<QAbstractAxis *>(y) }) {
        QFont small = axis->labelsFont();
        small.setPointSizeF(8);
        axis->setLabelsFont(small);
        QFont titleFont = axis->titleFont();
        titleFont.setPointSizeF(8);
        titleFont.setBold(false);
        axis->setTitleFont(titleFont);
    }
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    series->attachAxis(x);
    series->attachAxis(y);
    chart->legend()->setVisible(series->count() > 1);
}

} // namespace kj::BarChart
