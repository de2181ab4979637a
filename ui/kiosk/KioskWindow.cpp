#include "KioskWindow.h"

#include "Clock.h"
#include "ConfirmPage.h"
#include "ContactLabel.h"
#include "ContactsPage.h"
#include "Format.h"
#include "InfoPage.h"
#include "KioskWidgets.h"
#include "NamesPage.h"
#include "NowCallingBoard.h"
#include "OfflinePage.h"
#include "PinPage.h"
#include "RefusalPage.h"
#include "SurveyPage.h"
#include "ThanksPage.h"
#include "TicketPage.h"
#include "WelcomePage.h"

#include <QApplication>
#include <QCloseEvent>
#include <QFrame>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QPushButton>
#include <QStackedWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace kj {

KioskWindow::KioskWindow(Desk &desk, QWidget *parent)
    : QWidget(parent)
    , m_desk(desk)
    , m_pages(new QStackedWidget(this))
    , m_welcome(new WelcomePage(desk))
    , m_names(new NamesPage(desk))
    , m_contacts(new ContactsPage)
    , m_confirm(new ConfirmPage)
    , m_ticket(new TicketPage(desk))
    , m_refusal(new RefusalPage)
    , m_info(new InfoPage(desk))
    , m_survey(new SurveyPage(desk))
    , m_thanks(new ThanksPage)
    , m_pin(new PinPage)
    , m_offline(new OfflinePage)
{
    setWindowFlag(Qt::Window); // its own window even as the demo's second window
    setObjectName(u"kiosk"_s);
    setAttribute(Qt::WA_StyledBackground);
    setStyleSheet(KioskStyle::styleSheet());
    setWindowTitle(tr("Kunjungan — sign-in kiosk"));
    setMinimumSize(1024, 700);

    for (QWidget *page : std::initializer_list<QWidget *> { m_welcome, m_names, m_contacts, m_confirm,
             m_ticket, m_refusal, m_info, m_survey, m_thanks, m_pin, m_offline })
        m_pages->addWidget(page);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(buildHeader());
    layout->addWidget(m_pages, 1);
    connectPages();

    connect(&m_desk, &Desk::changed, this, [this] {
        m_welcome->board()->refresh();
        if (m_pages->currentWidget() == m_ticket)
            m_ticket->refresh();
    });
    // Whatever the WBP was doing is dropped: a sign-in is either recorded whole or not at all.
    connect(&m_desk, &Desk::connectionChanged, this, &KioskWindow::goHome);
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

void KioskWindow::connectPages()
{
    connect(m_welcome, &WelcomePage::cellChosen, this, &KioskWindow::startCell);
    connect(m_welcome, &WelcomePage::searchChosen, this, [this] {
        m_names->showSearch();
        route(m_names);
    });
    connect(m_welcome, &WelcomePage::infoChosen, this, [this] {
        m_info->showSection(u"persyaratan"_s);
        route(m_info);
    });
    connect(m_welcome, &WelcomePage::surveyChosen, this, [this] {
        m_survey->start();
        route(m_survey);
    });
    connect(m_names, &NamesPage::chosen, this, &KioskWindow::chooseWbp);
    connect(m_contacts, &ContactsPage::chosen, this, &KioskWindow::chooseContact);
    connect(m_confirm, &ConfirmPage::confirmed, this, &KioskWindow::confirm);
    connect(m_survey, &SurveyPage::finished, this, [this](const QString &note) {
        m_thanks->setNote(note);
        route(m_thanks);
    });
    connect(m_pin, &PinPage::entered, this, &KioskWindow::tryPin);
    connect(m_names, &NamesPage::back, this, &KioskWindow::goHome);
    connect(m_contacts, &ContactsPage::back, this, &KioskWindow::goHome);
    connect(m_confirm, &ConfirmPage::back, this, &KioskWindow::goHome);
    connect(m_ticket, &TicketPage::done, this, &KioskWindow::goHome);
    connect(m_refusal, &RefusalPage::home, this, &KioskWindow::goHome);
    connect(m_info, &InfoPage::home, this, &KioskWindow::goHome);
    connect(m_survey, &SurveyPage::stopped, this, &KioskWindow::goHome);
    connect(m_thanks, &ThanksPage::home, this, &KioskWindow::goHome);
    connect(m_pin, &PinPage::cancelled, this, &KioskWindow::goHome);
}

QString KioskWindow::page() const
{
    return m_pages->currentWidget()->objectName();
}

QString KioskWindow::refusalReason() const
{
    return m_refusal->refusal().reason;
}

QString KioskWindow::refusalMessage() const
{
    return m_refusal->refusal().message;
}

QStringList KioskWindow::board() const
{
    return m_welcome->board()->lines();
}

std::optional<Ticket> KioskWindow::ticket() const
{
    return m_ticket->ticket();
}

qint64 KioskWindow::estimatedWaitSeconds() const
{
    return m_ticket->estimatedWaitSeconds();
}

QWidget *KioskWindow::buildHeader()
{
    auto *header = new QFrame(this);
    header->setObjectName(u"header"_s);
    auto *row = new QHBoxLayout(header);
    row->setContentsMargins(0, 0, 24, 0);
    // The hidden way out: looks like empty header, answers only a long press.
    auto *corner = KioskStyle::button(QString(), u"officer-corner"_s, header, u"corner"_s);
    corner->setFixedSize(96, 72);
    connect(
        corner, &QPushButton::pressed, this, [this] { m_cornerPressedMs = m_desk.clock().monotonicMs(); });
    connect(corner, &QPushButton::released, this, [this] {
        const bool held
            = m_cornerPressedMs && m_desk.clock().monotonicMs() - *m_cornerPressedMs >= longPressMs;
        m_cornerPressedMs.reset();
        if (held)
            openPin();
    });
    row->addWidget(corner);
    auto *name = KioskStyle::label(m_desk.settings().facility.name, u"body"_s, header);
    name->setWordWrap(false);
    row->addWidget(name, 1);
    m_clockLabel = KioskStyle::label(QString(), u"body"_s, header);
    m_clockLabel->setWordWrap(false);
    row->addWidget(m_clockLabel);
    return header;
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
        if (key->key() == Qt::Key_Escape
            || (key->key() == Qt::Key_F4 && (key->modifiers() & Qt::AltModifier))) {
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
    if (m_pages->currentWidget() != m_welcome && m_pages->currentWidget() != m_offline
        && now - m_lastTouchMs >= idleMs)
        goHome();
    if (m_pages->currentWidget() == m_ticket)
        m_ticket->refresh(); // the estimate counts down with the running calls
    if (m_pages->currentWidget() == m_pin)
        refreshPinLockout(); // the wait counts down, and the pad opens when it is over
    refreshClock();
}

void KioskWindow::openPin()
{
    if (!m_desk.logbook().online())
        return; // no officer's PIN can be checked

    m_lastTouchMs = m_desk.clock().monotonicMs();
    m_pin->open(m_desk.officers().list().valueOr({}));
    refreshPinLockout();
    route(m_pin);
}

void KioskWindow::refreshPinLockout()
{
    const auto open = m_desk.officers().kioskUnlockOpen();
    m_pin->setClosed(open ? QString() : open.error().message);
}

void KioskWindow::tryPin(const QString &officerName, const QString &pin)
{
    // The kiosk's own check: wrong PINs here never count against the officer's console sign-in.
    auto officer = m_desk.officers().unlockKiosk(officerName, pin);
    m_pin->clear();
    if (!officer) {
        m_pin->showMessage(officer.error().message);
        refreshPinLockout();
        return;
    }
    m_unlocked = true;
    emit officerExit(*officer);
    close();
}

// ---- routing ------------------------------------------------------------------------------

void KioskWindow::route(QWidget *page)
{
    // While the server is away no page but "not connected" shows, whatever was under way.
    m_pages->setCurrentWidget(m_desk.logbook().online() ? page : m_offline);
}

void KioskWindow::goHome()
{
    m_names->reset();
    m_wbp.reset();
    m_approved.clear();
    m_contact.reset();
    m_ticket->setTicket(std::nullopt);
    m_refusal->reset();
    m_pin->clear();
    m_cornerPressedMs.reset();
    if (m_desk.logbook().online())
        m_welcome->refresh();
    route(m_welcome);
}

void KioskWindow::refreshClock()
{
    const QDateTime local = m_desk.schedule().toLocal(m_desk.clock().nowUtc());
    const QString minute = local.toString(u"yyyy-MM-dd HH:mm"_s); // the date too: a new day is a new minute
    if (minute == m_clockMinute)
        return;
    m_clockMinute = minute;
    m_clockLabel->setText(
        Format::time(local.time()) + u' ' + Format::zoneAbbreviation(m_desk.schedule().zone()));
    if (m_pages->currentWidget() == m_welcome)
        m_welcome->refresh(); // the open/closed line moves with the clock
}

// ---- sign-in ------------------------------------------------------------------------------

void KioskWindow::startCell(const QString &cell)
{
    // Refuse at once when the cell is closed now, before anyone looks for a name.
    const ScheduleVerdict verdict = m_desk.schedule().check(cell, m_desk.clock().nowUtc());
    if (!verdict.open()) {
        refuse(Error { ErrorKind::Refused, u"schedule"_s, m_desk.schedule().explain(verdict) });
        return;
    }
    m_names->showCell(cell);
    route(m_names);
}

void KioskWindow::chooseWbp(const Wbp &person)
{
    if (auto check = m_desk.calls().checkSignIn(person.id); !check) {
        refuse(check.error());
        return;
    }
    m_wbp = person;
    m_approved.clear();
    for (const Contact &c : m_desk.roster().kioskContactsOf(person.id).valueOr({})) {
        if (c.approved)
            m_approved.append(c);
    }
    if (m_approved.size() == 1) {
        chooseContact(m_approved.first());
        return;
    }
    m_contacts->showContacts(m_approved);
    route(m_contacts);
}

void KioskWindow::chooseContact(const Contact &contact)
{
    m_contact = contact;
    m_confirm->showSignIn(*m_wbp, kioskContactLabel(contact, m_approved));
    route(m_confirm);
}

void KioskWindow::confirm()
{
    if (!m_wbp || !m_contact)
        return goHome();
    auto ticket = m_desk.calls().signIn(m_wbp->id, m_contact->id, QString(Actor::Kiosk));
    if (!ticket) {
        refuse(ticket.error());
        return;
    }
    m_ticket->setTicket(*ticket);
    route(m_ticket);
}

void KioskWindow::refuse(const Error &error)
{
    m_wbp.reset();
    m_approved.clear();
    m_contact.reset();
    m_refusal->showRefusal(error);
    route(m_refusal);
}

} // namespace kj
