#include "WelcomePage.h"

#include "Clock.h"
#include "Desk.h"
#include "Format.h"
#include "KioskWidgets.h"
#include "NowCallingBoard.h"

#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace kj {

WelcomePage::WelcomePage(Desk &desk, QWidget *parent)
    : QWidget(parent)
    , m_desk(desk)
    , m_date(KioskStyle::label(QString(), u"title"_s, this))
    , m_today(KioskStyle::label(QString(), u"body"_s, this))
    , m_status(KioskStyle::label(QString(), u"hint"_s, this))
    , m_cellPrompt(KioskStyle::label(tr("To sign in, tap your cell:"), u"body"_s, this))
    , m_cellGrid(new QGridLayout)
    , m_board(new NowCallingBoard(desk, this))
{
    setObjectName(u"welcome"_s);
    auto *layout = KioskStyle::pageLayout(this);
    m_date->setObjectName(u"welcome-date"_s);
    m_today->setObjectName(u"welcome-today"_s);
    m_status->setObjectName(u"welcome-status"_s);
    layout->addWidget(m_date);
    layout->addWidget(m_today);
    layout->addWidget(m_status);

    auto *columns = new QHBoxLayout;
    columns->setSpacing(32);
    auto *left = new QVBoxLayout;
    left->setSpacing(16);
    left->addWidget(m_cellPrompt);
    m_cellGrid->setSpacing(16);
    left->addLayout(m_cellGrid);
    auto *search
        = KioskStyle::button(tr("Other cell or register number"), u"search-all"_s, this, u"secondary"_s);
    connect(search, &QPushButton::clicked, this, &WelcomePage::searchChosen);
    left->addWidget(search);
    left->addStretch(1);
    auto *more = new QVBoxLayout;
    more->setSpacing(16);
    auto *info = KioskStyle::button(tr("Service information"), u"info"_s, this, u"secondary"_s);
    auto *survey = KioskStyle::button(tr("Satisfaction survey"), u"survey"_s, this, u"secondary"_s);
    connect(info, &QPushButton::clicked, this, &WelcomePage::infoChosen);
    connect(survey, &QPushButton::clicked, this, &WelcomePage::surveyChosen);
    more->addWidget(info);
    more->addWidget(survey);
    left->addLayout(more);
    columns->addLayout(left, 1);
    columns->addWidget(m_board, 1);
    layout->addLayout(columns, 1);
}

void WelcomePage::refresh()
{
    const Schedule &schedule = m_desk.schedule();
    const QDateTime now = m_desk.clock().nowUtc();
    const DayPlan plan = schedule.dayPlan(schedule.localDate(now));
    m_date->setText(Format::date(plan.date));
    if (plan.isServiceDay()) {
        m_today->setText(tr("Today: cell %1, %2")
                             .arg(Format::joinAnd(plan.cells), schedule.describeWindows(plan.windows)));
    } else if (!plan.holiday.isEmpty()) {
        m_today->setText(tr("Today is a holiday (%1): no visits.").arg(plan.holiday));
    } else {
        m_today->setText(tr("No visits today."));
    }
    const auto opening = schedule.nextOpening(now);
    if (!opening) {
        m_status->setText(tr("No visiting time is planned. Please ask the officer."));
    } else if (opening->first.startUtc <= now) {
        m_status->setText(
            tr("Sign-in is open until %1 %2.")
                .arg(Format::time(opening->first.window.end), Format::zoneAbbreviation(schedule.zone())));
    } else {
        m_status->setText(
            tr("Closed now. Next visiting time: %1, for cell %2.")
                .arg(schedule.describeSlotStart(opening->first), Format::joinAnd(opening->second.cells)));
    }
    const QStringList cells = plan.isServiceDay() ? plan.cells : QStringList();
    if (cells != m_cellButtonsFor || m_cellGrid->count() == 0)
        rebuildCells(cells);
    m_board->refresh();
}

void WelcomePage::rebuildCells(const QStringList &cells)
{
    m_cellButtonsFor = cells;
    KioskStyle::clearLayout(m_cellGrid);
    for (int i = 0; i < cells.size(); ++i) {
        const QString cell = cells[i];
        auto *b = KioskStyle::button(tr("Cell %1").arg(cell), u"cell-"_s + cell, this);
        b->setMinimumHeight(140);
        b->setStyleSheet(u"font-size: 40pt;"_s);
        connect(b, &QPushButton::clicked, this, [this, cell] { emit cellChosen(cell); });
        m_cellGrid->addWidget(b, i / 2, i % 2);
        b->show();
    }
    m_cellPrompt->setVisible(!cells.isEmpty());
    if (cells.isEmpty()) {
        auto *none = KioskStyle::label(tr("No cell signs in today."), u"note"_s, this);
        m_cellGrid->addWidget(none, 0, 0);
        none->show();
    }
}

} // namespace kj
