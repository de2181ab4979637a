#pragma once

#include <QPushButton>
#include <QString>
#include <QWidget>

class QLabel;

namespace kj {

// The kiosk's look: high contrast, text of 22 pt and up, touch targets of 72 px and up.
namespace KioskStyle {
inline constexpr int minTouch = 72;
inline constexpr int minKey = 64; // keyboard and PIN keys: many on one screen, still a fingertip
QString styleSheet();
// A big button; role "primary" (yellow), "secondary" (outlined) or "choice" (a list entry).
QPushButton *button(const QString &text, const QString &objectName, QWidget *parent,
                    const QString &role = QStringLiteral("primary"));
// A label with a role the style sheet sizes: "title", "huge", "body", "note", "refusal".
QLabel *label(const QString &text, const QString &role, QWidget *parent);
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

// A PIN pad: ten digits, back and OK; shows dots, never the digits.
class KioskPinPad : public QWidget
{
    Q_OBJECT

public:
    explicit KioskPinPad(QWidget *parent = nullptr);
    void clear();

signals:
    void entered(const QString &pin);

private:
    void showDots();
    QString m_pin;
    QLabel *m_dots;
};

} // namespace kj
