#include "Colours.h"

#include <QPalette>
#include <QWidget>

namespace kj::Colours {

void apply(QWidget *widget, const QColor &text, const QColor &background)
{
    QPalette palette = widget->palette();
    palette.setColor(QPalette::WindowText, text);
    palette.setColor(QPalette::Text, text);
    if (background.isValid())
        palette.setColor(QPalette::Window, background);
    widget->setPalette(palette);
    widget->setAutoFillBackground(background.isValid());
}

} // namespace kj::Colours
