#pragma once

#include <QColor>

class QWidget;

namespace kj {

// The console's colours go through palettes, never style sheets: one style sheet sends the widget
// and everything under it through QStyleSheetStyle (re-polished on every change), which cost the
// first window several milliseconds per station card.
namespace Colours {
// Sets the text colour and, when valid, fills the background.
void apply(QWidget *widget, const QColor &text, const QColor &background = QColor());
} // namespace Colours

} // namespace kj
