#pragma once

#include <QList>
#include <QWidget>

class QLabel;
class QPushButton;

namespace kj {

class Desk;

// The satisfaction survey: nine questions one at a time, four answers each; the nine answers are
// recorded as one event once the last is given, nothing when stopped half-way. The Desk counts
// one answer a minute at most; the answers it does not count are thanked for all the same.
class SurveyPage : public QWidget
{
    Q_OBJECT

public:
    explicit SurveyPage(Desk &desk, QWidget *parent = nullptr);

    // From the first question, forgetting earlier answers.
    void start();

signals:
    // All nine answered: `note` is empty when they were recorded, else says (for the WBP) why not.
    void finished(const QString &note);
    void stopped();

private:
    void showItem();
    void answer(int answer);

    Desk &m_desk;
    QList<int> m_answers;
    QLabel *m_progress;
    QLabel *m_question;
    QList<QPushButton *> m_buttons;
};

} // namespace kj
