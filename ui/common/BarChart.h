#pragma once

#include <QColor>
#include <QString>
#include <QStringList>

class QAbstractAxis;
class QAbstractBarSeries;
class QBarSeries;
class QBarSet;
class QChart;
class QChartView;

namespace kj {

// The look of the console's bar charts (statistics, capacity planner): colours, fonts, axes.
namespace BarChart {

inline const QColor good { 0x15, 0x80, 0x3d }; // green: a call held, a WBP served
inline const QColor bad { 0xd9, 0x77, 0x06 }; // amber: not held, not served
inline const QColor neutral { 0x25, 0x63, 0xeb }; // blue: distributions, station use

// A titled chart in its view, with tight margins and the legend at the bottom.
QChartView *view(const QString &title);
QBarSet *set(const QString &label, const QColor &colour);
// One set of bars with their values written above them (`format` as QAbstractBarSeries takes it).
QBarSeries *labelled(QBarSet *set, const QString &format = QStringLiteral("@value"));
QAbstractAxis *categories(const QStringList &labels, const QString &title);
// Replaces what the chart shows: the bars along `x`, a value axis from 0 to about `top` (at
// least 4) with `valueFormat` labels; the legend only for more than one set.
void show(QChart *chart, QAbstractBarSeries *series, QAbstractAxis *x, const QString &yTitle, double top,
    const QString &valueFormat = QStringLiteral("%d"));

} // namespace BarChart

} // namespace kj
