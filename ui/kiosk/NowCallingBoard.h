#pragma once

#include <QFrame>
#include <QStringList>

class QGridLayout;
class QLabel;

namespace kj {

class Desk;

// The "now calling" board: one entry per booth with a called or running call today (number and
// booth large, the name below), and how many wait.
class NowCallingBoard : public QFrame
{
    Q_OBJECT

public:
    explicit NowCallingBoard(Desk &desk, QWidget *parent = nullptr);

    void refresh();
    // One line per booth: "A-003 · Budi Santoso · <booth>".
    QStringList lines() const { return m_lines; }

private:
    Desk &m_desk;
    QGridLayout *m_grid;
    QLabel *m_foot;
    QStringList m_lines;
};

} // namespace kj
