#pragma once

#include "Desk.h"

#include <QWidget>

class QGridLayout;
class QLabel;
class QPushButton;

namespace kj {

class KioskKeyboard;

// Tap your name: a cell's WBP as big buttons, or (from "other cell or register number") the whole
// roster searched on the on-screen keyboard; pages of names with ▲ ▼.
class NamesPage : public QWidget
{
    Q_OBJECT

public:
    explicit NamesPage(Desk &desk, QWidget *parent = nullptr);

    // A cell's names, the keyboard hidden.
    void showCell(const QString &cell);
    // The whole roster: nothing listed until two letters or digits are typed.
    void showSearch();
    // Forgets the cell and the search.
    void reset();

signals:
    void chosen(const kj::Wbp &person);
    void back();

private:
    void setKeyboardVisible(bool visible);
    void refresh();

    Desk &m_desk;
    QString m_cell; // empty = search the whole roster
    QString m_search;
    int m_page = 0;

    QLabel *m_title;
    QLabel *m_searchLabel;
    QPushButton *m_searchToggle;
    QGridLayout *m_grid;
    QLabel *m_noMatch;
    QLabel *m_pageLabel;
    QPushButton *m_prev;
    QPushButton *m_next;
    KioskKeyboard *m_keyboard;
};

} // namespace kj
