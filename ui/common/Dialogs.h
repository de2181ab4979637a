#pragma once

#include "Result.h"

#include <QCoreApplication>
#include <QStringList>
#include <QVariant>

#include <optional>

class QPrinter;
class QWidget;

namespace kj {

// One field of a small form dialog.
struct FormField
{
    enum class Kind { Text, Number, Choice, Pin };
    QString key;
    QString label;
    Kind kind = Kind::Text;
    QVariant initial = {};
    int min = 0;
    int max = 0;
    QStringList choices = {}; // shown labels (Choice)
    QStringList choiceKeys = {}; // returned values (Choice); the labels when empty
    bool required = false;
};

// Every message box and question of the UI goes through here, so tests can answer them: in test
// mode nothing is shown, messages are recorded and questions take the next queued answer (none
// queued = the user cancelled). No modal dialog can block a test.
class Dialogs
{
    Q_DECLARE_TR_FUNCTIONS(Dialogs)

public:
    static void setTestMode(bool on);
    static bool testMode();
    // The next question's answer: bool for confirm, QVariantMap (by field key) for form.
    static void pushAnswer(const QVariant &answer);
    // Recorded in test mode: "reason|message" for errors, "info|message" for information.
    static QStringList shown();
    static QString lastReason();
    // The last form asked in test mode: its title, then its fields' labels.
    static QStringList lastForm();
    static void clear();

    static void error(QWidget *parent, const Error &error);
    static void info(QWidget *parent, const QString &text);
    // Yes or No; Enter answers No where yesByDefault is false (a question whose Yes loses something).
    static bool confirm(QWidget *parent, const QString &title, const QString &text, bool yesByDefault = true);
    // One of several actions (a button each, and Cancel): the chosen one's index, -1 when
    // cancelled. In test mode the queued answer is the index.
    static int choose(QWidget *parent, const QString &title, const QString &text, const QStringList &actions);
    // A file to open; in test mode the queued answer is the path.
    static std::optional<QString> openFile(QWidget *parent, const QString &title, const QString &filter);
    // A file to write, proposing suggestedName; in test mode the queued answer is the path.
    static std::optional<QString> saveFile(
        QWidget *parent, const QString &title, const QString &suggestedName, const QString &filter);
    // The print dialog for this printer; false when cancelled. In test mode the queued answer is a
    // PDF file the printer writes into instead of paper.
    static bool choosePrinter(QWidget *parent, QPrinter &printer);
    static std::optional<QVariantMap> form(
        QWidget *parent, const QString &title, const QList<FormField> &fields);
};

} // namespace kj
