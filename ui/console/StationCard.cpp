#include "StationCard.h"

#include "Clock.h"
#include "Colours.h"
#include "ContactsCsv.h"
#include "Desk.h"
#include "Dialogs.h"
#include "Format.h"
#include "PhoneNumber.h"
#include "QrCode.h"

#include <QApplication>
#include <QClipboard>
#include <QDesktopServices>
#include <QFontMetrics>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QMenu>
#include <QPainter>
#include <QPushButton>
#include <QToolButton>
#include <QUrl>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace kj {

namespace {
// The countdown's smallest size: a centimetre on a 15.6" 1366×768 screen, still read across the room.
constexpr int minCountdownPx = 36;

// The room the countdown takes at its widest ("+00:00", a call past its time) in this font.
int countdownWidth(const QFont &font)
{
    return QFontMetrics(font).horizontalAdvance(u"+00:00"_s);
}

// The code is scanned by the station phone held about 40 cm from the desk screen, which wants a
// symbol of at least 4 cm. A 1366×768 screen of 15.6" has 100 pixels an inch (3.95 a millimetre):
// version 3 (29 modules, room for any wa.me link at level M) of 6 px a module is 174 px, 4.4 cm,
// and 222 px (5.6 cm) with its quiet zone. Four cards side by side leave no such room: there the
// modules are 5 px (3.7 cm) and the quiet zone 3 modules, the card's light margin around it.
QImage codeImage(const QString &link, bool narrow)
{
    constexpr int version = 3;
    return narrow ? qrCodeImage(link, 5, version, 3) : qrCodeImage(link, 6, version);
}

QSize codeSize(bool narrow)
{
    static const QSize wide = codeImage(whatsAppLink(u"+6281234567890"_s), false).size();
    static const QSize small = codeImage(whatsAppLink(u"+6281234567890"_s), true).size();
    return narrow ? small : wide;
}
} // namespace

QString dialablePhone(const QString &e164)
{
    if (!e164.startsWith(u"+62"_s))
        return e164;
    const QString local = u'0' + e164.mid(3);
    QStringList groups;
    for (int i = 0; i < local.size(); i += 4)
        groups.append(local.mid(i, 4));
    return groups.join(u'-');
}

QString whatsAppLink(const QString &e164)
{
    QString digits;
    for (const QChar c : e164) {
        if (c.isDigit())
            digits.append(c);
    }
    return u"https://wa.me/"_s + digits;
}

const QList<std::pair<StationCard::Action, QKeySequence>> &StationCard::shortcuts()
{
    static const QList<std::pair<Action, QKeySequence>> keys = {
        { Action::CallNext, Qt::Key_F2 },
        { Action::Recall, Qt::Key_F3 },
        { Action::NoShow, Qt::Key_F4 },
        { Action::Start, Qt::Key_F5 },
        { Action::Extend, Qt::Key_F6 },
        { Action::DropResume, Qt::Key_F7 },
        { Action::NoAnswer, Qt::Key_F8 },
        { Action::End, Qt::Key_F9 },
        { Action::EndAndCallNext, QKeySequence(Qt::SHIFT | Qt::Key_F9) },
        { Action::EndEarly, Qt::Key_F10 },
        { Action::Stop, Qt::Key_F11 },
    };
    return keys;
}

QString StationCard::shortcutHint(Action action)
{
    for (const auto &[a, key] : shortcuts()) {
        if (a == action)
            return key.toString(QKeySequence::PortableText);
    }
    return {};
}

StationCard::StationCard(Desk &desk, int station, const QString &name, QWidget *parent)
    : QFrame(parent)
    , m_desk(desk)
    , m_station(station)
    , m_name(name)
    , m_title(new QLabel)
    , m_state(new QLabel)
    , m_who(new QLabel)
    , m_whoDetail(new QLabel)
    , m_family(new QLabel)
    , m_phoneLabel(new QLabel)
    , m_copy(new QToolButton)
    , m_qr(new QLabel)
    , m_qrNote(new QLabel)
    , m_openWhatsApp(new QPushButton)
    , m_countdown(new QLabel)
    , m_countdownNote(new QLabel)
    , m_endButton(new QToolButton)
    , m_grid(new QGridLayout)
{
    setObjectName(u"stationCard%1"_s.arg(station));
    setFrameShape(QFrame::NoFrame); // paintEvent() draws the card
    setMinimumWidth(330);

    QFont titleFont = font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.35);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setText(tr("Station %1").arg(name));
    m_state->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    QFont stateFont = font();
    stateFont.setBold(true);
    m_state->setFont(stateFont);

    QFont whoFont = font();
    whoFont.setPointSizeF(whoFont.pointSizeF() * 1.3);
    whoFont.setBold(true);
    m_who->setFont(whoFont);
    m_who->setWordWrap(true);
    m_whoDetail->setWordWrap(true);
    m_family->setWordWrap(true);

    m_phoneFont = QFont(u"monospace"_s);
    m_phoneFont.setStyleHint(QFont::Monospace);
    m_phoneFont.setPointSizeF(font().pointSizeF() * 1.7);
    m_phoneFont.setBold(true);
    m_phoneLabel->setFont(m_phoneFont);
    m_phoneLabel->setObjectName(u"phone"_s);
    m_phoneLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_copy->setText(tr("Copy"));
    m_copy->setToolTip(tr("Copy the phone number"));
    connect(m_copy, &QToolButton::clicked, this, [this] {
        if (!m_phone.isEmpty())
            QApplication::clipboard()->setText(m_phone);
    });

    m_countdownFont = QFont(u"monospace"_s);
    m_countdownFont.setStyleHint(QFont::Monospace);
    m_countdownFont.setPixelSize(64);
    m_countdownFont.setBold(true);
    m_countdown->setFont(m_countdownFont);
    m_countdown->setObjectName(u"countdown"_s);
    m_countdown->setAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    // Never cut: room for the longest (fitToWidth() makes it smaller on a narrow card).
    m_countdown->setMinimumWidth(countdownWidth(m_countdownFont));

    m_qr->setObjectName(u"whatsAppCode"_s);
    m_qr->setFixedSize(codeSize(false));
    m_qr->setAlignment(Qt::AlignCenter);
    m_qr->setToolTip(tr("Scan with the station phone: WhatsApp opens the chat with the family"));
    m_qrNote->setAlignment(Qt::AlignCenter);
    m_qrNote->setWordWrap(true);
    m_openWhatsApp->setText(tr("Open WhatsApp"));
    m_openWhatsApp->setToolTip(tr("Open the chat with the family in WhatsApp on this PC"));
    m_openWhatsApp->setMinimumHeight(48);
    connect(m_openWhatsApp, &QPushButton::clicked, this, [this] {
        if (!m_link.isEmpty())
            QDesktopServices::openUrl(QUrl(m_link));
    });

    // Who and whom to dial above the countdown on the left, the family's code on the right, the
    // actions below: two cards side by side fit 1366×768 with the queue beneath them.
    auto *layout = new QVBoxLayout(this);
    auto *head = new QHBoxLayout;
    head->addWidget(m_title);
    head->addWidget(m_state, 1);
    layout->addLayout(head);
    auto *bodyBox = new QWidget;
    auto *body = new QHBoxLayout(bodyBox);
    body->setContentsMargins(0, 0, 0, 0);
    auto *info = new QVBoxLayout;
    info->setSpacing(2); // tight: three cards side by side are as tall as two
    info->addWidget(m_who);
    info->addWidget(m_whoDetail);
    info->addWidget(m_family);
    // The number on a line of its own: never cut, even on three cards side by side.
    info->addWidget(m_phoneLabel);
    info->addWidget(m_copy);
    info->addStretch(1);
    info->addWidget(m_countdown);
    info->addWidget(m_countdownNote);
    body->addLayout(info, 1);
    auto *dial = new QVBoxLayout;
    dial->addWidget(m_openWhatsApp);
    dial->addWidget(m_qr);
    dial->addWidget(m_qrNote);
    dial->addStretch(1);
    body->addLayout(dial);
    layout->addWidget(bodyBox, 1);
    m_countdownNote->setWordWrap(true);
    // The buttons stay where they are whatever the card shows: room is kept for a two-line name,
    // the register number, a two-line family line, the phone and its button, the countdown and a
    // two-line hint under it (the layout would not grow for a wrapped line).
    const int line = fontMetrics().lineSpacing();
    m_countdownNote->setMinimumHeight(2 * line);
    const int infoHeight = 2 * QFontMetrics(whoFont).lineSpacing() + 3 * line
        + QFontMetrics(m_phoneFont).height() + m_copy->sizeHint().height()
        + QFontMetrics(m_countdownFont).height() + 2 * line + 7 * info->spacing();
    bodyBox->setMinimumHeight(infoHeight);
    m_qrNote->setMinimumHeight(2 * line);
    // The space of the code is kept while there is none: the cards do not jump when a call starts.
    for (QWidget *w : { static_cast<QWidget *>(m_qr), static_cast<QWidget *>(m_qrNote) }) {
        QSizePolicy policy = w->sizePolicy();
        policy.setRetainSizeWhenHidden(true);
        w->setSizePolicy(policy);
    }
    m_qrNote->setFixedWidth(m_qr->width());
    m_openWhatsApp->setFixedWidth(m_qr->width());

    m_gridOrder = { addButton(Action::CallNext, tr("Call next")), addButton(Action::Recall, tr("Call again")),
        addButton(Action::NoShow, tr("Did not come")), addButton(Action::NoAnswer, tr("No answer")),
        addButton(Action::Start, tr("Start")), addButton(Action::Extend, tr("Add time")),
        addButton(Action::DropResume, tr("Line dropped")), m_endButton };

    // "Akhiri" ends as completed in one click; its menu holds the other outcomes and "end and
    // call the next", so the next call at this station is at most two clicks away.
    m_endButton->setText(tr("End"));
    m_endButton->setPopupMode(QToolButton::MenuButtonPopup);
    m_endButton->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_endButton->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    m_endButton->setMinimumHeight(34);
    m_endButton->setToolTip(tr("End the call as completed (%1)").arg(shortcutHint(Action::End)));
    connect(m_endButton, &QToolButton::clicked, this, [this] { trigger(Action::End); });
    auto *menu = new QMenu(m_endButton);
    menu->addAction(
        tr("Completed (%1)").arg(shortcutHint(Action::End)), this, [this] { trigger(Action::End); });
    menu->addAction(tr("Completed, call next (%1)").arg(shortcutHint(Action::EndAndCallNext)), this,
        [this] { trigger(Action::EndAndCallNext); });
    menu->addAction(tr("Ended early (%1)").arg(shortcutHint(Action::EndEarly)), this,
        [this] { trigger(Action::EndEarly); });
    menu->addAction(tr("Stopped by officer… (%1)").arg(shortcutHint(Action::Stop)), this,
        [this] { trigger(Action::Stop); });
    m_endButton->setMenu(menu);
    m_buttons.insert(Action::End, m_endButton);
    arrangeButtons(m_columns);
    layout->addLayout(m_grid);
    m_besideInfo = layout->contentsMargins().left() + layout->contentsMargins().right() + body->spacing();
    applyStyle();
    // The ticket is read by refresh(), which the console calls once an officer has signed in:
    // behind the lock screen nothing here is seen, and the first window stays fast.
}

void StationCard::arrangeButtons(int columns)
{
    for (QWidget *button : std::as_const(m_gridOrder))
        m_grid->removeWidget(button);
    for (qsizetype i = 0; i < m_gridOrder.size(); ++i)
        m_grid->addWidget(m_gridOrder[i], int(i) / columns, int(i) % columns);
    for (int column = 0; column < 4; ++column)
        m_grid->setColumnStretch(column, column < columns ? 1 : 0);
}

void StationCard::resizeEvent(QResizeEvent *event)
{
    QFrame::resizeEvent(event);
    fitToWidth();
}

void StationCard::fitToWidth()
{
    // The countdown shrinks with the card down to its smallest; below that the code is made smaller.
    const int full = countdownWidth(m_countdownFont);
    const int fullPixels = m_countdownFont.pixelSize();
    const int smallest = full * minCountdownPx / fullPixels;
    const bool narrow = infoWidth(codeSize(false).width()) < smallest;
    if (narrow != m_narrowCode) {
        m_narrowCode = narrow;
        const QSize code = codeSize(narrow);
        m_qr->setFixedSize(code);
        m_qrNote->setFixedWidth(code.width());
        m_openWhatsApp->setFixedWidth(code.width());
        if (!m_qr->pixmap().isNull())
            m_qr->setPixmap(QPixmap::fromImage(codeImage(m_link, narrow)));
    }
    const int info = infoWidth(m_qr->width());
    QFont countdown = m_countdownFont;
    countdown.setPixelSize(std::clamp(fullPixels * info / std::max(1, full), minCountdownPx, fullPixels));
    while (countdown.pixelSize() > minCountdownPx && countdownWidth(countdown) > info) // glyphs round up
        countdown.setPixelSize(countdown.pixelSize() - 1);
    m_countdown->setFont(countdown);
    m_countdown->setMinimumWidth(countdownWidth(countdown));
    fitPhone();

    // Four buttons a row while every label fits, else two.
    int widest = 0;
    for (const QWidget *button : std::as_const(m_gridOrder))
        widest = std::max(widest, button->sizeHint().width());
    const QMargins margins = layout()->contentsMargins();
    const int row = width() - margins.left() - margins.right();
    const int columns = row >= 4 * widest + 3 * m_grid->horizontalSpacing() ? 4 : 2;
    if (columns != m_columns) {
        m_columns = columns;
        arrangeButtons(columns);
    }
}

int StationCard::infoWidth(int codeWidth) const
{
    return width() - m_besideInfo - codeWidth;
}

void StationCard::fitPhone()
{
    QFont phone = m_phoneFont;
    const int room = infoWidth(m_qr->width());
    while (phone.pointSizeF() > 8 && QFontMetrics(phone).horizontalAdvance(m_phoneLabel->text()) > room)
        phone.setPointSizeF(phone.pointSizeF() - 0.5);
    m_phoneLabel->setFont(phone);
}

QAbstractButton *StationCard::addButton(Action action, const QString &text)
{
    auto *b = new QPushButton(text);
    b->setMinimumHeight(34);
    b->setToolTip(text + u" ("_s + shortcutHint(action) + u')');
    connect(b, &QPushButton::clicked, this, [this, action] { trigger(action); });
    m_buttons.insert(action, b);
    return b;
}

void StationCard::mousePressEvent(QMouseEvent *event)
{
    emit activated(m_station);
    QFrame::mousePressEvent(event);
}

void StationCard::setSelected(bool selected)
{
    m_selected = selected;
    applyStyle();
}

bool StationCard::isAvailable(Action action) const
{
    const CallTimer *timer = m_desk.calls().timer(m_station);
    const TicketState state = m_ticket ? m_ticket->state : TicketState::Waiting;
    const bool called = m_ticket && state == TicketState::Called;
    // A call ended while the server was away takes no action until its end is recorded.
    const bool inCall = m_ticket && state == TicketState::InCall && !m_desk.calls().pendingEnd(m_station);
    switch (action) {
    case Action::CallNext:
        return !m_ticket && !m_desk.calls().queue().waiting().isEmpty();
    case Action::Recall:
    case Action::NoShow:
    case Action::Start:
    case Action::NoAnswer:
        return called;
    case Action::Extend:
        return inCall && timer && !timer->isPaused() && timer->extensionMinutesLeft() > 0;
    case Action::DropResume:
    case Action::End:
    case Action::EndEarly:
    case Action::Stop:
        return inCall;
    case Action::EndAndCallNext:
        return inCall && !m_desk.calls().queue().waiting().isEmpty();
    }
    return false;
}

bool StationCard::trigger(Action action)
{
    if (!isAvailable(action))
        return false;
    auto fail = [this](const Error &error) {
        Dialogs::error(this, error);
        refresh();
        return false;
    };
    auto ticketDone = [&](const Result<Ticket> &r, bool announce) {
        if (!r)
            return fail(r.error());
        if (announce)
            emit called(m_station, *r);
        refresh();
        return true;
    };
    auto voidDone = [&](const Result<void> &r) {
        if (!r)
            return fail(r.error());
        refresh();
        return true;
    };
    switch (action) {
    case Action::CallNext:
        return ticketDone(m_desk.calls().callNext(m_station, m_actor), true);
    case Action::Recall:
        return ticketDone(m_desk.calls().recall(m_station, m_actor), true);
    case Action::NoShow: {
        // One click would strike a WBP off today's queue: asked first, named.
        const auto person = m_desk.roster().wbp(m_ticket->wbpId.toLongLong()).valueOr({});
        if (!Dialogs::confirm(this, tr("Did not come — station %1").arg(m_name),
                tr("%1 %2 did not come to station %3? The ticket leaves the queue and the visiting "
                   "book records \"did not come\".")
                    .arg(Queue::ticketLabel(m_ticket->number), person ? person->name : QString(), m_name)))
            return false;
        return ticketDone(m_desk.calls().noShow(m_station, m_actor), false);
    }
    case Action::Start:
        return ticketDone(m_desk.calls().startCall(m_station, m_actor), false);
    case Action::NoAnswer:
        return ticketDone(m_desk.calls().noAnswer(m_station, m_actor), false);
    case Action::Extend: {
        const CallTimer *timer = m_desk.calls().timer(m_station);
        const int left = timer ? timer->extensionMinutesLeft() : 0;
        FormField minutes { u"minutes"_s, tr("Minutes"), FormField::Kind::Number, 1, 1, left };
        FormField reason { u"reason"_s, tr("Reason"), FormField::Kind::Text };
        reason.required = true;
        const auto answer
            = Dialogs::form(this, tr("Add time at station %1").arg(m_name), { minutes, reason });
        if (!answer)
            return false;
        return voidDone(m_desk.calls().extendCall(
            m_station, answer->value(u"minutes"_s).toInt(), answer->value(u"reason"_s).toString(), m_actor));
    }
    case Action::DropResume: {
        const CallTimer *timer = m_desk.calls().timer(m_station);
        if (timer && timer->isPaused())
            return voidDone(m_desk.calls().resumeCall(m_station, m_actor));
        return voidDone(m_desk.calls().dropCall(m_station, m_actor));
    }
    case Action::End:
        return ticketDone(m_desk.calls().endCall(m_station, Outcome::Completed, QString(), m_actor), false);
    case Action::EndEarly:
        return ticketDone(m_desk.calls().endCall(m_station, Outcome::EndedEarly, QString(), m_actor), false);
    case Action::EndAndCallNext: {
        if (!ticketDone(m_desk.calls().endCall(m_station, Outcome::Completed, QString(), m_actor), false))
            return false;
        return ticketDone(m_desk.calls().callNext(m_station, m_actor), true);
    }
    case Action::Stop: {
        FormField reason { u"reason"_s, tr("Why was the call stopped?"), FormField::Kind::Text };
        reason.required = true;
        const auto answer = Dialogs::form(this, tr("Stop the call at station %1").arg(m_name), { reason });
        if (!answer)
            return false;
        return ticketDone(m_desk.calls().endCall(
                              m_station, Outcome::Stopped, answer->value(u"reason"_s).toString(), m_actor),
            false);
    }
    }
    return false;
}

QString StationCard::countdownText() const
{
    return m_countdown->text();
}

QString StationCard::phoneText() const
{
    return m_phoneLabel->text();
}

QImage StationCard::qrCode() const
{
    return m_qr->pixmap().toImage(); // null while none is shown
}

QAbstractButton *StationCard::whatsAppButton() const
{
    return m_openWhatsApp;
}

void StationCard::refresh()
{
    m_ticket = m_desk.calls().ticketAt(m_station);
    if (!m_desk.logbook().online())
        return refreshActions(); // nothing can be read: the names stay as they were
    m_phone.clear();
    m_link.clear();
    // A free station shows whom "Call next" brings, the family's number masked: it is shown in
    // full, with its code, only while the ticket is called or in call here.
    const QList<Ticket> waiting = m_desk.calls().queue().waiting();
    const std::optional<Ticket> shown
        = m_ticket ? m_ticket : (waiting.isEmpty() ? std::nullopt : std::optional(waiting.first()));
    if (!shown) {
        m_who->setText(tr("Nobody called"));
        m_whoDetail->clear();
        m_family->clear();
        m_phoneLabel->setText(u" "_s);
    } else {
        const auto person = m_desk.roster().wbp(shown->wbpId.toLongLong()).valueOr({});
        const auto contact = m_desk.roster().contact(shown->contactId.toLongLong()).valueOr({});
        const QString who
            = Queue::ticketLabel(shown->number) + u" \u00b7 "_s + (person ? person->name : QString());
        m_who->setText(m_ticket ? who : tr("Next: %1").arg(who));
        m_whoDetail->setText(
            tr("Cell %1").arg(shown->cell) + (person ? u" \u00b7 "_s + person->registerNumber : QString()));
        if (!contact) {
            m_family->setText(tr("No family contact chosen"));
            m_phoneLabel->setText(u" "_s);
        } else {
            m_family->setText(Relation::label(contact->relation) + u": "_s + contact->name);
            if (m_ticket) {
                m_phone = dialablePhone(contact->phone);
                m_link = whatsAppLink(contact->phone);
            }
            m_phoneLabel->setText(m_ticket ? m_phone : maskPhone(contact->phone));
            fitPhone();
        }
    }
    m_copy->setVisible(!m_phone.isEmpty());
    m_whoDetail->setVisible(shown.has_value());
    m_family->setVisible(shown.has_value());
    const bool deskPc = m_desk.settings().isDeskPc(m_station);
    const bool showCode = !m_link.isEmpty() && !deskPc;
    m_qr->setPixmap(showCode ? QPixmap::fromImage(codeImage(m_link, m_narrowCode)) : QPixmap());
    m_qr->setVisible(showCode);
    m_openWhatsApp->setVisible(!m_link.isEmpty() && deskPc);
    m_qrNote->setText(showCode ? tr("Scan with the station phone") : QString());
    m_qrNote->setVisible(showCode);
    refreshActions();
}

void StationCard::refreshActions()
{
    for (auto it = m_buttons.cbegin(); it != m_buttons.cend(); ++it)
        it.value()->setEnabled(isAvailable(it.key()));
    m_buttons.value(Action::End)->setEnabled(isAvailable(Action::End));
    const CallTimer *timer = m_desk.calls().timer(m_station);
    m_buttons.value(Action::DropResume)
        ->setText(timer && timer->isPaused() ? tr("Resume") : tr("Line dropped"));
    // At the maximum the button says why it is off.
    QAbstractButton *extend = m_buttons.value(Action::Extend);
    extend->setToolTip(
        timer && m_ticket && m_ticket->state == TicketState::InCall && timer->extensionMinutesLeft() == 0
            ? tr("The call already has its maximum length of %n minute(s).", nullptr,
                timer->limits().maxMinutes)
            : extend->text() + u" ("_s + shortcutHint(Action::Extend) + u')');
    updateCountdown();
}

void StationCard::updateCountdown()
{
    const qint64 mono = m_desk.clock().monotonicMs();
    const CallTimer *timer = m_desk.calls().timer(m_station);
    QString key;
    QString note;
    QString text;
    if (const auto pending = m_desk.calls().pendingEnd(m_station)) {
        key = u"pending"_s;
        const QDateTime ended = QDateTime::fromMSecsSinceEpoch(pending->endedMs, Qt::UTC);
        text = Format::countdown(pending->activeMs);
        note = tr("Ended at %1").arg(Format::time(m_desk.schedule().toLocal(ended).time()));
    } else if (!m_ticket) {
        key = u"free"_s;
        text = Format::countdown(qint64(m_desk.settings().call.defaultMinutes) * 60'000);
        note = m_desk.calls().queue().waiting().isEmpty()
            ? tr("Nobody waiting")
            : tr("Press Call next (%1)").arg(shortcutHint(Action::CallNext));
    } else if (m_ticket->state == TicketState::Called || !timer) {
        key = u"called"_s;
        text = Format::countdown(
            timer ? timer->allowedMs() : qint64(m_desk.settings().call.defaultMinutes) * 60'000);
        note = tr("Called: dial the family, press Start when they answer");
    } else {
        switch (timer->phase(mono)) {
        case CallPhase::Paused:
            key = u"paused"_s;
            note = tr("Line dropped: the time is paused");
            break;
        case CallPhase::Warning:
            key = u"warning"_s;
            note = tr("Time left");
            break;
        case CallPhase::TimeUp:
            key = u"timeup"_s;
            note = tr("Time is up");
            break;
        default:
            key = u"running"_s;
            note = tr("Time left");
            break;
        }
        if (timer->isTimeUp(mono))
            text = u'+' + Format::countdown(timer->overrunMs(mono));
        else
            text = Format::countdown(timer->remainingMs(mono));
        if (timer->extendedMinutes() > 0)
            note += u" \u00b7 "_s + tr("+%n min added", nullptr, timer->extendedMinutes());
    }
    m_countdown->setText(text);
    m_countdownNote->setText(note);
    if (key != m_phaseKey || m_state->text().isEmpty()) {
        m_phaseKey = key;
        applyStyle();
    }
}

void StationCard::applyStyle()
{
    QString stateText;
    QColor colour; // of the countdown and the state
    if (m_phaseKey == u"free") {
        stateText = tr("Free");
        colour = QColor(0x9ca3af);
        m_background = QColor(0xf9fafb);
    } else if (m_phaseKey == u"called") {
        stateText = tr("Called");
        colour = QColor(0x6b7280);
        m_background = QColor(0xeff6ff);
    } else if (m_phaseKey == u"running") {
        stateText = tr("In call");
        colour = QColor(0x15803d);
        m_background = QColor(0xf0fdf4);
    } else if (m_phaseKey == u"warning") {
        stateText = tr("Last minute");
        colour = QColor(0xb45309);
        m_background = QColor(0xfef3c7);
    } else if (m_phaseKey == u"timeup") {
        stateText = tr("Time up");
        colour = QColor(0xb91c1c);
        m_background = QColor(0xfee2e2);
    } else if (m_phaseKey == u"pending") {
        stateText = tr("Ended, not yet recorded");
        colour = QColor(0xb91c1c);
        m_background = QColor(0xf3f4f6);
    } else {
        stateText = tr("Line dropped");
        colour = QColor(0x4b5563);
        m_background = QColor(0xe5e7eb);
    }
    m_state->setText(stateText);
    Colours::apply(m_countdown, colour);
    Colours::apply(m_state, colour);
    update();
}

QColor StationCard::countdownColour() const
{
    return m_countdown->palette().color(QPalette::WindowText);
}

void StationCard::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const qreal width = m_selected ? 3 : 1;
    painter.setPen(QPen(m_selected ? QColor(0x1d4ed8) : QColor(0xd1d5db), width));
    painter.setBrush(m_background);
    painter.drawRoundedRect(QRectF(rect()).adjusted(width / 2, width / 2, -width / 2, -width / 2), 8, 8);
}

} // namespace kj
