#pragma once

#include <QWidget>

class QLabel;

namespace kj {

// Thanks after the survey, and the way back to the start.
class ThanksPage : public QWidget
{
    Q_OBJECT

public:
    explicit ThanksPage(QWidget *parent = nullptr);

    // Below the thanks, when the answers were not recorded: why (empty: nothing).
    void setNote(const QString &note);

signals:
    void home();

private:
    QLabel *m_note;
};

} // namespace kj
