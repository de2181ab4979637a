#include "SurveyPage.h"

#include "Desk.h"
#include "Event.h"
#include "KioskInfo.h"
#include "KioskWidgets.h"

#include <QGridLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace kj {

SurveyPage::SurveyPage(Desk &desk, QWidget *parent)
    : QWidget(parent)
    , m_desk(desk)
    , m_progress(KioskStyle::label(QString(), u"note"_s, this))
    , m_question(KioskStyle::label(QString(), u"title"_s, this))
{
    setObjectName(u"survey"_s);
    auto *layout = KioskStyle::pageLayout(this);
    layout->addWidget(m_progress);
    layout->addWidget(m_question);
    auto *answers = new QGridLayout;
    answers->setSpacing(20);
    for (int a = 1; a <= 4; ++a) {
        auto *b = KioskStyle::button(QString(), u"answer-"_s + QString::number(a), this);
        KioskStyle::setHeight(b, 110);
        connect(b, &QPushButton::clicked, this, [this, a] { answer(a); });
        answers->addWidget(b, (a - 1) / 2, (a - 1) % 2);
        m_buttons.append(b);
    }
    layout->addLayout(answers);
    layout->addStretch(1);
    auto *stop = KioskStyle::button(tr("Stop the survey"), u"home"_s, this, u"secondary"_s);
    connect(stop, &QPushButton::clicked, this, [this] {
        m_answers.clear();
        emit stopped();
    });
    layout->addWidget(stop);
}

void SurveyPage::start()
{
    m_answers.clear();
    showItem();
}

void SurveyPage::showItem()
{
    const QList<KioskSurvey::Item> items = KioskSurvey::items();
    const KioskSurvey::Item &item = items[m_answers.size()];
    m_progress->setText(tr("Question %1 of %2 · %3")
                            .arg(m_answers.size() + 1)
                            .arg(KioskSurvey::itemCount)
                            .arg(tr("optional, no names are kept")));
    m_question->setText(item.question);
    for (int a = 0; a < m_buttons.size(); ++a)
        m_buttons[a]->setText(item.answers.value(a));
}

void SurveyPage::answer(int answer)
{
    m_answers.append(answer);
    if (m_answers.size() < KioskSurvey::itemCount) {
        showItem();
        return;
    }
    // A failed write loses one survey; it never blocks the kiosk or the queue.
    const auto recorded = m_desk.service().answerSurvey(m_answers);
    m_answers.clear();
    if (recorded) {
        emit finished(QString());
    } else if (recorded.error().reason == u"survey-too-soon") {
        emit finished(tr("Someone answered the survey a moment ago, so these answers were not counted. The "
                         "survey can be filled in again in a minute."));
    } else {
        qWarning("survey not recorded: %s", qUtf8Printable(recorded.error().detail));
        emit finished(tr("These answers could not be saved just now."));
    }
}

} // namespace kj
