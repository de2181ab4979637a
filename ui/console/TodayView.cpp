#include "TodayView.h"

#include "Clock.h"
#include "Format.h"
#include "Schedule.h"

#include <QLabel>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace kj {

TodayView::TodayView(const Schedule &schedule, const Clock &clock, QWidget *parent)
    : QWidget(parent)
    , m_schedule(schedule)
    , m_clock(clock)
    , m_headline(new QLabel(this))
    , m_status(new QLabel(this))
{
    QFont big = m_headline->font();
    big.setPointSizeF(big.pointSizeF() * 1.4);
    big.setBold(true);
    m_headline->setFont(big);
    m_status->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_headline);
    layout->addWidget(m_status);
    refresh();
}

void TodayView::refresh()
{
    const QDateTime now = m_clock.nowUtc();
    const QDateTime local = m_schedule.toLocal(now);
    const DayPlan plan = m_schedule.dayPlan(local.date());

    QStringList parts { Format::date(plan.date) };
    if (plan.isServiceDay()) {
        parts.append(tr("Cell %1").arg(plan.cells.join(u", "_s)));
        parts.append(m_schedule.describeWindows(plan.windows));
    } else if (!plan.holiday.isEmpty()) {
        parts.append(plan.holiday);
    } else {
        parts.append(tr("No visits"));
    }
    m_headline->setText(parts.join(u" \u00b7 "_s));

    const auto opening = m_schedule.nextOpening(now);
    if (!opening) {
        m_status->setText(tr("No visiting window is scheduled in the coming year."));
        return;
    }
    const auto &[slot, slotPlan] = *opening;
    const QString zone = Format::zoneAbbreviation(m_schedule.zone());
    if (slot.startUtc <= now) {
        const qint64 left = now.secsTo(slot.endUtc);
        m_status->setText(tr("OPEN until %1 %2 (%3 left).")
                              .arg(Format::time(slot.window.end), zone, Format::duration(left)));
    } else {
        m_status->setText(tr("CLOSED. Next window: %1 for cell %2.")
                              .arg(m_schedule.describeSlotStart(slot), slotPlan.cells.join(u", "_s)));
    }
}

QString TodayView::headline() const
{
    return m_headline->text();
}

QString TodayView::status() const
{
    return m_status->text();
}

} // namespace kj
