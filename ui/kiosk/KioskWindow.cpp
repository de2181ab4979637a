#include "KioskWindow.h"

#include "Clock.h"
#include "ContactsCsv.h"
#include "Event.h"
#include "Format.h"
#include "KioskEstimate.h"
#include "KioskInfo.h"
#include "KioskWidgets.h"

#include <QApplication>
#include <QCloseEvent>
#include <QFontMetrics>
#include <QFrame>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QPushButton>
#include <QStackedWidget>
#include <QStyle>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace kj {

namespace {

constexpr int columns = 3;

// Removes a layout's widgets at once (not at the next event loop turn), so a rebuilt page never
// holds two buttons of the same name; deletion waits, since the sender may be among them.
void clearLayout(QLayout *layout)
{
    while (QLayoutItem *item = layout->takeAt(0)) {
        if (QWidget *w = item->widget()) {
            w->hide();
            w->setParent(nullptr);
            w->deleteLater();
        }
        delete item;
    }
}

QVBoxLayout *pageLayout(QWidget *page)
{
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(32, 20, 32, 24);
    layout->setSpacing(16);
    return layout;
}

QString lastDigits(const QString &phone)
{
    return phone.size() > 4 ? u"…"_s + phone.right(4) : phone;
}

} // namespace

KioskWindow::KioskWindow(Desk &desk, QWidget *parent)
    : QWidget(parent)
    , m_desk(desk)
{
    setWindowFlag(Qt::Window); // its own window even as the demo's second window
    setObjectName(u"kiosk"_s);
    setAttribute(Qt::WA_StyledBackground);
    setStyleSheet(KioskStyle::styleSheet());
    setWindowTitle(tr("Kunjungan — sign-in kiosk"));
    setMinimumSize(1024, 700);

    m_pages = new QStackedWidget(this);
    m_welcome = buildWelcome();
    m_names = buildNames();
    m_contacts = buildContacts();
    m_confirm = buildConfirm();
    m_ticketPage = buildTicket();
    m_refusalPage = buildRefusal();
    m_info = buildInfo();
    m_survey = buildSurvey();
    m_thanks = buildThanks();
    m_pin = buildPin();
    for (QWidget *page : {m_welcome, m_names, m_contacts, m_confirm, m_ticketPage, m_refusalPage, m_info,
                          m_survey, m_thanks, m_pin})
        m_pages->addWidget(page);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(buildHeader());
    layout->addWidget(m_pages, 1);

    connect(&m_desk, &Desk::changed, this, [this] {
        refreshBoard();
        if (m_pages->currentWidget() == m_ticketPage)
            refreshTicket();
    });
    qApp->installEventFilter(this);
    m_lastTouchMs = m_desk.clock().monotonicMs();
    connect(&m_timer, &QTimer::timeout, this, &KioskWindow::tick);
    m_timer.start(250);
    goHome();
    refreshClock();
}

KioskWindow::~KioskWindow()
{
    qApp->removeEventFilter(this);
}

QString KioskWindow::page() const
{
    return m_pages->currentWidget()->objectName();
}

// ---- lock-down, idle and the officer's way out ------------------------------------------------

void KioskWindow::closeEvent(QCloseEvent *event)
{
    if (m_unlocked)
        event->accept();
    else
        event->ignore();
}

void KioskWindow::keyPressEvent(QKeyEvent *event)
{
    event->accept(); // nothing on a kiosk answers a key
}

bool KioskWindow::eventFilter(QObject *watched, QEvent *event)
{
    auto *widget = qobject_cast<QWidget *>(watched);
    if (!widget || widget->window() != this)
        return false;
    switch (event->type()) {
    case QEvent::MouseButtonPress:
    case QEvent::TouchBegin:
    case QEvent::TouchUpdate:
    case QEvent::Wheel:
        m_lastTouchMs = m_desk.clock().monotonicMs();
        return false;
    case QEvent::KeyPress:
    case QEvent::ShortcutOverride: {
        // A keyboard left plugged in must not close or leave the kiosk.
        const auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_Escape || (key->key() == Qt::Key_F4 && (key->modifiers() & Qt::AltModifier))) {
            event->accept();
            return true;
        }
        return false;
    }
    default:
        return false;
    }
}

void KioskWindow::tick()
{
    const qint64 now = m_desk.clock().monotonicMs();
    if (m_cornerPressedMs && now - *m_cornerPressedMs >= longPressMs) {
        m_cornerPressedMs.reset();
        openPin();
        return;
    }
    if (m_pages->currentWidget() != m_welcome && now - m_lastTouchMs >= idleMs)
        goHome();
    if (m_pages->currentWidget() == m_ticketPage)
        refreshTicket(); // the estimate counts down with the running calls
    refreshClock();
}

void KioskWindow::openPin()
{
    m_lastTouchMs = m_desk.clock().monotonicMs();
    m_pinPad->clear();
    m_pinMessage->setText(tr("Officer: choose your name and enter your PIN to close the kiosk."));
    clearLayout(m_pinOfficers);
    const QList<Officer> officers = m_desk.officers();
    m_pinOfficer = officers.isEmpty() ? QString() : officers.first().name;
    for (int i = 0; i < officers.size(); ++i) {
        const QString name = officers[i].name;
        auto *b = KioskStyle::button(name, u"officer-"_s + QString::number(officers[i].id), m_pin,
                                     name == m_pinOfficer ? u"primary"_s : u"secondary"_s);
        connect(b, &QPushButton::clicked, this, [this, name] {
            m_pinOfficer = name;
            for (int j = 0; j < m_pinOfficers->count(); ++j) {
                auto *other = qobject_cast<QPushButton *>(m_pinOfficers->itemAt(j)->widget());
                other->setProperty("role", other->text() == name ? u"primary"_s : u"secondary"_s);
                other->style()->unpolish(other);
                other->style()->polish(other);
            }
        });
        m_pinOfficers->addWidget(b, i / columns, i % columns);
        b->show(); // the layout would show it only at the next event loop turn
    }
    showPage(m_pin);
}

void KioskWindow::tryPin(const QString &pin)
{
    auto officer = m_desk.login(m_pinOfficer, pin);
    m_pinPad->clear();
    if (!officer) {
        m_pinMessage->setText(officer.error().message);
        return;
    }
    (void)m_desk.logout(*officer); // the officer only unlocks; no session stays open at the kiosk
    m_unlocked = true;
    emit officerExit(*officer);
    close();
}

// ---- pages --------------------------------------------------------------------------------

QWidget *KioskWindow::buildHeader()
{
    auto *header = new QFrame(this);
    header->setObjectName(u"header"_s);
    auto *row = new QHBoxLayout(header);
    row->setContentsMargins(0, 0, 24, 0);
    // The hidden way out: looks like empty header, answers only a long press.
    m_corner = KioskStyle::button(QString(), u"officer-corner"_s, header, u"corner"_s);
    m_corner->setFixedSize(96, 72);
    connect(m_corner, &QPushButton::pressed, this, [this] { m_cornerPressedMs = m_desk.clock().monotonicMs(); });
    connect(m_corner, &QPushButton::released, this, [this] {
        const bool held = m_cornerPressedMs && m_desk.clock().monotonicMs() - *m_cornerPressedMs >= longPressMs;
        m_cornerPressedMs.reset();
        if (held)
            openPin();
    });
    row->addWidget(m_corner);
    auto *name = KioskStyle::label(m_desk.settings().facility.name, u"body"_s, header);
    name->setWordWrap(false);
    row->addWidget(name, 1);
    m_clockLabel = KioskStyle::label(QString(), u"body"_s, header);
    m_clockLabel->setWordWrap(false);
    row->addWidget(m_clockLabel);
    return header;
}

QWidget *KioskWindow::buildWelcome()
{
    auto *page = new QWidget;
    page->setObjectName(u"welcome"_s);
    auto *layout = pageLayout(page);
    m_date = KioskStyle::label(QString(), u"title"_s, page);
    m_today = KioskStyle::label(QString(), u"body"_s, page);
    m_status = KioskStyle::label(QString(), u"hint"_s, page);
    m_date->setObjectName(u"welcome-date"_s);
    m_today->setObjectName(u"welcome-today"_s);
    m_status->setObjectName(u"welcome-status"_s);
    layout->addWidget(m_date);
    layout->addWidget(m_today);
    layout->addWidget(m_status);

    auto *columns2 = new QHBoxLayout;
    columns2->setSpacing(32);
    auto *left = new QVBoxLayout;
    left->setSpacing(16);
    m_cellPrompt = KioskStyle::label(tr("To sign in, tap your cell:"), u"body"_s, page);
    left->addWidget(m_cellPrompt);
    m_cellGrid = new QGridLayout;
    m_cellGrid->setSpacing(16);
    left->addLayout(m_cellGrid);
    auto *search = KioskStyle::button(tr("Other cell or register number"), u"search-all"_s, page, u"secondary"_s);
    connect(search, &QPushButton::clicked, this, &KioskWindow::startSearch);
    left->addWidget(search);
    left->addStretch(1);
    auto *more = new QVBoxLayout;
    more->setSpacing(16);
    auto *info = KioskStyle::button(tr("Service information"), u"info"_s, page, u"secondary"_s);
    auto *survey = KioskStyle::button(tr("Satisfaction survey"), u"survey"_s, page, u"secondary"_s);
    connect(info, &QPushButton::clicked, this, [this] { showInfo(u"persyaratan"_s); });
    connect(survey, &QPushButton::clicked, this, &KioskWindow::startSurvey);
    more->addWidget(info);
    more->addWidget(survey);
    left->addLayout(more);
    columns2->addLayout(left, 1);

    auto *board = new QFrame(page);
    board->setObjectName(u"board"_s);
    auto *boardLayout = new QVBoxLayout(board);
    boardLayout->setContentsMargins(24, 16, 24, 16);
    boardLayout->addWidget(KioskStyle::label(tr("Now calling"), u"board-head"_s, board));
    m_boardGrid = new QGridLayout;
    m_boardGrid->setHorizontalSpacing(24);
    m_boardGrid->setVerticalSpacing(12);
    boardLayout->addLayout(m_boardGrid);
    boardLayout->addStretch(1);
    m_boardFoot = KioskStyle::label(QString(), u"note"_s, board);
    boardLayout->addWidget(m_boardFoot);
    columns2->addWidget(board, 1);
    layout->addLayout(columns2, 1);
    return page;
}

QWidget *KioskWindow::buildNames()
{
    auto *page = new QWidget;
    page->setObjectName(u"names"_s);
    auto *layout = pageLayout(page);
    auto *top = new QHBoxLayout;
    top->setSpacing(16);
    auto *back = KioskStyle::button(tr("◀ Back"), u"back"_s, page, u"secondary"_s);
    back->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
    connect(back, &QPushButton::clicked, this, &KioskWindow::goHome);
    m_namesTitle = KioskStyle::label(QString(), u"title"_s, page);
    m_prev = KioskStyle::button(u"▲"_s, u"names-prev"_s, page, u"secondary"_s);
    m_next = KioskStyle::button(u"▼"_s, u"names-next"_s, page, u"secondary"_s);
    m_pageLabel = KioskStyle::label(QString(), u"note"_s, page);
    m_pageLabel->setWordWrap(false);
    for (QPushButton *b : {m_prev, m_next})
        b->setFixedWidth(96);
    connect(m_prev, &QPushButton::clicked, this, [this] { --m_namesPage; refreshNames(); });
    connect(m_next, &QPushButton::clicked, this, [this] { ++m_namesPage; refreshNames(); });
    top->addWidget(back);
    top->addWidget(m_namesTitle, 1);
    top->addWidget(m_prev);
    top->addWidget(m_pageLabel);
    top->addWidget(m_next);
    layout->addLayout(top);

    auto *searchRow = new QHBoxLayout;
    searchRow->setSpacing(16);
    m_searchLabel = KioskStyle::label(QString(), u"search"_s, page);
    m_searchToggle = KioskStyle::button(QString(), u"search-toggle"_s, page, u"secondary"_s);
    m_searchToggle->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
    connect(m_searchToggle, &QPushButton::clicked, this, [this] { setKeyboardVisible(!m_keyboard->isVisible()); });
    auto *clear = KioskStyle::button(u"✕"_s, u"search-clear"_s, page, u"secondary"_s);
    clear->setFixedWidth(96);
    connect(clear, &QPushButton::clicked, this, [this] {
        m_search.clear();
        m_namesPage = 0;
        refreshNames();
    });
    searchRow->addWidget(m_searchLabel, 1);
    searchRow->addWidget(clear);
    searchRow->addWidget(m_searchToggle);
    layout->addLayout(searchRow);

    m_namesGrid = new QGridLayout;
    m_namesGrid->setSpacing(12);
    layout->addLayout(m_namesGrid);
    m_noMatch = KioskStyle::label(QString(), u"refusal"_s, page);
    m_noMatch->setObjectName(u"no-match"_s);
    layout->addWidget(m_noMatch);
    layout->addStretch(1);

    m_keyboard = new KioskKeyboard(page);
    connect(m_keyboard, &KioskKeyboard::typed, this, [this](const QString &text) {
        m_search += text;
        m_namesPage = 0;
        refreshNames();
    });
    connect(m_keyboard, &KioskKeyboard::backspace, this, [this] {
        m_search.chop(1);
        m_namesPage = 0;
        refreshNames();
    });
    layout->addWidget(m_keyboard);
    return page;
}

QWidget *KioskWindow::buildContacts()
{
    auto *page = new QWidget;
    page->setObjectName(u"contacts"_s);
    auto *layout = pageLayout(page);
    layout->addWidget(KioskStyle::label(tr("Whom do you want to call?"), u"title"_s, page));
    m_contactList = new QVBoxLayout;
    m_contactList->setSpacing(16);
    layout->addLayout(m_contactList);
    layout->addStretch(1);
    auto *back = KioskStyle::button(tr("◀ Back"), u"back"_s, page, u"secondary"_s);
    connect(back, &QPushButton::clicked, this, &KioskWindow::goHome);
    layout->addWidget(back);
    return page;
}

QWidget *KioskWindow::buildConfirm()
{
    auto *page = new QWidget;
    page->setObjectName(u"confirm"_s);
    auto *layout = pageLayout(page);
    layout->addWidget(KioskStyle::label(tr("Is this right?"), u"title"_s, page));
    m_confirmName = KioskStyle::label(QString(), u"title"_s, page);
    m_confirmDetails = KioskStyle::label(QString(), u"body"_s, page);
    layout->addWidget(m_confirmName);
    layout->addWidget(m_confirmDetails);
    layout->addStretch(1);
    auto *row = new QHBoxLayout;
    row->setSpacing(24);
    auto *back = KioskStyle::button(tr("◀ No, start again"), u"back"_s, page, u"secondary"_s);
    auto *ok = KioskStyle::button(tr("Yes, sign me in"), u"confirm-yes"_s, page);
    ok->setMinimumHeight(120);
    back->setMinimumHeight(120);
    connect(back, &QPushButton::clicked, this, &KioskWindow::goHome);
    connect(ok, &QPushButton::clicked, this, &KioskWindow::confirm);
    row->addWidget(back, 1);
    row->addWidget(ok, 2);
    layout->addLayout(row);
    return page;
}

QWidget *KioskWindow::buildTicket()
{
    auto *page = new QWidget;
    page->setObjectName(u"ticket"_s);
    auto *layout = pageLayout(page);
    auto *heading = KioskStyle::label(tr("Your number"), u"title"_s, page);
    heading->setAlignment(Qt::AlignCenter);
    m_ticketNumber = KioskStyle::label(QString(), u"huge"_s, page);
    m_ticketNumber->setAlignment(Qt::AlignCenter);
    m_ticketPlace = KioskStyle::label(QString(), u"title"_s, page);
    m_ticketWait = KioskStyle::label(QString(), u"hint"_s, page);
    m_ticketService = KioskStyle::label(QString(), u"body"_s, page);
    for (QLabel *l : {m_ticketPlace, m_ticketWait, m_ticketService})
        l->setAlignment(Qt::AlignCenter);
    layout->addWidget(heading);
    layout->addWidget(m_ticketNumber);
    layout->addWidget(m_ticketPlace);
    layout->addWidget(m_ticketWait);
    layout->addWidget(m_ticketService);
    layout->addStretch(1);
    auto *done = KioskStyle::button(tr("Done"), u"done"_s, page);
    connect(done, &QPushButton::clicked, this, &KioskWindow::goHome);
    layout->addWidget(done);
    return page;
}

QWidget *KioskWindow::buildRefusal()
{
    auto *page = new QWidget;
    page->setObjectName(u"refusal"_s);
    auto *layout = pageLayout(page);
    layout->addWidget(KioskStyle::label(tr("You cannot sign in now"), u"title"_s, page));
    m_refusalText = KioskStyle::label(QString(), u"refusal"_s, page);
    m_refusalText->setObjectName(u"refusal-message"_s);
    m_refusalHint = KioskStyle::label(QString(), u"hint"_s, page);
    m_refusalHint->setObjectName(u"refusal-hint"_s);
    layout->addWidget(m_refusalText);
    layout->addWidget(m_refusalHint);
    layout->addStretch(1);
    auto *home = KioskStyle::button(tr("Back to the start"), u"home"_s, page);
    connect(home, &QPushButton::clicked, this, &KioskWindow::goHome);
    layout->addWidget(home);
    return page;
}

QWidget *KioskWindow::buildInfo()
{
    auto *page = new QWidget;
    page->setObjectName(u"info"_s);
    auto *layout = pageLayout(page);
    auto *row = new QHBoxLayout;
    row->setSpacing(32);
    auto *menu = new QVBoxLayout;
    menu->setSpacing(10);
    for (const KioskInfo::Section &section : KioskInfo::sections(m_desk)) {
        auto *b = KioskStyle::button(section.title, u"info-"_s + section.key, page, u"secondary"_s);
        const QString key = section.key;
        connect(b, &QPushButton::clicked, this, [this, key] { showInfo(key); });
        menu->addWidget(b);
    }
    menu->addStretch(1);
    auto *home = KioskStyle::button(tr("◀ Back"), u"home"_s, page, u"secondary"_s);
    connect(home, &QPushButton::clicked, this, &KioskWindow::goHome);
    menu->addWidget(home);
    row->addLayout(menu, 1);
    auto *text = new QVBoxLayout;
    m_infoTitle = KioskStyle::label(QString(), u"title"_s, page);
    m_infoText = KioskStyle::label(QString(), u"body"_s, page);
    m_infoText->setObjectName(u"info-text"_s);
    m_infoText->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    text->addWidget(m_infoTitle);
    text->addWidget(m_infoText, 1);
    row->addLayout(text, 2);
    layout->addLayout(row, 1);
    return page;
}

QWidget *KioskWindow::buildSurvey()
{
    auto *page = new QWidget;
    page->setObjectName(u"survey"_s);
    auto *layout = pageLayout(page);
    m_surveyProgress = KioskStyle::label(QString(), u"note"_s, page);
    m_surveyQuestion = KioskStyle::label(QString(), u"title"_s, page);
    layout->addWidget(m_surveyProgress);
    layout->addWidget(m_surveyQuestion);
    auto *answers = new QGridLayout;
    answers->setSpacing(20);
    for (int a = 1; a <= 4; ++a) {
        auto *b = KioskStyle::button(QString(), u"answer-"_s + QString::number(a), page);
        b->setMinimumHeight(110);
        connect(b, &QPushButton::clicked, this, [this, a] { answerSurvey(a); });
        answers->addWidget(b, (a - 1) / 2, (a - 1) % 2);
        m_surveyButtons.append(b);
    }
    layout->addLayout(answers);
    layout->addStretch(1);
    auto *stop = KioskStyle::button(tr("Stop the survey"), u"home"_s, page, u"secondary"_s);
    connect(stop, &QPushButton::clicked, this, &KioskWindow::goHome);
    layout->addWidget(stop);
    return page;
}

QWidget *KioskWindow::buildThanks()
{
    auto *page = new QWidget;
    page->setObjectName(u"thanks"_s);
    auto *layout = pageLayout(page);
    layout->addStretch(1);
    auto *title = KioskStyle::label(tr("Thank you for your answers."), u"title"_s, page);
    title->setAlignment(Qt::AlignCenter);
    layout->addWidget(title);
    layout->addStretch(1);
    auto *home = KioskStyle::button(tr("Back to the start"), u"home"_s, page);
    connect(home, &QPushButton::clicked, this, &KioskWindow::goHome);
    layout->addWidget(home);
    return page;
}

QWidget *KioskWindow::buildPin()
{
    auto *page = new QWidget;
    page->setObjectName(u"pin"_s);
    auto *layout = pageLayout(page);
    m_pinMessage = KioskStyle::label(QString(), u"body"_s, page);
    m_pinMessage->setObjectName(u"pin-message"_s);
    layout->addWidget(m_pinMessage);
    m_pinOfficers = new QGridLayout;
    m_pinOfficers->setSpacing(12);
    layout->addLayout(m_pinOfficers);
    auto *row = new QHBoxLayout;
    m_pinPad = new KioskPinPad(page);
    m_pinPad->setMaximumWidth(560);
    connect(m_pinPad, &KioskPinPad::entered, this, &KioskWindow::tryPin);
    row->addStretch(1);
    row->addWidget(m_pinPad, 2);
    row->addStretch(1);
    layout->addLayout(row, 1);
    auto *cancel = KioskStyle::button(tr("Cancel"), u"home"_s, page, u"secondary"_s);
    connect(cancel, &QPushButton::clicked, this, &KioskWindow::goHome);
    layout->addWidget(cancel);
    return page;
}

// ---- welcome and board ----------------------------------------------------------------------

void KioskWindow::showPage(QWidget *page)
{
    m_pages->setCurrentWidget(page);
}

void KioskWindow::goHome()
{
    m_cell.clear();
    m_search.clear();
    m_namesPage = 0;
    m_wbp.reset();
    m_contact.reset();
    m_ticket.reset();
    m_waitSeconds = 0;
    m_refusal = Error{};
    m_surveyAnswers.clear();
    m_pinPad->clear();
    m_cornerPressedMs.reset();
    refreshWelcome();
    showPage(m_welcome);
}

void KioskWindow::refreshClock()
{
    const QDateTime local = m_desk.schedule().toLocal(m_desk.clock().nowUtc());
    const QString minute = local.toString(u"yyyy-MM-dd HH:mm"_s); // the date too: a new day is a new minute
    if (minute == m_clockMinute)
        return;
    m_clockMinute = minute;
    m_clockLabel->setText(Format::time(local.time()) + u' ' + Format::zoneAbbreviation(m_desk.schedule().zone()));
    if (m_pages->currentWidget() == m_welcome)
        refreshWelcome(); // the open/closed line moves with the clock
}

void KioskWindow::refreshWelcome()
{
    const Schedule &schedule = m_desk.schedule();
    const QDateTime now = m_desk.clock().nowUtc();
    const DayPlan plan = schedule.dayPlan(schedule.localDate(now));
    m_date->setText(Format::date(plan.date));
    if (plan.isServiceDay()) {
        m_today->setText(tr("Today: cell %1, %2").arg(Format::joinAnd(plan.cells), schedule.describeWindows(plan.windows)));
    } else if (!plan.holiday.isEmpty()) {
        m_today->setText(tr("Today is a holiday (%1): no visits.").arg(plan.holiday));
    } else {
        m_today->setText(tr("No visits today."));
    }
    const auto opening = schedule.nextOpening(now);
    if (!opening) {
        m_status->setText(tr("No visiting time is planned. Please ask the officer."));
    } else if (opening->first.startUtc <= now) {
        m_status->setText(tr("Sign-in is open until %1 %2.")
                              .arg(Format::time(opening->first.window.end), Format::zoneAbbreviation(schedule.zone())));
    } else {
        m_status->setText(tr("Closed now. Next visiting time: %1, for cell %2.")
                              .arg(schedule.describeSlotStart(opening->first), Format::joinAnd(opening->second.cells)));
    }

    const QStringList cells = plan.isServiceDay() ? plan.cells : QStringList();
    if (cells != m_cellButtonsFor || m_cellGrid->count() == 0) {
        m_cellButtonsFor = cells;
        clearLayout(m_cellGrid);
        for (int i = 0; i < cells.size(); ++i) {
            const QString cell = cells[i];
            auto *b = KioskStyle::button(tr("Cell %1").arg(cell), u"cell-"_s + cell, m_welcome);
            b->setMinimumHeight(140);
            b->setStyleSheet(u"font-size: 40pt;"_s);
            connect(b, &QPushButton::clicked, this, [this, cell] { startCell(cell); });
            m_cellGrid->addWidget(b, i / 2, i % 2);
            b->show();
        }
        m_cellPrompt->setVisible(!cells.isEmpty());
        if (cells.isEmpty()) {
            auto *none = KioskStyle::label(tr("No cell signs in today."), u"note"_s, m_welcome);
            m_cellGrid->addWidget(none, 0, 0);
            none->show();
        }
    }
    refreshBoard();
}

void KioskWindow::refreshBoard()
{
    // The desk reloads its queue on a commit, not at midnight: yesterday's tickets are not today's.
    const QDate today = m_desk.today();
    auto isToday = [&](const Ticket &t) { return m_desk.schedule().localDate(t.signedInUtc) == today; };
    QList<Ticket> called;
    int waiting = 0;
    for (const Ticket &t : m_desk.queue().tickets()) {
        if (!isToday(t))
            continue;
        if (t.state == TicketState::Called || t.state == TicketState::InCall)
            called.append(t);
        else if (t.state == TicketState::Waiting)
            ++waiting;
    }
    std::sort(called.begin(), called.end(), [](const Ticket &a, const Ticket &b) { return a.station < b.station; });
    const QStringList stationNames = m_desk.settings().stations;
    clearLayout(m_boardGrid);
    m_boardLines.clear();
    for (int row = 0; row < called.size(); ++row) {
        const Ticket &t = called[row];
        const auto person = m_desk.wbp(t.wbpId.toLongLong());
        const QString station = tr("Booth %1").arg(stationNames.value(t.station - 1, QString::number(t.station)));
        const QStringList parts = {Queue::ticketLabel(t.number), person ? person->name : QString(), station};
        m_boardLines.append(parts.join(u" · "_s));
        // Two lines per booth: number and booth big on top (read from afar), the name below.
        auto *number = KioskStyle::label(parts[0], u"board-row"_s, m_welcome);
        number->setStyleSheet(u"color: #ffd400;"_s);
        auto *booth = KioskStyle::label(u"→ "_s + parts[2], u"board-row"_s, m_welcome);
        booth->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
        auto *name = KioskStyle::label(parts[1], u"board-name"_s, m_welcome);
        m_boardGrid->addWidget(number, 2 * row, 0);
        m_boardGrid->addWidget(booth, 2 * row, 1);
        m_boardGrid->addWidget(name, 2 * row + 1, 0, 1, 2);
        for (QLabel *l : {number, booth, name})
            l->show(); // the layout would show them only at the next event loop turn
    }
    if (called.isEmpty()) {
        auto *none = KioskStyle::label(tr("Nobody is being called right now."), u"note"_s, m_welcome);
        m_boardGrid->addWidget(none, 0, 0, 1, 2);
        none->show();
    }
    m_boardFoot->setText(tr("Waiting: %n", nullptr, waiting));
}

// ---- sign-in ------------------------------------------------------------------------------

void KioskWindow::startCell(const QString &cell)
{
    // Refuse at once when the cell is closed now, before anyone looks for a name.
    const ScheduleVerdict verdict = m_desk.schedule().check(cell, m_desk.clock().nowUtc());
    if (!verdict.open()) {
        refuse(Error{ErrorKind::Refused, u"schedule"_s, m_desk.schedule().explain(verdict)});
        return;
    }
    m_cell = cell;
    m_search.clear();
    m_namesPage = 0;
    m_namesTitle->setText(tr("Cell %1: tap your name").arg(cell));
    setKeyboardVisible(false);
    showPage(m_names);
}

void KioskWindow::startSearch()
{
    m_cell.clear();
    m_search.clear();
    m_namesPage = 0;
    m_namesTitle->setText(tr("Type your name or register number"));
    setKeyboardVisible(true);
    showPage(m_names);
}

void KioskWindow::setKeyboardVisible(bool visible)
{
    m_keyboard->setVisible(visible);
    m_searchToggle->setText(visible ? tr("Hide keyboard") : tr("Search"));
    refreshNames();
}

void KioskWindow::refreshNames()
{
    QList<Wbp> found;
    const QString text = m_search.simplified();
    if (!m_cell.isEmpty()) {
        for (const Wbp &w : m_desk.wbpInCell(m_cell)) {
            if (text.isEmpty() || w.name.contains(text, Qt::CaseInsensitive)
                || w.registerNumber.contains(text, Qt::CaseInsensitive) || w.aliases.contains(text, Qt::CaseInsensitive))
                found.append(w);
        }
    } else if (text.size() >= 2) {
        found = m_desk.searchWbp(text, 60);
    }
    m_searchLabel->setText(m_search.isEmpty() ? (m_cell.isEmpty() ? tr("Type at least two letters or digits")
                                                                  : tr("Tap Search to find a name or number"))
                                              : m_search);

    const int perPage = columns * (m_keyboard->isVisibleTo(m_names) ? 2 : 4);
    const int pages = qMax(1, int((found.size() + perPage - 1) / perPage));
    m_namesPage = qBound(0, m_namesPage, pages - 1);
    m_prev->setEnabled(m_namesPage > 0);
    m_next->setEnabled(m_namesPage < pages - 1);
    m_pageLabel->setText(u"%1/%2"_s.arg(m_namesPage + 1).arg(pages));

    clearLayout(m_namesGrid);
    // A button does not wrap: a long name is shortened to its column, the register number tells
    // people with similar names apart.
    const int columnWidth = (m_pages->width() - 64 - 12 * (columns - 1)) / columns - 60;
    const int first = m_namesPage * perPage;
    for (int i = first; i < qMin(int(found.size()), first + perPage); ++i) {
        const Wbp person = found[i];
        auto *b = KioskStyle::button(QString(), u"wbp-"_s + QString::number(person.id), m_names, u"choice"_s);
        b->ensurePolished();
        const QFontMetrics metrics(b->font());
        QString line2 = person.registerNumber;
        if (m_cell.isEmpty())
            line2 += u" · "_s + tr("cell %1").arg(person.cell);
        b->setText(metrics.elidedText(person.name, Qt::ElideRight, columnWidth) + u'\n'
                   + metrics.elidedText(line2, Qt::ElideRight, columnWidth));
        b->setMinimumHeight(104);
        connect(b, &QPushButton::clicked, this, [this, person] { chooseWbp(person); });
        m_namesGrid->addWidget(b, (i - first) / columns, (i - first) % columns);
        b->show();
    }
    const bool noMatch = found.isEmpty() && !text.isEmpty() && (!m_cell.isEmpty() || text.size() >= 2);
    if (noMatch) {
        // The roster's own refusal for an unknown WBP, so the kiosk and the desk say the same.
        const auto unknown = m_desk.checkSignIn(0);
        m_noMatch->setText(tr("No one found for \"%1\".").arg(text) + u'\n'
                           + (unknown ? QString() : unknown.error().message));
    }
    m_noMatch->setVisible(noMatch);
}

void KioskWindow::chooseWbp(const Wbp &person)
{
    if (auto check = m_desk.checkSignIn(person.id); !check) {
        refuse(check.error());
        return;
    }
    m_wbp = person;
    QList<Contact> approved;
    for (const Contact &c : m_desk.contactsOf(person.id)) {
        if (c.approved && c.active)
            approved.append(c);
    }
    if (approved.size() == 1) {
        chooseContact(approved.first());
        return;
    }
    clearLayout(m_contactList);
    for (const Contact &c : approved) {
        const QString text = Relation::label(c.relation) + u" — "_s + c.name + u"  ("_s
                           + lastDigits(c.phone) + u')';
        auto *b = KioskStyle::button(text, u"contact-"_s + QString::number(c.id), m_contacts, u"choice"_s);
        b->setMinimumHeight(96);
        connect(b, &QPushButton::clicked, this, [this, c] { chooseContact(c); });
        m_contactList->addWidget(b);
        b->show();
    }
    showPage(m_contacts);
}

void KioskWindow::chooseContact(const Contact &contact)
{
    m_contact = contact;
    m_confirmName->setText(m_wbp->name);
    m_confirmDetails->setText(tr("Cell %1 · register number %2").arg(m_wbp->cell, m_wbp->registerNumber) + u"\n\n"_s
                              + tr("Video call to: %1 — %2 (%3)")
                                    .arg(Relation::label(contact.relation), contact.name,
                                         lastDigits(contact.phone)));
    showPage(m_confirm);
}

void KioskWindow::confirm()
{
    if (!m_wbp || !m_contact)
        return goHome();
    auto ticket = m_desk.signIn(m_wbp->id, m_contact->id, QString(Actor::Kiosk));
    if (!ticket) {
        refuse(ticket.error());
        return;
    }
    m_ticket = *ticket;
    refreshTicket();
    showPage(m_ticketPage);
}

void KioskWindow::refreshTicket()
{
    if (!m_ticket)
        return;
    if (const auto now = m_desk.queue().find(m_ticket->number))
        m_ticket = *now;
    const Ticket &t = *m_ticket;
    m_ticketNumber->setText(Queue::ticketLabel(t.number));
    const int position = m_desk.queue().positionOf(t.number);
    m_waitSeconds = KioskEstimate::waitSecondsFor(m_desk, t.number);
    const QString stationName = m_desk.settings().stations.value(t.station - 1, QString::number(t.station));
    if (t.state == TicketState::Called || t.state == TicketState::InCall) {
        m_ticketPlace->setText(tr("Your number is being called: please go to booth %1.").arg(stationName));
        m_ticketWait->clear();
    } else if (position > 0) {
        m_ticketPlace->setText(position == 1 ? tr("You are next in the queue.")
                                             : tr("Place in the queue: %1").arg(position));
        const int minutes = int((m_waitSeconds + 59) / 60);
        m_ticketWait->setText(minutes == 0 ? tr("You may be called at any moment: please stay near the booths.")
                                           : tr("Estimated wait: about %n minute(s)", nullptr, minutes));
    } else {
        m_ticketPlace->clear();
        m_ticketWait->clear();
    }
    m_ticketService->setText(tr("Booths serving: %1. Each call lasts %n minute(s).", nullptr,
                                m_desk.settings().call.defaultMinutes)
                                 .arg(m_desk.queue().policy().stations)
                             + u'\n' + tr("Watch the board: when your number appears, go to the booth shown."));
}

// The Desk's message says what is wrong; the hint says what to do at the kiosk.
void KioskWindow::refuse(const Error &error)
{
    m_refusal = error;
    m_wbp.reset();
    m_contact.reset();
    QString hint;
    if (error.reason == u"unknown-wbp")
        hint = tr("Check your register number with the officer at the desk.");
    else if (error.reason == u"schedule")
        hint = tr("Please come back at that time. The schedule is under \"Service information\".");
    else if (error.reason == u"restricted")
        hint = tr("Please speak to the officer on duty.");
    else if (error.reason == u"no-approved-contact")
        hint = tr("The officer can register and approve your family's number; then you can sign in here.");
    else if (error.reason == u"already-waiting")
        hint = tr("You are already in the queue with number %1. Please wait to be called.").arg(error.detail);
    else if (error.reason == u"already-called-today")
        hint = tr("You can sign in again on your cell's next visiting day.");
    else if (error.reason == u"weekly-quota")
        hint = tr("You can sign in again next week.");
    else
        hint = tr("Please ask the officer for help.");
    m_refusalText->setText(error.message);
    m_refusalHint->setText(hint);
    showPage(m_refusalPage);
}

// ---- information and survey -----------------------------------------------------------------

void KioskWindow::showInfo(const QString &key)
{
    for (const KioskInfo::Section &section : KioskInfo::sections(m_desk)) {
        if (section.key == key) {
            m_infoTitle->setText(section.title);
            m_infoText->setText(section.text);
        }
        // The open section's button is the yellow one, so the reader sees where they are.
        if (auto *b = m_info->findChild<QPushButton *>(u"info-"_s + section.key)) {
            b->setProperty("role", section.key == key ? u"primary"_s : u"secondary"_s);
            b->style()->unpolish(b);
            b->style()->polish(b);
        }
    }
    showPage(m_info);
}

void KioskWindow::startSurvey()
{
    m_surveyAnswers.clear();
    showSurveyItem();
    showPage(m_survey);
}

void KioskWindow::showSurveyItem()
{
    const QList<KioskSurvey::Item> items = KioskSurvey::items();
    const KioskSurvey::Item &item = items[m_surveyAnswers.size()];
    m_surveyProgress->setText(tr("Question %1 of %2 · %3")
                                  .arg(m_surveyAnswers.size() + 1)
                                  .arg(KioskSurvey::itemCount)
                                  .arg(tr("optional, no names are kept")));
    m_surveyQuestion->setText(item.question);
    for (int a = 0; a < m_surveyButtons.size(); ++a)
        m_surveyButtons[a]->setText(item.answers.value(a));
}

void KioskWindow::answerSurvey(int answer)
{
    m_surveyAnswers.append(answer);
    if (m_surveyAnswers.size() < KioskSurvey::itemCount) {
        showSurveyItem();
        return;
    }
    // A failed write loses one survey; it never blocks the kiosk or the queue.
    const auto recorded = m_desk.record(EventType::SurveyAnswered, Projector::surveyPayload(m_surveyAnswers),
                                        QString(Actor::Kiosk));
    if (!recorded)
        qWarning("survey not recorded: %s", qUtf8Printable(recorded.error().detail));
    m_surveyAnswers.clear();
    showPage(m_thanks);
}

} // namespace kj
