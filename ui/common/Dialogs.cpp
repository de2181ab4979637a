#include "Dialogs.h"

#include "FormDialog.h"

#include <QFileDialog>
#include <QMessageBox>
#include <QPrintDialog>
#include <QPrinter>
#include <QPushButton>

#include <functional>

using namespace Qt::StringLiterals;

namespace kj {

namespace {
struct State
{
    bool testMode = false;
    QVariantList answers;
    QStringList shown;
    QString lastReason;
    QStringList lastForm;
};
State &state()
{
    static State s;
    return s;
}
QVariant takeAnswer()
{
    if (state().answers.isEmpty())
        return {};
    return state().answers.takeFirst();
}
// A file dialog's answer, or in test mode the queued one; empty means cancelled.
std::optional<QString> chosenPath(const std::function<QString()> &ask)
{
    const QString path = state().testMode ? takeAnswer().toString() : ask();
    if (path.isEmpty())
        return std::nullopt;
    return path;
}
} // namespace

void Dialogs::setTestMode(bool on)
{
    state().testMode = on;
}

bool Dialogs::testMode()
{
    return state().testMode;
}

void Dialogs::pushAnswer(const QVariant &answer)
{
    state().answers.append(answer);
}

QStringList Dialogs::shown()
{
    return state().shown;
}

QString Dialogs::lastReason()
{
    return state().lastReason;
}

void Dialogs::clear()
{
    state().answers.clear();
    state().shown.clear();
    state().lastReason.clear();
    state().lastForm.clear();
}

void Dialogs::error(QWidget *parent, const Error &error)
{
    state().lastReason = error.reason;
    if (state().testMode) {
        state().shown.append(error.reason + u'|' + error.message);
        return;
    }
    QMessageBox::warning(parent, tr("Kunjungan"), error.message);
}

void Dialogs::info(QWidget *parent, const QString &text)
{
    if (state().testMode) {
        state().shown.append(u"info|"_s + text);
        return;
    }
    QMessageBox::information(parent, tr("Kunjungan"), text);
}

bool Dialogs::confirm(QWidget *parent, const QString &title, const QString &text, bool yesByDefault)
{
    if (state().testMode)
        return takeAnswer().toBool();
    return QMessageBox::question(parent, title, text, QMessageBox::Yes | QMessageBox::No,
               yesByDefault ? QMessageBox::Yes : QMessageBox::No)
        == QMessageBox::Yes;
}

int Dialogs::choose(QWidget *parent, const QString &title, const QString &text, const QStringList &actions)
{
    if (state().testMode) {
        const QVariant answer = takeAnswer();
        return answer.isValid() ? answer.toInt() : -1;
    }
    QMessageBox box(QMessageBox::Question, title, text, QMessageBox::Cancel, parent);
    QList<QAbstractButton *> buttons;
    for (const QString &action : actions)
        buttons.append(box.addButton(action, QMessageBox::AcceptRole));
    box.exec();
    return int(buttons.indexOf(box.clickedButton()));
}

std::optional<QString> Dialogs::openFile(QWidget *parent, const QString &title, const QString &filter)
{
    return chosenPath([&] { return QFileDialog::getOpenFileName(parent, title, QString(), filter); });
}

std::optional<QString> Dialogs::saveFile(
    QWidget *parent, const QString &title, const QString &suggestedName, const QString &filter)
{
    return chosenPath([&] { return QFileDialog::getSaveFileName(parent, title, suggestedName, filter); });
}

bool Dialogs::choosePrinter(QWidget *parent, QPrinter &printer)
{
    if (state().testMode) {
        const QVariant answer = takeAnswer();
        if (!answer.isValid())
            return false;
        printer.setOutputFormat(QPrinter::PdfFormat);
        printer.setOutputFileName(answer.toString());
        return true;
    }
    QPrintDialog dialog(&printer, parent);
    return dialog.exec() == QDialog::Accepted;
}

std::optional<QVariantMap> Dialogs::form(
    QWidget *parent, const QString &title, const QList<FormField> &fields)
{
    if (state().testMode) {
        state().lastForm = { title };
        for (const FormField &f : fields)
            state().lastForm.append(f.label);
        const QVariant answer = takeAnswer();
        if (!answer.isValid())
            return std::nullopt;
        return answer.toMap();
    }
    FormDialog dialog(title, fields, parent);
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    return dialog.values();
}

QStringList Dialogs::lastForm()
{
    return state().lastForm;
}

} // namespace kj
