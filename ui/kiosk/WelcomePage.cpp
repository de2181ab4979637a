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
    left->setSpacing(KioskStyle::gap);
    left->addWidget(m_cellPrompt);
    m_cellGrid->setSpacing(KioskStyle::gap);
    left->addLayout(m_cellGrid);
    auto *search
        = KioskStyle::button(tr("Other cell or register number"), u"search-all"_s, this, u"secondary"_s);
    connect(search, &QPushButton::clicked, this, &WelcomePage::searchChosen);
    left->addWidget(search);
    left->addStretch(1);
    // Side by side, so the page has room for a row of cells and its status on two lines.
    auto *more = new QHBoxLayout;
    more->setSpacing(KioskStyle::gap);
    auto *info = KioskStyle::button(tr("Service information"), u"info"_s, this, u"secondary"_s);
    auto *survey = KioskStyle::button(tr("Satisfaction survey"), u"survey"_s, this, u"secondary"_s);
    connect(info, &QPushButton::clicked, this, &WelcomePage::infoChosen);
    connect(survey, &QPushButton::clicked, this, &WelcomePage::surveyChosen);
    more->addWidget(info);
    more->addWidget(survey);
    left->addLayout(more);
    columns->addLayout(left, 3);
    columns->addWidget(m_board, 2);
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
    // Two lines kept for it (measured as the label measures its text), open or closed, so the
    // buttons below never move.
    m_status->ensurePolished();
    const QRect twoLines
        = m_status->fontMetrics().boundingRect(QRect(0, 0, 1000, 1000), Qt::TextWordWrap, u"X\nX"_s);
    m_status->setMinimumHeight(twoLines.height() + m_status->contentsMargins().top()
        + m_status->contentsMargins().bottom() + 2 * m_status->margin());

    const QStringList cells = plan.isServiceDay() ? plan.cells : QStringList();
    if (cells != m_cellButtonsFor || m_cellGrid->count() == 0)
        rebuildCells(cells);
    // A cell outside its window looks switched off; a tap still says when it opens.
    for (const QString &cell : cells) {
        if (auto *b = findChild<QPushButton *>(u"cell-"_s + cell))
            KioskStyle::setRole(b, schedule.check(cell, now).open() ? u"primary"_s : u"closed"_s);
    }
    m_board->refresh();
}

void WelcomePage::rebuildCells(const QStringList &cells)
{
    m_cellButtonsFor = cells;
    KioskStyle::clearLayout(m_cellGrid);
    // Up to three cells on a row (the seed's Friday has three); a special day's fourth on another.
    const int columns = qMax(1, qMin(3, int(cells.size())));
    for (int i = 0; i < cells.size(); ++i) {
        const QString &cell = cells[i];
        auto *b = KioskStyle::button(tr("Cell %1").arg(cell), u"cell-"_s + cell, this);
        b->setProperty("look", u"cell"_s); // the style sheet's size: 34 pt, 102 px high
        connect(b, &QPushButton::clicked, this, [this, cell] { emit cellChosen(cell); });
        m_cellGrid->addWidget(b, i / columns, i % columns);
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
