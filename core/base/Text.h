#pragma once

#include <QString>

namespace kj {

// Words as people type them, compared by their letters and digits only, case-folded:
// "No. Registrasi" and "no registrasi", "Istri/Suami" and "istrisuami" are the same key.
QString foldedKey(QStringView text);

// C0 controls, DEL and C1 controls: a terminal obeys them (escape sequences), a spreadsheet and a
// printed page show garbage.
bool isControlCharacter(char32_t c);
// The bidirectional formatting characters (embeddings, overrides, isolates, marks): they make text
// display in another order than it is stored, so a name could show as something else.
bool isBidiControl(char32_t c);

} // namespace kj
