#pragma once

#include <QPushButton>
#include <QString>
#include <QWidget>

class QLabel;
class QLayout;
class QVBoxLayout;

namespace kj {

// The kiosk's look: high contrast, text of 22 pt and up, touch targets of 72 px and up.
namespace KioskStyle {
inline constexpr int minTouch = 72;
inline constexpr int minKey = 64; // keyboard and PIN keys: many on one screen, still a fingertip
inline constexpr int gap = 16; // between two touch targets, so a finger hits only one
QString styleSheet();
// A big button; role "primary" (yellow), "secondary" (outlined), "choice" (a list entry) or
// "closed" (greyed: not open now, yet a tap says when it opens). A "look" property of "cell" (a
// welcome page's cell: large) or "small" (a long name: 20 pt) sizes it otherwise.
QPushButton *button(const QString &text, const QString &objectName, QWidget *parent,
    const QString &role = QStringLiteral("primary"));
// A button taller than a touch target needs, `height` pixels in all (the style sheet's minimum
// height wins over QWidget::setMinimumHeight, so the button gets its own).
void setHeight(QPushButton *button, int height);
// A label with a role the style sheet sizes: "title", "huge", "body", "note", "refusal".
QLabel *label(const QString &text, const QString &role, QWidget *parent);
// A page's outer layout: the same margins and spacing on every page.
QVBoxLayout *pageLayout(QWidget *page);
// Gives a button another role and restyles it at once.
void setRole(QPushButton *button, const QString &role);
// Removes a layout's widgets at once (not at the next event loop turn), so a rebuilt page never
// holds two buttons of the same name; deletion waits, since the sender may be among them.
void clearLayout(QLayout *layout);
} // namespace KioskStyle

// An on-screen keyboard for names and register numbers (letters, digits, space, "/", delete).
class KioskKeyboard : public QWidget
{
    Q_OBJECT

public:
    explicit KioskKeyboard(QWidget *parent = nullptr);

signals:
    void typed(const QString &text);
    void backspace();
};

// A PIN pad: ten digits, back and OK; shows dots, never the digits; takes no more digits than
// a PIN has.
class KioskPinPad : public QWidget
{
    Q_OBJECT

public:
    explicit KioskPinPad(QWidget *parent = nullptr);
    void clear();

signals:
    void entered(const QString &pin);

private:
    void press(const QString &digit);
    void showDots();
    QString m_pin;
    QLabel *m_dots;
};

} // namespace kj
