#pragma once

#include "VisitStatistics.h"

#include <QDate>
#include <QImage>
#include <QWidget>

class QChart;
class QComboBox;
class QDateEdit;
class QLabel;

namespace kj {

class Desk;

// Statistik: for a range of days (the last 30 by default), calls per day and per cell, how long
// WBP waited and talked, and how busy each station was during the windows; saved as a PNG of the
// charts or as CSV of the figures.
class StatisticsView : public QWidget
{
    Q_OBJECT

public:
    explicit StatisticsView(Desk &desk, QWidget *parent = nullptr);

    // Reads the figures again for the range shown (on opening the page, after a change of range).
    void refresh();
    void setRange(QDate from, QDate to);
    const VisitStatistics &statistics() const { return m_statistics; }
    // The summary line above the charts.
    QString summaryText() const;
    // Calls per day, station use, calls per cell, waiting times, call lengths.
    const QList<QChart *> &charts() const { return m_charts; }
    // The title, the summary and the charts, as the PNG export saves them.
    QImage chartsImage() const;

    // Ask for a file (Dialogs::saveFile) and write it; false when cancelled or failed (shown).
    bool exportPng();
    bool exportCsv();

private:
    void applyPreset(int index);
    void showRange(QDate from, QDate to);
    void showCharts();
    QString suggestedName(const QString &extension) const;

    Desk &m_desk;
    VisitStatistics m_statistics;
    QComboBox *m_preset;
    QDateEdit *m_from;
    QDateEdit *m_to;
    QWidget *m_sheet; // what the PNG shows
    QLabel *m_title;
    QLabel *m_summary;
    QList<QChart *> m_charts; // per day, per station, per cell, waits, call lengths
    bool m_settingRange = false;
};

} // namespace kj
