#pragma once

#include "Desk.h"

#include <QWidget>

class QGridLayout;
class QHBoxLayout;
class QLabel;
class QPushButton;

namespace kj {

class KioskKeyboard;

// Tap your name: a cell's WBP as big buttons, or (from "other cell or register number") the whole
// roster searched on the on-screen keyboard; as many rows of names as the screen holds, ▲ ▼ for
// more. A name wraps to a second line (smaller if it must) and the register number and cell are
// never cut.
class NamesPage : public QWidget
{
    Q_OBJECT

public:
    static constexpr int columns = 3;

    explicit NamesPage(Desk &desk, QWidget *parent = nullptr);

    // A cell's names, the keyboard hidden.
    void showCell(const QString &cell);
    // The whole roster: nothing listed until two letters or digits are typed.
    void showSearch();
    // Forgets the cell and the search.
    void reset();

    // A name button's lines: the name in at most two lines of `width` pixels (then elided), and
    // the register number (and the cell, when searching the whole roster) whole, on a line of
    // their own or two.
    static QStringList buttonLines(const QFontMetrics &metrics, int width, const QString &name,
        const QString &registerNumber, const QString &cell);

signals:
    void chosen(const kj::Wbp &person);
    void back();

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    void setKeyboardVisible(bool visible);
    void refresh();
    QPushButton *nameButton(const Wbp &person, int width);

    Desk &m_desk;
    QString m_cell; // empty = search the whole roster
    QString m_search;
    int m_page = 0;

    QHBoxLayout *m_top;
    QHBoxLayout *m_searchRow;
    QLabel *m_title;
    QPushButton *m_searchField;
    QPushButton *m_searchToggle;
    QGridLayout *m_grid;
    QLabel *m_noMatch;
    QLabel *m_pageLabel;
    QPushButton *m_prev;
    QPushButton *m_next;
    KioskKeyboard *m_keyboard;
};

} // namespace kj
