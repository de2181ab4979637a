#pragma once

#include "Desk.h"
#include "StationCard.h"

#include <QMainWindow>
#include <QTimer>

#include <optional>

class QAction;
class QLabel;
class QListWidget;
class QStackedWidget;
class QTabWidget;

namespace kj {

class Announcer;
class CapacityView;
class ComplaintsView;
class LoginPage;
class VisitingBookView;
class QueueView;
class ReportsView;
class RosterView;
class SettingsView;
class SetupGuide;
class StatisticsView;
class TodayView;

// The officer console: behind a PIN lock, the day bar, the station cards, the queue and those who
// have not visited yet; then the visiting book, the reports, the complaints, the roster, the statistics,
// the capacity planner and (for admins) the settings.
class ConsoleWindow : public QMainWindow
{
    Q_OBJECT

public:
    enum class Page { Desk, VisitingBook, Roster, Settings, Reports, Complaints, Statistics, Capacity };

    // demoNote: the demo banner and login hint; empty outside demo mode. The announcer may be a
    // silent one (tests); without one the window makes its own.
    ConsoleWindow(
        Desk &desk, const QString &demoNote, Announcer *announcer = nullptr, QWidget *parent = nullptr);
    ~ConsoleWindow() override;

    // What the ~200 ms timer does: records thresholds (Desk::poll), sounds, countdowns, idle lock.
    void tick();

    bool isLocked() const;
    // Logs the officer out (an event) and shows the PIN screen; the calls keep running.
    void lock();
    std::optional<Officer> officer() const { return m_officer; }
    void setIdleLockMs(qint64 ms) { m_idleLockMs = ms; }

    // False (with a message) when the officer may not open it: settings are for admins.
    bool showPage(Page page);
    Page currentPage() const;

    LoginPage *loginPage() const { return m_login; }
    StationCard *card(int station) const;
    int stationCount() const { return int(m_cards.size()); }
    int selectedStation() const { return m_selected; }
    void selectStation(int station);
    // Runs an action on the selected station, as its keyboard shortcut does.
    bool triggerOnSelected(StationCard::Action action);
    // The desk's parts are built at the first sign-in (null before).
    QueueView *queueView() const { return m_queue; }
    TodayView *todayView() const { return m_today; }
    SetupGuide *setupGuide() const { return m_setup; }
    // The other pages are built when first opened.
    VisitingBookView *visitingBookView();
    RosterView *rosterView();
    SettingsView *settingsView();
    StatisticsView *statisticsView();
    CapacityView *capacityView();
    ReportsView *reportsView();
    ComplaintsView *complaintsView();
    Announcer &announcer() const { return *m_announcer; }
    QAction *muteAction() const { return m_mute; }
    // The banner shown outside service hours; empty while open.
    QString closedBannerText() const;
    // The banner shown while the logbook's server does not answer; empty while it does.
    QString offlineBannerText() const;
    // Today's cells' WBP without a completed call this week, as listed ("name (cell)").
    QStringList notVisitedYet() const;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    // Closing the console logs the officer out (an event), as locking does.
    void closeEvent(QCloseEvent *event) override;

private:
    void onLoggedIn(const Officer &officer);
    // A page's view, built the first time it is opened and handed the signed-in officer.
    template<typename View, typename... Args> View *viewOnPage(View *&view, QWidget *page, Args &...args);
    // The signed-in officer, or nobody while locked, to the cards and the views that act.
    void passOfficer();
    void buildDesk();
    void buildCards();
    void refreshAll();
    void updateAlarms();
    void refreshNotVisited();
    void updateBanner();
    void announce(int station, const Ticket &ticket);
    void callTicket(int ticket, int station);

    Desk &m_desk;
    QString m_demoNote;
    std::unique_ptr<Announcer> m_ownAnnouncer;
    Announcer *m_announcer;
    std::optional<Officer> m_officer;
    QStackedWidget *m_stack;
    LoginPage *m_login;
    QTabWidget *m_tabs;
    QWidget *m_deskPage;
    QLabel *m_officerLabel = nullptr;
    QLabel *m_closedBanner = nullptr;
    QLabel *m_offlineBanner = nullptr;
    SetupGuide *m_setup = nullptr;
    TodayView *m_today = nullptr;
    QueueView *m_queue = nullptr;
    QListWidget *m_notVisited = nullptr;
    QLabel *m_notVisitedTitle = nullptr;
    QWidget *m_cardsArea = nullptr;
    QList<StationCard *> m_cards;
    int m_selected = 1;
    QWidget *m_visitingBookPage;
    QWidget *m_rosterPage;
    QWidget *m_settingsPage;
    VisitingBookView *m_visitingBook = nullptr;
    RosterView *m_roster = nullptr;
    SettingsView *m_settings = nullptr;
    QWidget *m_statisticsPage;
    QWidget *m_capacityPage;
    StatisticsView *m_statistics = nullptr;
    CapacityView *m_capacity = nullptr;
    QWidget *m_reportsPage;
    QWidget *m_complaintsPage;
    ReportsView *m_reports = nullptr;
    ComplaintsView *m_complaints = nullptr;
    QAction *m_mute;
    QTimer m_tick;
    qint64 m_lastActivityMs = 0;
    qint64 m_idleLockMs = 15 * 60'000;
    qint64 m_lastSlowRefreshMs = 0;
    QStringList m_stationNames;
};

} // namespace kj
