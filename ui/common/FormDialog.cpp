#include "FormDialog.h"

#include "Colours.h"

#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFontMetrics>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>

using namespace Qt::StringLiterals;

namespace kj {

namespace {
// Past a field's range, so a typed number is shown and refused with a reason, not dropped.
constexpr int typedNumberMax = 9999;
} // namespace

FormDialog::FormDialog(const QString &title, const QList<FormField> &fields, QWidget *parent)
    : QDialog(parent)
    , m_fields(fields)
    , m_problem(new QLabel)
{
    setWindowTitle(title);
    auto *layout = new QFormLayout(this);
    for (const FormField &f : fields) {
        QWidget *editor = nullptr;
        QString label = f.label;
        switch (f.kind) {
        case FormField::Kind::Number: {
            auto *spin = new QSpinBox;
            spin->setRange(qMin(0, f.min), qMax(f.max, typedNumberMax));
            spin->setValue(f.initial.isValid() ? f.initial.toInt() : f.min);
            label = tr("%1 (%2–%3)").arg(f.label).arg(f.min).arg(f.max);
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
        editor->setObjectName(f.key);
        layout->addRow(label, editor);
        m_editors.append(editor);
    }
    m_problem->setWordWrap(true);
    m_problem->setObjectName(u"problem"_s);
    Colours::apply(m_problem, QColor(0xb91c1c));
    m_problem->hide();
    layout->addRow(m_problem);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    layout->addRow(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(buttons, &QDialogButtonBox::accepted, this, &FormDialog::accept);
    // A window manager cuts a title wider than its window ("Tambah…keluarga").
    setMinimumWidth(qMax(minimumSizeHint().width(), titleWidth()));
}

int FormDialog::titleWidth() const
{
    QFont titleFont = QApplication::font("QMdiSubWindowTitleBar");
    titleFont.setBold(true);
    // The title's text, and the title bar's icon and close, maximise and minimise buttons.
    constexpr int titleBarButtons = 160;
    return QFontMetrics(titleFont).horizontalAdvance(windowTitle()) + titleBarButtons;
}

QWidget *FormDialog::editor(const QString &key) const
{
    for (qsizetype i = 0; i < m_fields.size(); ++i) {
        if (m_fields[i].key == key)
            return m_editors[i];
    }
    return nullptr;
}

QString FormDialog::problem() const
{
    return m_problem->isHidden() ? QString() : m_problem->text();
}

void FormDialog::accept()
{
    for (qsizetype i = 0; i < m_fields.size(); ++i) {
        const FormField &f = m_fields[i];
        QString problem;
        if (auto *line = qobject_cast<QLineEdit *>(m_editors[i]);
            line && f.required && line->text().trimmed().isEmpty()) {
            line->setPlaceholderText(tr("Required"));
            problem = tr("%1: please fill this in.").arg(f.label);
        } else if (auto *spin = qobject_cast<QSpinBox *>(m_editors[i]); spin && spin->value() > f.max) {
            problem = tr("%1: at most %2.").arg(f.label).arg(f.max);
        } else if (spin && spin->value() < f.min) {
            problem = tr("%1: at least %2.").arg(f.label).arg(f.min);
        }
        if (!problem.isEmpty()) {
            m_problem->setText(problem);
            m_problem->show();
            m_editors[i]->setFocus();
            return;
        }
    }
    QDialog::accept();
}

QVariantMap FormDialog::values() const
{
    QVariantMap values;
    for (qsizetype i = 0; i < m_fields.size(); ++i) {
        const FormField &f = m_fields[i];
        if (auto *spin = qobject_cast<QSpinBox *>(m_editors[i]))
            values.insert(f.key, spin->value());
        else if (auto *combo = qobject_cast<QComboBox *>(m_editors[i]))
            values.insert(f.key,
                f.choiceKeys.isEmpty() ? combo->currentText() : f.choiceKeys.value(combo->currentIndex()));
        else if (auto *line = qobject_cast<QLineEdit *>(m_editors[i]))
            values.insert(f.key, line->text().trimmed());
    }
    return values;
}

} // namespace kj
