#pragma once

#include "Dialogs.h"

#include <QDialog>
#include <QVariantMap>

class QLabel;

namespace kj {

// A small form: a row per field, OK and Cancel. OK checks the fields first and says in the dialog
// what is wrong (a required field left empty, a number out of its range), so nothing typed is
// silently dropped. Wide enough for its whole title.
class FormDialog : public QDialog
{
    Q_OBJECT

public:
    FormDialog(const QString &title, const QList<FormField> &fields, QWidget *parent = nullptr);

    QVariantMap values() const;
    // The editor of a field (QLineEdit, QSpinBox or QComboBox), for the tests.
    QWidget *editor(const QString &key) const;
    // What OK found wrong, as the dialog shows it; empty when nothing.
    QString problem() const;
    // The width the title needs in a window manager's title bar (its buttons included).
    int titleWidth() const;

public slots:
    void accept() override;

private:
    QList<FormField> m_fields;
    QList<QWidget *> m_editors;
    QLabel *m_problem;
};

} // namespace kj
