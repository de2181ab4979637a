#include "ScreenshotTour.h"

#include "CapacityView.h"
#include "Clock.h"
#include "ComplaintsView.h"
#include "ConsoleWindow.h"
#include "DemoData.h"
#include "Desk.h"
#include "KioskPreview.h"
#include "KioskWindow.h"
#include "LoginPage.h"
#include "ReportsView.h"
#include "RosterView.h"
#include "SettingsView.h"
#include "VisitingBookView.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QPushButton>
#include <QScreen>
#include <QScrollArea>
#include <QScrollBar>

using namespace Qt::StringLiterals;

namespace kj {

ScreenshotTour::ScreenshotTour(Desk &desk, ConsoleWindow &console, KioskWindow *kiosk)
    : m_desk(desk)
    , m_console(console)
    , m_kiosk(kiosk)
{ }

void ScreenshotTour::save(const QString &folder)
{
    m_folder = folder;
    QDir().mkpath(folder);
    tourDesk();
    if (m_kiosk) {
        tourKiosk();
        saveClosedKiosk();
    }
    // The whole screen as it is now: the desk with the demo's kiosk in its corner.
    m_console.showPage(ConsoleWindow::Page::Desk);
    QApplication::processEvents();
    m_console.screen()->grabWindow(0).save(folder + u"/screen.png"_s);
    QFile done(folder + u"/.done"_s);
    (void)done.open(QIODevice::WriteOnly);
}

void ScreenshotTour::shot(QWidget &window, const QString &name)
{
    QApplication::processEvents(); // lay out what was just shown
    window.grab().save(m_folder + u'/' + name + u".png"_s);
}

void ScreenshotTour::shotOfPage(ConsoleWindow::Page page, const QString &name)
{
    m_console.showPage(page);
    shot(m_console, name);
}

void ScreenshotTour::tourDesk()
{
    m_console.resize(deskSize);
    shot(m_console, u"desk-0-login"_s);
    m_console.loginPage()->submit(DemoData::officerName, DemoData::officerPin);
    m_console.tick();
    shot(m_console, u"desk-1-desk"_s);
    m_console.showPage(ConsoleWindow::Page::VisitingBook);
    m_console.visitingBookView()->selectRow(0);
    shot(m_console, u"desk-2-visiting-book"_s);
    shotOfPage(ConsoleWindow::Page::Reports, u"desk-3-reports"_s);
    m_console.reportsView()->showReport(ReportsView::Kind::Monthly, m_desk.today());
    shot(m_console, u"desk-3-reports-monthly"_s);
    shotOfPage(ConsoleWindow::Page::Complaints, u"desk-4-complaints"_s);
    m_console.showPage(ConsoleWindow::Page::Roster);
    m_console.rosterView()->selectRow(0);
    shot(m_console, u"desk-5-roster"_s);
    shotOfPage(ConsoleWindow::Page::Statistics, u"desk-6-statistics"_s);
    shotOfPage(ConsoleWindow::Page::Capacity, u"desk-7-capacity"_s);
    shotOfPage(ConsoleWindow::Page::Settings, u"desk-8-settings"_s);
    if (auto *scroll = m_console.settingsView()->findChild<QScrollArea *>()) {
        scroll->verticalScrollBar()->setValue(scroll->verticalScrollBar()->maximum());
        shot(m_console, u"desk-8-settings-end"_s);
    }
    m_console.showPage(ConsoleWindow::Page::Desk);
}

void ScreenshotTour::tap(const QString &button)
{
    for (QPushButton *b : m_kiosk->findChildren<QPushButton *>(button)) {
        if (b->isVisible()) {
            b->click();
            return;
        }
    }
}

void ScreenshotTour::type(const QString &text)
{
    for (const QChar c : text)
        tap(c == u' ' ? u"key-space"_s : u"key-"_s + c.toUpper());
}

void ScreenshotTour::tourKiosk()
{
    KioskWindow &kiosk = *m_kiosk;
    kiosk.resize(KioskPreview::kioskSize);
    shot(kiosk, u"kiosk-1-open"_s);
    const QStringList cells = m_desk.schedule().dayPlan(m_desk.today()).cells;
    if (!cells.isEmpty()) {
        tap(u"cell-"_s + cells.first());
        shot(kiosk, u"kiosk-2-names"_s);
        tap(u"back"_s);
    }
    // Someone refused, found by register number on the keyboard: who already had their call today,
    // else someone whose cell has no visit today.
    std::optional<Wbp> refused;
    for (const Ticket &t : m_desk.calls().queue().tickets()) {
        if (t.state == TicketState::Done)
            refused = m_desk.roster().wbp(t.wbpId.toLongLong()).valueOr({});
    }
    for (const QString &cell : { u"4"_s, u"7"_s, u"14"_s, u"15"_s }) {
        if (!refused && !cells.contains(cell) && !m_desk.roster().wbpInCell(cell).valueOr({}).isEmpty())
            refused = m_desk.roster().wbpInCell(cell).valueOr({}).first();
    }
    if (refused) {
        tap(u"search-all"_s);
        type(refused->registerNumber);
        shot(kiosk, u"kiosk-3-search"_s);
        tap(u"wbp-"_s + QString::number(refused->id));
        shot(kiosk, u"kiosk-4-refusal"_s);
        tap(u"home"_s);
    }
    tap(u"info"_s);
    shot(kiosk, u"kiosk-5-info"_s);
    tap(u"info-prosedur"_s);
    shot(kiosk, u"kiosk-5-info-procedure"_s);
    tap(u"info-waktu"_s);
    shot(kiosk, u"kiosk-5-info-time"_s);
    tap(u"home"_s);
    tap(u"survey"_s);
    shot(kiosk, u"kiosk-6-survey"_s);
    tap(u"home"_s);
}

// The same kiosk on the same record, half an hour after today's last window has closed (now, if
// it has): the welcome page as the WBP find it out of hours.
void ScreenshotTour::saveClosedKiosk()
{
    const Schedule &schedule = m_desk.schedule();
    const QDateTime now = m_desk.clock().nowUtc();
    const QDate today = schedule.localDate(now);
    QDateTime closed = now;
    for (const TimeWindow &w : schedule.dayPlan(today).windows)
        closed = std::max(closed, QDateTime(today, w.end, schedule.zone()).addSecs(30 * 60).toUTC());
    ShiftedClock clock(m_desk.clock(), now.msecsTo(closed));
    Desk desk(m_desk.logbook(), clock);
    if (!desk.load(false))
        return;
    KioskWindow kiosk(desk);
    kiosk.resize(KioskPreview::kioskSize);
    kiosk.show();
    shot(kiosk, u"kiosk-7-closed"_s);
    kiosk.hide();
}

} // namespace kj
