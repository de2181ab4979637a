#include "ConsoleWindow.h"

#include "Announcer.h"
#include "CapacityView.h"
#include "Clock.h"
#include "Colours.h"
#include "ComplaintsView.h"
#include "DayKey.h"
#include "DemoData.h"
#include "Dialogs.h"
#include "Event.h"
#include "Format.h"
#include "LoginPage.h"
#include "QueueView.h"
#include "ReportsView.h"
#include "RosterView.h"
#include "SettingsView.h"
#include "SetupGuide.h"
#include "SpokenIndonesian.h"
#include "StatisticsView.h"
#include "TodayView.h"
#include "VisitingBookView.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QSettings>
#include <QShortcut>
#include <QStackedWidget>
#include <QTabWidget>
#include <QToolBar>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace kj {

namespace {
// A bold strip of white words across the window, hidden until it has something to say.
QLabel *banner(const QString &objectName, const QColor &background)
{
    auto *label = new QLabel;
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setMargin(8);
    QFont font = label->font();
    font.setBold(true);
    font.setPixelSize(15);
    label->setFont(font);
    Colours::apply(label, Qt::white, background);
    label->hide();
    return label;
}
} // namespace

ConsoleWindow::ConsoleWindow(Desk &desk, const QString &demoNote, Announcer *announcer, QWidget *parent)
    : QMainWindow(parent)
    , m_desk(desk)
    , m_demoNote(demoNote)
    , m_ownAnnouncer(announcer ? nullptr : std::make_unique<Announcer>())
    , m_announcer(announcer ? announcer : m_ownAnnouncer.get())
    , m_stack(new QStackedWidget)
    , m_login(new LoginPage(desk,
          demoNote.isEmpty()
              ? QString()
              : tr("Demo officer: %1 · PIN %2").arg(DemoData::officerName, DemoData::officerPin),
          demoNote.isEmpty() ? QString() : DemoData::officerName))
    , m_tabs(new QTabWidget)
    , m_deskPage(new QWidget)
    , m_visitingBookPage(new QWidget)
    , m_rosterPage(new QWidget)
    , m_settingsPage(new QWidget)
    , m_statisticsPage(new QWidget)
    , m_capacityPage(new QWidget)
    , m_reportsPage(new QWidget)
    , m_complaintsPage(new QWidget)
    , m_mute(new QAction(tr("Mute"), this))
{
    setWindowTitle(tr("Kunjungan — Visiting desk"));
    auto *central = new QWidget;
    auto *outer = new QVBoxLayout(central);
    outer->setContentsMargins(6, 6, 6, 6);
    if (!demoNote.isEmpty()) {
        auto *banner = new QLabel(demoNote);
        banner->setObjectName(u"demoBanner"_s);
        banner->setAlignment(Qt::AlignCenter);
        banner->setMargin(6);
        QFont bold = banner->font();
        bold.setBold(true);
        banner->setFont(bold);
        Colours::apply(banner, Qt::white, QColor(0xb45309));
        outer->addWidget(banner);
    }
    // Above every page, the lock screen included: the logbook's server does not answer.
    m_offlineBanner = banner(u"offlineBanner"_s, QColor(0xb91c1c));
    outer->addWidget(m_offlineBanner);
    connect(&m_desk, &Desk::connectionChanged, this, [this](bool online) {
        m_offlineBanner->setText(tr("NOT CONNECTED — %1").arg(m_desk.logbook().offlineProblem()));
        m_offlineBanner->setVisible(!online);
    });
    outer->addWidget(m_stack, 1);
    setCentralWidget(central);

    // Only the lock screen is built now; the desk's contents wait for the first sign-in
    // (buildDesk), the other pages for their first opening: the first window stays as quick to
    // show as a bare one.
    for (QWidget *page : { m_deskPage, m_visitingBookPage, m_rosterPage, m_settingsPage, m_reportsPage,
             m_complaintsPage, m_statisticsPage, m_capacityPage }) {
        auto *l = new QVBoxLayout(page);
        l->setContentsMargins(0, 0, 0, 0);
    }
    m_tabs->addTab(m_deskPage, tr("Desk"));
    m_tabs->addTab(m_visitingBookPage, tr("Visiting book"));
    m_tabs->addTab(m_reportsPage, tr("Reports"));
    m_tabs->addTab(m_complaintsPage, tr("Complaints"));
    m_tabs->addTab(m_rosterPage, tr("WBP data"));
    m_tabs->addTab(m_statisticsPage, tr("Statistics"));
    m_tabs->addTab(m_capacityPage, tr("Capacity"));
    m_tabs->addTab(m_settingsPage, tr("Settings"));
    // The book and the settings read the database only when opened, never at start-up.
    connect(m_tabs, &QTabWidget::currentChanged, this, [this] {
        if (m_tabs->currentWidget() == m_visitingBookPage)
            visitingBookView()->setFilter(m_visitingBook->model()->filter());
        else if (m_tabs->currentWidget() == m_rosterPage)
            rosterView();
        else if (m_tabs->currentWidget() == m_settingsPage)
            settingsView()->load();
        else if (m_tabs->currentWidget() == m_statisticsPage)
            statisticsView()->refresh();
        else if (m_tabs->currentWidget() == m_capacityPage)
            capacityView()->refresh();
        else if (m_tabs->currentWidget() == m_reportsPage)
            reportsView()->refresh();
        else if (m_tabs->currentWidget() == m_complaintsPage)
            complaintsView()->reload();
    });
    m_stack->addWidget(m_login);
    m_stack->addWidget(m_tabs);
    connect(m_login, &LoginPage::loggedIn, this, &ConsoleWindow::onLoggedIn);

    m_mute->setCheckable(true);
    m_mute->setChecked(QSettings().value(u"sound/muted"_s, false).toBool());
    m_announcer->setMuted(m_mute->isChecked());
    connect(m_mute, &QAction::toggled, this, [this](bool muted) {
        m_announcer->setMuted(muted);
        QSettings().setValue(u"sound/muted"_s, muted);
    });

    connect(&m_desk, &Desk::changed, this, &ConsoleWindow::refreshAll);
    connect(&m_desk, &Desk::thresholdReached, this, [this](int, CallThreshold threshold) {
        if (threshold == CallThreshold::Warning)
            m_announcer->warning();
    });

    // Shortcuts act on the selected station; Ctrl+1…9 selects one.
    for (const auto &[action, key] : StationCard::shortcuts()) {
        auto *shortcut = new QShortcut(key, m_deskPage);
        connect(
            shortcut, &QShortcut::activated, this, [this, action = action] { triggerOnSelected(action); });
    }
    for (int i = 1; i <= 9; ++i) {
        auto *shortcut = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_0 + i)), m_deskPage);
        connect(shortcut, &QShortcut::activated, this, [this, i] { selectStation(i); });
    }
    auto *lockShortcut = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_L), m_tabs);
    connect(lockShortcut, &QShortcut::activated, this, &ConsoleWindow::lock);

    m_stack->setCurrentWidget(m_login);
    m_lastActivityMs = m_desk.clock().monotonicMs();
    qApp->installEventFilter(this);
    connect(&m_tick, &QTimer::timeout, this, &ConsoleWindow::tick);
    m_tick.start(200);
}

void ConsoleWindow::buildDesk()
{
    if (m_queue)
        return;
    m_officerLabel = new QLabel;
    m_closedBanner = banner(u"closedBanner"_s, QColor(0x1f2937));
    m_today = new TodayView(m_desk.schedule(), m_desk.clock());
    m_queue = new QueueView(m_desk);
    m_notVisited = new QListWidget;
    m_notVisitedTitle = new QLabel;
    m_cardsArea = new QWidget;

    // Today bar and banner on top, the cards, then the queue beside "not yet".
    auto *deskLayout = static_cast<QVBoxLayout *>(m_deskPage->layout());
    auto *top = new QHBoxLayout;
    top->addWidget(m_today, 1);
    top->addWidget(m_officerLabel);
    auto *lockButton = new QToolButton;
    lockButton->setText(tr("Lock"));
    lockButton->setToolTip(tr("Lock the console (Ctrl+L)"));
    connect(lockButton, &QToolButton::clicked, this, &ConsoleWindow::lock);
    auto *muteButton = new QToolButton;
    muteButton->setDefaultAction(m_mute);
    top->addWidget(muteButton);
    top->addWidget(lockButton);
    deskLayout->addLayout(top);
    m_closedBanner->setAlignment(Qt::AlignCenter);
    deskLayout->addWidget(m_closedBanner);
    // A new desk says what to do first; the buttons lead to the page that does it.
    m_setup = new SetupGuide(m_desk);
    connect(m_setup, &SetupGuide::rosterWanted, this, [this] {
        if (showPage(Page::Roster))
            rosterView()->importRoster();
    });
    connect(m_setup, &SetupGuide::contactsWanted, this, [this] {
        if (showPage(Page::Roster))
            rosterView()->importContacts();
    });
    connect(m_setup, &SetupGuide::officersWanted, this, [this] { showPage(Page::Settings); });
    deskLayout->addWidget(m_setup);
    new QHBoxLayout(m_cardsArea);
    m_cardsArea->layout()->setContentsMargins(0, 0, 0, 0);
    deskLayout->addWidget(m_cardsArea);
    auto *bottom = new QWidget;
    auto *bottomLayout = new QHBoxLayout(bottom);
    bottomLayout->setContentsMargins(0, 0, 0, 0);
    bottomLayout->addWidget(m_queue, 3);
    auto *notVisitedBox = new QWidget;
    auto *nvLayout = new QVBoxLayout(notVisitedBox);
    nvLayout->setContentsMargins(0, 0, 0, 0);
    QFont bold = m_notVisitedTitle->font();
    bold.setBold(true);
    bold.setPointSizeF(bold.pointSizeF() * 1.2);
    m_notVisitedTitle->setFont(bold);
    nvLayout->addWidget(m_notVisitedTitle);
    nvLayout->addWidget(m_notVisited);
    bottomLayout->addWidget(notVisitedBox, 1);
    deskLayout->addWidget(bottom, 1);
    connect(m_queue, &QueueView::callRequested, this, &ConsoleWindow::callTicket);
    buildCards();
}

ConsoleWindow::~ConsoleWindow()
{
    qApp->removeEventFilter(this);
}

bool ConsoleWindow::eventFilter(QObject *watched, QEvent *event)
{
    switch (event->type()) {
    case QEvent::KeyPress:
    case QEvent::MouseButtonPress:
    case QEvent::Wheel:
        m_lastActivityMs = m_desk.clock().monotonicMs();
        break;
    default:
        break;
    }
    return QMainWindow::eventFilter(watched, event);
}

void ConsoleWindow::closeEvent(QCloseEvent *event)
{
    // A call's end kept while the logbook's server does not answer lives only in this window.
    const int pending = m_desk.calls().pendingEndCount();
    if (pending > 0
        && !Dialogs::confirm(this, tr("Close the desk?"),
            tr("%n call end(s) are not recorded yet: the logbook's server does not answer, and they are "
               "kept only in this window until it does. Closed now, they are lost: when the desk starts "
               "again those calls run on, or are recorded as interrupted if their time is up. Close anyway?",
                nullptr, pending),
            false)) {
        event->ignore();
        return;
    }
    if (m_officer)
        lock();
    QMainWindow::closeEvent(event);
}

void ConsoleWindow::buildCards()
{
    if (!m_queue)
        return;
    const QStringList names = m_desk.settings().stations;
    if (names == m_stationNames && !m_cards.isEmpty())
        return;
    m_stationNames = names;
    qDeleteAll(m_cards);
    m_cards.clear();
    auto *layout = static_cast<QHBoxLayout *>(m_cardsArea->layout());
    for (int i = 0; i < names.size(); ++i) {
        auto *card = new StationCard(m_desk, i + 1, names[i]);
        if (m_officer)
            card->setActor(Actor::officer(m_officer->id));
        connect(card, &StationCard::called, this, &ConsoleWindow::announce);
        connect(card, &StationCard::activated, this, &ConsoleWindow::selectStation);
        layout->addWidget(card, 1);
        m_cards.append(card);
    }
    m_queue->setStations(names);
    selectStation(qBound(1, m_selected, qMax(1, int(m_cards.size()))));
}

template<typename View, typename... Args>
View *ConsoleWindow::viewOnPage(View *&view, QWidget *page, Args &...args)
{
    if (!view) {
        view = new View(args...);
        page->layout()->addWidget(view);
        view->show(); // added to a shown page: would only appear after the next event loop turn
        passOfficer();
    }
    return view;
}

VisitingBookView *ConsoleWindow::visitingBookView()
{
    return viewOnPage(m_visitingBook, m_visitingBookPage, m_desk);
}

RosterView *ConsoleWindow::rosterView()
{
    return viewOnPage(m_roster, m_rosterPage, m_desk);
}

SettingsView *ConsoleWindow::settingsView()
{
    return viewOnPage(m_settings, m_settingsPage, m_desk, *m_announcer);
}

StatisticsView *ConsoleWindow::statisticsView()
{
    return viewOnPage(m_statistics, m_statisticsPage, m_desk);
}

CapacityView *ConsoleWindow::capacityView()
{
    return viewOnPage(m_capacity, m_capacityPage, m_desk);
}

ReportsView *ConsoleWindow::reportsView()
{
    return viewOnPage(m_reports, m_reportsPage, m_desk);
}

ComplaintsView *ConsoleWindow::complaintsView()
{
    return viewOnPage(m_complaints, m_complaintsPage, m_desk);
}

StationCard *ConsoleWindow::card(int station) const
{
    return m_cards.value(station - 1);
}

void ConsoleWindow::selectStation(int station)
{
    if (station < 1 || station > m_cards.size())
        return;
    m_selected = station;
    for (StationCard *c : std::as_const(m_cards))
        c->setSelected(c->station() == station);
}

bool ConsoleWindow::triggerOnSelected(StationCard::Action action)
{
    if (isLocked())
        return false;
    StationCard *c = card(m_selected);
    return c && c->trigger(action);
}

bool ConsoleWindow::isLocked() const
{
    return !m_officer;
}

void ConsoleWindow::onLoggedIn(const Officer &officer)
{
    m_officer = officer;
    buildDesk();
    m_officerLabel->setText(tr("Officer: %1").arg(officer.name));
    passOfficer();
    m_tabs->setTabVisible(m_tabs->indexOf(m_settingsPage), officer.isAdmin());
    m_lastActivityMs = m_desk.clock().monotonicMs();
    m_stack->setCurrentWidget(m_tabs);
    m_tabs->setCurrentWidget(m_deskPage);
    refreshAll();
}

void ConsoleWindow::passOfficer()
{
    const QString actor = m_officer ? Actor::officer(m_officer->id) : QString();
    for (StationCard *c : std::as_const(m_cards))
        c->setActor(actor);
    if (m_visitingBook)
        m_visitingBook->setActor(actor);
    if (m_roster)
        m_roster->setActor(actor);
    if (m_settings)
        m_settings->setActor(actor);
    if (m_reports)
        m_reports->setOfficer(m_officer);
    if (m_complaints)
        m_complaints->setActor(actor);
}

void ConsoleWindow::lock()
{
    if (m_officer)
        (void)m_desk.officers().logout(*m_officer); // a failed record of the logout must not keep it open
    m_officer.reset();
    passOfficer();
    m_login->reset();
    m_stack->setCurrentWidget(m_login);
}

bool ConsoleWindow::showPage(Page page)
{
    if (isLocked())
        return false;
    QWidget *target = nullptr; // every page is a case below
    switch (page) {
    case Page::Desk:
        target = m_deskPage;
        break;
    case Page::VisitingBook:
        target = m_visitingBookPage;
        break;
    case Page::Roster:
        target = m_rosterPage;
        break;
    case Page::Statistics:
        target = m_statisticsPage;
        break;
    case Page::Capacity:
        target = m_capacityPage;
        break;
    case Page::Reports:
        target = m_reportsPage;
        break;
    case Page::Complaints:
        target = m_complaintsPage;
        break;
    case Page::Settings:
        if (!m_officer->isAdmin()) {
            Dialogs::error(this,
                { ErrorKind::Refused, u"admin-only"_s,
                    tr("Only an administrator can change the settings.") });
            return false;
        }
        target = m_settingsPage;
        break;
    }
    m_tabs->setCurrentWidget(target);
    return true;
}

ConsoleWindow::Page ConsoleWindow::currentPage() const
{
    QWidget *w = m_tabs->currentWidget();
    if (w == m_visitingBookPage)
        return Page::VisitingBook;
    if (w == m_rosterPage)
        return Page::Roster;
    if (w == m_settingsPage)
        return Page::Settings;
    if (w == m_statisticsPage)
        return Page::Statistics;
    if (w == m_capacityPage)
        return Page::Capacity;
    if (w == m_reportsPage)
        return Page::Reports;
    if (w == m_complaintsPage)
        return Page::Complaints;
    return Page::Desk;
}

void ConsoleWindow::announce(int station, const Ticket &ticket)
{
    const auto person = m_desk.roster().wbp(ticket.wbpId.toLongLong()).valueOr({});
    m_announcer->announceCall(
        SpokenIndonesian::call(Queue::ticketLabel(ticket.number), person ? person->name : QString(),
            ticket.cell, m_stationNames.value(station - 1, QString::number(station))));
}

void ConsoleWindow::callTicket(int ticket, int station)
{
    if (isLocked())
        return;
    auto called = m_desk.calls().call(ticket, station, Actor::officer(m_officer->id));
    if (!called) {
        Dialogs::error(this, called.error());
        return;
    }
    announce(station, *called);
}

void ConsoleWindow::updateAlarms()
{
    // The alarm follows the desk's timers, not the cards: it also rings behind the lock screen of
    // a console restarted during a call, before anyone has signed in.
    const qint64 mono = m_desk.clock().monotonicMs();
    for (int station = 1; station <= m_desk.settings().stations.size(); ++station) {
        const CallTimer *timer = m_desk.calls().timer(station);
        m_announcer->setAlarm(station, timer && timer->phase(mono) == CallPhase::TimeUp);
    }
}

void ConsoleWindow::refreshAll()
{
    buildCards(); // the stations may have changed
    updateAlarms(); // an ended call's alarm stops now, not at the next tick
    // Behind the lock nothing is visible: the first paint of the login screen stays fast, and the
    // officer's sign-in refreshes everything.
    if (isLocked())
        return;
    for (StationCard *c : std::as_const(m_cards))
        c->refresh();
    // While the logbook's server does not answer nothing can be read: the views keep what they
    // showed.
    if (!m_desk.logbook().online())
        return;
    m_queue->refresh();
    m_today->refresh();
    m_setup->refresh();
    updateBanner();
    refreshNotVisited();
}

QString ConsoleWindow::offlineBannerText() const
{
    return m_offlineBanner->isHidden() ? QString() : m_offlineBanner->text();
}

QString ConsoleWindow::closedBannerText() const
{
    return !m_closedBanner || m_closedBanner->isHidden() ? QString() : m_closedBanner->text();
}

void ConsoleWindow::updateBanner()
{
    const QDateTime now = m_desk.clock().nowUtc();
    const auto opening = m_desk.schedule().nextOpening(now);
    if (opening && opening->first.startUtc <= now) {
        m_closedBanner->hide();
        m_closedBanner->clear();
        return;
    }
    const QString next
        = opening ? tr("Next: %1.").arg(m_desk.schedule().describeSlotStart(opening->first)) : QString();
    m_closedBanner->setText(tr("OUTSIDE VISITING HOURS — no sign-in now. %1").arg(next));
    m_closedBanner->show();
}

QStringList ConsoleWindow::notVisitedYet() const
{
    QStringList list;
    for (int i = 0; m_notVisited && i < m_notVisited->count(); ++i)
        list.append(m_notVisited->item(i)->text());
    return list;
}

void ConsoleWindow::refreshNotVisited()
{
    m_notVisited->clear();
    const QList<Wbp> waiting = m_desk.roster().notVisitedThisWeek().valueOr({});
    for (const Wbp &w : waiting) {
        QString text = u"%1 (%2)"_s.arg(w.name, w.cell);
        const auto ticket = m_desk.calls().queue().findByWbp(QString::number(w.id));
        if (ticket && ticket->isActive())
            text += u" \u00b7 "_s + Queue::ticketLabel(ticket->number);
        m_notVisited->addItem(text);
    }
    m_notVisitedTitle->setText(tr("Not visited this week: %n", nullptr, int(waiting.size())));
}

void ConsoleWindow::tick()
{
    const qint64 mono = m_desk.clock().monotonicMs();
    (void)m_desk.calls().poll(); // thresholds come back through Desk::thresholdReached
    updateAlarms();
    for (StationCard *c : std::as_const(m_cards))
        c->updateCountdown();
    m_announcer->tick(mono);
    // The day bar and the waiting times move by the second, not by the tick.
    if (!isLocked() && mono - m_lastSlowRefreshMs >= 1000) {
        m_lastSlowRefreshMs = mono;
        m_today->refresh();
        updateBanner();
        m_queue->updateWaitingTimes();
    }
    if (!isLocked() && m_idleLockMs > 0 && mono - m_lastActivityMs >= m_idleLockMs)
        lock();
}

} // namespace kj
