#include "Dialogs.h"

#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QLineEdit>
#include <QMessageBox>
#include <QPrintDialog>
#include <QPrinter>
#include <QPushButton>
#include <QSpinBox>

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

bool Dialogs::confirm(QWidget *parent, const QString &title, const QString &text)
{
    if (state().testMode)
        return takeAnswer().toBool();
    return QMessageBox::question(parent, title, text) == QMessageBox::Yes;
}

std::optional<QString> Dialogs::openFile(QWidget *parent, const QString &title, const QString &filter)
{
    return chosenPath([&] { return QFileDialog::getOpenFileName(parent, title, QString(), filter); });
}

std::optional<QString> Dialogs::saveFile(QWidget *parent, const QString &title, const QString &suggestedName,
                                         const QString &filter)
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

std::optional<QVariantMap> Dialogs::form(QWidget *parent, const QString &title, const QList<FormField> &fields)
{
    if (state().testMode) {
        const QVariant answer = takeAnswer();
        if (!answer.isValid())
            return std::nullopt;
        return answer.toMap();
    }
    QDialog dialog(parent);
    dialog.setWindowTitle(title);
    auto *layout = new QFormLayout(&dialog);
    QList<QWidget *> editors;
    for (const FormField &f : fields) {
        QWidget *editor = nullptr;
        switch (f.kind) {
        case FormField::Kind::Number: {
            auto *spin = new QSpinBox;
            spin->setRange(f.min, f.max);
            spin->setValue(f.initial.isValid() ? f.initial.toInt() : f.min);
            editor = spin;
            break;
        }
        case FormField::Kind::Choice: {
            auto *combo = new QComboBox;
            combo->addItems(f.choices);
            combo->setCurrentIndex(qMax(0, int(f.initial.toInt())));
            editor = combo;
            break;
        }
        case FormField::Kind::Text:
        case FormField::Kind::Pin: {
            auto *line = new QLineEdit(f.initial.toString());
            if (f.kind == FormField::Kind::Pin)
                line->setEchoMode(QLineEdit::Password);
            editor = line;
            break;
        }
        }
        layout->addRow(f.label, editor);
        editors.append(editor);
    }
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    layout->addRow(buttons);
    QObject::connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    QObject::connect(buttons, &QDialogButtonBox::accepted, &dialog, [&] {
        for (int i = 0; i < fields.size(); ++i) {
            if (auto *line = qobject_cast<QLineEdit *>(editors[i]); line && fields[i].required
                && line->text().trimmed().isEmpty()) {
                line->setFocus();
                line->setPlaceholderText(tr("Required"));
                return;
            }
        }
        dialog.accept();
    });
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    QVariantMap values;
    for (int i = 0; i < fields.size(); ++i) {
        const FormField &f = fields[i];
        if (auto *spin = qobject_cast<QSpinBox *>(editors[i]))
            values.insert(f.key, spin->value());
        else if (auto *combo = qobject_cast<QComboBox *>(editors[i]))
            values.insert(f.key, f.choiceKeys.isEmpty() ? combo->currentText() : f.choiceKeys.value(combo->currentIndex()));
        else if (auto *line = qobject_cast<QLineEdit *>(editors[i]))
            values.insert(f.key, line->text().trimmed());
    }
    return values;
}

} // namespace kj
