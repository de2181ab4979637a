#include "SetupGuide.h"

#include "Colours.h"
#include "Desk.h"

#include <QGridLayout>
#include <QLabel>
#include <QPushButton>

using namespace Qt::StringLiterals;

namespace kj {

SetupGuide::SetupGuide(Desk &desk, QWidget *parent)
    : QFrame(parent)
    , m_desk(desk)
{
    setObjectName(u"setupGuide"_s);
    setFrameShape(QFrame::StyledPanel);
    Colours::apply(this, QColor(0x1e3a8a), QColor(0xeff6ff));
    auto *grid = new QGridLayout(this);
    auto *title = new QLabel(tr("First steps at a new desk"));
    QFont bold = title->font();
    bold.setBold(true);
    bold.setPointSizeF(bold.pointSizeF() * 1.2);
    title->setFont(bold);
    grid->addWidget(title, 0, 0, 1, 2);
    const QList<std::pair<QString, QString>> actions = {
        { u"setupRoster"_s, tr("Import the roster…") },
        { u"setupContacts"_s, tr("Import family contacts…") },
        { u"setupOfficers"_s, tr("Officers…") },
    };
    for (int i = 0; i < actions.size(); ++i) {
        auto *step = new QLabel;
        step->setWordWrap(true);
        auto *button = new QPushButton(actions[i].second);
        button->setObjectName(actions[i].first);
        grid->addWidget(step, i + 1, 0);
        grid->addWidget(button, i + 1, 1);
        m_steps.append(step);
        m_buttons.append(button);
    }
    grid->setColumnStretch(0, 1);
    connect(m_buttons[0], &QPushButton::clicked, this, &SetupGuide::rosterWanted);
    connect(m_buttons[1], &QPushButton::clicked, this, &SetupGuide::contactsWanted);
    connect(m_buttons[2], &QPushButton::clicked, this, &SetupGuide::officersWanted);
}

void SetupGuide::refresh()
{
    const RosterSize size = m_desk.roster().size().valueOr({});
    const int officers = int(m_desk.officers().list().valueOr({}).size());
    const QList<std::pair<bool, QString>> steps = {
        { size.wbp > 0,
            size.wbp > 0
                ? tr("The roster holds %n WBP.", nullptr, size.wbp)
                : tr("1. Import the roster: the CSV file of SDP's \"daftar penghuni\" (Data WBP → Import "
                     "roster CSV; the import explains the columns and saves a sample). A single WBP can be "
                     "added by hand with \"Add WBP…\".") },
        { size.contacts > 0,
            size.contacts > 0
                ? tr("%n approved family contact(s).", nullptr, size.contacts)
                : tr("2. Add the family contacts the WBP may call: a CSV file, or one by one in Data "
                     "WBP. A WBP without an approved contact cannot sign in.") },
        { officers > 1,
            officers > 1 ? tr("%n officers can sign in.", nullptr, officers)
                         : tr("3. Add the officers who work at the desk, each with their own PIN (Settings → "
                              "Officers; administrators only).") },
    };
    for (int i = 0; i < steps.size(); ++i) {
        m_steps[i]->setText(steps[i].first ? u"✓ "_s + steps[i].second : steps[i].second);
        m_buttons[i]->setVisible(!steps[i].first);
    }
    m_needed = size.wbp == 0 || size.contacts == 0;
    setVisible(m_needed);
}

QStringList SetupGuide::steps() const
{
    QStringList texts;
    for (const QLabel *step : m_steps)
        texts.append(step->text());
    return texts;
}

} // namespace kj
