#pragma once

#include <QFrame>
#include <QStringList>

class QLabel;
class QPushButton;

namespace kj {

class Desk;

// A new desk's first steps, shown on the desk until the roster and the family contacts are in:
// import the roster (or add WBP by hand), add the family contacts, add the officers; each with
// what is done and a button to the next step.
class SetupGuide : public QFrame
{
    Q_OBJECT

public:
    explicit SetupGuide(Desk &desk, QWidget *parent = nullptr);

    // Re-reads the roster, the contacts and the officers; hides itself when nothing is missing.
    void refresh();
    bool isNeeded() const { return m_needed; }
    // The steps as shown, done ones first marked "✓".
    QStringList steps() const;

signals:
    void rosterWanted();
    void contactsWanted();
    void officersWanted();

private:
    Desk &m_desk;
    bool m_needed = false;
    QList<QLabel *> m_steps;
    QList<QPushButton *> m_buttons;
};

} // namespace kj
