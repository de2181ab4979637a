#include "KioskWidgets.h"

#include "Pin.h"

#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QStyle>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace kj {

QString KioskStyle::styleSheet()
{
    // Dark navy with white text and yellow actions: readable in a bright room and at a distance.
    return uR"(
#kiosk { background: #0a1f44; }
#kiosk QWidget { color: #ffffff; font-size: 22pt; }
#kiosk QPushButton { background: #ffd400; color: #000000; border: 3px solid #ffffff;
    border-radius: 14px; min-height: 60px; min-width: 60px; padding: 6px 18px; font-weight: bold; }
#kiosk QPushButton:pressed { background: #ffffff; }
#kiosk QPushButton:disabled { background: #4a5870; color: #d0d6e0; border-color: #8090a8; }
#kiosk QPushButton[role="secondary"] { background: #0a1f44; color: #ffffff; border: 3px solid #ffd400; }
#kiosk QPushButton[role="secondary"]:pressed { background: #1e3a70; }
#kiosk QPushButton[role="choice"] { background: #ffffff; color: #000000; border: 3px solid #ffd400;
    text-align: left; padding-left: 24px; }
#kiosk QPushButton[role="key"] { background: #ffffff; color: #000000; border: 2px solid #8090a8;
    padding: 0px; font-size: 24pt; min-height: 60px; }
#kiosk QPushButton[role="key-ok"] { padding: 0px; font-size: 24pt; min-height: 60px; }
#kiosk QPushButton[role="key"]:disabled { background: #4a5870; color: #d0d6e0; }
#kiosk QPushButton[role="corner"] { background: transparent; border: none; }
#kiosk QPushButton[role="closed"] { background: #4a5870; color: #d0d6e0; border: 3px dashed #8090a8; }
#kiosk QPushButton[look="cell"] { font-size: 34pt; min-height: 84px; }
#kiosk QLabel[role="title"] { font-size: 34pt; font-weight: bold; }
#kiosk QLabel[role="heading"] { font-size: 28pt; font-weight: bold; }
#kiosk QLabel[role="info"] { font-size: 20pt; }
#kiosk QLabel[role="huge"] { font-size: 110pt; font-weight: bold; color: #ffd400; }
#kiosk QLabel[role="note"] { font-size: 22pt; color: #e6ecf5; }
#kiosk QLabel[role="refusal"] { font-size: 30pt; font-weight: bold; background: #9b0000;
    border: 4px solid #ffffff; border-radius: 14px; padding: 24px; }
#kiosk QLabel[role="hint"] { font-size: 26pt; color: #ffd400; }
#kiosk QLabel[role="search"] { font-size: 28pt; background: #ffffff; color: #000000;
    border-radius: 10px; padding: 8px 16px; min-height: 56px; }
#kiosk QLabel[role="search"]:disabled { background: #4a5870; }
#kiosk QPushButton[role="field"] { font-size: 28pt; font-weight: normal; background: #ffffff; color: #000000;
    border: 3px solid #8090a8; border-radius: 10px; padding: 8px 16px; text-align: left; }
#kiosk QPushButton[look="small"] { font-size: 20pt; }
#kiosk QFrame#board { background: #000000; border: 4px solid #ffd400; border-radius: 14px; }
#kiosk QLabel[role="board-head"] { font-size: 30pt; font-weight: bold; color: #ffd400; }
#kiosk QLabel[role="board-row"] { font-size: 34pt; font-weight: bold; color: #ffffff; }
#kiosk QLabel[role="board-name"] { font-size: 26pt; color: #ffffff; border-bottom: 2px solid #4a5870;
    padding-bottom: 8px; }
#kiosk QFrame#header { background: #06142e; border-bottom: 3px solid #ffd400; }
)"_s;
}

QPushButton *KioskStyle::button(
    const QString &text, const QString &objectName, QWidget *parent, const QString &role)
{
    auto *b = new QPushButton(text, parent);
    b->setObjectName(objectName);
    b->setProperty("role", role);
    b->setFocusPolicy(Qt::NoFocus); // no keyboard: nothing to tab to, no focus frame
    b->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    b->setMinimumHeight(minTouch);
    return b;
}

void KioskStyle::setHeight(QPushButton *button, int height)
{
    constexpr int paddingAndBorder = 2 * 6 + 2 * 3; // the style sheet's buttons
    button->setStyleSheet(u"min-height: %1px;"_s.arg(height - paddingAndBorder));
}

QLabel *KioskStyle::label(const QString &text, const QString &role, QWidget *parent)
{
    auto *l = new QLabel(text, parent);
    l->setProperty("role", role);
    l->setWordWrap(role != u"huge");
    l->setTextFormat(Qt::PlainText);
    return l;
}

QVBoxLayout *KioskStyle::pageLayout(QWidget *page)
{
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(32, 20, 32, 24);
    layout->setSpacing(16);
    return layout;
}

void KioskStyle::setRole(QPushButton *button, const QString &role)
{
    button->setProperty("role", role);
    button->style()->unpolish(button);
    button->style()->polish(button);
}

void KioskStyle::clearLayout(QLayout *layout)
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

KioskKeyboard::KioskKeyboard(QWidget *parent)
    : QWidget(parent)
{
    // Four rows of ten: the keyboard must leave room for two rows of names at 1280×800.
    const QStringList rows = { u"1234567890"_s, u"QWERTYUIOP"_s, u"ASDFGHJKL/"_s, u"ZXCVBNM"_s };
    auto *grid = new QGridLayout(this);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->setSpacing(KioskStyle::gap);
    auto key = [this](const QString &text, const QString &name) {
        auto *b = KioskStyle::button(text, u"key-"_s + name, this, u"key"_s);
        b->setMinimumHeight(KioskStyle::minKey);
        return b;
    };
    for (int r = 0; r < rows.size(); ++r) {
        for (int c = 0; c < rows[r].size(); ++c) {
            const QString letter = rows[r].mid(c, 1);
            auto *b = key(letter, letter);
            connect(b, &QPushButton::clicked, this, [this, letter] { emit typed(letter); });
            grid->addWidget(b, r, c);
        }
    }
    auto *space = key(tr("Space"), u"space"_s);
    auto *back = key(u"⌫"_s, u"back"_s);
    connect(space, &QPushButton::clicked, this, [this] { emit typed(u" "_s); });
    connect(back, &QPushButton::clicked, this, &KioskKeyboard::backspace);
    grid->addWidget(space, 3, 7, 1, 2);
    grid->addWidget(back, 3, 9);
}

KioskPinPad::KioskPinPad(QWidget *parent)
    : QWidget(parent)
    , m_dots(KioskStyle::label(QString(), u"search"_s, this))
{
    m_dots->setAlignment(Qt::AlignCenter);
    auto *grid = new QGridLayout;
    grid->setSpacing(KioskStyle::gap);
    for (int d = 1; d <= 9; ++d) {
        const QString digit = QString::number(d);
        auto *b = KioskStyle::button(digit, u"pin-"_s + digit, this, u"key"_s);
        b->setMinimumHeight(KioskStyle::minKey);
        connect(b, &QPushButton::clicked, this, [this, digit] { press(digit); });
        grid->addWidget(b, (d - 1) / 3, (d - 1) % 3);
    }
    auto *back = KioskStyle::button(u"⌫"_s, u"pin-back"_s, this, u"key"_s);
    auto *zero = KioskStyle::button(u"0"_s, u"pin-0"_s, this, u"key"_s);
    auto *ok = KioskStyle::button(tr("OK"), u"pin-ok"_s, this, u"key-ok"_s);
    connect(back, &QPushButton::clicked, this, [this] {
        m_pin.chop(1);
        showDots();
    });
    connect(zero, &QPushButton::clicked, this, [this] { press(u"0"_s); });
    connect(ok, &QPushButton::clicked, this, [this] { emit entered(m_pin); });
    for (QPushButton *b : { back, zero, ok })
        b->setMinimumHeight(KioskStyle::minKey);
    grid->addWidget(back, 3, 0);
    grid->addWidget(zero, 3, 1);
    grid->addWidget(ok, 3, 2);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_dots);
    layout->addLayout(grid);
}

void KioskPinPad::clear()
{
    m_pin.clear();
    showDots();
}

void KioskPinPad::press(const QString &digit)
{
    // No PIN is longer: a finger resting on a key must not fill the screen with dots.
    if (m_pin.size() < Pin::maxDigits)
        m_pin += digit;
    showDots();
}

void KioskPinPad::showDots()
{
    m_dots->setText(QString(m_pin.size(), u'●'));
}

} // namespace kj
