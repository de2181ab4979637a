#pragma once

#include "Queue.h"

#include <QFont>
#include <QFrame>
#include <QKeySequence>
#include <QMap>

class QAbstractButton;
class QGridLayout;
class QImage;
class QLabel;
class QPushButton;
class QToolButton;

namespace kj {

class Desk;

// One station (bilik) at the desk: who is there, the family to dial (in full with a QR code of its
// WhatsApp link only while the ticket is called or in call here), a large countdown and every
// action on the call. It reads the Desk on refresh() and acts only through it.
class StationCard : public QFrame
{
    Q_OBJECT

public:
    enum class Action {
        CallNext, // Panggil berikutnya
        Recall, // Panggil ulang
        NoShow, // Tidak hadir
        Start, // Mulai
        Extend, // Tambah waktu (asks minutes and reason)
        DropResume, // Terputus / Lanjutkan
        NoAnswer, // Tidak tersambung
        End, // Akhiri: selesai
        EndAndCallNext, // Akhiri: selesai, then call the next ticket here (one click)
        EndEarly, // Akhiri: diakhiri lebih awal
        Stop, // Akhiri: dihentikan petugas (asks the reason)
    };
    Q_ENUM(Action)

    StationCard(Desk &desk, int station, const QString &name, QWidget *parent = nullptr);

    int station() const { return m_station; }
    QString stationName() const { return m_name; }
    // Who acts: the signed-in officer's actor string (Actor::officer(id)).
    void setActor(const QString &actor) { m_actor = actor; }
    void setSelected(bool selected);

    // Re-reads the ticket and the timer; while the logbook's server does not answer, the card
    // keeps the names it showed.
    void refresh();
    // Only the countdown and its colour (the tick).
    void updateCountdown();
    // Runs an action as its button does; false when refused, cancelled or not available now.
    bool trigger(Action action);
    bool isAvailable(Action action) const;

    QString countdownText() const;
    // "free", "called", "running", "warning", "timeup", "paused": what the colours follow.
    QString phaseKey() const { return m_phaseKey; }
    // What the officer sees of the phase: grey, green, amber at the last minute, red at time up.
    QColor countdownColour() const;
    QColor background() const { return m_background; }
    // The family's number as shown: in full while called or in call, masked when only next in line.
    QString phoneText() const;
    // The QR code of the family's WhatsApp link as shown; null when none is shown (a free station,
    // or one that is the desk PC itself, which opens the link instead).
    QImage qrCode() const;
    // "Buka WhatsApp": shown instead of the code on a station that is the desk PC itself.
    QAbstractButton *whatsAppButton() const;
    QAbstractButton *button(Action action) const { return m_buttons.value(action); }
    // The desk's keys, one per action: the console binds them and the buttons name them.
    static const QList<std::pair<Action, QKeySequence>> &shortcuts();
    // "F9", "Shift+F9": an action's key as its button's tooltip and menu name it.
    static QString shortcutHint(Action action);

signals:
    // A ticket was called or recalled here: the console announces it.
    void called(int station, const kj::Ticket &ticket);
    void activated(int station);

protected:
    void mousePressEvent(QMouseEvent *event) override;
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    // Fits the card to its width: the countdown shrinks, then the code (four cards side by side at
    // 1366 pixels); the buttons stand in two columns when four labels do not fit a row; the phone
    // number's font is fitted to its column. Nothing is cut or covered, a digit least of all.
    void fitToWidth();
    void arrangeButtons(int columns);
    void fitPhone();
    // The width left beside a code this wide for the names, the number and the countdown.
    int infoWidth(int codeWidth) const;
    // Only what the desk holds in memory: the buttons and the countdown.
    void refreshActions();
    QAbstractButton *addButton(Action action, const QString &text);
    void applyStyle();

    Desk &m_desk;
    int m_station;
    QString m_name;
    QString m_actor;
    bool m_selected = false;
    QString m_phaseKey = QStringLiteral("free");
    QColor m_background;
    std::optional<Ticket> m_ticket;
    QString m_phone;

    QLabel *m_title;
    QLabel *m_state;
    QLabel *m_who;
    QLabel *m_whoDetail;
    QLabel *m_family;
    QLabel *m_phoneLabel;
    QToolButton *m_copy;
    QString m_link; // the family's WhatsApp link while called or in call here
    QLabel *m_qr;
    QLabel *m_qrNote;
    QPushButton *m_openWhatsApp;
    QLabel *m_countdown;
    QLabel *m_countdownNote;
    QToolButton *m_endButton;
    QMap<Action, QAbstractButton *> m_buttons;
    QGridLayout *m_grid;
    QList<QWidget *> m_gridOrder; // the buttons, row by row
    QFont m_countdownFont; // at full size
    QFont m_phoneFont;
    int m_besideInfo = 0; // the card's margins and the space between the info and the code
    bool m_narrowCode = false;
    int m_columns = 4; // of the buttons
};

// "+6281234567890" → "0812-3456-7890", as the officer dials it; other numbers as stored.
QString dialablePhone(const QString &e164);
// "+6281234567890" → "https://wa.me/6281234567890": WhatsApp's link to a chat with the number.
QString whatsAppLink(const QString &e164);

} // namespace kj
