#pragma once

#include <QStringList>
#include <QWidget>

class QGridLayout;
class QLabel;

namespace kj {

class Desk;
class NowCallingBoard;

// The kiosk's first page: the date, today's cells and whether sign-in is open, a button per cell
// of today, the way to search the whole roster, the service information and the survey; beside
// them the "now calling" board.
class WelcomePage : public QWidget
{
    Q_OBJECT

public:
    explicit WelcomePage(Desk &desk, QWidget *parent = nullptr);

    // Re-reads the day plan, the open/closed line, the cell buttons and the board.
    void refresh();
    NowCallingBoard *board() const { return m_board; }

signals:
    void cellChosen(const QString &cell);
    void searchChosen();
    void infoChosen();
    void surveyChosen();

private:
    void rebuildCells(const QStringList &cells);

    Desk &m_desk;
    QLabel *m_date;
    QLabel *m_today;
    QLabel *m_status;
    QLabel *m_cellPrompt;
    QGridLayout *m_cellGrid;
    QStringList m_cellButtonsFor;
    NowCallingBoard *m_board;
};

} // namespace kj
